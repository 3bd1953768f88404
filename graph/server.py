"""The project's own Neo4j Community server: provision, start, stop, status.

The server is assembled from Maven Central (``graph/neo4j/pom.xml``) into a
jar cache outside git and started as a plain JVM process running
``org.neo4j.server.CommunityEntryPoint`` with a ``neo4j.conf`` written here.
It listens on 127.0.0.1 only, on free ports chosen at first start and
recorded, with authentication on and a generated password kept in a 0600
file (or ``NEO4J_PASSWORD``). The password is never printed or logged.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from chainkg.config import Settings

POM = Path(__file__).with_name("neo4j") / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"


class ServerError(RuntimeError):
    """The local Neo4j could not be provisioned, started or stopped."""


def neo4j_version() -> str:
    """The server version pinned in the pom (the single place it is written)."""
    match = re.search(r"<neo4j\.version>([^<]+)</neo4j\.version>", POM.read_text(encoding="utf-8"))
    if not match:  # pragma: no cover - the pom ships with the package
        raise ServerError(f"{POM}: no <neo4j.version> property")
    return match.group(1)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _write_private(path: Path, text: str) -> None:
    """Write a file readable by its owner only, whatever the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def _dir_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                pass
    return total


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    uri: str
    http_url: str | None = None
    version: str | None = None
    pid: int | None = None
    store_bytes: int = 0
    nodes: int | None = None
    relationships: int | None = None
    external: bool = False

    def lines(self) -> list[str]:
        state = "running" if self.running else "stopped"
        kind = "external Neo4j" if self.external else "local Neo4j"
        address = self.uri if not self.uri.endswith(":0") else "none yet (run 'chainkg db start')"
        out = [f"{kind}: {state}", f"address: {address}"]
        if self.version:
            out.append(f"version: {self.version}")
        if self.http_url and self.running:
            out.append(f"browser: {self.http_url}/browser/")
        if self.pid:
            out.append(f"pid: {self.pid}")
        if not self.external:
            out.append(f"store size: {self.store_bytes / 1_048_576:.1f} MiB")
        if self.nodes is not None:
            out.append(f"{self.nodes} nodes, {self.relationships} relationships")
        return out


