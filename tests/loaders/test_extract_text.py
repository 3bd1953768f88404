"""Helpers of loaders/extract/text.py that the extractors build on."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chainkg.loaders.extract.project_assembly import _HEAD_INVEST_REACH, _HEAD_INVEST_RE, _LOCATED_PLANT_RE
from chainkg.loaders.extract.projects import _WORKS_RE
from chainkg.loaders.extract.text import anchored_matches

# Characters and words the patterns below are made of, so that random texts hold matches,
# near-matches and overlapping anchors.
_PIECES = ["工程", "一期", "二期", "生产线", "基地", "工厂", "厂房", "位于", "其", "的", "投资", "总投资", "计划投资",
           "投资额", "规划", "项目", "产业基地", "超级工厂", "常州", "德国", "师", "，", "。", "A", "1"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_CASES = [(_WORKS_RE, "工程", 3), (_LOCATED_PLANT_RE, "位于", 1), (_HEAD_INVEST_RE, "投资", _HEAD_INVEST_REACH)]


def spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_anchored_matches_are_the_pattern_s_matches(text: str) -> None:
    for pattern, anchor, reach in _CASES:
        assert spans(anchored_matches(pattern, text, anchor, reach)) == spans(pattern.finditer(text))


def test_anchored_matches_on_a_sentence() -> None:
    text = "正在建设的电池生产线工程和厂房工程，以及一期工程。"
    found = spans(anchored_matches(_WORKS_RE, text, "工程", 3))
    assert [g for _, _, g in found] == ["生产线工程", "厂房工程", "一期工程"]
    assert found == spans(_WORKS_RE.finditer(text))


def test_a_pattern_without_its_anchor_finds_nothing() -> None:
    assert list(anchored_matches(re.compile("生产线工程"), "生产线建设", "工程", 3)) == []
