"""Amounts of money: value, currency and qualifier; what counts as one project's investment."""

from __future__ import annotations

import pytest

from chainkg.loaders.extract.money import investment_in, output_value_in, parse_amounts


@pytest.mark.parametrize("text, value, currency, qualifier", [
    ("总投资100亿元", 100e8, "CNY", "exact"),
    ("总投资9000万美元", 9000e4, "USD", "exact"),
    ("增资3.7亿元", 3.7e8, "CNY", "exact"),
    ("计划总投资额10亿元", 10e8, "CNY", "exact"),
    ("投资约2.5亿欧元", 2.5e8, "EUR", "about"),
    ("总投资超过50亿元", 50e8, "CNY", "over"),
    ("投资20亿元以上", 20e8, "CNY", "at_least"),
    ("投资5亿-8亿元", 5e8, "CNY", "range_low"),
    ("总投资1,200万元", 1200e4, "CNY", "exact"),
    ("投资两亿元", 2e8, "CNY", "exact"),
    ("注册资本5000万元人民币", 5000e4, "CNY", "exact"),
    ("投资额达76亿美元", 76e8, "USD", "exact"),
    ("项目预算约为180亿元", 180e8, "CNY", "about"),
    ("总投资5亿欧元，约合39亿元人民币", 5e8, "EUR", "exact"),
    # a currency before the number (Taiwan and Hong Kong style): its 元 is the unit
    ("总投资约新台币2780亿元", 2780e8, "TWD", "about"),
    ("投资港币12亿元", 12e8, "HKD", "exact"),
    ("人民币20亿元", 20e8, "CNY", "exact"),
    # both ends of a range written in full
    ("总投资50亿元至80亿元", 50e8, "CNY", "range_low"),
    ("投资3亿到5亿美元", 3e8, "USD", "range_low"),
])
def test_amount_table(text, value, currency, qualifier):
    amount = parse_amounts(text)[0]
    assert amount.money.value == pytest.approx(value)
    assert amount.money.currency == currency
    assert amount.money.qualifier == qualifier
    assert text.endswith(amount.money.text) or amount.money.text in text


@pytest.mark.parametrize("clause, expected", [
    ("该项目总投资60亿元", 60e8),
    ("欧洲工厂由集团全资建设，总投资约18亿欧元", 18e8),
    ("公司拟增资4.2亿元扩建封装产线", 4.2e8),
    ("双方共同开展功率芯片研发项目，项目预算约为12亿元", 12e8),
])
def test_investment_of_one_project(clause, expected):
    found = investment_in(clause)
    assert found is not None and found.money.value == pytest.approx(expected)


@pytest.mark.parametrize("clause", [
    "促成3个10亿元以上产业项目相继签约",  # a bound on several projects
    "全年引进超亿元项目31个",
    "预计达产后年产值超500亿元",  # output, not investment
    "设立总规模5亿元的产业基金",  # a fund, no investment cue
    "今年一季度完成营收12亿元",
    "全市今年财政预算安排科技支出30亿元",  # a city's budget, not a project's
])
def test_not_an_investment(clause):
    found = investment_in(clause)
    assert found is None or not found.exact


def test_output_value():
    found = output_value_in("全面达产后年产值可达120亿元")
    assert found is not None and found.money.value == pytest.approx(120e8)
    assert output_value_in("总投资30亿元") is None


def test_no_amount_in_plain_text():
    assert parse_amounts("园区环境优美，交通便利。") == []


@pytest.mark.parametrize("text, value", [("投资5.1亿元", 510_000_000), ("投资22.1亿元", 2_210_000_000),
                                         ("投资0.7万元", 7_000)])
def test_values_are_whole_cents_not_float_noise(text, value):
    [amount] = parse_amounts(text)
    assert amount.money.value == value  # 5.1 × 1e8 is 509999999.99999994 in binary floats


def test_an_amount_in_hundred_millions_and_ten_thousands():
    # 亿 then 万 in one number, in Chinese numerals or digits
    assert [a.money.value for a in parse_amounts("总投资约三亿五千万元")] == [350_000_000]
    assert [a.money.value for a in parse_amounts("一亿零五百万元")] == [105_000_000]
    assert [a.money.value for a in parse_amounts("增资3亿5000万元")] == [350_000_000]
    assert [a.money.value for a in parse_amounts("投资3亿元")] == [300_000_000]


@pytest.mark.parametrize("clause, value", [
    # an amount changed: the one it was changed to stands
    ("项目总投资由原计划的20亿至25亿元调减为约12亿元", 12e8),
    ("该项目投资额由8亿元增加至11亿元", 11e8),
])
def test_a_changed_investment_is_the_amount_after_the_change(clause, value):
    assert investment_in(clause).money.value == pytest.approx(value)


@pytest.mark.parametrize("clause, value, qualifier", [
    # spoken amounts, as officials say them in interviews and press conferences
    ("项目总投资是二十个亿，占地一百亩", 20e8, "exact"),
    ("这个基地总投资差不多八个亿", 8e8, "about"),
    ("一期投资两个多亿", 2e8, "over"),
    ("总投资额四点七五亿元，明年开工", 4.75e8, "exact"),
    ("计划投资大概三十亿元", 30e8, "about"),
])
def test_an_amount_said_aloud(clause, value, qualifier):
    found = investment_in(clause)
    assert found is not None and found.money.value == pytest.approx(value)
    assert found.money.currency == "CNY" and found.money.qualifier == qualifier


def test_a_spoken_amount_of_output_is_no_investment():
    clause = "达产以后年产值能到五十个亿"
    assert investment_in(clause) is None and output_value_in(clause).money.value == pytest.approx(50e8)
