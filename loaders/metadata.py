"""An article's own metadata: title, outlet (来源 source) and publication date.

Read from the lines of the normalised text (Simplified, NFKC) before chrome is
dropped, because pages state them in the chrome: ``来源: 紫牛新闻``, a ``来源``
label with the outlet on the next line, ``2025-11-16 14:24:00``, or a date
split over lines (``2021`` / ``07/25`` / ``20:11``).
"""

from __future__ import annotations

import re
from datetime import date, datetime

_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
# Year and month only (2023年7月, 2023-07): the first of the month stands for it, so that
# relative targets (明年量产) can still be resolved.
_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?!\s*\d)|[-/.](\d{1,2})(?![\d/.-]))")
_YM_LINE = re.compile(r"^(?:发布时间|发布日期|时间|日期)?\s*:?\s*" + _YM.pattern +
                      r"(?=\s*$|\s|\s*(?:来源|作者|编辑|记者|[|·]))")
_YEAR_LINE = re.compile(r"^((?:19|20)\d{2})\s*年?$")
_MONTH_DAY_LINE = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")

# The outlet after a source label; stops at the next label or a date.
_SOURCE = re.compile(r"(?:^|\s|[\[(【])(?:来源|稿源|来源于|消息来源|文章来源|信息来源|本文来源|出处)\s*:?\s*(.*)$")
_SOURCE_LABEL_ONLY = re.compile(r"^(?:来源|稿源|文章来源|信息来源|本文来源|出处)\s*:?$")
_OUTLET_STOP = re.compile(
    r"\s+|(?:作者|记者|编辑|责任编辑|责编|发布时间|发布日期|时间|日期|浏览|阅读|点击|字号|分享)\s*:?|(?:19|20)\d{2}[-/.年]"
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """ISO date (YYYY-MM-DD) from 2021-07-25, 2021/7/25, 2021年7月25日, ISO datetimes, 20210725;
    a year and month (2023年7月, 2023-07) gives the first of the month."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    m = _YMD.search(value)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _COMPACT.fullmatch(value)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _year_month(_YM.search(value))


def _year_month(m: re.Match | None) -> str | None:
    """The first of the month of a year-month match."""
    if not m:
        return None
    return _valid(int(m.group(1)), int(m.group(2) or m.group(3)), 1)


def date_in_lines(lines: list[str]) -> str | None:
    """The first full date in short header-like lines, joining a year line with a month/day line;
    failing that, the first of the month of a header line that opens with a year and month."""
    month: str | None = None
    for i, line in enumerate(lines):
        if len(line) > 60:
            continue
        found = parse_date(line) if _YMD.search(line) else None
        if found:
            return found
        year = _YEAR_LINE.match(line)
        if year:
            for nxt in lines[i + 1 : i + 3]:
                md = _MONTH_DAY_LINE.match(nxt)
                if md:
                    found = _valid(int(year.group(1)), int(md.group(1)), int(md.group(2)))
                    if found:
                        return found
        if month is None:
            month = _year_month(_YM_LINE.match(line))
    return month


def outlet_in_lines(lines: list[str]) -> str | None:
    """The outlet named by a 来源 (source) label, on the same line or the next one."""
    for i, line in enumerate(lines):
        if len(line) > 80 or line.startswith(("图片来源", "图源", "图片")):
            continue
        if _SOURCE_LABEL_ONLY.match(line):
            for nxt in lines[i + 1 : i + 3]:
                if nxt and len(nxt) <= 30:
                    return _first_token(nxt)
            continue
        m = _SOURCE.search(line)
        if m and m.group(1):
            found = _first_token(m.group(1))
            if found:
                return found
    return None


# A news agency's dateline opening the first paragraph: 新华社北京7月25日电,
# 中新网上海3月1日电, 本报讯 (no outlet named).
_DATELINE = re.compile(
    r"^[(\[【]?(?P<outlet>[\u4e00-\u9fff]{1,6}?(?:社|网|报|台|新闻))"
    r"(?:[\u4e00-\u9fff]{2,8})?\d{1,2}月\d{1,2}日(?:电|讯|消息)"
)


def outlet_in_dateline(lines: list[str]) -> str | None:
    """The agency of a dateline at the start of one of the first paragraphs."""
    for line in lines[:3]:
        m = _DATELINE.match(line)
        if m and m.group("outlet") not in ("本报", "本台", "本网"):
            return m.group("outlet")
    return None


def _first_token(value: str) -> str | None:
    value = value.strip(" :|·-")
    value = re.split(r"[\])】]", value, maxsplit=1)[0]
    m = _OUTLET_STOP.search(value)
    if m and m.start() > 0:
        value = value[: m.start()]
    elif m:
        return None
    value = value.strip(" :|·-,()[]【】")
    return value if 1 < len(value) <= 30 else None


def title_in_lines(lines: list[str]) -> str | None:
    """The first heading-like content line: short, not a sentence ending in 。."""
    for line in lines[:10]:
        if not line:
            continue
        if len(line) <= 80 and not line.endswith("。"):
            return line
        return None
    return None
