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


def supply_pairs(facts) -> set[tuple[str, str]]:
    return {(s.supplier, s.customer) for s in facts.supplies}


def test_supplier_of_a_list_of_customers(extractor):
    # rel.supply_list: 'A(已)成为B、C等…的供货商'
    facts = run(extractor, "国轩高科已成为上汽通用五菱、江淮汽车等车企的电池供货商。")
    pairs = supply_pairs(facts)
    assert {c for s, c in pairs if "国轩" in s} >= {"上汽通用五菱", "江淮汽车"}
    assert "rel.supply_list" in {s.evidence.rule for s in facts.supplies}


def test_fitted_customers_of_the_company_spoken_of(extractor):
    # rel.supply_fitted: '公司(产品)已与A、B实现配套'; the subject is the article's company
    text = ("拓普集团是一家汽车零部件企业，总部位于宁波。拓普集团近年来扩产加快。"
            "公司底盘产品已与吉利汽车、理想汽车实现批量配套。")
    pairs = supply_pairs(run(extractor, text))
    assert {c for s, c in pairs if "拓普" in s} >= {"吉利汽车", "理想汽车"}
    assert not any(s in ("吉利汽车", "理想汽车") for s, _ in pairs)


def test_fitted_with_a_part_another_company_provides(extractor):
    # rel.supply_fitted_with: '<maker>的车型采用Y供应的…' -> Y supplies the maker
    facts = run(extractor, "理想汽车的L9车型采用了宁德时代供应的三元锂电池。")
    assert ("宁德时代", "理想汽车") in supply_pairs(facts)


def test_these_firms_supply_refers_to_the_list_before(extractor):
    # rel.supply_anaphor: '上述企业均为B供应…' after a list of companies
    text = "签约仪式上，拓普集团、旭升集团等企业集中签约。上述企业均为特斯拉供应零部件。"
    pairs = supply_pairs(run(extractor, text))
    assert {s for s, c in pairs if c == "特斯拉"} >= {"拓普集团", "旭升集团"}


def test_planned_supply_and_strategic_cooperation_are_not_supplies(extractor):
    text = ("亿纬锂能是宝马的动力电池供应商。"
            "亿纬锂能还与蔚来汽车签署了战略合作协议。"
            "公司拟为小鹏汽车提供大圆柱电池，目前仍在洽谈。"
            "该公司与广汽埃安、奇瑞汽车合作多年，为其提供方形电池。")
    pairs = supply_pairs(run(extractor, text))
    customers = {c for s, c in pairs if "亿纬" in s}
    assert "宝马" in customers and {"广汽埃安", "奇瑞汽车"} <= customers
    assert "蔚来汽车" not in customers and "小鹏汽车" not in customers


def test_industries_that_are_a_zones_pillars(extractor):
    # rel.focus_possessor: '<产业>是<zone>的两大支柱产业'
    facts = run(extractor, "生物医药和集成电路是苏州工业园区的两大支柱产业，园区企业超过百家。")
    assert {f.chain for f in facts.focus} >= {"biomedicine", "semiconductor"}
    assert {f.evidence.rule for f in facts.focus} == {"rel.focus_possessor"}


def test_customers_take_the_chain_of_what_they_are_supplied(extractor):
    # a bus maker fitted with fuel-cell stacks is in the hydrogen chain by that role
    text = ("国鸿氢能是一家燃料电池电堆企业，与飞驰汽车、中通客车等整车企业合作多年。国鸿氢能产能持续扩大。"
            "目前，公司已与飞驰汽车、中通客车完成批量配套，为其燃料电池客车提供电堆。")
    facts = run(extractor, text)
    chains = {e.name: e.chains for e in facts.enterprises}
    assert "hydrogen" in chains["飞驰汽车"] and "hydrogen" in chains["中通客车"]


