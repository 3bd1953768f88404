"""Every kind of map page in a real headless Chromium, against the real Neo4j.

For each page: no console errors, no request leaves the file, the node count
in vis-network's DataSet matches the graph, a name carrying a script payload
stays text (the payload's window flag stays unset), and a screenshot is
written (under pytest's tmp dir, and a copy in .cache/screenshots/ for a person).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chainkg.graph import maps
from chainkg.graph.nx_graph import from_neo4j
from chainkg.graph.store import load_facts
from chainkg.loaders.facts import ArticleFacts
from chainkg.loaders.synthetic import generate
from chainkg.ontology import load_ontology
from chainkg.queries import api
from tests import factories as fx
from tests.conftest import REPO, wipe

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / ".cache" / "screenshots"

# Names that would run code if any page put them into HTML: each sets a window flag.
XSS_ZONE = "<script>window.__xss=1</script>高新区"
XSS_ENTERPRISE = '<img src=x onerror="window.__xss=2">氢能科技'
LINK_TITLE = '<a href="javascript:window.__xss=3">合作</a> 详见 https://cdn.jsdelivr.net/npm/x.js'

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


def xss_story() -> list[ArticleFacts]:
    """Our own sentence about a zone and a company with hostile names, in an article with a link in its title."""
    text = f"{XSS_ZONE}引进{XSS_ENTERPRISE}，建设氢燃料电池电堆项目，产品供应氢擎动力。"
    art = fx.article("demo/xss.html", text, "2024-08-08", title=LINK_TITLE)
    return [ArticleFacts(
        article=art,
        zones=(fx.zone(art, XSS_ZONE, text, city="苏州", province="江苏"),),
        enterprises=(fx.enterprise(art, XSS_ENTERPRISE, text, zone=XSS_ZONE, segments=["hydrogen.stack"],
                                   chains=["hydrogen"]),),
        projects=(fx.project(art, f"{XSS_ENTERPRISE}电堆项目", text, enterprises=[XSS_ENTERPRISE], zone=XSS_ZONE,
                             value=3e8, stage="started", segments=["hydrogen.stack"]),),
        supplies=(fx.supply(art, XSS_ENTERPRISE, "氢擎动力", text),),
    )]


BIG_ZONE = "合成0000高新区"


@pytest.fixture(scope="module")
def graph(neo4j_driver, tmp_path_factory):
    """The hydrogen story, the hostile names, and two synthetic zones crowded enough to be aggregated."""
    wipe(neo4j_driver)
    crowd = generate(load_ontology().chain("hydrogen"), zones=2, enterprises=600, seed=11)
    load_facts(neo4j_driver, fx.hydrogen_story() + xss_story() + crowd.facts)
    return neo4j_driver


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _ego_count(g, center, types: set[str], second: tuple[set[str], set[str]] = (set(), set())) -> int:
    """Nodes of an ego view counted on the networkx graph: the centre, its neighbours by the
    view's relationship types, and the second hop through the ``via`` types."""
    via, then = second
    seen = {center}
    for u, v, data in list(g.out_edges(center, data=True)) + list(g.in_edges(center, data=True)):
        other = v if u == center else u
        if data["type"] in types:
            seen.add(other)
        if data["type"] in via:
            for a, b, d2 in list(g.out_edges(other, data=True)) + list(g.in_edges(other, data=True)):
                if d2["type"] in then:
                    seen.update({a, b})
    return len(seen)


def chain_count(driver, zone: str, segments: int) -> int:
    cov = api.coverage(driver, zone, "hydrogen")
    targets = api.targets(driver, zone, "hydrogen", limit=20)
    return (segments + len({e for r in cov for e in r["enterprises"]}) + len({p for r in cov for p in r["projects"]})
            + len(targets))


