"""Pure builders: map data (from ``data.py`` or built by hand in tests) to a :class:`MapPage`.

No database and no HTML here: positions come from ``layout.py``, texts stay
plain. Large inputs are cut down, never dumped: at most ``MAX_PER_COLUMN``
nodes stand in a column (the rest become one aggregate node that lists
them), a region map of more than ``MAX_ZONES`` zones shows provinces only,
and every cut is said in the page's notes.
"""

from __future__ import annotations

import math

from chainkg.ontology import load_ontology

from .data import ChainMapData, EgoData, Entity, Link, RegionMapData, ViewMapData
from .layout import DX, DY, curve_for_span, grid_groups, segment_columns, signed_distances, spread, stack
from .model import COLORS, STATUS_ZH, EvidenceLine, LegendItem, MapEdge, MapNode, MapPage, latest_date

MAX_PER_COLUMN = 30  # nodes stacked under one segment, view or ego column before aggregating
MAX_TARGETS = 20
MAX_ZONES = 1500  # beyond this a region map shows provinces only
MORE_NAMES = 200  # names listed in an aggregate node's details

LABEL_KIND = {"Zone": "zone", "Enterprise": "enterprise", "Project": "project", "Segment": "segment",
              "Chain": "chain", "Region": "region", "Alliance": "alliance", "Article": "article", "Stage": "stage",
              "TechPath": "view", "Application": "view"}
LABEL_SHAPE = {"Zone": "box", "Enterprise": "dot", "Project": "diamond", "Segment": "box", "Chain": "box",
               "Region": "ellipse", "Alliance": "ellipse", "Article": "square", "Stage": "ellipse",
               "TechPath": "box", "Application": "box"}


# ------------------------------------------------------------------ helpers

def money(cny: float | None) -> str:
    if not cny:
        return "—"
    if cny >= 1e8:
        return f"{cny / 1e8:,.2f} 亿元"
    return f"{cny / 1e4:,.0f} 万元"


def _stage_name(stage_id: str | None) -> str:
    if not stage_id:
        return "—"
    try:
        st = load_ontology().stage(stage_id)
        return f"{st.name_zh} {stage_id}"
    except KeyError:
        return stage_id


def entity_facts(e: Entity) -> list[tuple[str, str]]:
    p = e.props
    facts: list[tuple[str, str]] = []
    if e.label == "Zone":
        facts += [("类型 kind", p.get("kind") or "—"), ("级别 level", p.get("level") or "—"),
                  ("地区 place", " ".join(x for x in (p.get("province"), p.get("city")) if x) or "—")]
    elif e.label == "Enterprise":
        if p.get("leader"):
            facts.append(("链主 chain leader", "是 yes"))
        place = " ".join(x for x in (p.get("province"), p.get("city")) if x)
        if place:
            facts.append(("总部 home", place))
    elif e.label == "Project":
        facts += [("投资 investment", money(p.get("investment_cny"))), ("阶段 stage", _stage_name(p.get("stage")))]
        if p.get("stage_date"):
            facts.append(("阶段日期 stage date", str(p["stage_date"])))
        for k, zh in (("capacity", "产能 capacity"), ("expected", "预计 expected")):
            if p.get(k):
                facts.append((zh, str(p[k])))
    elif e.label == "Article":
        facts += [("日期 date", p.get("date") or "—"), ("来源 source", p.get("source") or "—")]
        if p.get("outlet"):
            facts.append(("媒体 outlet", p["outlet"]))
    if aliases := p.get("aliases"):
        facts.append(("别名 aliases", "、".join(aliases)))
    if e.latest:
        facts.append(("最新报道 latest", e.latest))
    return facts


def _node(e: Entity, node_id: str, x: float, y: float, **kw) -> MapNode:
    kind = LABEL_KIND.get(e.label, "more")
    if e.label == "Enterprise" and e.props.get("leader"):
        kind = "leader"
    label = e.name if e.label != "Article" else _short(e.name, 18) + (f"\n{e.props['date']}" if e.props.get("date") else "")
    return MapNode(node_id, label, kind, x, y, shape=LABEL_SHAPE.get(e.label, "dot"), facts=entity_facts(e),
                   evidence=list(e.evidence), **kw)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _link_facts(link: Link) -> list[tuple[str, str]]:
    facts = []
    if link.confidence is not None:
        facts.append(("置信度 confidence", f"{link.confidence:.2f}"))
    if link.props.get("date"):
        facts.append(("日期 date", str(link.props["date"])))
    return facts


