"""The Neo4j writer on the real server: idempotent, incremental, sourced."""

from __future__ import annotations

import dataclasses

import pytest

from chainkg.graph.store import SchemaError, Statements, counts, fingerprint, load_facts, remove_article
from chainkg.graph.store_rows import project_key
from chainkg.loaders.facts import ArticleFacts
from chainkg.ontology import load_ontology
from tests import factories as fx


def test_load_twice_changes_nothing(neo4j_db):
    facts = fx.hydrogen_story()
    first = load_facts(neo4j_db, facts)
    assert first.loaded == 3 and first.unchanged == 0
    before = (counts(neo4j_db), fingerprint(neo4j_db))
    second = load_facts(neo4j_db, facts)
    assert second.loaded == 0 and second.unchanged == 3
    assert (counts(neo4j_db), fingerprint(neo4j_db)) == before


def test_every_fact_is_sourced(neo4j_db):
    load_facts(neo4j_db, fx.hydrogen_story())
    unsourced = neo4j_db.execute_query(
        "MATCH (n) WHERE (n:Zone OR n:Enterprise OR n:Project) AND NOT (n)-[:STATED_IN]->(:Article) RETURN n"
    ).records
    assert unsourced == []
    rec = neo4j_db.execute_query(
        "MATCH (:Enterprise {name: '膜界科技'})-[r:SUPPLIES]->(:Enterprise {name: '氢擎动力'}) RETURN r"
    ).records[0]["r"]
    assert rec["sentences"] == ["冀中高新区的膜界科技建成膜电极和电堆产线，产品供应氢擎动力。"]
    assert rec["rules"] == ["test.rule"] and rec["confidence"] == pytest.approx(0.9)


def test_fact_stated_by_two_articles_keeps_both_and_survives_one_removal(neo4j_db):
    facts = fx.hydrogen_story()
    load_facts(neo4j_db, facts)
    # 氢擎动力 IN_SEGMENT system is stated by articles 1 and 2.
    query = ("MATCH (:Enterprise {name: '氢擎动力'})-[r:IN_SEGMENT]->(:Segment {id: 'hydrogen.system'}) "
             "RETURN r.articles AS articles")
    assert sorted(neo4j_db.execute_query(query).records[0]["articles"]) == sorted(
        [facts[0].article.key, facts[1].article.key])
    remove_article(neo4j_db, facts[1].article.key)
    assert neo4j_db.execute_query(query).records[0]["articles"] == [facts[0].article.key]
    # what only article 2 stated is gone: 膜界科技, its project, the supply relation
    gone = neo4j_db.execute_query(
        "MATCH (n) WHERE n.name IN ['膜界科技', '膜界科技膜电极产线项目', '冀中高新区'] RETURN n").records
    assert gone == []
    assert neo4j_db.execute_query("MATCH ()-[r:SUPPLIES]->() RETURN r").records == []


def test_changed_article_replaces_only_its_own_facts(neo4j_db):
    facts = fx.hydrogen_story()
    load_facts(neo4j_db, facts)
    old = facts[2]
    text = old.article.text.replace("签约", "开工")
    art = dataclasses.replace(old.article, key="changed-" + old.article.key[:8], text=text, date="2024-02-01")
    sentence = "苏南高新区的极板新材双极板项目开工，投资2000万美元。"
    changed = ArticleFacts(
        article=art,
        zones=(fx.zone(art, "苏南高新区", sentence, city="苏州", province="江苏"),),
        enterprises=(fx.enterprise(art, "极板新材", sentence, zone="苏南高新区",
                                   segments=["hydrogen.bipolar_plate"]),),
        projects=(fx.project(art, "极板新材双极板项目", sentence, enterprises=["极板新材"], zone="苏南高新区",
                             value=2.5e7, currency="USD", stage="started", segments=["hydrogen.bipolar_plate"]),),
    )
    report = load_facts(neo4j_db, [facts[0], facts[1], changed])
    assert (report.loaded, report.unchanged, report.replaced) == (1, 2, 1)
    keys = {r["k"] for r in neo4j_db.execute_query("MATCH (a:Article) RETURN a.key AS k").records}
    assert keys == {facts[0].article.key, facts[1].article.key, art.key}
    proj = neo4j_db.execute_query("MATCH (p:Project {key: '极板新材双极板项目'}) RETURN p").records[0]["p"]
    assert proj["stage"] == "started" and proj["investment_value"] == 2.5e7
    stages = neo4j_db.execute_query(
        "MATCH (:Project {key: '极板新材双极板项目'})-[r:AT_STAGE]->(s:Stage) RETURN s.id AS s").records
    assert [r["s"] for r in stages] == ["started"]  # the old article's stage went with it
    # the other articles' facts are untouched
    assert neo4j_db.execute_query("MATCH (:Enterprise {name: '膜界科技'})-[:SUPPLIES]->() RETURN 1").records