def expected_counts(driver) -> dict[str, int]:
    onto = load_ontology()
    chain = onto.chain("hydrogen")
    g = from_neo4j(driver)
    zones = {r["zone"] for r in api.comparison(driver, "hydrogen")}
    provinces = {g.nodes[("Zone", z)].get("province") for z in zones}
    chain_enterprises = {u for u, v, d in g.edges(data=True)
                         if u[0] == "Enterprise" and d["type"] in ("IN_SEGMENT", "IN_CHAIN")
                         and (g.nodes[v].get("chain") == "hydrogen" or v == ("Chain", "hydrogen"))}
    return {
        "chain": chain_count(driver, "苏虞高新区", len(chain.segments)),
        "chain_crowded": chain_count(driver, BIG_ZONE, len(chain.segments)),
        # enterprises are drawn, or listed in the one aggregate node of the unplaced
        "tech": len(chain.segments) + len(chain.tech_paths) + len(chain_enterprises),
        "application": len(chain.segments) + len(chain.applications) + len(chain_enterprises),
        "region": len(chain.segments) + len(provinces) + len(zones),
        "zone": _ego_count(g, ("Zone", XSS_ZONE), {"LOCATED_IN", "FOCUSES_ON", "MEMBER_OF", "PARTNERS_WITH"},
                           ({"LOCATED_IN"}, {"IN_SEGMENT", "IN_CHAIN", "INVESTS_IN"})),
        "enterprise": _ego_count(g, ("Enterprise", "氢擎动力"),
                                 {"LOCATED_IN", "INVESTS_IN", "IN_SEGMENT", "IN_CHAIN", "SUPPLIES", "PARTNERS_WITH"},
                                 ({"INVESTS_IN"}, {"LOCATED_IN", "IN_SEGMENT"})),
        "project": _ego_count(g, ("Project", next(k for (lab, k), d in g.nodes(data=True)
                                                  if lab == "Project" and d.get("name") == "膜界科技膜电极产线项目")),
                              {"LOCATED_IN", "INVESTS_IN", "IN_SEGMENT", "IN_CHAIN", "AT_STAGE", "STATED_IN"},
                              ({"IN_SEGMENT"}, {"PART_OF"})),
    }


PAGES = {
    "chain": lambda d, p: maps.chain_map(d, "苏虞高新区", "氢能", p),
    "chain_crowded": lambda d, p: maps.chain_map(d, BIG_ZONE, "hydrogen", p),
    "tech": lambda d, p: maps.tech_map(d, "hydrogen", p),
    "application": lambda d, p: maps.application_map(d, "hydrogen", p),
    "region": lambda d, p: maps.region_map(d, "hydrogen", p),
    "zone": lambda d, p: maps.zone_map(d, XSS_ZONE, p),
    "enterprise": lambda d, p: maps.enterprise_map(d, "氢擎动力", p),
    "project": lambda d, p: maps.project_map(d, "膜界科技膜电极产线项目", p),
}


@pytest.fixture(scope="module")
def counts(graph):
    return expected_counts(graph)


# (nodes in the DataSet, aggregate nodes, how many nodes the aggregates stand for)
AGGREGATE_COUNT = """() => {
  const m = window.chainkgMap;
  const more = m.nodes.get({filter: n => n.group === 'more'});
  return [m.nodes.length, more.length, more.reduce((t, n) => t + Number(m.details.nodes[n.id].facts[0][1]), 0)];
}"""


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.chainkgMap && window.chainkgMap.ready === true", timeout=30_000)
    return page, errors, requests


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_in_chromium(kind, graph, counts, browser, tmp_path):
    path = PAGES[kind](graph, tmp_path / f"{kind}.html")
    page, errors, requests = open_page(browser, path)
    try:
        assert errors == []
        assert all(u.startswith(("file://", "data:")) for u in requests), requests
        drawn, aggregates, stands_for = page.evaluate(AGGREGATE_COUNT)
        # every node of the graph is on the page, itself or named in one aggregate node
        assert drawn - aggregates + stands_for == counts[kind]
        if kind in ("chain_crowded", "tech", "application"):
            assert aggregates > 0  # crowded columns were aggregated, not dumped
        assert page.evaluate("window.__xss") is None
        assert page.locator("#data-date").inner_text() not in ("", "—")
        assert page.locator(".legend li").count() >= 3
        shot = tmp_path / f"{kind}.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, SCREENSHOTS / f"map_{kind}.png")
    finally:
        page.close()