def _more(node_id: str, names: list[str], what: str, x: float, y: float) -> MapNode:
    shown = names[:MORE_NAMES]
    facts = [("数量 count", str(len(names))), ("名单 names", "、".join(shown) + (" …" if len(names) > len(shown) else ""))]
    return MapNode(node_id, f"+{len(names)} {what}", "more", x, y, shape="box", facts=facts, dashed=True)


def _finish(page: MapPage, *dates: str | None) -> MapPage:
    page.data_date = latest_date(*dates, *page.evidence_dates())
    page.check()
    return page


def _target_evidence(row: dict) -> list[EvidenceLine]:
    return [EvidenceLine(sentence=e.get("sentence") or "", title=e.get("article"), date=e.get("date"),
                         source=e.get("source")) for e in row.get("evidence") or [] if e and e.get("sentence")]


# ---------------------------------------------------------------- chain map

def build_chain_page(d: ChainMapData, max_per_column: int = MAX_PER_COLUMN) -> MapPage:
    """产业链图谱: segments upstream to downstream, coloured by the zone's coverage; its enterprises and
    projects under their segments; recruitment targets of the gap and weak segments in a band below."""
    chain = d.chain
    cols = segment_columns(chain.segments)
    gap = {g["segment"]: g for g in d.gaps}
    cov = {r["segment"]: r for r in d.coverage}
    by_name = {s.name_zh: s.id for s in chain.segments}
    nodes: list[MapNode] = []
    edges: list[MapEdge] = []
    notes: list[str] = [f"置信度阈值 min confidence {d.min_confidence:g}"]

    def seg_id(sid: str) -> str:
        return f"seg:{sid}"

    counts = {"covered": 0, "weak": 0, "missing": 0}
    for seg in chain.segments:
        g = gap.get(seg.id)
        status = g["status"] if g else "covered"
        counts[status] = counts.get(status, 0) + 1
        c = cov.get(seg.id, {})
        facts = [("状态 status", STATUS_ZH.get(status, status))]
        if g:
            facts.append(("建议 action", "、".join(g.get("actions") or [])))
        facts += [("企业 enterprises", str(c.get("enterprise_count", 0))), ("项目 projects", str(c.get("project_count", 0))),
                  ("投资 investment", money(c.get("investment_cny"))), ("最新 latest fact", c.get("latest") or "—")]
        if g and g.get("reason"):
            facts.append(("原因 reason", g["reason"]))
        facts.append(("英文 English", seg.name_en))
        nodes.append(MapNode(seg_id(seg.id), seg.name_zh, "segment", cols[seg.id] * DX, 0.0, color=COLORS[status],
                             shape="box", size=22, facts=facts, font_size=20))
    for seg in chain.segments:
        for down in seg.upstream_of:
            if down in cols:
                edges.append(MapEdge(seg_id(seg.id), seg_id(down), "UPSTREAM_OF", color="#5f6b7a", width=2.0,
                                     curve=curve_for_span(cols[down] - cols[seg.id]),
                                     facts=[("上游 upstream", seg.name_zh), ("下游 downstream",
                                                                           load_ontology().segment(down).name_zh)]))

    # the zone's enterprises and projects: each stands under its most upstream segment
    ent_segments: dict[str, list[str]] = {}
    for row in d.coverage:
        for name in row["enterprises"]:
            ent_segments.setdefault(name, []).append(row["segment"])
    proj_segments: dict[str, list[str]] = {}
    for link in d.links:
        if link.type == "IN_SEGMENT" and link.source[0] == "Project" and link.target[1] in cols:
            proj_segments.setdefault(link.source[1], []).append(link.target[1])
    home_ent = {n: min(s, key=cols.get) for n, s in ent_segments.items()}
    home_proj = {k: min(s, key=cols.get) for k, s in proj_segments.items()}
    drawn: dict[tuple[str, str], str] = {}  # (label, key) -> node id
    bottom = 0.0
    for seg in chain.segments:
        x = cols[seg.id] * DX
        ents = sorted((n for n, h in home_ent.items() if h == seg.id),
                      key=lambda n: (not (d.enterprises.get(n) and d.enterprises[n].props.get("leader")), n))
        projs = sorted((k for k, h in home_proj.items() if h == seg.id),
                       key=lambda k: (-(d.projects[k].props.get("investment_cny") or 0.0) if k in d.projects else 0.0, k))
        y = 110.0
        for group, label, prefix in ((ents, "Enterprise", "ent"), (projs, "Project", "proj")):
            shown, rest = group[:max_per_column], group[max_per_column:]
            for i, key in enumerate(shown):
                ent = (d.enterprises if label == "Enterprise" else d.projects).get(key) or Entity(label, key, {"name": key})
                node = _node(ent, f"{prefix}:{key}", x, y)
                if label == "Enterprise":
                    held = [load_ontology().segment(s).name_zh for s in sorted(ent_segments[key], key=cols.get)]
                    node.facts.insert(0, ("环节 segments", "、".join(held)))
                nodes.append(node)
                drawn[(label, key)] = node.id
                y += DY
            if rest:
                names = [(d.enterprises.get(k) or d.projects.get(k) or Entity(label, k, {"name": k})).name for k in rest]
                what = "企业 enterprises" if label == "Enterprise" else "项目 projects"
                more = _more(f"more:{prefix}:{seg.id}", names, what, x, y)
                nodes.append(more)
                edges.append(MapEdge(more.id, seg_id(seg.id), "AGGREGATE", dashed=True, color="#bbbbbb"))
                notes.append(f"{seg.name_zh}: {len(shown)} of {len(group)} {what} drawn, the rest in one aggregate node")
                y += DY
        bottom = max(bottom, y)
    for link in d.links:
        src = drawn.get(link.source)
        if link.type == "IN_SEGMENT" and src and link.target[1] in cols:
            edges.append(MapEdge(src, seg_id(link.target[1]), "IN_SEGMENT", color="#8da2c0",
                                 curve=0.0 if home_ent.get(link.source[1], home_proj.get(link.source[1])) == link.target[1] else 0.2,
                                 facts=_link_facts(link), evidence=link.evidence))
        elif link.type == "INVESTS_IN" and src and link.target in drawn:
            edges.append(MapEdge(src, drawn[link.target], "INVESTS_IN", color="#b49ad8", curve=0.25,
                                 facts=_link_facts(link), evidence=link.evidence))
    # investors drawn under a segment only through their project: tie them to it
    tied = {(e.source, e.target) for e in edges}
    investors = {e.source for e in edges if e.kind == "INVESTS_IN"}
    for name, segs in ent_segments.items():
        src = drawn.get(("Enterprise", name))
        for s in segs:
            if src and (src, seg_id(s)) not in tied and src not in investors:
                edges.append(MapEdge(src, seg_id(s), "IN_SEGMENT", color="#8da2c0", dashed=True,
                                     facts=[("经由 via", "项目 project in the segment")]))

    # recruitment targets, apart: a band under the zone's own nodes
    targets = d.targets[:MAX_TARGETS]
    bands = []
    if targets:
        band_y = bottom + 90.0
        bands.append((band_y, "招商目标 Recruitment targets · 缺失与薄弱环节 for gap and weak segments"))
        next_y: dict[str, float] = {}
        for t in targets:
            segs = [by_name[n] for n in t.get("segments") or [] if n in by_name]
            if not segs:
                continue
            home = min(segs, key=cols.get)
            y = next_y.get(home, band_y + 70.0)
            next_y[home] = y + 1.3 * DY  # two-line labels: name, then score
            ent = d.enterprises.get(t["enterprise"]) or Entity("Enterprise", t["enterprise"], {"name": t["enterprise"]})
            facts = [("得分 score", f"{t['score']:.3f}"), ("环节 segments", "、".join(t.get("segments") or [])),
                     ("匹配 fit", str(t.get("fit"))), ("扩张 expansion", str(t.get("expansion"))),
                     ("供应关系 ties", str(t.get("ties"))), ("链主 leader", "是 yes" if t.get("leader") else "否 no"),
                     ("距离 distance", str(t.get("distance"))), ("所在 location", t.get("location") or "—"),
                     ("所在园区 zones", "、".join(t.get("home_zones") or []) or "—"),
                     ("项目 projects", str(t.get("projects", 0))), ("投资 investment", money(t.get("investment_cny")))]
            if t.get("tied_with"):
                facts.append(("关联企业 tied with", "、".join(t["tied_with"])))
            evidence = _target_evidence(t) or list(ent.evidence)
            node = MapNode(f"target:{t['enterprise']}", f"{t['enterprise']}\n{t['score']:.2f}", "target",
                           cols[home] * DX, y, shape="dot", size=14, facts=facts, evidence=evidence, dashed=True)
            nodes.append(node)
            for s in segs:
                action = "、".join((gap.get(s) or {}).get("actions") or []) or "招商"
                edges.append(MapEdge(node.id, seg_id(s), "TARGET_FOR", label=action, dashed=True,
                                     color=COLORS["target"], curve=0.0 if s == home else 0.15,
                                     facts=[("得分 score", f"{t['score']:.3f}"), ("建议 action", action)]))
        if len(d.targets) > len(targets):
            notes.append(f"top {len(targets)} of {len(d.targets)} targets drawn")
    total = len(chain.segments)
    page = MapPage(
        kind="chain",
        title=f"{d.zone.name} · {chain.name_zh}产业链图谱 {chain.name_en} chain map",
        subtitle=(f"{total} 环节 segments: {counts['covered']} 已覆盖 covered, {counts['weak']} 薄弱 weak, "
                  f"{counts['missing']} 缺失 gap · {len(home_ent)} 企业 enterprises, {len(home_proj)} 项目 projects, "
                  f"{len(targets)} 招商目标 targets"),
        nodes=nodes, edges=edges, notes=notes, bands=bands,
        legend=[LegendItem("已覆盖 covered", COLORS["covered"], "box"), LegendItem("薄弱 weak (强链)", COLORS["weak"], "box"),
                LegendItem("缺失 gap (补链/延链)", COLORS["missing"], "box"),
                LegendItem("园区企业 zone enterprise", COLORS["enterprise"]),
                LegendItem("链主 chain leader", COLORS["leader"]),
                LegendItem("园区项目 zone project", COLORS["project"], "diamond"),
                LegendItem("招商目标 recruitment target (score)", COLORS["target"]),
                LegendItem("上下游 upstream → downstream", "#5f6b7a", "line"),
                LegendItem("目标补链 target fills segment", COLORS["target"], "dashed"),
                LegendItem("汇总 aggregate of further nodes", COLORS["more"], "box")],
    )
    return _finish(page, d.data_date)