class LocalServer:
    """One Neo4j server living under ``settings.home``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = settings.home / "neo4j"
        self.conf_dir = self.root / "conf"
        self.data_dir = self.root / "data"
        self.logs_dir = self.root / "logs"
        self.run_dir = self.root / "run"
        self.state_file = self.root / "state.json"
        self.pid_file = self.run_dir / "neo4j.pid"
        self.password_file = settings.home / "password"
        self.console_log = self.logs_dir / "console.log"
        self.version = neo4j_version()
        self.lib_dir = settings.cache / f"neo4j-{self.version}" / "lib"

    # -- provisioning -------------------------------------------------------
    def installed(self) -> bool:
        return (self.lib_dir / ".complete").exists()

    def install(self) -> Path:
        """Copy the server jars from Maven Central into the cache (once)."""
        if self.installed():
            return self.lib_dir
        mvn = shutil.which("mvn")
        if not mvn:
            raise ServerError("Maven ('mvn') is needed to fetch the Neo4j server jars; install it (apt-get install maven)")
        self.lib_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="lib-", dir=self.lib_dir.parent))
        cmd = [mvn, "-B", "-q", "-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={staging}"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0 or not any(staging.glob("neo4j-*.jar")):
            shutil.rmtree(staging, ignore_errors=True)
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ServerError(f"could not fetch Neo4j {self.version} with Maven ({POM}):\n{tail}")
        (staging / ".complete").write_text(self.version, encoding="utf-8")
        if self.lib_dir.exists():  # a half-finished earlier copy
            shutil.rmtree(self.lib_dir)
        staging.rename(self.lib_dir)
        return self.lib_dir

    # -- state ----------------------------------------------------------------
    def _state(self) -> dict:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_state(self, state: dict) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.state_file.write_text(json.dumps(state, indent=2), encoding="utf-8")

    @property
    def bolt_port(self) -> int | None:
        return self._state().get("bolt_port")

    @property
    def http_port(self) -> int | None:
        return self._state().get("http_port")

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port or 0}"

    def password(self) -> str:
        if self.settings.password:
            return self.settings.password
        try:
            return self.password_file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            raise ServerError(
                f"no password for the local Neo4j: {self.password_file} is missing; run 'chainkg db start'"
            ) from None

    def pid(self) -> int | None:
        """The pid of this home's running server, or None."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return None
        if ENTRY_POINT in cmdline and str(self.root) in cmdline:
            return pid
        return None

    # -- configuration ------------------------------------------------------
    def _choose_ports(self) -> dict:
        state = self._state()
        changed = False
        for key in ("bolt_port", "http_port"):
            port = state.get(key)
            if not port or _port_in_use(port):
                state[key] = _free_port()
                changed = True
        if changed:
            self._save_state(state)
        return state

    def _write_conf(self, state: dict) -> Path:
        heap_note = "# heap is set on the java command line (CHAINKG_NEO4J_HEAP)"
        conf = "\n".join(
            [
                "# Written by chainkg; edits are overwritten at every start.",
                heap_note,
                "server.default_listen_address=127.0.0.1",
                "server.default_advertised_address=127.0.0.1",
                f"server.bolt.listen_address=127.0.0.1:{state['bolt_port']}",
                f"server.http.listen_address=127.0.0.1:{state['http_port']}",
                "server.http.enabled=true",
                "server.https.enabled=false",
                "dbms.security.auth_enabled=true",
                f"server.directories.data={self.data_dir}",
                f"server.directories.logs={self.logs_dir}",
                f"server.directories.run={self.run_dir}",
                f"server.memory.pagecache.size={os.environ.get('CHAINKG_NEO4J_PAGECACHE', '512m')}",
                "dbms.usage_report.enabled=false",
                "db.tx_log.rotation.retention_policy=2 files",
                # Without this every database preallocates 256 MiB of log.
                "db.tx_log.preallocate=false",
                "",
            ]
        )
        self.conf_dir.mkdir(parents=True, exist_ok=True)
        path = self.conf_dir / "neo4j.conf"
        # Neo4j refuses a config others can write; keep it private.
        _write_private(path, conf)
        return path

    def _java(self) -> str:
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
        if not java:
            raise ServerError("Java 17 or newer is needed to run Neo4j; install it (apt-get install openjdk-17-jre-headless)")
        return java

    def _env(self) -> dict:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(self.root)
        env["NEO4J_CONF"] = str(self.conf_dir)
        return env

    def _set_initial_password(self, password: str) -> None:
        # The password goes through a private @argfile so that it never shows
        # in the process list. "--" ends the options: a password may begin with
        # "-" (token_urlsafe gives one in 64), which picocli would read as an option.
        argfile = self.run_dir / "set-password.args"
        lines = ["-cp", f"{self.lib_dir}/*", ADMIN_TOOL, "dbms", "set-initial-password", "--", password]
        _write_private(argfile, "\n".join(f'"{a}"' for a in lines) + "\n")
        try:
            proc = subprocess.run(
                [self._java(), f"@{argfile}"], capture_output=True, text=True, env=self._env(), cwd=self.root
            )
        finally:
            argfile.unlink(missing_ok=True)
        if proc.returncode != 0:
            # The exception lines say why; the stack frames only add noise.
            why = [ln for ln in proc.stderr.splitlines() if ln.strip() and not ln.lstrip().startswith(("at ", "..."))]
            tail = "\n".join(why[-5:]).replace(password, "***")
            raise ServerError(f"could not set the initial Neo4j password: {tail}")

    def _ensure_password(self) -> str:
        if (self.data_dir / "dbms" / "auth.ini").exists():
            return self.password()
        password = self.settings.password
        if not password:
            password = secrets.token_urlsafe(24)
            _write_private(self.password_file, password + "\n")
        self._set_initial_password(password)
        return password

    # -- lifecycle -----------------------------------------------------------
    def start(self, timeout: float = 180.0) -> ServerStatus:
        """Start the server (or find it running) and wait until Bolt answers."""
        if self.pid():
            self.wait_ready(timeout)
            return self.status()
        self.install()
        for folder in (self.data_dir, self.logs_dir, self.run_dir):
            folder.mkdir(parents=True, exist_ok=True)
        state = self._choose_ports()
        self._write_conf(state)
        self._ensure_password()
        heap = os.environ.get("CHAINKG_NEO4J_HEAP", "1g")
        cmd = [
            self._java(),
            f"-Xms{heap}",
            f"-Xmx{heap}",
            # The JVM options of Neo4j's own launcher (its default neo4j.conf),
            # which this command line replaces: final fields trusted as
            # constants by the JIT, heap pages touched once at start.
            "-XX:+UseG1GC",
            "-XX:+AlwaysPreTouch",
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:+TrustFinalNonStaticFields",
            "-XX:+DisableExplicitGC",
            "-Djdk.nio.maxCachedBufferSize=1024",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:-OmitStackTraceInFastThrow",
            "-Dio.netty.tryReflectionSetAccessible=true",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "-cp",
            f"{self.lib_dir}/*",
            ENTRY_POINT,
            f"--home-dir={self.root}",
            f"--config-dir={self.conf_dir}",
        ]
        with open(self.console_log, "ab") as log:
            proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                cwd=self.root, env=self._env(), start_new_session=True,
            )
        self.pid_file.write_text(str(proc.pid), encoding="utf-8")
        try:
            self.wait_ready(timeout, proc=proc)
        except ServerError:
            if proc.poll() is None:
                proc.kill()
            raise
        return self.status()

    def wait_ready(self, timeout: float, proc: subprocess.Popen | None = None) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

        deadline = time.monotonic() + timeout
        while True:
            if proc is not None and proc.poll() is not None:
                raise ServerError(
                    f"Neo4j exited with status {proc.returncode} while starting; see {self.console_log} "
                    f"and {self.logs_dir / 'neo4j.log'}"
                )
            if self.bolt_port and _port_in_use(self.bolt_port):
                try:
                    with GraphDatabase.driver(self.uri, auth=(self.settings.user, self.password())) as drv:
                        drv.verify_connectivity()
                    return
                except AuthError as exc:
                    raise ServerError(f"Neo4j at {self.uri} refused the password in {self.password_file}") from exc
                except (ServiceUnavailable, SessionExpired, OSError):
                    pass
            if time.monotonic() > deadline:
                raise ServerError(
                    f"Neo4j did not answer on {self.uri} within {timeout:.0f} s; see {self.console_log} "
                    f"and {self.logs_dir / 'neo4j.log'}"
                )
            time.sleep(0.5)

    def stop(self, timeout: float = 90.0) -> bool:
        """Shut the server down cleanly; True if it was running."""
        pid = self.pid()
        if not pid:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not Path(f"/proc/{pid}").exists() or self.pid() is None:
                break
            try:  # reap it if it is our child
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            time.sleep(0.3)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True

    def status(self) -> ServerStatus:
        pid = self.pid()
        http = f"http://127.0.0.1:{self.http_port}" if self.http_port else None
        size = _dir_size(self.data_dir) if self.data_dir.exists() else 0
        if not pid:
            return ServerStatus(running=False, uri=self.uri, http_url=http, store_bytes=size)
        from .connection import describe  # noqa: PLC0415 - avoids a cycle at import

        info = describe(self.uri, self.settings.user, self.password(), self.settings.database)
        return ServerStatus(running=True, uri=self.uri, http_url=http, pid=pid, store_bytes=size, **info)
