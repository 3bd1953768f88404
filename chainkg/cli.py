"""The ``chainkg`` command line: thin Typer commands over functions that return data."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from chainkg.config import Settings

app = typer.Typer(
    help="Knowledge graph of Chinese development zones, enterprises, projects and industry chains.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Manage the project's own Neo4j server.", no_args_is_help=True)
app.add_typer(db_app, name="db")

# Wide tables stay readable when output goes to a file or a pipe.
console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

UriOption = typer.Option(None, "--uri", help="An existing Neo4j (bolt:// or neo4j://); overrides NEO4J_URI.")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(code)


@db_app.command("start")
def db_start(uri: Optional[str] = UriOption, timeout: float = typer.Option(180, help="Seconds to wait for Bolt.")) -> None:
    """Provision (first time) and start the local Neo4j; wait until Bolt answers."""
    from chainkg.graph.connection import status
    from chainkg.graph.server import LocalServer, ServerError

    settings = Settings.from_env(uri=uri)
    if settings.external:
        console.print(f"using the external Neo4j at {settings.uri}; nothing to start")
        return
    server = LocalServer(settings)
    try:
        if server.pid():
            console.print("already running")
        else:
            if not server.installed():
                with console.status(f"fetching Neo4j {server.version} jars with Maven ..."):
                    server.install()
            with console.status("starting Neo4j ..."):
                server.start(timeout=timeout)
        for line in status(settings).lines():
            console.print(line, highlight=False)
    except ServerError as exc:
        fail(str(exc))


@db_app.command("stop")
def db_stop() -> None:
    """Shut the local Neo4j down cleanly."""
    from chainkg.graph.server import LocalServer

    settings = Settings.from_env()
    if settings.external:
        fail(f"NEO4J_URI points at {settings.uri}; chainkg does not stop external servers")
    stopped = LocalServer(settings).stop()
    console.print("stopped" if stopped else "not running")


@db_app.command("status")
def db_status(uri: Optional[str] = UriOption) -> None:
    """Version, address, store size and counts of the Neo4j in use."""
    from chainkg.graph.connection import status

    for line in status(Settings.from_env(uri=uri)).lines():
        console.print(line, highlight=False)


@app.command("demo")
def demo(uri: Optional[str] = UriOption,
         out: Path = typer.Option(Path("out"), "--out-dir", help="Where the chain map page is written.")) -> None:
    """Run the main job on the built-in demo articles: gaps, targets and the chain map of a demo zone."""
    from chainkg.demo.run import run_demo
    from chainkg.graph.server import ServerError

    try:
        run_demo(Settings.from_env(uri=uri), console, out_dir=out)
    except ServerError as exc:
        fail(str(exc))


# Command groups that live beside their area register themselves here; each
# module defines ``register(app)``. Kept as names so ``--help`` stays cheap.
COMMAND_MODULES: list[str] = ["chainkg.cli_queries", "chainkg.cli_extract", "chainkg.cli_ontology", "chainkg.cli_maps"]


def _register_all() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
