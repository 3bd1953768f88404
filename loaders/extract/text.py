"""Sentences, clauses and name boundaries over an article's text.

The reading side gives sentence spans when ``chainkg.loaders.sentences`` is
present; this module falls back to its own splitter so extraction stays usable
on any text. All functions are regex-based (no per-character Python loops).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from .lexicon import (CLAUSE_VERB_PATTERNS, CLAUSE_VERBS, LEFT_CUT_WORDS, STOP_CHARS, TIME_EXPRESSION,
                      is_place_name, regions)

_SENT_END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』\"]?|\n|$)")
_CLAUSE = re.compile(r"[^，,：:；;。！？!?\n]+")
_CJK_NAME_CHARS = r"\u4e00-\u9fffA-Za-z0-9·（）()\-"
# The run of name-like characters that ends right at the end of a string.
_RUN_CACHE: dict[str, re.Pattern] = {}


def tail_run(text: str, end: int, chars: str, max_len: int) -> str:
    """The run of ``chars`` (a regex class body) ending at ``end``, at most max_len long.

    Matched on the reversed window from its start, which costs the run's length;
    a '$'-anchored search would retry from every position of the window.
    """
    pattern = _RUN_CACHE.get(chars)
    if pattern is None:
        pattern = _RUN_CACHE[chars] = re.compile(f"[{chars}]+")
    end = min(end, len(text))
    m = pattern.match(text[max(0, end - max_len):end][::-1])
    return text[end - m.end():end] if m else ""  # the run itself, not its reversed copy reversed


def find_all(text: str, word: str) -> Iterator[int]:
    """Starts of the non-overlapping occurrences of ``word``, left to right: what
    ``re.finditer(re.escape(word), text)`` finds, without compiling (and caching, across
    articles) one pattern per name."""
    if not word:
        yield from range(len(text) + 1)
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


_CUT_ALTERNATIVES = "|".join([TIME_EXPRESSION, *CLAUSE_VERB_PATTERNS] + sorted(
    map(re.escape, set(LEFT_CUT_WORDS) | set(CLAUSE_VERBS)), key=len, reverse=True))


def _first_char_class(pattern: str) -> str:
    """A regex class of the characters a match of ``pattern`` can start with.

    Read from the parsed pattern (literals, classes of literals, ranges and digits, groups,
    alternations, repeats, look-arounds); any other construct raises at import, so a
    gated pattern cannot silently miss one of its first characters.
    """
    from re import _constants as c, _parser  # noqa: PLC0415 - the parser of re itself

    literals: set[str] = set()
    classes: list[str] = []

    def firsts(items) -> bool:
        """Add the first characters of a sequence; True when it can match empty."""
        for op, av in items:
            if op is c.LITERAL:
                literals.add(chr(av))
                return False
            if op is c.IN:
                for iop, iav in av:
                    if iop is c.LITERAL:
                        literals.add(chr(iav))
                    elif iop is c.CATEGORY and iav is c.CATEGORY_DIGIT:
                        classes.append(r"\d")
                    elif iop is c.RANGE:
                        classes.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
                    else:
                        raise ValueError(f"unsupported class item {iop}")
                return False
            if op is c.SUBPATTERN:
                if not firsts(av[-1]):
                    return False
            elif op is c.BRANCH:
                if not any([firsts(branch) for branch in av[1]]):  # a list: every branch is read
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                if not firsts(av[2]) and av[0] > 0:
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                continue  # a look-ahead or look-behind consumes nothing
            else:
                raise ValueError(f"unsupported pattern item {op}")
        return True

    if firsts(_parser.parse(pattern)):
        raise ValueError("the pattern can match the empty string")
    return "[" + "".join(re.escape(ch) for ch in sorted(literals)) + "".join(dict.fromkeys(classes)) + "]"


def gated(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern)`` behind a look-ahead of the characters its matches can start with.

    The look-ahead changes no match; it lets most positions fail at one class test, where
    a pattern that opens with an alternation or an optional group is otherwise tried in
    full at every character (Python's engine has no first-character scan for those).
    """
    return re.compile(f"(?={_first_char_class(pattern)})(?:{pattern})", flags)


# ~200 alternatives: most positions of a run now fail at the look-ahead
_CUT_RE = gated(_CUT_ALTERNATIVES)
_STOP_RE = re.compile("[" + re.escape("".join(sorted(STOP_CHARS))) + r"\d]")