@pytest.mark.parametrize("text, pairs", [
    # a part of the maker's product made by another company: 由Y配套 / 来自Y
    ("北汽福田汽车股份有限公司带来了两款新车。据介绍，其电动重卡的动力电池由宁德时代旗下的时代电服科技有限公司配套。",
     {("时代电服科技有限公司", "福田汽车")}),
    ("北汽福田汽车股份有限公司展出了氢燃料电池物流车，其燃料电池系统来自上海重塑能源集团股份有限公司。",
     {("重塑能源", "福田汽车")}),
    # assembled for the maker: 由Y负责组装
    ("索尼集团今年2月推出的新款头显，同样由立讯精密工业股份有限公司负责组装。", {("立讯精密", "索尼")}),
    # money, works and plans are no part
    ("北汽福田汽车股份有限公司表示，项目资金来自宁德时代新能源科技股份有限公司。", set()),
    ("该项目由立讯精密工业股份有限公司负责建设。", set()),
    ("北汽福田汽车股份有限公司表示，新车的电池计划由宁德时代新能源科技股份有限公司提供。", set()),
])
def test_a_part_made_by_another_company_is_its_supply(extractor, text, pairs):
    assert {(s.supplier, s.customer) for s in run(extractor, text).supplies} == pairs


@pytest.mark.parametrize("text, pairs", [
    # '<maker>…搭载Y的<product>': Y's own product in the maker's
    ("据介绍，传音控股有限公司旗下多款入门级手机搭载紫光展锐科技有限公司的4G芯片。",
     {("紫光展锐", "传音控股")}),
    # not fitted, or Y's plant rather than its product
    ("浙江零跑科技股份有限公司的新车未搭载宁德时代新能源科技股份有限公司的麒麟电池。", set()),
    ("浙江零跑科技股份有限公司表示，新车采用宁德时代新能源科技股份有限公司的工厂生产的电池。", set()),
])
def test_a_product_fitted_with_a_makers_part(extractor, text, pairs):
    assert {(s.supplier, s.customer) for s in run(extractor, text).supplies} == pairs


def test_a_customer_list_may_open_with_names_only_the_list_makes_companies(extractor):
    # 华硕 is in no reference list; 惠普 and 戴尔 are, so the list names companies
    text = "欣旺达电子股份有限公司表示，公司笔记本电脑电池的主要客户包括华硕、惠普、戴尔等品牌，均已批量供货。"
    facts = run(extractor, text)
    assert {(s.supplier, s.customer) for s in facts.supplies} == {("欣旺达", "华硕"), ("欣旺达", "惠普"), ("欣旺达", "戴尔")}


def test_supplied_by_a_maker_then_supplying_another_in_the_next_clause(extractor):
    # '公司…原片主要由A供应，其…为B供货': A supplies the company spoken of; the company supplies B
    text = ("伯恩光学有限公司是手机玻璃盖板的大型加工商。公司生产所用的玻璃原片主要由美国康宁公司供应，"
            "其玻璃盖板多年来为小米集团批量供货。")
    pairs = {(s.supplier, s.customer) for s in run(extractor, text).supplies}
    assert ("康宁公司", "伯恩光学有限公司") in pairs and ("伯恩光学有限公司", "小米") in pairs
    assert ("康宁公司", "小米") not in pairs


def test_a_zone_focusing_on_industries_named_alone(extractor):
    # '<zone>聚焦X及Y，…' with no 产业 word after the list
    f = run(extractor, "平湖经济技术开发区聚焦氢能及新能源汽车关键零部件，今年新引进项目12个。")
    assert {(x.zone, x.chain) for x in f.focus} == {("平湖经济技术开发区", "hydrogen"), ("平湖经济技术开发区", "nev")}
    # the zone must be the clause's subject, right before the cue
    f = run(extractor, "平湖经济技术开发区今年新引进项目12个，园区企业聚焦氢能及新能源汽车关键零部件。")
    assert not f.focus