def test_stage_history_is_dated_and_latest_wins(neo4j_db):
    a_old = fx.article("news/old.txt", "甲项目签约。", "2022-01-10")
    a_new = fx.article("news/new.txt", "甲项目投产。", "2024-09-01")
    facts = [
        ArticleFacts(article=a_new, projects=(fx.project(a_new, "氢擎动力二号工厂项目", "甲项目投产。", value=3e8,
                                                         stage="in_production"),)),
        ArticleFacts(article=a_old, projects=(fx.project(a_old, "氢擎动力二号工厂项目", "甲项目签约。", value=2e8,
                                                         stage="signed"),)),
    ]
    load_facts(neo4j_db, facts)
    history = neo4j_db.execute_query(
        "MATCH (:Project {key: '氢擎动力二号工厂项目'})-[r:AT_STAGE]->(s:Stage) RETURN s.id AS s, r.date AS d ORDER BY d"
    ).records
    assert [(r["s"], r["d"]) for r in history] == [("signed", "2022-01-10"), ("in_production", "2024-09-01")]
    proj = neo4j_db.execute_query("MATCH (p:Project {key: '氢擎动力二号工厂项目'}) RETURN p").records[0]["p"]
    assert proj["stage"] == "in_production"
    assert proj["investment_value"] == 3e8  # the latest article's amount


def test_an_article_another_loader_writes_meanwhile_is_stored_once(neo4j_db, monkeypatch):
    from chainkg.graph import store

    facts = fx.hydrogen_story()
    write_batch, raced = store._write_batch, []

    def race_then_write(tx, plan, replaced):
        # Between this loader's read and its write, another loader commits
        # the first article (once).
        if not raced:
            raced.append(True)
            monkeypatch.setattr(store, "_write_batch", write_batch)
            load_facts(neo4j_db, facts[:1])
            monkeypatch.setattr(store, "_write_batch", race_then_write)
        return write_batch(tx, plan, replaced)

    monkeypatch.setattr(store, "_write_batch", race_then_write)
    report = load_facts(neo4j_db, facts)
    assert raced and (report.loaded, report.unchanged) == (2, 1)
    raced_graph = (counts(neo4j_db), fingerprint(neo4j_db))
    monkeypatch.setattr(store, "_write_batch", write_batch)
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    load_facts(neo4j_db, facts)
    assert raced_graph == (counts(neo4j_db), fingerprint(neo4j_db))


def test_batches_are_written_in_order_while_the_next_is_read(neo4j_db):
    """The next batch is read in a worker thread: read errors are still reported
    in order, and an error of the input after some batches leaves those stored."""
    from chainkg.loaders.errors import ReadError

    facts = fx.hydrogen_story()
    written, errors = [], []

    def articles():
        yield facts[0]
        yield ReadError("bad.txt", None, "not a text file")
        yield facts[1]
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="disk went away"):
        load_facts(neo4j_db, articles(), batch_size=1, on_batch=written.append, on_error=errors.append)
    assert written == [1, 1] and [str(e) for e in errors] == [str(ReadError("bad.txt", None, "not a text file"))]
    stored = {r["key"] for r in neo4j_db.execute_query("MATCH (a:Article) RETURN a.key AS key").records}
    assert stored == {facts[0].article.key, facts[1].article.key}


def _homes(driver, zone: str) -> list[tuple[str, str | None]]:
    return sorted((r["home"], r["up"]) for r in driver.execute_query(
        "MATCH (:Zone {name: $zone})-[:LOCATED_IN]->(home:Region) "
        "OPTIONAL MATCH (home)-[:LOCATED_IN]->(up:Region) RETURN home.name AS home, up.name AS up",
        zone=zone).records)


