"""Dropping page chrome and spam from scraped text, line by line, offsets kept.

Works on normalised text (Simplified, NFKC: ``：`` is ``:``), so each rule is
written once. A line is classified by what it says in the language of such
pages, never by strings of one page:

* navigation: breadcrumbs (``首页 > 新闻中心 > 正文``) and the site name above them;
* share buttons and page tools (分享, 微信, 微博, 收藏, 字号 ...);
* labels: 来源, 作者, 记者, 责任编辑, 校对, 原标题 ... (read for metadata first);
* photo bylines (``张三 摄``) and bare lists of reporters' names;
* copyright and licence lines (Copyright, 版权所有, 未经授权禁止, 许可证 numbers, ICP备, 网备);
* platform furniture (返回搜狐, 阅读原文, 勋章 ...);
* 'related articles' (相关阅读, 相关新闻, 推荐阅读 ...) and the link list under them;
* link farms and SEO spam (runs of ``XX网站优化 / seo排名 / 多少钱`` ads, runs of
  clickbait headlines with no punctuation), short lines without any Chinese
  in a Chinese page (``tip:``), date-only lines;
* duplicates: a paragraph repeated later (a page repeating its tail after the
  spam) and short lines repeated three times or more (image alt texts);
* tables as trafilatura writes them (``| a | b |``): a lone row of short
  labels is a navigation bar, a row holding whole paragraphs found elsewhere
  is a layout table; data tables stay;
* photo credits inside a paragraph (``(记者 张三 摄)``) are cut out.

Then paragraphs broken mid-sentence (a long line, or one ending in a comma,
with no final punctuation) are rejoined, and whitespace is folded. Each
dropped line keeps its kind in ``Cleaned.lines`` for inspection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from . import metadata
from .normalize import fold_whitespace
from .offsets import MappedText

CONTENT = "content"

_CJK = re.compile(r"[\u3400-\u9fff]")
# Bytes, not characters, that are not the high byte of a UTF-16 unit in U+3400-U+9FFF.
_NOT_CJK_HIGH_BYTE = bytes(b for b in range(256) if not 0x34 <= b <= 0x9F)


def _cjk_count(text: str) -> int:
    """How many characters of text are in U+3400-U+9FFF (what _CJK matches), in C calls only.

    A BMP character is one UTF-16 unit whose high byte is ord >> 8, so the count is that
    of the high bytes in 0x34-0x9F; the two units of a character beyond the BMP (and a
    lone surrogate) have high bytes D8-DF. Four times faster than a regex over the text.
    """
    return len(text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_CJK_HIGH_BYTE))

_BREADCRUMB = re.compile(
    r"^(?:(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*:?\s*)?"
    r"(?:首页|主页|网站首页|返回首页|home)\s*(?:>|»|›|→|/|\||-)",
    re.I,
)
_CRUMB_CHAIN = re.compile(r"^[^>»›]{1,14}(?:\s*[>»›]\s*[^>»›]{1,14}){2,}\s*[>»›]?$")
_WHERE_LABEL = re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置)\s*:")

_SHARE_WORDS = frozenset(
    "分享 分享到 分享至 一键分享 转发 收藏 点赞 评论 打印 打印本页 关闭 关闭窗口 关闭本页 微信 微信扫一扫 "
    "微信好友 朋友圈 微信朋友圈 微博 新浪微博 腾讯微博 qq qq空间 qq好友 豆瓣 人人网 复制链接 扫一扫 "
    "字号 大 中 小 默认 返回顶部 顶部 返回 登录 注册 举报 纠错 我要纠错 手机看 手机阅读 二维码 "
    "扫描二维码 在手机上阅读 打开app 分享本文 facebook line twitter x linkedin weibo wechat email e-mail "
    "print share plurk 推特 脸书".split()
)
_SHARE_SPLIT = re.compile(r"[\s:|/·,、\[\]()【】<>]+")

_LABELS = (
    "来源|来源于|稿源|消息来源|文章来源|信息来源|本文来源|转载自|出处|作者|记者|本报记者|编辑|责任编辑|责编|"
    "编审|编校|校对|审核|审校|审签|终审|初审|复审|二审|三审|监制|主编|值班编辑|出品|供稿|通讯员|特约通讯员|"
    "实习生|摄影|摄像|图片来源|图源|图片|图文|文字|文/图|图/文|原标题|原文标题|原题|发布时间|发布日期|"
    "更新时间|时间|日期|浏览次数|阅读量|阅读数|点击数|浏览量|点击量|访问量|字数|来源网站|"
    "索引号|发布机构|发文机关|主题分类|成文日期|生成日期|发文字号|文号|公开方式|公开范围|有效性|信息分类|"
    # a message board's fields (留言时间: …, 【回复时间】…)
    "留言人|留言时间|留言编号|留言对象|提问时间|回复时间|答复时间|回复单位|答复单位|办理时间|受理时间|办结时间"
)
# ('【回复时间】2025-03-19': a time label in brackets needs nothing after it; not 【记者】, which opens a
# script's speech)
_LABEL_LINE = re.compile(rf"^[\[(【]?(?:{_LABELS})[\])】]?(?:\s*:\s*|\s+|$)"
                         rf"|^[\[(【](?:{_LABELS})(?<=时间|日期)[\])】]")
_TRAILING_CREDIT = re.compile(r"^[^。!?]{0,40}(?:\s|/|\(|^)(?:摄|摄影|供图|出品|供稿|制图|绘图|监制|报道)\)?$")
# "记者王小明/台北报导", "本报记者 张三 报道", "中央社记者李四台北25日电".
_REPORTER_LINE = re.compile(
    r"^[(\[【]?(?:本报|中央社|新华社|中新社)?(?:记者|特派记者|通讯员)\s*[\u4e00-\u9fff·、\s]{2,20}"
    r"(?:/|\s)?[\u4e00-\u9fff\d]{0,10}(?:报导|报道|专电|电|摄)[)\]】]?$"
)
_NAMES_ONLY = re.compile(
    r"^(?:(?:记者|通讯员|特约通讯员|实习生|文|图|文/图|图/文|编辑|校对|审核|作者|撰稿)\s*[:/]?\s*)?"
    r"[\u4e00-\u9fff]{2,3}(?:[\s、,]+[\u4e00-\u9fff]{2,3}){1,6}$"
)

_COPYRIGHT_STRONG = re.compile(
    r"copyright|©|\(c\)\s*\d|all rights reserved|版权所有|版权声明|版权归|icp备|icp证|公网安备|网安备|"
    # A licence with its number ("新闻信息服务许可证:32120170007"), not a
    # sentence about permits ("取得施工许可证2张").
    r"网备\s*\d|许可证(?:号|编号)?\s*:\s*\S{0,10}?\d{4,}|许可证(?:号|编号)\s*\S{0,10}?\d{4,}",
    re.I,
)
_COPYRIGHT_WEAK = re.compile(
    r"未经授权|未经许可|禁止转载|不得转载|谢绝转载|转载请注明|转载请联系|禁止复制|违法和不良信息|不良信息举报|"
    r"举报电话|举报邮箱|免责声明|联系我们|关于我们|网站地图|网站声明|隐私政策|用户协议|主办单位|承办单位|"
    r"技术支持(?!商)|建议使用|分辨率|浏览器"  # (a firm's 技术支持商 role is no footer)
)
_PLATFORM = re.compile(
    r"返回搜狐|查看更多|转发让更多人知道|点击关注|扫码关注|关注我们|长按识别|长按二维码|阅读原文|展开全文|"
    r"点击查看原文|打开app|下载app|在app内|勋章级别|多维度分值|观点仅代表作者|信息存储空间|本文为.{0,10}原创|"
    r"点击上方|点击蓝字|戳这里|点个在看|点亮在看|点赞在看|扫一扫在手机|在手机打开|手机扫一扫|手机看新闻|"
    r"打印本页|关闭窗口|关闭本页|分享到[::]|字体[::]?\s*[\[【]?大|字号[::]?\s*[\[【]?大",
    re.I,
)
# A table row as trafilatura writes it: "| cell | cell |" (a "|" inside a cell is "\\|").
_TABLE_ROW = re.compile(r"^\|.*\|$")  # the rule; lines are tested with _is_row, its regex-free form
_CELL_SPLIT = re.compile(r"\s*(?<!\\)\|\s*")
_DIGIT = re.compile(r"\d")
# Gov-site disclosure tables and endings: 索引号, 发布机构, (完).
_END_MARK = re.compile(r"^[(\[【]?(?:完|全文完|本文完|end|the end|全文结束)[)\]】]?$", re.I)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# A photo credit inside a paragraph: "(记者 张三 摄)", "(新华社记者 李四/摄)".
_INLINE_CREDIT = re.compile(
    r"\(\s*(?:(?:新华社|本报|中新社)?(?:记者|通讯员|特约通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,5}"
    r"(?:[\s、,]+[\u4e00-\u9fff·]{2,5}){0,3}\s*/?\s*(?:摄|摄影|供图)\s*\)"
)
_RELATED_LABELS = (
    "相关阅读|相关新闻|相关文章|相关报道|相关链接|相关推荐|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢|"
    "你可能感兴趣|您可能感兴趣|更多精彩|热门文章|热点新闻|精彩推荐|为你推荐|为您推荐|往期回顾|往期推荐|今日推荐|"
    "大家都在看|最新文章|热门阅读|推荐新闻|热门新闻|最新新闻|更多新闻|更多阅读|精彩图片|图片新闻|"
    "相关[\u4e00-\u9fff]{2}推荐"  # (相关园区推荐, 相关企业推荐)
)
# (a heading may open on a symbol or an emoji: '★ 延伸阅读', '👉 相关新闻')
_RELATED = re.compile(rf"^[^\w]{{0,3}}(?:{_RELATED_LABELS})[\]】]?[^。]{{0,12}}$")
# the heading and its links on one line: '相关新闻：A | B'
_RELATED_INLINE = re.compile(rf"^[^\w]{{0,3}}(?:{_RELATED_LABELS})[\]】]?\s*[：:]")
# A site's name: "某某新闻网", "某某日报", "某某融媒"; a bare "...网" only when
# short ("新浪网"), since headlines end in 物联网, 电网 too.
_SITE_NAME = re.compile(
    r"^(?:[\w\u4e00-\u9fff·]{1,10}(?:新闻网|在线|新闻|传媒|新传媒|日报|晚报|早报|报业|客户端|官网|官方网站|融媒|电视台)"
    r"|[\w\u4e00-\u9fff·]{1,4}网)$"
)
_PREV_NEXT = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)")
# A labelled list of search terms or links ("热门搜索：A厂房出售 B仓库出租 …"): a
# link farm's block, never article text, however long it runs.
_KEYWORD_LABELS = ("热门搜索", "热搜词", "热门标签", "热门关键词", "热门关键字", "相关搜索", "搜索热词", "热门城市",
                   "友情链接", "标签", "关键词", "关键字", "tags")
_KEYWORD_LABELS_START = tuple({w[:2] for w in _KEYWORD_LABELS} | {"[", "【"})
# (热门园区, 热门企业, 热门话题: any 热门 label opens such a list)
_KEYWORD_LIST = re.compile(r"^[\[【]?(?:" + "|".join(_KEYWORD_LABELS) + r"|热门[\u4e00-\u9fff]{2})[\]】]?\s*[:：]", re.I)
# ... or the label alone as a heading ('==== 热门搜索 ===='), its terms on the lines under it
_KEYWORD_HEADING = re.compile(r"^[=\-*#~\s\[【]*(?:" + "|".join(_KEYWORD_LABELS) + r"|热门[\u4e00-\u9fff]{2})[=\-*#~\s\]】]*$",
                              re.I)
_SEO_TERMS = re.compile(
    r"seo|网站优化|网站建设|网站制作|网站设计|网站推广|网站排名|网站搭建|网站改版|网页制作|网页设计|建站|"
    r"百度竞价|百度推广|竞价托管|排名优化|优化排名|关键词排名|整站优化|快速排名|标王|推广公司|推广工具|推广方案|"
    r"模板网站|模板制作|模板推广|外贸网站|xml地图|txt地图|html地图|虚拟主机|按天计费|按天扣费|多少钱|哪家好",
    re.I,
)
_PUNCT_CHARS = ",。!?;:、"
_FINAL_CHARS = "。!?;…\"”’)]】》」』:"
_FINAL = re.compile("[" + re.escape(_FINAL_CHARS) + "]$")
# A byline led by the date: "2021-07-25 10:20 来源: X 作者: Y", "2024-01-30 | 某报".
_DATED_BYLINE = re.compile(
    r"^(?:19|20)\d{2}\s*(?:[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2}(?!\d))"
    r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*[|/·]\s*|\s+)"
    r"(?:[^。!?,]{0,12}|[^。!?,]{0,40}(?:来源|作者|编辑|记者|浏览|阅读|点击|字号|分享|发布)[^。!?,]{0,40})$"
)
_DATE_ONLY = re.compile(
    r"^(?:(?:19|20)\d{2}(?:\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2})?"
    r"|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?)?"
    r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$"
)


class Line(NamedTuple):
    """One line of a page (a tuple: made for every line of every page, it is built at
    twice the speed of a frozen dataclass)."""

    start: int  # span of the line in the text it was cut from (without its newline)
    end: int
    text: str  # stripped
    kind: str  # content, or why the line is dropped


@dataclass(frozen=True, slots=True)
class Cleaned:
    mapped: MappedText
    title: str | None
    outlet: str | None
    date: str | None
    lines: tuple[Line, ...]  # every line with its kind, for inspection and tests


# Characters a share bar can hold (its words and separators, whitespace aside): a line
# with any other character has a token outside _SHARE_WORDS, so it is not split at all.
_SHARE_CHARS = frozenset("".join(_SHARE_WORDS) + ":|/·,、[]()【】<>")


# Any other character (whitespace aside): found by one C scan that stops at the first.
_NOT_SHARE_CHAR = re.compile(r"[^\s" + re.escape("".join(sorted(_SHARE_CHARS))) + "]")


def _is_share(text: str) -> bool:
    low = text.lower()
    if _NOT_SHARE_CHAR.search(low):
        return False
    tokens = [t for t in _SHARE_SPLIT.split(low) if t]
    return bool(tokens) and len(text) <= 60 and all(t in _SHARE_WORDS for t in tokens)


def _is_spam(text: str, seo_hit: bool) -> bool:
    n = len(text)
    if n < 200 and not seo_hit:
        return False
    punct = sum(text.count(c) for c in _PUNCT_CHARS)
    if seo_hit and punct * 40 < n and len(_SEO_TERMS.findall(text)) >= 3:
        return True
    # A long run of concatenated headlines or links: real prose has a comma
    # or a full stop every 20-30 characters.
    return n >= 200 and punct * 80 < n


def classify(text: str, *, cjk_page: bool = True, hits: frozenset[str] | None = None) -> str:
    """The kind of one stripped line, judged on its own.

    ``hits`` names the document-wide patterns (copyright, seo) found in the
    line; :func:`_classify_all` scans the whole text once for them instead of
    searching every line. None means: search this line.
    """
    if not text:
        return "blank"
    if hits is None:
        hits = frozenset(
            name for name, pattern in (("copyright", _COPYRIGHT_STRONG), ("seo", _SEO_TERMS)) if pattern.search(text)
        )
    n = len(text)
    if _is_row(text):
        return _classify_row(text)
    if text[:4].lower().startswith(_KEYWORD_LABELS_START) and _KEYWORD_LIST.match(text):
        return "spam"
    if n <= 30 and _KEYWORD_HEADING.match(text):
        return "spam"
    # The cheap tests before each regex below (a word or first character every match holds)
    # skip most calls: pages have many short lines, and most rules fit none of them.
    crumb = _may_be_crumb(text)
    if n > 120:  # a paragraph: only these rules apply to long lines
        if crumb and _BREADCRUMB.match(text):
            return "breadcrumb"
        if "copyright" in hits:
            return "copyright"
        return "spam" if _is_spam(text, "seo" in hits) else CONTENT
    if (crumb and _BREADCRUMB.match(text)) or ("位置" in text and _WHERE_LABEL.match(text)) or (
            n <= 80 and _CRUMB_SEPARATOR.search(text) and _CRUMB_CHAIN.match(text)):
        return "breadcrumb"
    first = text[0]
    if n <= 40 and (first.isdecimal() or first in "星周") and _DATE_ONLY.match(text):
        return "date"
    if n <= 60 and _is_share(text):
        return "share"
    if n <= 40 and text.endswith(_CREDIT_ENDS) and _TRAILING_CREDIT.match(text):
        return "byline"
    if n <= 100 and ((_may_be_label(text) and _LABEL_LINE.match(text)) or
                     (text.startswith(("19", "20")) and _DATED_BYLINE.match(text))):
        return "meta"
    if "copyright" in hits or (n <= 80 and _COPYRIGHT_WEAK.search(text)):
        return "copyright"
    if n <= 120 and _PLATFORM.search(text):
        return "platform"
    if n <= 40 and _RELATED.match(text):
        return "related"
    if n <= 300 and "。" not in text and _RELATED_INLINE.match(text):
        return "related"  # '相关新闻：A | B': the heading and its links on one line
    if n <= 60 and text.startswith(("上一", "下一")) and _PREV_NEXT.match(text):
        return "related"
    if n <= 12 and _END_MARK.match(text):
        return "byline"
    if text[:4].lower() in ("http", "www.") and _URL_ONLY.match(text):
        return "noise"
    if n <= 40 and (_NAMES_ONLY.match(text) or _REPORTER_LINE.match(text)):
        return "byline"
    if _is_spam(text, "seo" in hits):
        return "spam"
    if cjk_page and n <= 30 and not _CJK.search(text):
        return "noise"
    return CONTENT


def _is_row(text: str) -> bool:
    """``_TABLE_ROW.match(text)`` for a line (no newline in it), without a regex call."""
    return len(text) >= 2 and text[0] == "|" and text[-1] == "|"


# What a match of _BREADCRUMB, _CRUMB_CHAIN, _TRAILING_CREDIT, _LABEL_LINE must hold.
# (a regex search for one of a few characters is a C scan; frozenset.isdisjoint(text)
# hashes every character of the line)
_CRUMB_SEPARATOR = re.compile("[>»›]")
_CREDIT_WORDS = ("摄", "摄影", "供图", "出品", "供稿", "制图", "绘图", "监制", "报道")
_CREDIT_ENDS = _CREDIT_WORDS + tuple(w + ")" for w in _CREDIT_WORDS)
_LABEL_FIRST = frozenset(label[0] for label in _LABELS.split("|"))


def _may_be_crumb(text: str) -> bool:
    return "首页" in text or "主页" in text or "home" in text.lower()


def _may_be_label(text: str) -> bool:
    return text[0] in _LABEL_FIRST or (text[0] in "[(【" and text[1:2] in _LABEL_FIRST)


# Literal triggers of the copyright and SEO rules, found in one Aho-Corasick
# pass over the whole text; only the lines they hit are checked with the
# (slower) regular expressions.
_TRIGGERS = {
    "copyright": (
        "copyright", "©", "(c)", "all rights reserved", "版权所有", "版权声明", "版权归", "icp", "网安备", "网备",
        "许可证",
    ),
    "seo": (
        "seo", "网站", "网页", "建站", "百度", "竞价", "排名", "标王", "推广", "模板", "地图", "虚拟主机", "按天",
        "多少钱", "哪家好",
    ),
}


@lru_cache(maxsize=1)
def _trigger_automaton():
    """(automaton, the trigger group names of each of its patterns)."""
    import ahocorasick_rs  # noqa: PLC0415

    names: dict[str, tuple[str, ...]] = {}
    for name, words in _TRIGGERS.items():
        for word in words:
            # Case variants of ASCII triggers: the text is not lowercased
            # (lowercasing can change its length and so the offsets).
            for variant in {word, word.upper(), word.title()}:
                names[variant] = (*names.get(variant, ()), name)
    variants = list(names)
    return ahocorasick_rs.AhoCorasick(variants), [names[v] for v in variants]


def _trigger_hits(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """(end, group names) of every trigger found in text, overlapping ones too."""
    automaton, names = _trigger_automaton()
    return [(end, names[i]) for i, _, end in automaton.find_matches_as_indexes(text, overlapping=True)]


def table_cells(row: str) -> list[str]:
    """The non-empty cells of a table row line, "\\|" unescaped."""
    return [c.replace("\\|", "|").strip() for c in _CELL_SPLIT.split(row.strip("|")) if c.strip()]


def _classify_row(row: str) -> str:
    """Table rows: navigation bars and disclosure tables of layout-table pages."""
    cells = table_cells(row)
    if not cells:
        return "noise"
    if _LABEL_LINE.match(cells[0]) and len(cells[0]) <= 60:
        return "meta"  # | 索引号: ... | 发布机构: ... |
    if "copyright" in _trigger_names(row) and _COPYRIGHT_STRONG.search(row):
        return "copyright"
    return CONTENT


def _trigger_names(text: str) -> set[str]:
    names: set[str] = set()
    for _, found in _trigger_hits(text):
        names.update(found)
    return names


def _lines_hit(text: str, starts: list[int]) -> dict[int, set[str]]:
    """Line index -> names of the trigger groups found in that line."""
    hits: dict[int, set[str]] = {}
    for end, names in _trigger_hits(text):
        line = bisect_right(starts, end - 1) - 1  # the line of the trigger's last character
        hits.setdefault(line, set()).update(names)
    return hits


def _classify_all(text: str) -> list[Line]:
    sample = text[:1000]
    cjk_page = _cjk_count(sample) * 5 >= len(sample)
    raws = text.split("\n")
    starts = list(accumulate(map((1).__add__, map(len, raws[:-1])), initial=0))  # each line's start, in C
    triggered = _lines_hit(text, starts) if text else {}
    none: frozenset[str] = frozenset()
    memo: dict[str, str] = {}  # pages repeat lines (alt texts, captions): classify each once
    lines = []
    new = tuple.__new__  # Line(...) runs a Python-level __new__; a line is made for every line of every page
    for i, (raw, line_start) in enumerate(zip(raws, starts)):
        stripped = raw.strip()
        if not stripped:
            lines.append(new(Line, (line_start, line_start, "", "blank")))
            continue
        start = line_start + len(raw) - len(raw.lstrip())
        found = triggered.get(i)
        if found:
            checks = (("copyright", _COPYRIGHT_STRONG), ("seo", _SEO_TERMS))
            hits = frozenset(n for n, pattern in checks if n in found and pattern.search(stripped))
            kind = classify(stripped, cjk_page=cjk_page, hits=hits)
        else:
            kind = memo.get(stripped)
            if kind is None:
                kind = memo[stripped] = classify(stripped, cjk_page=cjk_page, hits=none)
        lines.append(new(Line, (start, start + len(stripped), stripped, kind)))
    return lines


_FORM_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]\S")


def _with_context(lines: list[Line]) -> list[Line]:
    """Rules that need neighbours: site header, label values, related lists, duplicates."""
    kinds = [line.kind for line in lines]
    nonblank = [i for i, k in enumerate(kinds) if k != "blank"]

    # A site's name as the first line ("某某新闻网"), before the headline.
    if (
        len(nonblank) > 1
        and kinds[nonblank[0]] == CONTENT
        and _SITE_NAME.match(lines[nonblank[0]].text)
        and len(lines[nonblank[1]].text) <= 60  # a headline or a breadcrumb follows
    ):
        kinds[nonblank[0]] = "site"
    # The site name above a breadcrumb at the top of the page.
    for rank, i in enumerate(nonblank[:6]):
        if kinds[i] == "breadcrumb":
            for j in nonblank[:rank]:
                if kinds[j] == CONTENT and len(lines[j].text) <= 30:
                    kinds[j] = "site"
            break

    for pos, i in enumerate(nonblank):
        text = lines[i].text
        # A label alone ("来源") with its value on the next line.
        if kinds[i] == "meta" and re.fullmatch(r"[\[(【]?(?:来源|稿源|作者|记者|编辑|责任编辑|校对)[\])】]?\s*:?", text):
            if pos + 1 < len(nonblank):
                j = nonblank[pos + 1]
                if kinds[j] == CONTENT and len(lines[j].text) <= 30:
                    kinds[j] = "meta"
        # The terms under a link farm's heading ('==== 热门搜索 ====' / 'A厂房出租 | B招商政策 | …'):
        # lines with no sentence in them, up to the next heading or paragraph
        if kinds[i] == "spam" and len(text) <= 30 and _KEYWORD_HEADING.match(text):
            for j in nonblank[pos + 1:]:
                if kinds[j] != CONTENT or "。" in lines[j].text:
                    break
                kinds[j] = "spam"
        # The link list under a 'related articles' heading.
        if kinds[i] == "related" and _RELATED.match(text):
            for j in nonblank[pos + 1 :]:
                t = lines[j].text
                if kinds[j] == CONTENT and (len(t) >= 80 or (len(t) >= 40 and t.endswith("。"))):
                    break
                if kinds[j] == CONTENT:
                    kinds[j] = "related"

    # Layout tables: a row that holds whole paragraphs found on their own
    # lines elsewhere (trafilatura gives both) is a container, not content.
    rows = [i for i in nonblank if kinds[i] == CONTENT and _is_row(lines[i].text)][:500]
    if rows:
        paragraphs = [lines[i].text for i in nonblank if kinds[i] == CONTENT and len(lines[i].text) >= 20]
        paragraphs = [p for p in paragraphs if not _is_row(p)]
        for i in rows:
            if any(p in lines[i].text for p in paragraphs):
                kinds[i] = "layout"
        # A lone row of short labels is a navigation bar (| 网站首页 | 机构概况 |
        # 政务公开 |); a data table has more rows.
        live = {i for i in rows if kinds[i] == CONTENT}
        position = {i: k for k, i in enumerate(nonblank)}
        for i in live:
            k = position[i]
            neighbours = [nonblank[k + d] for d in (-1, 1) if 0 <= k + d < len(nonblank)]
            items = [c for c in re.split(r"\s*\\?\|\s*", lines[i].text) if c.strip()]
            if (
                not any(j in live for j in neighbours)
                and len(items) >= 3
                and all(len(c) <= 8 and not _DIGIT.search(c) for c in items)
            ):
                kinds[i] = "breadcrumb"

    # Duplicates: long paragraphs repeated later, short lines repeated 3+ times.
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    for i in nonblank:
        if kinds[i] == CONTENT:
            counts[lines[i].text] = counts.get(lines[i].text, 0) + 1
    for i in nonblank:
        if kinds[i] != CONTENT:
            continue
        text = lines[i].text
        if text in seen and (len(text) >= 20 or counts[text] >= 3 and not _FORM_FIELD.match(text)):
            kinds[i] = "duplicate"  # (a form's '项目进度:储备' is each item's own field)
        seen.setdefault(text, i)
    # A tail repeated after the footer: content lines after the first
    # copyright/spam line that repeat part of an earlier paragraph.
    # (after the first paragraph: a navigation bar above the headline that holds '联系我们' or a
    # site's name is the page's header, and the article under it is no footer's links)
    first_paragraph = next((i for i in nonblank if kinds[i] == CONTENT and len(lines[i].text) >= 40), -1)
    footer = next((i for i in nonblank if i > first_paragraph and kinds[i] in ("copyright", "spam")), None)
    if footer is not None:
        # The last paragraphs before the footer are the ones pages repeat.
        before = [lines[i].text for i in nonblank if i < footer and kinds[i] == CONTENT]
        body = "\n".join(before[-100:])
        for i in [i for i in nonblank if i > footer and kinds[i] == CONTENT][:200]:
            if len(lines[i].text) >= 10 and lines[i].text in body:
                kinds[i] = "duplicate"
    if footer is not None:
        # Headlines and links under the footer: short lines that are no sentence.
        for i in nonblank:
            if i > footer and kinds[i] == CONTENT and len(lines[i].text) <= 40 and not _FINAL.search(lines[i].text):
                kinds[i] = "footer"
    # A run of headline links closing the page (no heading above it): five or
    # more short lines without final punctuation after the last paragraph.
    tail = [i for i in nonblank if kinds[i] == CONTENT]
    run = []
    for i in reversed(tail):
        text = lines[i].text
        if len(text) <= 30 and not _FINAL.search(text) and not _is_row(text) and not _FORM_FIELD.match(text):
            run.append(i)  # (a form's last '字段:值' lines are its own, not links)
        else:
            break
    if len(run) >= 5 and len(run) < len(tail):
        for i in run:
            kinds[i] = "related"
    # Lines are immutable: rebuild only those whose kind changed.
    return [line if line.kind == kind else Line(line.start, line.end, line.text, kind)
            for line, kind in zip(lines, kinds, strict=True)]


def _display_width(line: str) -> int:
    """Columns a line takes in a fixed-width layout: a Han character two, an ASCII one one (from
    the UTF-8 length, three bytes and one byte: counted in C, not per character in Python)."""
    return (len(line.encode("utf-8")) + len(line)) // 2


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text (a PDF converted to text) breaks its lines at: the widest lines
    end within a tenth of one width, three of them at least. None when the text is not wrapped."""
    widths = [_display_width(line.rstrip()) for line in lines]
    top = max(widths, default=0)
    if top < 50 or sum(1 for w in widths if w >= 0.9 * top) < 3:
        return None
    return int(0.9 * top)