# ------------------------------------------------------- tech and application maps

def place_on_views(segments: list[str], texts: list[str], views) -> list[tuple[object, str, str]]:
    """Views an enterprise belongs to: (view, 'keyword', keyword) when a view keyword occurs in the
    sentences about it, else (view, 'segment', segment id) when it works in a segment the view covers.
    Keyword placements come first."""
    joined = "\n".join(texts)
    out, seen = [], set()
    for v in views:
        kw = next((k for k in v.keywords if k and k in joined), None)
        if kw:
            out.append((v, "keyword", kw))
            seen.add(v.id)
    for v in views:
        if v.id in seen:
            continue
        common = [s for s in segments if s in v.segments]
        if common:
            out.append((v, "segment", common[0]))
    return out


def build_view_page(d: ViewMapData, max_per_column: int = MAX_PER_COLUMN) -> MapPage:
    """技术路径图谱 / 应用领域图谱: the chain's segments on top, its technology paths or application
    domains below them, and the (zone's) enterprises placed under the views they match."""
    chain = d.chain
    onto = load_ontology()
    views = list(chain.tech_paths if d.kind == "tech_path" else chain.applications)
    cols = segment_columns(chain.segments)
    nodes: list[MapNode] = []
    edges: list[MapEdge] = []
    notes = [f"置信度阈值 min confidence {d.min_confidence:g}",
             "企业按来源句中的关键词或其所在环节归入 enterprises placed by a keyword in their sentences, else by segment"]
    # both rows span the same width, each in upstream-to-downstream order, so ties cross little
    wanted = sorted(views, key=lambda v: (sum(cols.get(s, 0) for s in v.segments) / max(1, len(v.segments)), v.id))
    width = max(len(wanted), len(chain.segments)) * DX
    seg_dx = width / max(1, len(chain.segments))
    view_dx = width / max(1, len(wanted))
    for seg in chain.segments:
        nodes.append(MapNode(f"seg:{seg.id}", seg.name_zh, "segment", cols[seg.id] * seg_dx + seg_dx / 2, 0.0,
                             shape="box", facts=[("英文 English", seg.name_en)]))
    xs = {v.id: i * view_dx + view_dx / 2 for i, v in enumerate(wanted)}
    rel = "USES_TECH" if d.kind == "tech_path" else "APPLIES_TO"
    for v in wanted:
        nodes.append(MapNode(f"view:{v.id}", v.name_zh, "view", xs[v.id], 190.0, shape="box", size=20, font_size=18,
                             facts=[("英文 English", v.name_en), ("关键词 keywords", "、".join(v.keywords)),
                                    ("环节 segments", "、".join(onto.segment(s).name_zh for s in v.segments))]))
        for s in v.segments:
            if s in cols:
                edges.append(MapEdge(f"seg:{s}", f"view:{v.id}", rel, color="#c3ccd5", arrows=False))
    placed: dict[str, list[tuple[object, str, str]]] = {}
    unplaced: list[str] = []
    for name in d.enterprises:
        hits = place_on_views(d.segments.get(name, []), d.texts.get(name, []), wanted)
        if hits:
            placed[name] = hits
        else:
            unplaced.append(name)
    for v in wanted:
        members = sorted((n for n, hits in placed.items() if hits[0][0].id == v.id),
                         key=lambda n: (hits_rank(placed[n]), n))
        shown, rest = members[:max_per_column], members[max_per_column:]
        for i, name in enumerate(shown):
            ent = d.enterprises[name]
            node = _node(ent, f"ent:{name}", xs[v.id], 320.0 + i * DY)
            node.facts.insert(0, ("归入 placed", "; ".join(f"{h[0].name_zh} ({'关键词 keyword' if h[1] == 'keyword' else '环节 segment'} {h[2]})"
                                                             for h in placed[name])))
            nodes.append(node)
        if rest:
            more = _more(f"more:view:{v.id}", rest, "企业 enterprises", xs[v.id], 320.0 + len(shown) * DY)
            nodes.append(more)
            edges.append(MapEdge(more.id, f"view:{v.id}", "AGGREGATE", dashed=True, color="#bbbbbb"))
            notes.append(f"{v.name_zh}: {len(shown)} of {len(members)} enterprises drawn")
    drawn = {n.id for n in nodes}
    for name, hits in placed.items():
        if f"ent:{name}" not in drawn:
            continue
        for i, (v, how, what) in enumerate(hits):
            if i and how != "keyword":
                continue  # further views by segment alone are listed in the node's facts, not drawn
            edges.append(MapEdge(f"ent:{name}", f"view:{v.id}", rel, label=what if how == "keyword" else "",
                                 dashed=how != "keyword", color="#4a7fd4" if i == 0 else "#a9bde0",
                                 curve=0.0 if i == 0 else 0.2,
                                 facts=[("依据 by", "关键词 keyword " + what if how == "keyword" else
                                         "环节 segment " + onto.segment(what).name_zh)]))
    if unplaced:
        right = max([n.x for n in nodes] or [0.0]) + DX
        nodes.append(_more("more:unplaced", unplaced, "未归类 unplaced", right, 320.0))
    kind_zh = "技术路径图谱 technology-path map" if d.kind == "tech_path" else "应用领域图谱 application map"
    where = f"{d.zone.name} · " if d.zone else ""
    page = MapPage(
        kind="tech" if d.kind == "tech_path" else "application",
        title=f"{where}{chain.name_zh}{kind_zh}",
        subtitle=f"{len(wanted)} views · {len(placed)} 企业 enterprises placed, {len(unplaced)} unplaced",
        nodes=nodes, edges=edges, notes=notes,
        legend=[LegendItem("产业链环节 segment", COLORS["segment"], "box"),
                LegendItem("技术路径 / 应用领域 view", COLORS["view"], "box"),
                LegendItem("企业 enterprise", COLORS["enterprise"]), LegendItem("链主 chain leader", COLORS["leader"]),
                LegendItem("按关键词 placed by keyword", "#4a7fd4", "line"),
                LegendItem("按环节 placed by segment", "#4a7fd4", "dashed"),
                LegendItem("汇总 aggregate", COLORS["more"], "box")],
    )
    return _finish(page, d.data_date, d.zone.latest if d.zone else None)


