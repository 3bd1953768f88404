"""Map pages without a database or a browser: layout, builders, escaping, offline output, size limits."""

from __future__ import annotations

import json
import re
import time

import pytest
from hypothesis import given, settings, strategies as st

from chainkg.graph.maps import EvidenceLine, LegendItem, MapEdge, MapNode, MapPage, render_page, write_page
from chainkg.graph.maps.assets import OfflineError, check_offline, offline_problems
from chainkg.graph.maps.build import (
    MAX_PER_COLUMN,
    build_chain_page,
    build_ego_page,
    build_region_page,
    build_view_page,
    place_on_views,
)
from chainkg.graph.maps.data import ChainMapData, EgoData, Entity, Link, RegionMapData, ViewMapData
from chainkg.graph.maps.layout import segment_columns, signed_distances
from chainkg.graph.maps.page import page_data, script_json
from chainkg.ontology import load_ontology

XSS = "<script>alert(1)</script>"
LINK = '<a href="javascript:alert(2)">看这里</a>'


def data_of(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="chainkg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def small_page(name: str = "氢擎动力") -> MapPage:
    ev = EvidenceLine("苏虞高新区的氢擎动力燃料电池系统项目投产。", title="示例文章", date="2024-03-01", source="demo/a1.txt")
    return MapPage(kind="chain", title=f"{name} 图谱", subtitle=f"关于 {name}", data_date="2024-03-01",
                   nodes=[MapNode("a", name, "enterprise", facts=[("园区 zone", name)], evidence=[ev]),
                          MapNode("b", "电堆", "segment", x=190, shape="box")],
                   edges=[MapEdge("a", "b", "IN_SEGMENT", label=name, evidence=[ev])],
                   legend=[LegendItem(name, "#4a7fd4")], notes=[name])


# ---------------------------------------------------------------- page writing

def test_page_is_self_contained_and_offline(tmp_path):
    path = write_page(small_page(), tmp_path / "p.html")
    html = path.read_text(encoding="utf-8")
    assert offline_problems(html) == []
    assert "vis.Network" in html and ".vis-network" in html  # library JS and CSS are inline
    assert not re.search(r"<script[^>]*\bsrc=", html) and "<link" not in html
    assert "数据截至 Data as of" in html and "2024-03-01" in html and "图例 Legend" in html


def test_offline_check_catches_what_pyvis_leaves_behind(tmp_path):
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(1, label="x")
    html = net.generate_html()
    problems = offline_problems(html)
    assert any("cdn.jsdelivr.net" in p or "cdnjs" in p for p in problems)
    with pytest.raises(OfflineError):
        check_offline(html)


def test_text_from_articles_is_escaped_everywhere():
    html = render_page(small_page(XSS + LINK))
    assert XSS not in html and "<a href" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # title, legend, notes: as text
    # the data block keeps the name exactly, but no '<' survives in the page source
    data = data_of(html)
    assert data["nodes"][0]["label"] == XSS + LINK
    assert data["details"]["nodes"]["a"]["heading"] == XSS + LINK
    assert XSS in data["nodes"][0]["title"]  # the tooltip is plain text (vis-network shows it with innerText)
    assert html.count("</script>") == 3  # the library, the data block, the page script: nothing else closes one


def test_quoted_addresses_in_sentences_do_not_trip_the_offline_check():
    page = small_page()
    page.nodes[0].evidence.append(EvidenceLine("详见 https://cdn.example.com/news/1.html 的报道。"))
    html = render_page(page)
    assert offline_problems(html) == []
    assert "https://cdn.example.com/news/1.html" in json.dumps(data_of(html), ensure_ascii=False)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=20))
@settings(max_examples=200, deadline=None)
def test_script_json_round_trips_and_never_closes_a_script(value):
    text = script_json(value)
    assert json.loads(text) == value
    assert "<" not in text and ">" not in text and "/" not in text.replace("\\/", "")


def test_bad_colour_and_suffix_are_refused(tmp_path):
    page = small_page()
    page.nodes[0].color = "red;background:url(x)"
    with pytest.raises(ValueError, match="colour"):
        render_page(page)
    with pytest.raises(ValueError, match=r"\.html"):
        write_page(small_page(), tmp_path / "p.txt")


