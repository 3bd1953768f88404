"""The Neo4j schema is generated from the ontology; the taxonomy loads into Neo4j (real server)."""

from __future__ import annotations

import pytest

from chainkg.graph.schema import (
    SchemaError, apply_schema, constraint_name, label, load_taxonomy, rel_type, schema_statements,
)
from chainkg.ontology import load_ontology


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_a_constraint_for_every_keyed_class(onto):
    statements = schema_statements(onto)
    for lbl, key in onto.keys.items():
        assert any(f"FOR (n:{lbl}) REQUIRE n.{key} IS UNIQUE" in s for s in statements), lbl
    assert all("IF NOT EXISTS" in s for s in statements)


def test_relationship_indexes_come_from_the_ontology(onto):
    statements = schema_statements(onto)
    assert any("()-[r:AT_STAGE]-() ON (r.date)" in s for s in statements)
    for rel in onto.relations.values():
        for prop in rel.indexed:
            assert any(f"[r:{rel.type}]" in s and f"r.{prop}" in s for s in statements)


@pytest.mark.parametrize("bad", ["Zone) DETACH DELETE (n", "zone", "Company", "", "Zone`"])
def test_labels_outside_the_whitelist_are_refused(onto, bad):
    with pytest.raises(SchemaError):
        label(onto, bad)


@pytest.mark.parametrize("bad", ["SUPPLIES]->() DELETE r//", "supplies", "OWNS"])
def test_types_outside_the_whitelist_are_refused(onto, bad):
    with pytest.raises(SchemaError):
        rel_type(onto, bad)


def test_whitelist_accepts_every_ontology_name(onto):
    assert all(label(onto, lbl) == lbl for lbl in onto.node_labels)
    assert all(rel_type(onto, t) == t for t in onto.relationship_types)


def _constraints(driver) -> dict[str, tuple]:
    records = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties"
    ).records
    return {r["name"]: (r["type"], tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in records}


def test_every_class_and_relation_has_its_neo4j_counterpart(neo4j_db, onto):
    apply_schema(neo4j_db, onto)
    constraints = _constraints(neo4j_db)
    for lbl, key in onto.keys.items():
        assert constraints.get(constraint_name(lbl, key)) == ("UNIQUENESS", (lbl,), (key,)), lbl
    constrained = {c[1][0] for c in constraints.values()}
    for rel in onto.relations.values():
        # both ends of every relation are labels the graph keys (so writers can MERGE them)
        assert set(rel.domain) <= constrained and set(rel.range) <= constrained, rel.type
    indexes = neo4j_db.execute_query(
        "SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties WHERE entityType = 'RELATIONSHIP' AND type <> 'LOOKUP' "
        "RETURN labelsOrTypes[0] AS t, properties[0] AS p"
    ).records
    assert {(r["t"], r["p"]) for r in indexes} == {
        (rel.type, p) for rel in onto.relations.values() for p in rel.indexed
    }


def test_apply_schema_is_idempotent(neo4j_db, onto):
    apply_schema(neo4j_db, onto)
    first = _constraints(neo4j_db)
    n_indexes = len(neo4j_db.execute_query("SHOW INDEXES").records)
    apply_schema(neo4j_db, onto)
    assert _constraints(neo4j_db) == first
    assert len(neo4j_db.execute_query("SHOW INDEXES").records) == n_indexes


def test_uniqueness_is_enforced(neo4j_db, onto):
    from neo4j.exceptions import ConstraintError

    apply_schema(neo4j_db, onto)
    neo4j_db.execute_query("CREATE (:Zone {name: $n})", n="示例高新区")
    with pytest.raises(ConstraintError):
        neo4j_db.execute_query("CREATE (:Zone {name: $n})", n="示例高新区")


def _count(driver, query: str, **params) -> int:
    return driver.execute_query(query, params).records[0][0]


def test_load_taxonomy(neo4j_db, onto):
    apply_schema(neo4j_db, onto)
    stats = load_taxonomy(neo4j_db, onto)
    assert stats["chains"] == 8 and stats["segments"] == len(onto.segments)
    assert _count(neo4j_db, "MATCH (c:Chain) RETURN count(c)") == len(onto.chains)
    assert _count(neo4j_db, "MATCH (s:Segment)-[:PART_OF]->(:Chain) RETURN count(s)") == len(onto.segments)
    n_edges = sum(len(s.upstream_of) for s in onto.segments.values())
    assert _count(neo4j_db, "MATCH (:Segment)-[r:UPSTREAM_OF]->(:Segment) RETURN count(r)") == n_edges
    # an edge leaves the chain in no case
    assert _count(neo4j_db, "MATCH (a:Segment)-[:UPSTREAM_OF]->(b:Segment) WHERE a.chain <> b.chain RETURN count(*)") == 0
    stages = neo4j_db.execute_query("MATCH (s:Stage) RETURN s.id AS id ORDER BY s.order").records
    assert [r["id"] for r in stages] == [s.id for s in onto.stages]
    seg = neo4j_db.execute_query("MATCH (s:Segment {id: 'hydrogen.stack'}) RETURN s").records[0]["s"]
    assert (seg["order"], seg["name_zh"], seg["chain"]) == (7, "电堆", "hydrogen")
    n_tech = sum(len(c.tech_paths) for c in onto.chains.values())
    assert _count(neo4j_db, "MATCH (t:TechPath)-[:PART_OF]->(:Chain) RETURN count(t)") == n_tech
    assert _count(neo4j_db, "MATCH (:Segment {id: 'hydrogen.production'})-[:USES_TECH]->"
                            "(:TechPath {id: 'hydrogen.tech.soec'}) RETURN count(*)") == 1
    assert _count(neo4j_db, "MATCH (:Segment)-[:APPLIES_TO]->(:Application) RETURN count(*)") == sum(
        len(v.segments) for c in onto.chains.values() for v in c.applications
    )


def test_load_taxonomy_is_idempotent_and_drops_stale_edges(neo4j_db, onto):
    apply_schema(neo4j_db, onto)
    load_taxonomy(neo4j_db, onto)
    before = _count(neo4j_db, "MATCH ()-[r]->() RETURN count(r)")
    neo4j_db.execute_query(
        "MATCH (a:Segment {id: 'hydrogen.vehicle'}), (b:Segment {id: 'hydrogen.production'}) "
        "MERGE (a)-[:UPSTREAM_OF]->(b)"
    )
    load_taxonomy(neo4j_db, onto)
    assert _count(neo4j_db, "MATCH ()-[r]->() RETURN count(r)") == before
    assert _count(neo4j_db, "MATCH (:Segment {id: 'hydrogen.vehicle'})-[r:UPSTREAM_OF]->() RETURN count(r)") == 0
    assert _count(neo4j_db, "MATCH (n) RETURN count(n)") == (
        len(onto.chains) + len(onto.segments) + len(onto.stages) + len(onto.views)
    )


def test_name_search_finds_entities_after_a_write(neo4j_db, onto):
    # The full-text index is eventually consistent (a load does not wait for
    # Lucene); after a refresh it finds names of every named label.
    apply_schema(neo4j_db, onto)
    neo4j_db.execute_query("CREATE (:Zone {name: $z}), (:Enterprise {name: $e})", z="示例经开区", e="示例氢能科技有限公司")
    neo4j_db.execute_query("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()")
    found = neo4j_db.execute_query(
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name", q="示例").records
    assert {"示例经开区", "示例氢能科技有限公司"} <= {r["name"] for r in found}
