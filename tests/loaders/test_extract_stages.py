"""Stage at the article's date: reported facts count, plans and targets do not."""

from __future__ import annotations

import pytest

from chainkg.loaders.extract.knowledge import knowledge
from chainkg.loaders.extract.stages import planned_dates, resolve_relative_years, stage_from_hits, stage_hits
from chainkg.ontology import load_ontology


@pytest.fixture(scope="module")
def know():
    return knowledge(load_ontology())


def stage_of(text: str, know) -> str | None:
    hits = stage_hits(text, 0, len(text), know)
    return stage_from_hits(hits, text, know)[0]


@pytest.mark.parametrize("text, stage", [
    ("园区今年策划储备了一批新能源项目。", "planned"),
    ("目前该项目仍在洽谈中。", "negotiating"),
    ("上月，氢燃料电池电堆项目正式签约落户园区。", "signed"),
    ("1月5日，晶圆厂二期举行开工仪式。", "started"),
    ("新厂昨日举行动土典礼。", "started"),
    ("主厂房已经封顶，设备正在安装调试。", "under_construction"),
    ("项目现场，工人们正在加紧施工。", "under_construction"),
    ("一期工程已于去年底竣工。", "completed"),
    ("首条产线已建成投产，产品开始交付。", "in_production"),
    ("全线实现量产。", "in_production"),
    ("12英寸产线于9月实现通线，目前正处于产能爬坡阶段。", "in_production"),
    ("园区首座加氢站已正式投入使用。", "in_production"),
    # targets and plans are not the stage now
    ("推动年产10万吨正极材料项目开工建设。", None),
    ("力争年内落地一批补链项目。", None),
    ("预计明年三季度实现量产。", None),
    ("项目建成后将形成年产20GWh的产能。", None),
    ("企业已取得建筑施工许可证。", None),
    ("二期项目建设进展顺利。", "under_construction"),
    ("项目二期正在进行设备安装。", "under_construction"),
    ("目前，中试线正在开展设备安装。", "under_construction"),
    ("一期设备安装", "under_construction"),  # a table's progress cell
    ("计划年底前完成设备安装。", None),
    # the shell finished is construction, not a finished project
    ("目前一期厂房主体已经完工，洁净室进入收尾阶段。", "under_construction"),
    # what a company can do is no project's stage
    ("该公司是国内少数能够量产大硅片的企业。", None),
    # who builds is not that building is under way
    ("项目上月开工，施工队伍已陆续进场。", "started"),
    ("园区已确定项目的施工单位。", None),
    # 试 closing another word (测试, 调试) does not start a 试生产
    ("晶圆封装测试生产基地项目举行签约仪式。", "signed"),
    ("园区企业正在调试生产线。", "under_construction"),
    # a trial run is commissioning (调试 in the SCHEMA), not production yet
    ("新工厂目前处于试生产阶段。", "under_construction"),
    ("电解水制氢装置已开始试运行。", "under_construction"),
    # ... except a project that must be finished this year: it is being built now
    ("确保电池二期年内竣工投产。", "under_construction"),
    # the most advanced reported fact wins
    ("项目去年签约，今年3月开工，目前主体结构已封顶。", "under_construction"),
    ("自项目落户以来，各方全力推进。", "signed"),
])
def test_stage_table(text, stage, know):
    assert stage_of(text, know) == stage


def test_target_marker_carries_over_clauses(know):
    text = "预计今年10月底，厂房就能竣工验收，明年3月争取投产。"
    assert stage_of(text, know) is None


def test_relative_years_resolve_against_the_article_date():
    assert resolve_relative_years("预计明年量产", "2021-07-25") == "预计2022年量产"
    assert resolve_relative_years("去年开工，今年投产", "2024-03-01") == "2023年开工，2024年投产"
    assert resolve_relative_years("预计明年量产", None) == "预计明年量产"


def test_planned_dates_keep_the_dated_targets(know):
    text = "目前厂房已封顶，预计明年实现量产。"
    hits = stage_hits(text, 0, len(text), know)
    assert planned_dates(hits, text, "2021-07-25") == "预计2022年实现量产"


def test_a_launch_of_construction_is_a_start(know):
    assert stage_of("9月1日，中芯京城二期正式启动建设。", know) == "started"


def test_a_finish_target_in_a_later_year_is_not_construction_now(know):
    text = "项目总投资120亿元，力争2026年建成投产。"
    hits = stage_hits(text, 0, len(text), know)
    assert stage_from_hits(hits, text, know, 2024)[0] is None
    # in the year it is due, the project is being built (the convention of 确保…竣工投产)
    assert stage_from_hits(hits, text, know, 2026)[0] == "under_construction"


def test_a_site_named_as_a_ceremonys_venue_does_not_outrank_the_start(know):
    text = "一季度重大项目集中开工活动在某电池项目工地举行。"
    assert stage_of(text, know) == "started"
    assert stage_of("记者在项目工地看到，厂房钢结构正在吊装。", know) == "under_construction"


@pytest.mark.parametrize("text, stage", [
    # a milestone put off has not been reached; the work going on is the stage
    ("电池工厂的量产时间推迟到明年年中，目前工厂处于试生产阶段。", "under_construction"),
    ("晶圆项目量产再度推迟，生产线仍在设备调试。", "under_construction"),
    ("公司决定推迟投产，厂房已经封顶。", "under_construction"),
    # a model made in series (量产车型) says nothing of the plant
    ("工厂已进入设备调试，首款量产车型明年交付。", "under_construction"),
    # construction drawings, and a start once set for a month that passed, are no building
    ("项目已签约，原定9月开工，因施工图调整推迟至10月。", "signed"),
])
def test_delays_models_and_drawings_are_no_stage(text, stage, know):
    assert stage_of(text, know) == stage


def test_a_cue_that_ends_the_text_still_counts(know):
    # (the characters checked after a cue are none at the end of the text)
    assert stage_of("目前现场正在施工", know) == "under_construction"
    assert stage_of("二号工厂已经量产", know) == "in_production"


@pytest.mark.parametrize("text, stage", [
    # plant buildings done while the tools go in: still being built; done with no tools going in: completed
    ("电机项目的主厂房已经完工，冲压和焊装设备正在进行安装。", "under_construction"),
    ("电机项目的厂房已于5月竣工，受市场影响投产时间待定。", "completed"),
    # a plan stated once governs the clauses after it
    ("按照计划，一期年内开工，次年建成投产。", None),
    # a date put off 'from … to …'; the time after production starts
    ("受行情影响，一期投产时间由原定的今年年底延后至明年，目前车间已经封顶。", "under_construction"),
    ("设备已全部到位，计划下月投产，投产初期日产电芯两万只。", None),
    # a batch of projects starting and resuming work: the named one starts
    ("锂电隔膜项目开工，当天全区共有60个重点项目集中开复工。", "started"),
])
def test_buildings_plans_delays_and_batches(text, stage, know):
    assert stage_of(text, know) == stage
