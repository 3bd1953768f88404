"""Latency of the gap, target and coverage queries, and their plans.

Each query runs as the API runs it (``queries/<name>.cypher`` through
``queries.runner.run``, names already resolved), for several zones in turn,
after warm-up runs that let Neo4j cache the plans. The latency is the wall
time the client waits, result transfer included. ``PROFILE`` of each query
says which operators start it: the anchors (the zone and the chain) must be
found by an index seek (``NodeUniqueIndexSeek`` / ``NodeIndexSeek``), and no
label scan over enterprises or projects may appear.
"""

from __future__ import annotations

import statistics
import time

from neo4j import Driver

from chainkg.queries import api
from chainkg.queries.runner import cypher, run

QUERIES = ("gaps", "targets", "coverage")
SEEK = ("NodeUniqueIndexSeek", "NodeIndexSeek")
SCAN = ("AllNodesScan", "NodeByLabelScan")


def params(name: str, zone: str, chain: str, segment: str | None = None) -> dict:
    """The parameters ``queries.api`` sends with its defaults (``segment``: targets for one segment)."""
    opts = api.DEFAULT
    base = {"zone": zone, "chain": chain, "min_confidence": opts.min_confidence}
    if name == "gaps":
        return {**base, "min_enterprises": opts.min_enterprises, "min_investment": float(opts.min_investment)}
    if name == "targets":
        return {**base, "segment": segment, "min_enterprises": opts.min_enterprises,
                "min_investment": float(opts.min_investment), "since": api._years_ago(api.RECENT_YEARS),  # noqa: SLF001
                "weights": opts.weights, "limit": 20}
    return base


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def gap_segments(driver: Driver, zones: list[str], chain: str) -> dict[str, str]:
    """zone -> its first missing segment (for targets asked for one segment)."""
    out = {}
    for zone in zones:
        missing = [r["segment"] for r in run(driver, "gaps", **params("gaps", zone, chain)) if r["status"] == "missing"]
        if missing:
            out[zone] = missing[0]
    return out


def latency(driver: Driver, name: str, zones: list[str], chain: str, repeat: int = 30, warmup: int = 2,
            segments: dict[str, str] | None = None) -> dict:
    """Median and p95 over ``repeat`` runs cycling through ``zones``; with ``segments``
    (zone -> segment id) targets are asked for that one segment."""
    if segments is not None:
        zones = [z for z in zones if z in segments]

    def one(zone: str) -> list[dict]:
        return run(driver, name, **params(name, zone, chain, segments.get(zone) if segments else None))

    for zone in zones[:warmup] or zones:
        one(zone)
    times, rows = [], 0
    for i in range(repeat):
        zone = zones[i % len(zones)]
        start = time.perf_counter()
        result = one(zone)
        times.append((time.perf_counter() - start) * 1000)
        rows += len(result)
    label = f"{name} (one gap segment)" if segments is not None else name
    return {"query": label, "runs": repeat, "zones": len(zones), "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(percentile(times, 95), 2), "max_ms": round(max(times), 2),
            "rows_per_run": round(rows / repeat, 1)}


def _walk(plan: dict):
    yield plan
    for child in plan.get("children", []):
        yield from _walk(child)


def plan_check(driver: Driver, name: str, zone: str, chain: str) -> dict:
    """PROFILE the query: index seeks on the anchors, no label scans, total db hits."""
    with driver.session() as session:
        profile = session.run("PROFILE " + cypher(name), params(name, zone, chain)).consume().profile
    ops = list(_walk(profile))
    seeks = [f"{o['operatorType'].split('@')[0]} {o.get('args', {}).get('Details', '')}".strip()
             for o in ops if o["operatorType"].split("@")[0] in SEEK]
    scans = [f"{o['operatorType'].split('@')[0]} {o.get('args', {}).get('Details', '')}".strip()
             for o in ops if o["operatorType"].split("@")[0] in SCAN]
    hits = sum(int(o.get("dbHits", 0) or 0) for o in ops)
    zone_seek = any(":Zone" in s for s in seeks)
    chain_seek = any(":Chain" in s for s in seeks)
    return {"query": name, "index_seeks": seeks, "label_scans": scans, "db_hits": hits,
            "anchors_by_index": zone_seek and chain_seek, "no_entity_scans": not any(
                ":Enterprise" in s or ":Project" in s for s in scans)}


def pick_zones(driver: Driver, count: int) -> list[str]:
    """``count`` zones spread over the graph's zones (sorted by name)."""
    names = [r["n"] for r in driver.execute_query("MATCH (z:Zone) RETURN z.name AS n ORDER BY n").records]
    if not names:
        return []
    step = max(1, len(names) // count)
    return names[::step][:count]
