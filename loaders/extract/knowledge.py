"""What the extractor knows from the ontology: reference zones and companies,
stage keywords, chain classification. Built once per ontology and cached.

Dictionary look-ups use compiled Aho-Corasick automata (ahocorasick-rs), which
scan a text once whatever the number of names; the whole-text pass of every
article (``dictionary_hits``) scans the three dictionaries at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

import ahocorasick_rs

from .lexicon import STAGE_CUES


@dataclass(frozen=True)
class Dictionary:
    """Words with a value each, and their automaton."""
    words: list[str]
    values: list[Any]
    auto: ahocorasick_rs.AhoCorasick


def _automaton(words: dict[str, Any]) -> Dictionary | None:
    if not words:
        return None
    keys = list(words)
    return Dictionary(keys, [words[w] for w in keys], ahocorasick_rs.AhoCorasick(keys))


def longest_matches(auto: Dictionary | None, text: str) -> Iterator[tuple[int, int, str, Any]]:
    """Non-overlapping longest matches (start, end, word, value), left to right."""
    if auto is None or not text:
        return
    words, values = auto.words, auto.values
    yield from _longest([(start, end, words[i], values[i])
                         for i, start, end in auto.auto.find_matches_as_indexes(text, overlapping=True)])


def _longest(hits: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """The non-overlapping longest of all matches, left to right (see longest_matches)."""
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out = []
    last_end = -1
    for h in hits:
        if h[0] >= last_end:
            out.append(h)
            last_end = h[1]
    return out


# The dictionaries scanned together by Knowledge.dictionary_hits.
DICTIONARIES = ("zone", "enterprise", "stage")


@dataclass
class Knowledge:
    onto: Any
    zone_names: dict[str, Any] = field(default_factory=dict)  # name/alias -> RefZone
    # canonical form (resolve.canonical_zone) of a name/alias -> RefZone, where only one zone has it:
    # 承德市高新技术产业开发区 is the reference's 承德高新区
    zone_canonical: dict[str, Any] = field(default_factory=dict)
    enterprise_names: dict[str, Any] = field(default_factory=dict)  # name/alias -> RefEnterprise
    ambiguous_aliases: set[str] = field(default_factory=set)
    enterprise_cores: dict[str, Any] = field(default_factory=dict)  # core name -> RefEnterprise (unambiguous)
    stage_words: dict[str, str] = field(default_factory=dict)  # keyword -> stage id
    stage_order: dict[str, int] = field(default_factory=dict)
    zone_auto: Any = None
    enterprise_auto: Any = None
    stage_auto: Any = None
    dict_auto: Any = None  # zone, enterprise and stage words in one automaton: one pass per text
    dict_words: list[str] = field(default_factory=list)  # dict_auto's pattern index -> word
    dict_tags: list[tuple[tuple[str, Any], ...]] = field(default_factory=list)  # ... -> (tag, value)s
    _classify_cache: dict = field(default_factory=dict)
    # id(reference enterprise) -> (it, the cores of its name and aliases): fixed by the ontology,
    # so kept across articles (clear_memos leaves it), unlike the memos of article text
    _reference_cores: dict = field(default_factory=dict)

    @classmethod
    def build(cls, onto: Any) -> "Knowledge":
        k = cls(onto)
        owners: dict[str, set[str]] = {}
        for ref in getattr(onto, "zones", ()) or ():
            for name in (ref.name, *tuple(getattr(ref, "aliases", ()) or ())):
                if name and len(name) >= 2:
                    k.zone_names.setdefault(name, ref)
        for ref in getattr(onto, "enterprises", ()) or ():
            for name in (ref.name, *tuple(getattr(ref, "aliases", ()) or ())):
                if name and len(name) >= 2:
                    owners.setdefault(name, set()).add(ref.name)
                    k.enterprise_names.setdefault(name, ref)
        # An alias shared by two reference companies names neither for sure.
        k.ambiguous_aliases = {n for n, refs in owners.items() if len(refs) > 1}
        for n in k.ambiguous_aliases:
            k.enterprise_names.pop(n, None)
        from ..resolve import canonical_zone, enterprise_core

        canon_owners: dict[str, set[str]] = {}
        for name, ref in k.zone_names.items():
            canon_owners.setdefault(canonical_zone(name), set()).add(ref.name)
        by_zone = {ref.name: ref for ref in k.zone_names.values()}
        k.zone_canonical = {c: by_zone[next(iter(o))] for c, o in canon_owners.items() if len(o) == 1}

        core_owners: dict[str, set[str]] = {}
        for name, ref in k.enterprise_names.items():
            core_owners.setdefault(enterprise_core(name), set()).add(ref.name)
        by_name = {ref.name: ref for ref in k.enterprise_names.values()}
        k.enterprise_cores = {c: by_name[next(iter(o))] for c, o in core_owners.items() if len(o) == 1 and len(c) >= 2}
        for stage in getattr(onto, "stages", ()) or ():
            k.stage_order[stage.id] = stage.order
            for word in getattr(stage, "keywords", ()) or ():
                k.stage_words.setdefault(word, stage.id)
        if not k.stage_order:
            k.stage_order = {s: i for i, s in enumerate(STAGE_CUES)}
        for stage_id, words in STAGE_CUES.items():
            for word in words:
                k.stage_words[word] = stage_id  # our cues win: they were tuned on report language
        k.zone_auto = _automaton(k.zone_names)
        k.enterprise_auto = _automaton(k.enterprise_names)
        k.stage_auto = _automaton(k.stage_words)
        tagged: dict[str, list[tuple[str, Any]]] = {}
        for tag, words in zip(DICTIONARIES, (k.zone_names, k.enterprise_names, k.stage_words), strict=True):
            for word, value in words.items():
                tagged.setdefault(word, []).append((tag, value))
        k.dict_words = list(tagged)
        k.dict_tags = [tuple(tagged[w]) for w in k.dict_words]
        k.dict_auto = ahocorasick_rs.AhoCorasick(k.dict_words) if k.dict_words else None
        return k

    def dictionary_hits(self, text: str) -> dict[str, list[tuple[int, int, str, Any]]]:
        """``list(longest_matches(<tag>_auto, text))`` for each of DICTIONARIES, from one scan."""
        found: dict[str, list[tuple[int, int, str, Any]]] = {tag: [] for tag in DICTIONARIES}
        if self.dict_auto is None or not text:
            return found
        words, tags = self.dict_words, self.dict_tags
        # every match, overlapping ones too: each dictionary keeps its own longest (_longest)
        for i, start, end in self.dict_auto.find_matches_as_indexes(text, overlapping=True):
            for tag, value in tags[i]:
                found[tag].append((start, end, words[i], value))
        return {tag: _longest(hits) for tag, hits in found.items()}

    def reference_cores(self, ref: Any) -> tuple[str, ...]:
        """``enterprise_core`` of a reference enterprise's name, then of each alias, in that order."""
        hit = self._reference_cores.get(id(ref))
        if hit is None or hit[0] is not ref:
            from ..resolve import enterprise_core

            names = (ref.name, *(getattr(ref, "aliases", ()) or ()))
            hit = self._reference_cores[id(ref)] = (ref, tuple(enterprise_core(n) for n in names))
        return hit[1]

    def classify(self, text: str) -> list[Any]:
        """The ontology's classification, memoised: short names recur in every article."""
        hit = self._classify_cache.get(text)
        if hit is not None:
            return hit
        try:
            found = list(self.onto.classify(text))
        except Exception:  # a broken classifier must not stop extraction
            found = []
        if len(self._classify_cache) > 200_000:
            self._classify_cache.clear()
        self._classify_cache[text] = found
        return found

    def chains_of(self, text: str) -> list[str]:
        """Chain ids named in text, in order of first appearance, longest keyword first."""
        out: list[str] = []
        for c in self.classify(text):
            if c.chain not in out:
                out.append(c.chain)
        return out

    def segments_of(self, text: str) -> list[str]:
        out: list[str] = []
        for c in self.classify(text):
            if c.segment and c.segment not in out:
                out.append(c.segment)
        return out


_CACHE: dict[int, Knowledge] = {}


def knowledge(onto: Any) -> Knowledge:
    key = id(onto)
    if key not in _CACHE:
        _CACHE[key] = Knowledge.build(onto)
    return _CACHE[key]


def clear_memos() -> None:
    """Forget what the extractor memoised by text across articles (results do not change).

    For benchmarks that repeat articles: a repeated article must cost what a
    new one would, not find its sentences and names already looked up.
    """
    from .. import resolve
    from . import projects

    for k in _CACHE.values():
        k._classify_cache.clear()
        k.__dict__.pop("_plausible_cache", None)
    for memo in (projects.is_generic, resolve.strip_legal, resolve.strip_region, resolve.enterprise_core,
                 resolve.extends_generically, resolve.zone_parts, resolve.canonical_zone):
        memo.cache_clear()
