"""Load analytic Cypher from ``queries/*.cypher`` by name and run it with parameters."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from neo4j import Driver, RoutingControl

QUERY_DIR = Path(__file__).parent


def available() -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob("*.cypher"))


@lru_cache(maxsize=None)
def cypher(name: str) -> str:
    """The text of ``queries/<name>.cypher``."""
    path = QUERY_DIR / f"{name}.cypher"
    if not name.replace("_", "").isalnum() or not path.is_file():
        raise KeyError(f"no query named {name!r}; available: {', '.join(available())}")
    return path.read_text(encoding="utf-8")


def run(driver: Driver, name: str, database: str | None = None, **params) -> list[dict]:
    """Run a named query (read-only routing); values go only as parameters."""
    records = driver.execute_query(cypher(name), params, routing_=RoutingControl.READ, database_=database).records
    return [record.data() for record in records]
