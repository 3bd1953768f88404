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


def test_a_phase_with_only_a_plan_is_not_at_the_built_phase_stage(extractor):
    text = ("欣旺达动力电池项目位于南昌经济技术开发区，分两期实施，一期投资20亿元，已于去年建成投产；"
            "二期计划投资30亿元，预计明年开工。")
    facts = run(extractor, text, "2024-05-10")
    stages = {p.name[-2:]: p.stage for p in facts.projects if p.investment}
    assert stages == {"一期": "in_production", "二期": None}, stages


def test_phases_with_own_amounts_keep_the_stage_said_of_both(extractor):
    # 签约落户 is said of the whole; each phase's 达产后 is a plan, not a stage of its own
    text = ("宁德时代电池结构件项目在溧阳高新区签约落户。按照规划，项目一期投资6亿元，达产后年产值10亿元；"
            "项目二期投资9亿元，达产后年产值15亿元。")
    facts = run(extractor, text, "2024-05-10")
    got = sorted((p.investment.value, p.stage) for p in facts.projects if p.investment)
    assert got == [(pytest.approx(6e8), "signed"), (pytest.approx(9e8), "signed")], got


def test_phases_without_own_amounts_stay_one_project(extractor):
    text = ("重塑科技园项目总投资20亿元，计划分三期建设，其中一期建设年产1万套燃料电池系统的生产线。"
            "目前一期设备已安装到位，正在调试。")
    facts = run(extractor, text)
    [p] = [p for p in facts.projects if p.investment]
    assert p.investment.value == pytest.approx(20e8) and p.stage == "under_construction"


def test_phases_at_their_own_stages_are_two_projects(extractor):
    text = ("赣锋锂业的年产2.5万吨电池级碳酸锂项目位于新余高新技术产业开发区，分两期建设。"
            "该项目一期已于去年建成投产；项目二期今年3月开工，目前厂房正在加紧施工。")
    facts = run(extractor, text, "2023-11-20")
    stages = {p.name[-2:]: p.stage for p in facts.projects}
    assert stages == {"一期": "in_production", "二期": "under_construction"}, stages
    assert all(p.enterprises and p.zone for p in facts.projects)


def test_a_total_with_phases_at_other_stages_keeps_the_whole(extractor):
    # the whole (its total, the stage of its leading phase) and the phase at another stage
    text = ("比亚迪动力电池生产基地项目落户长沙经济技术开发区，总投资60亿元，分两期建设。"
            "目前项目一期已经实现量产，二期厂房主体已封顶。")
    facts = run(extractor, text, "2023-11-20")
    got = sorted((p.name.endswith("二期"), p.stage, p.investment and p.investment.value) for p in facts.projects)
    assert got == [(False, "in_production", pytest.approx(60e8)), (True, "under_construction", None)], got


def test_a_phase_named_as_its_own_project_is_not_split_again(extractor):
    text = ("长鑫存储二期工程的主厂房已经封顶。"
            "长鑫存储晶圆制造项目总投资1500亿元，其中一期已实现量产，二期正在加紧建设。")
    facts = run(extractor, text, "2023-11-20")
    assert sum("二期" in p.name for p in facts.projects) == 1, [p.name for p in facts.projects]


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


def test_a_bare_phase_takes_the_company_spoken_of(extractor):
    # '一期项目…' after a sentence on the company: the company's phase one, named with it
    text = ("武汉新芯集成电路制造有限公司位于武汉东湖高新区，是一家12英寸晶圆代工企业。"
            "一期项目于2008年建成投产，月产能超过2万片。")
    facts = run(extractor, text)
    [p] = [p for p in facts.projects if "一期" in p.name]
    assert p.name.startswith("武汉新芯") and p.name.endswith("一期项目")
    assert p.enterprises and p.stage == "in_production"


def test_a_bare_phase_joins_the_named_project_of_that_phase(extractor):
    text = ("8月，天合光能宿迁二期项目在宿迁经济技术开发区开工。"
            "目前二期项目正在加紧施工。")
    facts = run(extractor, text)
    phases = [p for p in facts.projects if "二期" in p.name]
    assert len(phases) == 1 and phases[0].stage == "under_construction"


def test_lead_verbs_and_parents_are_not_part_of_a_name(extractor):
    text = ("华虹公司的募集资金主要投向华虹制造无锡12英寸集成电路生产线项目。"
            "通富微电旗下通富超威苏州封测扩产项目在苏州工业园区开工。")
    names = [p.name for p in run(extractor, text).projects]
    assert not any(n.startswith(("募集资金", "主要投向", "通富微电旗下")) for n in names)
    assert any(n.startswith("通富超威") for n in names)


