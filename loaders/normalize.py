"""Normalising text: NFKC (full-width -> half-width), Traditional -> Simplified, whitespace.

All steps keep the offsets of :class:`~.offsets.MappedText` exact:

* NFKC is applied per distinct character with ``str.translate`` (1:1, C
  speed); the few characters whose NFKC form has another length (``…`` ->
  ``...``, ``㎡`` -> ``m2``) and combining sequences (``e`` + U+0301 -> ``é``)
  are replaced by edits that map every output character to its source.
* OpenCC ``t2s`` (compiled bindings). Its dictionaries map every phrase to one
  of the same length (checked in the tests), so the conversion is 1:1; if a
  future dictionary breaks that, the lines whose length changed are converted
  character by character instead, so offsets stay right. A text with fewer than
  two distinct characters that t2s changes on its own (most input) is not
  converted at all: a lone one is most often a Simplified character too (乾).
* Whitespace: each line is stripped and inner runs fold to one space; blank
  lines go.

Why ``t2s`` and not ``tw2s``: ``tw2s`` also turns Taiwan's 著 into 着 (随著 ->
随着), but it does so in Simplified text too (显著 -> 显着, 卓著 -> 卓着), and
most input is Simplified. ``t2s`` leaves the ambiguous 著 alone, which is
also what the evaluation's name normalisation (NFKC, then t2s) does.

What NFKC does to punctuation (documented for the extractors): full-width
forms become ASCII -- ``，`` -> ``,``, ``！`` -> ``!``, ``？`` -> ``?``, ``；`` ->
``;``, ``：`` -> ``:``, ``（）`` -> ``()``, ``％`` -> ``%``, full-width digits and
letters -> ASCII, the ideographic space -> a space. ``。、“”‘’《》【】「」`` have
no compatibility form and stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .offsets import MappedText

_LINE = re.compile(r"[^\n]*\n?")
# Horizontal whitespace after NFKC (which already folds U+3000 and NBSP to
# " "), zero-width spaces and joiners, and stray BOMs.
# Written "XX*", not "X+": the same matches, but Python's regex engine scans a text
# for a pattern that opens with one character class far faster than for one that
# opens with a repetition (five times, over a page).
_HSPACE = re.compile(r"[ \t\f\v\r\u200b\u200c\u200d\u2060\ufeff][ \t\f\v\r\u200b\u200c\u200d\u2060\ufeff]*")
_NEWLINE_RUN = re.compile(r"\n\n+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 and C1 controls but tab and newline (other line breaks are already \n).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # noqa: PLC0415 - loads dictionaries; once per process

    return OpenCC("t2s")


# CJK blocks whose characters OpenCC may convert one by one (basic, extension A, compatibility).
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern:
    """A character t2s changes on its own, or any character beyond the BMP (rare; converted
    to be safe). Read from OpenCC itself (one call, ~30 ms per process), so it follows its
    dictionaries."""
    chars = [chr(o) for lo, hi in _CJK_BLOCKS for o in range(lo, hi + 1)]
    converted = _t2s().convert("\n".join(chars)).split("\n")
    changed = "".join(c for c, new in zip(chars, converted, strict=True) if new != c)
    return re.compile("[" + re.escape(changed) + "\U00010000-\U0010ffff]")


def _is_traditional(text: str) -> bool:
    """Whether to convert a text: it holds two or more distinct characters that t2s changes.
    One alone is most often a character Simplified writing also uses (乾 of 乾照光电, which t2s
    would turn into 干); a Traditional text has dozens."""
    first = _traditional_re().search(text)
    if first is None:
        return False
    return any(m.group() != first.group() for m in _traditional_re().finditer(text, first.end()))


def to_simplified(text: str) -> str:
    """Traditional -> Simplified (OpenCC t2s) for a plain string (titles, names)."""
    if not text:
        return text
    return _t2s().convert(_SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text)


def _is_composing(ch: str) -> bool:
    """Characters NFKC may merge with the character before them."""
    o = ord(ch)
    return unicodedata.category(ch).startswith("M") or 0x1160 <= o <= 0x11FF or 0x3099 <= o <= 0x309A


_SAME, _COMPOSING, _LONGER = object(), object(), object()
# Per character: _SAME, _COMPOSING, _LONGER (NFKC form of another length) or
# the one-character NFKC form. Filled as characters are met; bounded by the
# number of distinct characters in use.
_NFKC_KIND: dict[str, object] = {}
_STABLE: set[str] = set()  # characters met whose NFKC form is themselves


def _nfkc_kind(ch: str) -> object:
    if ch.isascii():
        return _SAME
    if _is_composing(ch):
        return _COMPOSING
    form = unicodedata.normalize("NFKC", ch)
    if len(form) != 1:
        return _LONGER
    return _SAME if form == ch else form


@lru_cache(maxsize=1)
def _nfkc_candidates() -> re.Pattern:
    """A character NFKC may change: in the BMP, one whose NFKC form is another or that may
    compose with the one before it (~4,500, found once per process in ~15 ms); beyond the
    BMP (rare) and lone surrogates, every one, judged one by one in the loop of nfkc()."""
    is_normalized = unicodedata.is_normalized
    chars = "".join(ch for lo, hi in ((0x80, 0xD7FF), (0xE000, 0xFFFF)) for ch in map(chr, range(lo, hi + 1))
                    if not is_normalized("NFKC", ch) or _is_composing(ch))
    return re.compile("[" + re.escape(chars) + r"\ud800-\udfff\U00010000-\U0010ffff]")


def nfkc(mapped: MappedText) -> MappedText:
    text = mapped.text
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return mapped
    one_to_one: dict[str, str] = {}
    special: list[str] = []  # characters whose NFKC form has another length
    composing: list[str] = []
    # The few distinct characters NFKC may change (full-width punctuation, mostly), found
    # by one C scan instead of a set of every character of the text.
    for ch in set(_nfkc_candidates().findall(text)) - _STABLE:
        kind = _NFKC_KIND.get(ch)
        if kind is None:
            kind = _NFKC_KIND[ch] = _nfkc_kind(ch)
        if kind is _SAME:
            _STABLE.add(ch)
            continue
        if kind is _COMPOSING:
            composing.append(ch)
        elif kind is _LONGER:
            special.append(ch)
        else:
            one_to_one[ch] = kind
    new = text
    # One str.replace (C speed) per character: the same as a translate(), since a
    # replacement, an NFKC form, is never itself replaced.
    for ch, form in one_to_one.items():
        new = new.replace(ch, form)
    result = mapped.same_length(new) if one_to_one else mapped
    if not special and not composing:
        return result
    parts = []
    if composing:
        marks = "".join(re.escape(c) for c in composing)
        parts.append(f"[^{marks}]?[{marks}]+")
    if special:
        parts.append("[" + "".join(re.escape(c) for c in special) + "]")
    edits = []
    for m in re.finditer("|".join(parts), text):
        # Normalise the original run (not the translated one): NFKC is
        # idempotent, and the run's base character may have been translated.
        form = unicodedata.normalize("NFKC", m.group())
        if form != result.text[m.start() : m.end()]:
            edits.append((m.start(), m.end(), form))
    return result.edit(edits, spread=False) if edits else result


def simplify(mapped: MappedText, convert: Callable[[str], str] | None = None) -> MappedText:
    """OpenCC t2s with offsets kept (see the module note). ``convert`` replaces
    OpenCC (tests use it to exercise the length-changing path)."""
    text = mapped.text
    if text.isascii():
        return mapped
    if convert is None and not _is_traditional(text):
        # Simplified text (most input): a C scan instead of the conversion, which would at
        # most rewrite a variant phrase with no Traditional character (藉口 -> 借口).
        return mapped
    convert = convert or _t2s().convert
    converted = convert(text)
    if len(converted) == len(text):
        return mapped.same_length(converted)
    edits = []
    for m in _LINE.finditer(text):
        line = m.group()
        if not line:
            continue
        new = convert(line)
        if len(new) == len(line):
            if new != line:
                edits.append((m.start(), m.end(), new))
            continue
        base = m.start()
        for i, ch in enumerate(line):
            new_ch = convert(ch)
            if new_ch != ch:
                edits.append((base + i, base + i + 1, new_ch))
    return mapped.edit(edits)


def fold_whitespace(mapped: MappedText) -> MappedText:
    """Strip each line, fold inner whitespace runs to one space, drop blank lines."""
    text = mapped.text
    n = len(text)
    edits = []
    for m in _HSPACE.finditer(text):
        a, b = m.span()
        if a == 0 or b == n or text[a - 1] == "\n" or text[b] == "\n":
            edits.append((a, b, ""))  # at a line's edge
        elif b - a > 1 or text[a] != " ":
            edits.append((a, b, " "))
    if edits:
        mapped = mapped.edit(edits)
        text = mapped.text
    # Blank lines, and newlines at the very start or end of the text.
    lead = len(text) - len(text.lstrip("\n"))
    tail = max(len(text.rstrip("\n")), lead)
    edits = [(0, lead, "")] if lead else []
    edits += [(m.start() + 1, m.end(), "") for m in _NEWLINE_RUN.finditer(text, lead, tail)]
    if tail < len(text):
        edits.append((tail, len(text), ""))
    return mapped.edit(edits) if edits else mapped


def scrub(mapped: MappedText) -> MappedText:
    """Control characters -> space, lone surrogates -> U+FFFD, Big5's slash -> '/' (1:1).

    Controls and surrogates are not text; surrogates cannot even be encoded for OpenCC.
    Big5's full-width slash decodes to U+2215 (division slash), which NFKC keeps: '4萬噸∕年'
    is the '4万吨/年' of a capacity, as a GBK or UTF-8 page writes it.
    """
    text = mapped.text
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if "\u2215" in text:
        text = text.replace("\u2215", "/")
    return mapped if text is mapped.text else mapped.same_length(text)


def normalize(mapped: MappedText) -> MappedText:
    """NFKC, then Traditional -> Simplified. Whitespace is folded after cleaning."""
    return simplify(nfkc(scrub(mapped)))


@lru_cache(maxsize=1)
def _nfkc_runs() -> re.Pattern:
    return re.compile(_nfkc_candidates().pattern + "+")


def nfkc_string(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, normalising only the stretches that can change.

    NFKC never reaches across a character that is NFKC on its own and composes with
    nothing before it (a stable code point, UAX #15), and every character outside
    ``_nfkc_candidates`` is one: so each run of candidates, with the character before
    it, is normalised alone. Chinese text has few such runs (full-width punctuation),
    and the normaliser costs about 0.1 µs on every character it reads.
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    pieces, pos = [], 0
    for m in _nfkc_runs().finditer(text):
        start = max(m.start() - 1, pos)  # runs are apart: the character before one is not in another
        pieces += (text[pos:start], unicodedata.normalize("NFKC", text[start:m.end()]))
        pos = m.end()
    pieces.append(text[pos:])
    return "".join(pieces)


def normalize_string(text: str) -> str:
    """The same normalisation for a short string without offsets (titles, outlets)."""
    text = nfkc_string(_SURROGATE.sub("\ufffd", text))
    return re.sub(r"\s+", " ", to_simplified(text)).strip()


_INLINE_SPACE = re.compile(r"[^\S\n][^\S\n]*")  # "XX*": see _HSPACE


def normalize_lines(lines: tuple[str, ...] | list[str]) -> list[str]:
    """normalize_string for many short lines at once (one OpenCC call, one whitespace fold)."""
    joined = "\n".join(line.replace("\n", " ") for line in lines)
    joined = nfkc_string(_SURROGATE.sub("\ufffd", joined))
    return [line.strip() for line in _INLINE_SPACE.sub(" ", to_simplified(joined)).split("\n")]