def hits_rank(hits) -> int:
    return 0 if hits[0][1] == "keyword" else 1


# ---------------------------------------------------------------- region map

def build_region_page(d: RegionMapData, max_zones: int = MAX_ZONES) -> MapPage:
    """区域分布图谱: zones grouped by province and sized by their investment in the chain; the chain's
    segments above, each tied to the zones that hold it (select a node to see its ties)."""
    chain = d.chain
    cols = segment_columns(chain.segments)
    seg_by_id = {s.id: s for s in chain.segments}
    held: dict[str, list[dict]] = {}
    for r in d.holdings:
        held.setdefault(r["zone"], []).append(r)
    provinces: dict[str, list[dict]] = {}
    for z in d.zones:
        provinces.setdefault(z.get("province") or "未知省份 unknown", []).append(z)
    order = sorted(provinces, key=lambda p: (-sum(z["investment"] or 0.0 for z in provinces[p]), p))
    for p in order:
        provinces[p].sort(key=lambda z: (-(z["investment"] or 0.0), z["zone"]))
    max_inv = max([z["investment"] or 0.0 for z in d.zones] or [0.0])
    nodes: list[MapNode] = []
    edges: list[MapEdge] = []
    notes: list[str] = []
    zones_only = len(d.zones) <= max_zones
    if zones_only:
        placed = grid_groups([(p, len(provinces[p])) for p in order], dx=DX * 1.2, dy=80.0, header_gap=90.0)
    else:
        placed = {p: ((i * DX, 0.0), []) for i, p in enumerate(order)}
        notes.append(f"{len(d.zones)} zones: more than {max_zones}, so provinces only (a zone map per zone shows more)")
    width = max([pos[0][0] for pos in placed.values()] or [0.0])
    seg_x = spread(width / 2, -220.0, len(chain.segments), dx=max(DX, width / max(1, len(chain.segments))))
    ranked = sorted(chain.segments, key=lambda s: cols[s.id])
    for seg, (x, y) in zip(ranked, seg_x):
        zones_in = sorted({r["zone"] for r in d.holdings if r["segment"] == seg.id})
        nodes.append(MapNode(f"seg:{seg.id}", seg.name_zh, "segment", x, y, shape="box",
                             facts=[("园区数 zones holding it", str(len(zones_in))), ("英文 English", seg.name_en)]))
    for p in order:
        header, members = placed[p]
        zs = provinces[p]
        total = sum(z["investment"] or 0.0 for z in zs)
        seg_count: dict[str, int] = {}
        for z in zs:
            for r in held.get(z["zone"], []):
                seg_count[r["name_zh"]] = seg_count.get(r["name_zh"], 0) + 1
        facts = [("园区 zones", str(len(zs))), ("投资 investment", money(total)),
                 ("环节 segments held (zones)", "、".join(f"{k}({v})" for k, v in sorted(seg_count.items())) or "—")]
        size = 16.0 if zones_only else 10.0 + 30.0 * math.sqrt(total / max_inv) if max_inv else 16.0
        nodes.append(MapNode(f"prov:{p}", p, "province", header[0], header[1],
                             shape="box" if zones_only else "dot", size=size, facts=facts))
        if not zones_only:
            for name in sorted(seg_count):
                sid = next(s.id for s in chain.segments if s.name_zh == name)
                edges.append(MapEdge(f"prov:{p}", f"seg:{sid}", "HOLDS", arrows=False, color="rgba(120,130,140,0.18)",
                                     facts=[("园区数 zones", str(seg_count[name]))]))
            continue
        for z, (x, y) in zip(zs, members):
            rows = sorted(held.get(z["zone"], []), key=lambda r: r["order"])
            size = 7.0 + 18.0 * math.sqrt((z["investment"] or 0.0) / max_inv) if max_inv else 10.0
            zf = [("省份 province", p), ("城市 city", z.get("city") or "—"), ("类型 kind", z.get("kind") or "—"),
                  ("级别 level", z.get("level") or "—"), ("投资 investment", money(z["investment"])),
                  ("项目 projects", str(z["projects"])),
                  ("环节 segments", "、".join(f"{r['name_zh']}({r['enterprises']}企{r['projects']}项)" for r in rows) or "—"),
                  ("最新 latest", z.get("latest") or "—")]
            nodes.append(MapNode(f"zone:{z['zone']}", z["zone"], "zone", x, y, shape="dot", size=size, facts=zf))
            for r in rows:
                if r["segment"] in seg_by_id:
                    edges.append(MapEdge(f"zone:{z['zone']}", f"seg:{r['segment']}", "HOLDS", arrows=False,
                                         color="rgba(120,130,140,0.18)",
                                         facts=[("企业 enterprises", str(r["enterprises"])), ("项目 projects", str(r["projects"]))]))
    page = MapPage(
        kind="region",
        title=f"{chain.name_zh}区域分布图谱 {chain.name_en}: zones by province",
        subtitle=f"{len(d.zones)} 园区 zones in {len(provinces)} 省份 provinces · 节点大小 = 链上投资 size = investment in the chain",
        nodes=nodes, edges=edges, notes=notes + ["点击环节或园区显示其关联 select a segment or a zone to highlight its ties"],
        legend=[LegendItem("产业链环节 segment", COLORS["segment"], "box"), LegendItem("省份 province", COLORS["province"], "box"),
                LegendItem("园区 zone (size: investment)", COLORS["zone"]), LegendItem("持有环节 holds segment", "#9aa5b1", "line")],
    )
    return _finish(page, d.data_date)


