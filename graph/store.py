"""Neo4j writer: facts in batches of ``UNWIND $rows ... MERGE`` on canonical keys.

Loads are idempotent and incremental:
- an article is keyed by the hash of its content; one already in the graph is
  skipped, so loading the same articles twice changes nothing;
- an article whose source (file or URL) is in the graph under another key
  has changed: its old facts are removed before the new ones are written;
- each batch of whole articles is one managed transaction (retried on
  transient errors), so a crash leaves no half-written article behind.

Provenance: entities get a ``STATED_IN`` relationship per article and
sentence; relationship facts keep parallel lists ``articles``,
``sentences``, ``starts``, ``rules``, ``confidences`` (a fact stated by two
articles keeps both). Labels, relationship types and key properties come from the
ontology's whitelist; values are always parameters.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ConstraintError

from chainkg.loaders.errors import ReadError
from chainkg.loaders.facts import ArticleFacts
from chainkg.ontology import load_ontology

from .schema import SchemaError, apply_schema, label, load_taxonomy, rel_type
from .store_rows import ENTITY_KINDS, REL_KINDS, dedupe, rows_for
from . import target_bounds
from .params import Rows
from .pinned import PINNED


# Properties each entity kind sets (beyond key, aliases and evidence).
_ENTITY_PROPS = {
    "zones": ("kind", "level", "city", "province", "admin_code"),
    "enterprises": (),
    "projects": ("name", "capacity", "expected", "output_value", "output_currency", "output_qualifier"),
    "alliances": (),
}
# A relationship fact's evidence: parallel lists, one entry per article
# (list property, row field); ``articles`` last (see Statements._rel).
_EVIDENCE_LISTS = (("sentences", "sentence"), ("rules", "rule"), ("starts", "start"),
                   ("confidences", "confidence"), ("articles", "article"))
# Per-article values of a project, kept on its STATED_IN so the project's own
# value can be recomputed (latest article first) when an article changes.
_PROJECT_STATED = ("investment_value", "investment_currency", "investment_qualifier", "investment_cny", "investment_text")


@dataclass
class LoadReport:
    articles: int = 0  # articles offered
    loaded: int = 0  # written (new or changed)
    unchanged: int = 0  # already in the graph with the same content
    replaced: int = 0  # changed articles whose old facts were removed
    rows: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # inputs that could not be read, one line each

    def add_rows(self, rows: dict[str, list[dict]]) -> None:
        for kind, items in rows.items():
            self.rows[kind] = self.rows.get(kind, 0) + len(items)


class Statements:
    """Write statements generated from the ontology (labels, types and keys)."""

    def __init__(self, onto=None):
        self.onto = onto or load_ontology()
        self.keys = dict(self.onto.keys)
        # Every label and type that goes into a statement string is whitelisted.
        for name, _ in ENTITY_KINDS.values():
            label(self.onto, name)
        for src, rtype, dst in REL_KINDS.values():
            label(self.onto, src), label(self.onto, dst), rel_type(self.onto, rtype)
        for name in ("Article", "Stage", "Region"):
            label(self.onto, name)
        for name in ("STATED_IN", "AT_STAGE", "LOCATED_IN"):
            rel_type(self.onto, name)
        self.entity = {kind: self._entity(kind) for kind in ENTITY_KINDS}
        self.rel = {kind: self._rel(kind) for kind in REL_KINDS}

    def _entity(self, kind: str) -> str:
        node_label, field_name = ENTITY_KINDS[kind]
        key = self.keys[node_label]
        sets = "".join(f", n.{p} = coalesce(row.{p}, n.{p})" for p in _ENTITY_PROPS[kind])
        stated = "".join(f", s.{p} = row.{p}" for p in _PROJECT_STATED) if kind == "projects" else ""
        return PINNED + (
            "UNWIND $rows AS row\n"
            f"MERGE (n:{node_label} {{{key}: row.{field_name}}})\n"
            "SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN row.aliases |"
            " CASE WHEN x IN acc OR x = n." + key + " THEN acc ELSE acc + x END)" + sets + "\n"
            "WITH n, row MATCH (a:Article {key: row.article})\n"
            "CREATE (n)-[s:STATED_IN {start: row.start}]->(a)\n"
            "SET s.end = row.end, s.sentence = row.sentence, s.rule = row.rule, s.confidence = row.confidence"
            + stated
        )

    def _rel(self, kind: str) -> str:
        src, rtype, dst = REL_KINDS[kind]
        skey, dkey = self.keys[src], self.keys[dst]
        stronger = "CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END"
        # A new relationship (the common case) gets its lists in one step; an
        # article already in the lists only raises the confidence. One SET per
        # property rather than ``r += {...}``: a map of unknown keys makes the
        # planner add an Eager barrier. ``articles`` comes last, so every test
        # of membership sees the lists as they were.
        appends = ",\n  ".join(
            f"r.{plural} = CASE WHEN row.article IN r.articles THEN r.{plural} ELSE r.{plural} + row.{field} END"
            for plural, field in _EVIDENCE_LISTS
        )
        return PINNED + (
            "UNWIND $rows AS row\n"
            f"MATCH (a:{src} {{{skey}: row.src}})\n"
            f"MATCH (b:{dst} {{{dkey}: row.dst}})\n"
            f"MERGE (a)-[r:{rtype}]->(b)\n"
            "ON CREATE SET r.confidence = row.confidence, "
            + ", ".join(f"r.{plural} = [row.{field}]" for plural, field in _EVIDENCE_LISTS) + "\n"
            f"ON MATCH SET r.confidence = {stronger},\n  {appends}"
        )


# Articles are written only when new (``_flush`` skips those present and
# removes those replaced first), so an article's own evidence, STATED_IN and
# AT_STAGE, is created without the existence check of MERGE. CREATE also makes
# a race fail loudly: if another loader writes the same article between our
# read and our write, the key constraint rejects our transaction and the
# batch is read again (``_flush``), instead of evidence being stored twice.
ARTICLES = PINNED + """
UNWIND $rows AS row
CREATE (a:Article {key: row.key})
SET a.source = row.source, a.doc = row.doc, a.title = row.title, a.outlet = row.outlet,
    a.date = row.date, a.encoding = row.encoding, a.length = row.length
