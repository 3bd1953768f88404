"""Commands that load articles into Neo4j and ask the graph the 招商 questions."""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.table import Table

from chainkg.config import Settings

UriOption = typer.Option(None, "--uri", help="An existing Neo4j (bolt:// or neo4j://); overrides NEO4J_URI.")
OutOption = typer.Option(None, "--out", "-o", help="Also write the rows to a .json, .csv or .xlsx file.")
ConfOption = typer.Option(0.5, "--min-confidence", help="Ignore facts below this confidence (0 shows all).")


def _console():
    from chainkg.cli import console

    return console


def _fail(message: str, code: int = 1) -> None:
    from chainkg.cli import fail

    fail(message, code)


@contextmanager
def _driver(uri: Optional[str]) -> Iterator:
    from chainkg.graph.connection import connect
    from chainkg.graph.server import ServerError
    from chainkg.ontology import UnknownName

    from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired

    # The driver logs each failed connection on stderr; the one error line below says it.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    try:
        driver = connect(Settings.from_env(uri=uri))
    except ServerError as exc:
        _fail(str(exc))
    except AuthError:
        _fail("Neo4j refused the user name or password (NEO4J_USER / NEO4J_PASSWORD)")
    except ServiceUnavailable as exc:
        _fail(f"Neo4j is unreachable{_address(exc)}")
    try:
        yield driver
    except UnknownName as exc:
        _fail(str(exc))
    except ValueError as exc:
        _fail(str(exc))
    except (ServiceUnavailable, SessionExpired) as exc:
        # Writes are whole-batch transactions: what was committed stays, the rest
        # was rolled back, and a rerun skips the articles already loaded.
        _fail(f"lost the connection to Neo4j{_address(exc)}; run the command again to finish")
    finally:
        driver.close()


def _address(exc: Exception) -> str:
    found = re.search(r"\b(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\])[:', ]+(\d{2,5})\b", str(exc))
    return f" at {found.group(1)}:{found.group(2)}" if found else ""


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 1e6 else f"{value / 1e8:,.2f} 亿"
    if isinstance(value, list):
        return "、".join(_fmt(v) if not isinstance(v, dict) else str(v.get("sentence", v)) for v in value)
    return str(value)


def show(rows: list[dict], columns: list[str], title: str, out: Optional[Path]) -> None:
    """Print rows as a table (Chinese names aligned) and optionally write them."""
    table = Table(title=title, show_lines=False, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*[_fmt(row.get(c)) for c in columns])
    console = _console()
    console.print(table)
    if not rows:
        console.print("(no rows)")
    if out:
        from chainkg.graph.tables import write_rows

        try:
            console.print(f"wrote {write_rows(rows, out, sheet=title)}", highlight=False)
        except ValueError as exc:
            _fail(str(exc))