# ---------------------------------------------------------------- ego views

def _ego_columns(d: EgoData) -> dict[tuple[str, str], tuple[float, int]]:
    """(column x, row band) of each node around the centre; band 0 is the main row, -1 above, 1 below."""
    c = (d.center.label, d.center.key)
    touching: dict[tuple[str, str], set[str]] = {}
    for l in d.links:
        if l.source == c:
            touching.setdefault(l.target, set()).add(l.type)
        if l.target == c:
            touching.setdefault(l.source, set()).add(l.type)
    out: dict[tuple[str, str], tuple[float, int]] = {c: (0.0, 0)}
    if d.center.label == "Enterprise":
        dist = signed_distances(d.center.key, [(s["supplier"], s["customer"]) for s in d.supply], depth=2)
        for (lab, key) in d.nodes:
            if (lab, key) == c:
                continue
            if lab == "Enterprise" and key in dist:
                out[(lab, key)] = (dist[key] * 1.4 * DX, 0 if dist[key] else 1)
            elif lab == "Zone":
                out[(lab, key)] = (0.0, -1)
            elif lab == "Project":
                out[(lab, key)] = (3.2 * DX, 0)
            elif lab in ("Segment", "Chain"):
                out[(lab, key)] = (4.4 * DX, 0)
            else:
                out[(lab, key)] = (-3.2 * DX, 0)
    elif d.center.label == "Project":
        for (lab, key) in d.nodes:
            if (lab, key) == c:
                continue
            col = {"Enterprise": (-1.5 * DX, 0), "Zone": (0.0, -1), "Segment": (1.5 * DX, 0), "Chain": (2.7 * DX, 0),
                   "Article": (4.2 * DX, 0), "Stage": (0.0, 1)}.get(lab, (-2.7 * DX, 0))
            out[(lab, key)] = col
    else:  # Zone
        for (lab, key) in d.nodes:
            if (lab, key) == c:
                continue
            types = touching.get((lab, key), set())
            if lab in ("Region", "Alliance") or types & {"FOCUSES_ON", "PARTNERS_WITH"} and "LOCATED_IN" not in types:
                out[(lab, key)] = (-1.6 * DX, 0)
            elif lab == "Enterprise":
                out[(lab, key)] = (1.6 * DX, 0)
            elif lab == "Project":
                out[(lab, key)] = (3.0 * DX, 0)
            elif lab in ("Segment", "Chain"):
                out[(lab, key)] = (4.4 * DX, 0)
            else:
                out[(lab, key)] = (-3.0 * DX, 0)
    return out


