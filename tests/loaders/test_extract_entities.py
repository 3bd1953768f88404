"""Zones and enterprises, by rule family, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainkg.loaders.extract import Extractor, RuleExtractor
from chainkg.loaders.extract import enterprises as _ents
from chainkg.loaders.read import article_from_text


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


def run(extractor, text: str, date: str = "2024-05-10"):
    return extractor.extract(article_from_text(text, doc="t.txt", date=date))


def zone_names(facts) -> set[str]:
    return {z.name for z in facts.zones} | {a for z in facts.zones for a in z.aliases}


def ent_names(facts) -> set[str]:
    return {e.name for e in facts.enterprises} | {a for e in facts.enterprises for a in e.aliases}


def test_rule_extractor_is_an_extractor(extractor):
    assert isinstance(extractor, Extractor)
    assert extractor.name == "rules"


def test_zone_by_place_and_suffix_with_its_city(extractor):
    facts = run(extractor, "近日，芜湖经济技术开发区召开项目推进会。芜湖经开区负责人介绍了上半年情况。")
    [zone] = facts.zones
    assert {"芜湖经济技术开发区", "芜湖经开区"} <= zone_names(facts)
    assert (zone.city, zone.province, zone.kind) == ("芜湖", "安徽", "econ_dev")


def test_national_and_plain_forms_are_one_zone(extractor):
    facts = run(extractor, "绵阳国家高新区今年新开工项目12个。绵阳高新区将继续优化服务。")
    assert len(facts.zones) == 1


def test_towns_streets_and_provinces_are_not_zones(extractor):
    facts = run(extractor, "项目位于花桥镇，由城南街道负责协调。广东省高新区联盟当天召开年会。")
    assert facts.zones == ()


def test_anaphoric_zone_words_are_not_new_zones(extractor):
    facts = run(extractor, "该高新区今年引进项目20个，全国高新区排名再进一位。")
    assert facts.zones == ()


def test_park_counts_as_zone_only_with_its_administration(extractor):
    with_admin = run(extractor, "东湖科技城管委会表示，东湖科技城今年将新增企业300家。")
    assert any(z.name.endswith("科技城") for z in with_admin.zones)
    without = run(extractor, "企业将在光谷生物产业园建设新的研发中心。")
    assert not any(z.name.endswith("产业园") for z in without.zones)


def test_legal_names_groups_and_short_names(extractor):
    text = ("其中，苏州汇川技术有限公司的新厂房已投用。法国施耐德集团也在园区设有工厂。"
            "汇川技术主要生产伺服系统和变频器。")
    names = ent_names(run(extractor, text))
    assert "苏州汇川技术有限公司" in names or "汇川技术" in names
    assert any("施耐德" in n for n in names)
    assert not any(n.startswith("其中") for n in names)


def test_government_media_and_schools_are_not_enterprises(extractor):
    text = ("区发改局、市商务局和区委宣传部联合发布通知。本报记者从日报报业集团获悉，"
            "清华大学与园区签订合作协议。基金公司也参与了本轮投资。")
    names = ent_names(run(extractor, text))
    assert not any(n.endswith(("局", "部")) for n in names)
    assert not any("报业" in n or "大学" in n for n in names)
    assert "基金公司" not in names


def test_list_of_enterprises_before_a_head_noun(extractor):
    text = "改革惠及了隆基绿能、天合光能、晶科能源等一批重点企业。"
    names = ent_names(run(extractor, text))
    assert {"隆基绿能", "天合光能", "晶科能源"} <= names


def test_enterprise_mentions_merge_by_core_name(extractor):
    text = ("江苏恒立液压股份有限公司在常州国家高新区投资建设新工厂。恒立液压表示，"
            "新工厂投产后年产油缸10万只。")
    facts = run(extractor, text)
    hengli = [e for e in facts.enterprises if "恒立液压" in e.name]
    assert len(hengli) == 1
    assert hengli[0].zone is not None and "常州" in hengli[0].zone


def test_short_form_of_a_high_tech_zone_joins_it(extractor):
    facts = run(extractor, "苏州工业园区以东，苏州高新区今年新增项目40个。苏高新将继续做强集成电路产业。")
    suzhou = [z for z in facts.zones if "苏州高新" in z.name]
    assert len(suzhou) == 1 and "苏高新" in suzhou[0].aliases


def test_ambiguous_short_form_is_not_merged(extractor):
    facts = run(extractor, "常州高新区与常熟高新区签订合作协议。常高新方面表示将加强交流。")
    assert len(facts.zones) == 2
    assert not any("常高新" in z.aliases for z in facts.zones)


def test_city_plus_name_zones_stay_apart_and_a_bare_name_joins_its_own(extractor):
    two = run(extractor, "长春汽车经济技术开发区与长春经济技术开发区签订合作协议。")
    assert len(two.zones) == 2
    one = run(extractor, "宜宾三江新区今年引进项目20个。三江新区管委会表示，将继续做强产业。")
    assert len(one.zones) == 1 and one.zones[0].city == "宜宾"


def test_bare_development_zone_needs_a_known_place(extractor):
    assert len(run(extractor, "沈阳开发区今年新增企业50家。").zones) == 1
    assert run(extractor, "全市各开发区要加快建设。").zones == ()


# The actor and partner rules are tried only near a company ending followed by an act;
# they must find what the plain look-behind patterns find anywhere.
_ACTOR_PLAIN = re.compile(rf"(?:^|(?<=[{_ents._ACTOR_AT}]))" + _ents._ACTOR_RE.pattern)
_PARTNER_PLAIN = re.compile(rf"(?<=[{_ents._PARTNER_AT}])" + _ents._PARTNER_RE.pattern)
_WORDS = ["宏微", "科技", "新材料", "材料", "车业", "常诚", "礼来", "制药", "增资", "投资", "是", "将", "与", "和", "同",
          "共同", "合作", "在", "由", "，", "。", "、", "“", "(", "2024年", "于1", "的新", "股份", "集团", "研发"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map("".join))
def test_actor_and_partner_matches_equal_the_look_behind_patterns(text: str) -> None:
    def spans(ms):
        return [(m.start(), m.end(), m.group("name")) for m in ms]

    ends = [e for _, _, e in _ents._ENDING_AUTO.find_matches_as_indexes(text, overlapping=True)]
    actor = _ents._matches_after(_ents._ACTOR_AT, _ents._ACTOR_RE, _ents._ACTOR_ACTS, text, ends, at_start=True)
    partner = _ents._matches_after(_ents._PARTNER_AT, _ents._PARTNER_RE, _ents._PARTNER_ACTS, text, ends)
    assert spans(actor) == spans(_ACTOR_PLAIN.finditer(text))
    assert spans(partner) == spans(_PARTNER_PLAIN.finditer(text))


def test_a_city_name_holding_a_cut_word_stays_in_the_legal_name(extractor):
    # 暨 and 同 cut names on the left (签约暨开工, 同…合作), but not inside the cities 诸暨 and 大同
    facts = run(extractor, "诸暨华海氢能科技有限公司落户当地开发区。山西大同煤矿集团氢能有限公司同期签约。")
    names = ent_names(facts)
    assert "诸暨华海氢能科技有限公司" in names
    assert any(n.startswith("大同煤矿") or n.startswith("山西大同") for n in names)


def test_a_two_character_alias_used_as_a_noun_is_no_company(extractor):
    facts = run(extractor, "乘着数字化浪潮，开发区把智能网联汽车作为首位产业。")
    assert not facts.enterprises


def test_a_trade_name_after_its_class_noun(extractor):
    # ent.apposition: '…品牌X汽车'
    facts = run(extractor, "吉利旗下的高端电动品牌极氪汽车，在宁波杭州湾新区建成了智能工厂。")
    assert "极氪汽车" in ent_names(facts)


def test_a_city_named_subsidiary_is_not_its_listed_parent(extractor):
    text = ("比亚迪股份有限公司在陕西的整车生产由西安比亚迪汽车有限公司承担。"
            "比亚迪今年销量大增。")
    names = {e.name for e in run(extractor, text).enterprises}
    assert "西安比亚迪汽车有限公司" in names and "比亚迪" in names


def test_a_name_found_by_its_context_is_found_again_without_it(extractor):
    # ent.repeat: '…等企业' names 骥翀氢能 once; the next sentence uses the bare name
    text = "骥翀氢能、清能股份等企业已落户园区。宇通客车近日向骥翀氢能采购了一批电堆。"
    facts = run(extractor, text)
    assert ("骥翀氢能", "宇通客车") in {(s.supplier, s.customer) for s in facts.supplies}


@pytest.mark.parametrize("text, kept", [
    # what a company described by its country does is not its name
    ("隔膜的基膜主要由日本旭化成公司供应，公司再进行涂覆加工。", {"旭化成公司"}),
    ("高端光刻胶市场长期由日本和美国企业主导。", set()),
    # a forecast or a notice about the company names none
    ("我们预计公司2025年营业收入为42.6亿元，维持买入评级。", set()),
    ("公司收到某车企的定点通知书，确认公司成为其电子水泵的供应商。", set()),
    # kinds of suppliers a zone recruits are industries, not companies
    ("园区今年将围绕整车企业招引电驱动、热管理等配套企业。", set()),
    # a purchase is not part of the name bought
    ("赣锋锂业以约12亿元购入阿根廷锂业公司约5%的股权。", {"赣锋锂业", "阿根廷锂业公司"}),
])
def test_clause_words_before_or_after_a_company_word_name_nothing(extractor, text, kept):
    assert {e.name for e in run(extractor, text).enterprises} == kept


def test_a_zone_named_for_a_district_the_region_table_lacks(extractor):
    # 江都 (扬州) is a district; 都 is also a stop character ('都' = all)
    # the province before it qualifies the name: one zone with its short form said later
    facts = run(extractor, "今年3月，一家汽车零部件企业在江苏江都经济开发区签约建设新厂，项目总投资5亿元。"
                           "江都经开区表示将做好服务。")
    assert [z.name for z in facts.zones] == ["江都经济开发区"]
    facts = run(extractor, "项目主体厂房在江都经济开发区顺利封顶。")
    assert [z.name for z in facts.zones] == ["江都经济开发区"]


def test_one_short_name_before_its_trade_after_a_preposition(extractor):
    # '为X等手机品牌': X is a maker of that trade; a kind of business (储能) is not
    assert {e.name for e in run(extractor, "其手机玻璃盖板多年来为荣耀等手机品牌批量供货。").enterprises} == {"荣耀"}
    assert not run(extractor, "公司为储能等新能源企业提供服务。").enterprises


def test_a_parks_proper_name_may_run_to_five_characters(extractor):
    # 张江长三角科技城 (平湖): no known place opens it, and its name is five characters before 科技城
    facts = run(extractor, "今年3月，一家氢能企业落户张江长三角科技城。张江长三角科技城管委会表示，将做好服务。")
    assert [z.name for z in facts.zones] == ["张江长三角科技城"]


def test_an_industry_alone_before_gongsi_names_no_company(extractor):
    # 大全 holds 全, a stop character, so the name is cut to 新能源公司: a kind, not a company
    assert not run(extractor, "大全新能源公司在石河子经济技术开发区投资建设多晶硅项目。").enterprises
    assert {e.name for e in run(extractor, "华芯新能源公司在园区投资建设储能项目。").enterprises} == {"华芯新能源公司"}


def test_a_latin_name_that_owns_units_is_a_company(extractor):
    facts = run(extractor, "据悉，Rivian旗下的伊利诺伊工厂将扩产，并为Rivian生产新一代电动皮卡。")
    assert {e.name for e in facts.enterprises} == {"Rivian"}
    # a model or product line under a brand is not one (Quest系列 is Meta's)
    facts = run(extractor, "歌尔股份有限公司是Meta旗下Quest系列头显的主要代工厂。")
    assert "Quest" not in {e.name for e in facts.enterprises}


def test_a_legal_word_alone_names_no_company_and_konggu_before_a_place_is_a_verb(extractor):
    # 万向 is cut at 向 (a stop character): what is left, 控股有限公司, is a legal word, not a name
    assert not ent_names(run(extractor, "万向控股有限公司在萧山投资建设电池项目。"))
    assert ent_names(run(extractor, "复星控股公司在萧山投资建设电池项目。")) == {"复星控股公司"}
    # '控股' then a place: the holding company holds the one named after it
    facts = run(extractor, "南大光电控股宁波南大光电材料有限公司，后者生产光刻胶。")
    assert "宁波南大光电材料有限公司" in ent_names(facts)
    assert not any(n.startswith("南大光电控股") for n in ent_names(facts))


@pytest.mark.parametrize("text, names", [
    # a place, a report's verb, a receipt or a time word before 公司 is no part of a name
    ("新工厂紧邻公司在嘉兴的老厂区。", set()),
    ("报告提到苏州华研微电子有限公司的车规芯片。", {"苏州华研微电子有限公司"}),
    ("认证之后公司将扩大交付。", set()),
    ("下游环节，驱动芯片大厂联咏科技(Novatek)在上海设有研发中心。", {"联咏科技"}),
    # customers from places are places, not companies
    ("公司接获成都、西安、重庆以及沙特等地客户的订单。", set()),
])
def test_words_before_a_name_and_places_in_a_customer_list(extractor, text, names):
    assert ent_names(run(extractor, text)) == names


def test_a_county_park_whose_administration_uses_the_countys_level_word_is_a_zone(extractor):
    text = "记者来到内乡县产业集聚区的一家汽车零部件企业。县产业集聚区管委会负责人说，今年新签约项目8个。"
    assert zone_names(run(extractor, text)) == {"内乡县产业集聚区"}
    assert not zone_names(run(extractor, "记者来到内乡县产业集聚区的一家汽车零部件企业。"))


def test_a_park_that_signs_an_investment_agreement_with_a_company_is_a_zone(extractor):
    text = "6月2日，涪陵新材料科技城（以下简称“科技城”）与浙江新和成股份有限公司签订投资协议。"
    assert "涪陵新材料科技城" in zone_names(run(extractor, text))
    assert not zone_names(run(extractor, "6月2日，涪陵新材料科技城迎来浙江新和成股份有限公司的考察团。"))


def test_a_former_name_is_the_renamed_company_and_a_changed_short_name_is_none(extractor):
    text = ("浙江华远新材料股份有限公司（以下简称“华远新材”）日前完成工商变更，公司名称由“浙江华远汽车部件股份有限公司”"
            "改为现名，证券简称随之调整。")
    facts = run(extractor, text)
    assert [e.name for e in facts.enterprises] == ["浙江华远新材料股份有限公司"]
    assert "浙江华远汽车部件股份有限公司" in facts.enterprises[0].aliases
    assert not any("随之" in a for e in facts.enterprises for a in e.aliases)


def test_kinds_of_parts_in_common_words_are_no_companies(extractor):
    assert not ent_names(run(extractor, "以整车企业为牵引，园区集聚了车身、座椅、电子电器等零部件配套企业。"))
    assert ent_names(run(extractor, "园区集聚了博世、法雷奥等零部件企业。")) >= {"博世", "法雷奥"}


def test_elements_before_a_trade_and_an_industry_taken_up_are_no_companies(extractor):
    facts = run(extractor, "江西华锂钴业股份有限公司今年的钴镍新材料研发项目获得省级专项资金支持。")
    assert ent_names(facts) == {"江西华锂钴业股份有限公司"}
    facts = run(extractor, "该区负责人表示，经开区把光电信息作为重点培育的新兴产业，打造光电信息产业集群。")
    assert not ent_names(facts)
