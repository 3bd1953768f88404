"""The eight analytic queries on the real Neo4j, and their networkx cross-check."""

from __future__ import annotations

import pytest

from chainkg.graph import nx_graph
from chainkg.graph.store import load_facts
from chainkg.loaders.synthetic import generate
from chainkg.ontology import UnknownName, load_ontology
from chainkg.queries import api
from tests import factories as fx


@pytest.fixture
def story(neo4j_db):
    facts = fx.hydrogen_story()
    load_facts(neo4j_db, facts)
    return neo4j_db, facts


def by_segment(rows):
    return {r["segment"]: r for r in rows}


def test_coverage_lists_every_segment_in_chain_order(story):
    driver, _ = story
    rows = api.coverage(driver, "冀中高新区", "氢能")
    chain = load_ontology().chain("hydrogen")
    assert [r["segment"] for r in rows] == [s.id for s in chain.segments]
    mea = by_segment(rows)["hydrogen.mea"]
    assert mea["enterprises"] == ["膜界科技"] and mea["projects"] == ["膜界科技膜电极产线项目"]
    assert mea["investment_cny"] == pytest.approx(5e8)
    assert mea["latest"] == "2024-06-01"
    assert by_segment(rows)["hydrogen.refuelling"]["enterprise_count"] == 0


def test_gaps_fill_strengthen_extend_with_reasons(story):
    driver, _ = story
    rows = by_segment(api.gaps(driver, "苏虞高新区", "hydrogen"))
    assert "hydrogen.system" in rows and rows["hydrogen.system"]["status"] == "weak"
    assert rows["hydrogen.system"]["actions"] == ["强链"]
    assert "1 enterprise(s)" in rows["hydrogen.system"]["reason"]
    # the stack feeds the zone's fuel-cell systems: missing, and next to a held segment
    assert rows["hydrogen.stack"]["actions"] == ["补链", "延链"]
    assert "燃料电池系统" in rows["hydrogen.stack"]["reason"]
    assert rows["hydrogen.production"]["actions"] == ["补链"]
    # with a threshold of one enterprise the system segment is covered, not listed
    relaxed = by_segment(api.gaps(driver, "苏虞高新区", "hydrogen", api.Options(min_enterprises=1)))
    assert "hydrogen.system" not in relaxed


def test_targets_rank_with_score_parts_and_evidence(story):
    driver, _ = story
    rows = api.targets(driver, "苏虞高新区", "hydrogen", since="2020-01-01")
    names = [r["enterprise"] for r in rows]
    assert names[0] == "膜界科技"  # fits two gap segments and already supplies the zone's 氢擎动力
    top = rows[0]
    assert set(top["segments"]) >= {"膜电极", "电堆"}
    assert top["ties"] == 0.5 and top["tied_with"] == ["氢擎动力"]
    assert top["distance"] == 0.0  # 保定, another province
    assert top["evidence"] and "膜界科技" in top["evidence"][0]["sentence"]
    assert top["evidence"][0]["date"] == "2024-06-01"
    plate = rows[names.index("极板新材")]
    assert plate["distance"] == 1.0  # same city as the zone
    weights = api.WEIGHTS
    expected = sum(weights[k] * plate[k] for k in ("fit", "expansion", "ties", "distance")) + weights["leader"] * plate["leader"]
    assert plate["score"] == pytest.approx(expected, abs=2e-3)
    # one segment only
    only = api.targets(driver, "苏虞高新区", "hydrogen", segment="双极板")
    assert [r["enterprise"] for r in only] == ["极板新材"]
    # the zone's own enterprises are never targets
    assert "氢擎动力" not in names


