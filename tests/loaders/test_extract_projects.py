"""Projects: named ones, sites, lists with their stage, capital increases, phases, money."""

from __future__ import annotations

import pytest

from chainkg.loaders.extract import RuleExtractor
from chainkg.loaders.read import article_from_text


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def run(extractor, text: str, date: str = "2024-05-10"):
    return extractor.extract(article_from_text(text, doc="t.txt", date=date))


def by_name(facts, fragment: str):
    hits = [p for p in facts.projects if fragment in p.name or any(fragment in a for a in p.aliases)]
    assert hits, f"no project with {fragment!r} in {[p.name for p in facts.projects]}"
    return hits[0]


def test_named_project_with_owner_zone_money_stage(extractor):
    text = ("在合肥经济技术开发区，蔚来第二先进制造基地项目建设现场一派繁忙。这个总投资约80亿元的项目，"
            "目前总装车间已经封顶，预计明年实现量产，未来形成年产30万辆整车的规模。")
    facts = run(extractor, text, "2023-06-01")
    p = by_name(facts, "蔚来第二先进制造基地")
    assert p.zone is not None and "合肥" in p.zone
    assert p.investment is not None and p.investment.value == pytest.approx(80e8) and p.investment.currency == "CNY"
    assert p.stage == "under_construction"
    assert p.capacity and p.capacity.startswith("年产30万辆")
    assert p.expected and "2024年" in p.expected
    assert "nev" in p.chains
    assert p.evidence.rule.startswith("project.") and p.evidence.sentence in facts.article.text


def test_generic_project_words_are_not_projects(extractor):
    facts = run(extractor, "今年全区5个省重大项目全部开工，新签约项目30个，重点项目完成投资218亿元。")
    assert facts.projects == ()


def test_listed_projects_take_the_stage_of_their_verb(extractor):
    text = ("宜宾三江新区今年策划储备锂电材料循环利用、现代物流园二期等一批项目；"
            "推动正极材料扩产、隔膜涂覆等项目开工建设；提速建设储能电池产业园、智能仓储中心等项目。")
    facts = run(extractor, text)
    assert by_name(facts, "锂电材料循环利用").stage == "planned"
    assert by_name(facts, "正极材料扩产").stage is None  # a target, not the stage now
    assert by_name(facts, "储能电池产业园").stage == "under_construction"


def test_lower_bound_amounts_give_no_investment(extractor):
    text = "园区促成氢能装备产业园、碳纤维复合材料等3个10亿元以上产业项目相继签约。"
    facts = run(extractor, text)
    p = by_name(facts, "氢能装备产业园")
    assert p.stage == "signed"
    assert p.investment is None


def test_capital_increase_is_a_project_of_its_company(extractor):
    text = "在无锡高新区，华润微电子增资12亿元的新项目正在建设中，主要生产功率半导体器件。"
    facts = run(extractor, text)
    p = next(p for p in facts.projects if "增资" in p.name)
    assert p.investment is not None and p.investment.value == pytest.approx(12e8)
    assert p.stage == "under_construction"
    assert p.enterprises and "华润微" in p.enterprises[0]
    assert p.chains == ("semiconductor",)


def test_phases_with_their_own_amounts_are_two_projects(extractor):
    text = ("此次签约的燃料电池产业园项目由佛山南海区政府与国鸿氢能科技有限公司共建，一期建设电堆生产线，"
            "计划总投资额8亿元；该项目二期将建设系统集成基地，总投资额15亿元。")
    facts = run(extractor, text)
    phases = sorted((p.name, p.investment.value) for p in facts.projects if p.investment)
    assert [v for _, v in phases] == pytest.approx([8e8, 15e8]) or [v for _, v in phases] == pytest.approx([15e8, 8e8])
    assert all(p.stage == "signed" for p in facts.projects if p.investment)


def test_phases_without_own_amounts_stay_one_project(extractor):
    text = ("重塑科技园项目总投资20亿元，计划分三期建设，其中一期建设年产1万套燃料电池系统的生产线。"
            "目前一期设备已安装到位，正在调试。")
    facts = run(extractor, text)
    [p] = [p for p in facts.projects if p.investment]
    assert p.investment.value == pytest.approx(20e8) and p.stage == "under_construction"


def test_a_headline_description_is_not_a_second_project(extractor):
    text = ("柔性AMOLED生产线项目在成都实现量产\n"
            "京东方在成都高新区投资建设的第6代柔性AMOLED生产线近日实现量产，总投资465亿元。")
    facts = run(extractor, text)
    names = [p.name for p in facts.projects]
    assert len(names) == 1 and "京东方" in names[0]


def test_project_segments_come_from_the_products_it_builds(extractor):
    # The name says only 氢能产业园; the next sentence lists what it makes.
    text = ("张家港经济技术开发区与国富氢能签约共建氢能装备产业园项目，总投资20亿元。"
            "项目主要建设车载储氢瓶产线和加氢机产线，预计2025年投产。"
            "另外，园区一家光伏组件企业完成扩产。")
    facts = run(extractor, text, "2024-03-01")
    p = by_name(facts, "氢能装备产业园")
    assert "hydrogen.storage_transport" in p.segments and "hydrogen.refuelling" in p.segments
    assert not any(s.startswith("photovoltaic.") for s in p.segments)  # another chain's product, not this project's
