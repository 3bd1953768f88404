"""Enterprise mentions.

Rules, each named in the evidence:
- ``ent.legal``: a legal name (…有限公司, …股份有限公司), cut on the left at
  function words and verbs (其中索特传动设备有限公司 -> 索特传动设备有限公司).
- ``ent.group``: X集团 (法国欧胜集团, 双胞胎集团), not media groups (报业集团).
- ``ent.company``: X公司 with a proper X (欧胜公司; not 基金公司, 子公司).
- ``ent.reference``: a name or alias of the ontology's reference enterprises.
- ``ent.list``: items of a list headed by 企业/主机厂/客户 (波林新材料、通威太阳能等一批重点企业).
- ``ent.actor``: a trade name with a company ending (科技, 车业, 物流 …) that
  opens a clause and acts (宏微科技增资…, 常诚车业主要生产…).
Government bodies (局/委/办), media, schools, zones and places are rejected.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import ahocorasick_rs

from ..common_verbs import COMMON_VERBS
from ..hanzi_frequency import FREQUENT_HANZI
from ..resolve import enterprise_core, strip_legal, strip_region
from .knowledge import Knowledge, longest_matches
from .lexicon import (AUTOMAKER_HEADS, COMPANY_ENDINGS, COUNTRY_PREFIXES, ENTERPRISE_HEADS, GENERIC_COMPANY_STEMS,
                      LEGAL_SUFFIXES, MEDIA_WORDS, NOT_ENTERPRISE_ENDINGS, PHASES, PROSPECT_WORDS, STOP_CHARS,
                      ZONE_SUFFIXES,
                      is_division_short_name, is_place_name, regions)
from .mentions import Mention
from .text import find_all, name_before

_LEGAL_RE = re.compile("|".join(sorted(map(re.escape, LEGAL_SUFFIXES), key=len, reverse=True)))
# Characters that make a following two-character alias an ordinary noun (电动化浪潮, 时代的浪潮, 新浪潮).
_BEFORE_COMMON_NOUN = set("化的新大股卖种吃煮熬")  # (售卖小米、红枣: goods, not the company)
# a reference name that goes on into one of these names a school or hospital
_SCHOOL_AFTER = ("大学", "学院", "中学", "小学", "学校", "幼儿园", "医院")
_AFTER_SHORT_NAME = set("车的在是将与和、等已也还向为对从把被集公于以及由成提供签获宣发推旗")
# '为吉利配套', '为吉利贵阳基地配套': a two-character brand before 配套 or a city and its plant, when no word
# runs into it from before (甬上汽配网)
_BEFORE_SHORT_NAME = set("为给向与和及、的在了")
_PLACE_PLANT_AFTER = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?:生产基地|制造基地|基地|工厂)")
# '…有限公司(简称“X”)' / '…有限公司(X)': the short name the article will use.
_ABBREV_RE = re.compile(r"[（(](?:[0-9]{4,6}[，,、]\s*)?(?:以下)?(?:简称|下称)?[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」]?"
                        r"(?:[，,、]\s*(?:股票代码|证券代码)?[:：]?\s*[0-9]{4,6}(?:\.[A-Z]{2})?)?[）)]"  # (…「横店东磁」,002056)
                        r"|[，,]?(?:以下)?简称[“\"「]?(?P<short2>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」]?"
                        # '…股份有限公司（证券简称：银河微电，证券代码：688689）'
                        r"|[（(](?:证券|股票)简称\s*[:：]\s*(?P<short3>[\u4e00-\u9fffA-Za-z]{2,8})(?=[，,；;、\s）)])")
# '<公司>旗下(汽车)品牌极越': a brand the article then uses for the company (极越01, 极越方面表示)
_BRAND_RE = re.compile(r"旗下(?:的)?(?:高端|新能源|智能电动|电动|汽车|新能源汽车|智能汽车)*(?:汽车)?品牌[“\"「]?"
                       r"(?P<brand>[\u4e00-\u9fff]{2,4}?|[A-Za-z]{2,12})[”\"」]?"
                       r"(?=推出|发布|正式|首款|旗下|的|在|将|已|于|[，,。；;、]|$)")
# Industry words that end a legal name's base after its trade name.
_INDUSTRY_TAILS = ("新能源", "科技", "技术", "电池", "材料", "新材料", "汽车", "电子", "能源", "动力", "半导体", "生物",
                   "医药", "制药", "智能", "装备", "光电", "微电子", "信息", "软件", "网络", "实业", "发展", "工业")
# Words that make the company before them the parent of the sentence's subject.
_PARENT_OF = re.compile(r"子公司|设立的|旗下")
# Investment funds invest in projects: 国家集成电路产业投资基金; a fund's later phase is a fund of
# its own (国家集成电路产业投资基金二期, 大基金二期).
_FUND_RE = re.compile(r"(?:产业投资|股权投资|创业投资|投资)基金(?:[一二三四]期)?(?!会|公司)")
# what says the kind of a fund, not its name: a level, a size, a class of fund managers (AIC)
_FUND_KIND = re.compile(r"^(?:[省市区县]级?|国家级|各级|政府)$|^(?:[省市区县]|国家)级|\d|^[A-Z]{2,5}$")
_GROUP_RE = re.compile(r"集团(?!化|式|军|公司)")
# 公司 not after 限 (有限公司 is a legal name): the look-behind is checked per match, since a
# pattern that starts with one is tried at every character.
_COMPANY_RE = re.compile("公司")
# '尚纬股份(证券代码:603333)', '宁德时代(300750.SZ)': a listed company's name before its stock code
_LISTED_RE = re.compile(r"[(（](?:(?:证券|股票)?代码[:：]?\s*[A-Z]{0,2}[.:：]?\d{4,6}(?:\.[A-Z]{2})?"
                        r"|(?:SH|SZ|BJ)?\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|HK\d{4,5}|0\d{4}|\d{4}\.TWO?)[)）]"
                        # a Taiwan listing's bare code, not a year: '仁宝电脑(2324)', '纬创资通(3231,简称纬创)'
                        r"|[(（](?!19|20)[1-9]\d{3}(?:[)）]|[,，]\s*简称)")
# '贸联-KY': a foreign-registered company listed in Taiwan, by the market's own suffix
_TAIWAN_KY_RE = re.compile(r"[\u4e00-\u9fff]{2,6}-KY")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.\- ]*")
_LATIN_WORDS_BEFORE = re.compile(r"(?:[A-Z][A-Za-z0-9&.\-]* )+$")
_ENDINGS = "|".join(sorted(map(re.escape, COMPANY_ENDINGS), key=len, reverse=True))
# A trade name opening a clause: tried only where a clause starts (_ACTOR_AT) and a company
# ending followed by an act lies close after (see _matches_after), not at every character.
_ACTOR_AT = "，,。；;：:\n“”\"（(、"
_ACTOR_ACTS = (r"是|主要|产品|增资|投资|投建|新建|扩建|将|已|正|坚持|始终|目前|成立|计划|的新|\d{4}年|开始|作为|总投资|于\d|"
               r"日前|近日|宣布|发布|表示|披露|公告|位于")
_ACTOR_RE = re.compile(rf"(?:在|由|与|据|而)?(?P<name>[\u4e00-\u9fff]{{1,6}}?(?:{_ENDINGS}))(?={_ACTOR_ACTS})")
# '…与礼来制药共同开发': a trade name as the partner of a joint act.
_PARTNER_AT = "与和同"
_PARTNER_ACTS = "共同|合作|联合|签署|签订|合资|成立|共建|携手"
_PARTNER_RE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,6}}?(?:{_ENDINGS}))(?={_PARTNER_ACTS})")
_ENDING_AUTO = ahocorasick_rs.AhoCorasick(list(COMPANY_ENDINGS))
# How far after its start a match of _ACTOR_RE or _PARTNER_RE can end: prefix, name, ending.
_REACH = 1 + 6 + max(map(len, COMPANY_ENDINGS))
_HEADS = "|".join(sorted(map(re.escape, ENTERPRISE_HEADS), key=len, reverse=True))
# (or a count closes the list: 'A、B、C和D四家公司')
_LIST_END_RE = re.compile(rf"(?:等|(?P<count>(?=(?:\d{{1,4}}|[一二两三四五六七八九十]{{1,3}})家)))"
                          rf"(?P<mid>[^，,。；;、：:\s“”]{{0,8}}?)(?P<head>{_HEADS})")
_ITEM_SPLIT = re.compile(r"、")
_COUNTED_ITEM = re.compile(r"(?:\d+|[一二两三四五六七八九十百几多]+)[家所个座批]")
# 'A、B等环节/领域的企业', '以A、B等产业为龙头': the items are segments or fields,
# not companies; 'A、B等地客户': places. (等行业龙头企业 still lists companies.)
_FIELD_MID = re.compile(r"^(?:环节|领域|方面|方向|赛道|类|产品|业务|细分|地|地区|城市|国家|省份)|(?:行业|产业|领域|环节|产品)[的为]")
_LAST_SPLIT = re.compile(r"以及|及|和|与")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_CLAUSE_START = re.compile(r"[，,。；;：:\n“”\"]")


_PAREN_PART = re.compile(r"[（(][^）)]*[）)]")
_LEGAL_ENDINGS = (*LEGAL_SUFFIXES, "集团", "公司")  # tried in this order: the first one found is cut
_ZONE_ENDINGS = tuple(ZONE_SUFFIXES)
# any(w in base for w in MEDIA_WORDS) as one C scan
_MEDIA_RE = re.compile("|".join(map(re.escape, MEDIA_WORDS)))


def plausible_enterprise(name: str, know: Knowledge) -> bool:
    """A company name, not a body, medium, school, zone or place (memoised per knowledge)."""
    cache = know.__dict__.setdefault("_plausible_cache", {})
    hit = cache.get(name)
    if hit is None:
        hit = cache[name] = _plausible(name, know)
    return hit


# A company described, not named: 生产型独立法人公司, 全资子公司, 项目公司;
# '本地能源集团', '当地国企': a company described by where it is, not named.
_DESCRIBED = re.compile(r"法人|(?:全资|控股)子$|生产型$|^(?:本地|当地|本土|省内|市内|区内|国内外?|海外)"
                       # an edition of an event ('第三届跨国公司领导人青岛峰会'), no company
                       r"|^第[一二三四五六七八九十百\d]+(?:届|次|期|批)"
                       # a level's own platform company ('交由区城投集团统一建设'), no name
                       r"|^[区市县省州](?:城投|国投|交投|产投|建投|国资|属)")


_PRODUCT_ENDS = ("材料", "设备", "装备", "部件", "零部件", "系统", "产品", "模组")
# a battery by its chemistry or use: '镍氢电池是…' speaks of the product
_BATTERY_KIND = re.compile(r"(?:镍氢|镍镉|铅酸|铅炭|钠离子|锂离子|锂|固态|半固态|燃料|液流|全钒液流|磷酸铁锂|三元|动力|储能|氢燃料)电池")


def _unbalanced(text: str) -> bool:
    """A closing bracket with no opening one before it, or an opening one left open."""
    depth = 0
    for ch in text:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def _plausible(name: str, know: Knowledge) -> bool:
    if not 2 <= len(name) <= 40:
        return False
    if _unbalanced(name):
        return False  # '天能股份)': the end of a bracket opened before the name
    base = _PAREN_PART.sub("", name) if "(" in name or "（" in name else name
    if base.endswith(_LEGAL_ENDINGS):  # one C call first: many names end in none of them
        for suf in _LEGAL_ENDINGS:
            if base.endswith(suf):
                base = base[: -len(suf)]
                break
    if len(base) < 2:
        return False
    if base.endswith(NOT_ENTERPRISE_ENDINGS) and not name.endswith(("有限公司", "集团")):
        return False
    if _MEDIA_RE.search(base) and not name.endswith("有限公司"):
        return False
    if base.endswith(("日报报业", "报业", "传媒", "电视台", "新闻")):
        return False
    if base.endswith(_ZONE_ENDINGS):
        return False
    reg = regions()
    if reg.is_place(base) or reg.is_place(base.rstrip("省市县区")):
        return False
    core = enterprise_core(name)
    if core in GENERIC_COMPANY_STEMS or len(core) < 2 or _DESCRIBED.search(base):
        return False
    # A stem that is only an industry term (新能源汽车, 集成电路) or a kind of battery names no firm.
    if _BATTERY_KIND.fullmatch(base):
        return False
    if not name.endswith(("有限公司", "集团")):
        # terms one after another from the start (动力电池导电材料) are a product too, after a place
        # too (郴州新能源汽车 of 郴州新能源汽车小镇项目: an industry in a place)
        base = strip_region(base) or base
        reach = 0
        for c in sorted(know.classify(base), key=lambda c: c.start):
            if c.start > reach:
                break
            reach = max(reach, c.end)
        if reach and reach >= len(base) - 2:
            return False
        if reach >= 4 and len(base) - reach <= 4 and base.endswith(_PRODUCT_ENDS):
            return False  # a term then a product word (动力电池导电材料): what is made, not who
    return True


def _mention(name: str, start: int, rule: str, conf: float, **attrs) -> Mention:
    return Mention("enterprise", name, start, start + len(name), rule, conf, key="ent:" + enterprise_core(name),
                   attrs=attrs)


# A foreign company introduced by its country: '以色列公司Mobileye', '德国化工企业巴斯夫',
# '美国Wolfspeed', '意大利特诺恩集团'. A Chinese name needs the description or a company ending, so
# that '美国关税政策' names nobody.
_COUNTRY = "|".join(sorted(map(re.escape, COUNTRY_PREFIXES), key=len, reverse=True))
_FOREIGN_BOUND = r"(?=[在与为将已的，,。、(（和及等是]|$)"
# '瑞典电池制造商', '以色列公司': a company described by its country, its name next
_DESCRIBED_AS = (r"(?:(?:(?![等的和与及])[\u4e00-\u9fff]){0,6}?(?:公司|企业|厂商|制造商|生产商|供应商|车企|巨头)"
                 r"|[\u4e00-\u9fff]{1,4}?(?:厂|商))")  # '美国动力电池厂微宏动力', '美国芯片商英伟达'
FOREIGN_DESCRIPTION = rf"(?:{_COUNTRY}){_DESCRIBED_AS}"
# a name of several capitalised words (美国Mattson Technology公司)
_MORE_WORDS = r"(?: [A-Z][A-Za-z0-9&.\-]{1,20}){0,3}"
_FOREIGN_RE = re.compile(
    rf"(?:{_COUNTRY})(?:{_DESCRIBED_AS}"
    rf"(?:(?P<described>[A-Za-z][A-Za-z0-9&.\-]{{1,20}}{_MORE_WORDS})|(?!的)(?P<described_zh>[\u4e00-\u9fff]{{2,5}}?){_FOREIGN_BOUND})"
    rf"|(?P<latin>[A-Z][A-Za-z0-9&.\-]{{1,20}}{_MORE_WORDS})"
    rf"|(?P<ended>[\u4e00-\u9fff]{{2,5}}?(?:集团|公司)){_FOREIGN_BOUND})")


_LATIN_PARENT = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Z][A-Za-z0-9&.\-]{1,20}(?=旗下)")
_LATIN_AFTER = re.compile(r"[（(][A-Za-z][A-Za-z0-9&.\- ]{1,30}[)）]")
# (not 以及, not after a zone, city or company: '西安高新区与…', '宁德时代以及…')
_CUT_AFTER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,3}[\u4e00-\u9fff]{0,3}?(?<![以区市县省园城司团所])(?P<cut>和|与|及|联合)$")
_COUNTRY_IN = re.compile(_COUNTRY)
_FUNCTION_CHAR = re.compile(r"[的是在了于与和及由将把为从对等、]")  # (投资方是…, 园区的开发运营…: a clause, not a name)
_JOINT_VENTURE_RE = re.compile(r"(?:^|(?<=[。！？，,；;\n]))(?P<name>[\u4e00-\u9fffA-Za-z]{3,10}?)(?:[（(][^）)]{0,20}[）)])?"
                               r"由[^。；;，,]{2,30}?(?:合资|共同出资|联合出资|共同投资)(?:组建|成立|设立)")
_KIND_AFTER_LIST = re.compile(r"等[A-Za-z0-9 \u4e00-\u9fff]{1,14}$")
_COUNTED_KIND = re.compile(r"(?:多|几|数|若干|\d+|[一二两三四五六七八九十百]+)家$")
_COUNT_OF_COMPANIES = re.compile(r"^(?:第|多|几|数)?(?:\d+|[一二两三四五六七八九十百]+)家$|^(?:多|几|数)家$")
_INNER_LIST_END = re.compile(r"等[^、，,。；;]{1,12}?(?:由|被|向|为|给|与|和|同)(?=[^、，,。；;]*、)")
_PLACE_THEN_TIME = re.compile(r"[市县省]|日前|近日|目前|今年|此前|昨天|今天")
_LOCATIVES = "中上里内外下间"
_TRADE_WORD = re.compile(r"厂|商|企业|公司|巨头")
_TWO_WHEELS = re.compile(r"两轮|二轮|自行车|摩托")  # makers of electric bikes are no carmakers
_PARTS_MID = re.compile(r"零部件|部件|配套|材料|设备")
# Trades known by their makers' brands that no chain keyword names (上柴、锡柴等柴油机企业, 夏普等电视品牌)
_BRAND_TRADES = re.compile(r"柴油机|发动机|家电|电视|手机|工程机械|电动工具|面板")
_COUNTRIES_LONGEST = tuple(sorted(COUNTRY_PREFIXES, key=len, reverse=True))


def _country_prefix(name: str) -> str:
    """The country a name opens with (法国 of 法国麦克菲能源), '' when none."""
    return next((c for c in _COUNTRIES_LONGEST if name.startswith(c)), "")
_FOUNDED_BEFORE = re.compile(r"(?:合资|共同|联合|新|专门|出资)?(?:成立|设立|组建|注册)的$")
_DEAL_WORDS = re.compile(r"组建|成立|设立|投资|建设|合资|合作|共同|联合|收购|入股|签约|签署"
                         r"|供应|供货|提供|配套|主导|生产|制造|研发")  # '美国康宁公司供应', '地区企业主导'


def _reference_head(text: str, start: int, run: str, know: Knowledge) -> tuple[int, str]:
    """A name cut on the left at a word that opens a known company's name (当 of 当升科技（攀枝花）…有限公司):
    the cut word is the name's head."""
    for k in (1, 2):
        lead = text[max(0, start - k):start]
        whole = lead + run
        if len(lead) == k and any(whole[:n] in know.enterprise_cores for n in range(k + 1, min(5, len(whole)) + 1)):
            return start - k, whole
    return start, run