def test_leaders_supply_pipeline_comparison_freshness(story):
    driver, _ = story
    leaders = api.leaders(driver, "hydrogen")
    assert {r["enterprise"] for r in leaders} == {"氢擎动力", "膜界科技", "极板新材"}
    assert leaders[0]["enterprise"] == "氢擎动力"  # largest investment, one supplier

    supply = api.supply(driver, zone="苏虞高新区")
    assert [(r["supplier"], r["customer"]) for r in supply] == [("膜界科技", "氢擎动力")]
    assert supply[0]["customer_zones"] == ["苏虞高新区"]
    with pytest.raises(ValueError):
        api.supply(driver)

    pipeline = api.pipeline(driver, "苏南高新区")
    assert [(r["stage"], r["projects"]) for r in pipeline] == [("signed", 1)]
    assert pipeline[0]["investment_cny"] == pytest.approx(2e7 * 7.1)

    rows = api.comparison(driver, "hydrogen")
    zones, segments, cells = api.comparison_matrix(rows)
    assert zones == ["冀中高新区", "苏南高新区", "苏虞高新区"]
    assert cells[("冀中高新区", "膜电极")] == 2 and ("苏虞高新区", "膜电极") not in cells
    assert segments.index("膜电极") < segments.index("电堆")

    fresh = {(r["zone"], r["segment"]): r for r in api.freshness(driver, stale_before="2024-01-01")}
    assert fresh[("苏南高新区", None)]["latest"] == "2023-11-20" and fresh[("苏南高新区", None)]["stale"]
    assert not fresh[("冀中高新区", "hydrogen.mea")]["stale"]


def test_names_resolve_through_aliases_and_suggest(neo4j_db):
    art = fx.article("z.txt", "常州国家高新区，又称常州高新区。")
    from chainkg.loaders.facts import ArticleFacts

    load_facts(neo4j_db, [ArticleFacts(article=art, zones=(
        fx.zone(art, "常州国家高新区", "常州国家高新区，又称常州高新区。", aliases=("常州高新区",)),))])
    assert api.coverage(neo4j_db, "常州高新区", "新能源汽车")[0]["segment"].startswith("nev.")
    with pytest.raises(UnknownName) as info:
        api.gaps(neo4j_db, "常州高新", "nev")
    assert "常州国家高新区" in info.value.suggestions
    with pytest.raises(UnknownName):
        api.gaps(neo4j_db, "常州高新区", "hydrogne")


def _agree(driver, facts, zones, chain, **thresholds):
    g = nx_graph.from_facts(facts)
    for zone in zones:
        cypher = [{k: r[k] for k in ("segment", "status", "actions")} for r in
                  api.gaps(driver, zone, chain, api.Options(**thresholds))]
        python = [{k: r[k] for k in ("segment", "status", "actions")} for r in
                  nx_graph.gaps(g, zone, chain, **thresholds)]
        assert cypher == python, zone
        cov_cypher = [(r["segment"], sorted(r["enterprises"]), sorted(r["projects"])) for r in
                      api.coverage(driver, zone, chain)]
        cov_python = [(r["segment"], r["enterprises"], r["projects"]) for r in nx_graph.coverage(g, zone, chain)]
        assert cov_cypher == cov_python, zone


def test_cypher_and_networkx_agree_on_the_story(story):
    driver, facts = story
    _agree(driver, facts, ["苏虞高新区", "冀中高新区", "苏南高新区"], "hydrogen")
    _agree(driver, facts, ["苏虞高新区"], "hydrogen", min_enterprises=1)


@pytest.mark.parametrize("chain_id", ["hydrogen", "semiconductor"])
def test_planted_gaps_are_found_and_agree(neo4j_db, chain_id):
    chain = load_ontology().chain(chain_id)
    corpus = generate(chain, zones=8, enterprises=120, seed=11)
    load_facts(neo4j_db, corpus.facts, batch_size=3)
    for zone, held in corpus.held.items():
        missing = {r["segment"] for r in api.gaps(neo4j_db, zone, chain_id) if r["status"] == "missing"}
        assert missing == {s.id for s in chain.segments} - held, zone
    _agree(neo4j_db, corpus.facts, sorted(corpus.held), chain_id)
