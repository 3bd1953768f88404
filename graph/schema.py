"""The Neo4j schema and the chain taxonomy, generated from the ontology.

Constraints and indexes come from the Turtle (``ckg:neo4jLabel``/``ckg:neo4jKey``/
``ckg:neo4jIndex``), so the graph cannot drift from the ontology. Every label and
relationship type put into a query string is checked against the ontology's
whitelist first; all values travel as parameters.
"""

from __future__ import annotations

import re

from neo4j import Driver

from chainkg.ontology import Ontology, load_ontology

_IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


class SchemaError(ValueError):
    """A label, relationship type or property name that the ontology does not allow."""


def label(onto: Ontology, name: str) -> str:
    """``name`` as a label for a query string, if the ontology defines it."""
    if name not in onto.node_labels or not _IDENTIFIER.match(name):
        raise SchemaError(f"{name!r} is not a node label of the ontology")
    return name


def rel_type(onto: Ontology, name: str) -> str:
    """``name`` as a relationship type for a query string, if the ontology defines it."""
    if name not in onto.relationship_types or not _IDENTIFIER.match(name):
        raise SchemaError(f"{name!r} is not a relationship type of the ontology")
    return name


def _prop(name: str) -> str:
    if not _IDENTIFIER.match(name):
        raise SchemaError(f"{name!r} is not a valid property name")
    return name


def constraint_name(lbl: str, key: str) -> str:
    return f"{lbl.lower()}_{key}_unique"


def schema_statements(onto: Ontology | None = None) -> list[str]:
    """Idempotent DDL: a uniqueness constraint per keyed label, range indexes, a name full-text index."""
    onto = onto or load_ontology()
    out = []
    for cls in onto.classes.values():
        lbl, key = label(onto, cls.label), _prop(cls.key)
        out.append(
            f"CREATE CONSTRAINT {constraint_name(lbl, key)} IF NOT EXISTS FOR (n:{lbl}) REQUIRE n.{key} IS UNIQUE"
        )
    for cls in onto.classes.values():
        lbl = label(onto, cls.label)
        for spec in cls.indexed:  # one property, or several separated by spaces (a composite index)
            props = [_prop(p) for p in spec.split()]
            on = ", ".join(f"n.{p}" for p in props)
            out.append(f"CREATE INDEX {lbl.lower()}_{'_'.join(props)}_index IF NOT EXISTS FOR (n:{lbl}) ON ({on})")
    for rel in onto.relations.values():
        rtype = rel_type(onto, rel.type)
        for prop in rel.indexed:
            prop = _prop(prop)
            out.append(
                f"CREATE INDEX {rtype.lower()}_{prop}_index IF NOT EXISTS FOR ()-[r:{rtype}]-() ON (r.{prop})"
            )
    named = [label(onto, lbl) for lbl in ("Zone", "Enterprise", "Project", "Alliance") if lbl in onto.node_labels]
    if named:
        # For name search in Neo4j Browser. Eventually consistent: Lucene is
        # updated after the commit, so a load does not wait for it.
        out.append(
            "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS "
            f"FOR (n:{'|'.join(named)}) ON EACH [n.name] "
            "OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}"
        )
    return out


def apply_schema(driver: Driver, onto: Ontology | None = None, database: str | None = None) -> list[str]:
    """Create the constraints and indexes (IF NOT EXISTS: running twice changes nothing)."""
    statements = schema_statements(onto)
    for statement in statements:
        driver.execute_query(statement, database_=database)
    # New indexes fill in the background; wait, so the load and the queries
    # that follow are planned with them (immediate when all are online).
    driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    return statements


def taxonomy_rows(onto: Ontology) -> dict[str, list[dict]]:
    """Parameters for :func:`load_taxonomy`: chains, segments, edges, stages, views."""
    chains, segments, edges, views, view_links = [], [], [], [], []
    for chain in onto.chains.values():
        chains.append(
            {"id": chain.id, "name_zh": chain.name_zh, "name_en": chain.name_en,
             "aliases": list(chain.aliases), "keywords": list(chain.keywords)}
        )
        for seg in chain.segments:
            segments.append(
                {"id": seg.id, "chain": seg.chain, "order": seg.order, "name_zh": seg.name_zh,
                 "name_en": seg.name_en, "keywords": list(seg.keywords), "products": list(seg.products)}
            )
            edges += [{"source": seg.id, "target": t} for t in seg.upstream_of]
        for view in chain.tech_paths + chain.applications:
            views.append(
                {"id": view.id, "chain": view.chain, "kind": view.kind, "name_zh": view.name_zh,
                 "name_en": view.name_en, "keywords": list(view.keywords)}
            )
            view_links += [{"view": view.id, "kind": view.kind, "segment": s} for s in view.segments]
    stages = [
        {"id": s.id, "order": s.order, "name_zh": s.name_zh, "name_en": s.name_en, "keywords": list(s.keywords)}
        for s in onto.stages
    ]
    return {"chains": chains, "segments": segments, "edges": edges, "stages": stages, "views": views,
            "view_links": view_links}


