"""``chainkg extract``: articles in, one JSON line of facts per article out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract(
        paths: list[Path] = typer.Argument(..., help="Files or folders (.txt, .html, .htm, .jsonl; read recursively)."),
        fmt: str = typer.Option("eval", "--format", "-f", help="eval: the scorer's format (SCHEMA.md); json: every fact with its evidence."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
        jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    ) -> None:
        """Extract zones, enterprises, projects and relations from articles.

        Writes one JSON line per article. Errors go to standard error, one line
        each naming the file (and JSONL line) and the reason; the other articles
        are still extracted. Exit status: 0 when every input was read and
        extracted, 2 when some inputs failed (2 is also click's status for a
        wrong command line).
        """
        from chainkg.loaders.errors import ReadError
        from chainkg.loaders.eval_format import to_eval
        from chainkg.loaders.eval_format import to_json
        from chainkg.loaders.pipeline import extract_paths

        if fmt not in ("eval", "json"):
            raise typer.BadParameter("choose eval or json", param_hint="--format")
        err = Console(stderr=True)
        render = to_eval if fmt == "eval" else to_json
        handle = output.open("w", encoding="utf-8") if output else sys.stdout
        failed = 0
        try:
            with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[mb]:.2f} MB"),
                          TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as bar:
                from chainkg.loaders.read import iter_files

                files = [f for f in iter_files(paths) if not isinstance(f, ReadError)]
                task = bar.add_task("extract", total=len(files) or None, mb=0.0)
                done_mb = [0.0]

                def tick(_f, n: int) -> None:
                    if _f is not None:
                        done_mb[0] += n / 1e6
                        bar.update(task, advance=1, mb=done_mb[0])

                for item in extract_paths(paths, jobs, progress=tick):
                    if isinstance(item, ReadError):
                        failed += 1
                        err.print(f"error: {item}", markup=False, highlight=False, soft_wrap=True)
                        continue
                    handle.write(json.dumps(render(item), ensure_ascii=False) + "\n")
        finally:
            if output:
                handle.close()
        if failed:
            raise typer.Exit(2)
