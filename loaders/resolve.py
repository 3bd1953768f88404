"""Name resolution: one entity per zone or company, whatever name the text uses.

Within an article the extractor gives each mention a key (``enterprise_core``
for companies, place + kind for zones); this module holds those rules and the
cross-article :class:`NameIndex` that maps every seen name to one canonical
name, using the ontology's reference zones and enterprises first.

Rules (all conservative: a name that could denote two entities is not merged):
- company: drop the legal form (有限公司, 股份有限公司, 集团), a region or
  country prefix (江苏, 常州, 法国) and a trailing 科技/技术; 江苏正力新能 and
  正力新能 share the core 正力新能. A core that extends another by a generic
  industry word only (正力新能电池) joins it; one that extends it by a proper
  word (上汽通用 -> 上汽通用五菱) does not.
- zone: place + kind (常州高新区 = 常州国家高新区 = 常州国家高新技术产业开发区).
- reference aliases (上通五 -> 上汽通用五菱, 武高新 -> 武进国家高新区) win.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Iterable

from .extract.lexicon import (COMPANY_ENDINGS, CORE_STRIP_SUFFIXES, COUNTRY_PREFIXES, KIND_CANONICAL_SUFFIX,
                              LEGAL_SUFFIXES, PARK_SUFFIXES, ZONE_SUFFIXES, locate_division, regions)

_PARENS = re.compile(r"[（(][^（()）]{0,12}[)）]")
# Words that add no identity when they extend a company core (正力新能 + 电池).
GENERIC_EXTENSIONS = tuple(sorted(set(COMPANY_ENDINGS) | {
    "电池技术", "电池", "技术", "科技", "新能源", "能源科技", "动力电池", "汽车", "有限", "股份", "集团", "公司",
    "制造", "工业", "产业", "发展", "投资", "国际", "中国", "控股集团"}, key=len, reverse=True))
_GENERIC_EXTENSION_SET = frozenset(GENERIC_EXTENSIONS)
_LEGAL_ENDINGS = (*LEGAL_SUFFIXES, "集团", "公司")  # in the order strip_legal tries them


@lru_cache(maxsize=65536)
def strip_legal(name: str) -> str:
    """常诚车业(常州)有限公司 -> 常诚车业; 欧胜集团 -> 欧胜."""
    base = _PARENS.sub("", name)
    changed = base.endswith(_LEGAL_ENDINGS)  # most names end in none: no loop
    while changed:
        changed = False
        for suf in _LEGAL_ENDINGS:
            if base.endswith(suf) and len(base) - len(suf) >= 2:
                base = base[: -len(suf)]
                changed = True
    return base


@lru_cache(maxsize=65536)
def strip_region(name: str) -> str:
    """江苏正力新能 -> 正力新能; 法国欧胜 -> 欧胜. Keeps a prefix when the rest is generic (北京汽车)."""
    reg = regions()
    changed = True
    while changed:
        changed = False
        for size in (4, 3, 2):
            head = name[:size]
            if not (reg.is_place(head) or head in COUNTRY_PREFIXES):
                continue  # the head decides first: most names open on no place
            rest = name[size:]
            for suffix in ("省", "市", ""):
                if suffix and not rest.startswith(suffix):
                    continue
                rest2 = rest[len(suffix):]
                if len(rest2) >= 2 and rest2 not in _GENERIC_EXTENSION_SET:
                    name = rest2
                    changed = True
                    break
            if changed:
                break
    return name


@lru_cache(maxsize=65536)
def enterprise_core(name: str) -> str:
    """The identity-bearing core of a company name (江苏重塑能源科技有限公司 -> 重塑能源)."""
    core = strip_region(strip_legal(name.strip()))
    for suf in CORE_STRIP_SUFFIXES:
        if core.endswith(suf) and len(core) - len(suf) >= 2:
            core = core[: -len(suf)]
    return core


@lru_cache(maxsize=65536)
def extends_generically(longer: str, shorter: str) -> bool:
    """True when ``longer`` is ``shorter`` plus generic industry words only."""
    if not longer.startswith(shorter) or longer == shorter:
        return False
    rest = longer[len(shorter):]
    while rest:
        for word in GENERIC_EXTENSIONS:
            if rest.startswith(word):
                rest = rest[len(word):]
                break
        else:
            return False
    return True


def cluster_cores(cores: Iterable[str]) -> dict[str, str]:
    """Map each core to the representative core of its cluster.

    A core joins a shorter one it extends generically, unless that shorter
    core is extended by two different cores (ambiguous: 通威 -> 通威太阳能 /
    通威股份 stays apart).
    """
    unique = sorted(set(cores), key=len)
    parent = {c: c for c in unique}
    for c in unique:
        # the longest base: c's own prefixes looked up (a name is short), not every core scanned
        base = next((c[:k] for k in range(len(c) - 1, -1, -1)
                     if c[:k] in parent and extends_generically(c, c[:k])), None)
        if base is None or (base.isascii() and base.isalpha() and len(base) <= 3):
            continue  # SK, LG: a conglomerate's initials; SK新能源 and LG化学 are companies of their own
        # a base that starts two different longer names (通威太阳能 / 通威饲料) is ambiguous
        rivals = {o for o in unique if o != c and len(o) > len(base) and o.startswith(base)
                  and not (extends_generically(o, c) or extends_generically(c, o))}
        if rivals:
            continue
        parent[c] = parent[base]
    return parent


# Zone and park suffixes, longest first, with their kind (zone_parts tries them in this order).
_ZONE_KINDS = {**ZONE_SUFFIXES, **PARK_SUFFIXES}
_ZONE_SUFFIXES_LONGEST_FIRST = tuple(sorted(_ZONE_KINDS, key=len, reverse=True))


@lru_cache(maxsize=65536)
def zone_parts(name: str) -> tuple[str, str | None, str | None]:
    """(prefix, kind, place) of a zone name; kind None when no zone suffix."""
    for suf in _ZONE_SUFFIXES_LONGEST_FIRST:
        if name.endswith(suf):
            prefix = name[: -len(suf)]
            kind = _ZONE_KINDS[suf]
            place = None
            reg = regions()
            for i in range(len(prefix)):
                for size in (4, 3, 2):
                    w = prefix[i:i + size]
                    if len(w) == size and reg.is_place(w):
                        place = w
            return prefix, kind, place
    return name, None, None


@lru_cache(maxsize=65536)
def canonical_zone(name: str) -> str:
    """常州国家高新区 / 常州国家高新技术产业开发区 -> 常州高新区; parks keep their name."""
    prefix, kind, place = zone_parts(name)
    if name.endswith("新片区"):
        return name  # 临港新片区 is the name, not a form of 临港新区
    if kind in KIND_CANONICAL_SUFFIX and prefix:
        if place and "片区" in prefix:
            prefix = place  # 合肥片区 -> 合肥
        return _without_qualifiers(prefix) + KIND_CANONICAL_SUFFIX[kind]
    return name


def _without_qualifiers(prefix: str) -> str:
    """安徽长丰双凤 -> 长丰双凤, 六安市金安 -> 金安, 江苏常州 -> 常州: the zone's own name.

    A province (not a municipality such as 天津, which is also the city) or a
    city written with 市 before the zone's own name only says where it is.
    """
    reg = regions()
    for size in (3, 2):
        head = prefix[:size]
        rest = prefix[size:].removeprefix("省")
        if head in reg.provinces and head not in reg.city_province and len(rest) >= 2:
            prefix = rest
            break
    for size in (4, 3, 2):
        rest = prefix[size + 1:]
        if prefix[size:size + 1] == "市" and reg.is_place(prefix[:size]) and len(rest) != 1:
            return rest or prefix[:size]  # 常州市高新区 -> 常州
    return prefix


def locate_zone(name: str, ref: Any = None) -> tuple[str | None, str | None]:
    """(city, province) of a zone: reference data first, else the place in its name."""
    if ref is not None and (getattr(ref, "city", None) or getattr(ref, "province", None)):
        return ref.city, ref.province
    prefix, _, _ = zone_parts(name)
    reg = regions()
    city = province = None
    i = 0
    while i < len(prefix):  # the places of the prefix, outer first: 常州武进, 江宁滨江
        word = next((prefix[i:i + n] for n in (4, 3, 2) if reg.is_place(prefix[i:i + n])), None)
        if word is None:
            i += 1
            continue
        c, p = reg.locate(word)
        # an inner place must lie in the outer one (武进 in 常州); 滨江 after 江宁 is the zone's own name
        if province is None or (p == province and city in (None, c)):
            city, province = c or city, p or province
        i += len(word)
    if city is None:  # a county the regions table does not hold (长丰双凤, 金安, 西青)
        found = locate_division(prefix)
        if found[0] is not None and province in (None, found[1]):
            return found
    return city, province


@dataclass
class NameIndex:
    """Cross-article resolution: every name seen maps to one canonical name.

    Feed it the names of each article's facts (``add``); ``canonical`` answers
    for any name. Reference data (``onto.zones``, ``onto.enterprises``) seeds it.
    """

    onto: Any = None
    _zone: dict[str, str] = field(default_factory=dict)
    _ent: dict[str, str] = field(default_factory=dict)
    _ent_core: dict[str, str] = field(default_factory=dict)
    _ambiguous: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.onto is None:
            return
        for ref in getattr(self.onto, "zones", ()) or ():
            for n in (ref.name, *(getattr(ref, "aliases", ()) or ())):
                self._zone.setdefault(n, ref.name)
                self._zone.setdefault(canonical_zone(n), ref.name)
        owners: dict[str, set[str]] = {}
        for ref in getattr(self.onto, "enterprises", ()) or ():
            for n in (ref.name, *(getattr(ref, "aliases", ()) or ())):
                owners.setdefault(n, set()).add(ref.name)
                owners.setdefault("core:" + enterprise_core(n), set()).add(ref.name)
        for n, refs in owners.items():
            if len(refs) == 1:
                target = next(iter(refs))
                if n.startswith("core:"):
                    self._ent_core[n[5:]] = target
                else:
                    self._ent[n] = target
            else:
                self._ambiguous.add(n.removeprefix("core:"))

    def zone(self, name: str) -> str:
        if name in self._zone:
            return self._zone[name]
        canon = canonical_zone(name)
        return self._zone.setdefault(name, self._zone.get(canon, canon))

    def enterprise(self, name: str) -> str:
        if name in self._ent:
            return self._ent[name]
        core = enterprise_core(name)
        if name in self._ambiguous or core in self._ambiguous:
            return name  # could be two companies: keep the name as written
        if core in self._ent_core:
            return self._ent_core[core]
        self._ent_core[core] = name
        self._ent[name] = name
        return name

    def add_aliases(self, canonical: str, aliases: Iterable[str], kind: str = "enterprise") -> None:
        table = self._ent if kind == "enterprise" else self._zone
        for a in aliases:
            table.setdefault(a, canonical)
            if kind == "enterprise":
                self._ent_core.setdefault(enterprise_core(a), canonical)


def canonicalize(facts, index: NameIndex):
    """The same ArticleFacts with every zone and company name replaced by the index's canonical one.

    Feed the articles of a batch through one index (``NameIndex(onto)``) so that
    江苏正力新能 in one article and 正力新能 in another become one node.
    """
    from dataclasses import replace

    def z(name):
        return index.zone(name) if name else name

    def e(name):
        return index.enterprise(name) if name else name

    for ent in facts.enterprises:  # learn this article's aliases first
        canon = index.enterprise(ent.name)
        index.add_aliases(canon, ent.aliases)
    for zone in facts.zones:
        index.add_aliases(index.zone(zone.name), zone.aliases, kind="zone")
    return replace(
        facts,
        zones=tuple(replace(x, name=z(x.name)) for x in facts.zones),
        enterprises=tuple(replace(x, name=e(x.name), zone=z(x.zone)) for x in facts.enterprises),
        projects=tuple(replace(x, enterprises=tuple(e(n) for n in x.enterprises), zone=z(x.zone))
                       for x in facts.projects),
        supplies=tuple(replace(x, supplier=e(x.supplier), customer=e(x.customer)) for x in facts.supplies),
        focus=tuple(replace(x, zone=z(x.zone)) for x in facts.focus),
        memberships=tuple(replace(x, zone=z(x.zone)) for x in facts.memberships),
        partnerships=tuple(replace(x, enterprise=e(x.enterprise), zone=z(x.zone)) for x in facts.partnerships),
    )
