"""Supplies, zone focus industries, alliances and partnerships, on our own sentences."""

from __future__ import annotations

import pytest

from chainkg.loaders.extract import RuleExtractor
from chainkg.loaders.read import article_from_text


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def run(extractor, text: str, date: str = "2024-05-10"):
    return extractor.extract(article_from_text(text, doc="t.txt", date=date))


def test_products_used_by_customers_are_supplies(extractor):
    text = ("拓普集团主要生产汽车底盘和轻量化部件，产品广泛应用于特斯拉、吉利汽车、理想汽车等知名车企。"
            "后续公司也对接了包括比亚迪等客户。")
    facts = run(extractor, text)
    pairs = {(s.supplier, s.customer) for s in facts.supplies}
    customers = {c for _, c in pairs}
    assert {"特斯拉", "吉利汽车", "理想汽车"} <= customers
    assert all("拓普" in s for s, _ in pairs)
    # a prospective customer is not a supply
    assert "比亚迪" not in customers
    assert all(s.evidence.rule == "rel.supply" for s in facts.supplies)


def test_focus_industries_of_a_zone(extractor):
    text = "南通经济技术开发区将重点围绕新能源汽车、集成电路、生物医药三大产业，精准开展招商。"
    facts = run(extractor, text)
    chains = {f.chain for f in facts.focus}
    assert {"nev", "semiconductor", "biomedicine"} <= chains
    assert {f.zone for f in facts.focus} == {facts.zones[0].name}


def test_focus_of_a_district_is_not_a_zone_focus(extractor):
    text = ("昆山高新区今年新增规上企业30家。\n\n全区上下要聚焦高端装备、集成电路、氢能产业等重点领域，"
            "集中力量引进链主企业。")
    facts = run(extractor, text)
    assert facts.focus == ()


def test_a_single_project_is_not_a_focus(extractor):
    text = "嘉兴经开区一个光伏组件项目近日开工。"
    assert run(extractor, text).focus == ()


def test_alliance_membership(extractor):
    text = "长三角高新区联盟由合肥高新区、苏州高新区、杭州高新区等12家高新区共同发起。"
    facts = run(extractor, text)
    members = {(m.zone, m.alliance) for m in facts.memberships}
    assert {z for z, _ in members} >= {"合肥高新区", "苏州高新区", "杭州高新区"}
    assert {a for _, a in members} == {"长三角高新区联盟"}
    assert "长三角高新区" not in {z.name for z in facts.zones}


def test_partnership_and_investor_of_a_jointly_built_project(extractor):
    text = "该氢能产业园项目由张家港经济技术开发区与国富氢能技术装备股份有限公司共建，计划总投资15亿元。"
    facts = run(extractor, text)
    [p] = facts.partnerships
    assert "国富氢能" in p.enterprise and "张家港" in p.zone
    project = facts.projects[0]
    assert any("国富氢能" in e for e in project.enterprises)
