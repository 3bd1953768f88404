"""Rows for the writer: amounts in their own currency plus a rough CNY figure for ranking."""

from __future__ import annotations

import pytest

from chainkg.graph.store_rows import CNY_RATES, rows_for
from chainkg.loaders.extract import RuleExtractor
from chainkg.loaders.extract.money import CURRENCY_WORDS
from chainkg.loaders.read import article_from_text


def test_every_currency_the_extractor_reads_has_a_rate():
    assert set(CURRENCY_WORDS.values()) <= set(CNY_RATES)


@pytest.mark.parametrize("amount, currency", [("新台币2780亿元", "TWD"), ("9000万美元", "USD"), ("100亿元", "CNY")])
def test_a_project_amount_is_ranked_at_its_own_currency_s_rate(amount, currency):
    text = f"力积电铜锣新厂项目在苗栗铜锣科学园区动工，总投资{amount}，主要生产12英寸晶圆。"
    facts = RuleExtractor().extract(article_from_text(text, doc="t.txt", date="2021-03-25"))
    [row] = [r for r in rows_for([facts])["projects"] if r.get("investment_value")]
    assert row["investment_currency"] == currency
    assert row["investment_cny"] == pytest.approx(row["investment_value"] * CNY_RATES[currency])
