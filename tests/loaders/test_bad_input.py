"""Bad input: each bad file or line gives one ReadError naming it and the reason; the batch goes on.

Also property-based: reading never raises, whatever the text or the bytes.
"""

from __future__ import annotations

import json
import os
import resource
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chainkg.loaders.decode import decode_bytes
from chainkg.loaders.errors import BadInput
from chainkg.loaders.facts import Article
from chainkg.loaders.normalize import to_simplified
from chainkg.loaders.offsets import original_offsets
from chainkg.loaders.read import DEFAULT_MAX_BYTES, ReadError, article_from_html, article_from_text, read_articles

GOOD = (
    "苏州工业园区:生物医药产业项目集中签约\n"
    "来源: 苏州日报\n"
    "园区今天集中签约一批生物医药项目,其中一家创新药企业计划投资20亿元建设研发和生产基地,预计明年开工建设。\n"
)


def read_one(path: Path, **kwargs) -> ReadError:
    items = list(read_articles([path], **kwargs))
    assert len(items) == 1, items
    (item,) = items
    assert isinstance(item, ReadError), item
    assert item.path == str(path)
    return item


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    err = read_one(write(tmp_path, name, b""))
    assert err.reason == "empty file" and err.line is None
    assert str(err) == f"{tmp_path / name}: empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    err = read_one(write(tmp_path, "blank.txt", " \n\t\n　\n"))
    assert "no text" in err.reason


def test_only_chrome_gives_no_article(tmp_path: Path) -> None:
    err = read_one(write(tmp_path, "chrome.txt", "首页 > 新闻\n分享到: 微信 微博\n版权所有 某某网\n"))
    assert "no article text left" in err.reason


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file (PNG image)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
        (bytes(range(256)) * 16, "binary file"),
        (os.urandom(1) + b"\x00\x01\x02\x03" * 300, "binary file"),
    ],
)
def test_binary_file(tmp_path: Path, data: bytes, reason: str) -> None:
    assert reason in read_one(write(tmp_path, "image.txt", data)).reason


def test_truncated_utf8(tmp_path: Path) -> None:
    data = GOOD.encode("utf-8") + "投资".encode()[:-1]
    err = read_one(write(tmp_path, "cut.txt", data))
    assert err.reason.startswith("truncated UTF-8")


def test_unknown_encoding(tmp_path: Path) -> None:
    data = bytes([0x80, 0xFF, 0x81, 0xFE, 0x9F, 0xA0]) * 40
    err = read_one(write(tmp_path, "mystery.txt", data))
    assert err.reason.startswith("unknown encoding")


def test_unknown_encoding_declared_in_jsonl(tmp_path: Path) -> None:
    line = b'{"text": "\xb8\xdf\xd0\xc2\xc7\xf8", "encoding": "x-klingon"}\n'  # GBK bytes, unknown label
    path = write(tmp_path, "a.jsonl", line)
    (item,) = list(read_articles([path]))
    # The label is unknown, so detection decides: GBK.
    assert isinstance(item, Article) and item.text == "高新区" and item.encoding == "gb18030"


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024)  # a 20 MB file (sparse: no disk used)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    err = read_one(path)
    assert time.process_time() - start < 1
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 5 * 1024  # KB: nothing was loaded
    assert err.reason == "file is 20.0 MB, over the 10.0 MB limit per article (max_bytes)"
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_big_file_under_a_raised_limit_is_read(tmp_path: Path) -> None:
    para = "园区第{}个项目开工建设,计划总投资{}亿元,预计两年后建成投产。"
    text = "\n".join(para.format(i, i % 90 + 1) for i in range(60_000))  # ~5 MB of UTF-8
    path = write(tmp_path, "big.txt", text)
    size = path.stat().st_size / 2**20
    assert read_one(path, max_bytes=1024 * 1024).reason.startswith(f"file is {size:.1f} MB, over the 1.0 MB")
    start = time.process_time()
    (article,) = list(read_articles([path], max_bytes=20 * 1024 * 1024))
    assert time.process_time() - start < 10
    assert isinstance(article, Article) and len(article.text) == len(text)


