"""Bounds for the targets query, kept at load time for the enterprises a batch
touches: after loads, replaced and removed articles they equal a full recompute."""

from __future__ import annotations

import dataclasses
import math

import pytest

from chainkg.graph import target_bounds
from chainkg.graph.store import load_facts, remove_article
from chainkg.loaders.facts import ArticleFacts
from chainkg.loaders.synthetic import generate
from chainkg.ontology import load_ontology
from tests import factories as fx

PROPS = ("target_rank", "target_base", "target_latest", "target_city", "target_segment")


def _bounds(driver) -> dict[str, tuple]:
    records = driver.execute_query(
        "MATCH (e:Enterprise) RETURN e.name AS name, [p IN $props | e[p]] AS values", props=list(PROPS)).records
    return {r["name"]: tuple(tuple(v) if isinstance(v, list) else v for v in r["values"]) for r in records}


def _changed(facts: ArticleFacts) -> ArticleFacts:
    """The same source with other content: no projects any more."""
    art = dataclasses.replace(facts.article, key=facts.article.key[::-1], text=facts.article.text + "（更正）")
    return dataclasses.replace(facts, article=art, projects=())


def test_bounds_after_loads_replacements_and_removals_equal_a_full_recompute(neo4j_db):
    corpus = generate(load_ontology().chain("hydrogen"), zones=6, enterprises=150, seed=5, per_article=10)
    load_facts(neo4j_db, corpus.facts, batch_size=4)
    first = _bounds(neo4j_db)
    assert all(v[0] is not None for v in first.values())  # every enterprise has a bound

    # a zone first seen without a city, then given one by a later article
    a1 = fx.article("test/z1.txt", "无名园区引进合成测试企业甲，建设电堆产线。", date="2024-02-01")
    a2 = fx.article("test/z2.txt", "无名园区位于常州。", date="2024-03-01")
    s1, s2 = a1.text, a2.text
    load_facts(neo4j_db, [ArticleFacts(article=a1, zones=(fx.zone(a1, "无名园区", s1),), enterprises=(
        fx.enterprise(a1, "合成测试企业甲", s1, zone="无名园区", segments=["hydrogen.stack"]),))])
    assert _bounds(neo4j_db)["合成测试企业甲"][3] is None
    load_facts(neo4j_db, [ArticleFacts(article=a2, zones=(fx.zone(a2, "无名园区", s2, city="常州", province="江苏"),))])
    assert _bounds(neo4j_db)["合成测试企业甲"][3] == "常州"

    # a changed article (its projects gone) and a removed one
    with_projects = [f for f in corpus.facts if f.projects]
    load_facts(neo4j_db, [_changed(with_projects[0])])
    remove_article(neo4j_db, with_projects[1].article.key)
    incremental = _bounds(neo4j_db)
    assert incremental != first

    target_bounds.refresh_all(neo4j_db)
    assert _bounds(neo4j_db) == incremental


def test_bound_counts_every_project_as_recent(neo4j_db):
    a1 = fx.article("test/p1.txt", "合成测试企业乙在甲园区投资5亿元建设膜电极项目。", date="2022-05-01")
    a2 = fx.article("test/p2.txt", "合成测试企业乙在乙园区投资5亿元建设电堆项目。", date="2025-04-01")
    facts = []
    for art, zone, seg, name in ((a1, "甲园区", "hydrogen.mea", "膜电极项目"), (a2, "乙园区", "hydrogen.stack", "电堆项目")):
        facts.append(ArticleFacts(article=art, enterprises=(
            fx.enterprise(art, "合成测试企业乙", art.text, zone=zone, segments=[seg]),), projects=(
            fx.project(art, "合成测试企业乙" + name, art.text, enterprises=["合成测试企业乙"], zone=zone, value=5e8,
                       segments=[seg]),)))
    load_facts(neo4j_db, facts)
    rank, base, latest, city, segment = _bounds(neo4j_db)["合成测试企业乙"]
    investment = math.log10(1 + 1e9 / 1e8) / 3.0  # two projects of 5e8 CNY
    assert rank == pytest.approx(2 * 0.25 + investment) and base == pytest.approx(investment)
    assert latest == "2025-04-01" and city is None  # the zones have no city
    assert segment == "*"  # stated in two segments
    remove_article(neo4j_db, a2.key)
    rank, base, latest, _, segment = _bounds(neo4j_db)["合成测试企业乙"]
    assert rank == pytest.approx(0.25 + math.log10(1 + 5e8 / 1e8) / 3.0)
    assert latest == "2022-05-01" and segment == "hydrogen.mea"


def test_indexes_exist_after_prepare(neo4j_db):
    from chainkg.graph.store import prepare

    prepare(neo4j_db)
    names = {r["name"] for r in neo4j_db.execute_query("SHOW INDEXES YIELD name").records}
    assert {"enterprise_target_segment_target_rank_index",
            "enterprise_target_city_target_segment_target_rank_index"} <= names


def test_a_graph_without_bounds_gets_them_at_its_next_load(neo4j_db):
    facts = fx.hydrogen_story()
    load_facts(neo4j_db, facts)
    expected = _bounds(neo4j_db)
    # as a graph loaded before the bounds existed
    neo4j_db.execute_query("MATCH (e:Enterprise) REMOVE e.target_rank, e.target_base, e.target_latest,"
                           " e.target_city, e.target_segment")
    assert load_facts(neo4j_db, facts).loaded == 0  # nothing new to write, yet the bounds are back
    assert _bounds(neo4j_db) == expected
