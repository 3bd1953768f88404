"""Time for a chain-map page to become interactive in headless Chromium.

"Interactive" is the moment the page's own ready flag turns true
(``window.chainkgMap.ready``, set on vis-network's first ``afterDrawing``):
the graph is drawn and answers hover and click. Time is taken from the
start of navigation, in the page's own clock (``performance.now()``), and
also as the wall time seen by the script.

Pages: the real chain map of a zone (``graph.maps`` on the loaded graph),
and chain-shaped pages of a given node count (segment columns with
enterprises stacked under them, IN_SEGMENT and SUPPLIES edges, one evidence
sentence per node) rendered by the same page writer, for the growth by node
count. The system Chromium only (never a downloaded browser).
"""

from __future__ import annotations

import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def synthetic_page(nodes: int, columns: int = 11):
    """A chain-shaped MapPage with ``nodes`` nodes (``columns`` of them segments)."""
    from chainkg.graph.maps.model import EvidenceLine, MapEdge, MapNode, MapPage

    segs = [MapNode(id=f"seg{c}", label=f"环节{c}", kind="segment", x=c * 260.0, y=0.0, shape="box")
            for c in range(columns)]
    out_nodes, edges = list(segs), []
    for i in range(max(0, nodes - columns)):
        c = i % columns
        row = i // columns
        node_id = f"e{i}"
        out_nodes.append(MapNode(
            id=node_id, label=f"合成企业{i:05d}", kind="target" if i % 5 == 0 else "enterprise",
            x=c * 260.0 + (row % 4) * 55.0, y=80.0 + (row // 4) * 28.0,
            facts=[("segment", f"环节{c}")],
            evidence=[EvidenceLine(sentence=f"合成企业{i:05d}在环节{c}投资建设项目。", title=f"合成文章 {i}",
                                   date="2024-05-01")]))
        edges.append(MapEdge(source=node_id, target=f"seg{c}", kind="IN_SEGMENT", arrows=False))
        if i >= columns and i % 3 == 0:
            edges.append(MapEdge(source=f"e{i - columns}", target=node_id, kind="SUPPLIES", dashed=True, curve=0.2))
    for c in range(columns - 1):
        edges.append(MapEdge(source=f"seg{c}", target=f"seg{c + 1}", kind="UPSTREAM_OF", width=2.0))
    return MapPage(kind="chain", title=f"合成产业链图谱 {nodes} nodes", nodes=out_nodes, edges=edges)


class Browser:
    """One headless Chromium for a series of pages."""

    def __enter__(self) -> "Browser":
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        return self

    def __exit__(self, *exc) -> None:
        self.browser.close()
        self._pw.stop()

    def time_to_interactive(self, path: Path, timeout_s: float = 60.0) -> dict:
        page = self.browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            start = time.perf_counter()
            page.goto(Path(path).resolve().as_uri(), wait_until="commit")
            page.wait_for_function("window.chainkgMap && window.chainkgMap.ready === true",
                                   timeout=timeout_s * 1000, polling="raf")
            wall = time.perf_counter() - start
            in_page = page.evaluate("performance.now()") / 1000
            counts = page.evaluate("[window.chainkgMap.nodes.length, window.chainkgMap.edges.length]")
            # Interactive: a hover on the canvas is answered without error.
            page.mouse.move(300, 300)
            return {"seconds": round(in_page, 3), "wall_seconds": round(wall, 3), "nodes": counts[0],
                    "edges": counts[1], "bytes": Path(path).stat().st_size}
        finally:
            page.close()


def time_pages(pages: list[tuple[str, object]], folder: Path, repeat: int = 1) -> list[dict]:
    """Write each (name, MapPage) and time it ``repeat`` times (the median is kept)."""
    from chainkg.graph.maps.page import write_page

    results = []
    with Browser() as browser:
        for name, page in pages:
            path = write_page(page, Path(folder) / f"{name}.html")
            runs = [browser.time_to_interactive(path) for _ in range(repeat)]
            runs.sort(key=lambda r: r["seconds"])
            results.append({"page": name, **runs[len(runs) // 2]})
    return results
