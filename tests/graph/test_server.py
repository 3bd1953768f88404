"""The project's own Neo4j: a real server on loopback with authentication."""

from __future__ import annotations

import os
import secrets
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from chainkg.config import Settings
from chainkg.graph.server import LocalServer, ServerError

CHAINKG = [sys.executable, "-m", "chainkg.cli"]


def run_cli(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEO4J_PASSWORD")}
    env["CHAINKG_HOME"] = str(home)
    return subprocess.run(CHAINKG + args, capture_output=True, text=True, env=env, timeout=300)


def test_write_and_read_back(neo4j_db):
    neo4j_db.execute_query("CREATE (:Probe {name: $name})", name="常州国家高新区")
    records = neo4j_db.execute_query("MATCH (p:Probe) RETURN p.name AS name").records
    assert [r["name"] for r in records] == ["常州国家高新区"]


def test_wrong_password_is_refused(neo4j_settings):
    server = LocalServer(neo4j_settings)
    with GraphDatabase.driver(server.uri, auth=("neo4j", server.password() + "x")) as drv:
        with pytest.raises(AuthError):
            drv.verify_connectivity()
    with GraphDatabase.driver(server.uri, auth=("neo4j", "neo4j")) as drv:  # the factory default
        with pytest.raises(AuthError):
            drv.verify_connectivity()


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp*) listening on a port."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.rsplit(":", 1)
            if state == "0A" and int(hexport, 16) == port:  # 0A = LISTEN
                found.append(addr)
    return found


LOOPBACK = {"0100007F", "0000000000000000FFFF00000100007F", "00000000000000000000000001000000"}


def _non_loopback_addresses() -> list[str]:
    out = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
    return [a for a in out if ":" not in a and not a.startswith("127.")]


def test_listens_on_loopback_only(neo4j_settings):
    server = LocalServer(neo4j_settings)
    for port in (server.bolt_port, server.http_port):
        addrs = _listening(port)
        assert addrs, f"nothing listens on {port}"
        assert set(addrs) <= LOOPBACK, f"port {port} listens on {addrs}"
    for address in _non_loopback_addresses():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, server.bolt_port)) != 0, f"Bolt answers on {address}"


def test_password_file_is_private_and_never_logged(neo4j_settings):
    server = LocalServer(neo4j_settings)
    mode = stat.S_IMODE(server.password_file.stat().st_mode)
    assert mode == 0o600
    password = server.password()
    for log in server.logs_dir.glob("*.log"):
        assert password not in log.read_text(errors="replace"), f"password in {log}"
    assert not list(server.run_dir.glob("*.args")), "the password argfile was left behind"


def test_db_status_reports_the_running_server(neo4j_db, neo4j_settings):
    neo4j_db.execute_query("UNWIND range(1, 3) AS i CREATE (:Probe {i: i})-[:NEXT]->(:Probe)")
    result = run_cli(["db", "status"], neo4j_settings.home)
    assert result.returncode == 0, result.stderr
    assert "running" in result.stdout
    assert "5.26" in result.stdout
    assert "6 nodes, 3 relationships" in result.stdout
    assert LocalServer(neo4j_settings).uri in result.stdout
    assert LocalServer(neo4j_settings).password() not in result.stdout + result.stderr


def test_lifecycle_start_again_stop_status(tmp_path):
    """A second server home: start, start again finds it, stop, status says stopped."""
    home = tmp_path / "home"
    first = run_cli(["db", "start", "--timeout", "240"], home)
    assert first.returncode == 0, first.stdout + first.stderr
    try:
        assert "running" in first.stdout
        pid = LocalServer(Settings.from_env(home=home)).pid()
        again = run_cli(["db", "start"], home)
        assert again.returncode == 0, again.stderr
        assert "already running" in again.stdout
        assert LocalServer(Settings.from_env(home=home)).pid() == pid
    finally:
        stop = run_cli(["db", "stop"], home)
    assert stop.returncode == 0 and "stopped" in stop.stdout
    status = run_cli(["db", "status"], home)
    assert "stopped" in status.stdout
    assert not Path(f"/proc/{pid}").exists() or LocalServer(Settings.from_env(home=home)).pid() is None


def test_a_password_beginning_with_a_dash_works(tmp_path):
    """A password may start with '-' (one generated password in 64 does); the admin tool must not read it as an option."""
    base = Settings.from_env()
    password = "-starts-with-a-dash-" + secrets.token_urlsafe(8)
    settings = Settings(home=tmp_path / "dash", cache=base.cache, uri=None, user="neo4j", password=password)
    server = LocalServer(settings)
    try:
        server.start(timeout=240)
        with GraphDatabase.driver(server.uri, auth=("neo4j", password)) as drv:
            drv.verify_connectivity()
    finally:
        server.stop()


def test_start_failure_names_the_log(tmp_path, monkeypatch):
    """A server that dies while starting is reported with its log file, not a hang."""
    server = LocalServer(Settings.from_env(home=tmp_path / "broken"))
    monkeypatch.setenv("CHAINKG_NEO4J_HEAP", "1k")  # a heap the JVM refuses: it exits at once
    try:
        with pytest.raises(ServerError) as info:
            server.start(timeout=120)
    finally:
        server.stop()
    assert "console.log" in str(info.value)
    assert "exited" in str(info.value)


def test_neo4j_browser_is_served_on_loopback(neo4j_settings):
    import urllib.request

    server = LocalServer(neo4j_settings)
    with urllib.request.urlopen(f"http://127.0.0.1:{server.http_port}/browser/", timeout=10) as resp:
        assert resp.status == 200
        assert b"Neo4j Browser" in resp.read()