def test_zones_sit_in_their_city_and_province_once(neo4j_db):
    def one(source: str, name: str, date: str, **where) -> ArticleFacts:
        sentence = f"{name}召开招商推介会。"
        art = fx.article(source, sentence + date, date)
        return ArticleFacts(article=art, zones=(fx.zone(art, name, sentence, **where),))

    load_facts(neo4j_db, [one("a.txt", "苏南高新区", "2024-01-01", city="苏州", province="江苏"),
                          one("b.txt", "直辖新区", "2024-01-01", city="重庆", province="重庆")])
    assert _homes(neo4j_db, "苏南高新区") == [("苏州", "江苏")]
    assert _homes(neo4j_db, "直辖新区") == [("重庆", None)]  # a city-level province: no city level
    # Later articles about the same zones, in later batches: no second link.
    load_facts(neo4j_db, [one("c.txt", "苏南高新区", "2024-02-01", city="苏州", province="江苏")])
    load_facts(neo4j_db, [one("d.txt", "苏南高新区", "2024-03-01")])
    links = neo4j_db.execute_query(
        "MATCH (:Zone {name: '苏南高新区'})-[r:LOCATED_IN]->() RETURN count(r) AS n").records[0]["n"]
    assert links == 1
    assert neo4j_db.execute_query(
        "MATCH (:Region {name: '苏州'})-[r:LOCATED_IN]->() RETURN count(r) AS n").records[0]["n"] == 1
    # A zone whose stated city changes is linked to the new city as well.
    load_facts(neo4j_db, [one("e.txt", "苏南高新区", "2024-04-01", city="无锡", province="江苏")])
    assert _homes(neo4j_db, "苏南高新区") == [("无锡", "江苏"), ("苏州", "江苏")]


def test_hostile_names_are_stored_literally(neo4j_db):
    names = ["x'}) DETACH DELETE n //", 'a"b\\c`d', "<script>alert(1)</script>", "}]->(m) RETURN m"]
    art = fx.article("news/hostile.txt", "恶意名称测试。")
    facts = ArticleFacts(article=art, enterprises=tuple(fx.enterprise(art, n, "恶意名称测试。") for n in names))
    load_facts(neo4j_db, [facts])
    stored = {r["n"] for r in neo4j_db.execute_query("MATCH (e:Enterprise) RETURN e.name AS n").records}
    assert stored == set(names)
    assert neo4j_db.execute_query("MATCH (a:Article) RETURN count(a) AS c").records[0]["c"] == 1


def test_generic_project_names_are_keyed_by_owner_and_zone():
    art = fx.article("x.txt", "新项目。")
    generic = fx.project(art, "新项目", "新项目。", enterprises=["甲公司"], zone="乙高新区")
    named = fx.project(art, "甲公司氢能装备产业园项目", "新项目。", enterprises=["甲公司"], zone="乙高新区")
    assert project_key(generic) == "甲公司|乙高新区|新项目"
    assert project_key(named) == "甲公司氢能装备产业园项目"


def test_labels_outside_the_ontology_are_refused(monkeypatch):
    from chainkg.graph import store

    monkeypatch.setitem(store.REL_KINDS, "evil", ("Enterprise", "OWNS`]->(x) DELETE x//", "Zone"))
    with pytest.raises(SchemaError):
        Statements(load_ontology())


def _operators(plan) -> set[str]:
    ops = {plan["operatorType"].split("@")[0]}
    for child in plan.get("children", []):
        ops |= _operators(child)
    return ops


def test_pinned_write_plans_seek_even_when_planned_on_an_empty_graph(neo4j_db):
    # The writer's statements keep their first plan (CYPHER replan=skip), which
    # is often made on an empty database: it must still find every node by a
    # unique-key seek, never by scanning a label.
    from chainkg.graph import store, target_bounds

    st = store.prepare(neo4j_db)
    pinned = [*st.entity.values(), *st.rel.values()] + [
        getattr(module, name) for module in (store, target_bounds) for name in dir(module)
        if name != "PINNED" and isinstance(getattr(module, name), str) and getattr(module, name).startswith(store.PINNED)
    ]
    assert len(pinned) > len(st.entity) + len(st.rel)  # the constant statements are pinned too
    with neo4j_db.session() as session:
        for statement in pinned:
            explain = statement.replace(store.PINNED, store.PINNED + "EXPLAIN ", 1)
            plan = session.run(explain, rows=[], keys=[]).consume().plan
            scans = {op for op in _operators(plan) if "Scan" in op}
            assert not scans, (scans, statement)
    with neo4j_db.session() as session:
        for statement in st.rel.values():  # rows stream through: no Eager barrier
            plan = session.run(statement.replace(store.PINNED, store.PINNED + "EXPLAIN ", 1), rows=[]).consume().plan
            assert "Eager" not in _operators(plan), statement