def test_each_company_of_a_list_after_the_supply_verb_is_supplied(extractor):
    text = ("江苏嵘泰工业股份有限公司长期专注于汽车铝合金精密压铸件。"
            "公司的转向机壳体多年来一直供应采埃孚、博世等国际转向系统厂商。")
    assert {(s.supplier, s.customer) for s in run(extractor, text).supplies} == {
        ("江苏嵘泰工业股份有限公司", "采埃孚"), ("江苏嵘泰工业股份有限公司", "博世")}


def test_a_project_owner_said_before_its_project_is_the_same_company(extractor):
    # 盐湖股份 is known only as the owner of its project, named after the supply
    facts = run(extractor, "西安蓝晓科技新材料股份有限公司(以下简称“蓝晓科技”)总部位于西安高新区。"
                           "在青海，蓝晓科技为盐湖股份提供吸附剂，盐湖股份年产2万吨电池级碳酸锂项目已经投产。")
    assert supply_pairs(facts) == {("蓝晓科技", "盐湖股份")}


def test_whom_a_company_became_supplier_of_is_a_company(extractor):
    facts = run(extractor, "此后，蓝晓科技股份有限公司又成为金海锂业的吸附剂和提锂装置供应商。")
    assert supply_pairs(facts) == {("蓝晓科技股份有限公司", "金海锂业")}
    # a rank is no company: '成为全球最大的…供应商', '成为行业内的主要供应商'
    for text in ("公司成为全球最大的隔膜供应商。", "公司成为行业内的主要供应商。"):
        assert not run(extractor, text).enterprises, text


def test_the_winner_of_a_companys_tender_supplies_it(extractor):
    facts = run(extractor, "长江存储科技有限责任公司(以下简称“长江存储”)一批刻蚀设备的采购项目，"
                           "由中微半导体设备(上海)股份有限公司中标。")
    assert supply_pairs(facts) == {("中微公司", "长江存储")}  # (the reference name of 中微半导体设备…)
    # a candidate has not won yet
    facts = run(extractor, "长江存储另一批设备采购项目中，北方华创为第一中标候选人。")
    assert not supply_pairs(facts)


def test_brands_of_a_trade_no_chain_names_and_a_customer_supplied_in_bulk(extractor):
    facts = run(extractor, "河南华翔散热器有限公司生产的散热器多年来为常柴、扬柴等柴油机企业配套。")
    assert {(s.supplier, s.customer) for s in facts.supplies} == {
        ("河南华翔散热器有限公司", "常柴"), ("河南华翔散热器有限公司", "扬柴")}
    facts = run(extractor, "湖南华鼎材料科技有限公司的正极材料今年起向华明锂电批量供货。")
    assert {(s.supplier, s.customer) for s in facts.supplies} == {("湖南华鼎材料科技有限公司", "华明锂电")}
    # a class of customers is no company
    assert not run(extractor, "湖南华鼎材料科技有限公司今年起向上述客户批量供货。").supplies


def test_a_counted_set_of_leading_industries_is_a_focus(extractor):
    text = "芜湖经济技术开发区以集成电路、新能源汽车和生物医药为三大主导产业。"
    facts = run(extractor, text)
    assert {(f.zone, f.chain) for f in facts.focus} == {
        ("芜湖经济技术开发区", "semiconductor"), ("芜湖经济技术开发区", "nev"),
        ("芜湖经济技术开发区", "biomedicine")}


def test_its_largest_customer_named_again_is_the_subjects_customer(extractor):
    text = ("湖南华鼎材料科技有限公司（以下简称“华鼎材料”）主要生产正极材料。据介绍，公司产品长期向欣旺达、"
            "亿纬锂能等电池厂商批量供货，欣旺达是其第一大客户。")
    pairs = {(s.supplier, s.customer) for s in run(extractor, text).supplies}
    assert ("亿纬锂能", "欣旺达") not in pairs
    assert ("湖南华鼎材料科技有限公司", "欣旺达") in pairs