def _dom_point(page, node_id: str) -> tuple[float, float]:
    box = page.locator("#map").bounding_box()
    p = page.evaluate("""id => { const n = window.chainkgMap.network;
        return n.canvasToDOM(n.getPositions([id])[id]); }""", node_id)
    return box["x"] + p["x"], box["y"] + p["y"]


def test_hostile_names_stay_text_in_title_tooltip_and_details(graph, browser, tmp_path):
    path = maps.zone_map(graph, XSS_ZONE, tmp_path / "zone.html")
    page, errors, requests = open_page(browser, path)
    try:
        # the heading: the zone's name as text, no element made of it
        assert XSS_ZONE in page.locator("#title").inner_text()
        assert page.locator("header script, header img, header a").count() == 0
        # hover the enterprise whose name is an <img onerror> payload: vis-network's tooltip shows text
        ent_id = page.evaluate("""name => window.chainkgMap.nodes.get({filter: n => n.label === name})[0].id""",
                               XSS_ENTERPRISE)
        x, y = _dom_point(page, ent_id)
        page.mouse.move(x, y)
        tip = page.locator("div.vis-tooltip")
        tip.wait_for(state="visible", timeout=5_000)
        assert XSS_ENTERPRISE in tip.inner_text() and LINK_TITLE.split(" 详见")[0] in tip.inner_text()
        # text only (innerText makes <br> of newlines; no <a>, no <img>: no innerHTML popup)
        assert tip.evaluate("t => [...t.querySelectorAll('*')].filter(c => c.tagName !== 'BR').length") == 0
        # click it: the details panel is built from text nodes
        page.mouse.click(x, y)
        details = page.locator("#details")
        assert XSS_ENTERPRISE in details.inner_text()
        assert LINK_TITLE in details.inner_text()  # the article's title with its link, as text
        assert page.locator("#details img, #details script, #details a").count() == 0
        page.wait_for_timeout(300)
        assert page.evaluate("window.__xss") is None
        assert errors == []
        assert all(u.startswith(("file://", "data:")) for u in requests), requests
    finally:
        page.close()


def test_clicking_a_segment_shows_its_coverage_and_a_company_its_evidence(graph, browser, tmp_path):
    path = maps.chain_map(graph, "苏虞高新区", "hydrogen", tmp_path / "chain.html")
    page, errors, _ = open_page(browser, path)
    try:
        x, y = _dom_point(page, "ent:氢擎动力")
        page.mouse.click(x, y)
        text = page.locator("#details").inner_text()
        assert "苏虞高新区的氢擎动力燃料电池系统项目投产。" in text  # the evidence sentence
        assert "2024-03-01" in text  # with its article's date
        x, y = _dom_point(page, "seg:hydrogen.system")
        page.mouse.click(x, y)
        text = page.locator("#details").inner_text()
        assert "薄弱 weak" in text and "强链" in text
        assert errors == []
    finally:
        page.close()


def test_five_thousand_node_page_opens_quickly(browser, tmp_path):
    """Positions are computed and physics is off, so a big page draws without a layout simulation."""
    import time

    n = 5000
    page_model = maps.MapPage(
        kind="region", title="大图 large page", data_date="2024-01-01",
        nodes=[maps.MapNode(f"n{i}", f"企业{i}", "enterprise", x=i % 100 * 60, y=i // 100 * 60) for i in range(n)],
        edges=[maps.MapEdge(f"n{i}", f"n{(i * 7 + 1) % n}", "SUPPLIES") for i in range(n)],
        legend=[maps.LegendItem("企业 enterprise", "#4a7fd4")])
    path = maps.write_page(page_model, tmp_path / "large.html")
    start = time.perf_counter()
    page, errors, requests = open_page(browser, path)
    elapsed = time.perf_counter() - start
    try:
        assert errors == [] and all(u.startswith(("file://", "data:")) for u in requests)
        assert page.evaluate("window.chainkgMap.nodes.length") == n
        assert page.evaluate("window.chainkgMap.network.physics.options.enabled") is False
        assert elapsed < 20, elapsed
    finally:
        page.close()
