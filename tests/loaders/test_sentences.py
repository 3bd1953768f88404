"""Sentence spans: final marks, closing quotes, line breaks, whitespace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chainkg.loaders.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_split_on_chinese_and_ascii_marks() -> None:
    text = "项目已签约。总投资10亿元!预计何时投产?明年;后年。"
    assert sentences(text) == ["项目已签约。", "总投资10亿元!", "预计何时投产?", "明年;", "后年。"]


def test_full_width_marks_also_split() -> None:
    assert sentences("一期竣工！二期开工？三期签约；") == ["一期竣工！", "二期开工？", "三期签约；"]


def test_closing_quotes_stay_with_the_sentence() -> None:
    text = "他说:“预计今年10月底竣工。”随后又补充道:“明年3月争取投产!”"
    assert sentences(text) == ["他说:“预计今年10月底竣工。”", "随后又补充道:“明年3月争取投产!”"]


def test_line_breaks_end_sentences_and_whitespace_is_trimmed() -> None:
    text = "标题:园区新闻\n  第一句没有句号\n\n第二句。 第三句。  \n"
    assert sentences(text) == ["标题:园区新闻", "第一句没有句号", "第二句。", "第三句。"]


def test_decimal_points_and_repeated_marks() -> None:
    assert sentences("增长2.5%。真的吗?!是的……") == ["增长2.5%。", "真的吗?!", "是的……"]


def test_empty_and_blank_text() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


@given(st.text())
def test_spans_are_ordered_disjoint_and_non_blank(text: str) -> None:
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert text[start:end].strip()
        last = end
