"""Normalisation: NFKC, Traditional -> Simplified and whitespace, with exact offsets."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainkg.loaders.normalize import (
    fold_whitespace,
    nfkc,
    nfkc_string,
    normalize,
    normalize_string,
    simplify,
    to_simplified,
)
from chainkg.loaders.offsets import MappedText


def mapped(text: str) -> MappedText:
    return MappedText.identity(text)


def sources(result: MappedText, original: str) -> list[str]:
    return [original[o] for o in result.offsets]


def test_full_width_forms_become_ascii_and_keep_positions() -> None:
    original = "总投资１００亿元，同比增长１６０％！　预计（明年）投产？是；"
    result = nfkc(mapped(original))
    assert result.text == "总投资100亿元,同比增长160%! 预计(明年)投产?是;"
    assert list(result.offsets) == list(range(len(original)))


def test_big5s_slash_is_the_ascii_slash() -> None:
    # Big5's full-width slash (0xA241) decodes by cp950, the Big5 codec the reader tries first,
    # to U+2215, which NFKC keeps: a capacity reads '4万吨/年'
    raw = "年產4萬噸／年".encode("big5").decode("cp950")
    assert "\u2215" in raw
    result = normalize(mapped(raw))
    assert result.text == "年产4万吨/年" and list(result.offsets) == list(range(len(raw)))


def test_chinese_full_stop_quotes_and_brackets_are_kept() -> None:
    original = "他说:“项目已签约。”《规划》【通知】「引语」、"
    assert nfkc(mapped(original)).text == original


def test_expanding_and_composing_characters_map_to_their_source() -> None:
    original = "面积１２㎡…cafe\u0301 第⑩期"  # e + a combining acute accent
    result = nfkc(mapped(original))
    assert result.text == unicodedata.normalize("NFKC", original)
    assert result.text == "面积12m2...caf\u00e9 第10期"  # one precomposed é
    src = sources(result, original)
    assert src[result.text.index("m")] == "㎡" and src[result.text.index("m") + 1] == "㎡"
    assert src[result.text.index(".")] == "…"
    assert src[result.text.index("\u00e9")] == "e"
    assert src[-2] == "⑩" and src[-3] == "⑩"
    assert list(result.offsets) == sorted(result.offsets)


def test_t2s_keeps_length_and_offsets() -> None:
    original = "臺灣積體電路製造公司宣佈擴建廠房，預計後年量產。"
    result = simplify(mapped(original))
    assert result.text == "台湾积体电路制造公司宣布扩建厂房，预计后年量产。"
    assert list(result.offsets) == list(range(len(original)))


def test_t2s_leaves_simplified_text_alone() -> None:
    text = "常州高新区比亚迪项目总投资100亿元，目前厂房已全面封顶，预计明年量产。"
    assert to_simplified(text) == text


def test_length_changing_conversion_falls_back_per_character() -> None:
    """If a dictionary ever maps a phrase to another length, offsets must stay right."""

    def convert(text: str) -> str:
        return text.replace("臺灣", "台湾省").replace("項", "项")

    original = "第一行沒有變化\n臺灣項目簽約\n項目"
    result = simplify(mapped(original), convert=convert)
    assert result.text == "第一行沒有變化\n臺灣项目簽約\n项目"
    assert list(result.offsets) == list(range(len(original)))


def _opencc_dict_tool() -> Path | None:
    base = Path(opencc.__file__).parent / "clib"
    tool = base / "bin" / "opencc_dict"
    return tool if tool.exists() else (Path(found) if (found := shutil.which("opencc_dict")) else None)


def test_opencc_t2s_dictionaries_map_every_phrase_to_the_same_length(tmp_path: Path) -> None:
    """The reason t2s can be applied to the whole text 1:1 (see normalize.py)."""
    tool = _opencc_dict_tool()
    assert tool is not None, "opencc_dict ships with the opencc package"
    share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
    for name in ("TSPhrases", "TSCharacters", "TSCharactersExt", "CJK_Compatibility_Ideographs"):
        out = tmp_path / f"{name}.txt"
        command = [str(tool), "-i", str(share / f"{name}.ocd2"), "-o", str(out), "-f", "ocd2", "-t", "text"]
        subprocess.run(command, check=True)
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines
        for line in lines:
            key, values = line.split("\t")
            assert len(values.split(" ")[0]) == len(key), (name, line)


def test_whitespace_folds_and_blank_lines_go() -> None:
    original = "\n\n  第一段  内容\t\t继续 \n \n\n第二段\u200b文字\n\n"
    result = fold_whitespace(mapped(original))
    assert result.text == "第一段 内容 继续\n第二段 文字"
    for ch, o in zip(result.text, result.offsets, strict=True):
        if not ch.isspace():
            assert original[o] == ch


def test_normalize_composes_nfkc_and_t2s() -> None:
    original = "項目總投資１０億元，預計６月投產。"
    result = normalize(mapped(original))
    assert result.text == "项目总投资10亿元,预计6月投产。"
    assert list(result.offsets) == list(range(len(original)))


def test_lone_surrogates_do_not_break_opencc() -> None:
    original = "項目\ud800簽約"
    result = normalize(mapped(original))
    assert result.text == "项目\ufffd签约"


@pytest.mark.parametrize(
    "raw, expected",
    [("  常州高新區  ", "常州高新区"), ("ＡＢＣ　集團", "ABC 集团"), ("", "")],
)
def test_normalize_string(raw: str, expected: str) -> None:
    assert normalize_string(raw) == expected


def test_control_characters_become_spaces() -> None:
    original = "项目\x00总投资\x1b10亿元\x7f。"
    result = normalize(mapped(original))
    assert result.text == "项目 总投资 10亿元 。"
    assert list(result.offsets) == list(range(len(original)))


def test_simplified_text_skips_the_conversion_traditional_text_does_not() -> None:
    simplified = MappedText.identity("常州高新区的新能源汽车项目已经开工。")
    assert simplify(simplified) is simplified, "no character t2s changes: the text is left as it is"
    traditional = MappedText.identity("常州高新區的新能源汽車項目已經開工。")
    assert simplify(traditional).text == "常州高新区的新能源汽车项目已经开工。"
    rare = MappedText.identity("\U00020000与汽車")  # beyond the BMP: converted to be safe
    assert simplify(rare).text == to_simplified("\U00020000与汽車")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["中", "文", "，", "：", "（", "Ａ", "１", "…", "㎡", "\xa0", "\u3000", "e", "\u0301",
                                 "\u1100", "\u1161", "\u3099", "か", "\n", " ", "a", "\U0001d400", "\U0001f600"]),
                max_size=40).map("".join))
def test_nfkc_is_nfkc_and_every_character_keeps_a_source(text: str) -> None:
    # only the characters NFKC may change are looked at (all beyond the BMP: 𝐀 -> A, an emoji stays):
    # the result must still be the whole text's NFKC
    out = nfkc(MappedText.identity(text))
    assert out.text == unicodedata.normalize("NFKC", text)
    assert all(0 <= o < len(text) for o in out.offsets)


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(["中", "，", "Ａ", "…", "㎡", "e", "\u0301", "\u0308", "\u1100", "\u1161", "\u11a8", "ｶ",
                              "ﾞ", "\u0b47", "\u0b3e", "\u212b", "\U0001d400", "\U0001d15e", "\U0001d165", "\n", " "]),
             max_size=40).map("".join),
))
def test_nfkc_string_is_nfkc(text: str) -> None:
    assert nfkc_string(text) == unicodedata.normalize("NFKC", text)


def test_a_simplified_text_with_one_character_t2s_would_change_is_left_alone():
    # 乾 is a Simplified character too (乾照光电, 乾坤); t2s would make it 干
    assert normalize(mapped("厦门乾照光电股份有限公司是国内LED芯片企业。")).text == "厦门乾照光电股份有限公司是国内LED芯片企业。"
    # a Traditional text holds many such characters and is converted, 乾 with it where t2s says so
    assert normalize(mapped("輝能科技宣布在法國設廠。")).text == "辉能科技宣布在法国设厂。"
