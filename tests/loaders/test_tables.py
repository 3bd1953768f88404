"""Tables of projects: column roles from the header, and the facts a row states."""

from __future__ import annotations

import pytest

from chainkg.loaders.extract import RuleExtractor
from chainkg.loaders.extract.tables import table_amount, table_rows
from chainkg.loaders.read import article_from_text

# Written by us in the form zone websites use (trafilatura writes a <table> as '| a | b |' rows).
PAGE = """无锡高新区一季度重点项目推进情况

今年以来，无锡高新区聚焦集成电路和新能源两大主导产业，重点项目进展如下：
| 序号 | 项目名称 | 建设单位 | 总投资（亿元） | 建设进度 |
|---|---|---|---|---|
| 1 | 12英寸集成电路生产线二期 | SK海力士半导体（中国）有限公司 | 30 | 主体厂房封顶 |
| 2 | 功率半导体封测基地 | 华润微电子有限公司 | 约12 | 已开工 |
| 3 | 新能源汽车电控研发中心 | — | — | 完成签约 |
高新区将继续做好项目服务保障。
"""


def test_a_header_names_the_columns_and_rows_keep_their_cells():
    rows = table_rows(PAGE)
    assert len(rows) == 3
    first = rows[0]
    assert dict(first.roles) == {"name": 1, "builder": 2, "investment": 3, "progress": 4}
    assert first.unit == "亿元"
    a, b = first.cell("builder")
    assert PAGE[a:b] == "SK海力士半导体（中国）有限公司"


def test_a_table_without_a_project_column_has_no_rows():
    assert table_rows("| 指标 | 数值 |\n|---|---|\n| 产值 | 100亿元 |\n") == []


def test_a_bare_number_takes_the_headers_unit():
    rows = table_rows(PAGE)
    assert table_amount(PAGE, rows[0].cell("investment"), rows[0].unit).value == pytest.approx(30e8)
    about = table_amount(PAGE, rows[1].cell("investment"), rows[1].unit)
    assert about.value == pytest.approx(12e8) and about.qualifier == "about"
    assert table_amount(PAGE, rows[2].cell("investment"), rows[2].unit) is None  # '—'


def test_each_row_is_a_project_with_its_builder_amount_and_stage():
    facts = RuleExtractor().extract(article_from_text(PAGE))
    by_name = {p.name: p for p in facts.projects}
    fab = by_name["12英寸集成电路生产线二期"]
    assert fab.investment.value == pytest.approx(30e8) and fab.stage == "under_construction"
    assert [e for e in fab.enterprises] == ["SK海力士半导体(中国)有限公司"]
    packaging = by_name["功率半导体封测基地"]
    assert packaging.enterprises == ("华润微",) and packaging.stage == "started"  # (its reference name)
    # a row says nothing of the next one: the third has no amount and only its own stage
    rd = by_name["新能源汽车电控研发中心"]
    assert rd.investment is None and rd.stage == "signed" and rd.enterprises == ()


# A magazine's table typed as text: no outer bars, the builder column headed 企业, short names.
PLAIN = """二、项目进度
下表为本刊根据公司公告和园区发布整理的进度：
企业|项目|地点|计划投资|进度
永兴锂源|年产2万吨电池级碳酸锂项目|宜春市袁州区|约12亿元|设备安装调试
赣锋新材|年产5万吨氢氧化锂项目|新余高新区|未披露|已达产
(注：永兴锂源为永兴材料旗下企业。)
永兴锂源今年还计划启动二期扩产。
"""


def test_rows_without_outer_bars_and_a_builder_column_named_by_short_names():
    rows = table_rows(PLAIN)
    assert len(rows) == 2 and dict(rows[0].roles) == {"builder": 0, "name": 1, "location": 2, "investment": 3,
                                                       "progress": 4}
    assert table_rows("产值|增速|排名\n100亿元|12%|第一\n") == []  # no project column
    facts = RuleExtractor().extract(article_from_text(PLAIN))
    by_name = {p.name: p for p in facts.projects}
    carbonate = by_name["年产2万吨电池级碳酸锂项目"]
    assert carbonate.enterprises == ("永兴锂源",) and carbonate.investment.value == pytest.approx(12e8)
    # the builder cell names a company whatever its words
    assert by_name["年产5万吨氢氧化锂项目"].enterprises == ("赣锋新材",)
    source = next(e for e in facts.enterprises if e.name == "永兴锂源")
    assert source.evidence.rule == "ent.table_builder"


def test_a_bracketed_word_in_a_header_does_not_change_its_role():
    page = ("| 项目名称 | 建设(投资)主体 | 总投资(亿元) | 建设进度 |\n|---|---|---|---|\n"
            "| 汉图科技智能打印设备项目 | 汉图科技(湖州)有限公司 | 8 | 本次集中开工 |\n")
    row = table_rows(page)[0]
    assert dict(row.roles) == {"name": 0, "builder": 1, "investment": 2, "progress": 3}
    assert table_amount(page, row.cell("investment"), row.unit).value == 800_000_000


# A county's list of the day's ground-breakings, with the date of each start and of each completion.
DATED = """长丰县重点项目集中开工
| 项目名称 | 建设单位 | 开工时间 | 计划竣工时间 |
|---|---|---|---|
| 年产5万吨正极材料前驱体项目 | 合肥容汇锂业有限公司 | 2023年5月8日 | 2024年12月 |
| 智能网联汽车线束项目 | 安徽立讯线束有限公司 | 2023年9月 | 2025年6月 |
"""


def test_a_dated_start_column_gives_the_stage_once_its_date_has_come():
    rows = table_rows(DATED)
    assert dict(rows[0].roles) == {"name": 0, "builder": 1, "started_on": 2}  # 计划竣工时间: a plan, no milestone
    facts = RuleExtractor().extract(article_from_text(DATED, date="2023-05-08"))
    by_name = {p.name: p for p in facts.projects}
    assert by_name["年产5万吨正极材料前驱体项目"].stage == "started"  # started on the article's day
    assert by_name["智能网联汽车线束项目"].stage is None  # a start in September is still to come
    undated = RuleExtractor().extract(article_from_text(DATED))
    assert {p.stage for p in undated.projects} == {"started"}  # a table of an undated page reports