class Sentence(NamedTuple):
    """A sentence and its span (a tuple: one is made per sentence of every article)."""

    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with spans; a blank line starts a new paragraph."""
    try:  # the reading helper's splitter, when installed
        from ..sentences import split_sentences as reader_split  # type: ignore

        spans = list(reader_split(text))
    except Exception:
        spans = [(m.start(), m.end()) for m in _SENT_END.finditer(text) if m.end() > m.start()]
    out: list[Sentence] = []
    paragraph = 0
    last_end = 0
    for start, end in spans:
        if text.find("\n", last_end, start) >= 0 or (out and out[-1].text.endswith("\n")):
            paragraph += 1
        last_end = end
        body = text[start:end]
        if body.strip():
            out.append(Sentence(start, end, body, paragraph))
    return out


def anchored_matches(pattern: re.Pattern, text: str, anchor: str, reach: int) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern each match of which holds ``anchor`` at most
    ``reach`` characters after its start: the pattern is tried only at the few starts before
    each anchor. A pattern that opens with a class or an alternation of groups is otherwise
    tried at every character of the text."""
    pos = tried = 0  # matches start at pos or later; starts below tried were tried
    at = text.find(anchor)
    while at >= 0:
        for start in range(max(pos, tried, at - reach), at + 1):
            m = pattern.match(text, start)
            if m:
                yield m
                pos = max(m.end(), start + 1)
                break
        tried = at + 1
        at = text.find(anchor, max(pos, tried))


def clauses(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Comma-level clause spans of a sentence, shifted by ``offset``."""
    return [(m.start() + offset, m.end() + offset) for m in _CLAUSE.finditer(text)]


# What follows 显示 in a display maker's legal name (安徽芯视佳半导体显示科技有限公司, 天马显示技术)
_DISPLAY_TRADES = ("科技", "技术", "器件", "材料", "面板", "模组", "光电", "有限公司", "股份")
# One-character cut words that also open trade names after a place (山东有研, 全椒全瑞, 上海和辉光电).
_NAME_OPENING_CUTS = ("有", "全", "和")


_SINCE_AFTER = re.compile(r"[^，,。；;]{0,30}?(?:之后|以后)")


def name_before(text: str, end: int, max_len: int = 30) -> tuple[int, str]:
    """The name-like run ending at ``end``, cut at the last left-cut word, clause verb
    or time expression (a company name contains none of them).

    Returns (start, name); name may be '' when only function words precede.
    """
    run = tail_run(text, end, _CJK_NAME_CHARS, max_len)
    if not run:
        return end, ""
    start = end - len(run)
    cut = 0
    for c in _CUT_RE.finditer(run):
        if _inside_place(run, c.start(), c.end()):
            continue  # the cut word is part of a city's name (同 in 大同): the name goes on
        if c.end() - c.start() == 1 and any(is_place_name(run[c.start():c.start() + k]) for k in (2, 3)):
            continue  # the cut word opens a place's name (全 of 全椒, 和 of 和县): the name goes on
        if c.group() == "显示" and run.startswith(_DISPLAY_TRADES, c.end()):
            continue  # '…半导体显示科技有限公司': a display maker's trade, not '数据显示' (data show)
        if c.group() in _NAME_OPENING_CUTS and (run[:c.start()].endswith("中国") or
                                                any(is_place_name(run[max(0, c.start() - k):c.start()]) for k in (2, 3))):
            continue  # a place then 有/全/和 opens a name (山东有研, 中国有色, 全椒全瑞, 上海和辉)
        cut = c.end()  # finditer ends increase: the last one is the largest
    if cut == 0 and run.startswith("继") and _SINCE_AFTER.match(text, end):
        cut = 1  # '继仁宝电脑(2324)之后，…': 'after X', not a name opening on 继 (继峰股份 has no 之后)
    run2 = run[cut:]
    return start + cut, run2


def _inside_place(run: str, lo: int, hi: int) -> bool:
    """Whether a one-character cut word at run[lo:hi] ends a place name that opens the rest (大同新研…)."""
    if hi - lo != 1 or lo == 0:
        return False
    reg = regions()
    return any(lo - k >= 0 and reg.is_place(run[lo - k:hi]) for k in (1, 2))


def stop_free_tail(run: str, max_len: int = 4) -> str:
    """The longest tail of ``run`` (at most max_len) without stop characters or digits."""
    last = None
    for m in _STOP_RE.finditer(run):
        last = m
    tail = run[last.end():] if last else run
    return tail[-max_len:] if len(tail) > max_len else tail


class SentenceIndex:
    """Maps a character offset to its sentence."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, pos: int) -> int:
        i = bisect_right(self._starts, pos) - 1  # at most the last index; -1 before the first
        return i if i > 0 else 0
