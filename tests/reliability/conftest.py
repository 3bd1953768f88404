"""Corpora and a command-line runner for the reliability tests (real server, real CLI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from chainkg.graph.store import counts, fingerprint

REPO = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = (REPO / "chainkg" / "demo" / "articles", REPO / "tests" / "data" / "articles")
SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


def cli_env(settings, **extra: str) -> dict:
    """The CLI's environment: the test server's home, no external Neo4j."""
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USER")}
    env["CHAINKG_HOME"] = str(settings.home)
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def load_cmd(*paths: Path | str, batch_size: int = 5, uri: str | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "chainkg.cli", "load", *map(str, paths), "--jobs", "1",
           "--batch-size", str(batch_size)]
    return cmd + (["--uri", uri] if uri else [])


def run_load(settings, *paths, batch_size: int = 5, uri: str | None = None, timeout: float = 240,
             **env) -> subprocess.CompletedProcess:
    return subprocess.run(load_cmd(*paths, batch_size=batch_size, uri=uri), env=cli_env(settings, **env),
                          capture_output=True, text=True, timeout=timeout, cwd=REPO)


def start_load(settings, *paths, batch_size: int = 5, uri: str | None = None, **env) -> subprocess.Popen:
    return subprocess.Popen(load_cmd(*paths, batch_size=batch_size, uri=uri), env=cli_env(settings, **env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def article_count(driver) -> int:
    return driver.execute_query("MATCH (a:Article) RETURN count(a) AS c").records[0]["c"]


def wait_for(predicate, timeout: float, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def state(driver) -> tuple:
    return counts(driver), fingerprint(driver)


PER_ARTICLE = "MATCH (a:Article) RETURN a.key AS key, COUNT { (a)<-[:STATED_IN]-() } AS stated"


def stated_per_article(driver) -> dict[str, int]:
    """Article key -> number of facts stated in it (written in the article's own transaction)."""
    return {r["key"]: r["stated"] for r in driver.execute_query(PER_ARTICLE).records}


@dataclass(frozen=True)
class CleanRun:
    state: tuple  # (counts, fingerprint)
    stated: dict  # article key -> facts stated in it

    @property
    def articles(self) -> int:
        return len(self.stated)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """The demo and test articles (our own writing) plus edited copies of the UTF-8 ones.

    A copy has one more sentence, so its content hash (the article key) differs:
    about fifty articles, enough for a load of several batches.
    """
    folder = tmp_path_factory.mktemp("corpus")
    for source in ARTICLE_DIRS:
        for path in sorted(source.iterdir()):
            if path.suffix not in SUFFIXES:
                continue
            shutil.copy(path, folder / path.name)
            if path.suffix == ".txt" and ".gbk." not in path.name and ".big5." not in path.name:
                text = path.read_text(encoding="utf-8")
                (folder / f"copy_{path.name}").write_text(text + "\n（本文另有修订版本。）\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def clean_run(neo4j_settings, neo4j_driver, corpus) -> CleanRun:
    """The graph of one clean, uninterrupted CLI load of the corpus."""
    from tests.conftest import wipe

    wipe(neo4j_driver)
    proc = run_load(neo4j_settings, corpus)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = CleanRun(state(neo4j_driver), stated_per_article(neo4j_driver))
    assert result.articles > 40 and result.state[0][0] > 100  # a real graph, not an empty one
    return result
