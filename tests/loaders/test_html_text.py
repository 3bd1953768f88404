"""HTML main text: extraction with trafilatura and alignment back to the page source."""

from __future__ import annotations

import pytest

from chainkg.loaders.errors import BadInput
from chainkg.loaders.html_text import align, extract_html, visible_lines

PARAS = [
    "长春新区围绕汽车零部件产业,引进一批配套企业,其中多家企业的新工厂已经竣工投产。",
    "园区负责人表示,将继续做好要素保障,推动在建项目早日建成、早日见效。",
    "今年以来,新区新签约亿元以上产业项目三十余个,协议投资额同比明显增长。",
]


def page(body: str, head: str = "<title>长春新区项目_某网</title>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_alignment_of_plain_paragraphs() -> None:
    html = page("".join(f"<p>{p}</p>" for p in PARAS))
    mapped = align("\n".join(PARAS), html)
    for ch, o in zip(mapped.text, mapped.offsets, strict=True):
        if ch != "\n":
            assert html[o] == ch


def test_alignment_through_inline_tags_and_entities() -> None:
    html = page("<p>长春新区&nbsp;围绕<b>汽车零部件</b>产业,&lt;引进&gt;配套企业。</p>")
    text = "长春新区 围绕汽车零部件产业,<引进>配套企业。"
    mapped = align(text, html)
    assert list(mapped.offsets) == sorted(mapped.offsets)
    for ch, o in zip(text, mapped.offsets, strict=True):
        if "\u4e00" <= ch <= "\u9fff":
            assert html[o] == ch


def test_alignment_skips_the_head() -> None:
    html = page(f"<p>{PARAS[0]}</p>", head=f"<meta name=description content='{PARAS[0]}'>")
    mapped = align(PARAS[0], html)
    assert mapped.offsets[0] > html.index("<body")


def test_extract_keeps_main_text_title_and_drops_scripts() -> None:
    html = page(
        "<div class=nav><a href='/'>首页</a></div><article><h1>长春新区项目</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "<script>var x='脚本内容';</script></article>",
        head="<title>长春新区项目_某网</title><script>var y='头部脚本';</script>",
    )
    result = extract_html(html)
    for p in PARAS:
        assert p in result.mapped.text
    assert "脚本" not in result.mapped.text
    assert result.title == "长春新区项目"
    # The headline leads the text, as in a plain-text page, mapped to the <h1>.
    assert result.mapped.text.startswith("长春新区项目\n")
    h1 = html.index("<h1>") + len("<h1>")
    assert list(result.mapped.offsets[:6]) == list(range(h1, h1 + 6))


def test_visible_lines_skip_head_scripts_and_styles() -> None:
    html = page("<div>来源:长春日报</div><script>var a='不可见';</script><style>b{}</style><p>正文</p>")
    assert visible_lines(html) == ("来源:长春日报", "正文")


@pytest.mark.parametrize(
    "html, reason",
    [
        ("", "no content"),
        ("<html><body><script>var a=1;</script></body></html>", "no visible text"),
        ("<html><body>" + "<span>" * 600 + "深处" + "</span>" * 600 + "</body></html>", "nested deeper than 256"),
    ],
)
def test_extract_reports_pages_without_text(html: str, reason: str) -> None:
    with pytest.raises(BadInput) as info:
        extract_html(html)
    assert reason in info.value.reason


def test_layout_table_page_of_a_government_site() -> None:
    from chainkg.loaders.read import article_from_html

    html = page(
        "<table width='100%'><tr><td><a href='/'>网站首页</a> | <a>机构概况</a> | <a>政务公开</a></td></tr></table>"
        "<table><tr><td><table><tr><td>索引号: 11320400-2024-00012</td><td>发布机构: 某某管委会</td></tr>"
        "<tr><td>发布日期: 2024-03-05</td><td>浏览次数: 120</td></tr></table>"
        "<div class='content'><font size='3'>" + "<br><br>".join(PARAS) + "</font></div>"
        "<div>【字体：大 中 小】 【打印本页】 【关闭窗口】</div></td></tr></table>"
        "<div class='footer'>主办单位：某某管委会 苏ICP备12345678号</div>",
        head="<meta charset='utf-8'><title>某某管委会 - 园区动态</title>",
    )
    article = article_from_html(html)
    assert article.text == "\n".join(PARAS)
    assert article.date == "2024-03-05"


@pytest.mark.parametrize(
    "head, body",
    [
        ("<title>长春新区项目_某网</title>", f"<h1>长春新区项目</h1><p>{PARAS[0]}</p>"),
        ("<title>园区动态 | example.com.cn</title><link rel=canonical href='https://www.example.com.cn/a/1.html'>",
         f"<h2>园区动态</h2><p>{PARAS[1]}</p><p>2024年3月5日</p>"),
        ("<meta property='og:title' content='新区签约'><meta property='og:site_name' content='@newsite'>"
         "<meta name='date' content='2023-11-20'>", f"<p>{PARAS[2]}</p>"),
        ("<meta property='og:url' content='https://w3.news.example.org/x'>", f"<p>{PARAS[0]}</p>"),
    ],
)
def test_page_metadata_matches_trafilatura(head: str, body: str) -> None:
    """The fields read are the ones trafilatura's full metadata search gives (it does more)."""
    from trafilatura.metadata import extract_metadata

    from chainkg.loaders.html_text import _DATE_PARAMS, _page_metadata, _parse

    html = page(body, head=head)
    full = extract_metadata(_parse(html), None, _DATE_PARAMS)
    assert _page_metadata(_parse(html)) == (full.title, full.date, full.sitename)


def test_page_metadata_falls_back_to_trafilaturas_public_call(monkeypatch) -> None:
    """If a trafilatura release moves the helpers _page_metadata uses, its public
    extract_metadata gives the same three fields."""
    import sys

    from chainkg.loaders.html_text import _page_metadata, _parse

    html = page(f"<h1>长春新区项目</h1><p>{PARAS[0]}</p>", head="<title>长春新区项目_某网</title>")
    expected = _page_metadata(_parse(html))
    monkeypatch.setitem(sys.modules, "trafilatura.metadata", None)  # any import from it now fails
    assert _page_metadata(_parse(html)) == expected