# an address before the name: a zone, its area in brackets ('随州市经济开发区(十里铺)湖北晶星科技股份有限公司')
_ZONE_ADDRESS = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:开发区|高新区|经开区|园区|工业园|新区)(?:[(（][^()（）]{1,8}[)）])?")


def _after_zone_address(run: str) -> str:
    """The name after a zone address that heads the run, when a place opens the rest (湖北晶星…)."""
    m = _ZONE_ADDRESS.match(run)
    if m is None or len(run) - m.end() < 2:
        return run
    rest = run[m.end():]
    return rest if any(regions().is_place(rest[:k]) for k in (2, 3)) or rest.startswith("中国") else run


def _place_head(text: str, start: int, run: str, know: Knowledge) -> tuple[int, str]:
    """A legal name cut at 和/与/及/联合 inside it, after the place that opens it ('湖北和远气体股份有限公司',
    '天津荣程联合钢铁集团有限公司'): the place and the words after it are the name's head."""
    if not text.endswith(("和", "与", "及", "联合"), 0, start):
        return start, run  # (an empty run too: '新疆众和股份有限公司' ends its name on 和)
    reg = regions()
    if run.startswith("中国") or any(reg.is_place(run[:k]) for k in (2, 3)):
        return start, run  # '南通康源与中国建筑第八工程局有限公司': a second name opens on its own place
    for lo in range(max(0, start - 8), start - 2):
        m = _CUT_AFTER_PLACE.fullmatch(text, lo, start)
        if m is None:
            continue
        before = text[lo - 1:lo] if lo > 0 else ""
        if before and "\u4e00" <= before <= "\u9fff" and before not in STOP_CHARS:
            continue
        before_cut = text[lo:m.start("cut")]
        if _PLACE_THEN_TIME.search(before_cut, 2):
            continue  # '合肥市日前与…有限公司': the city and a time word, the other party of a deal
        if before_cut in know.enterprise_cores or strip_region(before_cut) in know.enterprise_cores:
            return start, run  # '宁德时代和比亚迪股份有限公司': a company of its own before the conjunction
        if any(reg.is_place(text[lo:lo + k]) for k in (2, 3)):
            return lo, text[lo:start] + run
    return start, run