def test_edges_must_join_nodes_of_the_page():
    page = small_page()
    page.edges.append(MapEdge("a", "nowhere", "SUPPLIES"))
    with pytest.raises(ValueError, match="missing end"):
        page_data(page)


# ---------------------------------------------------------------- layout

@pytest.mark.parametrize("chain_id", sorted(load_ontology().chains))
def test_upstream_segments_stand_left_of_downstream_ones(chain_id):
    chain = load_ontology().chain(chain_id)
    cols = segment_columns(chain.segments)
    assert sorted(cols.values()) == list(range(len(chain.segments)))
    for seg in chain.segments:
        for down in seg.upstream_of:
            assert cols[seg.id] < cols[down], (seg.id, down)


def test_supply_columns():
    edges = [("材料厂", "膜厂"), ("膜厂", "电堆厂"), ("电堆厂", "整车厂"), ("膜厂", "另一电堆厂"), ("整车厂", "经销商")]
    dist = signed_distances("电堆厂", edges, depth=2)
    assert dist == {"电堆厂": 0, "膜厂": -1, "材料厂": -2, "整车厂": 1, "经销商": 2, "另一电堆厂": 0}


def test_keyword_placement_comes_before_segment_placement():
    chain = load_ontology().chain("hydrogen")
    apps = chain.applications
    hits = place_on_views(["hydrogen.vehicle"], ["公司交付一批氢能重卡。"], apps)
    assert hits[0][0].id.endswith("heavy_truck") and hits[0][1] == "keyword"
    # the other vehicle applications follow, placed by segment only
    assert {h[1] for h in hits[1:]} == {"segment"} and len(hits) == 3
    assert place_on_views([], ["与本链无关的句子。"], apps) == []


# ---------------------------------------------------------------- builders

def _ent(name: str, leader: bool = False, date: str = "2024-01-01") -> Entity:
    return Entity("Enterprise", name, {"name": name, "leader": leader},
                  [EvidenceLine(f"{name}在园区投产。", title="示例", date=date)], date)


def chain_data(n_stack: int = 2, targets: int = 2) -> ChainMapData:
    chain = load_ontology().chain("hydrogen")
    cov = []
    stack_names = [f"电堆企业{i:03d}" for i in range(n_stack)]
    for seg in chain.segments:
        ents = stack_names if seg.id == "hydrogen.stack" else (["系统企业"] if seg.id == "hydrogen.system" else [])
        projs = ["系统项目"] if seg.id == "hydrogen.system" else []
        cov.append({"segment": seg.id, "name_zh": seg.name_zh, "enterprises": ents, "enterprise_count": len(ents),
                    "projects": projs, "project_count": len(projs), "investment_cny": 1.2e9 if projs else 0.0,
                    "latest": "2024-03-01" if ents else None})
    gaps = [{"segment": r["segment"], "status": "missing" if not r["enterprises"] else "weak",
             "actions": ["补链"] if not r["enterprises"] else ["强链"], "reason": "示例"}
            for r in cov if len(r["enterprises"]) < 2]
    tgt = [{"enterprise": f"目标企业{i}", "score": 0.5 - i / 100, "segments": ["膜电极", "双极板"], "fit": 1.0,
            "expansion": 0.2, "ties": 0.0, "leader": False, "distance": 0.5, "location": "河北", "home_zones": ["冀中高新区"],
            "projects": 1, "investment_cny": 5e8, "tied_with": [],
            "evidence": [{"sentence": f"目标企业{i}建成膜电极产线。", "article": "示例文章", "source": "demo/a2.txt",
                          "date": "2024-06-01"}]} for i in range(targets)]
    ents = {n: _ent(n) for n in stack_names + ["系统企业"]}
    proj = {"p1": Entity("Project", "p1", {"name": "系统项目", "investment_cny": 1.2e9, "stage": "in_production"},
                         [EvidenceLine("系统项目投产。", date="2024-03-01")], "2024-03-01")}
    links = [Link(("Project", "p1"), ("Segment", "hydrogen.system"), "IN_SEGMENT", {"confidence": 0.9}),
             Link(("Enterprise", "系统企业"), ("Project", "p1"), "INVESTS_IN", {"confidence": 0.9}),
             Link(("Enterprise", "系统企业"), ("Segment", "hydrogen.system"), "IN_SEGMENT", {"confidence": 0.9},
                  [EvidenceLine("系统企业从事燃料电池系统。", title="示例", date="2024-02-01")])]
    links += [Link(("Enterprise", n), ("Segment", "hydrogen.stack"), "IN_SEGMENT", {"confidence": 0.8}) for n in stack_names]
    return ChainMapData(zone=Entity("Zone", "示例高新区", {"name": "示例高新区"}, latest="2023-12-01"), chain=chain,
                        coverage=cov, gaps=gaps, targets=tgt, enterprises=ents, projects=proj, links=links)


