"""The eight analytic queries as Python functions: names in, rows (dicts) out.

Each function resolves the names a user typed (aliases, Chinese names, chain
ids) and runs ``queries/<name>.cypher`` with parameters. The CLI, the
notebooks and the tests call these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from neo4j import Driver

from .names import resolve_chain, resolve_enterprise, resolve_segment, resolve_zone
from .runner import run

MIN_CONFIDENCE = 0.5
MIN_ENTERPRISES = 2  # fewer enterprises than this in a segment: weak (强链)
# Parts of a target's score; they add up to 1 so the score reads as a share.
WEIGHTS = {"fit": 0.35, "expansion": 0.2, "ties": 0.2, "leader": 0.15, "distance": 0.1}
RECENT_YEARS = 3  # projects stated since then count as recent expansion


@dataclass(frozen=True)
class Options:
    min_confidence: float = MIN_CONFIDENCE
    min_enterprises: int = MIN_ENTERPRISES
    min_investment: float = 0.0  # CNY; segments below it are weak
    database: str | None = None
    weights: dict = field(default_factory=lambda: dict(WEIGHTS))


DEFAULT = Options()


def _years_ago(years: int) -> str:
    return (date.today() - timedelta(days=round(365.25 * years))).isoformat()


def coverage(driver: Driver, zone: str, chain: str, opts: Options = DEFAULT) -> list[dict]:
    return run(driver, "coverage", opts.database, zone=resolve_zone(driver, zone, opts.database),
               chain=resolve_chain(chain), min_confidence=opts.min_confidence)


def gaps(driver: Driver, zone: str, chain: str, opts: Options = DEFAULT) -> list[dict]:
    return run(driver, "gaps", opts.database, zone=resolve_zone(driver, zone, opts.database),
               chain=resolve_chain(chain), min_confidence=opts.min_confidence,
               min_enterprises=opts.min_enterprises, min_investment=float(opts.min_investment))


def targets(driver: Driver, zone: str, chain: str, segment: str | None = None, limit: int = 20,
            since: str | None = None, opts: Options = DEFAULT) -> list[dict]:
    chain_id = resolve_chain(chain)
    if since is None:
        since = _years_ago(RECENT_YEARS)
    return run(driver, "targets", opts.database, zone=resolve_zone(driver, zone, opts.database), chain=chain_id,
               segment=resolve_segment(chain_id, segment) if segment else None,
               min_confidence=opts.min_confidence, min_enterprises=opts.min_enterprises,
               min_investment=float(opts.min_investment), since=since, weights=opts.weights, limit=limit)


def leaders(driver: Driver, chain: str, limit: int = 20, opts: Options = DEFAULT) -> list[dict]:
    return run(driver, "leaders", opts.database, chain=resolve_chain(chain),
               min_confidence=opts.min_confidence, limit=limit)


def supply(driver: Driver, enterprise: str | None = None, zone: str | None = None, depth: int = 1,
           opts: Options = DEFAULT) -> list[dict]:
    if not enterprise and not zone:
        raise ValueError("supply needs an enterprise or a zone")
    if depth not in (1, 2):
        raise ValueError("depth is 1 or 2")
    return run(driver, "supply", opts.database,
               enterprise=resolve_enterprise(driver, enterprise, opts.database) if enterprise else None,
               zone=resolve_zone(driver, zone, opts.database) if zone else None, depth=depth)


def pipeline(driver: Driver, zone: str, opts: Options = DEFAULT) -> list[dict]:
    return run(driver, "pipeline", opts.database, zone=resolve_zone(driver, zone, opts.database),
               min_confidence=opts.min_confidence)


def comparison(driver: Driver, chain: str, zones: list[str] | None = None, opts: Options = DEFAULT) -> list[dict]:
    names = [resolve_zone(driver, z, opts.database) for z in zones] if zones else None
    return run(driver, "comparison", opts.database, chain=resolve_chain(chain), zones=names,
               min_confidence=opts.min_confidence)


def comparison_matrix(rows: list[dict]) -> tuple[list[str], list[str], dict[tuple[str, str], int]]:
    """Pivot comparison rows: (zones, segment names in chain order, cell counts)."""
    zones = sorted({r["zone"] for r in rows})
    segments = [name for _, name in sorted({(r["order"], r["name_zh"]) for r in rows})]
    cells = {(r["zone"], r["name_zh"]): r["enterprises"] + r["projects"] for r in rows}
    return zones, segments, cells


def freshness(driver: Driver, zone: str | None = None, chain: str | None = None,
              stale_before: str | None = None, opts: Options = DEFAULT) -> list[dict]:
    if stale_before is None:
        stale_before = _years_ago(1)
    return run(driver, "freshness", opts.database,
               zone=resolve_zone(driver, zone, opts.database) if zone else None,
               chain=resolve_chain(chain) if chain else None, stale_before=stale_before)
