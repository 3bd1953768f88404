"""Decoding: BOMs, declared charsets, and detection among UTF-8, GBK/GB18030 and Big5.

charset-normalizer on its own takes short GBK text for Big5 and short Big5
text for UTF-16 or Korean; these tests pin the cases down with short and long
samples of our own.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainkg.loaders.decode import declared_charset, decode_bytes, normalise_label, plausibility
from chainkg.loaders.errors import BadInput

SIMPLIFIED = [
    "高新区",
    "投资",
    "半导体",
    "氢能产业园",
    "项目开工建设",
    "常州高新区比亚迪项目总投资100亿元",
    "新能源汽车产业园项目开工建设，预计明年投产。",
    "合肥高新区集成电路产业园引进晶圆制造企业，总投资约120亿元，一期项目已经封顶，正在进行设备安装调试。",
]
TRADITIONAL = [
    "臺灣",
    "項目",
    "簽約",
    "產業園",
    "氫能產業園項目簽約落地",
    "渭南高新區汽車核心零部件產業園",
    "新竹科學園區的晶圓代工廠宣佈擴建先進製程產線，預計明年第三季量產。",
]
LONG_SIMPLIFIED = (
    "成都高新区围绕集成电路、新型显示和生物医药三大主导产业，持续推进强链补链延链工作。"
    "今年以来，园区新签约重大项目二十余个，协议总投资超过五百亿元，其中多个项目已经开工建设，"
    "部分项目正在进行设备安装调试，预计年底前实现投产。"
) * 5
LONG_TRADITIONAL = (
    "臺中精密機械園區持續推動智慧製造轉型，多家工具機廠商宣佈擴大投資，"
    "新建廠房預計明年完工並開始量產，帶動上下游供應鏈廠商進駐園區。"
) * 5


def _encodable(texts: list[str]) -> list[tuple[str, str, str]]:
    cases = []
    for text in texts:
        for encoding, expected in (("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5"), ("utf-8", "utf-8")):
            try:
                text.encode(encoding)
            except UnicodeEncodeError:
                continue  # Simplified characters have no Big5 form
            cases.append((text, encoding, expected))
    return cases


@pytest.mark.parametrize(
    "text, encoding, expected", _encodable([*SIMPLIFIED, *TRADITIONAL, LONG_SIMPLIFIED, LONG_TRADITIONAL])
)
def test_chinese_text_decodes_back_in_every_encoding(text: str, encoding: str, expected: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == expected


def test_detection_beats_the_detector_on_known_confusions() -> None:
    """Cases charset-normalizer alone gets wrong (checked when these tests were written)."""
    from charset_normalizer import from_bytes

    gbk_short = "高新区".encode("gbk")
    big5_short = "氫能產業園項目簽約落地".encode("big5")
    guesses = {from_bytes(gbk_short).best().encoding, from_bytes(big5_short).best().encoding}
    assert guesses - {"gb18030", "gbk", "big5"}, "the detector got better: keep the tests anyway"
    assert decode_bytes(gbk_short).text == "高新区"
    assert decode_bytes(big5_short).text == "氫能產業園項目簽約落地"


def test_korean_and_japanese_readings_of_chinese_bytes_lose() -> None:
    for text in ("产业园项目签约", "经开区招商引资", "集成电路"):
        data = text.encode("gbk")
        for wrong in ("cp949", "shift_jis"):
            try:
                misread = data.decode(wrong)
            except UnicodeDecodeError:
                continue
            assert plausibility(misread) < plausibility(text)
        assert decode_bytes(data).text == text


def test_gb18030_characters_outside_gbk() -> None:
    text = "朱镕基视察𠮷野家新厂"  # 𠮷 needs GB18030's four-byte form
    data = text.encode("gb18030")
    assert decode_bytes(data).text == text
    assert decode_bytes(data, declared="gb2312").encoding == "gb18030"


@pytest.mark.parametrize(
    "bom, encoding",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, encoding: str) -> None:
    data = bom + LONG_SIMPLIFIED.encode(encoding)
    decoded = decode_bytes(data)
    assert decoded.text == LONG_SIMPLIFIED
    assert decoded.encoding == encoding


def test_utf16_without_bom() -> None:
    decoded = decode_bytes(LONG_SIMPLIFIED.encode("utf-16-le"))
    assert decoded.text == LONG_SIMPLIFIED and decoded.encoding == "utf-16-le"


def test_declared_charset_is_found_in_meta_and_xml() -> None:
    assert declared_charset(b'<html><head><meta charset="GB2312"></head>') == "gb2312"
    assert declared_charset(b"<meta http-equiv='Content-Type' content='text/html; charset=big5'>") == "big5"
    assert declared_charset(b'<?xml version="1.0" encoding="GBK"?><html/>') == "gbk"
    assert declared_charset(b"<html><body>no declaration</body></html>") is None


def test_labels_normalise() -> None:
    assert normalise_label("GB2312") == "gb18030"
    assert normalise_label("x-gbk") == "gb18030"
    assert normalise_label("cp936") == "gb18030"
    assert normalise_label("BIG5") == "big5"
    assert normalise_label("UTF8") == "utf-8"
    assert normalise_label("us-ascii") == "utf-8"
    assert normalise_label("no-such-charset") is None


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    data = LONG_SIMPLIFIED.encode("utf-8")
    decoded = decode_bytes(data, declared="gb2312")
    assert decoded.text == LONG_SIMPLIFIED and decoded.encoding == "utf-8"


def test_declared_big5_short_text() -> None:
    data = "項目".encode("big5")
    assert decode_bytes(data, declared="big5").text == "項目"


def test_cp950_extension_characters_decode_as_big5() -> None:
    text = "園區新建廠房€"  # the euro sign exists in cp950, not in plain Big5
    decoded = decode_bytes(text.encode("cp950"), declared="big5")
    assert decoded.text == text and decoded.encoding == "big5"


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    data = LONG_SIMPLIFIED.encode("gbk")
    decoded = decode_bytes(data, declared="x-klingon")
    assert decoded.text == LONG_SIMPLIFIED and decoded.encoding == "gb18030"


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"plain ascii text").encoding == "utf-8"


def test_a_few_damaged_bytes_in_utf8_are_replaced() -> None:
    data = LONG_SIMPLIFIED.encode("utf-8")
    middle = len(data) // 2
    damaged = data[:middle] + b"\xff" + data[middle:]
    decoded = decode_bytes(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") >= 1
    assert decoded.text.replace("\ufffd", "")[:40] == LONG_SIMPLIFIED[:40]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        ("高新区项目".encode()[:-1], "truncated UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
        (bytes(range(256)) * 4, "binary file"),
        (codecs.BOM_UTF8 + b"\xe9\xab\x98\xff", "invalid utf-8 after its byte-order mark"),
        (bytes([0x80, 0xFF, 0x81, 0xFE, 0x9F]) * 10, "unknown encoding"),
    ],
)
def test_bad_bytes_give_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(BadInput) as info:
        decode_bytes(data)
    assert reason in info.value.reason


def test_gbk_character_after_ascii_is_not_truncated_utf8() -> None:
    data = b"Report 2024: " + "浙".encode("gbk")  # 0xD5 0xE3: looks like a cut UTF-8 lead at the end
    decoded = decode_bytes(data + "江".encode("gbk"))
    assert decoded.text == "Report 2024: 浙江"


def test_truncated_utf8_after_a_bom() -> None:
    with pytest.raises(BadInput) as info:
        decode_bytes(codecs.BOM_UTF8 + "高新区".encode()[:-2])
    assert info.value.reason.startswith("truncated UTF-8")


def test_damaged_utf8_beats_a_gbk_misreading() -> None:
    text = "园区新签约项目二十个，协议总投资超过五百亿元，部分项目已开工建设。" * 3
    data = bytearray(text.encode("utf-8"))
    data[30] = 0xFF  # one damaged byte
    decoded = decode_bytes(bytes(data))
    assert decoded.encoding == "utf-8" and decoded.text.count("\ufffd") <= 3  # the bad byte and its orphans


def test_gbk_with_a_damaged_byte_is_kept() -> None:
    data = bytearray(LONG_SIMPLIFIED.encode("gbk"))
    data[101] = 0xFF  # 0xFF is never valid in GBK
    decoded = decode_bytes(bytes(data))
    assert decoded.encoding == "gb18030"
    assert decoded.text.count("\ufffd") <= 2
    assert decoded.text[:40] == LONG_SIMPLIFIED[:40]


def test_gbk_page_declared_as_latin1() -> None:
    data = LONG_SIMPLIFIED.encode("gbk")
    for label in ("iso-8859-1", "windows-1252"):
        decoded = decode_bytes(data, declared=label)
        assert decoded.text == LONG_SIMPLIFIED and decoded.encoding == "gb18030"


def test_random_high_bytes_are_not_taken_for_chinese() -> None:
    import random

    rng = random.Random(7)
    refused = 0
    for _ in range(20):
        data = bytes(rng.randrange(0x81, 0xFF) for _ in range(300))
        try:
            decode_bytes(data)
        except BadInput as err:
            assert err.reason.startswith("unknown encoding")
            refused += 1
    assert refused >= 18


def test_ebcdic_english_is_detected() -> None:
    text = "This is an English sentence about the economic development zone."
    assert decode_bytes(text.encode("cp500")).text == text


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=20, max_size=200))
def test_any_utf8_text_of_some_length_reads_back(text: str) -> None:
    """Any script, symbols included: valid UTF-8 of a real length is UTF-8.

    (One to three Latin-1 symbols are also valid GBK or Big5 characters and
    may be read as such: too short to tell.)
    """
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == text and decoded.encoding == "utf-8"


@pytest.mark.parametrize("text", ["签约", "项目开工", "集成电路", "新能源汽车", "在建项目", "园区企业"])
def test_short_gbk_that_the_detector_misreads(text: str) -> None:
    """charset-normalizer 3.5 reads these as utf_8, cp949 or big5; 签约 is even valid UTF-8."""
    decoded = decode_bytes(text.encode("gbk"))
    assert decoded.text == text and decoded.encoding == "gb18030"


def test_english_utf8_with_a_few_symbols_stays_utf8() -> None:
    text = "The price is ½ of the total, café·bar, 30° north."
    assert decode_bytes(text.encode("utf-8")).encoding == "utf-8"


@pytest.mark.parametrize("text", ["園區企業", "項目開工", "積體電路", "簽約", "氫能", "產業鏈", "招商引資"])
def test_short_big5(text: str) -> None:
    """園區企業 in Big5 is utf_16_be to charset-normalizer 3.5."""
    decoded = decode_bytes(text.encode("big5"))
    assert decoded.text == text and decoded.encoding == "big5"
