"""Metadata read from a page's own lines: dates, outlets, titles."""

from __future__ import annotations

import pytest

from chainkg.loaders.metadata import (
    date_in_lines,
    outlet_in_dateline,
    outlet_in_lines,
    parse_date,
    title_in_lines,
)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-07-25", "2021-07-25"),
        ("2021/7/5", "2021-07-05"),
        ("2021.07.25", "2021-07-25"),
        ("2021年7月25日", "2021-07-25"),
        ("2021 年 7 月 25 日 10:30", "2021-07-25"),
        ("2025-11-16 14:24:00", "2025-11-16"),
        ("2025-11-16T14:24:00+08:00", "2025-11-16"),
        ("2024-01-02T08:00:00Z", "2024-01-02"),
        ("20210725", "2021-07-25"),
        ("发布时间:2023年12月1日", "2023-12-01"),
        ("2021-02-30", None),
        ("明年三月", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_date_split_over_lines() -> None:
    assert date_in_lines(["某某新传媒", "2021", "", "07/25", "20:11"]) == "2021-07-25"
    assert date_in_lines(["2022", "3月8日"]) == "2022-03-08"


def test_date_in_a_byline_line() -> None:
    assert date_in_lines(["来源: 某某日报 2023-05-06 08:00"]) == "2023-05-06"


def test_no_date_from_a_body_year() -> None:
    assert date_in_lines(["2023年是项目建设的关键一年,园区新签约项目二十个,总投资超百亿元,其中多个项目已开工建设。"]) is None


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["来源: 紫金日报"], "紫金日报"),
        (["来源:紫金日报 作者:张三"], "紫金日报"),
        (["2022-03-18 09:30:00 来源: 宜宾日报"], "宜宾日报"),
        (["来源", "", "常州晚报"], "常州晚报"),
        (["[来源:新华社]"], "新华社"),
        (["(来源:人民网-财经频道)"], "人民网-财经频道"),
        (["图片来源:某高新区"], None),
        (["没有来源的一行"], None),
    ],
)
def test_outlet(lines: list[str], expected: str | None) -> None:
    assert outlet_in_lines(lines) == expected


def test_title_is_the_first_heading_like_line() -> None:
    assert title_in_lines(["", "合肥高新区:集成电路项目集中签约", "正文第一段。"]) == "合肥高新区:集成电路项目集中签约"
    assert title_in_lines(["这是一段很长的正文,没有标题,直接以句号结束。"]) is None


@pytest.mark.parametrize(
    "first, expected",
    [
        ("新华社北京7月25日电(记者 张三)国家高新区上半年营业收入继续增长。", "新华社"),
        ("中新网上海3月1日电 园区新签约项目十个。", "中新网"),
        ("经济日报合肥5月6日讯 合肥高新区量子产业加速集聚。", "经济日报"),
        ("本报北京3月1日电 园区新签约项目十个。", None),
        ("北京7月25日电 园区新签约项目十个。", None),
        ("合肥高新区今年新签约项目十个。", None),
    ],
)
def test_outlet_from_a_dateline(first: str, expected: str | None) -> None:
    assert outlet_in_dateline([first]) == expected


@pytest.mark.parametrize("value, expected", [("2023年7月", "2023-07-01"), ("2023-07", "2023-07-01"),
                                             ("2023年13月", None)])
def test_year_and_month_give_the_first_of_the_month(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_year_month_header_line_is_a_fallback() -> None:
    assert date_in_lines(["标题", "2020年2月 来源：某某资讯", "正文"]) == "2020-02-01"
    assert date_in_lines(["2020年2月", "发布时间：2020年2月9日"]) == "2020-02-09", "a full date wins"
    assert date_in_lines(["2017年12月成立某某公司"]) is None, "a sentence opening with a month is no dateline"
