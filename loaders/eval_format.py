"""ArticleFacts -> one record of the evaluation format (../shared/eval/SCHEMA.md).

The scorer reads ``doc`` (the file name), zones, enterprises, projects and
supplies; the extra keys (evidence, confidence, capacity, dates, focus
segments, memberships, partnerships) are for people reading the output.
"""

from __future__ import annotations

from typing import Any

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


def to_eval(facts: ArticleFacts) -> dict[str, Any]:
    focus: dict[str, list[str]] = {}
    for f in facts.focus:
        focus.setdefault(f.zone, [])
        if f.chain not in focus[f.zone]:
            focus[f.zone].append(f.chain)
    zones = [{"name": z.name, "aliases": list(z.aliases), "city": z.city, "province": z.province,
              "kind": z.kind, "level": z.level, "focus_chains": _chains(focus.get(z.name, [])), **_ev(z.evidence)}
             for z in facts.zones]
    enterprises = [{"name": e.name, "aliases": list(e.aliases), "zone": e.zone, "chains": _chains(e.chains),
                    "segments": list(e.segments), **_ev(e.evidence)} for e in facts.enterprises]
    projects = []
    for p in facts.projects:
        record = {"name": p.name, "aliases": list(p.aliases), "enterprises": list(p.enterprises), "zone": p.zone,
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
    supplies = [{"supplier": s.supplier, "customer": s.customer, **_ev(s.evidence)} for s in facts.supplies]
    record: dict[str, Any] = {"doc": facts.article.doc, "zones": zones, "enterprises": enterprises,
                              "projects": projects, "supplies": supplies}
    if facts.memberships:
        record["memberships"] = [{"zone": m.zone, "alliance": m.alliance} for m in facts.memberships]
    if facts.partnerships:
        record["partnerships"] = [{"enterprise": p.enterprise, "zone": p.zone} for p in facts.partnerships]
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