"""

STAGES = PINNED + """
UNWIND $rows AS row
MATCH (p:Project {key: row.src})
MATCH (st:Stage {id: row.dst})
CREATE (p)-[r:AT_STAGE {article: row.article}]->(st)
SET r.date = row.date, r.sentence = row.sentence, r.rule = row.rule, r.confidence = row.confidence
"""

# A zone already linked to the region it should be in (the usual case: the
# zone was written by an earlier batch) is skipped; its region nodes and
# links exist. Only the zone's few outgoing links are read, not the thousands
# of enterprises located in it.
ZONE_REGIONS = PINNED + """
UNWIND $rows AS row
MATCH (z:Zone {name: row.name})
WITH z WHERE z.province IS NOT NULL AND NOT EXISTS {
  MATCH (z)-[:LOCATED_IN]->(home:Region)
  WHERE home.name = CASE WHEN z.city IS NOT NULL AND z.city <> z.province THEN z.city ELSE z.province END
}
MERGE (prov:Region {name: z.province}) SET prov.level = 'province'
WITH z, prov
CALL (z, prov) {
  WITH z, prov WHERE z.city IS NOT NULL AND z.city <> z.province
  MERGE (city:Region {name: z.city}) SET city.level = 'city'
  MERGE (city)-[:LOCATED_IN]->(prov)
  MERGE (z)-[:LOCATED_IN]->(city)
}
CALL (z, prov) {
  WITH z, prov WHERE z.city IS NULL OR z.city = z.province
  MERGE (z)-[:LOCATED_IN]->(prov)
}
"""

# Reference data enriches what articles say: home region and 链主 flag.
ENTERPRISE_REFERENCE = PINNED + """
UNWIND $rows AS row
MATCH (e:Enterprise {name: row.name})
SET e.province = coalesce(e.province, row.province), e.city = coalesce(e.city, row.city),
    e.leader = coalesce(row.leader, false) OR coalesce(e.leader, false)
"""

ZONE_REFERENCE = PINNED + """
UNWIND $rows AS row
MATCH (z:Zone {name: row.name})
SET z.kind = coalesce(z.kind, row.kind), z.level = coalesce(z.level, row.level),
    z.city = coalesce(z.city, row.city), z.province = coalesce(z.province, row.province),
    z.admin_code = coalesce(z.admin_code, row.admin_code)
