"""Neo4j unreachable, gone in the middle of a load, or dropping a connection once.

The loader runs as a user runs it (``python -m chainkg.cli load``) against
the test server through a loopback relay (proxy.py) that fails on cue.
"""

from __future__ import annotations

import socket

from chainkg.graph.server import LocalServer

from .conftest import article_count, run_load, start_load, stated_per_article, state, wait_for
from .proxy import FlakyProxy


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens there once the socket is closed


def assert_one_line_error(proc_stdout: str, proc_stderr: str) -> str:
    text = proc_stdout + proc_stderr
    assert "Traceback" not in text, text
    errors = [line for line in text.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, text
    assert len(proc_stderr.strip().splitlines()) <= 2, proc_stderr
    return errors[0]


def password(settings) -> str:
    return LocalServer(settings).password()


def test_unreachable_server_is_one_clear_line(neo4j_settings, corpus):
    uri = f"bolt://127.0.0.1:{closed_port()}"
    proc = run_load(neo4j_settings, corpus, uri=uri, NEO4J_PASSWORD="whatever")
    assert proc.returncode not in (0, 2)
    line = assert_one_line_error(proc.stdout, proc.stderr)
    assert uri.split("//")[1] in line or "unreachable" in line.lower() or "connect" in line.lower(), line


def test_a_dropped_connection_is_retried(neo4j_settings, neo4j_db, corpus, clean_run):
    proxy = FlakyProxy(LocalServer(neo4j_settings).bolt_port)
    try:
        proxy.cut_next_write()
        proc = run_load(neo4j_settings, corpus, uri=proxy.uri, NEO4J_PASSWORD=password(neo4j_settings))
    finally:
        proxy.stop()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proxy.cuts == 1 and proxy.connections >= 2  # cut once, reconnected, went on
    assert state(neo4j_db) == clean_run.state


def test_server_gone_mid_load_fails_cleanly_and_a_rerun_repairs(neo4j_settings, neo4j_db, corpus, clean_run):
    proxy = FlakyProxy(LocalServer(neo4j_settings).bolt_port)
    proc = start_load(neo4j_settings, corpus, batch_size=2, uri=proxy.uri,
                      NEO4J_PASSWORD=password(neo4j_settings))
    try:
        assert wait_for(lambda: article_count(neo4j_db) > 0, timeout=120)
        proxy.stop()  # the server is gone for the loader: connections reset, new ones refused
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        proxy.stop()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode not in (0, 2), stdout + stderr
    assert_one_line_error(stdout, stderr)
    partial = stated_per_article(neo4j_db)
    assert 0 < len(partial) < clean_run.articles
    assert partial == {key: clean_run.stated[key] for key in partial}  # no half-written article

    rerun = run_load(neo4j_settings, corpus)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert state(neo4j_db) == clean_run.state
