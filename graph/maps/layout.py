"""Computed positions: upstream to downstream columns, stacks, province groups, ego columns.

Pure functions on ids and numbers; the builders place nodes with them and
vis-network draws the positions as given (physics off).
"""

from __future__ import annotations

from typing import Iterable, Sequence

import networkx as nx

DX = 190.0  # column spacing
DY = 64.0  # spacing of stacked nodes (a dot and its label)


def segment_columns(segments: Sequence) -> dict[str, int]:
    """Column of each segment: topological depth in the upstream_of graph first, then the ontology's order.

    Depth is the longest path from a source segment, so every upstream segment
    stands left of its downstream ones even when ``order`` is not a
    topological order; segments of the same depth keep the ontology's order.
    """
    depth = depths(segments)
    ranked = sorted(segments, key=lambda s: (depth[s.id], s.order, s.id))
    return {s.id: i for i, s in enumerate(ranked)}


def depths(segments: Sequence) -> dict[str, int]:
    """Longest path from a source segment; all 0 if the taxonomy has a cycle (order alone decides)."""
    ids = {s.id for s in segments}
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    g.add_edges_from((s.id, d) for s in segments for d in s.upstream_of if d in ids)
    out: dict[str, int] = {}
    if not nx.is_directed_acyclic_graph(g):
        return {i: 0 for i in ids}
    for node in nx.topological_sort(g):
        out[node] = max((out[p] + 1 for p in g.predecessors(node)), default=0)
    return out


def stack(x: float, y0: float, count: int, dy: float = DY) -> list[tuple[float, float]]:
    """``count`` positions going down from (x, y0)."""
    return [(x, y0 + i * dy) for i in range(count)]


def spread(xc: float, y: float, count: int, dx: float = DX) -> list[tuple[float, float]]:
    """``count`` positions in a row centred on xc."""
    left = xc - (count - 1) * dx / 2
    return [(left + i * dx, y) for i in range(count)]


def curve_for_span(span: int) -> float:
    """Edges that skip columns curve, so they do not run through the nodes between."""
    span = abs(span)
    return 0.0 if span <= 1 else min(0.3, 0.08 + 0.025 * span)


def grid_groups(groups: Iterable[tuple[str, int]], max_rows: int = 14, dx: float = DX, dy: float = DY,
                header_gap: float = 70.0) -> dict[str, tuple[tuple[float, float], list[tuple[float, float]]]]:
    """Groups (e.g. provinces with their zones) side by side; members stacked under their header.

    A group with more members than ``max_rows`` takes several sub-columns.
    Returns group -> (header position, member positions).
    """
    out = {}
    col = 0.0
    for name, size in groups:
        sub = max(1, -(-size // max_rows))
        width = sub * dx * 0.8
        header = (col * dx + (width - dx * 0.8) / 2, 0.0)
        members = [(col * dx + (i // max_rows) * dx * 0.8, header_gap + (i % max_rows) * dy) for i in range(size)]
        out[name] = (header, members)
        col += max(1.0, sub * 0.8) + 0.25
    return out


def signed_distances(center: str, edges: Iterable[tuple[str, str]], depth: int = 2) -> dict[str, int]:
    """Supply columns around an enterprise: suppliers at -1, -2, customers at +1, +2.

    Breadth-first over the supply edges (supplier -> customer) ignoring direction;
    each step adds -1 when it goes to a supplier and +1 when it goes to a
    customer, so a supplier's other customer lands in column 0.
    """
    out_adj: dict[str, set[str]] = {}
    in_adj: dict[str, set[str]] = {}
    for a, b in edges:
        out_adj.setdefault(a, set()).add(b)
        in_adj.setdefault(b, set()).add(a)
    dist = {center: 0}
    steps = {center: 0}
    frontier = [center]
    while frontier:
        nxt = []
        for node in sorted(frontier):
            if steps[node] >= depth:
                continue
            for other, delta in [(o, 1) for o in sorted(out_adj.get(node, ()))] + \
                                [(o, -1) for o in sorted(in_adj.get(node, ()))]:
                if other not in dist:
                    dist[other] = dist[node] + delta
                    steps[other] = steps[node] + 1
                    nxt.append(other)
        frontier = nxt
    return dist