def test_a_subsidiary_named_under_its_parent_is_its_own_company(extractor):
    text = "中环股份旗下中环半导体大直径硅片扩产项目在宜兴经济技术开发区开工，总投资30亿元。"
    facts = run(extractor, text)
    assert "中环半导体" in {e.name for e in facts.enterprises} and len(facts.enterprises) == 2
    [p] = facts.projects
    assert p.enterprises == ("中环半导体",)


def test_a_numbered_plant_is_not_the_first_plant(extractor):
    text = ("华虹半导体总投资100亿美元的无锡集成电路研发和制造基地项目在无锡高新区建成投产。"
            "华虹半导体还计划建设无锡集成电路研发和制造基地二厂项目，投资67亿美元。")
    facts = run(extractor, text)
    amounts = sorted(p.investment.value for p in facts.projects if p.investment)
    assert amounts == pytest.approx([67e8, 100e8])


def test_its_project_belongs_to_the_company_before_its(extractor):
    # '<企业>宣布其…项目': the company named before 其, not a brand word heading the name
    text = "2015年，英特尔宣布其新的傲腾存储芯片项目落户大连经济技术开发区。"
    facts = run(extractor, text)
    [p] = facts.projects
    assert p.enterprises == ("英特尔",)
    assert {e.name for e in facts.enterprises} == {"英特尔"}


def test_bases_named_by_their_place(extractor):
    # project.place_base: '<地方>基地' said with an amount or a stage is the company's base there
    text = ("欣旺达近年来在多地布局动力电池生产基地。"
            "其中，南昌基地落户南昌市，总投资120亿元；惠州基地规划产能30GWh。")
    facts = run(extractor, text)
    nanchang = by_name(facts, "南昌基地")
    assert nanchang.name == "欣旺达南昌基地" and nanchang.investment.value == pytest.approx(120e8)
    assert by_name(facts, "惠州基地").name == "欣旺达惠州基地"
    assert len(facts.projects) == 2


def test_a_base_of_a_zones_city_is_the_project_in_that_zone(extractor):
    text = ("蜂巢能源的动力电池项目签约落户常州金坛经济开发区。"
            "目前，金坛基地已建成投产。")
    facts = run(extractor, text)
    assert len(facts.projects) == 1
    assert facts.projects[0].stage == "in_production"


def test_a_quoted_code_name_is_a_project_with_its_user(extractor):
    text = "该项目又称“临港X1项目”，使用单位为上海蔚来汽车有限公司，目前已进场施工。项目位于临港新片区。"
    facts = run(extractor, text)
    p = by_name(facts, "X1项目")
    assert p.stage == "under_construction" and p.enterprises


def test_the_next_sentence_on_another_company_is_not_the_projects(extractor):
    text = ("蔚来第二先进制造基地项目于去年在合肥新桥智能电动汽车产业园区签约。"
            "江淮汽车则已在自己的工厂投产交付多款新车型。")
    p = by_name(run(extractor, text), "先进制造基地")
    assert p.stage == "signed"


def test_a_companys_chain_partners_are_not_one_project(extractor):
    text = "双方将共同推动比亚迪产业链上下游项目落户合肥经济技术开发区。"
    assert not run(extractor, text).projects


def test_a_company_named_park_with_its_event_is_a_project(extractor):
    # project.works_event: '<企业>…产业园(（基地）)在X举行奠基仪式'
    text = ("昨日，比亚迪新能源汽车零部件产业园（合肥基地）在合肥长丰县举行奠基仪式。"
            "另一方面，当地还有多家零部件企业在谈。")
    facts = run(extractor, text)
    p = by_name(facts, "零部件产业园")
    assert p.name.startswith("比亚迪") and p.stage == "started" and p.enterprises == ("比亚迪",)


def test_a_wholes_first_phase_with_its_own_amount_is_a_project():
    from chainkg.loaders.extract import RuleExtractor
    from chainkg.loaders.read import article_from_text

    def projects(text: str) -> dict[str, float | None]:
        facts = RuleExtractor().extract(article_from_text(text))
        return {p.name: p.investment.value if p.investment else None for p in facts.projects}

    # the phase has no name of its own: it is named after the whole
    assert projects("四川时代动力电池宜宾基地项目总投资100亿元，其中一期投资40亿元，目前一期已建成投产。") == {
        "四川时代动力电池宜宾基地项目": 1e10, "四川时代动力电池宜宾基地项目一期": 4e9}
    assert projects("四川时代动力电池宜宾基地项目总投资100亿元。其中，一期投资40亿元，已建成投产。") == {
        "四川时代动力电池宜宾基地项目": 1e10, "四川时代动力电池宜宾基地项目一期": 4e9}
    assert projects("四川时代动力电池宜宾基地项目总投资100亿元。此次开工的是项目一期，投资40亿元。") == {
        "四川时代动力电池宜宾基地项目": 1e10, "四川时代动力电池宜宾基地项目一期": 4e9}
    # the text names the phase: that project takes the amount
    named = projects("四川时代动力电池宜宾基地项目总投资100亿元，其中一期投资40亿元。基地一期项目已于去年底建成投产。")
    # (named after its owner, 四川时代: 电池 closes the term 动力电池, it is no company ending here)
    assert named == {"四川时代动力电池宜宾基地项目": 1e10, "四川时代一期项目": 4e9}


