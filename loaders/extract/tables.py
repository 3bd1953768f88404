"""Tables of projects, as the reader writes them ('| a | b |' or 'a|b|c' rows): the role of each column.

Zone websites publish their key projects as tables (序号 | 项目名称 | 建设单位 | 投资额 |
建设进度). A row's cells are not a sentence: the company in the 建设单位 column builds the
row's project, the amount in the 投资额 column is its investment, whatever the words. The
header row says which column is which; its unit (投资额（亿元）) applies to a bare number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from chainkg.loaders.facts import Money

from .money import parse_amounts

# Who builds a project and where, as a table's header or a form's field says it (建设单位：…).
BUILDER_WORDS = "建设单位|投资主体|业主单位|建设主体|实施主体|项目单位|投资方|投资企业|企业名称|签约企业|申报单位"
LOCATION_WORDS = "建设地点|项目地点|地点|所在园区|园区|所在地|选址|落户地|区域"
_NOT_PLANNED = r"^(?!.*(?:计划|预计|拟|预期|目标)).*"
# Header words per role, tried in this order (a header cell takes the first role it fits).
_ROLES = (
    ("name", re.compile(r"项目名称|项目$|^名称")),
    ("builder", re.compile(BUILDER_WORDS + "|^(?:企业|公司)$")),
    ("investment", re.compile(r"投资")),
    # the next milestone (下一节点, 下步计划): a target, read before 进度 (下阶段进度安排)
    ("plan", re.compile(r"下一?(?:步|个|阶段)?(?:节点|计划|安排|目标)|计划节点|目标节点|节点目标")),
    # the date a milestone was reached (开工时间 | 2018年4月3日): the stage, once the date has come;
    # a planned date (计划开工时间) is no milestone
    ("started_on", re.compile(_NOT_PLANNED + r"开工(?:时间|日期)")),
    ("completed_on", re.compile(_NOT_PLANNED + r"(?:竣工|建成)(?:时间|日期)")),
    ("producing_on", re.compile(_NOT_PLANNED + r"投产(?:时间|日期)")),
    ("progress", re.compile(r"进度|进展|状态|阶段")),
    ("location", re.compile(LOCATION_WORDS)),
    # columns of companies with no project of their own: a chain map's 目标企业 (companies to
    # recruit), a zone's 重点企业 or 代表企业
    ("targets", re.compile(r"目标企业|招引企业|拟引进企业")),
    ("companies", re.compile(r"(?:重点|代表|龙头|链主)企业|企业名单")),
)
_UNIT = re.compile(r"[（(]\s*(亿元|万元|亿美元|万美元|亿港元|亿欧元)\s*[)）]")
_BRACKET_CHARS = re.compile(r"[()（）]")
_SEPARATOR = re.compile(r"^[\s|:\-]+$")


@dataclass(frozen=True, slots=True)
class TableRow:
    start: int
    end: int
    cells: tuple[tuple[int, int], ...]  # absolute (start, end) of each cell's text, stripped
    roles: tuple[tuple[str, int], ...]  # (role, column index) from the header
    unit: str  # the investment column's unit in the header ('亿元'), '' when none

    def cell(self, role: str) -> tuple[int, int] | None:
        col = next((c for r, c in self.roles if r == role), None)
        return self.cells[col] if col is not None and col < len(self.cells) else None


def _cells(text: str, lo: int, hi: int, outer: bool = True) -> tuple[tuple[int, int], ...]:
    """The cells of a row '| a | b |', or 'a|b|c' without the outer bars (``outer=False``)."""
    out = []
    pos = lo + 1 if outer else lo  # after the opening '|'
    while pos < hi or (not outer and pos == hi):
        bar = text.find("|", pos, hi)
        while bar > 0 and text[bar - 1] == "\\":  # '\|' inside a cell
            bar = text.find("|", bar + 1, hi)
        if bar < 0:
            if outer:
                break
            bar = hi  # the last cell runs to the end of the line
        a, b = pos, bar
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
        pos = bar + 1
    return tuple(out)


def table_rows(text: str) -> list[TableRow]:
    """The data rows of every table whose header names a project column, in order."""
    if "|" not in text:
        return []
    out: list[TableRow] = []
    header: tuple[tuple[str, int], ...] | None = None
    unit = ""
    width = 0  # the header's number of cells
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        stripped = line.strip()
        outer = len(stripped) >= 2 and stripped[0] == "|" and stripped[-1] == "|"
        # 'a|b|c' rows without the outer bars: three cells at least, as many as the header's
        bare = not outer and stripped.count("|") >= 2 and (header is None or stripped.count("|") == width - 1)
        if not (outer or bare):
            header = None  # a table ends at the first line that is no row
            continue
        lo += len(line) - len(line.lstrip())
        hi = lo + len(stripped)
        if _SEPARATOR.match(stripped):
            continue
        cells = _cells(text, lo, hi, outer)
        if header is None:
            width = len(cells)
            roles, taken = [], set()
            for i, (a, b) in enumerate(cells):
                label = _BRACKET_CHARS.sub("", text[a:b])  # '建设(投资)主体' is 建设投资主体: a builder
                for role, pattern in _ROLES:
                    if role not in taken and pattern.search(label):  # ^ and $ at the cell's ends
                        roles.append((role, i))
                        taken.add(role)
                        if role == "investment":
                            m = _UNIT.search(text, a, b)
                            unit = m.group(1) if m else ""
                        break
            if "name" in taken and len(taken) >= 2 or "targets" in taken or "companies" in taken:
                header = tuple(roles)
            continue
        out.append(TableRow(lo, hi, cells, header, unit))
    return out


class RowIndex:
    """The table row holding a position, by bisection."""

    def __init__(self, rows: list[TableRow]):
        self.rows = rows
        self._starts = [r.start for r in rows]

    def at(self, pos: int) -> TableRow | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.rows[i].end:
            return self.rows[i]
        return None


_BARE_NUMBER = re.compile(r"(约|近|超|逾)?\s*(\d+(?:\.\d+)?)")


def table_amount(text: str, cell: tuple[int, int], unit: str) -> Money | None:
    """The amount in an investment cell: as written ('约30亿元', '10亿至15亿元'), or a bare number
    in the header's unit ('30' under 投资额（亿元）)."""
    a, b = cell
    found = parse_amounts(text[a:b], a)
    if found:
        return found[0].money
    m = _BARE_NUMBER.fullmatch(text, a, b)
    if m and unit:
        found = parse_amounts((m.group(1) or "") + m.group(2) + unit)
        return found[0].money if found else None
    return None


_MILESTONES = (("started_on", "started"), ("completed_on", "completed"), ("producing_on", "in_production"))
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CELL_DATE = re.compile(r"(20\d\d)\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])?\s*(?:(\d{1,2})\s*日?)?")


def milestones(text: str, row: TableRow, article_date: str | None) -> list[tuple[str, int, int, bool]]:
    """(stage, start, end, target) for the row's dated milestone cells (开工时间 | 2018年4月3日):
    a date after the article's is a target; one on or before it, or in an undated article, a fact."""
    out = []
    for role, stage in _MILESTONES:
        cell = row.cell(role)
        if cell is None or not (m := _CELL_DATE.search(text, *cell)):
            continue
        when = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        # no article date: the table reports what has happened
        now = _ISO_DATE.match(article_date or "")
        future = bool(now) and when > (int(now.group(1)), int(now.group(2) or 12), int(now.group(3) or 31))
        out.append((stage, cell[0], cell[1], future))
    return out


def in_cell(row: TableRow, role: str, mention) -> bool:
    """Whether a mention lies in the row's cell of that role."""
    cell = row.cell(role)
    return cell is not None and cell[0] <= mention.start and mention.end <= cell[1]