def _foreign_companies(text: str, know: Knowledge) -> list[Mention]:
    out = []
    for m in _FOREIGN_RE.finditer(text):
        group = next(g for g in ("described", "described_zh", "latin", "ended") if m.group(g))
        name = m.group(group)
        if group == "described_zh" and (_DEAL_WORDS.search(name) or name[0] in STOP_CHARS or
                                        len(name) == 2 and name[1] in _LOCATIVES):
            # '美国康明斯公司合资组建的…', '对台湾相关厂商也是考验': what they did or are, not a name;
            # '掌握在日本厂商手中': where, not who
            continue
        if plausible_enterprise(name, know) and not know.classify(name):
            out.append(_mention(name, m.start(group), "ent.foreign", 0.7))
    for m in _LATIN_PARENT.finditer(text):
        # 'Meta旗下Quest系列', 'Rivian旗下的工厂': a Latin name that owns units is a company
        if plausible_enterprise(m.group(0), know):
            out.append(_mention(m.group(0), m.start(), "ent.foreign", 0.65))
    # the name said again on its own ('…以色列公司Mobileye…，由Mobileye为…提供'); a Latin name
    # only where no Latin letter goes on around it
    # (a two-character name only when introduced with its Latin name: '日本功率半导体厂商罗姆(ROHM)')
    for name in {e.text for e in out if len(e.text) >= 3 or _LATIN_AFTER.match(text, e.end)}:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not any(e.start == at for e in out) and not (name.isascii() and (
                    text[at - 1:at].isascii() and text[at - 1:at].isalnum() or
                    text[end:end + 1].isascii() and text[end:end + 1].isalnum())):
                out.append(_mention(name, at, "ent.foreign", 0.7))
            at = text.find(name, end)
    return out


