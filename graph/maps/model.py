"""What a map page holds, before any HTML: nodes, edges, legend, title and data date.

Every text field is plain text (names and sentences from articles); the page
writer is the only place that turns it into HTML or JavaScript data, and it
escapes it there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Colours shared by every map, so a legend reads the same everywhere.
COLORS = {
    "covered": "#2e9e4f",  # segment the zone holds well
    "weak": "#f0a202",  # held weakly: 强链
    "missing": "#d64545",  # not held: 补链 / 延链
    "segment": "#8c9bab",  # a segment with no zone status (tech, region maps)
    "enterprise": "#4a7fd4",
    "leader": "#1d3f8f",  # chain leader 链主
    "project": "#9b6bd1",
    "target": "#e07b39",  # recruitment target 招商目标
    "zone": "#17806d",
    "province": "#c9d6df",
    "view": "#5bb0c9",  # a technology path or an application domain
    "article": "#b0b0b0",
    "stage": "#d9c27e",
    "chain": "#6d7f8f",
    "region": "#c9d6df",
    "alliance": "#a3c46c",
    "more": "#e6e6e6",  # an aggregate standing for nodes left out
}

STATUS_ZH = {"covered": "已覆盖 covered", "weak": "薄弱 weak (强链)", "missing": "缺失 gap (补链/延链)"}


@dataclass(frozen=True)
class EvidenceLine:
    """One source of a fact: the sentence and the article that states it."""

    sentence: str
    title: str | None = None  # the article's title (or file name)
    date: str | None = None
    source: str | None = None  # file path or URL of the article
    confidence: float | None = None
    rule: str | None = None

    def text(self) -> str:
        where = " · ".join(x for x in (self.title, self.date) if x)
        return f"“{self.sentence}”" + (f" — {where}" if where else "")


@dataclass
class MapNode:
    id: str
    label: str
    kind: str  # segment, enterprise, project, target, zone, province, view, article, stage, more ...
    x: float = 0.0
    y: float = 0.0
    color: str | None = None  # defaults to COLORS[kind]
    shape: str = "dot"  # a vis-network shape: dot, box, diamond, square, triangle, ellipse
    size: float = 14.0
    facts: list[tuple[str, str]] = field(default_factory=list)  # (field, value) shown on hover and click
    evidence: list[EvidenceLine] = field(default_factory=list)
    dashed: bool = False  # border drawn dashed (targets, aggregates)
    font_size: int | None = None  # default: the page's node font


@dataclass
class MapEdge:
    source: str
    target: str
    kind: str  # the relationship type, e.g. IN_SEGMENT, UPSTREAM_OF, SUPPLIES
    label: str = ""
    dashed: bool = False
    color: str | None = None
    width: float = 1.0
    curve: float = 0.0  # roundness of a curved edge (0 = straight)
    arrows: bool = True
    facts: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[EvidenceLine] = field(default_factory=list)


@dataclass(frozen=True)
class LegendItem:
    label: str
    color: str
    shape: str = "dot"  # dot, box, diamond, line, dashed


@dataclass
class MapPage:
    kind: str  # chain, tech, application, region, zone, enterprise, project
    title: str
    subtitle: str = ""
    data_date: str | None = None  # date of the latest article behind the page
    nodes: list[MapNode] = field(default_factory=list)
    edges: list[MapEdge] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # filters and aggregations applied, in plain words
    physics: bool = False  # positions are computed; physics only for free layouts
    bands: list[tuple[float, str]] = field(default_factory=list)  # (y, caption): a ruled line across the map

    def evidence_dates(self) -> list[str]:
        items = [*self.nodes, *self.edges]
        return [e.date for item in items for e in item.evidence if e.date]

    def node_ids(self) -> set[str]:
        return {n.id for n in self.nodes}

    def check(self) -> None:
        """Every edge joins nodes of the page; node ids are unique."""
        ids = [n.id for n in self.nodes]
        if len(ids) != len(set(ids)):
            dup = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"map {self.title!r}: duplicate node ids {dup[:5]}")
        known = set(ids)
        for e in self.edges:
            if e.source not in known or e.target not in known:
                raise ValueError(f"map {self.title!r}: edge {e.kind} {e.source} -> {e.target} has a missing end")


def latest_date(*dates: str | None) -> str | None:
    present = [d for d in dates if d]
    return max(present) if present else None