def _join_broken(mapped: MappedText) -> MappedText:
    """Rejoin a paragraph broken mid-sentence: drop the newline after a line that
    ends in a comma or 、, or is long and has no final punctuation (long: 50 characters,
    or the wrapping width of a hard-wrapped text)."""
    text = mapped.text
    edits = []
    lines = text.split("\n")
    wrap = _wrap_width(lines) if len(lines) > 3 else None
    pos = 0
    for k, line in enumerate(lines[:-1]):
        end = pos + len(line)
        pos = end + 1
        stripped = line.rstrip()
        # the line's ending first: most lines end a sentence, and the rest need not be looked at
        if not stripped or not (stripped.endswith((",", "、", "，")) or stripped[-1] not in _FINAL_CHARS and (
                len(stripped) >= 50 or wrap is not None and _display_width(stripped) >= wrap)):
            continue
        following = lines[k + 1].strip()
        if stripped[-1].isascii() and not _CJK.search(stripped):
            continue  # an English line (a bilingual page's headline) ends where it ends
        if following and not stripped.endswith("|") and not following.startswith("|"):
            edits.append((end, end + 1, ""))
    return mapped.edit(edits) if edits else mapped


_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
# The first character of any match: a class alone is scanned at C speed, the alternation not.
_NEWLINE_START = re.compile(r"[\r\u2028\u2029\x85\x0b\x0c]")


