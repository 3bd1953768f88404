"""The maps a 招商 team draws by hand, from the graph: read, build, write one page each.

``chain_map(driver, zone, chain, path)`` and its siblings return the path of
the written page; ``*_page`` functions return the :class:`MapPage` (for
notebooks and tests that look at it before writing).
"""

from __future__ import annotations

from pathlib import Path

from neo4j import Driver

from . import build, data
from .model import MapPage
from .page import write_page


def chain_page(driver: Driver, zone: str, chain: str, opts=None) -> MapPage:
    return build.build_chain_page(data.chain_map_data(driver, zone, chain, opts=opts))


def tech_page(driver: Driver, chain: str, zone: str | None = None, opts=None) -> MapPage:
    return build.build_view_page(data.view_map_data(driver, chain, "tech_path", zone, opts=opts))


def application_page(driver: Driver, chain: str, zone: str | None = None, opts=None) -> MapPage:
    return build.build_view_page(data.view_map_data(driver, chain, "application", zone, opts=opts))


def region_page(driver: Driver, chain: str, opts=None) -> MapPage:
    return build.build_region_page(data.region_map_data(driver, chain, opts=opts))


def zone_page(driver: Driver, zone: str, opts=None) -> MapPage:
    from chainkg.queries.names import resolve_zone

    db = opts.database if opts else None
    return build.build_ego_page(data.ego_data(driver, "Zone", resolve_zone(driver, zone, db), opts=opts))


def enterprise_page(driver: Driver, enterprise: str, opts=None) -> MapPage:
    from chainkg.queries.names import resolve_enterprise

    db = opts.database if opts else None
    return build.build_ego_page(data.ego_data(driver, "Enterprise", resolve_enterprise(driver, enterprise, db), opts=opts))


def project_page(driver: Driver, project: str, opts=None) -> MapPage:
    db = opts.database if opts else None
    return build.build_ego_page(data.ego_data(driver, "Project", data.resolve_project(driver, project, db), opts=opts))


def chain_map(driver: Driver, zone: str, chain: str, path: Path | str, opts=None) -> Path:
    """产业链图谱 of one zone: write the page and return its path (what the demo calls)."""
    return write_page(chain_page(driver, zone, chain, opts), path)


def tech_map(driver: Driver, chain: str, path: Path | str, zone: str | None = None, opts=None) -> Path:
    return write_page(tech_page(driver, chain, zone, opts), path)


def application_map(driver: Driver, chain: str, path: Path | str, zone: str | None = None, opts=None) -> Path:
    return write_page(application_page(driver, chain, zone, opts), path)


def region_map(driver: Driver, chain: str, path: Path | str, opts=None) -> Path:
    return write_page(region_page(driver, chain, opts), path)


def zone_map(driver: Driver, zone: str, path: Path | str, opts=None) -> Path:
    return write_page(zone_page(driver, zone, opts), path)


def enterprise_map(driver: Driver, enterprise: str, path: Path | str, opts=None) -> Path:
    return write_page(enterprise_page(driver, enterprise, opts), path)


def project_map(driver: Driver, project: str, path: Path | str, opts=None) -> Path:
    return write_page(project_page(driver, project, opts), path)
