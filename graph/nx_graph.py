"""networkx view of the knowledge graph: analysis, maps, and a cross-check of the Cypher.

The graph is built either from facts (independently of Neo4j) or from Neo4j.
Nodes are ``(label, key)`` tuples with their properties; edges carry ``type``
and ``confidence``. ``coverage`` and ``gaps`` follow the same rules as
``queries/coverage.cypher`` and ``queries/gaps.cypher``, so the tests can
assert that the two agree.
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx
from neo4j import Driver

from chainkg.loaders.facts import ArticleFacts
from chainkg.ontology import load_ontology

from .store_rows import ENTITY_KINDS, REL_KINDS, rows_for

Node = tuple[str, str]


def _add_taxonomy(g: nx.MultiDiGraph, onto) -> None:
    for chain in onto.chains.values():
        g.add_node(("Chain", chain.id), name_zh=chain.name_zh)
        for seg in chain.segments:
            g.add_node(("Segment", seg.id), name_zh=seg.name_zh, order=seg.order, chain=chain.id)
            g.add_edge(("Segment", seg.id), ("Chain", chain.id), type="PART_OF", confidence=1.0)
        for seg in chain.segments:
            for down in seg.upstream_of:
                g.add_edge(("Segment", seg.id), ("Segment", down), type="UPSTREAM_OF", confidence=1.0)


def _edge(g: nx.MultiDiGraph, src: Node, dst: Node, rtype: str, confidence: float) -> None:
    """One edge per (src, dst, type); confidence is the best of its sources."""
    data = g.get_edge_data(src, dst, key=rtype)
    if data is None:
        g.add_edge(src, dst, key=rtype, type=rtype, confidence=confidence)
    elif confidence > data["confidence"]:
        data["confidence"] = confidence


def from_facts(facts: Iterable[ArticleFacts], onto=None) -> nx.MultiDiGraph:
    """Build the graph from facts alone (no Neo4j), with the writer's rules."""
    onto = onto or load_ontology()
    g = nx.MultiDiGraph()
    _add_taxonomy(g, onto)
    facts = list({f.article.key: f for f in facts}.values())
    rows = rows_for(facts)
    dates = {f.article.key: f.article.date or "" for f in facts}
    for art in rows.get("articles", []):
        g.add_node(("Article", art["key"]), date=art["date"], title=art["title"])
    best_investment: dict[str, tuple[str, float, float]] = {}
    for kind, (label, key_field) in ENTITY_KINDS.items():
        for row in rows.get(kind, []):
            node = (label, row[key_field])
            g.add_node(node, name=row.get("name", row[key_field]))
            _edge(g, node, ("Article", row["article"]), "STATED_IN", row["confidence"])
            if kind == "projects" and row.get("investment_cny") is not None:
                rank = (dates[row["article"]], row["confidence"])
                held = best_investment.get(row["key"])
                if held is None or rank > held[:2]:
                    best_investment[row["key"]] = (*rank, row["investment_cny"])
    for key, (_, _, cny) in best_investment.items():
        g.nodes[("Project", key)]["investment_cny"] = cny
    for kind, (src_label, rtype, dst_label) in REL_KINDS.items():
        for row in rows.get(kind, []):
            src, dst = (src_label, row["src"]), (dst_label, row["dst"])
            if dst_label in ("Segment", "Chain") and dst not in g:
                continue  # not in the taxonomy: the writer's MATCH drops it too
            _edge(g, src, dst, rtype, row["confidence"])
    return g


def from_neo4j(driver: Driver, database: str | None = None) -> nx.MultiDiGraph:
    """Build the graph from what Neo4j holds (for maps and analysis)."""
    onto = load_ontology()
    keys = dict(onto.keys)
    g = nx.MultiDiGraph()
    node_query = "MATCH (n) RETURN elementId(n) AS id, labels(n)[0] AS label, properties(n) AS props"
    ids: dict[str, Node] = {}
    for rec in driver.execute_query(node_query, database_=database).records:
        label, props = rec["label"], rec["props"]
        node = (label, props.get(keys.get(label, "name")))
        ids[rec["id"]] = node
        g.add_node(node, **props)
    rel_query = ("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, "
                 "coalesce(r.confidence, 1.0) AS confidence")
    for rec in driver.execute_query(rel_query, database_=database).records:
        _edge(g, ids[rec["a"]], ids[rec["b"]], rec["type"], rec["confidence"])
    return g