def register(app: typer.Typer) -> None:
    @app.command("load")
    def load(
        paths: list[Path] = typer.Argument(..., help="Article files or folders (.txt .html .jsonl)."),
        batch_size: int = typer.Option(50, "--batch-size", min=1, help="Whole articles per transaction."),
        jobs: int = typer.Option(0, "--jobs", "-j", help="Extraction processes (0 = all cores)."),
        uri: Optional[str] = UriOption,
    ) -> None:
        """Extract facts from articles and write them to Neo4j (idempotent). Exit 2 if some inputs failed."""
        from rich.progress import Progress

        from chainkg.graph.store import counts, load_facts
        from chainkg.loaders.pipeline import extract_paths

        console = _console()

        with _driver(uri) as driver:
            with Progress(console=console, transient=True) as progress:
                task = progress.add_task("loading articles", total=None)
                report = load_facts(driver, extract_paths([str(p) for p in paths], jobs or None),
                                    batch_size=batch_size, on_batch=lambda n: progress.advance(task, n),
                                    on_error=lambda e: console.print(f"[red]error:[/red] {e}", highlight=False))
            nodes, rels = counts(driver)
        console.print(
            f"{report.articles} articles: {report.loaded} loaded, {report.unchanged} unchanged, "
            f"{report.replaced} replaced, {len(report.errors)} failed; graph: {nodes} nodes, {rels} relationships",
            highlight=False,
        )
        if report.errors:
            raise typer.Exit(2)

    @app.command("coverage")
    def coverage_cmd(zone: str = typer.Option(..., "--zone", "-z"), chain: str = typer.Option(..., "--chain", "-c"),
                     min_confidence: float = ConfOption, out: Optional[Path] = OutOption,
                     uri: Optional[str] = UriOption) -> None:
        """A zone's coverage of a chain: each segment with its enterprises, projects, investment, latest fact."""
        from chainkg.queries import api

        with _driver(uri) as driver:
            rows = api.coverage(driver, zone, chain, api.Options(min_confidence=min_confidence))
        show(rows, ["name_zh", "enterprise_count", "enterprises", "project_count", "investment_cny", "latest"],
             f"coverage {zone} {chain}", out)

    @app.command("gaps")
    def gaps_cmd(zone: str = typer.Option(..., "--zone", "-z"), chain: str = typer.Option(..., "--chain", "-c"),
                 min_enterprises: int = typer.Option(2, help="Fewer enterprises than this: weak (强链)."),
                 min_investment: float = typer.Option(0.0, help="Less investment (CNY) than this: weak."),
                 min_confidence: float = ConfOption, out: Optional[Path] = OutOption,
                 uri: Optional[str] = UriOption) -> None:
        """Segments a zone lacks (补链), holds weakly (强链) or could extend into (延链), with reasons."""
        from chainkg.queries import api

        opts = api.Options(min_confidence=min_confidence, min_enterprises=min_enterprises,
                           min_investment=min_investment)
        with _driver(uri) as driver:
            rows = api.gaps(driver, zone, chain, opts)
        show(rows, ["name_zh", "status", "actions", "enterprise_count", "project_count", "reason"],
             f"gaps {zone} {chain}", out)

    @app.command("targets")
    def targets_cmd(zone: str = typer.Option(..., "--zone", "-z"), chain: str = typer.Option(..., "--chain", "-c"),
                    segment: Optional[str] = typer.Option(None, "--segment", "-s", help="Only this gap segment."),
                    limit: int = typer.Option(20, min=1), min_enterprises: int = typer.Option(2),
                    min_confidence: float = ConfOption, out: Optional[Path] = OutOption,
                    uri: Optional[str] = UriOption) -> None:
        """Enterprises elsewhere that fill the zone's gap segments, ranked, with the parts of the score."""
        from chainkg.queries import api

        opts = api.Options(min_confidence=min_confidence, min_enterprises=min_enterprises)
        with _driver(uri) as driver:
            rows = api.targets(driver, zone, chain, segment=segment, limit=limit, opts=opts)
        show(rows, ["enterprise", "score", "segments", "fit", "expansion", "ties", "leader", "distance",
                    "location", "evidence"], f"targets {zone} {chain}", out)

    @app.command("leaders")
    def leaders_cmd(chain: str = typer.Option(..., "--chain", "-c"), limit: int = typer.Option(20, min=1),
                    min_confidence: float = ConfOption, out: Optional[Path] = OutOption,
                    uri: Optional[str] = UriOption) -> None:
        """Chain leaders (链主) of a chain by investment, projects and supply ties."""
        from chainkg.queries import api

        with _driver(uri) as driver:
            rows = api.leaders(driver, chain, limit, api.Options(min_confidence=min_confidence))
        show(rows, ["enterprise", "score", "leader", "segments", "zones", "projects", "investment_cny",
                    "customers", "suppliers"], f"leaders {chain}", out)

    @app.command("supply")
    def supply_cmd(enterprise: Optional[str] = typer.Option(None, "--enterprise", "-e"),
                   zone: Optional[str] = typer.Option(None, "--zone", "-z"), depth: int = typer.Option(1, min=1, max=2),
                   out: Optional[Path] = OutOption, uri: Optional[str] = UriOption) -> None:
        """The supply network around an enterprise or a zone."""
        from chainkg.queries import api

        with _driver(uri) as driver:
            rows = api.supply(driver, enterprise=enterprise, zone=zone, depth=depth)
        show(rows, ["supplier", "customer", "supplier_zones", "customer_zones", "sentences"],
             f"supply {enterprise or zone}", out)

    @app.command("pipeline")
    def pipeline_cmd(zone: str = typer.Option(..., "--zone", "-z"), min_confidence: float = ConfOption,
                     out: Optional[Path] = OutOption, uri: Optional[str] = UriOption) -> None:
        """A zone's projects by stage (在谈, 签约, 在建, 投产 ...) with counts and totals."""
        from chainkg.queries import api

        with _driver(uri) as driver:
            rows = api.pipeline(driver, zone, api.Options(min_confidence=min_confidence))
        show(rows, ["stage", "name_zh", "projects", "investment_cny", "names"], f"pipeline {zone}", out)

    @app.command("compare")
    def compare_cmd(chain: str = typer.Option(..., "--chain", "-c"),
                    zones: Optional[list[str]] = typer.Option(None, "--zone", "-z", help="Repeat; default all."),
                    min_confidence: float = ConfOption, out: Optional[Path] = OutOption,
                    uri: Optional[str] = UriOption) -> None:
        """Zones by segments matrix for a chain (enterprises + projects per cell)."""
        from chainkg.queries import api

        with _driver(uri) as driver:
            rows = api.comparison(driver, chain, zones, api.Options(min_confidence=min_confidence))
        zone_names, segments, cells = api.comparison_matrix(rows)
        matrix = [{"zone": z, **{s: cells.get((z, s), 0) for s in segments}} for z in zone_names]
        show(matrix, ["zone", *segments], f"compare {chain}", out)

    @app.command("freshness")
    def freshness_cmd(zone: Optional[str] = typer.Option(None, "--zone", "-z"),
                      chain: Optional[str] = typer.Option(None, "--chain", "-c"),
                      stale_before: Optional[str] = typer.Option(None, help="ISO date; default a year ago."),
                      out: Optional[Path] = OutOption, uri: Optional[str] = UriOption) -> None:
        """Date of the latest fact per zone and segment; stale ones flagged."""
        from chainkg.queries import api

        with _driver(uri) as driver:
            rows = api.freshness(driver, zone, chain, stale_before)
        show(rows, ["zone", "name_zh", "latest", "articles", "stale"], "freshness", out)