# '威马汽车温州智能制造基地', '威马汽车项目': a two-character brand + 汽车 heading a plant or project, or
# said as a company (宣布, 发布, 方面), is a carmaker even when no reference lists it.
_CARMAKER_RE = re.compile(r"(?P<brand>[\u4e00-\u9fff]{2})汽车(?=[\u4e00-\u9fff]{0,8}?(?:基地|工厂|生产线|项目)"
                          r"|首款|旗下|品牌|方面|宣布|发布|表示|董事长|创始人|股份|集团)")
_CARMAKER_BEFORE = set("的与和及、，,。；;：:是在由为将从向给对同跟“\"「（( \n")
_NOT_BRAND = ("新能", "能源", "智能", "电动", "商用", "乘用", "整车", "氢能", "国产", "中国", "全球", "本土", "合资", "自主",
              "传统", "豪华", "家用", "专用", "纯电", "混动", "燃油", "网联", "无人", "未来", "品牌", "该款", "首款", "新款",
              # a copula before the product's use (二期就是汽车用电工钢项目)
              "就是", "也是", "还是", "都是", "正是", "只是", "而是", "不是", "即是", "则是")


def _carmakers(text: str, know: Knowledge) -> list[Mention]:
    reg = regions()
    out = []
    for m in _CARMAKER_RE.finditer(text):
        brand, start = m.group("brand"), m.start()
        if start and text[start - 1] not in _CARMAKER_BEFORE:
            continue  # the two characters end a longer word (新能源汽车)
        if brand in _NOT_BRAND or reg.is_place(brand) or know.classify(brand) or \
                not plausible_enterprise(brand + "汽车", know):
            continue
        out.append(_mention(brand + "汽车", start, "ent.carmaker", 0.6))
    return out


# '由清陶能源提供的…': a name with a company ending that provides something is a company
_PROVIDED_BY = re.compile(r"由(?P<name>[\u4e00-\u9fff]{2,4}?(?:新能源|能源|科技|电池|材料|电子|动力|半导体|股份|集团))"
                          r"(?=(?:公司)?(?:提供|供应|配套|生产|研发)的)")


def _providers(text: str, know: Knowledge) -> list[Mention]:
    return [_mention(m.group("name"), m.start("name"), "ent.provider", 0.6) for m in _PROVIDED_BY.finditer(text)
            if not know.classify(m.group("name")[:2]) and plausible_enterprise(m.group("name"), know)]


_DESCRIPTOR_END = re.compile(r"(?:厂商|制造商|生产商|供应商|企业|厂)(?=[\u4e00-\u9fff]{2})")


def _after_descriptor(run: str, know: Knowledge) -> str:
    """'固态电池厂辉能科技…': the words before a maker's noun (厂, 制造商) that name an industry
    describe the company named after them; they are not part of its name."""
    for m in _DESCRIPTOR_END.finditer(run):
        if know.classify(run[:m.start()]):
            return run[m.end():]
    return run


def _after_holding_verb(run: str) -> str:
    """'彤程新材控股北京科华微电子材料有限公司': 控股 then a place is the verb 'holds', not the
    legal word of a name (万向控股有限公司); the name starts at the place."""
    i = run.find("控股", 2)
    while i >= 0:
        rest = run[i + 2:]
        if any(regions().is_place(rest[:k]) for k in (2, 3)) and len(rest) > 3:
            return rest
        i = run.find("控股", i + 2)
    return run


