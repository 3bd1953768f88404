"""Amounts of money in Chinese news text: 100亿元, 9000万美元, 约3.7亿元, 超500亿元, 10-20亿元.

``find_amounts`` returns every amount in a string with its qualifier, so the
caller decides what counts: an investment is exact (or 约, about); 超 (over),
以上 (at least) and ranges are bounds, and '3个10亿元以上项目' is a bound on
each of several projects, never one project's investment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Money
from .text import gated

# Chinese numerals that appear in amounts ("两亿元", "十亿元").
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_UNITS = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "": 1.0}

# Currency words -> ISO code. Longest first in the regex.
CURRENCY_WORDS = {
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "块": "CNY",
    "美元": "USD", "美金": "USD", "欧元": "EUR", "日元": "JPY", "港元": "HKD", "港币": "HKD",
    "英镑": "GBP", "韩元": "KRW", "新台币": "TWD", "瑞士法郎": "CHF",
}

_NUM = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?)"
_UNIT = r"(?:万亿|亿|千万|百万|万|千)?"
_CUR = "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True))
# A number, an optional range end, a unit and a currency word. Bounded
# repetitions only, so no backtracking blow-up on long digit runs.
_PRE = "约为|约合|大约|大概|差不多|将近|约|近|超过|超|逾|不低于|不少于|达|共|合计|累计|总计"
_ABOUT = ("约", "约为", "约合", "大约", "大概", "差不多", "将近", "近")
# a foreign currency named before the number: 新台币2780亿元, 港币10亿元 (the 元 that follows is its unit)
_CUR_BEFORE = "|".join(sorted((re.escape(w) for w, c in CURRENCY_WORDS.items() if c != "CNY"), key=len, reverse=True))
AMOUNT_RE = gated(
    rf"(?:(?P<pre0>{_PRE})?(?P<cur0>{_CUR_BEFORE}))?"
    rf"(?P<pre>{_PRE})?"
    rf"(?:(?P<yi>{_NUM})亿零?(?=[零一二两三四五六七八九十百千\d]))?"  # 三亿五千万元, 3亿5000万元
    rf"(?P<num>{_NUM})(?P<unit1>{_UNIT})"
    rf"(?:(?:{_CUR})?\s*(?:-|—|–|~|～|至|到)\s*(?P<num2>{_NUM}))?"  # 5亿-10亿元, 50亿元至80亿元
    rf"(?P<unit>{_UNIT})(?P<cur>{_CUR})(?:人民币)?"
    rf"(?P<post>以上|左右|多|余)?"
)
# Spoken amounts: '十个亿', '两个多亿', '三十个亿左右' (a count of 亿 yuan, no currency word)
SPOKEN_RE = gated(rf"(?P<pre>{_PRE})?(?P<num>{_NUM})个(?P<more>多)?亿(?:元)?(?P<post>以上|左右)?")

# Verbs that make an amount an investment (as opposed to output, revenue, fund size).
INVEST_CUES = ("总投资额", "计划总投资", "总投资", "投资总额", "计划投资", "拟投资", "投资", "增资", "投入", "注资", "出资",
               "项目预算", "总预算")  # '项目预算约为180亿元'; a bare 预算 may be a city's budget
_INVESTS_AFTER = ("投资建设", "投资兴建", "投资新建", "投建")
_WITH_FUNDS = re.compile(r"以|资金")
OUTPUT_CUES = ("年产值", "产值", "年销售收入", "销售收入", "营收", "年营业收入", "税收")


@dataclass(frozen=True, slots=True)
class Amount:
    money: Money
    start: int
    end: int

    @property
    def exact(self) -> bool:
        return self.money.qualifier in ("exact", "about")


def _cn_number(text: str) -> float | None:
    """'十二' -> 12, '两' -> 2, '三百' -> 300, '六点二八' -> 6.28; None when not a numeral."""
    whole, dot, fraction = text.partition("点")
    if dot:
        head = _cn_number(whole)
        digits = [_CN_DIGITS.get(ch) for ch in fraction]
        if head is None or not digits or None in digits:
            return None
        return float(f"{int(head)}." + "".join(map(str, digits)))
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            total += (current or 1) * _CN_SMALL[ch]
            current = 0
        else:
            return None
    return float(total + current)


def _number(text: str) -> float | None:
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    return _cn_number(text)


def parse_amounts(text: str, offset: int = 0) -> list[Amount]:
    """Every amount of money in ``text`` (offsets shifted by ``offset``)."""
    out: list[Amount] = []
    for m in AMOUNT_RE.finditer(text):
        value = _number(m["num"])
        if value is None:
            continue
        unit = m["unit"] or m["unit1"] or ""
        scale = _UNITS.get(unit, 1.0)
        # '5亿-10亿元': the first number's own unit applies to it.
        first_scale = _UNITS.get(m["unit1"], scale) if m["unit1"] else scale
        qualifier = "exact"
        pre, post = m["pre"] or m["pre0"] or "", m["post"] or ""
        if m["num2"]:
            qualifier = "range_low"
        elif pre in ("超过", "超", "逾") or post in ("多", "余"):
            qualifier = "over"
        elif post == "以上" or pre in ("不低于", "不少于"):
            qualifier = "at_least"  # (总投资不低于20亿元: a floor, not the amount)
        elif pre in _ABOUT or post == "左右":
            qualifier = "about"
        # Bare '元' without unit and a tiny value is a price, not an investment.
        # round to the cent: 5.1 × 1e8 is 509999999.99999994 in binary floats
        currency = CURRENCY_WORDS[m["cur"]]
        if m["cur0"] and currency == "CNY":
            currency = CURRENCY_WORDS[m["cur0"]]
        total = value * first_scale
        if m["yi"]:
            if first_scale >= 1e8 or m["num2"] or (big := _number(m["yi"])) is None:
                continue  # '3亿5亿元' is no amount
            total += big * 1e8
        money = Money(value=round(total, 2), currency=currency,
                      qualifier=qualifier, text=m.group(0))
        out.append(Amount(money, m.start() + offset, m.end() + offset))
    spoken = list(SPOKEN_RE.finditer(text)) if "个" in text else []
    for m in spoken:
        value = _number(m["num"])
        if value is None:
            continue
        pre, post = m["pre"] or "", m["post"] or ""
        qualifier = ("over" if m["more"] or pre in ("超过", "超", "逾") else "at_least" if post == "以上"
                     else "about" if pre in _ABOUT or post == "左右" else "exact")
        out.append(Amount(Money(value=round(value * 1e8, 2), currency="CNY", qualifier=qualifier,
                                text=m.group(0)), m.start() + offset, m.end() + offset))
    if spoken:
        out.sort(key=lambda a: a.start)  # in text order, as callers read them
    return out


# '由原计划的10亿至12亿元调减为约6亿元': the amount after the change is the one that stands
_CHANGED_TO = re.compile(r"(?:调减|调增|调整|减少|增加|提高|下调|上调|缩减|压缩|扩大|变更)(?:为|至|到)")
_COUNT_BEFORE = gated(r"\d+个|[一二两三四五六七八九十]+个|\d+项|\d+家")


def investment_in(clause: str, offset: int = 0) -> Amount | None:
    """The investment a clause states for one project, or None.

    The amount must follow an investment cue closely; an amount that bounds a
    count of projects ('3个10亿元以上项目', '超亿元项目31个') is not one.
    """
    changed = False  # the amount before was the old one of a change ('由10亿元调减为约6亿元')
    for amount in parse_amounts(clause, offset):
        local = amount.start - offset
        before = clause[max(0, local - 8):local]
        cued = changed or any(c in before for c in INVEST_CUES) or (
            # '拟以自有资金人民币3.1亿元投资建设': the funds, then the verb after the amount
            clause.startswith(_INVESTS_AFTER, amount.end - offset) and _WITH_FUNDS.search(before))
        changed = False
        if not cued:
            continue
        if _CHANGED_TO.match(clause, amount.end - offset):
            changed = True
            continue
        if any(c in before for c in OUTPUT_CUES):
            continue
        head = clause[max(0, local - 14):local]
        if _COUNT_BEFORE.search(head[-4:] if head else ""):
            continue
        after = clause[amount.end - offset: amount.end - offset + 6]
        if after.startswith(("以上", "的项目", "项目")) and _COUNT_BEFORE.search(head):
            continue
        return amount
    return None


def output_value_in(clause: str, offset: int = 0) -> Amount | None:
    """Expected yearly output value (年产值超500亿元)."""
    for amount in parse_amounts(clause, offset):
        local = amount.start - offset
        before = clause[max(0, local - 6):local]
        if any(c in before for c in OUTPUT_CUES):
            return amount
    return None
