"""ArticleFacts -> parameter rows for the Neo4j writer (pure, no I/O).

Every row carries the evidence of the fact it comes from, so each write can
record where the fact is stated. Relationship facts also make sure both ends
exist as entities stated in the same article, so an article's facts can be
found again (and replaced) from its entities alone.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from chainkg.loaders.facts import ArticleFacts, Evidence, Money, ProjectFact

# Project names that say nothing on their own: keyed with enterprise and zone.
GENERIC_PROJECT_NAMES = frozenset(
    {"项目", "新项目", "该项目", "增资项目", "扩产项目", "二期项目", "一期项目", "三期项目", "技改项目", "产业园项目", "重点项目"}
)

# Relationship facts: row kind -> (source label, type, target label).
REL_KINDS: dict[str, tuple[str, str, str]] = {
    "enterprise_zone": ("Enterprise", "LOCATED_IN", "Zone"),
    "enterprise_segment": ("Enterprise", "IN_SEGMENT", "Segment"),
    "enterprise_chain": ("Enterprise", "IN_CHAIN", "Chain"),
    "invests_in": ("Enterprise", "INVESTS_IN", "Project"),
    "project_zone": ("Project", "LOCATED_IN", "Zone"),
    "project_segment": ("Project", "IN_SEGMENT", "Segment"),
    "project_chain": ("Project", "IN_CHAIN", "Chain"),
    "supplies": ("Enterprise", "SUPPLIES", "Enterprise"),
    "focus_chain": ("Zone", "FOCUSES_ON", "Chain"),
    "focus_segment": ("Zone", "FOCUSES_ON", "Segment"),
    "member_of": ("Zone", "MEMBER_OF", "Alliance"),
    "partners_with": ("Enterprise", "PARTNERS_WITH", "Zone"),
}

# Entity kinds: row kind -> (label, row field holding the key).
ENTITY_KINDS: dict[str, tuple[str, str]] = {
    "zones": ("Zone", "name"),
    "enterprises": ("Enterprise", "name"),
    "projects": ("Project", "key"),
    "alliances": ("Alliance", "name"),
}

# Rough CNY equivalents (2024-2026 averages), for ranking and totals only: amounts
# keep their own currency in the graph. One per currency the extractor reads.
CNY_RATES = {"CNY": 1.0, "USD": 7.1, "EUR": 7.8, "HKD": 0.91, "JPY": 0.048, "GBP": 9.0, "KRW": 0.0052,
             "TWD": 0.22, "CHF": 8.1}


def project_key(project: ProjectFact) -> str:
    """A project's canonical key: its name, or enterprise/zone/name when generic."""
    name = project.name.strip()
    if name in GENERIC_PROJECT_NAMES or len(name) <= 4:
        owner = "+".join(sorted(project.enterprises)) or "?"
        return f"{owner}|{project.zone or '?'}|{name}"
    return name


def _ev(ev: Evidence) -> dict:
    return {
        "article": ev.article,
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
        "rule": ev.rule,
        "confidence": float(ev.confidence),
    }


def _money(prefix: str, money: Money | None) -> dict:
    if money is None:
        return {f"{prefix}_value": None, f"{prefix}_currency": None, f"{prefix}_qualifier": None, f"{prefix}_cny": None}
    return {
        f"{prefix}_value": float(money.value),
        f"{prefix}_currency": money.currency,
        f"{prefix}_qualifier": money.qualifier,
        # a currency without a rate is left out of rankings rather than counted as yuan
        f"{prefix}_cny": float(money.value) * CNY_RATES[money.currency] if money.currency in CNY_RATES else None,
    }


def article_row(facts: ArticleFacts) -> dict:
    art = facts.article
    return {
        "key": art.key,
        "source": art.source,
        "doc": art.doc,
        "title": art.title,
        "outlet": art.outlet,
        "date": art.date,
        "encoding": art.encoding,
        "length": len(art.text),
    }


def rows_for(batch: Iterable[ArticleFacts]) -> dict[str, list[dict]]:
    """Rows per statement kind for a batch of articles."""
    rows: dict[str, list[dict]] = defaultdict(list)
    for facts in batch:
        rows["articles"].append(article_row(facts))
        _entity_rows(facts, rows)
    return dict(rows)


