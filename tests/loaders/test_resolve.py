"""Name resolution: one entity per zone or company, ambiguous names left apart."""

from __future__ import annotations

import pytest

from chainkg.loaders.resolve import (NameIndex, canonical_zone, cluster_cores, enterprise_core, extends_generically,
                                     locate_zone, strip_legal, strip_region)
from chainkg.ontology import load_ontology


@pytest.mark.parametrize("name, core", [
    ("江苏重塑能源科技有限公司", "重塑能源"),
    ("重塑能源科技", "重塑能源"),
    ("常诚车业(常州)有限公司", "常诚车业"),
    ("法国欧胜集团", "欧胜"),
    ("欧胜公司", "欧胜"),
    ("海南海马汽车有限公司", "海马汽车"),
    ("江苏正力新能", "正力新能"),
    ("正力新能", "正力新能"),
    ("北京汽车", "北京汽车"),  # the rest would be generic: keep the place
])
def test_enterprise_core(name, core):
    assert enterprise_core(name) == core


def test_strip_helpers():
    assert strip_legal("国鸿氢能科技(嘉兴)股份有限公司") == "国鸿氢能科技"
    assert strip_region("广东佛山国星光电") == "国星光电"


@pytest.mark.parametrize("name, canon", [
    ("常州国家高新区", "常州高新区"),
    ("常州高新区", "常州高新区"),
    ("常州国家高新技术产业开发区", "常州高新区"),
    ("芜湖经济技术开发区", "芜湖经开区"),
    ("西太湖科技产业园", "西太湖科技产业园"),
    # a province, or a city written with 市, only says where the zone is
    ("安徽长丰双凤经济开发区", "长丰双凤经开区"),
    ("六安市金安经济开发区", "金安经开区"),
    ("江苏常州国家高新区", "常州高新区"),
    ("常州市高新区", "常州高新区"),
    # a municipality is the zone's city: kept
    ("天津西青经济技术开发区", "天津西青经开区"),
    ("临港新片区", "临港新片区"),
])
def test_canonical_zone(name, canon):
    assert canonical_zone(name) == canon


def test_generic_extension_joins_a_proper_one_does_not():
    assert extends_generically("正力新能电池技术", "正力新能")
    assert not extends_generically("上汽通用五菱", "上汽通用")
    parent = cluster_cores(["正力新能", "正力新能电池", "上汽通用", "上汽通用五菱"])
    assert parent["正力新能电池"] == "正力新能"
    assert parent["上汽通用五菱"] == "上汽通用五菱"


def test_ambiguous_short_name_is_not_merged():
    # 通威 could be 通威太阳能 or 通威股份's feed business: neither joins it
    parent = cluster_cores(["通威", "通威太阳能", "通威饲料"])
    assert parent["通威太阳能"] == "通威太阳能"
    assert parent["通威饲料"] == "通威饲料"


def test_locate_zone_by_its_place():
    assert locate_zone("渭南高新区") == ("渭南", "陕西")
    assert locate_zone("常熟高新区") == ("苏州", "江苏")  # a county-level city
    assert locate_zone("某某新区") == (None, None)


def test_name_index_across_articles_uses_reference_data():
    index = NameIndex(load_ontology())
    assert index.zone("常州国家高新区") == index.zone("常州高新区")
    first = index.enterprise("江苏正力新能电池技术有限公司")
    assert index.enterprise("正力新能") == first or index.enterprise("江苏正力新能") == first
    a = index.enterprise("苏州某某精密机械有限公司")
    assert index.enterprise("某某精密机械") == a


def test_name_index_keeps_reference_aliases():
    onto = load_ontology()
    ref = next((e for e in onto.enterprises if e.aliases), None)
    if ref is None:
        pytest.skip("no reference enterprise with aliases")
    index = NameIndex(onto)
    for alias in ref.aliases:
        assert index.enterprise(alias) in (ref.name, alias)


def test_canonicalize_joins_names_across_articles():
    from chainkg.loaders.extract import RuleExtractor
    from chainkg.loaders.read import article_from_text
    from chainkg.loaders.resolve import canonicalize

    extractor = RuleExtractor()
    first = extractor.extract(article_from_text(
        "江苏恒立液压股份有限公司在常州国家高新区投资建设新工厂，总投资20亿元。", doc="a.txt"))
    second = extractor.extract(article_from_text(
        "常州高新区今年新开工项目30个。恒立液压主要生产液压油缸，产品广泛应用于三一重工等企业。", doc="b.txt"))
    index = NameIndex(load_ontology())
    a, b = canonicalize(first, index), canonicalize(second, index)
    zones = {z.name for z in a.zones} | {z.name for z in b.zones}
    assert len(zones) == 1
    hengli = {x.name for x in a.enterprises + b.enterprises if "恒立" in x.name}
    assert len(hengli) == 1
    assert {s.supplier for s in b.supplies} <= hengli


@pytest.mark.parametrize("name, place", [
    ("常州武进高新区", ("常州", "江苏")),
    # counties the project's region table lacks come from jionlp's division dictionary
    ("安徽长丰双凤经济开发区", ("合肥", "安徽")),
    ("金安经济开发区", ("六安", "安徽")),
    # an inner place must lie in the outer one: 滨江 after 江宁 is the zone's own name, not Hangzhou's district
    ("南京江宁滨江经济开发区", ("南京", "江苏")),
    ("蒙苏经济开发区", (None, None)),
])
def test_locate_zone(name, place):
    assert locate_zone(name) == place

