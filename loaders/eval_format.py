"""ArticleFacts -> one record of the evaluation format (../shared/eval/SCHEMA.md).

The scorer reads ``doc`` (the file name), zones, enterprises, projects and
supplies; the extra keys (evidence, confidence, capacity, dates, focus
segments, memberships, partnerships) are for people reading the output.
"""

from __future__ import annotations

import re
from typing import Any

from .extract.lexicon import LEGAL_SUFFIXES
from .extract.text import find_all
from .facts import ArticleFacts, Evidence, Money

SCHEMA_CHAINS = ("hydrogen", "nev", "semiconductor", "photovoltaic", "biomedicine", "new_materials", "equipment",
                 "digital", "other")


def _money(m: Money | None, exact_only: bool = True) -> dict | None:
    if m is None:
        return None
    if exact_only and m.qualifier not in ("exact", "about"):
        return None
    value = int(m.value) if float(m.value).is_integer() else m.value
    return {"value": value, "currency": m.currency}


def _ev(e: Evidence) -> dict[str, Any]:
    return {"evidence": e.sentence, "rule": e.rule, "confidence": e.confidence,
            **({"low_confidence": True} if e.low else {})}


def _chains(chains) -> list[str]:
    return [c for c in dict.fromkeys(chains) if c in SCHEMA_CHAINS]


_HAN_NAME = re.compile("[\u4e00-\u9fff]+")  # 日月光投控; not 阿斯麦(ASML)公司, which writes 阿斯麦 alone


def _as_written(entities, text: str) -> dict[str, str]:
    """Canonical name -> the name to show: the canonical one when the article
    writes it, else the longest form the article does write (the reference
    name 珠海高新区 of a text that only says 珠海高新技术产业开发区)."""
    shown = {}
    for x in entities:
        if not _written_alone(x.name, _longer_forms(x.name, x.aliases), text):
            written = [a for a in x.aliases if a in text]
            if written:
                shown[x.name] = max(written, key=len)
    return shown


def _longer_forms(name: str, aliases) -> list[str]:
    """Aliases that hold ``name`` as a part: legal names (天津力神电池股份有限公司), and Han names
    that extend it (日月光投控), not a country before it (法国欧胜集团) or a Latin name in it."""
    return [a for a in aliases if a != name and name in a and (a.endswith(LEGAL_SUFFIXES) or
                                                              a.startswith(name) and _HAN_NAME.fullmatch(a))]


def _written_alone(name: str, longer: list[str], text: str) -> bool:
    """Whether ``name`` stands in the text outside every longer name that holds it (力神电池 only
    inside 天津力神电池股份有限公司, 日月光 only inside 日月光投控, is not written alone)."""
    covered = [(m, m + len(a)) for a in longer for m in find_all(text, a)]
    return any(not any(lo <= at and at + len(name) <= hi for lo, hi in covered) for at in find_all(text, name))


def _names(shown: dict[str, str], x: str | None, *others: str) -> tuple[str | None, list[str]]:
    """(name as shown, aliases) of canonical ``x`` with aliases ``others``."""
    name = shown.get(x, x) if x is not None else None
    return name, [a for a in dict.fromkeys((*others, x)) if a is not None and a != name]


def to_eval(facts: ArticleFacts) -> dict[str, Any]:
    shown = _as_written(facts.zones, facts.article.text) | _as_written(facts.enterprises, facts.article.text)
    show = lambda x: shown.get(x, x) if x is not None else None  # noqa: E731
    focus: dict[str, list[str]] = {}
    for f in facts.focus:
        focus.setdefault(f.zone, [])
        if f.chain not in focus[f.zone]:
            focus[f.zone].append(f.chain)
    zones = []
    for z in facts.zones:
        name, aliases = _names(shown, z.name, *z.aliases)
        zones.append({"name": name, "aliases": aliases, "city": z.city, "province": z.province, "kind": z.kind,
                      "level": z.level, "focus_chains": _chains(focus.get(z.name, [])), **_ev(z.evidence)})
    enterprises = []
    for e in facts.enterprises:
        name, aliases = _names(shown, e.name, *e.aliases)
        enterprises.append({"name": name, "aliases": aliases, "zone": show(e.zone), "chains": _chains(e.chains),
                            "segments": list(e.segments), **_ev(e.evidence)})
    projects = []
    for p in facts.projects:
        record = {"name": p.name, "aliases": list(p.aliases), "enterprises": [show(e) for e in p.enterprises],
                  "zone": show(p.zone),
                  "investment": _money(p.investment), "stage": p.stage, "chains": _chains(p.chains),
                  "segments": list(p.segments), **_ev(p.evidence)}
        if p.investment is not None and record["investment"] is None:
            record["investment_note"] = p.investment.text
        if p.capacity:
            record["capacity"] = p.capacity
        if p.output_value is not None:
            record["output_value"] = p.output_value.text
        if p.expected:
            record["expected"] = p.expected
        projects.append(record)
    supplies = [{"supplier": show(s.supplier), "customer": show(s.customer), **_ev(s.evidence)}
                for s in facts.supplies]
    record: dict[str, Any] = {"doc": facts.article.doc, "zones": zones, "enterprises": enterprises,
                              "projects": projects, "supplies": supplies}
    if facts.memberships:
        record["memberships"] = [{"zone": show(m.zone), "alliance": m.alliance} for m in facts.memberships]
    if facts.partnerships:
        record["partnerships"] = [{"enterprise": show(p.enterprise), "zone": show(p.zone)}
                                  for p in facts.partnerships]
    if facts.errors:
        record["errors"] = list(facts.errors)
    return record


def to_json(facts: ArticleFacts) -> dict[str, Any]:
    """Every field and every evidence (``chainkg extract --format json``); the text itself is left out."""
    import dataclasses

    data = dataclasses.asdict(facts)
    article = data.pop("article")
    article.pop("text", None)
    article.pop("offsets", None)
    return {"doc": facts.article.doc, "article": article, **data}
