"""The main job end to end on the built-in demo articles."""

from __future__ import annotations

from rich.console import Console

from chainkg.config import Settings
from chainkg.graph.connection import connect, status


def run_demo(settings: Settings, console: Console) -> None:
    with console.status("starting Neo4j (the first run fetches the server with Maven) ..."):
        driver = connect(settings)
    with driver:
        constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties").records
    console.print(f"schema: {len(constraints)} constraints")
    for rec in constraints:
        console.print(f"  {rec['name']}: {rec['labelsOrTypes']} {rec['properties']}", highlight=False)
    for line in status(settings).lines():
        console.print(line, highlight=False)