def test_chain_page_colours_segments_by_coverage_and_puts_targets_apart():
    page = build_chain_page(chain_data())
    by_id = {n.id: n for n in page.nodes}
    assert len(page.nodes) == 11 + 3 + 1 + 2  # segments, enterprises, the project, targets
    assert by_id["seg:hydrogen.stack"].color == "#2e9e4f"  # two enterprises: covered
    assert by_id["seg:hydrogen.system"].color == "#f0a202"  # one: weak
    assert by_id["seg:hydrogen.mea"].color == "#d64545"  # none: gap
    targets = [n for n in page.nodes if n.kind == "target"]
    band_y = page.bands[0][0]
    own = [n for n in page.nodes if n.kind in ("enterprise", "project")]
    assert all(t.y > band_y > max(n.y for n in own) for t in targets)
    assert {e.target for e in page.edges if e.kind == "TARGET_FOR"} == {"seg:hydrogen.mea", "seg:hydrogen.bipolar_plate"}
    assert page.data_date == "2024-06-01"  # the latest article behind anything on the page
    # segments stand upstream to downstream, all physics off
    assert by_id["seg:hydrogen.materials"].x < by_id["seg:hydrogen.mea"].x < by_id["seg:hydrogen.stack"].x
    assert all(v["fixed"] and v["physics"] is False for v in page_data(page)["nodes"])


def test_crowded_segment_is_aggregated_not_dumped():
    page = build_chain_page(chain_data(n_stack=MAX_PER_COLUMN + 25))
    stack = [n for n in page.nodes if n.kind == "enterprise" and n.label.startswith("电堆企业")]
    more = [n for n in page.nodes if n.kind == "more"]
    assert len(stack) == MAX_PER_COLUMN and len(more) == 1 and more[0].label.startswith("+25")
    assert any("电堆" in note for note in page.notes)


def test_view_page_places_enterprises_by_keyword_then_segment():
    chain = load_ontology().chain("hydrogen")
    d = ViewMapData(chain=chain, kind="application", zone=None,
                    enterprises={"甲": _ent("甲"), "乙": _ent("乙"), "丙": _ent("丙")},
                    segments={"甲": ["hydrogen.vehicle"], "乙": ["hydrogen.vehicle"], "丙": ["hydrogen.mea"]},
                    texts={"甲": ["甲公司交付氢能重卡。"], "乙": ["乙公司生产整车。"], "丙": ["丙公司生产膜电极。"]})
    page = build_view_page(d)
    edges = {(e.source, e.target, e.dashed) for e in page.edges if e.source.startswith("ent:")}
    assert ("ent:甲", "view:hydrogen.app.heavy_truck", False) in edges  # keyword: solid
    # segment only: one dashed tie to its first view; the other vehicle views are named in its facts
    yi = [e for e in edges if e[0] == "ent:乙"]
    assert len(yi) == 1 and yi[0][2] is True
    node = next(n for n in page.nodes if n.id == "ent:乙")
    assert "重卡" in dict(node.facts)["归入 placed"]
    more = [n for n in page.nodes if n.id == "more:unplaced"]
    assert more and "丙" in dict(more[0].facts)["名单 names"]


