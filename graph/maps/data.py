"""What the maps read from Neo4j: entities with their evidence, relationships with their sources.

Read-only Cypher with parameters; labels and keys come from the ontology's
whitelist. The coverage, gaps and targets of a chain map come from
``chainkg.queries.api`` so a map always agrees with the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from neo4j import Driver, RoutingControl

from chainkg.ontology import load_ontology
from chainkg.queries.runner import run

from .model import EvidenceLine, latest_date

EVIDENCE_PER_NODE = 5


@dataclass
class Entity:
    label: str
    key: str
    props: dict
    evidence: list[EvidenceLine] = field(default_factory=list)
    latest: str | None = None  # date of the latest article stating it

    @property
    def name(self) -> str:
        return str(self.props.get("name") or self.props.get("name_zh") or self.props.get("title")
                   or self.props.get("doc") or self.key)


@dataclass
class Link:
    """A relationship between two entities, with the sentences that state it."""

    source: tuple[str, str]  # (label, key)
    target: tuple[str, str]
    type: str
    props: dict = field(default_factory=dict)
    evidence: list[EvidenceLine] = field(default_factory=list)

    @property
    def confidence(self) -> float | None:
        return self.props.get("confidence")


def _read(driver: Driver, query: str, database: str | None = None, **params) -> list[dict]:
    records = driver.execute_query(query, params, routing_=RoutingControl.READ, database_=database).records
    return [r.data() for r in records]


def key_of(label: str) -> str:
    return dict(load_ontology().keys).get(label, "name")


def _label(label: str) -> str:
    if label not in load_ontology().node_labels:
        raise ValueError(f"{label!r} is not a node label of the ontology")
    return label


def entities(driver: Driver, label: str, keys, database: str | None = None,
             per_node: int = EVIDENCE_PER_NODE) -> dict[str, Entity]:
    """Properties, best evidence sentences and latest date of nodes of one label, by key."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    label = _label(label)
    query = (
        f"UNWIND $keys AS k MATCH (n:{label} {{{key_of(label)}: k}})\n"
        "OPTIONAL MATCH (n)-[s:STATED_IN]->(a:Article)\n"
        "WITH k, n, s, a ORDER BY s.confidence DESC, a.date DESC\n"
        "WITH k, n, collect(CASE WHEN s IS NULL THEN null ELSE {sentence: s.sentence, title: coalesce(a.title, a.doc),"
        " date: a.date, source: a.source, confidence: s.confidence, rule: s.rule} END) AS ev, max(a.date) AS latest\n"
        "RETURN k AS key, properties(n) AS props, ev[0..$per] AS evidence, latest"
    )
    out = {}
    for row in _read(driver, query, database, keys=keys, per=per_node):
        out[row["key"]] = Entity(label, row["key"], row["props"], [EvidenceLine(**e) for e in row["evidence"]],
                                 row["latest"])
    return out


def articles(driver: Driver, keys, database: str | None = None) -> dict[str, dict]:
    keys = sorted(set(keys))
    if not keys:
        return {}
    rows = _read(driver, "MATCH (a:Article) WHERE a.key IN $keys RETURN a.key AS key, coalesce(a.title, a.doc) AS title,"
                 " a.date AS date, a.source AS source", database, keys=keys)
    return {r["key"]: r for r in rows}


def rel_evidence(props: dict, index: dict[str, dict]) -> list[EvidenceLine]:
    """Evidence lines of a relationship fact from its parallel lists (articles, sentences, rules, confidences)."""
    arts = props.get("articles") or []
    sents = props.get("sentences") or []
    confs = props.get("confidences") or []
    rules = props.get("rules") or []
    lines = []
    for i, key in enumerate(arts):
        art = index.get(key, {})
        lines.append(EvidenceLine(sentence=sents[i] if i < len(sents) else "", title=art.get("title"),
                                  date=art.get("date"), source=art.get("source"),
                                  confidence=confs[i] if i < len(confs) else None,
                                  rule=rules[i] if i < len(rules) else None))
    if props.get("sentence") and not lines:  # AT_STAGE and STATED_IN keep a single sentence
        art = index.get(props.get("article", ""), {})
        lines.append(EvidenceLine(sentence=props["sentence"], title=art.get("title"), date=art.get("date"),
                                  source=art.get("source"), confidence=props.get("confidence"), rule=props.get("rule")))
    lines.sort(key=lambda e: (-(e.confidence or 0.0), "" if e.date is None else e.date), reverse=False)
    return lines


def links_from_rows(driver: Driver, rows: list[dict], database: str | None = None) -> list[Link]:
    """Rows with sl, sk, type, props, tl, tk -> links with evidence (articles looked up once)."""
    keys = {k for r in rows for k in (r["props"].get("articles") or [])}
    keys |= {r["props"]["article"] for r in rows if r["props"].get("article")}
    index = articles(driver, keys, database)
    return [Link((r["sl"], r["sk"]), (r["tl"], r["tk"]), r["type"], r["props"], rel_evidence(r["props"], index))
            for r in rows]


# ---------------------------------------------------------------- chain map





