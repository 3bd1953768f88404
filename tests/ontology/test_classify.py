"""Keyword classification: sample phrases (our own wording) land in the right segments."""

from __future__ import annotations

import pytest

from chainkg.ontology import load_ontology

# (phrase, expected segment) - phrases written by us in the style of zone news.
PHRASES = [
    ("建设年产500台碱性电解槽生产线", "hydrogen.production"),
    ("布局风光制氢一体化示范", "hydrogen.production"),
    ("IV型储氢瓶生产基地落户园区", "hydrogen.storage_transport"),
    ("新建一座日加注能力1000公斤的加氢站", "hydrogen.refuelling"),
    ("质子交换膜实现国产替代", "hydrogen.materials"),
    ("膜电极年产能达到百万片", "hydrogen.mea"),
    ("金属双极板冲压产线投用", "hydrogen.bipolar_plate"),
    ("燃料电池电堆功率密度再创新高", "hydrogen.stack"),
    ("燃料电池空压机配套项目", "hydrogen.bop"),
    ("一期形成年产2万套燃料电池动力系统能力", "hydrogen.system"),
    ("首批氢燃料电池重卡交付物流企业", "hydrogen.vehicle"),
    ("开展天然气掺氢示范应用", "hydrogen.other_uses"),
    ("盐湖提锂制备电池级碳酸锂", "nev.minerals"),
    ("年产10万吨磷酸铁锂正极材料项目", "nev.cathode"),
    ("人造石墨负极材料一体化基地", "nev.anode"),
    ("年产1万吨高精度锂电铜箔扩产", "nev.anode"),  # the anode's current collector, a battery material
    ("六氟磷酸锂及锂电池电解液项目", "nev.electrolyte"),
    ("新增湿法隔膜生产线四条", "nev.separator"),
    ("20GWh动力电池电芯项目开工", "nev.battery_cell"),
    ("电池包及BMS研发中心", "nev.battery_system"),
    ("扁线电机及三合一电驱总成", "nev.motor_drive"),
    ("电机控制器与整车控制器产线", "nev.electronic_control"),
    ("新能源汽车用智能视觉系统车灯项目", "nev.auto_parts"),
    ("热成型零件生产线竣工投产", "nev.auto_parts"),
    ("车载激光雷达量产", "nev.intelligent"),
    ("年产20万辆新能源乘用车整车项目", "nev.vehicle"),
    ("建设超充站和换电站网络", "nev.charging"),
    ("动力电池回收与梯次利用基地", "nev.recycling"),
    ("12英寸硅片项目二期", "semiconductor.substrate"),
    ("碳化矽功率器件产线投产", "semiconductor.power_devices"),  # Taiwan and Hong Kong spelling of 碳化硅
    ("联电厦门12吋晶圆厂量产", "semiconductor.fabrication"),
    ("ArF光刻胶研发取得突破", "semiconductor.materials"),
    ("刻蚀机和薄膜沉积设备扩产", "semiconductor.equipment"),
    ("自主可控的EDA工具", "semiconductor.eda_ip"),
    ("车规级MCU芯片设计企业", "semiconductor.design"),
    ("12英寸晶圆制造生产线", "semiconductor.fabrication"),
    ("先进封装测试基地", "semiconductor.packaging"),
    ("IGBT模块和SiC MOSFET", "semiconductor.power_devices"),
    ("碳化硅功率器件项目", "semiconductor.power_devices"),
    ("Mini LED芯片扩产", "semiconductor.compound_opto"),
    ("颗粒硅项目满产", "photovoltaic.polysilicon"),
    ("TOPCon电池片产线", "photovoltaic.cell"),
    ("光伏玻璃和光伏胶膜", "photovoltaic.auxiliary"),
    ("双面光伏组件出货", "photovoltaic.module"),
    ("整县推进分布式光伏", "photovoltaic.power_station"),
    ("组串式逆变器出口", "photovoltaic.inverter"),
    ("特色原料药生产线", "biomedicine.raw_materials"),
    ("CDMO一体化服务平台", "biomedicine.cro_cdmo"),
    ("mRNA疫苗产业化基地", "biomedicine.biologics"),
    ("中药配方颗粒生产", "biomedicine.tcm"),
    ("体外诊断试剂盒", "biomedicine.devices"),
    ("聚乳酸可降解塑料项目", "new_materials.chemicals"),
    ("T800级碳纤维量产", "new_materials.composites"),
    ("剪叉式高空作业平台新工厂", "equipment.construction_machinery"),
    ("谐波减速器国产化", "equipment.components"),
    ("六轴工业机器人下线", "equipment.robots"),
    ("五轴联动数控机床", "equipment.machine_tools"),
    ("海上风电整机基地", "equipment.energy"),
    ("航空零组件智能化产业园", "equipment.aerospace"),
    ("5G基站设备制造", "digital.communications"),
    ("智能语音大模型开放平台", "digital.ai"),
    ("工业互联网标识解析节点", "digital.data"),
    ("工业软件攻关", "digital.software"),
    ("柔性电路板FPC项目", "digital.components"),
]


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_enough_phrases():
    assert len(PHRASES) >= 40
    assert {seg.split(".")[0] for _, seg in PHRASES} == set(load_ontology().chains)