def find_enterprises(text: str, know: Knowledge, references: list | None = None) -> list[Mention]:
    """Enterprise mentions; ``references``: ``know.dictionary_hits(text)["enterprise"]`` when already computed."""
    out: list[Mention] = []
    # Reference enterprises.
    if references is None:
        references = list(longest_matches(know.enterprise_auto, text))
    for start, end, word, ref in references:
        if len(word) == 2 and re.match(r"[\u4e00-\u9fff]", text[end:end + 1] or " ") and \
                text[end:end + 1] not in _AFTER_SHORT_NAME and not text.startswith(PHASES, end) and \
                not (text[start - 1:start] in _BEFORE_SHORT_NAME and (text.startswith("配套", end) or (
                    p := _PLACE_PLANT_AFTER.match(text, end)) and is_place_name(p.group("place")))):
            continue  # a two-character alias inside a longer word (理想 in 理想信念)
        if len(word) == 2 and text[start - 1:start] in _BEFORE_COMMON_NOUN:
            continue  # a two-character alias used as a noun (智能化浪潮, 新的理想)
        if text.startswith(_SCHOOL_AFTER, end):
            continue  # a school named after the company (中国石油大学), not the company
        # keyed by the reference itself (no core name to compute)
        out.append(Mention("enterprise", word, start, start + len(word), "ent.reference", 0.9,
                           key="ent:ref:" + ref.name, attrs={"ref": ref}))
    # Legal names.
    for m in _LEGAL_RE.finditer(text):
        start, run = name_before(text, m.start(), 30)
        start, run = _reference_head(text, start, run, know)
        start, run = _place_head(text, start, run, know)
        run = _after_holding_verb(run)
        run = _after_descriptor(run, know)
        run = _after_zone_address(run)
        mainland = next((p for p in ("中国大陆", "大陆") if run.startswith(p)), "")
        if mainland and len(run) - len(mainland) >= 2:
            run = run[len(mainland):]  # a Taiwan or Hong Kong outlet's 中国大陆国家电网有限公司
        name = run + m.group(0)
        # 常诚车业(常州)有限公司: the run may end inside parentheses; keep them.
        if run and plausible_enterprise(name, know):
            at = m.start() - len(run)
            # '双方合资成立的重庆万国半导体科技有限公司': a new company, not its founder said with a place
            founded = bool(_FOUNDED_BEFORE.search(text, max(0, at - 10), at)) and strip_region(run) != run
            out.append(_mention(name, at, "ent.legal", 0.9, **({"subsidiary": True} if founded else {})))
    for m in _GROUP_RE.finditer(text):
        if text[m.start() - 2:m.start()] == "有限" or text[m.end():m.end() + 4].startswith(("有限公司", "股份", ")", "）")):
            continue
        start, run = name_before(text, m.start(), 12)
        name = run + "集团"
        if run.removesuffix("科技").removesuffix("技术") in _INDUSTRY_RUNS:
            continue  # '拥有200多年历史的材料科技集团': a kind of group, no name
        if 2 <= len(run) <= 10 and plausible_enterprise(name, know):
            out.append(_mention(name, m.start() - len(run), "ent.group", 0.75))
    for m in _COMPANY_RE.finditer(text):
        if text[m.start() - 1:m.start()] == "限":
            continue
        if text.endswith(COUNTRY_PREFIXES, max(0, m.start() - 4), m.start()):
            continue  # '以色列公司Mobileye': a description of the company named next (_foreign_companies)
        if text.startswith("债", m.end()):
            continue  # '发行可转换公司债券': corporate bonds, no company
        if _KIND_AFTER_LIST.search(text, max(0, m.start() - 16), m.start()):
            continue  # '兆易创新等NOR Flash设计公司': the kind of the companies listed, no name
        start, run = name_before(text, m.start(), 20)
        if run.isascii() and text[start - 1:start] == " ":
            # 'Bloom Energy公司': a Latin name of several words (name_before stops at a space)
            words = _LATIN_WORDS_BEFORE.search(text, max(0, start - 30), start)
            run = (words.group(0) + run) if words else run
        if _LATIN_NAME.fullmatch(run.removeprefix(_country_prefix(run))):
            run = run.removeprefix(_country_prefix(run))  # '德国Carcoustics公司'
        # (a province or city before the trade name lengthens it: 四川吉奥冶金地质工程公司)
        limit = 30 if _LATIN_NAME.fullmatch(run) else 12 if run.startswith(COUNTRY_PREFIXES) or any(
            regions().is_place(run[-12:][:k]) for k in (2, 3)) else 8
        if len(run) > limit:
            run = run[-limit:]

        if not 2 <= len(run) <= limit or _generic_company_run(run):
            continue
        if run[-2:] in COMMON_VERBS and not run.endswith(COMPANY_ENDINGS):
            continue  # '有利于完善公司在全国的布局': a verb whose object is the company spoken of (not 复星控股)
        if _COUNTED_KIND.search(text, max(0, start - 4), start) or _COUNT_OF_COMPANIES.search(run) \
                or _COUNTED_KIND.search(run) and text[start - 1:start] in "、和与及":
            # '多家境外投资公司', '集团投资的第12家公司': a count or a kind of companies, no name; 'A、B和C四家公司':
            # the count of the companies listed
            continue
        country = _country_prefix(run)
        if country and len(run) - len(country) >= 2:
            run = run[len(country):]  # '法国麦克菲能源公司': the country says where it is from
        # 'Seagen公司': a Latin name's 公司 is the word 'company', not part of the name
        name = run if _LATIN_NAME.fullmatch(run) else run + "公司"
        if plausible_enterprise(name, know):
            out.append(_mention(name, m.start() - len(run), "ent.company", 0.6))
    for m in _LATIN_AFTER.finditer(text):
        # '沃尔沃汽车(Volvo Cars)': a trade name given with its Latin name is a company
        _, run = name_before(text, m.start(), 20)
        country = _COUNTRY_IN.search(run)
        if country:
            # '荷兰安世半导体(Nexperia)': the country is no part of the name; a trade before the name
            # ('美国动力电池厂微宏动力(Microvast)') is the foreign rules' to read
            run = run[country.end():]
            if _TRADE_WORD.search(run):
                continue
        if 3 <= len(run) <= 10 and run.endswith(COMPANY_ENDINGS) and plausible_enterprise(run, know) \
                and len(enterprise_core(run)) >= 2:
            out.append(_mention(run, m.start() - len(run), "ent.latin_named", 0.7))
    for m in _LISTED_RE.finditer(text):
        _, run = name_before(text, m.start(), 12)
        if 2 <= len(run) <= 12 and not run.isdigit() and plausible_enterprise(run, know):
            out.append(_mention(run, m.start() - len(run), "ent.listed", 0.8))
    for m in _TAIWAN_KY_RE.finditer(text):
        _, run = name_before(text, m.end() - 3, 6)
        run = re.split("[厂商]", run)[-1]  # '金属零组件厂乙盛-KY': the trade before the name
        if len(run) >= 2 and plausible_enterprise(run, know):
            out.append(_mention(run + "-KY", m.end() - 3 - len(run), "ent.listed", 0.8))
    out.extend(_declared_trade_names(text, know))
    out.extend(_supplied_customers(text, know))
    for m in _JOINT_VENTURE_RE.finditer(text):
        # '上汽正大由上汽集团与泰国正大集团合资组建': what two companies found together is a company
        name = m.group("name")
        if not _FUNCTION_CHAR.search(name) and plausible_enterprise(name, know) and not know.classify(name):
            out.append(_mention(name, m.start("name"), "ent.joint_venture", 0.7))
    for m in _FUND_RE.finditer(text):
        _, run = name_before(text, m.end(), 20)
        kind = run[:len(run) - len(m.group(0))]
        if len(kind) >= 2 and not run.startswith(tuple("的在是")) and not _FUND_KIND.search(kind) \
                and kind not in COMMON_VERBS:
            # (产业投资基金 alone, 省级股权投资基金, 1亿元产业投资基金, AIC股权投资基金, 扩大股权投资基金: a kind)
            out.append(_mention(run, m.end() - len(run), "ent.fund", 0.6))
    out.extend(_foreign_companies(text, know))
    out.extend(_carmakers(text, know))
    out.extend(_providers(text, know))
    out.extend(_abbreviations(text, out, know))
    if "由" in text:
        _join_former_names(text, out)
    out.extend(_core_mentions(text, out, know))
    out.extend(_list_items(text, know))
    ending_ends = [e for _, _, e in _ENDING_AUTO.find_matches_as_indexes(text, overlapping=True)]
    for m in _matches_after(_PARTNER_AT, _PARTNER_RE, _PARTNER_ACTS, text, ending_ends):
        name = m.group("name")
        if plausible_enterprise(name, know) and len(enterprise_core(name)) >= 2:
            out.append(_mention(name, m.start("name"), "ent.partner", 0.6))
    out.extend(_appositions(text, know))
    for m in _matches_after(_ACTOR_AT, _ACTOR_RE, _ACTOR_ACTS, text, ending_ends, at_start=True):
        _, name = name_before(m.group("name"), len(m.group("name")), 12)
        if len(name) < 3:
            continue
        if text.startswith("作为", m.end("name")) and text[m.end("name") - len(name) - 1] in "把将":
            continue  # '把光电信息作为重点培育的新兴产业': an industry the zone takes up, no company
        if name[0] in "其该本此":
            continue  # '其锂电池正极材料…': the company's product, said with a pronoun
        if plausible_enterprise(name, know) and len(enterprise_core(name)) >= 2:
            out.append(_mention(name, m.end("name") - len(name), "ent.actor", 0.6))
    out.extend(_repeated(text, out))
    return _dedupe(out)


# trades that close many a real name (华芯科技公司, 中建投资公司); the other stems (合资, 上市, 子,
# 分, ...) say how a company stands, never which one it is
_TRADE_STEMS = tuple(w for w in ("科技", "投资", "建设", "贸易", "咨询", "物业", "运营", "控股", "股份", "实业", "集团")
                     if w in GENERIC_COMPANY_STEMS)
_KIND_STEMS = tuple(w for w in GENERIC_COMPANY_STEMS if w not in _TRADE_STEMS)
# An industry alone before 公司 names a kind (大全新能源公司 cut at 全, a stop character: 新能源公司)
_INDUSTRY_RUNS = {"新能源", "能源", "新材料", "材料", "电子", "汽车", "半导体", "电池", "光伏", "氢能", "芯片", "化工", "医药",
                  "生物", "生物科技", "生物医药", "物流", "软件", "环保", "建筑", "电力", "锂电", "储能"}  # (物流公司负责运输)
_COUNTED = re.compile(r"[\d一二两三四五六七八九十几多数]+家")
_QUANTIFIED = re.compile(r"[这该那一两几多各某][家个批类]?$|^(?:国内|本地|当地|外地|知名|大型|龙头|头部|新型|高新|省内|市内|区内)$")
# (短期内公司仍面临…: when, not who; 某家公司: some company, no name)
_WHEN_RUN = re.compile(r"(?:短期内|长期|近期|中长期|未来|目前|届时|此后|今后|随后|某家|某)$")


_ADDRESS_ENDS = ("路", "街", "大道", "号")
_NAMES_ENDING_AS_ADDRESSES = ("丝路", "新路", "铁路", "电路", "线路", "通路", "一路")


def _generic_company_run(run: str) -> bool:
    """The words before 公司 say what kind, not which: 子公司, 这家科技公司, 一家投资公司. A trade
    word after a name of its own is a name (华芯科技公司)."""
    if run in GENERIC_COMPANY_STEMS or run in _INDUSTRY_RUNS or run.endswith(_KIND_STEMS) or _COUNTED.fullmatch(run) \
            or _WHEN_RUN.search(run):
        return True  # (三家公司, 两家公司: a count of the companies named before)
    if run.endswith(_ADDRESS_ENDS) and not run.endswith(_NAMES_ENDING_AS_ADDRESSES):
        return True  # '新锡路公司现有地块': the company's site on a road, not a company named for it
    for stem in _TRADE_STEMS:
        if run.endswith(stem):
            head = run[:-len(stem)]
            return len(head) < 2 or head in GENERIC_COMPANY_STEMS or bool(_QUANTIFIED.search(head))
    return False