"""

# A project's own values: the latest article that states them wins.
PROJECT_SUMMARY = PINNED + """
UNWIND $keys AS k
MATCH (p:Project {key: k})
CALL (p) {
  OPTIONAL MATCH (p)-[s:STATED_IN]->(a:Article) WHERE s.investment_value IS NOT NULL
  WITH s, a ORDER BY coalesce(a.date, '') DESC, s.confidence DESC LIMIT 1
  RETURN s.investment_value AS value, s.investment_currency AS currency,
         s.investment_qualifier AS qualifier, s.investment_cny AS cny
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:AT_STAGE]->(st:Stage)
  WITH r, st ORDER BY coalesce(r.date, '') DESC, st.order DESC LIMIT 1
  RETURN st.id AS stage, r.date AS stage_date
}
SET p.investment_value = value, p.investment_currency = currency, p.investment_qualifier = qualifier,
    p.investment_cny = cny, p.stage = stage, p.stage_date = stage_date
"""

EXISTING_ARTICLES = """
UNWIND $rows AS row
OPTIONAL MATCH (same:Article {key: row.key})
OPTIONAL MATCH (old:Article {source: row.source}) WHERE old.key <> row.key
RETURN row.key AS key, same IS NOT NULL AS present, collect(old.key) AS replaced
"""

# Removing an article: its share of every relationship fact, its STATED_IN
# and AT_STAGE, then entities no other article states.
_ARTICLE_RELS = """
MATCH (a:Article {key: $key})<-[:STATED_IN]-(n)
MATCH (n)-[r]-() WHERE $key IN coalesce(r.articles, [])
WITH collect(DISTINCT r) AS rels
UNWIND rels AS r
WITH r, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> $key] AS keep
SET r.articles = [i IN keep | r.articles[i]], r.sentences = [i IN keep | r.sentences[i]],
    r.rules = [i IN keep | r.rules[i]], r.confidences = [i IN keep | r.confidences[i]],
    r.starts = [i IN keep | r.starts[i]]