@pytest.mark.parametrize("phrase, segment", PHRASES, ids=[p for p, _ in PHRASES])
def test_phrase_lands_in_its_segment(onto, phrase, segment):
    hits = onto.classify(phrase)
    segments = {h.segment for h in hits if h.segment}
    assert segment in segments, [(h.keyword, h.segment) for h in hits]
    # nothing points to another segment of the same chain
    chain = segment.split(".")[0]
    assert {s for s in segments if s.startswith(chain + ".")} == {segment}


def test_offsets_point_at_the_keyword(onto):
    text = "园区引进膜电极和电堆项目"
    for hit in onto.classify(text):
        assert text[hit.start:hit.end].casefold() == hit.keyword.casefold()


def test_longest_match_wins(onto):
    hits = onto.classify("燃料电池电堆")
    assert [(h.segment, h.keyword) for h in hits] == [("hydrogen.stack", "燃料电池电堆")]
    hits = onto.classify("氢燃料电池重卡")
    assert [(h.chain, h.segment) for h in hits] == [("hydrogen", "hydrogen.vehicle")]


def test_chain_level_keywords_have_no_segment(onto):
    hits = onto.classify("大力发展氢能产业")
    assert [(h.chain, h.segment) for h in hits] == [("hydrogen", None)]


@pytest.mark.parametrize(
    "text, unwanted",
    [
        ("this is a basic question", "semiconductor"),  # SiC inside an English word
        ("坚持外延式发展与内涵式发展并重", "semiconductor"),  # 外延 as "extension"
        ("火力发电机组检修", "nev"),  # 电机 inside 发电机
        ("微创手术机器人注册获批", "equipment"),  # a medical robot
    ],
)
def test_no_false_hits(onto, text, unwanted):
    assert unwanted not in {h.chain for h in onto.classify(text)}


def test_latin_keywords_ignore_case_but_respect_word_edges(onto):
    assert [h.segment for h in onto.classify("sic mosfet")] == ["semiconductor.power_devices"]
    assert onto.classify("IGBTs") == []


def test_empty_text(onto):
    assert onto.classify("") == []


@pytest.mark.parametrize(
    "text, view",
    [
        ("上马PEM电解槽示范项目", "hydrogen.tech.pem_electrolysis"),
        ("碱性电解水制氢装备", "hydrogen.tech.alkaline"),
        ("开发固态电池和钠离子电池", "nev.tech.solid_state"),
        ("开发固态电池和钠离子电池", "nev.tech.sodium_ion"),
        ("氮化镓射频器件", "semiconductor.tech.gan"),
        ("推广氢能重卡和氢能公交", "hydrogen.app.heavy_truck"),
        ("推广氢能重卡和氢能公交", "hydrogen.app.bus"),
        ("工商业储能项目", "nev.app.energy_storage"),
        ("车规级功率模块", "semiconductor.app.automotive"),
    ],
)
def test_views_are_found(onto, text, view):
    hits = onto.classify_views(text)
    assert view in {h.view for h in hits}
    for hit in hits:
        assert onto.view(hit.view).kind == hit.kind and text[hit.start:hit.end].casefold() == hit.keyword.casefold()


# Everyday zone and city news with no industry in it (our own wording): nothing may fire.
NEUTRAL = [
    "区委书记主持召开会议，研究部署安全生产、乡村振兴和文旅融合工作，强调要优化营商环境，提升政务服务效能，"
    "加快推进城市更新和基础设施建设，做好民生保障和就业工作。",
    "本届运动会共设田径、游泳、篮球等十二个大项，来自全市的两千余名运动员参赛，开幕式上进行了精彩的文艺表演。",
    "园区管委会召开招商引资工作推进会，要求各部门强化项目服务，压实责任，确保签约项目早落地、早开工、早投产，"
    "全年完成固定资产投资目标。",
    "农业农村局组织专家开展小麦病虫害防治技术指导，推广测土配方施肥，保障粮食安全和重要农产品稳定供给。",
    "市场监管局开展食品安全专项检查，重点检查餐饮单位后厨卫生、原料采购台账和从业人员健康证明。",
]


@pytest.mark.parametrize("text", NEUTRAL, ids=range(len(NEUTRAL)))
def test_neutral_news_is_not_classified(onto, text):
    assert onto.classify(text) == []