def unify_newlines(mapped: MappedText) -> MappedText:
    """CRLF and CR -> LF; Unicode line and paragraph separators -> LF."""
    text = mapped.text
    if not _NEWLINE_START.search(text):
        return mapped
    return mapped.edit([(m.start(), m.end(), "\n") for m in _NEWLINES.finditer(text)])


_CLAUSE_MARKS = re.compile(r"[，,。；;！？!?]")


def clean(mapped: MappedText, *, title: str | None = None) -> Cleaned:
    """Drop chrome and spam lines from normalised text; read metadata first."""
    lines = _with_context(_classify_all(mapped.text))
    # Metadata comes from the page's own byline lines (labels, dates), never
    # from related-article lists or footers, which carry other pages' dates.
    byline = [line.text for line in lines if line.kind in ("meta", "date")]
    content = [line.text for line in lines if line.kind == CONTENT]
    outlet = metadata.outlet_in_lines(byline) or metadata.outlet_in_dateline(content)
    # failing a labelled byline, a short unpunctuated line near the top (胶东商报 2019年3月5日 记者 孙海涛)
    date = metadata.date_in_lines(byline) or metadata.date_in_lines(
        [t for t in content[:4] if len(t) <= 40 and not _CLAUSE_MARKS.search(t)])
    title = title or metadata.title_in_lines(content)

    edits = []
    text = mapped.text
    for line in lines:
        if line.kind not in (CONTENT, "blank"):
            # Drop the line and its newline (the newline before it for the last line).
            end = line.end + 1 if line.end < len(text) else line.end
            start = line.start
            edits.append((start, end, ""))
    cleaned = mapped.edit(_merge(edits)) if edits else mapped
    credits = [(m.start(), m.end(), "") for m in _INLINE_CREDIT.finditer(cleaned.text)]
    if credits:
        cleaned = cleaned.edit(credits)
    # No second fold after the join: it only drops the newline between two stripped,
    # non-blank lines, which leaves no whitespace to fold.
    cleaned = _join_broken(fold_whitespace(cleaned))
    return Cleaned(cleaned, title, outlet, date, tuple(lines))


def _merge(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for start, end, rep in sorted(edits):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), "")
        else:
            out.append((start, end, rep))
    return out