def _entity_rows(facts: ArticleFacts, rows: dict[str, list[dict]]) -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    evidence: dict[int, dict] = {}

    def ev_row(ev: Evidence) -> dict:
        # A fact's evidence goes into several rows (its entity, each of its
        # relationships): made once per fact.
        found = evidence.get(id(ev))
        if found is None:
            found = evidence[id(ev)] = _ev(ev)
        return found

    def entity(kind: str, row: dict) -> None:
        seen[kind].add(row["name"] if kind != "projects" else row["key"])
        rows[kind].append(row)

    def ensure(kind: str, name: str, ev: Evidence) -> None:
        # A relationship end the extractor did not list as an entity of its own.
        if name not in seen[kind]:
            entity(kind, {"name": name, "aliases": [], **ev_row(ev), **_blank(kind)})

    def rel(kind: str, src: str, dst: str, ev: Evidence) -> None:
        rows[kind].append({"src": src, "dst": dst, **ev_row(ev)})

    for z in facts.zones:
        entity("zones", {
            "name": z.name, "aliases": list(z.aliases), "kind": z.kind, "level": z.level,
            "city": z.city, "province": z.province, "admin_code": z.admin_code, **ev_row(z.evidence),
        })
    for e in facts.enterprises:
        entity("enterprises", {"name": e.name, "aliases": list(e.aliases), "leader": e.leader, **ev_row(e.evidence)})
    for p in facts.projects:
        key = project_key(p)
        entity("projects", {
            "key": key, "name": p.name, "aliases": list(p.aliases), "capacity": p.capacity,
            "expected": p.expected, "stage": p.stage, "stage_date": p.stage_date or facts.article.date,
            "investment_text": p.investment.text if p.investment else None,
            **_money("investment", p.investment), **_money("output", p.output_value), **ev_row(p.evidence),
        })

    for e in facts.enterprises:
        if e.zone:
            ensure("zones", e.zone, e.evidence)
            rel("enterprise_zone", e.name, e.zone, e.evidence)
        for seg in e.segments:
            rel("enterprise_segment", e.name, seg, e.evidence)
        for chain in e.chains:
            rel("enterprise_chain", e.name, chain, e.evidence)
    for p in facts.projects:
        key = project_key(p)
        for name in p.enterprises:
            ensure("enterprises", name, p.evidence)
            rel("invests_in", name, key, p.evidence)
        if p.zone:
            ensure("zones", p.zone, p.evidence)
            rel("project_zone", key, p.zone, p.evidence)
        for seg in p.segments:
            rel("project_segment", key, seg, p.evidence)
        for chain in p.chains:
            rel("project_chain", key, chain, p.evidence)
        if p.stage:
            rows["project_stage"].append({
                "src": key, "dst": p.stage, "date": p.stage_date or facts.article.date, **ev_row(p.evidence),
            })
    for s in facts.supplies:
        ensure("enterprises", s.supplier, s.evidence)
        ensure("enterprises", s.customer, s.evidence)
        rel("supplies", s.supplier, s.customer, s.evidence)
    for f in facts.focus:
        ensure("zones", f.zone, f.evidence)
        if f.segment:
            rel("focus_segment", f.zone, f.segment, f.evidence)
        else:
            rel("focus_chain", f.zone, f.chain, f.evidence)
    for m in facts.memberships:
        ensure("zones", m.zone, m.evidence)
        ensure("alliances", m.alliance, m.evidence)
        rel("member_of", m.zone, m.alliance, m.evidence)
    for pa in facts.partnerships:
        ensure("enterprises", pa.enterprise, pa.evidence)
        ensure("zones", pa.zone, pa.evidence)
        rel("partners_with", pa.enterprise, pa.zone, pa.evidence)


def _blank(kind: str) -> dict:
    if kind == "zones":
        return {"kind": None, "level": None, "city": None, "province": None, "admin_code": None}
    if kind == "enterprises":
        return {"leader": False}
    return {}


def dedupe(rows: list[dict], *fields: str) -> list[dict]:
    """Keep the first row per combination of fields (one fact, one source sentence per article)."""
    out, seen = [], set()
    for row in rows:
        marker = tuple(row.get(f) for f in fields)
        if marker not in seen:
            seen.add(marker)
            out.append(row)
    return out