@dataclass
class ChainMapData:
    zone: Entity
    chain: object  # ontology Chain
    coverage: list[dict]  # queries.api.coverage rows
    gaps: list[dict]  # queries.api.gaps rows
    targets: list[dict]  # queries.api.targets rows
    enterprises: dict[str, Entity]  # the zone's enterprises and the targets, by name
    projects: dict[str, Entity]  # the zone's projects in the chain, by key
    links: list[Link]  # IN_SEGMENT of enterprises and projects, INVESTS_IN
    min_confidence: float = 0.5

    @property
    def data_date(self) -> str | None:
        dates = [e.latest for e in (*self.enterprises.values(), *self.projects.values())]
        dates += [r.get("latest") for r in self.coverage]
        return latest_date(self.zone.latest, *dates)


def chain_map_data(driver: Driver, zone: str, chain: str, targets_limit: int = 20, opts=None) -> ChainMapData:
    from chainkg.queries import api
    from chainkg.queries.names import resolve_chain, resolve_zone

    opts = opts or api.DEFAULT
    db = opts.database
    zone_name = resolve_zone(driver, zone, db)
    chain_obj = load_ontology().chain(resolve_chain(chain))
    coverage = api.coverage(driver, zone_name, chain_obj.id, opts)
    gaps = api.gaps(driver, zone_name, chain_obj.id, opts)
    targets = api.targets(driver, zone_name, chain_obj.id, limit=targets_limit, opts=opts)
    params = {"zone": zone_name, "chain": chain_obj.id, "min_confidence": opts.min_confidence}
    project_rows = run(driver, "map_zone_project_segments", db, **params)
    project_keys = sorted({r["sk"] for r in project_rows})
    names = sorted({e for row in coverage for e in row["enterprises"]} | {t["enterprise"] for t in targets})
    rows = project_rows + run(driver, "map_enterprise_segments", db, names=names, **params)
    rows += [r for r in run(driver, "map_investors", db, keys=project_keys)
             if (r["props"].get("confidence") or 0.0) >= opts.min_confidence]
    zone_entity = entities(driver, "Zone", [zone_name], db).get(zone_name) or Entity("Zone", zone_name, {"name": zone_name})
    return ChainMapData(
        zone=zone_entity, chain=chain_obj, coverage=coverage, gaps=gaps, targets=targets,
        enterprises=entities(driver, "Enterprise", names, db), projects=entities(driver, "Project", project_keys, db),
        links=links_from_rows(driver, rows, db), min_confidence=opts.min_confidence,
    )


# ------------------------------------------------------- tech and application maps



@dataclass
class ViewMapData:
    chain: object
    kind: str  # tech_path | application
    zone: Entity | None
    enterprises: dict[str, Entity]
    segments: dict[str, list[str]]  # enterprise -> its segment ids in the chain
    texts: dict[str, list[str]]  # enterprise -> sentences stating it or its projects (for keyword placement)
    min_confidence: float = 0.5

    @property
    def data_date(self) -> str | None:
        return latest_date(*(e.latest for e in self.enterprises.values()))


def view_map_data(driver: Driver, chain: str, kind: str, zone: str | None = None, opts=None) -> ViewMapData:
    from chainkg.queries import api
    from chainkg.queries.names import resolve_chain, resolve_zone

    opts = opts or api.DEFAULT
    db = opts.database
    zone_name = resolve_zone(driver, zone, db) if zone else None
    chain_obj = load_ontology().chain(resolve_chain(chain))
    rows = run(driver, "map_chain_enterprises", db, chain=chain_obj.id, zone=zone_name, min_confidence=opts.min_confidence)
    names = [r["name"] for r in rows]
    zone_entity = None
    if zone_name:
        zone_entity = entities(driver, "Zone", [zone_name], db).get(zone_name) or Entity("Zone", zone_name, {"name": zone_name})
    return ViewMapData(chain=chain_obj, kind=kind, zone=zone_entity, enterprises=entities(driver, "Enterprise", names, db),
                       segments={r["name"]: r["segments"] for r in rows}, texts={r["name"]: r["texts"] for r in rows},
                       min_confidence=opts.min_confidence)


# ---------------------------------------------------------------- region map



@dataclass
class RegionMapData:
    chain: object
    zones: list[dict]  # zone, province, city, kind, level, projects, investment, latest
    holdings: list[dict]  # queries.api.comparison rows: zone, segment, enterprises, projects

    @property
    def data_date(self) -> str | None:
        return latest_date(*(z.get("latest") for z in self.zones))


def region_map_data(driver: Driver, chain: str, opts=None) -> RegionMapData:
    from chainkg.queries import api
    from chainkg.queries.names import resolve_chain

    opts = opts or api.DEFAULT
    chain_obj = load_ontology().chain(resolve_chain(chain))
    holdings = api.comparison(driver, chain_obj.id, opts=opts)
    held = {r["zone"] for r in holdings}
    zones = [z for z in run(driver, "map_zone_investment", opts.database, chain=chain_obj.id,
                              min_confidence=opts.min_confidence)
             if z["zone"] in held or z["projects"]]
    return RegionMapData(chain=chain_obj, zones=zones, holdings=holdings)


