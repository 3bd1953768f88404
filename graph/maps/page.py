"""Turn a :class:`MapPage` into one self-contained HTML file (vis-network inlined).

The node and edge lists go to vis-network in one piece (no per-edge loop),
with fixed positions and physics off, so a page of thousands of nodes is
written in well under a second and opens without a layout simulation.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from jinja2 import Environment

from .assets import VIS_VERSION, check_offline, vis_css, vis_js
from .model import COLORS, EvidenceLine, MapEdge, MapNode, MapPage
from .page_template import FONT_STACK, TEMPLATE

TOOLTIP_EVIDENCE = 3  # sentences in a hover tooltip; the details panel shows all
LARGE = 300  # above this many nodes a free layout settles once and stops

KIND_ZH = {
    "segment": "产业链环节 segment", "enterprise": "企业 enterprise", "leader": "链主企业 chain leader",
    "project": "项目 project", "target": "招商目标 recruitment target", "zone": "园区 zone",
    "province": "省份 province", "view": "技术路径/应用领域 view", "tech_path": "技术路径 technology path",
    "application": "应用领域 application domain", "article": "文章 article", "stage": "阶段 stage",
    "chain": "产业链 chain", "region": "地区 region", "alliance": "联盟 alliance", "more": "汇总 aggregate",
}

_COLOR = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\([0-9., ]+\))$")
_env = Environment(autoescape=True)
_template = _env.from_string(TEMPLATE)


def _color(value: str) -> str:
    if not _COLOR.match(value):
        raise ValueError(f"not a colour: {value!r}")
    return value


def script_json(value) -> str:
    """JSON that is safe inside a <script> block: no '<', '>', '&' or '/' survive literally.

    Escaping '/' also keeps addresses quoted in article text from looking like
    links in the page source (see assets.check_offline).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("/", "\\/"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _evidence(lines: list[EvidenceLine]) -> list[dict]:
    return [{"sentence": e.sentence, "title": e.title, "date": e.date, "source": e.source,
             "confidence": None if e.confidence is None else round(e.confidence, 2)} for e in lines]


def tooltip(heading: str, kind: str, facts: list[tuple[str, str]], evidence: list[EvidenceLine]) -> str:
    """Plain text for vis-network's hover popup (shown with innerText, never as HTML)."""
    lines = [heading, kind]
    lines += [f"{k}: {v}" for k, v in facts]
    if evidence:
        lines.append("来源 Evidence:")
        lines += [e.text() for e in evidence[:TOOLTIP_EVIDENCE]]
        if len(evidence) > TOOLTIP_EVIDENCE:
            lines.append(f"… {len(evidence) - TOOLTIP_EVIDENCE} more (click)")
    return "\n".join(lines)


def _vis_node(n: MapNode) -> dict:
    color = _color(n.color or COLORS.get(n.kind, COLORS["enterprise"]))
    item = {
        "id": n.id, "label": n.label, "x": round(n.x, 1), "y": round(n.y, 1), "fixed": True, "physics": False,
        "shape": n.shape, "size": n.size,
        "color": {"background": color, "border": "#444444" if n.kind != "more" else "#999999",
                  "highlight": {"background": color, "border": "#000000"},
                  "hover": {"background": color, "border": "#000000"}},
        "title": tooltip(n.label, KIND_ZH.get(n.kind, n.kind), n.facts, n.evidence),
        "group": n.kind,
    }
    font: dict = {}
    item["widthConstraint"] = {"maximum": 170}  # long names wrap instead of running into the next column
    if n.shape in ("box", "ellipse"):
        dark = color in (COLORS["covered"], COLORS["missing"], COLORS["zone"], COLORS["leader"], COLORS["chain"])
        font["color"] = "#ffffff" if dark else "#111111"
    if n.font_size:
        font["size"] = n.font_size
    if font:
        item["font"] = font
    if n.dashed:
        item["shapeProperties"] = {"borderDashes": [5, 4]}
        item["borderWidth"] = 2
    return item


def _vis_edge(i: int, e: MapEdge) -> dict:
    color = _color(e.color or "#9aa5b1")
    item = {
        "id": f"e{i}", "from": e.source, "to": e.target, "width": e.width, "dashes": e.dashed,
        "arrows": {"to": {"enabled": e.arrows, "scaleFactor": 0.6}},
        "color": {"color": color, "highlight": "#d62728", "hover": "#333333"},
        "smooth": {"enabled": True, "type": "curvedCW", "roundness": e.curve} if e.curve else False,
        "title": tooltip(e.label or e.kind, e.kind, e.facts, e.evidence),
    }
    if e.label:
        item["label"] = e.label
        item["font"] = {"size": 10, "color": "#555555", "strokeWidth": 2, "align": "middle"}
    return item


def vis_options(page: MapPage) -> dict:
    n = len(page.nodes)
    physics = {"enabled": False}
    if page.physics:
        physics = {"enabled": True, "solver": "forceAtlas2Based",
                   "stabilization": {"enabled": True, "iterations": 150 if n > LARGE else 400, "fit": True}}
    return {
        "physics": physics,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > LARGE,
                        "hideEdgesOnZoom": n > 3 * LARGE, "keyboard": False, "navigationButtons": False},
        "nodes": {"font": {"face": FONT_STACK, "size": 15, "multi": False}, "borderWidth": 1},
        "edges": {"font": {"face": FONT_STACK}, "selectionWidth": 2},
    }


def page_data(page: MapPage) -> dict:
    """What the page script reads: vis node and edge lists, options and the details of each item."""
    page.check()
    nodes = [_vis_node(n) for n in page.nodes]
    edges = [_vis_edge(i, e) for i, e in enumerate(page.edges)]
    details = {
        "nodes": {n.id: {"heading": n.label, "kind": KIND_ZH.get(n.kind, n.kind), "facts": [list(f) for f in n.facts],
                         "evidence": _evidence(n.evidence)} for n in page.nodes},
        "edges": {f"e{i}": {"heading": e.label or e.kind, "kind": e.kind, "facts": [list(f) for f in e.facts],
                            "evidence": _evidence(e.evidence)} for i, e in enumerate(page.edges)},
    }
    bands = [{"y": y, "label": label} for y, label in page.bands]
    return {"kind": page.kind, "nodes": nodes, "edges": edges, "options": vis_options(page), "details": details,
            "bands": bands}


def render_page(page: MapPage, generated: str | None = None) -> str:
    for item in page.legend:
        _color(item.color)
    html = _template.render(
        title=page.title, subtitle=page.subtitle, data_date=page.data_date, legend=page.legend, notes=page.notes,
        generated=generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        node_count=len(page.nodes), edge_count=len(page.edges), data_json=script_json(page_data(page)),
        vis_css=vis_css(), vis_js=vis_js(), vis_version=VIS_VERSION, font_stack=FONT_STACK,
    )
    check_offline(html, page.title)
    return html


def write_page(page: MapPage, path: Path | str) -> Path:
    """Write the page to ``path`` (folders created); returns the path."""
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"{path}: a map is an HTML page; give a file name ending in .html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(page), encoding="utf-8")
    return path