def test_a_company_s_project_said_with_de_is_its_own(extractor):
    text = "赣锋锂业的年产2.5万吨电池级碳酸锂项目位于新余高新技术产业开发区，目前正在加紧施工。"
    [p] = run(extractor, text).projects
    assert p.enterprises == ("赣锋锂业",)


def test_a_bare_phase_beside_a_named_phase_is_its_sibling(extractor):
    # '…基地二期…。基地一期于2021年开工…投产': phase one of the same base, named with it
    text = ("记者从宜宾三江新区获悉，四川时代动力电池基地二期项目建设进展顺利。"
            "四川时代新能源科技有限公司是宁德时代的全资子公司，是一家能够量产动力电池的企业。"
            "基地一期于2019年12月开工，2021年投产。")
    facts = run(extractor, text, "2022-06-01")
    stages = {p.name: p.stage for p in facts.projects}
    assert stages == {"四川时代动力电池基地二期项目": "under_construction",
                      "四川时代动力电池基地一期": "in_production"}, stages


def test_the_only_phase_named_speaks_of_the_whole(extractor):
    text = "英特尔大连工厂位于大连经济技术开发区。工厂一期投资25亿美元，2010年正式投产。"
    [p] = run(extractor, text).projects
    assert p.name == "英特尔大连工厂" and p.stage == "in_production"


def test_projects_a_zone_works_on_are_no_project_name(extractor):
    text = "常州高新区围绕新能源和新材料两大主导产业抓项目、强链条，全年新签约项目40余个。"
    assert not run(extractor, text).projects


def test_a_phase_given_its_stage_in_a_split_sentence_keeps_it_on_its_own_project(extractor):
    # the split of phase one and two hands phase two's start to the project named 二期 later
    text = ("深圳基本半导体有限公司碳化硅功率器件项目一期于6月实现通线，目前正处于产能爬坡阶段；项目二期主体厂房于11月开工建设。"
            "园区将推动碳化硅功率器件二期早日建成。")
    facts = run(extractor, text, "2023-12-20")
    stages = sorted((p.name[-2:], p.stage) for p in facts.projects)
    assert stages == [("一期", "in_production"), ("二期", "started")], [(p.name, p.stage) for p in facts.projects]


def test_a_named_refuelling_station_that_opens_is_a_project(extractor):
    # a station is named by its place and kind, with or without 项目; the place is not its owner
    facts = run(extractor, "2024年3月，滨江路综合加能站已建成投入使用，可同时为氢能重卡加氢和为电动车充电。")
    p = by_name(facts, "滨江路综合加能站")
    assert p.stage == "in_production" and p.enterprises == ()
    assert not any("滨江路" in e.name for e in facts.enterprises)
    # the builder before it ('由A建设的…') or in the next sentence ('该加氢站由A投资、建设和运营')
    facts = run(extractor, "由浙江嘉化能源化工股份有限公司建设的乍浦制氢加氢一体化站日前投入运行。")
    p = by_name(facts, "乍浦制氢加氢一体化站")
    assert p.stage == "in_production" and p.enterprises == ("浙江嘉化能源化工股份有限公司",)
    facts = run(extractor, "东港加氢站于今年5月正式投入运营。该加氢站由浙江嘉化能源化工股份有限公司投资、建设和运营。")
    assert by_name(facts, "东港加氢站").enterprises == ("浙江嘉化能源化工股份有限公司",)
    # the station may lie in the zone the text is about; its operator, which runs stations
    # in many places, is not thereby in that zone
    facts = run(extractor, "平湖经济技术开发区今年新落地氢能项目5个，氢能产业链加快成形。\n\n"
                           "与此同时，加氢网络建设也在提速，年内还将新建加氢站3座。\n\n"
                           "由浙江嘉化能源化工股份有限公司建设的乍浦制氢加氢一体化站日前投入运行。")
    p = by_name(facts, "乍浦制氢加氢一体化站")
    assert p.zone is not None and "平湖" in p.zone
    assert [e.zone for e in facts.enterprises if e.name == "浙江嘉化能源化工股份有限公司"] == [None]
    # a station named by its kind alone is no project
    facts = run(extractor, "该加氢站建成后，日加注能力可达500公斤。")
    assert not facts.projects


