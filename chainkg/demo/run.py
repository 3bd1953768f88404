"""The main job end to end on the built-in demo articles.

Start (or find) Neo4j, load the demo articles, then answer the 招商 question
for one demo zone: which links of its chain are missing or weak, whom to
recruit to fill them, and the zone's chain map as an interactive page.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from chainkg.config import Settings
from chainkg.demo import ARTICLES
from chainkg.graph.connection import connect, status

DEMO_ZONE = "常熟高新区"
DEMO_CHAIN = "hydrogen"


def run_demo(settings: Settings, console: Console, zone: str = DEMO_ZONE, chain: str = DEMO_CHAIN,
             out_dir: Path = Path("out")) -> dict:
    from chainkg.cli_queries import show
    from chainkg.graph.maps import chain_map
    from chainkg.graph.store import load_facts
    from chainkg.loaders.pipeline import extract_paths
    from chainkg.queries import api

    with console.status("starting Neo4j (the first run fetches the server with Maven) ..."):
        driver = connect(settings)
    with driver:
        with console.status(f"loading the demo articles from {ARTICLES} ..."):
            report = load_facts(driver, extract_paths([str(ARTICLES)], jobs=1))
        console.print(f"demo articles: {report.loaded} loaded, {report.unchanged} already in the graph", highlight=False)
        for line in report.errors:
            console.print(f"[red]error:[/red] {line}", highlight=False)
        gaps = api.gaps(driver, zone, chain)
        show(gaps, ["name_zh", "status", "actions", "reason"], f"{zone} {chain}: gaps 补链/强链/延链", None)
        targets = api.targets(driver, zone, chain, limit=10)
        show(targets, ["enterprise", "score", "segments", "fit", "expansion", "ties", "leader", "distance",
                       "location"], f"{zone} {chain}: recruitment targets 精准招商", None)
        page = chain_map(driver, zone, chain, out_dir / f"{zone}_{chain}_chain_map.html")
        console.print(f"chain map: {page.resolve()}", highlight=False)
    for line in status(settings).lines():
        console.print(line, highlight=False)
    return {"gaps": gaps, "targets": targets, "errors": report.errors, "map": page}
