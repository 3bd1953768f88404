"""Shared fixtures: a real Neo4j server run by the project, a clean database per test.

The test server lives in its own home (``CHAINKG_TEST_HOME``, default
``.cache/test-neo4j`` in the repository), never in the user's, so the suite
can wipe it freely. It is started once per session, or reused when already
running, and stopped at the end if this session started it
(``CHAINKG_KEEP_TEST_DB=1`` keeps it up for the next run).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chainkg.config import Settings
from chainkg.graph.server import LocalServer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def test_home() -> Path:
    return Path(os.environ.get("CHAINKG_TEST_HOME") or REPO / ".cache" / "test-neo4j")


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    base = Settings.from_env()
    settings = Settings(home=test_home(), cache=base.cache, uri=None, user="neo4j", password=None)
    server = LocalServer(settings)
    was_running = server.pid() is not None
    server.start()
    yield settings
    if not was_running and not os.environ.get("CHAINKG_KEEP_TEST_DB"):
        server.stop()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings):
    from chainkg.graph.connection import connect

    driver = connect(neo4j_settings, start=False)
    yield driver
    driver.close()


def wipe(driver) -> None:
    """Empty the database: data, constraints and indexes (not the token lookups)."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction (session.run).
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
    for rec in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        name = rec["name"].replace("`", "``")
        driver.execute_query(f"DROP CONSTRAINT `{name}` IF EXISTS")
    for rec in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records:
        name = rec["name"].replace("`", "``")
        driver.execute_query(f"DROP INDEX `{name}` IF EXISTS")


@pytest.fixture
def neo4j_db(neo4j_driver):
    """A driver on an empty database."""
    wipe(neo4j_driver)
    yield neo4j_driver


@pytest.fixture
def cli_env(neo4j_settings, monkeypatch):
    """Environment for running the CLI against the test server."""
    monkeypatch.setenv("CHAINKG_HOME", str(neo4j_settings.home))
    for var in ("NEO4J_URI", "NEO4J_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    return neo4j_settings