def test_a_count_of_projects_names_no_project(extractor):
    facts = run(extractor, "今年以来，长沙经开区新签约集成电路项目3个，新开工氢能项目十余个，总投资超50亿元。")
    assert not facts.projects
    assert not any("签约" in e.name or "开工" in e.name for e in facts.enterprises)


def test_a_clause_before_a_base_is_no_plant_and_a_base_no_owner(extractor):
    facts = run(extractor, "会上，奇瑞汽车通报了芜湖基地新能源乘用车技改项目的进展。该项目总投资额18亿元。")
    assert [p.name for p in facts.projects] == ["芜湖基地新能源乘用车技改项目"]
    assert {e.name for e in facts.enterprises} == {"奇瑞汽车"}


def test_a_tables_next_milestone_column_is_a_target(extractor):
    # 下一节点 holds what comes next (投产); 本周进度 holds what is done
    text = ("重点项目建设进度通报\n| 序号 | 项目名称 | 建设单位 | 总投资 | 本周进度 | 下一节点 |\n|---|---|---|---|---|---|\n"
            "| 1 | 高镍正极材料扩产项目 | 湖南长远锂科股份有限公司 | 12亿元 | 主体厂房已封顶 | 11月一期正式投产 |\n")
    facts = run(extractor, text)
    assert [(p.name, p.stage) for p in facts.projects] == [("高镍正极材料扩产项目", "under_construction")]


def test_a_refinery_project_is_in_no_chain_of_ours(extractor):
    facts = run(extractor, "中国石化在镇海经济技术开发区建设的镇海炼化一体化项目总投资约300亿元，目前已经投产。")
    assert [p.chains for p in facts.projects] == [("other",)]


def test_a_plant_named_by_its_products_and_given_a_stage_is_its_makers_project(extractor):
    facts = run(extractor, "宁波东方电子股份有限公司新建的车规级功率模块工厂已实现量产，产品供应多家整车企业。")
    p = by_name(facts, "车规级功率模块工厂")
    assert p.stage == "in_production" and p.enterprises == ("宁波东方电子股份有限公司",)
    # the plant's products must be industry words, and someone must build it
    assert not run(extractor, "公司食堂新建的员工餐厅工厂已实现量产。").projects
    assert not run(extractor, "新建的车规级功率模块工厂已实现量产。").projects


def test_a_numbered_round_up_items_zone_does_not_reach_a_later_item(extractor):
    text = ("本周要闻\n1. 【合肥】合肥高新技术产业开发区举行集成电路项目集中签约活动，总投资逾30亿元。\n"
            "2. 【芜湖】芜湖市人民政府发布新能源汽车产业政策。\n"
            "3. 【滁州】安徽华晶微电子有限公司碳化硅器件项目正式投产。\n")
    p = by_name(run(extractor, text), "碳化硅器件项目")
    assert p.zone is None


def test_a_stage_word_inside_a_projects_name_is_not_its_stage(extractor):
    facts = run(extractor, "苏州华芯科技有限公司12英寸特色工艺晶圆量产线项目总投资50亿元，目前主厂房正在施工。")
    assert [p.stage for p in facts.projects] == ["under_construction"]


def test_a_phase_named_as_its_own_project_takes_its_own_stage(extractor):
    text = ("宁波华拓汽车部件有限公司在园区建设的电池托盘生产线一期实现量产，"
            "同日，电池托盘生产线二期项目签约。")
    assert by_name(run(extractor, text), "电池托盘生产线二期项目").stage == "signed"


def test_the_company_said_again_opens_no_project_name(extractor):
    text = "河北华通汽车部件有限公司今年扩产。该公司新能源汽车底盘结构件项目二期正式开工，二期计划投资2.6亿元。"
    assert all(not p.name.startswith("公司") for p in run(extractor, text).projects)
    assert by_name(run(extractor, text), "新能源汽车底盘结构件项目")


def test_a_generation_before_deng_lists_no_project(extractor):
    from chainkg.loaders.extract.projects import find_listed

    text = "记者获悉，市、区两级重点项目——第三代等先进半导体产业厂房项目（二期）已进入收尾阶段。"
    assert not any("第三代" in m.text for m in find_listed(text, extractor.know))
