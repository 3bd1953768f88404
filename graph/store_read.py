"""Read the stored facts back out of Neo4j, article by article.

The inverse of the writer: each Article node becomes an ArticleFacts with
the entities stated in it (their STATED_IN evidence) and the relationship
facts whose ``articles`` list names it. Used by the RDF export.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from neo4j import Driver

from chainkg.loaders.facts import (
    Article,
    ArticleFacts,
    EnterpriseFact,
    Evidence,
    FocusFact,
    MembershipFact,
    Money,
    PartnershipFact,
    ProjectFact,
    SupplyFact,
    ZoneFact,
)

ARTICLES = "MATCH (a:Article) RETURN a ORDER BY a.key"
STATED = """
MATCH (n)-[s:STATED_IN]->(a:Article)
WHERE n:Zone OR n:Enterprise OR n:Project OR n:Alliance
RETURN a.key AS article, labels(n)[0] AS label, properties(n) AS node, properties(s) AS stated
ORDER BY article, label, s.start
"""
RELATIONS = """
MATCH (x)-[r]->(y)
WHERE r.articles IS NOT NULL
RETURN type(r) AS type, labels(x)[0] AS src_label, coalesce(x.name, x.id) AS src, x.key AS src_key,
       labels(y)[0] AS dst_label, coalesce(y.name, y.id) AS dst, y.key AS dst_key, properties(r) AS rel
"""
STAGES = """
MATCH (p:Project)-[r:AT_STAGE]->(st:Stage)
RETURN p.key AS project, r.article AS article, st.id AS stage, r.date AS date
"""


def _evidence(article: str, props: dict) -> Evidence:
    start = props.get("start") or 0
    return Evidence(article=article, sentence=props.get("sentence") or "", start=start,
                    end=props.get("end") or start + len(props.get("sentence") or ""),
                    rule=props.get("rule") or "", confidence=props.get("confidence") or 0.0)


def _rel_evidence(rel: dict) -> dict[str, Evidence]:
    """Per article: the evidence a relationship fact keeps for it."""
    out = {}
    for i, article in enumerate(rel.get("articles") or []):
        sentence = rel["sentences"][i]
        start = (rel.get("starts") or [0] * (i + 1))[i]
        out[article] = Evidence(article=article, sentence=sentence, start=start, end=start + len(sentence),
                                rule=rel["rules"][i], confidence=rel["confidences"][i])
    return out


def _money(props: dict, prefix: str) -> Money | None:
    value = props.get(f"{prefix}_value")
    if value is None:
        return None
    return Money(value=value, currency=props.get(f"{prefix}_currency") or "CNY",
                 qualifier=props.get(f"{prefix}_qualifier") or "exact", text=props.get(f"{prefix}_text") or "")


def read_article_facts(driver: Driver, database: str | None = None) -> Iterator[ArticleFacts]:
    def query(cypher: str):
        return driver.execute_query(cypher, database_=database).records

    # relationship facts, per article and source node
    rels: dict[str, dict[tuple[str, str], list[tuple[dict, str, Evidence]]]] = defaultdict(lambda: defaultdict(list))
    for rec in query(RELATIONS):
        src = rec["src_key"] if rec["src_label"] == "Project" else rec["src"]
        dst = rec["dst_key"] if rec["dst_label"] == "Project" else rec["dst"]
        for article, ev in _rel_evidence(rec["rel"]).items():
            rels[article][(rec["type"], rec["src_label"])].append(({"dst_label": rec["dst_label"], "dst": dst},
                                                                    src, ev))
    stages: dict[tuple[str, str], tuple[str, str]] = {
        (r["project"], r["article"]): (r["stage"], r["date"]) for r in query(STAGES)}
    stated: dict[str, list] = defaultdict(list)
    for rec in query(STATED):
        stated[rec["article"]].append(rec)

    for arec in query(ARTICLES):
        a = arec["a"]
        key = a["key"]
        article = Article(key=key, source=a.get("source") or "", doc=a.get("doc") or "", text="",
                          title=a.get("title"), outlet=a.get("outlet"), date=a.get("date"),
                          encoding=a.get("encoding"))
        by = rels.get(key, {})

        def targets(rtype: str, src_label: str, src: str, dst_label: str) -> tuple[str, ...]:
            return tuple(sorted({d["dst"] for d, s, _ in by.get((rtype, src_label), [])
                                 if s == src and d["dst_label"] == dst_label}))

        zones, enterprises, projects, seen = [], [], [], set()
        for rec in stated.get(key, []):
            node, ev = rec["node"], _evidence(key, rec["stated"])
            label = rec["label"]
            ident = (label, node.get("key") or node.get("name"))
            if ident in seen:  # one fact per entity and article: its first sentence
                continue
            seen.add(ident)
            if label == "Zone":
                zones.append(ZoneFact(name=node["name"], evidence=ev, aliases=tuple(node.get("aliases") or ()),
                                      kind=node.get("kind"), level=node.get("level"), city=node.get("city"),
                                      province=node.get("province"), admin_code=node.get("admin_code")))
            elif label == "Enterprise":
                name = node["name"]
                zone = targets("LOCATED_IN", "Enterprise", name, "Zone")
                enterprises.append(EnterpriseFact(
                    name=name, evidence=ev, aliases=tuple(node.get("aliases") or ()),
                    zone=zone[0] if zone else None,
                    chains=targets("IN_CHAIN", "Enterprise", name, "Chain"),
                    segments=targets("IN_SEGMENT", "Enterprise", name, "Segment"),
                    leader=bool(node.get("leader"))))
            elif label == "Project":
                pkey = node["key"]
                stage, stage_date = stages.get((pkey, key), (None, None))
                zone = targets("LOCATED_IN", "Project", pkey, "Zone")
                projects.append(ProjectFact(
                    name=node.get("name") or pkey, evidence=ev, aliases=tuple(node.get("aliases") or ()),
                    enterprises=tuple(sorted(s for d, s, _ in by.get(("INVESTS_IN", "Enterprise"), [])
                                             if d["dst"] == pkey)),
                    zone=zone[0] if zone else None, investment=_money(rec["stated"], "investment"),
                    stage=stage, stage_date=stage_date, capacity=node.get("capacity"),
                    output_value=_money(node, "output"), expected=node.get("expected"),
                    chains=targets("IN_CHAIN", "Project", pkey, "Chain"),
                    segments=targets("IN_SEGMENT", "Project", pkey, "Segment")))
        supplies = [SupplyFact(supplier=s, customer=d["dst"], evidence=ev)
                    for d, s, ev in by.get(("SUPPLIES", "Enterprise"), [])]
        focus = [FocusFact(zone=s, chain=d["dst"].split(".", 1)[0], evidence=ev,
                           segment=d["dst"] if d["dst_label"] == "Segment" else None)
                 for d, s, ev in by.get(("FOCUSES_ON", "Zone"), [])]
        members = [MembershipFact(zone=s, alliance=d["dst"], evidence=ev) for d, s, ev in by.get(("MEMBER_OF", "Zone"), [])]
        partners = [PartnershipFact(enterprise=s, zone=d["dst"], evidence=ev)
                    for d, s, ev in by.get(("PARTNERS_WITH", "Enterprise"), [])]
        yield ArticleFacts(article=article, zones=tuple(zones), enterprises=tuple(enterprises),
                           projects=tuple(projects), supplies=tuple(supplies), focus=tuple(focus),
                           memberships=tuple(members), partnerships=tuple(partners))
