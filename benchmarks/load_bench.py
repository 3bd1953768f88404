"""Neo4j load rate: the project's batched ``UNWIND`` writer against one query per row.

The row-by-row loader exists only for the comparison: it runs the writer's own
statements (from ``chainkg.graph.store``) with ``WITH $row AS row`` in place of
``UNWIND $rows AS row``, one auto-commit query per row, in the same order, on
a fresh database with the same constraints. Both loads of the same sample
must give the same graph (same fingerprint), which the benchmark checks, so
the ratio compares like with like.

Rows are the parameter rows the writer sends (``store_rows.rows_for``: one per
article, entity and relationship fact), counted the same way for both.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from neo4j import Driver

from chainkg.graph import store, target_bounds
from chainkg.graph.store_rows import rows_for
from chainkg.loaders.facts import ArticleFacts


def wipe(driver: Driver, database: str | None = None) -> None:
    """Delete every node and relationship (constraints and indexes stay)."""
    with driver.session(database=database) as session:
        # Small transactions: a zone or segment node drags thousands of relationships along.
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()


def count_rows(facts: list[ArticleFacts]) -> int:
    return sum(len(v) for v in rows_for(facts).values())


@dataclass
class LoadResult:
    method: str
    articles: int
    rows: int
    seconds: float  # writing only
    wall_seconds: float | None = None  # the whole call, schema check included

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        return {"method": self.method, "articles": self.articles, "rows": self.rows,
                "seconds": round(self.seconds, 3), "wall_seconds": round(self.wall_seconds or self.seconds, 3),
                "rows_per_s": round(self.rows_per_s, 1)}


def load_batched(driver: Driver, facts: list[ArticleFacts], batch_size: int = 50) -> LoadResult:
    """The project's writer. ``load_facts`` starts with the idempotent schema and
    taxonomy check (``store.prepare``), a constant cost per call that would
    swamp a small sample: it is timed on its own just before and taken out."""
    store.prepare(driver)  # creates what is missing, so the next check only checks
    start = time.perf_counter()
    store.prepare(driver)
    check = time.perf_counter() - start
    start = time.perf_counter()
    store.load_facts(driver, facts, batch_size=batch_size)
    wall = time.perf_counter() - start
    return LoadResult("batched UNWIND", len(facts), count_rows(facts), max(wall - check, 1e-6), wall)


def _one_row(statement: str) -> str:
    if "UNWIND $rows AS row" in statement:
        return statement.replace("UNWIND $rows AS row", "WITH $row AS row", 1)
    if "UNWIND $keys AS k" in statement:
        return statement.replace("UNWIND $keys AS k", "WITH $row AS k", 1)
    raise ValueError("not a batched statement")


def _row_statements(plan: store.BatchPlan):
    """(statement, rows) in the order of ``store._write_batch`` (nothing replaced)."""
    yield from plan.statements
    yield store.PROJECT_SUMMARY, sorted(set(plan.projects))
    yield from target_bounds.statements(plan.enterprises, plan.projects, plan.zones)


def load_row_by_row(driver: Driver, facts: list[ArticleFacts], batch_size: int = 50,
                    database: str | None = None) -> LoadResult:
    """One auto-commit query per row (a fresh database is assumed: nothing to replace)."""
    st = store.prepare(driver)
    start = time.perf_counter()
    with driver.session(database=database) as session:
        for i in range(0, len(facts), batch_size):
            batch = list({f.article.key: f for f in facts[i:i + batch_size]}.values())
            for statement, items in _row_statements(store.plan_batch(st, batch)):
                single = _one_row(statement)
                for row in items:
                    session.run(single, row=row).consume()
    seconds = time.perf_counter() - start
    return LoadResult("one query per row", len(facts), count_rows(facts), seconds)


def sample(facts: list[ArticleFacts], max_rows: int) -> list[ArticleFacts]:
    """The first articles, up to about ``max_rows`` writer rows."""
    out, total = [], 0
    for f in facts:
        n = count_rows([f])
        if out and total + n > max_rows:
            break
        out.append(f)
        total += n
    return out


def compare(driver: Driver, facts: list[ArticleFacts], max_rows: int, batch_size: int = 50) -> dict:
    """Row-by-row and batched loads of the same sample, each into an empty database."""
    part = sample(facts, max_rows)
    # Warm-up: both loaders' statements planned and cached, and the server's
    # code paths compiled, before any clock starts (the full run later in
    # the benchmark is warm too, so like is compared with like).
    wipe(driver)
    load_row_by_row(driver, part[:2], batch_size)
    wipe(driver)
    load_batched(driver, part, batch_size)
    wipe(driver)
    slow = load_row_by_row(driver, part, batch_size)
    slow_print = store.fingerprint(driver)
    # The batched load takes a second or two: the median of three runs.
    runs = []
    for _ in range(3):
        wipe(driver)
        runs.append(load_batched(driver, part, batch_size))
    fast = sorted(runs, key=lambda r: r.seconds)[1]
    fast_print = store.fingerprint(driver)
    return {
        "sample_articles": len(part),
        "sample_rows": fast.rows,
        "row_by_row": slow.as_dict(),
        "batched": fast.as_dict(),
        "ratio": round(fast.rows_per_s / slow.rows_per_s, 1) if slow.rows_per_s else None,
        "same_graph": slow_print == fast_print,
    }
