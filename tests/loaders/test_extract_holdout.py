"""Three short articles written after the rules, in our own words from public facts, with the facts
a reader would take from them. They check that the rules carry over to phrasings the seeds never use:
a plant named by its brand and city, '为…供应', '把…作为首位产业', a zone named city + own name."""

from __future__ import annotations

import pytest

from chainkg.loaders.extract import RuleExtractor
from chainkg.loaders.read import article_from_text

TESLA = """特斯拉上海超级工厂国产车开始交付 临港新片区再添制造业地标

2020年2月 来源：链图产业资讯

2019年12月30日，特斯拉上海超级工厂生产的首批国产Model 3交付给员工客户。这座工厂位于上海自贸区临港新片区，2019年1月7日奠基开工，从开工到投产不到一年。

特斯拉（上海）有限公司是工厂的运营主体，这也是特斯拉在美国以外的第一座超级工厂。项目一期规划年产能为15万辆，全部建成后年产能将达到50万辆。

临港新片区管委会表示，新片区将围绕集成电路、人工智能、生物医药、民用航空等前沿产业，打造世界级前沿产业集群。宁德时代、LG化学等企业为特斯拉上海超级工厂供应动力电池。
"""

LI_AUTO = """理想汽车常州基地二期开工 武进高新区新能源汽车产业加速集聚

2021年

近日，理想汽车常州基地二期项目在常州武进国家高新区正式开工建设，主要建设冲压、焊装车间和研发中心。

理想汽车常州工厂于2019年底投产，生产理想ONE车型。武进国家高新区近年来聚焦新能源汽车及核心零部件产业，集聚了一批电池、电机和电控配套企业。

另悉，位于常州国家高新区的星宇股份为理想汽车供应车灯产品。
"""

YIBIN = """四川时代一期全面投产 宜宾三江新区打造动力电池之都

2021年

位于宜宾三江新区的四川时代新能源科技有限公司一期项目日前全面投产。该公司由宁德时代新能源科技股份有限公司全资设立，是宁德时代在西南地区的重要生产基地。

宜宾三江新区把动力电池产业作为首位产业来打造，先后引进了天原集团、光原锂电等上下游企业。三江新区管委会相关负责人说，新区还将力争引进更多正极材料、隔膜、电解液项目落地。
"""


LIYANG = """宁德时代溧阳基地签约落户 江苏中关村科技产业园再迎百亿级项目

2016年12月

近日，宁德时代新能源科技股份有限公司与溧阳市人民政府签署投资协议，江苏时代新能源科技有限公司动力及储能电池研发与生产项目正式落户江苏中关村科技产业园，项目一期计划总投资100亿元。

江苏中关村科技产业园管委会负责人介绍，园区以新能源汽车及动力电池、智能电网等产业为主攻方向，此次签约将进一步完善园区的动力电池产业链。
"""

# Traditional script, as a Big5 page would give it after decoding.
CHENGDU_TRAD = """京東方成都第6代柔性AMOLED生產線量產 成都高新區顯示產業再上台階

2017年10月

京東方科技集團股份有限公司在成都高新區投資建設的第6代柔性AMOLED生產線日前實現量產。該生產線總投資465億元，是國內首條第6代柔性AMOLED生產線。

成都高新區將新型顯示作為重點發展的產業之一，已吸引一批上下游配套企業落戶。
"""


HEFEI_SIGNING = """合肥经开区集中签约12个项目 总投资逾200亿元

2023年

日前，合肥经济技术开发区举行重大项目集中签约仪式，12个项目现场签约，总投资逾200亿元，涵盖新能源汽车、集成电路、高端装备等领域。

其中，蔚来汽车与合肥经开区签署协议，蔚来第二先进制造基地二期项目总投资约60亿元；长鑫存储技术有限公司扩产项目计划投资35亿元；联宝（合肥）电子科技有限公司智能制造技改项目投资8000万元。

合肥经开区相关负责人表示，园区将紧扣新能源汽车和集成电路两大主导产业，持续开展补链强链延链招商。
"""


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def facts_of(extractor, text):
    return extractor.extract(article_from_text(text, doc="h.txt"))