def test_jsonl_errors_name_their_lines_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": GOOD}, ensure_ascii=False),
        '{"text": "未闭合的引号}',
        "",
        "[1, 2, 3]",
        json.dumps({"title": "只有标题"}, ensure_ascii=False),
        json.dumps({"text": 42}),
        "{" * 100_000 + "}" * 100_000,
        json.dumps({"text": GOOD, "id": "last"}, ensure_ascii=False),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_articles([path]))
    assert [type(i).__name__ for i in items] == ["Article"] + ["ReadError"] * 5 + ["Article"]
    errors = {i.line: i.reason for i in items if isinstance(i, ReadError)}
    assert errors[2].startswith("invalid JSON: Unterminated string")
    assert errors[4] == "expected a JSON object, got list"
    assert errors[5] == errors[6] == "no 'text' or 'html' field with text"
    assert errors[7].startswith("invalid JSON")
    assert str(items[1]) == f"{path}:2: {errors[2]}"
    assert items[-1].doc == "last"


def test_jsonl_line_over_the_limit(tmp_path: Path) -> None:
    big = json.dumps({"text": "项目" * 600_000}, ensure_ascii=False)  # ~3.6 MB line
    path = write(tmp_path, "big.jsonl", big + "\n" + json.dumps({"text": GOOD}, ensure_ascii=False) + "\n")
    first, second = read_articles([path], max_bytes=1024 * 1024)
    assert isinstance(first, ReadError) and first.line == 1 and "limit" in first.reason
    assert isinstance(second, Article)