WITH r, keep
CALL (r, keep) {
  WITH r, keep WHERE size(keep) = 0
  DELETE r
}
CALL (r, keep) {
  WITH r, keep WHERE size(keep) > 0
  SET r.confidence = reduce(m = 0.0, c IN r.confidences | CASE WHEN c > m THEN c ELSE m END)
}
"""
_ARTICLE_PROJECTS = """
MATCH (a:Article {key: $key})<-[:STATED_IN]-(p:Project) RETURN collect(DISTINCT p.key) AS keys
"""
_ARTICLE_NODES = """
MATCH (a:Article {key: $key})
CALL (a) {
  MATCH (a)<-[:STATED_IN]-(:Project)-[st:AT_STAGE {article: a.key}]->()
  WITH DISTINCT st
  DELETE st
}
OPTIONAL MATCH (n)-[s:STATED_IN]->(a)
WITH a, collect(DISTINCT n) AS nodes, collect(s) AS stated
FOREACH (s IN stated | DELETE s)
DETACH DELETE a
WITH nodes
UNWIND nodes AS n
WITH DISTINCT n WHERE NOT (n)-[:STATED_IN]->(:Article)
DETACH DELETE n
"""


def _remove_article(tx: ManagedTransaction, key: str) -> list[str]:
    projects = tx.run(_ARTICLE_PROJECTS, key=key).single()["keys"]
    tx.run(_ARTICLE_RELS, key=key).consume()
    tx.run(_ARTICLE_NODES, key=key).consume()
    return projects


@dataclass
class BatchPlan:
    """What a batch of new articles writes, prepared before its transaction (pure)."""
    rows: dict[str, list[dict]]
    statements: list[tuple[str, list[dict]]]  # (statement, $rows) in the order they run
    projects: list[str]
    enterprises: list[str]
    zones: list[str]


def plan_batch(st: Statements, articles: list[ArticleFacts]) -> BatchPlan:
    rows = rows_for(articles)
    refs = _references(st.onto, rows)
    statements = [(ARTICLES, rows.get("articles", []))]
    for kind, (_label, key_field) in ENTITY_KINDS.items():
        if rows.get(kind):
            statements.append((st.entity[kind], dedupe(rows[kind], key_field, "article", "start")))
    for kind in REL_KINDS:
        if rows.get(kind):
            statements.append((st.rel[kind], dedupe(rows[kind], "src", "dst", "article")))
    if rows.get("project_stage"):
        statements.append((STAGES, dedupe(rows["project_stage"], "src", "dst", "article")))
    if refs["zones"]:
        statements.append((ZONE_REFERENCE, refs["zones"]))
    if rows.get("zones"):
        statements.append((ZONE_REGIONS, dedupe(rows["zones"], "name")))
    if refs["enterprises"]:
        statements.append((ENTERPRISE_REFERENCE, refs["enterprises"]))
    return BatchPlan(rows, statements, [r["key"] for r in rows.get("projects", [])],
                     [r["name"] for r in rows.get("enterprises", [])], [r["name"] for r in rows.get("zones", [])])


def _write_batch(tx: ManagedTransaction, plan: BatchPlan, replaced: list[str]) -> None:
    touched_projects: set[str] = set()
    # enterprises whose targets-query bounds may change (graph/target_bounds.py)
    touched_enterprises = target_bounds.stated_enterprises(tx, replaced)
    for old in replaced:
        touched_projects.update(_remove_article(tx, old))
    for statement, rows in plan.statements:
        tx.run(statement, rows=Rows(rows)).consume()
    touched_projects.update(plan.projects)
    # Projects of a replaced article that nobody states any more are gone.
    tx.run(PROJECT_SUMMARY, keys=Rows(sorted(touched_projects))).consume()
    target_bounds.refresh(tx, touched_enterprises + plan.enterprises, touched_projects, plan.zones)


def _references(onto, rows: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Reference data for the entities of a batch (home region, 链主 flag)."""
    zones = {z.name: z for z in onto.zones}
    enterprises = {e.name: e for e in onto.enterprises}
    zone_rows = [
        {"name": z.name, "kind": z.kind, "level": z.level, "city": z.city, "province": z.province,
         "admin_code": z.admin_code}
        for name in {r["name"] for r in rows.get("zones", [])} if (z := zones.get(name))
    ]
    ent_rows = [
        {"name": e.name, "province": e.province, "city": e.city, "leader": bool(e.leader)}
        for name in {r["name"] for r in rows.get("enterprises", [])} if (e := enterprises.get(name))
    ]
    return {"zones": zone_rows, "enterprises": ent_rows}


def prepare(driver: Driver, onto=None, database: str | None = None) -> Statements:
    """Schema (constraints and indexes) and the chain taxonomy, before any fact."""
    onto = onto or load_ontology()
    apply_schema(driver, onto, database)
    load_taxonomy(driver, onto, database)
    target_bounds.backfill(driver, database)
    return Statements(onto)


def load_facts(driver: Driver, facts: Iterable[ArticleFacts | ReadError], batch_size: int = 50,
               onto=None, database: str | None = None, report: LoadReport | None = None,
               on_batch=None, on_error=None) -> LoadReport:
    """Write articles' facts; ``batch_size`` whole articles per transaction.

    ``facts`` may hold read errors (as ``extract_paths`` yields them): they are
    recorded in the report (and passed to ``on_error``) and the rest goes on.

    The next batch is taken from ``facts`` (which may be extracting as it goes)
    and its rows planned in a worker thread while the server writes this one,
    so the client's work and the server's overlap. Batches are still written
    one after the other, each in its own transaction, in order.
    """
    onto = onto or load_ontology()
    st = prepare(driver, onto, database)
    report = report or LoadReport()
    batches = _batches(facts, batch_size, report, on_error)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chainkg-load")
    try:
        ahead = pool.submit(_next_planned, st, batches)
        while (item := ahead.result()) is not None:
            ahead = pool.submit(_next_planned, st, batches)
            batch, unique, plan = item
            _flush(driver, st, batch, unique, plan, report, database)
            if on_batch:
                on_batch(len(batch))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return report