def test_region_page_groups_by_province_and_sizes_by_investment():
    chain = load_ontology().chain("hydrogen")
    zones = [{"zone": "甲区", "province": "江苏", "city": "苏州", "kind": "high_tech", "level": "national", "projects": 2,
              "investment": 4e9, "latest": "2024-01-01"},
             {"zone": "乙区", "province": "江苏", "city": "常州", "kind": "high_tech", "level": "national", "projects": 1,
              "investment": 1e8, "latest": "2024-05-01"},
             {"zone": "丙区", "province": None, "city": None, "kind": None, "level": None, "projects": 0,
              "investment": 0.0, "latest": None}]
    holdings = [{"zone": "甲区", "province": "江苏", "segment": "hydrogen.stack", "name_zh": "电堆", "order": 7,
                 "enterprises": 2, "projects": 1}]
    page = build_region_page(RegionMapData(chain=chain, zones=zones, holdings=holdings))
    by_id = {n.id: n for n in page.nodes}
    assert len(page.nodes) == 11 + 2 + 3
    assert by_id["zone:甲区"].size > by_id["zone:乙区"].size > by_id["zone:丙区"].size
    assert by_id["zone:甲区"].x == by_id["zone:乙区"].x  # same province column
    assert [(e.source, e.target) for e in page.edges] == [("zone:甲区", "seg:hydrogen.stack")]
    assert page.data_date == "2024-05-01"


def test_region_page_of_thousands_of_zones_shows_provinces_only():
    chain = load_ontology().chain("hydrogen")
    zones = [{"zone": f"区{i}", "province": f"省{i % 30}", "city": None, "kind": None, "level": None, "projects": 1,
              "investment": float(i), "latest": None} for i in range(3000)]
    page = build_region_page(RegionMapData(chain=chain, zones=zones, holdings=[]), max_zones=1500)
    assert len(page.nodes) == 11 + 30 and page.notes and "provinces only" in page.notes[0]


def test_enterprise_view_puts_suppliers_left_and_customers_right():
    center = _ent("电堆厂")
    names = ["材料厂", "膜厂", "整车厂"]
    nodes = {("Enterprise", n): _ent(n) for n in names + ["电堆厂"]}
    nodes[("Zone", "示例区")] = Entity("Zone", "示例区", {"name": "示例区"})
    links = [Link(("Enterprise", "材料厂"), ("Enterprise", "膜厂"), "SUPPLIES"),
             Link(("Enterprise", "膜厂"), ("Enterprise", "电堆厂"), "SUPPLIES",
                  evidence=[EvidenceLine("膜厂向电堆厂供应膜电极。", date="2024-02-02")]),
             Link(("Enterprise", "电堆厂"), ("Enterprise", "整车厂"), "SUPPLIES"),
             Link(("Enterprise", "电堆厂"), ("Zone", "示例区"), "LOCATED_IN")]
    supply = [{"supplier": l.source[1], "customer": l.target[1]} for l in links if l.type == "SUPPLIES"]
    page = build_ego_page(EgoData(center=center, nodes=nodes, links=links, supply=supply))
    x = {n.label: n.x for n in page.nodes}
    y = {n.label: n.y for n in page.nodes}
    assert x["材料厂"] < x["膜厂"] < x["电堆厂"] < x["整车厂"]
    assert y["示例区"] < y["电堆厂"]
    assert len(page.nodes) == 5 and len(page.edges) == 4 and page.data_date == "2024-02-02"


def test_five_thousand_nodes_render_fast():
    """The page is built from whole lists (no per-edge loop): thousands of nodes in well under seconds."""
    n = 5000
    page = MapPage(kind="region", title="大图 large", nodes=[MapNode(f"n{i}", f"企业{i}", "enterprise", x=i % 100 * 50,
                                                                   y=i // 100 * 50) for i in range(n)],
                   edges=[MapEdge(f"n{i}", f"n{(i * 7 + 1) % n}", "SUPPLIES") for i in range(n)])
    start = time.perf_counter()
    html = render_page(page)
    elapsed = time.perf_counter() - start
    assert len(data_of(html)["nodes"]) == n
    assert elapsed < 5.0, elapsed