def build_ego_page(d: EgoData, max_per_column: int = MAX_PER_COLUMN) -> MapPage:
    """Ego views: a zone with its enterprises, projects and segments; an enterprise with its supply
    network (suppliers left, customers right); a project with its investors, stages and sources."""
    c = (d.center.label, d.center.key)
    where = _ego_columns(d)
    stage_order = {s.id: s.order for s in load_ontology().stages}

    def sort_key(k: tuple[str, str]):
        e = d.nodes[k]
        if k[0] == "Stage":
            return (stage_order.get(k[1], 99), k[1])
        if k[0] == "Article":
            return (e.props.get("date") or "", k[1])
        return (not e.props.get("leader"), -(e.props.get("investment_cny") or 0.0), e.name)

    groups: dict[tuple[float, int], list[tuple[str, str]]] = {}
    for k, pos in where.items():
        if k != c:
            groups.setdefault(pos, []).append(k)
    nodes: list[MapNode] = [_node(d.center, "c", 0.0, 0.0, size=26)]
    nodes[0].dashed = False
    ids = {c: "c"}
    notes: list[str] = []
    # short columns spread out to the height of the tallest one (up to 3x the usual spacing)
    tallest = max([min(len(m), max_per_column) for (x, band), m in groups.items() if band == 0] or [1])
    for (x, band), members in sorted(groups.items(), key=lambda g: (g[0][1], g[0][0])):
        members.sort(key=sort_key)
        shown, rest = members[:max_per_column], members[max_per_column:]
        if band == 0:
            dy = max(DY, min(3 * DY, DY * tallest / max(1, len(shown))))
            positions = stack(x, -(len(shown) - 1) * dy / 2 if x else 0.0, len(shown), dy)
            if x == 0.0:
                positions = stack(x, 2 * DY, len(shown))
        elif band == -1:
            positions = spread(x, -190.0, len(shown), dx=DX * 0.9)
        else:
            positions = spread(x, 260.0 if c[0] == "Project" else 190.0 + (len(groups.get((0.0, 0), [])) + 1) * DY,
                               len(shown), dx=DX * 0.9)
        for i, (k, (px, py)) in enumerate(zip(shown, positions)):
            node_id = f"n{len(ids)}"
            ids[k] = node_id
            nodes.append(_node(d.nodes[k], node_id, px, py))
        if rest:
            last = positions[-1] if positions else (x, 0.0)
            mx, my = (last[0], last[1] + DY) if band == 0 else (last[0] + DX * 0.9, last[1])
            more = _more(f"more:{x}:{band}", [d.nodes[k].name for k in rest], LABEL_KIND.get(rest[0][0], ""), mx, my)
            nodes.append(more)
            notes.append(f"{len(rest)} further {rest[0][0]} nodes in one aggregate node")
    edges: list[MapEdge] = []
    for l in d.links:
        a, b = ids.get(l.source), ids.get(l.target)
        if not a or not b:
            continue
        label = ""
        if l.type == "AT_STAGE":
            label = str(l.props.get("date") or "")
        elif l.type == "SUPPLIES":
            label = "供应 supplies"
        color = {"SUPPLIES": "#e07b39", "STATED_IN": "#c8c8c8", "AT_STAGE": "#c9ad50"}.get(l.type, "#9aa5b1")
        edges.append(MapEdge(a, b, l.type, label=label, color=color, width=2.0 if l.type == "SUPPLIES" else 1.0,
                             curve=0.2 if l.type in ("INVESTS_IN", "IN_SEGMENT") and c[0] == "Zone" else 0.0,
                             facts=_link_facts(l), evidence=l.evidence))
    if d.truncated:
        notes.append("the neighbourhood was cut at the query limit; filter by chain or confidence for the rest")
    kind = {"Zone": "zone", "Enterprise": "enterprise", "Project": "project"}[c[0]]
    title = {"zone": "园区视图 zone view", "enterprise": "企业视图 enterprise view (供应网络 supply network)",
             "project": "项目视图 project view (来源 sources)"}[kind]
    page = MapPage(
        kind=kind, title=f"{d.center.name} · {title}",
        subtitle=f"{len(nodes) - 1} 相邻节点 neighbours, {len(edges)} 关系 relationships",
        nodes=nodes, edges=edges, notes=notes,
        legend=[LegendItem(n, COLORS[k], s) for n, k, s in (
            ("园区 zone", "zone", "box"), ("企业 enterprise", "enterprise", "dot"), ("链主 chain leader", "leader", "dot"),
            ("项目 project", "project", "diamond"), ("环节 segment", "segment", "box"), ("产业链 chain", "chain", "box"),
            ("地区 region", "region", "dot"), ("联盟 alliance", "alliance", "dot"), ("文章 article", "article", "box"),
            ("阶段 stage", "stage", "dot"))] + [LegendItem("供应 supplies", "#e07b39", "line")],
    )
    return _finish(page, d.data_date)
