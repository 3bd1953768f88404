"""The extractor never raises, and text that is not zone news yields no facts."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chainkg.loaders.extract import RuleExtractor
from chainkg.loaders.facts import Article, ArticleFacts
from chainkg.loaders.read import article_from_text

_EXTRACTOR = RuleExtractor()

# Text built from the pieces the rules look for, so that the rules really fire
# on odd combinations, plus arbitrary unicode.
_PIECES = ["高新区", "经开区", "新区", "科技产业园", "管委会", "有限公司", "集团", "公司", "项目", "一期", "二期", "等",
           "个", "、", "，", "。", "；", "\n", "总投资", "亿元", "万美元", "约", "超", "以上", "签约", "开工", "封顶",
           "投产", "预计", "力争", "确保", "竣工投产", "应用于", "对接", "客户", "企业", "围绕", "聚焦", "产业", "联盟",
           "与", "共建", "常州", "武进", "江苏", "镇", "街道", "(", ")", "“", "”", "100", "3.7", "年产", "万辆", "的",
           "新能源汽车", "氢能", "集成电路", "比亚迪", "增资", "现场", "工地", "地块", "拿到", "等3个10亿元以上项目"]
zone_text = st.lists(st.sampled_from(_PIECES) | st.text(alphabet=string.digits + "甲乙丙丁", max_size=3),
                     max_size=60).map("".join)


def _article(text: str) -> Article:
    return Article(key="k", source="s", doc="d.txt", text=text, date="2024-01-01")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text):
    assert isinstance(_EXTRACTOR.extract(_article(text)), ArticleFacts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zone_text)
def test_never_raises_on_zone_like_text(text):
    facts = _EXTRACTOR.extract(_article(text))
    for fact in (*facts.zones, *facts.enterprises, *facts.projects):
        assert fact.name
        assert 0 <= fact.evidence.start <= fact.evidence.end <= len(text)
        assert 0.0 < fact.evidence.confidence <= 1.0


@pytest.mark.parametrize("text", [
    "今天夜间到明天，受冷空气影响，全省大部分地区将出现4到6级偏北风，气温下降6到8摄氏度，请注意防寒保暖。",
    "在昨晚进行的联赛第12轮比赛中，主队凭借下半场的两粒进球以2比1战胜客队，积分升至联赛第三位。",
    "",
    "。。。，，，\n\n\n",
])
def test_non_news_text_yields_no_facts(text):
    facts = _EXTRACTOR.extract(article_from_text(text, doc="x.txt"))
    assert (facts.zones, facts.enterprises, facts.projects, facts.supplies, facts.focus) == ((), (), (), (), ())


def test_long_repetitive_text_stays_fast():
    import time

    text = ("某某" * 5000 + "高新区" + "1" * 20000 + "亿元" + "、" * 5000 + "等项目。") * 3
    start = time.perf_counter()
    _EXTRACTOR.extract(_article(text))
    assert time.perf_counter() - start < 5


def test_time_grows_linearly_with_article_length():
    import time

    from .test_extract_holdout import LI_AUTO, TESLA, YIBIN  # our own articles, reused as bulk text

    unit = "\n\n".join([TESLA, LI_AUTO, YIBIN])
    timings = []
    for copies in (10, 40):
        start = time.perf_counter()
        _EXTRACTOR.extract(_article(unit * copies))
        timings.append(time.perf_counter() - start)
    # four times the text must not take much more than four times as long (no quadratic scans)
    assert timings[1] < 4 * timings[0] * 2.5 + 0.5
