"""Interactive maps (产业链图谱, 技术路径图谱, 应用领域图谱, 区域分布图谱 and ego views) as offline HTML pages.

Modules: ``model`` (what a page holds), ``layout`` (computed positions),
``data`` (reads from Neo4j), ``build`` (pure page builders), ``page`` and
``page_template`` (HTML writing, escaping), ``assets`` (vis-network inlined
from the pyvis package, offline check), ``views`` (one call per map).
"""

from .assets import OfflineError, check_offline, offline_problems
from .model import EvidenceLine, LegendItem, MapEdge, MapNode, MapPage
from .page import page_data, render_page, write_page
from .views import (
    application_map,
    application_page,
    chain_map,
    chain_page,
    enterprise_map,
    enterprise_page,
    project_map,
    project_page,
    region_map,
    region_page,
    tech_map,
    tech_page,
    zone_map,
    zone_page,
)

__all__ = [
    "EvidenceLine", "LegendItem", "MapEdge", "MapNode", "MapPage", "OfflineError", "check_offline", "offline_problems",
    "page_data", "render_page", "write_page",
    "chain_map", "tech_map", "application_map", "region_map", "zone_map", "enterprise_map", "project_map",
    "chain_page", "tech_page", "application_page", "region_page", "zone_page", "enterprise_page", "project_page",
]