def _matches_after(marks: str, body: re.Pattern, acts: str, text: str, ending_ends: list[int],
                   at_start: bool = False):
    """Non-overlapping matches of ``body`` (<name><company ending>(?=<act>)) right after one of
    the characters ``marks`` (and at the text's start): what ``(?:^|(?<=[marks]))body`` finds.
    The body is tried only within _REACH characters before a company ending followed by an
    act (few per article): the lazy name times the endings is costly at every clause start.
    ``ending_ends``: where the company endings of the text end (_ENDING_AUTO, overlapping)."""
    act = re.compile(acts)
    ends = [e for e in ending_ends if act.match(text, e)]
    starts = sorted({p for e in ends for p in range(max(0, e - _REACH), e)
                     if (text[p - 1] in marks if p else at_start)})
    last_end = 0
    for pos in starts:
        if pos < last_end:
            continue
        m = body.match(text, pos)
        if m:
            last_end = m.end()
            yield m


# '…品牌岚图汽车', '动力电池企业X科技': a trade name in apposition to its class noun.
_APPOSITION_RE = re.compile(
    rf"(?:品牌|车企|企业|厂商|厂家|制造商|供应商|龙头)(?P<name>[\u4e00-\u9fff]{{2,4}}?(?:{_ENDINGS}))"
    r"(?=[，,、和与及则已在将是的也还于以为从正计]|$)"
)


def _appositions(text: str, know: Knowledge) -> list[Mention]:
    """Trade names named right after their class noun (新能源品牌X汽车, 电池企业X科技)."""
    out = []
    for m in _APPOSITION_RE.finditer(text):
        name = m.group("name")
        if name_before(name, len(name))[1] != name:
            continue  # '把企业打造成电池…的龙头': a verb follows the class noun, no name
        if plausible_enterprise(name, know) and len(enterprise_core(name)) >= 2 and not know.classify(name[:2]):
            out.append(_mention(name, m.start("name"), "ent.apposition", 0.6))
    return out


# '旗下的长飞先进半导体(以下简称“长飞先进”)': a short name declared for a trade name with no legal suffix
_DECLARED_AFTER = re.compile(r"[（(](?:以下)?简称[“\"「]?(?P<short>[\u4e00-\u9fff]{2,6})[”\"」]?[）)]")


def _declared_trade_names(text: str, know: Knowledge) -> list[Mention]:
    """A trade name ending in an industry word (半导体, 科技) that the article gives a short name
    taken from its start: the declaration says it is a company's name, suffix or not."""
    out = []
    for m in _DECLARED_AFTER.finditer(text):
        if text[m.start() - 1:m.start()] in "司团":
            continue  # a legal name or group: their own rules read them
        start, run = name_before(text, m.start(), 12)
        short = m.group("short")
        if len(run) > len(short) and run.startswith(short) and run.endswith(COMPANY_ENDINGS) \
                and plausible_enterprise(run, know):
            out.append(_mention(run, start, "ent.declared", 0.7))
    return out


_SUPPLIER_OF = re.compile(r"成为(?P<name>[\u4e00-\u9fff]{3,6}?)的[^，,。；;的]{0,16}?(?:供应商|供货商)"
                          r"|向(?P<name2>[\u4e00-\u9fff]{3,6}?)(?:批量|大批量|小批量|稳定|长期|持续)(?:供货|供应)")
_RANKED = re.compile(r"最|多家|主要|重要|唯一|首[家批个]|核心|全球|全国|国内|国际|行业|领域|知名"  # (成为全球最大的…供应商)
                     r"|^(?:上述|前述|以上|这些|部分|相关|上游|下游)|(?:客户|用户|市场|企业)$")  # (向上述客户批量供货)


def _supplied_customers(text: str, know: Knowledge) -> list[Mention]:
    """'成为五矿盐湖的吸附剂供应商', '向奥士康批量供货': whom a company became the supplier of, or
    supplies in bulk, is a company; a rank or a place (全球最大的, 行业内的) is not."""
    out = []
    for m in _SUPPLIER_OF.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        # (an industry word may end a trade name supplied in bulk, 华明锂电; not one a clause calls a supplier's)
        if plausible_enterprise(name, know) and (group == "name2" or not know.classify(name)) \
                and len(enterprise_core(name)) >= 3 \
                and name[0] not in STOP_CHARS and name[-1] not in _LOCATIVES and not _RANKED.search(name):
            out.append(_mention(name, m.start(group), "ent.customer", 0.6))
    return out


_NEXT_SENTENCE_ABBREV = re.compile(r"[。；;]\s*(?:这家|该)(?:企业|公司)(?:以下)?简称[“\"「]?([\u4e00-\u9fffA-Za-z]{2,8}?)[”\"」]?[，,。；;]")


_ADVERB_OPENING = re.compile(r"随之|同步|相应|也|将|已")  # not 亦 (亦庄), 均 (均胜), 都 (成都)
# '公司名称由“宁波旭升汽车技术股份有限公司”改为现名' / '…更名为“B”': the old name is the company's own
_RENAMED = re.compile(r"(?:名称|公司名|企业名称)?由[“\"「](?P<old>[^”\"」]{4,30})[”\"」](?:正式)?(?:改为|变更为|更名为|改名为)"
                      r"(?:现名|[“\"「](?P<new>[^”\"」]{2,30})[”\"」])")


def _join_former_names(text: str, found: list[Mention]) -> None:
    """A company's former name, given where it is renamed, is the company: its mentions follow the new
    name, or the company named last before the rename in its sentence or the one before."""
    for m in _RENAMED.finditer(text):
        old, new = m.group("old"), m.group("new")
        if new is not None:
            owner = next((o for o in found if o.text == new), None)
        else:
            lo = max(text.rfind("。", 0, max(0, text.rfind("。", 0, m.start()))), 0)
            before = [o for o in found if lo <= o.start and o.end <= m.start("old") - 1]
            owner = max(before, key=lambda o: o.end) if before else None
        if owner is None:
            continue
        holder = owner.attrs.get("same_as", owner)  # a declared short name stands for its company
        for o in found:
            if o.text == old and o is not holder:
                o.attrs["same_as"] = holder  # resolved with the company, as declared short names are
                o.attrs["former"] = True  # an alias, never the name


