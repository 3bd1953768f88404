"""Names and sentences made of quotes, backslashes, backticks, braces, Cypher and HTML are data, never code.

Loaded through the writer, asked for through the query API by those very
names, read back byte for byte; the graph holds exactly what was stated;
a map of the hostile zone shows the names as text and runs none of them.
"""

from __future__ import annotations

import pytest

from chainkg.graph.store import counts, load_facts
from chainkg.loaders.facts import ArticleFacts, MembershipFact, Money, ProjectFact, SupplyFact
from chainkg.queries import api
from tests import factories as fx

ZONE = "x'}) MATCH (n) DETACH DELETE n //高新区"
LEADER = 'a"b\\\\c`d}]->(m) SET m.pwned = true //'
SUPPLIER = "`Enterprise`{name:'}') RETURN 1 UNION MATCH (n) RETURN n //"
TARGET = "<script>alert('xss')</script>\\u003c/script\\u003e"
ALLIANCE = "${jndi:ldap://127.0.0.1/a} CALL db.labels() YIELD label RETURN label"
PROJECT = "'); DROP CONSTRAINT zone_name_unique; //项目"
SENTENCE = "\"}) CREATE (:Pwned) //句子 <img src=x onerror=alert(1)> \\ ` ' ${x}"


def hostile_facts() -> list[ArticleFacts]:
    art = fx.article("news/hostile`}'.txt", SENTENCE + "恶意名称测试。", title="<b>标题</b>'})//")
    other = fx.article("news/other.txt", "另一篇恶意名称测试。")
    ev = fx.ev(art, SENTENCE)
    return [
        ArticleFacts(
            article=art,
            zones=(fx.zone(art, ZONE, SENTENCE, aliases=("`别名`\\'}",), city="苏州", province="江苏"),),
            enterprises=(fx.enterprise(art, LEADER, SENTENCE, zone=ZONE, segments=["hydrogen.system"]),
                         fx.enterprise(art, SUPPLIER, SENTENCE, zone=ZONE, segments=["hydrogen.system"])),
            projects=(ProjectFact(name=PROJECT, evidence=ev, enterprises=(LEADER,), zone=ZONE,
                                  investment=Money(3e8, "CNY", text=SENTENCE), stage="signed",
                                  segments=("hydrogen.system",)),),
            supplies=(SupplyFact(supplier=SUPPLIER, customer=LEADER, evidence=ev),),
            memberships=(MembershipFact(zone=ZONE, alliance=ALLIANCE, evidence=ev),),
        ),
        ArticleFacts(article=other, enterprises=(
            fx.enterprise(other, TARGET, "另一篇恶意名称测试。", zone="别处高新区", segments=["hydrogen.stack"]),)),
    ]


@pytest.fixture
def hostile(neo4j_db):
    load_facts(neo4j_db, hostile_facts())
    return neo4j_db


def test_names_and_sentences_are_stored_literally(hostile):
    names = {r["n"] for r in hostile.execute_query(
        "MATCH (n) WHERE n:Zone OR n:Enterprise OR n:Alliance RETURN n.name AS n").records}
    assert names == {ZONE, LEADER, SUPPLIER, TARGET, ALLIANCE, "别处高新区"}
    project = hostile.execute_query("MATCH (p:Project) RETURN p.key AS k, p.name AS n").records
    assert [(r["k"], r["n"]) for r in project] == [(PROJECT, PROJECT)]
    sup = hostile.execute_query(
        "MATCH (a:Enterprise {name: $s})-[r:SUPPLIES]->(b:Enterprise {name: $c}) RETURN r.sentences AS s",
        s=SUPPLIER, c=LEADER).records
    assert sup[0]["s"] == [SENTENCE]
    zone = hostile.execute_query("MATCH (z:Zone {name: $z}) RETURN z.aliases AS a", z=ZONE).records[0]
    assert zone["a"] == ["`别名`\\'}"]
    art = hostile.execute_query("MATCH (a:Article {doc: $d}) RETURN a.title AS t", d="hostile`}'.txt").records
    assert art[0]["t"] == "<b>标题</b>'})//"
    # nothing was run: no extra label, property or node, the constraints are all there
    assert hostile.execute_query("MATCH (n:Pwned) RETURN n").records == []
    assert hostile.execute_query("MATCH (n) WHERE n.pwned IS NOT NULL RETURN n").records == []
    assert "zone_name_unique" in {r["name"] for r in hostile.execute_query("SHOW CONSTRAINTS YIELD name").records}


def test_queries_take_hostile_names_as_parameters(hostile):
    nodes_before = counts(hostile)
    cov = {r["segment"]: r for r in api.coverage(hostile, ZONE, "hydrogen")}
    assert sorted(cov["hydrogen.system"]["enterprises"]) == sorted([LEADER, SUPPLIER])
    assert cov["hydrogen.system"]["projects"] == [PROJECT]
    gaps = {r["segment"]: r for r in api.gaps(hostile, ZONE, "hydrogen")}
    assert gaps["hydrogen.stack"]["actions"] == ["补链", "延链"]
    targets = api.targets(hostile, ZONE, "hydrogen", since="2020-01-01")
    assert [t["enterprise"] for t in targets] == [TARGET]
    supply = api.supply(hostile, enterprise=SUPPLIER)
    assert [(r["supplier"], r["customer"]) for r in supply] == [(SUPPLIER, LEADER)]
    assert api.pipeline(hostile, "`别名`\\'}")[0]["names"] == [PROJECT]  # found through its alias
    assert counts(hostile) == nodes_before  # reading changed nothing


def test_map_shows_hostile_names_as_text(hostile, tmp_path):
    maps = pytest.importorskip("chainkg.graph.maps.views")
    from benchmarks.map_bench import CHROMIUM_ARGS, CHROMIUM
    from playwright.sync_api import sync_playwright

    path = maps.chain_map(hostile, ZONE, "hydrogen", tmp_path / "hostile.html")
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    dialogs: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.chainkgMap && window.chainkgMap.ready === true", timeout=30_000)
        labels = page.evaluate("window.chainkgMap.nodes.get().map(n => n.label).join('\\n')")
        text = page.inner_text("body")
        browser.close()
    assert dialogs == []
    assert TARGET[:20] in labels or TARGET in text  # shown, as text