def load_taxonomy(driver: Driver, onto: Ontology | None = None, database: str | None = None) -> dict[str, int]:
    """Write the chain taxonomy and the stage scheme into Neo4j (MERGE: idempotent).

    Chain, Segment (order, names, keywords) PART_OF Chain, Segment UPSTREAM_OF Segment,
    Stage (order), TechPath / Application PART_OF Chain, Segment USES_TECH TechPath and
    Segment APPLIES_TO Application. UPSTREAM_OF, USES_TECH and APPLIES_TO edges between
    taxonomy nodes that the ontology no longer has are removed, so a changed taxonomy
    reloads cleanly.
    """
    onto = onto or load_ontology()
    rows = taxonomy_rows(onto)
    chain, seg, stage = label(onto, "Chain"), label(onto, "Segment"), label(onto, "Stage")
    tech, app = label(onto, "TechPath"), label(onto, "Application")
    part_of, upstream = rel_type(onto, "PART_OF"), rel_type(onto, "UPSTREAM_OF")
    uses, applies = rel_type(onto, "USES_TECH"), rel_type(onto, "APPLIES_TO")
    kc, ks, kst = onto.keys[chain], onto.keys[seg], onto.keys[stage]
    kt, ka = onto.keys[tech], onto.keys[app]
    view_label = {"tech_path": tech, "application": app}
    view_key = {"tech_path": kt, "application": ka}
    view_rel = {"tech_path": uses, "application": applies}
    queries: list[tuple[str, dict]] = [
        (
            f"UNWIND $rows AS row MERGE (c:{chain} {{{kc}: row.id}}) "
            "SET c.name_zh = row.name_zh, c.name_en = row.name_en, c.aliases = row.aliases, c.keywords = row.keywords",
            {"rows": rows["chains"]},
        ),
        (
            f"UNWIND $rows AS row MERGE (s:{seg} {{{ks}: row.id}}) "
            "SET s.chain = row.chain, s.order = row.order, s.name_zh = row.name_zh, s.name_en = row.name_en, "
            "s.keywords = row.keywords, s.products = row.products "
            f"WITH s, row MATCH (c:{chain} {{{kc}: row.chain}}) MERGE (s)-[:{part_of}]->(c)",
            {"rows": rows["segments"]},
        ),
        (
            f"MATCH (a:{seg})-[r:{upstream}]->(b:{seg}) "
            "WHERE NOT {source: a." + ks + ", target: b." + ks + "} IN $rows DELETE r",
            {"rows": rows["edges"]},
        ),
        (
            f"UNWIND $rows AS row MATCH (a:{seg} {{{ks}: row.source}}), (b:{seg} {{{ks}: row.target}}) "
            f"MERGE (a)-[:{upstream}]->(b)",
            {"rows": rows["edges"]},
        ),
        (
            f"UNWIND $rows AS row MERGE (s:{stage} {{{kst}: row.id}}) "
            "SET s.order = row.order, s.name_zh = row.name_zh, s.name_en = row.name_en, s.keywords = row.keywords",
            {"rows": rows["stages"]},
        ),
    ]
    for kind in ("tech_path", "application"):
        vl, vk, vr = view_label[kind], view_key[kind], view_rel[kind]
        links = [r for r in rows["view_links"] if r["kind"] == kind]
        queries += [
            (
                f"UNWIND $rows AS row MERGE (v:{vl} {{{vk}: row.id}}) "
                "SET v.chain = row.chain, v.kind = row.kind, v.name_zh = row.name_zh, v.name_en = row.name_en, "
                "v.keywords = row.keywords "
                f"WITH v, row MATCH (c:{chain} {{{kc}: row.chain}}) MERGE (v)-[:{part_of}]->(c)",
                {"rows": [r for r in rows["views"] if r["kind"] == kind]},
            ),
            (
                f"MATCH (s:{seg})-[r:{vr}]->(v:{vl}) "
                "WHERE NOT {view: v." + vk + ", kind: $kind, segment: s." + ks + "} IN $rows DELETE r",
                {"rows": links, "kind": kind},
            ),
            (
                f"UNWIND $rows AS row MATCH (s:{seg} {{{ks}: row.segment}}), (v:{vl} {{{vk}: row.view}}) "
                f"MERGE (s)-[:{vr}]->(v)",
                {"rows": links},
            ),
        ]
    for query, params in queries:
        driver.execute_query(query, params, database_=database)
    return {
        "chains": len(rows["chains"]), "segments": len(rows["segments"]), "upstream_edges": len(rows["edges"]),
        "stages": len(rows["stages"]), "views": len(rows["views"]), "view_links": len(rows["view_links"]),
    }