def _abbreviations(text: str, found: list[Mention], know: Knowledge) -> list[Mention]:
    """Short names an article declares for a company, and their later uses."""
    extra: list[Mention] = []
    declared: set[str] = set()
    for e in [m for m in found if m.rule in ("ent.legal", "ent.group", "ent.company", "ent.reference", "ent.declared")]:
        filer = _FILER_DECL.match(text, e.end) if e.rule == "ent.legal" else None
        if filer:
            # '…股份有限公司（以下简称“公司”或“凯立新材”）': the filer, said later as a bare 公司
            short = filer.group("short") or filer.group("short2")
            if short and short not in declared and plausible_enterprise(short, know):
                _declare(text, e, short, filer.start("short" if filer.group("short") else "short2"), declared, extra)
            extra.extend(_filer_uses(text, filer.end(), e))
            continue
        m = _ABBREV_RE.match(text, e.end) if e.rule != "ent.reference" else None
        brand = _BRAND_RE.match(text, e.end)
        if brand:
            short, at = brand.group("brand"), brand.start("brand")
            if any(o.start == at and o.rule == "ent.reference" for o in found):
                continue  # a brand the reference data knows as a company of its own (领克)
        elif not m:
            if e.rule == "ent.reference":
                continue
            # the declaration may follow the sentence's verb: '…公司…，简称华虹无锡'
            window = text[e.end:e.end + 40]
            m2 = re.search(r"简称[“\"「]?([\u4e00-\u9fffA-Za-z]{2,8}?)[”\"」]?(?:[，,。；;）)]|$)", window)
            if not m2 or re.search(r"[。；;]", window[:m2.start()]):
                # or the next sentence opens on it: '…有限公司的新厂房…。这家企业以下简称山东有研，…'
                m2 = _NEXT_SENTENCE_ABBREV.search(text, e.end, e.end + 80)
                if not m2 or re.search(r"[。；;]", text[e.end:m2.start()]) or any(
                        o.start > e.end and o.end <= m2.start() for o in found if o.rule == "ent.legal"):
                    continue
                short, at = m2.group(1), m2.start(1)
            else:
                short, at = m2.group(1), e.end + m2.start(1)
            if _PARENT_OF.search(window[:m2.start()]):
                # '该公司是<母公司>…设立的子公司，简称X': X names the subsidiary, the sentence's subject
                earlier = [o for o in found if o.rule == "ent.legal" and o.end <= e.start and e.start - o.end <= 120
                           and not re.search(r"[。；;]", text[o.end:e.start])]
                if not earlier:
                    continue
                e = earlier[-1]
        else:
            group = next(g for g in ("short", "short2", "short3") if m.group(g))
            short, at = m.group(group), m.start(group)
        if not short or not plausible_enterprise(short, know) and not short.isascii() or _ADVERB_OPENING.match(short):
            continue  # ('证券简称随之调整': the short name changes too, no short name given)
        _declare(text, e, short, at, declared, extra)
    # a filing's header: '证券代码：688269 证券简称：凯立新材' above the company's legal name
    for m in _FILING_SHORT.finditer(text):
        short, at = m.group(1), m.start(1)
        e = next((o for o in found if o.rule == "ent.legal" and m.end() <= o.start <= m.end() + 60), None)
        if e is None or re.search(r"[。；;]", text[m.end():e.start]) or short in declared or \
                not plausible_enterprise(short, know):
            continue
        _declare(text, e, short, at, declared, extra)
    return extra


# '（以下简称“公司”或“凯立新材”）', '（以下简称“凯立新材”或“本公司”）': a filer's own words for itself
_FILER_WORD = r"[“\"「](?:本?公司|发行人)[”\"」]"
_FILER_DECL = re.compile(r"[（(]以下(?:简称|称)(?:" + _FILER_WORD + r"(?:或[“\"「](?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」])?"
                         r"|[“\"「](?P<short2>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」]或" + _FILER_WORD + r")[）)]")
# Before a bare 公司 that is the filer: no name, only a clause's start or a function word (实施主体均为公司,
# 位于公司在…的厂区, 本次延期是公司…); not 该公司, 子公司, 标的公司 (other companies).
_FILER_BEFORE = set("为于在对由与和及向从把被给让使将据是经")


def _filer_uses(text: str, after: int, e: Mention) -> list[Mention]:
    """The bare 公司 / 本公司 after a filer's declaration (ending at ``after``): the filer itself."""
    out = []
    for pos in find_all(text, "公司"):
        if pos < after:
            continue
        prev = text[pos - 1:pos]
        start = pos - 1 if prev == "本" else pos
        if prev.isalnum() and prev != "本" and prev not in _FILER_BEFORE:
            continue
        if text.startswith("债", pos + 2):
            continue  # 公司债券: bonds
        out.append(Mention("enterprise", text[start:pos + 2], start, pos + 2, "ent.abbreviation", 0.75, key=e.key,
                           attrs={"same_as": e, "filer": True}))  # never its name or an alias
    return out


# '证券代码：688269  证券简称：凯立新材  公告编号：…' (an exchange filing's first line)
_FILING_SHORT = re.compile(r"证券简称\s*[:：]\s*([\u4e00-\u9fffA-Za-z]{2,8})")


def _declare(text: str, e: Mention, short: str, at: int, declared: set[str], extra: list[Mention]) -> None:
    """The short name declared at ``at`` for ``e``, and its later uses (once per short name)."""
    extra.append(Mention("enterprise", short, at, at + len(short), "ent.abbreviation", 0.8, key=e.key,
                         attrs={"same_as": e}))
    if short in declared:
        return
    declared.add(short)
    for use in find_all(text, short):
        if use != at:
            extra.append(Mention("enterprise", short, use, use + len(short), "ent.abbreviation", 0.75,
                                 key=e.key, attrs={"same_as": e}))


_COMPANY_ENDING_TUPLE = tuple(COMPANY_ENDINGS)


def _distinctive(core: str) -> bool:
    """A two-character trade name with a rare character (极氪, 蔚来): no ordinary word, so it can be
    looked for on its own; two common characters (时代, 理想) are too often a word."""
    return len(core) == 2 and not all(c in FREQUENT_HANZI for c in core)


def _core_mentions(text: str, found: list[Mention], know: Knowledge) -> list[Mention]:
    """A legal name's trade name said again on its own (江西金力永磁科技股份有限公司 … 金力永磁是…):
    the core, and the core without an industry ending when four characters or more remain
    (华晨宝马汽车 -> 华晨宝马). Cores under three characters are too ambiguous to look for, unless
    one of their characters is rare (_distinctive)."""
    extra: list[Mention] = []
    seen: set[str] = set()
    for e in [m for m in found if m.rule == "ent.legal"]:
        if re.search(r"[（(][^）)]*[）)]", e.text) or e.attrs.get("subsidiary"):
            continue  # 台积电(南京)有限公司: a subsidiary; the bare trade name is its parent's
        core = enterprise_core(e.text)
        names = [core]
        for ending in COMPANY_ENDINGS if core.endswith(_COMPANY_ENDING_TUPLE) else ():
            if core.endswith(ending) and len(core) - len(ending) >= 4:
                names.append(core[: -len(ending)])
                break
        # the region and trade name without the industry words (四川时代新能源科技 -> 四川时代)
        base = strip_legal(e.text)
        changed = True
        while changed:
            changed = False
            for tail in _INDUSTRY_TAILS:
                if base.endswith(tail) and len(base) - len(tail) >= 4:
                    base, changed = base[: -len(tail)], True
                    break
        if base not in names:
            names.append(base)
        # a distinctive two-character trade name under the industry words (浙江极氪智能科技 -> 极氪)
        bare = strip_region(core)
        for tail in _INDUSTRY_TAILS:
            if bare.endswith(tail) and len(bare) - len(tail) == 2 and _distinctive(bare[:2]):
                names.append(bare[:2])
                break
        for name in names:
            if name in seen or (len(name) < 3 and not _distinctive(name)) or not plausible_enterprise(name, know) \
                    or name in know.enterprise_names:
                continue
            seen.add(name)
            at = text.find(name)
            while at >= 0:
                if not e.start <= at < e.end:
                    extra.append(Mention("enterprise", name, at, at + len(name), "ent.core", 0.75, key=e.key,
                                         attrs={"same_as": e}))
                at = text.find(name, at + len(name))
    return extra


_TARGET_WORDS = ("招引目标", "目标企业", "拟招引", "拟引进", "重点招引", "重点引进")


