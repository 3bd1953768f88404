"""``chainkg map ...``: interactive map pages (offline HTML) from the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from chainkg.cli_queries import ConfOption, UriOption, _console, _driver

map_app = typer.Typer(help="Interactive maps as offline HTML pages (产业链/技术路径/应用领域/区域分布图谱, ego views).",
                      no_args_is_help=True)

ZoneOption = typer.Option(..., "--zone", "-z", help="Zone name or alias, e.g. 常州高新区.")
ChainOption = typer.Option(..., "--chain", "-c", help="Chain id, Chinese name or alias, e.g. 氢能, nev.")
OptZoneOption = typer.Option(None, "--zone", "-z", help="Place only this zone's enterprises.")


def _out(default: str) -> typer.Option:
    return typer.Option(Path(default), "--out", "-o", help="The HTML file to write.")


def _opts(min_confidence: float):
    from chainkg.queries.api import Options

    return Options(min_confidence=min_confidence)


def _write(page_fn, out: Path, uri: Optional[str]) -> None:
    from chainkg.graph.maps import write_page

    with _driver(uri) as driver:
        page = page_fn(driver)
        path = write_page(page, out)
    _console().print(f"{page.title}: {len(page.nodes)} nodes, {len(page.edges)} edges, data as of "
                     f"{page.data_date or '—'}", highlight=False)
    _console().print(f"wrote {path.resolve()}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(map_app, name="map")


@map_app.command("chain")
def map_chain(zone: str = ZoneOption, chain: str = ChainOption, out: Path = _out("chain_map.html"),
              min_confidence: float = ConfOption, uri: Optional[str] = UriOption) -> None:
    """产业链图谱: a zone's chain, segments coloured by coverage, its enterprises and projects, targets apart."""
    from chainkg.graph.maps import chain_page

    _write(lambda d: chain_page(d, zone, chain, _opts(min_confidence)), out, uri)


@map_app.command("tech")
def map_tech(chain: str = ChainOption, zone: Optional[str] = OptZoneOption, out: Path = _out("tech_map.html"),
             min_confidence: float = ConfOption, uri: Optional[str] = UriOption) -> None:
    """技术路径图谱: the chain's technology paths with the (zone's) enterprises placed on them."""
    from chainkg.graph.maps import tech_page

    _write(lambda d: tech_page(d, chain, zone, _opts(min_confidence)), out, uri)


@map_app.command("application")
def map_application(chain: str = ChainOption, zone: Optional[str] = OptZoneOption,
                    out: Path = _out("application_map.html"), min_confidence: float = ConfOption,
                    uri: Optional[str] = UriOption) -> None:
    """应用领域图谱: the chain's application domains with the (zone's) enterprises placed on them."""
    from chainkg.graph.maps import application_page

    _write(lambda d: application_page(d, chain, zone, _opts(min_confidence)), out, uri)


@map_app.command("region")
def map_region(chain: str = ChainOption, out: Path = _out("region_map.html"), min_confidence: float = ConfOption,
               uri: Optional[str] = UriOption) -> None:
    """区域分布图谱: zones by province, sized by investment in the chain, tied to the segments they hold."""
    from chainkg.graph.maps import region_page

    _write(lambda d: region_page(d, chain, _opts(min_confidence)), out, uri)


@map_app.command("zone")
def map_zone(zone: str = typer.Argument(..., help="Zone name or alias."), out: Path = _out("zone_map.html"),
             min_confidence: float = ConfOption, uri: Optional[str] = UriOption) -> None:
    """A zone with its enterprises, projects, segments, region, alliances and focus."""
    from chainkg.graph.maps import zone_page

    _write(lambda d: zone_page(d, zone, _opts(min_confidence)), out, uri)


@map_app.command("enterprise")
def map_enterprise(enterprise: str = typer.Argument(..., help="Enterprise name or alias."),
                   out: Path = _out("enterprise_map.html"), min_confidence: float = ConfOption,
                   uri: Optional[str] = UriOption) -> None:
    """An enterprise with its supply network (suppliers left, customers right), zones and projects."""
    from chainkg.graph.maps import enterprise_page

    _write(lambda d: enterprise_page(d, enterprise, _opts(min_confidence)), out, uri)


@map_app.command("project")
def map_project(project: str = typer.Argument(..., help="Project name (or a unique part of it) or key."),
                out: Path = _out("project_map.html"), min_confidence: float = ConfOption,
                uri: Optional[str] = UriOption) -> None:
    """A project with its investors, zone, segments, stage history and source articles."""
    from chainkg.graph.maps import project_page

    _write(lambda d: project_page(d, project, _opts(min_confidence)), out, uri)
