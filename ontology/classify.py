"""Keyword classification of text into chains, segments and views (Aho-Corasick, longest match first)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick_rs

from .model import Chain, Classification, ViewMatch


def _fold(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid."""
    low = text.lower()
    # str.lower() of the whole text is the per-character fold unless a character
    # lengthens (only U+0130 İ does) or a final sigma is lowered by its context
    if len(low) == len(text) and "\u03a3" not in text:
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class _Matcher:
    """Longest, leftmost, non-overlapping keyword matches; Latin keywords only as whole words."""

    def __init__(self, targets: dict[str, tuple[Any, ...]]):
        keys = list(targets)
        self._payloads = [targets[k] for k in keys]
        # Whether a keyword begins / ends with a Latin letter or digit: only those need the
        # whole-word check (the matched text is the keyword itself, so this is known per keyword;
        # most keywords are Chinese and skip the check).
        self._latin_edges = [(_is_ascii_word(k[0]), _is_ascii_word(k[-1])) for k in keys]
        self.size = len(keys)
        self._automaton = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) if keys else None

    def matches(self, text: str) -> Iterator[tuple[int, int, tuple[Any, ...]]]:
        if not text or not self.size:
            return
        folded = _fold(text)
        payloads, edges = self._payloads, self._latin_edges
        for i, start, end in self._automaton.find_matches_as_indexes(folded):
            left, right = edges[i]
            if left and start > 0 and _is_ascii_word(folded[start - 1]):
                continue
            if right and end < len(folded) and _is_ascii_word(folded[end]):
                continue
            yield start, end, payloads[i]


class KeywordClassifier:
    """Finds chain and segment keywords; at each place the longest keyword wins.

    A keyword may point to several chains (a word two industries use); then one
    Classification per chain is returned for the same span. Within a chain a
    segment keyword overrides the same word at chain level. Latin keywords (IGBT,
    SiC, BMS) must stand as whole words: "SiC" does not fire inside "basic".
    """

    def __init__(self, chains: Iterable[Chain]):
        chains = list(chains)
        targets: dict[str, dict[str, tuple[str, str | None, str]]] = {}
        for chain in chains:
            for word in chain.keywords:
                targets.setdefault(_fold(word), {})[chain.id] = (chain.id, None, word)
            for seg in chain.segments:
                for word in seg.keywords + seg.products:
                    targets.setdefault(_fold(word), {})[chain.id] = (chain.id, seg.id, word)
        self._segments = _Matcher({k: tuple(v.values()) for k, v in targets.items()})
        views: dict[str, dict[str, tuple[str, str, str, str]]] = {}
        for chain in chains:
            for view in chain.tech_paths + chain.applications:
                for word in view.keywords:
                    views.setdefault(_fold(word), {})[view.id] = (view.id, view.chain, view.kind, word)
        self._views = _Matcher({k: tuple(v.values()) for k, v in views.items()})
        self.size = self._segments.size

    def classify(self, text: str) -> list[Classification]:
        # positional arguments (the field order): keywords cost a dict per call in a dataclass __init__
        return [
            Classification(chain, segment, keyword, start, end)
            for start, end, hits in self._segments.matches(text)
            for chain, segment, keyword in hits
        ]

    def classify_views(self, text: str) -> list[ViewMatch]:
        return [
            ViewMatch(view=view, chain=chain, kind=kind, keyword=keyword, start=start, end=end)
            for start, end, hits in self._views.matches(text)
            for view, chain, kind, keyword in hits
        ]
