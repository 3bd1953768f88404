"""Name resolution: chains, segments, stages by id, Chinese name or alias; suggestions on a typo."""

from __future__ import annotations

import pytest

from chainkg.ontology import UnknownName, load_ontology


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_load_is_cached(onto):
    assert load_ontology() is onto


@pytest.mark.parametrize(
    "name, cid",
    [
        ("hydrogen", "hydrogen"), ("氢能", "hydrogen"), ("燃料电池", "hydrogen"), ("氢能产业链", "hydrogen"),
        ("nev", "nev"), ("NEV", "nev"), ("新能源汽车", "nev"), ("新能源汽车产业", "nev"), ("智电汽车", "nev"),
        ("集成电路", "semiconductor"), ("半导体", "semiconductor"), ("芯片", "semiconductor"),
        ("光伏", "photovoltaic"), ("生物医药", "biomedicine"), ("新材料", "new_materials"),
        ("高端装备", "equipment"), ("装备制造", "equipment"), ("电子信息", "digital"), ("人工智能", "digital"),
        ("数字经济", "digital"), ("5G", "digital"), ("Ｎｅｖ", "nev"), (" 氢 能 ", "hydrogen"),
    ],
)
def test_chain_by_any_name(onto, name, cid):
    assert onto.chain(name).id == cid


@pytest.mark.parametrize("typo, expected", [("hydorgen", "hydrogen"), ("semiconducter", "semiconductor"),
                                            ("氢能原", "hydrogen"), ("新能源气车", "nev")])
def test_unknown_chain_suggests_close_names(onto, typo, expected):
    with pytest.raises(UnknownName) as info:
        onto.chain(typo)
    assert expected in info.value.suggestions
    assert info.value.suggestions[0] == expected
    assert typo in str(info.value) and expected in str(info.value)
    assert isinstance(info.value, KeyError)


def test_nonsense_gets_no_suggestion(onto):
    with pytest.raises(UnknownName) as info:
        onto.chain("zzzz")
    assert info.value.suggestions == ()


def test_segment_lookup(onto):
    seg = onto.segment("hydrogen.stack")
    assert (seg.chain, seg.name_zh) == ("hydrogen", "电堆")
    with pytest.raises(UnknownName) as info:
        onto.segment("hydrogen.stak")
    assert "hydrogen.stack" in info.value.suggestions


def test_chain_segments_run_upstream_to_downstream(onto):
    segs = onto.chain("nev").segments
    assert segs[0].id == "nev.minerals"
    assert segs[-1].order == max(s.order for s in segs)
    assert onto.chain("nev").segment("nev.vehicle").name_zh == "整车"


def test_stage_lookup(onto):
    assert onto.stage("signed").order == 3
    assert onto.stage("在建").id == "under_construction"
    assert onto.stage("达产").id == "in_production"
    with pytest.raises(UnknownName) as info:
        onto.stage("under_constrution")
    assert info.value.suggestions[0] == "under_construction"


def test_views(onto):
    view = onto.view("hydrogen.tech.pem_electrolysis")
    assert view.kind == "tech_path" and "hydrogen.production" in view.segments
    with pytest.raises(UnknownName):
        onto.view("hydrogen.tech.nothing")
