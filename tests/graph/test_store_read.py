"""Facts read back from Neo4j match the facts written."""

from __future__ import annotations

from chainkg.graph.store import iter_article_facts, load_facts
from tests import factories as fx


def _summary(facts):
    out = set()
    for f in facts:
        k = f.article.key
        out |= {("zone", k, z.name, z.city) for z in f.zones}
        out |= {("ent", k, e.name, e.zone, tuple(sorted(e.segments))) for e in f.enterprises}
        out |= {("proj", k, p.name, tuple(sorted(p.enterprises)), p.zone, p.stage,
                 p.investment.value if p.investment else None) for p in f.projects}
        out |= {("supply", k, s.supplier, s.customer, s.evidence.sentence) for s in f.supplies}
    return out


def test_read_back_equals_written(neo4j_db):
    facts = fx.hydrogen_story()
    load_facts(neo4j_db, facts)
    back = list(iter_article_facts(neo4j_db))
    assert {f.article.key for f in back} == {f.article.key for f in facts}
    assert _summary(back) == _summary(facts)
    supply = next(s for f in back for s in f.supplies)
    assert supply.evidence.rule == "test.rule" and supply.evidence.start == 0
