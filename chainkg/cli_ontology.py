"""Commands over the ontology: list the chain taxonomy, export the graph as RDF, validate it with SHACL."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from chainkg.config import Settings

UriOption = typer.Option(None, "--uri", help="An existing Neo4j (bolt:// or neo4j://); overrides NEO4J_URI.")


def _console():
    from chainkg.cli import console

    return console


def _fail(message: str, code: int = 1) -> None:
    from chainkg.cli import fail

    fail(message, code)


def _store_graph(uri: Optional[str]):
    """The current store as RDF (ontology + taxonomy + facts)."""
    from chainkg.graph.connection import connect
    from chainkg.graph.rdf import store_to_rdf
    from chainkg.graph.server import ServerError

    settings = Settings.from_env(uri=uri)
    try:
        driver = connect(settings)
    except ServerError as exc:
        _fail(str(exc))
    try:
        return store_to_rdf(driver, database=settings.database)
    finally:
        driver.close()


def chain_tree(chain) -> Tree:
    """A rich tree of one chain: segments in order with their downstream links, then the views."""
    tree = Tree(f"[bold]{chain.id}[/bold]  {chain.name_zh} / {chain.name_en}")
    for seg in chain.segments:
        downstream = ", ".join(t.split(".", 1)[1] for t in seg.upstream_of)
        label = f"{seg.order:>2}. [cyan]{seg.id}[/cyan]  {seg.name_zh} / {seg.name_en}"
        if downstream:
            label += f"  [dim]→ {downstream}[/dim]"
        node = tree.add(label)
        words = (seg.keywords + seg.products)[:8]
        if words:
            node.add(f"[dim]{'、'.join(words)}{' …' if len(seg.keywords + seg.products) > 8 else ''}[/dim]")
    for title, views in (("technology paths 技术路线", chain.tech_paths), ("applications 应用领域", chain.applications)):
        if views:
            branch = tree.add(f"[bold]{title}[/bold]")
            for view in views:
                segs = ", ".join(s.split(".", 1)[1] for s in view.segments)
                branch.add(f"{view.id}  {view.name_zh} / {view.name_en}  [dim]({segs})[/dim]")
    return tree


def register(app: typer.Typer) -> None:
    @app.command("chains")
    def chains(chain: Optional[str] = typer.Argument(None, help="One chain (id, Chinese name or alias); default: all.")) -> None:
        """The chain taxonomies: segments upstream to downstream, tech paths and applications."""
        from chainkg.ontology import UnknownName, load_ontology

        onto = load_ontology()
        console = _console()
        if chain:
            try:
                console.print(chain_tree(onto.chain(chain)))
            except UnknownName as exc:
                _fail(str(exc))
            return
        table = Table(title="chains 产业链")
        for col in ("id", "中文", "English", "segments", "tech paths", "applications"):
            table.add_column(col)
        for c in onto.chains.values():
            table.add_row(c.id, c.name_zh, c.name_en, str(len(c.segments)), str(len(c.tech_paths)),
                          str(len(c.applications)))
        console.print(table)
        for c in onto.chains.values():
            console.print(chain_tree(c))

    @app.command("export")
    def export_cmd(
        out: Path = typer.Option(..., "--out", "-o", help="File to write."),
        fmt: str = typer.Option("turtle", "--format", "-f", help="turtle or json-ld."),
        uri: Optional[str] = UriOption,
    ) -> None:
        """Write the whole knowledge graph (ontology + taxonomy + facts) as RDF."""
        from chainkg.graph.rdf import RDFError, export, rdf_format

        try:
            rdf_format(fmt)
        except RDFError as exc:
            _fail(str(exc))
        graph = _store_graph(uri)
        path = export(graph, out, fmt)
        _console().print(f"wrote {len(graph)} triples to {path}")

    @app.command("validate")
    def validate_cmd(
        file: Optional[Path] = typer.Argument(None, help="An RDF file (.ttl, .jsonld); default: the current store."),
        uri: Optional[str] = UriOption,
    ) -> None:
        """Check a graph against the SHACL shapes; list violations by node (exit 1 if any)."""
        from chainkg.graph.rdf import RDFError, load
        from chainkg.graph.shacl import validate

        if file is not None:
            if not file.exists():
                _fail(f"{file}: no such file")
            try:
                graph = load(file)
            except RDFError as exc:
                _fail(str(exc))
        else:
            graph = _store_graph(uri)
        report = validate(graph)
        console = _console()
        errors = [v for v in report.violations if v.severity == "Violation"]
        if report.violations:
            # One block per node: node names (IRIs of Chinese names) are too long for a table column.
            console.print(
                f"{len(errors)} violations, {len(report.violations) - len(errors)} warnings "
                f"on {len(report.by_node())} nodes", highlight=False,
            )
            for node, items in report.by_node().items():
                console.print(Text(node, style="bold"), soft_wrap=True)
                for v in items:
                    value = f" (value: {v.value})" if v.value else ""
                    style = "red" if v.severity == "Violation" else "yellow"
                    console.print(Text(f"  {v.severity}: {v.path or '-'}: {v.message}{value}", style=style),
                                  soft_wrap=True)
        if report.conforms:
            console.print(f"[green]valid[/green]: {len(graph)} triples conform to the shapes")
            return
        raise typer.Exit(1)