def test_jsonl_with_invalid_bytes_in_one_line(tmp_path: Path) -> None:
    good = json.dumps({"text": GOOD}, ensure_ascii=False).encode()
    path = write(tmp_path, "mixed.jsonl", good + b"\n" + b'{"text": "\x80\xff\x81"}\n' + good + b"\n")
    items = list(read_articles([path]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert items[1].line == 2


def test_html_script_text_never_reaches_the_article(tmp_path: Path) -> None:
    html = (
        "<html><head><script>var a = '头部脚本的文字';</script></head><body>"
        "<p>园区今天集中签约一批生物医药项目,总投资20亿元。</p>"
        "<script type='text/javascript'>document.write('正文里的脚本文字');</script>"
        "<noscript>请启用脚本</noscript><style>.a{content:'样式文字'}</style>"
        "<p>项目预计明年开工建设,建成后年产值可达50亿元。</p></body></html>"
    )
    (article,) = list(read_articles([write(tmp_path, "s.html", html)]))
    assert isinstance(article, Article)
    assert "生物医药项目" in article.text and "年产值可达50亿元" in article.text
    for hidden in ("脚本", "样式", "document.write"):
        assert hidden not in article.text


def test_html_with_only_scripts(tmp_path: Path) -> None:
    html = "<html><head><script>var x = '只有脚本';</script></head><body><script>alert(1)</script></body></html>"
    assert "no visible text" in read_one(write(tmp_path, "s.html", html)).reason


@pytest.mark.parametrize("depth", [300, 5_000, 100_000])
def test_deeply_nested_html_is_reported_not_crashing(tmp_path: Path, depth: int) -> None:
    html = "<html><body><p>开头的正文。</p>" + "<div>" * depth + "<p>深处的正文。</p>" + "</div>" * depth + "</body></html>"
    start = time.process_time()
    err = read_one(write(tmp_path, "deep.html", html))
    assert time.process_time() - start < 10
    assert "nested deeper than 256" in err.reason


def test_unknown_extensions(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    write(folder, "a.txt", GOOD)
    write(folder, "b.docx", b"PK\x03\x04")
    write(folder, "c", GOOD)
    explicit = write(tmp_path, "notes.md", GOOD)
    items = list(read_articles([folder, explicit, tmp_path / "missing.txt"]))
    assert isinstance(items[0], Article) and items[0].doc == "a.txt"  # others in the folder: skipped silently
    assert [str(i) for i in items[1:]] == [
        f"{explicit}: unsupported file type '.md': expected .txt, .html, .htm, .jsonl",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    write(tmp_path, "1.txt", GOOD)
    write(tmp_path, "2.txt", b"")
    write(tmp_path, "3.html", "<html><body>" + "<div>" * 400 + "</body></html>")
    write(tmp_path, "4.txt", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, "5.txt", GOOD.replace("20亿元", "30亿元"))
    items = list(read_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "ReadError", "ReadError", "Article"]
    assert items[0].key != items[4].key


# --- properties ---------------------------------------------------------------------------

_WHITESPACE = set(" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
} | {"\u202f", "\u205f"}


def _fold(s: str) -> str:
    """The forms a source character may take: NFKC, then Simplified or not (a text is
    converted only when it holds two or more distinct Traditional characters); Big5's
    full-width slash (U+2215, which NFKC keeps) is read as '/' (normalize.scrub)."""
    n = unicodedata.normalize("NFKC", s)
    return n + to_simplified(n) + n.replace("\u2215", "/")


def assert_traceable(article: Article, original: str) -> None:
    if not article.offsets:
        assert article.text in (original, "")  # unchanged, or nothing left
        return
    offsets = original_offsets(article)
    assert len(offsets) == len(article.text)
    previous = 0
    for ch, o in zip(article.text, offsets, strict=True):
        assert 0 <= o < len(original)
        assert o >= previous
        previous = o
        src = original[o]
        if ch in " \n":
            # From whitespace, or from a control character (blanked).
            blank = src in _WHITESPACE or src.isspace() or unicodedata.category(src) == "Cc"
            assert blank or ch in _fold(src), (ch, src)
        else:
            # The same character modulo normalisation; a composed character
            # maps to where its sequence starts, so look at the characters from there.
            assert ch in _fold(src) or ch in _fold(original[o : o + 16]) or src == "\ufffd" or ch == "\ufffd", (ch, src)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        st.one_of(
            st.characters(exclude_categories=()),  # every category
            st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=()),  # lone surrogates
        )
    )
)
def test_article_from_text_never_raises_and_offsets_trace_back(text: str) -> None:
    article = article_from_text(text)
    assert_traceable(article, text)


_PIECES = st.sampled_from(
    ["首页 > 新闻", "来源: 某报", "分享", "版权所有", "相关阅读", "2021", "07/25", "seo优化多少钱", "項目簽約", "，", "。",
     "\n", "\n\n", "　", " ", "…", "㎡", "１０亿元", "e\u0301", "高新区", "tip:", "\r\n", "\u2028", "\ufeff"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_article_from_text_on_page_like_noise(text: str) -> None:
    assert_traceable(article_from_text(text), text)


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<br>", "&nbsp;", "&amp;", "<b>", "</b>", "<!--", "-->",
     "<title>", "</title>", "<body>", "</body>", "<table><tr><td>", "</td></tr></table>", "高新区项目总投资10亿元。", "\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), st.lists(st.one_of(_TAGS, st.text(max_size=10)), max_size=40).map("".join)))
def test_article_from_html_raises_nothing_but_bad_input(text: str) -> None:
    for html in (text, f"<html><body><p>{text}</p></body></html>"):
        try:
            article = article_from_html(html)
        except BadInput:
            continue
        offsets = original_offsets(article)
        assert all(0 <= o < len(html) for o in offsets)
        assert offsets == sorted(offsets)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_raises_nothing_but_bad_input(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except BadInput as err:
        assert err.reason
    else:
        assert isinstance(decoded.text, str) and decoded.encoding


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), ext=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_reading_any_bytes_never_raises(tmp_path: Path, data: bytes, ext: str) -> None:
    path = tmp_path / f"any{ext}"
    path.write_bytes(data)
    items = list(read_articles([path]))
    if ext != ".jsonl":
        assert len(items) == 1
    for item in items:
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, ReadError):
            assert item.path == str(path) and item.reason


def test_fifo_is_not_read(tmp_path: Path) -> None:
    """A named pipe would block a reader forever; it is skipped in folders and reported by name."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    write(tmp_path, "good.txt", GOOD)
    items = list(read_articles([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Article"]
    (err,) = list(read_articles([fifo]))
    assert isinstance(err, ReadError) and err.reason == "not a regular file"