# ---------------------------------------------------------------- ego views

# The ego views' Cypher: queries/ego_zone.cypher, ego_enterprise.cypher, ego_project.cypher;
# the relationship types each follows (direct, via, second):
EGO_TYPES = {
    "Zone": (["LOCATED_IN", "FOCUSES_ON", "MEMBER_OF", "PARTNERS_WITH"], ["LOCATED_IN"],
             ["IN_SEGMENT", "IN_CHAIN", "INVESTS_IN"]),
    "Enterprise": (["LOCATED_IN", "INVESTS_IN", "IN_SEGMENT", "IN_CHAIN", "SUPPLIES", "PARTNERS_WITH"], ["INVESTS_IN"],
                   ["LOCATED_IN", "IN_SEGMENT"]),
    "Project": (["LOCATED_IN", "INVESTS_IN", "IN_SEGMENT", "IN_CHAIN", "AT_STAGE", "STATED_IN"], ["IN_SEGMENT"],
                ["PART_OF"]),
}


@dataclass
class EgoData:
    center: Entity
    nodes: dict[tuple[str, str], Entity]  # every node of the view by (label, key), the centre included
    links: list[Link]
    supply: list[dict] = field(default_factory=list)  # queries.api.supply rows (enterprise views)
    truncated: bool = False

    @property
    def data_date(self) -> str | None:
        dates = [e.latest for e in self.nodes.values()]
        dates += [e.props.get("date") for e in self.nodes.values() if e.label == "Article"]
        return latest_date(*dates)


def ego_data(driver: Driver, label: str, key: str, limit: int = 1500, opts=None) -> EgoData:
    from chainkg.queries import api

    opts = opts or api.DEFAULT
    db = opts.database
    label = _label(label)
    types, via, second = EGO_TYPES[label]
    rows = run(driver, f"ego_{label.lower()}", db, key=key, types=types, via=via, second=second,
               min_confidence=opts.min_confidence, limit=limit + 1)
    truncated = len(rows) > limit
    rows = rows[:limit]
    supply: list[dict] = []
    if label == "Enterprise":
        supply = api.supply(driver, enterprise=key, depth=2, opts=opts)
    keyed = []
    for r in rows:
        tk = r["tp"].get(key_of(r["tl"]))
        rel = dict(r["props"])
        if r["type"] == "STATED_IN":  # its article is the end node: name it so the sentence gets a title and date
            rel["article"] = tk
        keyed.append({"sl": r["sl"], "sk": r["sp"].get(key_of(r["sl"])), "type": r["type"], "props": rel,
                      "tl": r["tl"], "tk": tk})
    props = {(r["sl"], r["sp"].get(key_of(r["sl"]))): r["sp"] for r in rows}
    props |= {(r["tl"], r["tp"].get(key_of(r["tl"]))): r["tp"] for r in rows}
    for s in supply:
        for name in (s["supplier"], s["customer"]):
            props.setdefault(("Enterprise", name), {"name": name})
        keyed.append({"sl": "Enterprise", "sk": s["supplier"], "type": "SUPPLIES", "tl": "Enterprise",
                      "tk": s["customer"], "props": {"articles": s["articles"], "sentences": s["sentences"],
                                                     "confidence": s["confidence"]}})
    # one link per (source, type, target)
    seen, unique = set(), []
    for r in keyed:
        k = (r["sl"], r["sk"], r["type"], r["tl"], r["tk"])
        if k not in seen:
            seen.add(k)
            unique.append(r)
    nodes: dict[tuple[str, str], Entity] = {}
    by_label: dict[str, list[str]] = {}
    for (lab, k) in props:
        by_label.setdefault(lab, []).append(k)
    for lab, keys in by_label.items():
        if lab in ("Zone", "Enterprise", "Project"):
            for k, ent in entities(driver, lab, keys, db).items():
                nodes[(lab, k)] = ent
    for (lab, k), p in props.items():
        nodes.setdefault((lab, k), Entity(lab, k, p))
    center = nodes.get((label, key)) or entities(driver, label, [key], db).get(key)
    if center is None:
        raise KeyError(f"no {label} with key {key!r} in the graph")
    nodes[(label, key)] = center
    return EgoData(center=center, nodes=nodes, links=links_from_rows(driver, unique, db), supply=supply,
                   truncated=truncated)


def resolve_project(driver: Driver, name: str, database: str | None = None) -> str:
    """A project's key from its key, its exact name, or a unique part of its name."""
    from chainkg.ontology import UnknownName

    rows = _read(driver, "MATCH (p:Project) WHERE p.key = $q OR p.name = $q OR $q IN coalesce(p.aliases, []) "
                 "RETURN p.key AS key ORDER BY key", database, q=name)
    if len(rows) >= 1:
        return rows[0]["key"]
    rows = _read(driver, "MATCH (p:Project) WHERE p.name CONTAINS $q RETURN p.key AS key, p.name AS name "
                 "ORDER BY size(p.name) LIMIT 6", database, q=name)
    if len(rows) == 1:
        return rows[0]["key"]
    raise UnknownName("project", name, tuple(r["name"] for r in rows))