def _list_items(text: str, know: Knowledge) -> list[Mention]:
    """Items of 'A、B、C等(一批重点)企业/主机厂/客户'."""
    out: list[Mention] = []
    for m in _LIST_END_RE.finditer(text):
        if _FIELD_MID.search(m.group("mid")):
            continue
        clause_start = 0
        for c in _CLAUSE_START.finditer(text, max(0, m.start() - 120), m.start()):
            clause_start = c.end()
        span = text[clause_start:m.start()]
        inner = _INNER_LIST_END.search(span)
        if inner:
            # 'PA、开关等器件长期由Skyworks、Qorvo等美国厂商主导': an earlier list of things ends inside the
            # clause; this list starts after the word that introduces it
            clause_start += inner.end()
            span = text[clause_start:m.start()]
        items = [i for i in _ITEM_SPLIT.split(span)]
        if not items:
            continue
        if len(items) > 1:  # 'A、B和C': the last separator may be a word
            last = _LAST_SPLIT.split(items[-1])
            if len(last) == 2 and all(len(x) >= 2 for x in last):
                items[-1:] = last
        # The first item starts after the clause's verb (惠及了, 应用于, 支持, 包括).
        _, first = name_before(text, clause_start + len(items[0]), len(items[0]) + 1)
        single = len(items) == 1
        if single and (first == items[0] or m.group("count") is not None):
            continue  # a lone item with no verb before it is too weak; a count needs a list before it
        if m.group("count") is not None and any(_COUNTED_ITEM.search(i) for i in items):
            continue  # '与4家高新区、2所高校和19家高新技术企业签约': counts of kinds, no names
        items[0] = first
        if first.startswith(("上游", "下游", "中游", "相关", "各类", "国内外", "配套")):
            continue  # '为下游高端塑料、合成材料等企业提供原料': kinds of companies, no names
        # (a one-character modifier may open the term: 正负极材料 holds 负极材料)
        products = sum(any(c.start <= 1 and c.end == len(i.strip()) for c in know.classify(i.strip())) for i in items)
        if products >= 2 and 2 * products >= len(items):
            continue  # '招引隔膜、电解液、结构件等企业': makers of products, no names
        if _PARTS_MID.search(m.group("mid")) and len(items) >= 2 and all(
                len(i.strip()) <= 4 and all(c in FREQUENT_HANZI for c in i.strip())
                and i.strip() not in know.enterprise_names for i in items):
            continue  # '车身、内饰、电子电器等零部件配套企业': kinds of parts in common words, no names
        head = m.group("head")
        clause = text[clause_start:m.end()]
        prospect = head == "客户" and any(w in clause for w in PROSPECT_WORDS)
        # '确定首批重点招引目标企业清单，包括A、B等企业': companies the zone wants, not ones it has
        target = any(w in text[max(0, clause_start - 40):m.end()] for w in _TARGET_WORDS)
        cursor = clause_start
        # A two-character item is a field (设计, 材料, 封测), unless a longer item shows
        # the list names companies (佛吉亚、达亚、涛涛等企业): then it is a short trade name.
        firms = any(len(i.strip()) == 2 for i in items) and \
            any(3 <= len(i.strip()) <= 15 and plausible_enterprise(i.strip(), know) for i in items)
        # '雅迪、爱玛等电动两轮车企业': a trade before the head says the short items are its makers
        # (电动两轮车: a trade no chain keyword names, whose makers are known by brand)
        trade_head = m.group("head") in AUTOMAKER_HEADS or len(m.group("mid")) >= 2 and (
            bool(know.classify(m.group("mid"))) or bool(_TWO_WHEELS.search(m.group("mid")))
            or bool(_BRAND_TRADES.search(m.group("mid"))))
        firms = firms or trade_head and len(items) >= 2 and \
            all(len(i.strip()) == 2 and not know.classify(i.strip()) for i in items[1:])
        # '为荣耀等手机品牌供货': one short name after a preposition or verb, before its trade
        firms = firms or trade_head and single and len(first) >= 2 and not know.classify(first)
        # '联想、惠普、戴尔等品牌': a known company among the items says the others are companies too
        firms = firms or len(items) >= 2 and any(i.strip() in know.enterprise_names for i in items)
        for item in items:
            item = item.strip()
            loc = text.find(item, cursor, m.start() + 1)
            if loc < 0 or not item:
                continue
            cursor = loc + len(item)
            country = _country_prefix(item)
            if country and len(item) - len(country) >= 3:
                item, loc = item[len(country):], loc + len(country)  # '日本村田制作所': the country is no part
            short_firm = firms and len(item) == 2 and (_HAN_PAIR.fullmatch(item) or item.isascii() and item.isupper()) \
                and not know.classify(item) and item[-1] not in STOP_CHARS  # 涛涛, LG
            if item.endswith("的") or item.startswith(("各", "全", "本", "其他", "其它")):
                continue  # '…和各乡镇的132家企业': where the companies come from, no name
            if short_firm or 3 <= len(item) <= 15 and plausible_enterprise(item, know):
                out.append(_mention(item, loc, "ent.list", 0.65, head=head, prospect=prospect, target=target,
                                    automaker=head in AUTOMAKER_HEADS and not _TWO_WHEELS.search(m.group("mid")),
                                    list_kind=m.group("mid")))
    return out


# Rules that find a name by its context once; the name itself is a company wherever it recurs.
_CONTEXT_RULES = ("ent.list", "ent.apposition", "ent.actor", "ent.partner")


def _repeated(text: str, found: list[Mention]) -> list[Mention]:
    """A trade name found once by its context (…等企业, 品牌X) said again elsewhere without that context
    (ent.repeat); names under three characters are too ambiguous to look for."""
    taken = sorted((m.start, m.end) for m in found)
    starts = [lo for lo, _ in taken]
    reach = []  # the furthest end among mentions starting at or before each one
    for _, hi in taken:
        reach.append(max(hi, reach[-1]) if reach else hi)
    extra: list[Mention] = []
    done: set[str] = set()
    # ... and a legal name's trade name without its place and legal form (交城义望铁合金有限责任公司 …
    # 义望铁合金的…项目), four characters or more
    named = [(m, m.text) for m in found if m.rule in _CONTEXT_RULES]
    legal_short: set[str] = set()
    for m in found:
        if m.rule == "ent.legal":
            bare = strip_legal(m.text)
            short = strip_region(bare)
            if short == bare:  # a county the region table lacks (交城)
                short = next((bare[k:] for k in (2, 3) if is_division_short_name(bare[:k])), bare)
            if short and short != bare and len(short) >= 4 and "(" not in short and "（" not in short:
                named.append((m, short))
                legal_short.add(short)
    for e, name in named:
        if len(name) < 3 or name in done:
            continue
        done.add(name)
        for use in find_all(text, name):
            use_end = use + len(name)
            i = bisect_left(starts, use_end) - 1  # mentions starting before this use ends
            if i >= 0 and reach[i] > use:
                continue  # overlaps a mention already found
            # (the short form follows its legal name through clustering, as a declared short name does)
            attrs = {"same_as": e} if name in legal_short else {k: v for k, v in e.attrs.items() if k != "same_as"}
            extra.append(Mention("enterprise", name, use, use_end, "ent.repeat", e.confidence * 0.9,
                                 key=e.key, attrs=attrs))
    return extra


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop a mention inside a longer one of higher or equal standing at the same place."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    by_span: dict[tuple[int, int], Mention] = {}
    reach = -1  # the furthest end of a kept mention; sorted by start, it contains any mention ending before it
    for m in mentions:
        same = by_span.get((m.start, m.end))
        if same is None and m.end <= reach:
            continue
        if same is not None:
            if m.confidence > same.confidence:
                same.rule, same.confidence = m.rule, m.confidence
            same.attrs.update({k: v for k, v in m.attrs.items() if k not in same.attrs})
            continue
        out.append(m)
        by_span[(m.start, m.end)] = m
        reach = max(reach, m.end)
    return out