def _next_planned(st: Statements, batches: Iterator[list[ArticleFacts]]
                  ) -> tuple[list[ArticleFacts], list[ArticleFacts], BatchPlan] | None:
    """The next batch, its articles one per content hash, and their plan
    (made on the guess that none is stored yet, the usual case)."""
    batch = next(batches, None)
    if batch is None:
        return None
    unique = list({f.article.key: f for f in batch}.values())
    return batch, unique, plan_batch(st, unique)


def _batches(facts: Iterable[ArticleFacts | ReadError], size: int, report: LoadReport,
             on_error) -> Iterator[list[ArticleFacts]]:
    batch: list[ArticleFacts] = []
    for item in facts:
        if isinstance(item, ReadError):
            report.errors.append(str(item))
            if on_error:
                on_error(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


_RACE_ATTEMPTS = 3  # reads and writes of a batch when another loader keeps racing it


def _flush(driver: Driver, st: Statements, batch: list[ArticleFacts], unique: list[ArticleFacts],
           plan: BatchPlan, report: LoadReport, database: str | None) -> None:
    report.articles += len(batch)
    for attempt in range(1, _RACE_ATTEMPTS + 1):
        try:
            todo, replaced, plan = _write_new(driver, st, unique, plan, database)
            break
        except ConstraintError:
            # Another loader wrote one of these articles between our read and
            # our write (the Article key constraint refused ours, nothing was
            # written): read again, and that article is now skipped.
            if attempt == _RACE_ATTEMPTS:
                raise
    report.unchanged += len(batch) - len(todo)
    if not todo:
        return
    report.loaded += len(todo)
    report.replaced += len(replaced)
    report.add_rows(plan.rows)


def _write_new(driver: Driver, st: Statements, unique: list[ArticleFacts], plan: BatchPlan,
               database: str | None) -> tuple[list[ArticleFacts], list[str], BatchPlan]:
    """Write the articles not yet stored; (written, replaced keys, plan).
    ``plan`` is the plan of all of ``unique``; it is made again for fewer."""
    with driver.session(database=database) as session:
        state = session.execute_read(
            lambda tx: {r["key"]: r for r in tx.run(EXISTING_ARTICLES, rows=Rows([
                {"key": f.article.key, "source": f.article.source} for f in unique]))}
        )
        todo = [f for f in unique if not state[f.article.key]["present"]]
        if not todo:
            return [], [], plan
        replaced = sorted({old for f in todo for old in state[f.article.key]["replaced"]})
        if len(todo) < len(unique):
            plan = plan_batch(st, todo)
        session.execute_write(_write_batch, plan, replaced)
    return todo, replaced, plan


def remove_article(driver: Driver, key: str, database: str | None = None) -> None:
    """Remove one article and every fact only it states."""
    with driver.session(database=database) as session:
        def work(tx):
            enterprises = target_bounds.stated_enterprises(tx, [key])
            projects = _remove_article(tx, key)
            tx.run(PROJECT_SUMMARY, keys=projects).consume()
            target_bounds.refresh(tx, enterprises, projects)
        session.execute_write(work)


def counts(driver: Driver, database: str | None = None) -> tuple[int, int]:
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=database).records[0]["c"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=database).records[0]["c"]
    return nodes, rels


def fingerprint(driver: Driver, database: str | None = None) -> str:
    """A checksum of every node and relationship with all their properties.

    Independent of internal ids and of the order of writes, so two loads that
    should give the same graph can be compared.
    """
    import hashlib
    import json

    nodes = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS type, properties(r) AS props,"
        " labels(b) AS bl, properties(b) AS bp", database_=database).records

    def canon(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    items = sorted(canon([sorted(r["labels"]), r["props"]]) for r in nodes)
    items += sorted(canon([r["al"], r["ap"], r["type"], r["props"], r["bl"], r["bp"]]) for r in rels)
    digest = hashlib.sha256()
    for item in items:
        digest.update(item.encode())
    return digest.hexdigest()


def iter_article_facts(driver: Driver, database: str | None = None) -> Iterator[ArticleFacts]:
    """Read the stored facts back, article by article (for RDF export)."""
    from .store_read import read_article_facts  # noqa: PLC0415 - keeps the writer import light

    yield from read_article_facts(driver, database=database)


__all__ = ["SchemaError", "load_facts", "prepare", "remove_article", "counts", "fingerprint", "iter_article_facts", "LoadReport"]
