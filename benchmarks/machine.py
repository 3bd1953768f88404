"""What the figures were measured on, and the peak memory of each stage.

``describe(driver)`` gives cores, memory, CPU model, Python, driver and Neo4j
versions; ``Stage`` is a context manager that samples the resident memory of
this process and of the Neo4j server while a stage runs (sampling, not
tracemalloc, so the timed stages run at full speed).
"""

from __future__ import annotations

import os
import platform
import resource
import threading
import time
from dataclasses import dataclass, field

import psutil


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def neo4j_version(driver) -> str:
    rec = driver.execute_query(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e",
        database_="system").records[0]
    return f"{rec['v']} {rec['e']}"


def neo4j_pid(driver) -> int | None:
    """The pid of the Neo4j JVM listening on the driver's port (local servers only)."""
    try:
        port = int(str(driver.get_server_info().address).rsplit(":", 1)[-1])
    except Exception:  # noqa: BLE001 - an external server: no pid
        return None
    for conn in psutil.net_connections(kind="tcp"):
        if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port and conn.pid:
            return conn.pid
    return None


def describe(driver=None) -> dict:
    import neo4j

    out = {
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": cpu_model(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "neo4j_driver": neo4j.__version__,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "neo4j_heap": os.environ.get("CHAINKG_NEO4J_HEAP", "1g"),
        "neo4j_pagecache": os.environ.get("CHAINKG_NEO4J_PAGECACHE", "512m"),
    }
    if driver is not None:
        out["neo4j"] = neo4j_version(driver)
    return out


def _rss(pid: int | None) -> int:
    if not pid:
        return 0
    try:
        return psutil.Process(pid).memory_info().rss
    except psutil.Error:
        return 0


@dataclass
class Stage:
    """Peak RSS of this process and of Neo4j while the ``with`` block runs."""

    name: str
    neo4j_pid: int | None = None
    interval: float = 0.05
    seconds: float = 0.0
    peak_rss_mib: float = 0.0
    peak_neo4j_rss_mib: float = 0.0
    maxrss_mib: float = 0.0  # the process's lifetime peak (getrusage) at the end of the stage
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            self.peak_rss_mib = max(self.peak_rss_mib, _rss(me) / 2**20)
            self.peak_neo4j_rss_mib = max(self.peak_neo4j_rss_mib, _rss(self.neo4j_pid) / 2**20)
            self._stop.wait(self.interval)

    def __enter__(self) -> "Stage":
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self._t0
        self._stop.set()
        self._thread.join()
        self.peak_rss_mib = max(self.peak_rss_mib, _rss(os.getpid()) / 2**20)
        self.peak_neo4j_rss_mib = max(self.peak_neo4j_rss_mib, _rss(self.neo4j_pid) / 2**20)
        self.maxrss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def as_dict(self) -> dict:
        return {"stage": self.name, "seconds": round(self.seconds, 3), "peak_rss_mib": round(self.peak_rss_mib, 1),
                "peak_neo4j_rss_mib": round(self.peak_neo4j_rss_mib, 1), "maxrss_mib": round(self.maxrss_mib, 1)}