def _out(g: nx.MultiDiGraph, node: Node, rtype: str, label: str, min_conf: float) -> set[Node]:
    if node not in g:
        return set()
    return {v for _, v, d in g.out_edges(node, data=True)
            if d["type"] == rtype and v[0] == label and d["confidence"] >= min_conf}


def _in(g: nx.MultiDiGraph, node: Node, rtype: str, label: str, min_conf: float) -> set[Node]:
    if node not in g:
        return set()
    return {u for u, _, d in g.in_edges(node, data=True)
            if d["type"] == rtype and u[0] == label and d["confidence"] >= min_conf}


def coverage(g: nx.MultiDiGraph, zone: str, chain: str, min_confidence: float = 0.5) -> list[dict]:
    """Per segment of the chain: the zone's enterprises and projects (as coverage.cypher)."""
    z = ("Zone", zone)
    segments = sorted(_in(g, ("Chain", chain), "PART_OF", "Segment", 0.0), key=lambda s: g.nodes[s]["order"])
    zone_projects = _in(g, z, "LOCATED_IN", "Project", min_confidence)
    located = _in(g, z, "LOCATED_IN", "Enterprise", min_confidence)
    investors_here = {e for p in _in(g, z, "LOCATED_IN", "Project", min_confidence)
                      for e in _in(g, p, "INVESTS_IN", "Enterprise", 0.0)}
    out = []
    for s in segments:
        projects = _in(g, s, "IN_SEGMENT", "Project", min_confidence) & zone_projects
        direct = _in(g, s, "IN_SEGMENT", "Enterprise", min_confidence) & (located | investors_here)
        investors = {e for p in projects for e in _in(g, p, "INVESTS_IN", "Enterprise", min_confidence)}
        enterprises = direct | investors
        out.append({
            "segment": s[1],
            "name_zh": g.nodes[s]["name_zh"],
            "enterprises": sorted(e[1] for e in enterprises),
            "projects": sorted(g.nodes[p].get("name", p[1]) for p in projects),
            "investment_cny": sum(g.nodes[p].get("investment_cny") or 0.0 for p in projects),
        })
    return out


def gaps(g: nx.MultiDiGraph, zone: str, chain: str, min_enterprises: int = 2, min_investment: float = 0.0,
         min_confidence: float = 0.5) -> list[dict]:
    """Missing and weak segments with 补链/强链/延链 actions (as gaps.cypher)."""
    rows = coverage(g, zone, chain, min_confidence)
    status = {}
    for r in rows:
        n_ent, n_proj = len(r["enterprises"]), len(r["projects"])
        if n_ent + n_proj == 0:
            status[r["segment"]] = "missing"
        elif n_ent < min_enterprises or r["investment_cny"] < min_investment:
            status[r["segment"]] = "weak"
        else:
            status[r["segment"]] = "covered"
    held = {s for s, st in status.items() if st != "missing"}
    out = []
    for r in rows:
        st = status[r["segment"]]
        if st == "covered":
            continue
        seg = ("Segment", r["segment"])
        neighbours = {v[1] for v in _out(g, seg, "UPSTREAM_OF", "Segment", 0.0) | _in(g, seg, "UPSTREAM_OF", "Segment", 0.0)}
        held_next = sorted(g.nodes[("Segment", n)]["name_zh"] for n in neighbours & held)
        if st == "weak":
            actions = ["强链"]
        else:
            actions = ["补链", "延链"] if held_next else ["补链"]
        out.append({"segment": r["segment"], "status": st, "actions": actions, "held_neighbours": held_next})
    return out