def test_brand_plant_in_a_new_area(extractor):
    facts = facts_of(extractor, TESLA)
    zone_names = {z.name for z in facts.zones}
    assert any("临港新片区" in n or "临港新片区" in z.aliases for z in facts.zones for n in [z.name])
    plant = next(p for p in facts.projects if "超级工厂" in p.name)
    assert plant.enterprises == ("特斯拉",) or "特斯拉" in plant.enterprises[0]
    assert plant.stage == "in_production"
    assert plant.zone in zone_names
    assert {"semiconductor", "digital", "biomedicine"} <= {f.chain for f in facts.focus}
    suppliers = {s.supplier for s in facts.supplies}
    assert "宁德时代" in suppliers and all("特斯拉" in s.customer for s in facts.supplies)
    catl = next(e for e in facts.enterprises if e.name == "宁德时代")
    assert catl.zone is None  # a supplier of a plant in the zone is not located there


def test_second_phase_started_and_first_plant_in_production(extractor):
    facts = facts_of(extractor, LI_AUTO)
    phase2 = next(p for p in facts.projects if "二期" in p.name)
    assert phase2.stage == "started" and "理想汽车" in phase2.enterprises
    assert phase2.zone is not None and "武进" in phase2.zone
    plant = next(p for p in facts.projects if "工厂" in p.name)
    assert plant.stage == "in_production"
    assert ("星宇股份", "理想汽车") in {(s.supplier, s.customer) for s in facts.supplies}
    xingyu = next(e for e in facts.enterprises if e.name == "星宇股份")
    assert xingyu.zone is not None and "常州" in xingyu.zone and "武进" not in xingyu.zone
    wujin = next(z for z in facts.zones if "武进" in z.name)
    assert "nev" in {f.chain for f in facts.focus if f.zone == wujin.name}


def test_city_plus_name_zone_and_a_subsidiary_kept_apart(extractor):
    facts = facts_of(extractor, YIBIN)
    assert len([z for z in facts.zones if "三江新区" in z.name or "三江新区" in z.aliases]) == 1
    [zone] = facts.zones
    assert (zone.city, zone.province) == ("宜宾", "四川")
    names = {e.name for e in facts.enterprises}
    assert "宁德时代" in names and any(n.startswith("四川时代") for n in names)
    [project] = facts.projects
    assert project.stage == "in_production" and project.enterprises[0].startswith("四川时代")
    # '力争引进…项目落地' is a target: no project, no stage
    assert "nev" in {f.chain for f in facts.focus}


def test_signed_project_in_an_administered_park(extractor):
    facts = facts_of(extractor, LIYANG)
    assert [z.name for z in facts.zones] == ["江苏中关村科技产业园"]  # not the Beijing 中关村 of the reference
    project = next(p for p in facts.projects if p.investment is not None)
    assert project.stage == "signed" and project.investment.value == pytest.approx(100e8)
    assert project.zone == "江苏中关村科技产业园"
    assert not any(e.name.endswith("政府") for e in facts.enterprises)
    assert "nev" in {f.chain for f in facts.focus}


def test_traditional_script_plant_with_money_in_the_next_sentence(extractor):
    facts = facts_of(extractor, CHENGDU_TRAD)
    assert [z.name for z in facts.zones] == ["成都高新区"]
    [project] = facts.projects
    assert project.stage == "in_production"
    assert project.investment is not None and project.investment.value == pytest.approx(465e8)
    assert project.zone == "成都高新区" and "京东方" in project.enterprises[0]


def test_signing_list_with_amounts_in_yi_and_wan(extractor):
    facts = facts_of(extractor, HEFEI_SIGNING)
    assert len(facts.zones) == 1
    money = {p.name: p.investment.value for p in facts.projects if p.investment}
    assert sorted(money.values()) == pytest.approx([8e7, 35e8, 60e8])  # the 逾200亿元 total is no project's
    nio = next(p for p in facts.projects if "蔚来" in p.name)
    assert nio.enterprises and "蔚来" in nio.enterprises[0]  # the owner is a reference company's short name
    assert {f.chain for f in facts.focus} == {"nev", "semiconductor"}  # 紧扣…两大主导产业, not the 涵盖 list
