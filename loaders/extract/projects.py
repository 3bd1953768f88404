"""Project mentions.

- ``project.named``: 'X项目' with a concrete X (比亚迪华东基地项目, 氢能产业园项目),
  not generic ones (重点项目, 5个省重大项目, 新项目).
- ``project.site``: 'X建设现场 / X工地(现场) / X项目现场': a named site under construction.
- ``project.list``: the items of 'A、B等N个…项目' (策划储备电子信息产业园二期、现代农业产业园等项目);
  the list's verb gives their stage, its descriptor (农业, 平台) their kind.
- ``project.capital``: '<企业>增资/投资<金额>' (宏微科技增资3.7亿元).
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick_rs

from ..common_verbs import COMMON_VERBS
from .knowledge import Knowledge
from ..resolve import enterprise_core, strip_region
from .lexicon import ENDING_CHAINS, GENERIC_PROJECT_WORDS, HALT_WORDS, is_division_short_name, NOT_OWNER_STEMS, NOT_OWNER_WORDS, PHASES, PROJECT_HEADS, regions
from .mentions import Mention
from .text import anchored_matches, gated, tail_run

# Left cuts for project names: verbs and function words, but not 及/和/与,
# which project names contain (乘用车及核心零部件).
_PROJECT_CUTS = (
    "位于", "在", "的", "是", "于", "由", "了", "将", "对", "把", "为", "暨", "项目", "等", "推动", "推进", "加快",
    "签署", "签订", "还有", "也有", "抓好", "突出", "即",
    # an agreement joined to the project's name ('签署…框架协议和X产业园项目'): the name starts after it
    "协议和", "协议及", "协议与", "合同和", "合同及",
    "加速", "促进", "促成", "确保", "力争", "争取", "提速建设", "策划储备", "策划", "储备", "谋划", "对接", "支持",
    "开展", "举行", "召开", "引进", "签约", "落户", "落地", "其中", "其", "包括", "特别是", "尤其是", "来到", "走进", "赶往",
    "离开", "前往", "看到", "作为", "以", "和", "及", "与", "以及", "日前", "近日", "目前", "今年", "去年",
    "记者", "跟随", "此外", "同时", "还", "了解", "考察", "调研", "服务", "新增", "实施", "启动", "打造", "建设",
    "投资建设", "投建", "新建", "扩建", "续建", "兴建", "投资兴建", "设立", "投资设立", "竣工", "开工", "完成",
    "全力", "大力", "重点", "一批", "一个",
    *HALT_WORDS,
    "在建", "公布", "披露",  # '全区在建氢能装备项目总投资…', '京能电力尚未公布项目中…'
    "首个", "这个", "该", "了", "过", "运营", "营运", "发展", "开发区内", "园区内", "区内", "宣布",
    # a zone's plans, not a project's name (围绕…产业链继续招引上下游项目)
    "围绕", "聚焦", "依托", "瞄准", "招引", "招商", "继续", "引育", "引导", "吸引",
    "将就", "就",  # (双方将就后续…项目开展合作: a topic of talks, not the project's name)
    "该公司", "本公司", "这家公司", "该企业",  # (该公司新能源汽车…项目: the company said again, not a name)
    "规划",  # (新基地规划年产25万吨…生产线: the plan of the base, not the line's name)
    "签下", "一份", "管委会", "管理委员会", "人民政府",  # (与…管理委员会签下一份锂电池项目投资协议)
    "一项", "这类", "此类", "该类",  # (就一项…示范项目签署协议; 这类风光制氢项目: a count or a kind, no name)
    # who the zone's writer is and what kind of company follows (我区外资企业卡博特…项目)
    "我区", "我市", "我县", "我省", "外资企业", "内资企业", "民营企业", "龙头企业",
    "再添", "新添", "喜添", "迎来", "喜迎", "再迎", "添", "这条", "这座", "这一", "这些", "此次", "本次", "这次", "随着", "各地", "多地", "另有", "其中有", "也有", "还有", "既有", "没有", "并无", "多个", "几个", "数个", "一些", "共建", "合作共建", "携手",
    # where money goes (募集资金主要投向…项目) and whose the project is (母公司旗下子公司…项目)
    "投向", "投入", "用于", "旗下", "下属",
    # a notice about the project ('生态环境局发布6万吨/年…项目环评受理公示')
    "发布", "公示", "受理",
    # a clause about the project, not its name (这意味着产业园一期工程已建成)
    "意味着", "标志着", "表明",
    # a project said again, not named (上述300mm硅片项目, 募投项目)
    "上述", "前述", "所述", "募投",
    # a broadcast script's speaker label (【同期声·山东有研项目负责人】)
    "同期声·", "画外音·", "现场声·",
)
# Leftmost-longest matches, as the longest-first regex alternation would give, from a compiled
# automaton: the regex tries each of the ~110 words at every character of the run.
_CUT_WORDS = sorted(set(_PROJECT_CUTS), key=len, reverse=True)
_CUT_AUTO = ahocorasick_rs.AhoCorasick(_CUT_WORDS, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_NAME_CHARS = "\u4e00-\u9fffA-Za-z0-9·（）()"
_COUNT_RE = gated(r"\d+个|[一二两三四五六七八九十百]+个|首个|\d+项|亿元|万元|亿级|\d+家|多个|若干|一些|多项")
_SITE_RE = gated(r"(?:项目)?(?:(?:建设|施工)?(?:工地)?现场|(?:建设|施工)工地)")
_WORKS_RE = re.compile(r"(?P<head>[一二三四五]期|生产线|产线|基地|工厂|产业园|厂房)工程(?![师院学技])")
_PART_WORKS = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,6}?)工程(?![师院学技])")
_LIST_RE = re.compile(r"等(?!于|同|待|候)(?P<mid>[^，,。；;、：:\s“”]{0,16}?)项目")  # (并不等于项目…: no list)
_LIST_ITEM_HEADS = PROJECT_HEADS + ("项目",)
# Short list items naming a kind of work (银企合作, 载体建设, 园区配套, 智库服务), not one project.
_KINDS_OF_WORK = ("合作", "建设", "配套", "服务", "招商", "改造", "提升", "创新", "攻坚", "保障")
_LIST_NOT_PROJECTS = re.compile(r"企业|公司|要素|向|对|环节|领域|行业|方向|赛道|应用|装备的|设备的|产品的|民生|社会事业"
                                # (在A、B等领域招引…项目: fields; 商业、金融、物流等服务业项目: sectors)
                                r"|服务业|产业类|业态"
                                # (围绕A、B等主导产业招引项目: the fields the projects are recruited in)
                                r"|主导产业|支柱产业|优势产业|特色产业|招引"
                                # (引进塔筒等配套项目: the kinds of parts still missing, not projects)
                                r"|^配套$")
_CLAUSE_START = re.compile(r"[，,。；;：:\n“”\"△▲]|——")  # (重点项目——…: the dash opens what it names)
# Chemical elements of the chains' materials: '钴锂新材料' is what a plant makes, not who makes it
_ELEMENTS = re.compile(r"[锂钴镍锰铁磷硅碳氢氧氮铝铜锌钛钒钠钾镁锡铅金银铂钯钨钼锗镓铟氟硫]+")
_GENERATION = re.compile(r"第[一二三四五六七八九十\d]+代")
_ACTIVITY_ENDINGS = ("分类", "改造", "扩种", "扩建", "加工", "深加工", "充电桩", "孵化器", "市场", "中心", "改装车",
                     "零部件", "提升", "治理", "整治", "绿化", "管网", "工程", "建设", "服务", "平台", "场")


_ITEM_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}?了|策划储备|策划|储备|谋划|推动|推进|加快|支持|引进|包括|以及|及|和)")
_NAME_FINAL_VERBS = ("扩建", "新建", "续建", "建设", "投资建设", "投建", "服务")


_UNITS = "吨台辆套片只瓦时"
_POWER_BEFORE = re.compile(r"(?:瓦|MW|GW|kW|KW)$")
# What a plant does, listed with 、 inside a project's name (研发、生产、销售项目).
_ACTIVITIES = ("研发", "生产", "销售", "制造", "加工", "设计", "应用", "测试", "封测", "检测", "组装", "装配",
               "集成", "回收", "运营", "服务")
_ACTIVITY_LIST = re.compile(f"(?:{'|'.join(_ACTIVITIES)})(?:、(?:{'|'.join(_ACTIVITIES)}))+$")
_PAREN_PHASE = re.compile(r"[（(][一二三四五]期[)）]")
_LEADING_CONJUNCTION = re.compile(r"^(?:以及|和|及|与)")


def cut_name(run: str) -> str:
    cut = 0
    for i, start, end in _CUT_AUTO.find_matches_as_indexes(run):
        word = _CUT_WORDS[i]
        # keep 和/及/与 inside a name unless what precedes them is a whole clause
        if word in ("和", "及", "与", "以及") and 0 < start < len(run) - 1:
            continue
        if word in _NAME_FINAL_VERBS and (end == len(run) or _PAREN_PHASE.fullmatch(run, end)):
            continue  # a name may end in a verb-noun (高新中学扩建, …基地建设（二期）)
        if word == "添" and run.startswith("加", end):
            continue  # 添加剂 (an additive), not 添 (adds) a project
        cut = end  # matches come left to right: the last one ends furthest
    # '…项目和湖南时代…项目': a name does not open on a conjunction
    return _LEADING_CONJUNCTION.sub("", run[cut:])


def project_name_before(text: str, end: int) -> tuple[int, str]:
    run = tail_run(text, end, _NAME_CHARS, 45)
    if not run:
        return end, ""
    lead = end - len(run)
    while (run[0].isascii() and run[0].isalnum() and text[lead - 1:lead] in (" ", ".")
           and text[lead - 2:lead - 1].isascii() and text[lead - 2:lead - 1].isalnum()
           and (text[lead - 1] == " " or (run[0].isdigit() and text[lead - 2].isdigit()))) \
            or (run[0] == "年" and text[lead - 1:lead] == "/" and text[lead - 2:lead - 1] in _UNITS) \
            or (run[0].isdigit() and text[lead - 1:lead] == "/" and _POWER_BEFORE.search(text, max(0, lead - 4), lead - 1)):
        # 'SK 30GWh动力电池项目', '年产4.5万吨锂盐项目', '2万吨/年焦炉煤气制氢项目': a space between
        # Latin words, a decimal point, a rate, a power with its energy (300兆瓦/1200兆瓦时储能电站)
        more = tail_run(text, lead - 1, _NAME_CHARS, 45 - len(run))
        run = more + text[lead - 1] + run
        lead -= len(more) + 1
        if not more:
            break
    while text[lead - 1:lead] == "、" and run.startswith(_ACTIVITIES) and text[:lead - 1].endswith(_ACTIVITIES):
        # '…热管理部件研发、生产、销售项目': a list of activities belongs to the name
        more = tail_run(text, lead - 1, _NAME_CHARS, 45 - len(run))
        run = more + "、" + run
        lead -= len(more) + 1
    # '…(以下简称“中巨芯”)电子级化学品扩产项目': a closing bracket whose opening one is outside the run
    # ends what came before, not the name
    name = cut_name(run)
    opened: list[int] = []
    cut = 0
    for i, ch in enumerate(name):  # '下简称铜冠铜箔)年产2万吨…项目': the name starts after the bracket
        if ch in "(（":
            opened.append(i)
        elif ch in ")）":
            if opened:
                opened.pop()
            else:
                cut = i + 1
    if opened and len(name) - opened[-1] > 8:
        # '…示范项目(一期10万千瓦光伏制氢项目': a name of its own inside the bracket (not a phase: 基地（二期项目)
        cut = max(cut, opened[-1] + 1)
    name = name[cut:]
    dated = _LEADING_DATE.match(name)
    if dated and dated.end() and len(name) - dated.end() >= 4 and not name.startswith("度", dated.end()):
        name = name[dated.end():]  # '同年12月高端IC封测项目(一期)开工': the date of the event, not the name
    ordinal = None
    for ordinal in _ORDINAL.finditer(name):
        pass
    if ordinal is not None and len(name) - ordinal.end() >= 4:
        name = name[ordinal.end():]  # '港区第二座综合能源站项目': the name starts after the count
    own = _THE_COMPANYS.match(name)
    if own and len(name) - own.end() >= 4:
        name = name[own.end():]  # '公司年产12GW新型高效电池项目': the company's project, not its name
    return end - len(name), name


_DISTRICT_HEAD = re.compile(r"[\u4e00-\u9fff]{1,3}[区县]")
_THE_COMPANYS = re.compile(r"(?:本|该|其)?公司(?:的)?")
_GENERIC_HEAD = re.compile("|".join(sorted(map(re.escape, GENERIC_PROJECT_WORDS), key=len, reverse=True)))


_ACTION_ON_PROJECTS = tuple("抓招跑谋争促推")


@lru_cache(maxsize=65536)
def is_generic(stem: str) -> bool:
    """A project stem that names nothing in particular (重点, 5个省重大, 常州市重大)."""
    if len(stem) < 2 or _COUNT_RE.search(stem) or stem.endswith(_ACTION_ON_PROJECTS):
        return True  # (…三大主导产业抓项目: 项目 is what the zone works on, not a name)
    rest = stem
    reg = regions()
    changed = True
    while rest and changed:
        changed = False
        g = _GENERIC_HEAD.match(rest)
        if g:
            rest, changed = rest[g.end():], True
        for size in (4, 3, 2):
            if reg.is_place(rest[:size]):
                rest, changed = rest[size:], True
                rest = rest.lstrip("省市县区")
                break
    return len(rest) < 2


# A date before a project's name: when something happened to it (同年12月…项目开工).
_LEADING_DATE = re.compile(r"(?:(?:\d{4}|同|当|次|今|去|明)年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:底|初|末|中旬|上旬|下旬)?")
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+[座个家条台号]")
# Words of a product's description, never of a company's name (车用锂电池, 锂离子电池, 聚合物电池).
_PRODUCT_WORDS = re.compile(r"车用|锂离子|聚合物|全自动|年产|\d|[高中低]压|大功率|中低|中高")
# Words describing a product between its maker's name and the industry term (鑫氟隆高端氟化工装备).
_TRAILING_MODIFIERS = re.compile(r"(?:高端|新型|先进|智能|绿色|大型|精密|高性能|高效|高纯|高品质|高可靠|新一代|超薄|超高|"
                                 r"低碳|数字化|自动化|规模化|通用|专用|高倍率|高能量密度|长寿命|长循环|快充|高安全|高导电性?|超高效)+$")
_MODIFIER = re.compile(r"高端|新型|先进")  # after a name's first characters: a product's description begins
# ... and what such a head is not: a count (万吨级), a park or a place (宁东基地, 鹏湾氢港), a size (大直径,
# 八英寸, 二十八纳米), a numeral cut from its unit (十二 of 十二英寸硅片, the unit being in the industry term).
_NOT_A_MAKER = re.compile(r"[万千百亿级寸吋]|基地|园|港|城|谷|湾|岛|中心|直径|尺寸|规格|功率|容量|纳米|微米|毫米"
                          r"|^[零一二两三四五六七八九十]+$"
                          # a process or feedstock before the term (低温多晶硅, 沼气制氢, 焦炉煤气制氢)
                          r"|低温|高温|常温|沼气|煤气|天然气|生物质|垃圾|秸秆|副产|风光|绿电|海水|氨"
                          # a material the product is made of (金属增材制造, 陶瓷基板)
                          r"|^(?:非?金属|稀土|有色|塑料|橡胶|玻璃|陶瓷|树脂|合金|钢铁?|石墨)+$"
                          # a list of products (串联及储能逆变器): the head ends in a conjunction
                          r"|[及和与、]$"
                          # the state of what is recycled (失效锂离子电池, 废旧动力电池, 动力蓄电池)
                          r"|失效|废旧|退役|报废|废弃|蓄$"
                          r"|" + _GENERATION.pattern)  # (第三代化合物半导体: a generation, not a maker)
_KIND_WORDS = re.compile(r"全产业链|产业链|生态|配套|集群|储能|[及和与、]")  # 储能: an industry word no chain lists
_NOT_BRANDS = ("中国", "国家", "全国", "世界", "国际", "新能", "科技", "集团")


@lru_cache(maxsize=4096)
def brand_head(core: str) -> str:
    """The first two characters of a company core when they make a brand (华能 of 华能国际电力), else a
    string no stem starts with: a place (江苏) or a common word (中国) is no brand."""
    head = core[:2]
    if len(core) < 4 or head in _NOT_BRANDS or regions().is_place(head) or not head.isalnum():
        return "\0"
    return head


# (a grade or model code may come before the product: 年产5万吨LM2铝合金锭)
_CAPACITY_SPEC = re.compile(r"(?:年产)?\d+(?:\.\d+)?万?(?:吨|片|辆|套|台|只|件|桶|瓶|箱|袋|支|GWh|MWh|GW|MW|千瓦)(?:/年)?"
                            r"(?:[A-Za-z][A-Za-z0-9\-]{0,7})?[\u4e00-\u9fff]{2}")


# A batch's event after a name (2023奉贤新城项目集中开工仪式): the name is the batch's, no project's
_BATCH_EVENTS = ("集中开工", "集中签约", "集中竣工", "集中投产", "集中开竣工", "集中开复工", "集中观摩", "观摩")


def concrete(stem: str, know: Knowledge, enterprise_cores: set[str]) -> bool:
    """A stem that names a project: an owner, a project noun or an industry term.
    ``enterprise_cores``: the article's company cores of two characters or more."""
    if is_generic(stem):
        return False
    if stem.endswith(("上下游", "产业链", "供应链", "上下游配套", "系列")):
        return False  # a company's chain partners in general (小鹏汽车产业链上下游项目), not one project
    if any(map(stem.__contains__, enterprise_cores)):  # map: no Python frame per core
        return True
    if any(stem.startswith(brand_head(c)) for c in enterprise_cores if len(stem) > 4):
        return True  # 华能滨江综合能源 of 华能国际电力: the owner's brand heads the name
    if any(p in stem for p in PHASES):
        return True
    if stem.endswith(PROJECT_HEADS):
        # a head needs words of its own before it: '一个…的扩产项目', '新工厂项目' say which kind, not which one
        head = max((h for h in PROJECT_HEADS if stem.endswith(h)), key=len)
        if len(stem) - len(head) >= 2:
            return True
    if _ACTIVITY_LIST.search(stem) and not is_generic(_ACTIVITY_LIST.sub("", stem)):
        return True  # '鑫氟隆高端氟化工装备研发、生产': what a plant makes and does names one plant
    if stem.endswith(("优质", "重点", "重大", "产业", "领域", "行业", "相关")) or \
            stem.startswith(("相关", "有关", "各类", "一批", "多个", "几个", "数个", "其他", "其它", "一些")):
        return False
    hits = know.classify(stem)
    if not hits and len(stem) >= 6 and _CAPACITY_SPEC.search(stem):
        return True  # '120万吨/年乙烯…': a product with its capacity, in a chain we keep no keywords for
    if not hits or len(stem) < 4:
        return False
    if re.search(r"\d", stem):
        return True  # a specification (12英寸晶圆, 年产10GWh) makes it one project
    # industry words alone (集成电路项目, 光伏制氢项目, 碳化硅全产业链项目, 储能及动力锂电池和产业链生态项目)
    # name a kind of project, not one
    rest_text = _beyond_industry_words(stem, hits)
    return len(rest_text) >= 2 and not is_generic(rest_text)


def _beyond_industry_words(text: str, hits) -> str:
    """What is left of ``text`` once its industry words (``hits``), their connectors and chain words are gone."""
    rest, last = [], 0
    for h in sorted(hits, key=lambda h: h.start):
        rest.append(text[last:h.start])
        last = max(last, h.end)
    rest.append(text[last:])
    return _KIND_WORDS.sub("", "".join(rest))


def _site_matches(text: str):
    """``_SITE_RE.finditer(text)``, jumping to the 现场/工地 a match must hold (at most 6
    characters into it) instead of trying the regex at every character."""
    pos = 0
    while True:
        anchors = [a for a in (text.find("现场", pos), text.find("工地", pos)) if a >= 0]
        if not anchors:
            return
        m = _SITE_RE.search(text, max(pos, min(anchors) - 6))
        if m is None:
            return
        yield m
        pos = m.end()


_RESEARCH_ENDS = ("技术", "研究", "研发", "课题", "攻关", "工艺")
_OPENING_QUOTES = "“\"「『"
_CLOSING_QUOTES = "”\"」』"
_QUOTED_BEFORE = re.compile(r"[“\"「『](?P<name>[\u4e00-\u9fffA-Za-z0-9·]{4,20})[”\"」』]$")


def quoted_name(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is the whole of a quotation (“…项目”)."""
    return text[start - 1:start] in _OPENING_QUOTES and text[end:end + 1] in _CLOSING_QUOTES and start > 0


# 'a / another … project': a counted noun phrase describes a kind ('全省首个…项目'
# may still name one, so 首个 is not here).
_A_KIND_OF = re.compile(r"(?:又一|另一|一)个$")
_CAPACITY_NAME = re.compile(r"年产[\d.]+")
_ZONE_IN_NAME = re.compile(r"园区|开发区|高新区|经开区|工业园|产业园|新区")


# '…项目5个', '…项目十余个': a count of projects of a kind
_COUNT_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十百几数多]+)余?(?:个|宗|批)")
_BUILT_AT_PLACE = re.compile(r"在[\u4e00-\u9fff()（）]{2,20}?(?:投资建设|建设|投建|兴建|新建)$")
_BUILT_TOGETHER = re.compile(r"(?:共建|合建|合资建设|联合建设)的$")
_ITS_AMOUNT = re.compile(r"[，,。；;]?(?:该|这一|此)?项目(?:总投资|计划投资|投资总额|投资额)")


def _in_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside a 【…】 label of one line."""
    opened = text.rfind("【", max(0, start - 20), start)
    if opened < 0 or "】" in text[opened:start]:
        return False
    closed = text.find("】", end, end + 20)
    return closed >= 0 and "\n" not in text[opened:closed]


_NAME_FIELDS = ("项目名称:", "项目名称：", "项目名称: ")
# what introduces a project's proper name in quotation marks (募集资金投资项目“…”, 项目名称为“…”)
_NAMED_AS = ("项目", "项目为", "项目是", "项目即", "名为", "名称为", "项目名称")
_NEXT_QUOTED = re.compile(r"项目[”」\"](?:和|与|及|以及|、)[“「\"]$")  # “…项目”和“…项目”


def _owners_possessive(text: str, end: int, enterprise_cores: set[str]) -> bool:
    """'<企业>的' ends at ``end``: a company's own project named in quotation marks after it
    (承载银河微电的“…厂房建设项目”)."""
    if text[end - 1:end] != "的":
        return False
    return any(text.endswith(core, 0, end - 1) for core in enterprise_cores)


def find_named(text: str, know: Knowledge, enterprise_cores: set[str]) -> list[Mention]:
    out: list[Mention] = []
    enterprise_cores = {c for c in enterprise_cores if len(c) >= 2}  # what concrete() looks for
    for m in re.finditer("项目", text):
        if text.startswith("之一", m.end()) or _COUNT_AFTER.match(text, m.end()):
            continue  # '…的光伏制氢项目之一', '新落地氢能项目5个': a kind, not a named project
        start, stem = project_name_before(text, m.start())
        if not stem and text[m.start() - 1:m.start()] in _CLOSING_QUOTES:
            quoted = _QUOTED_BEFORE.search(text, max(0, m.start() - 22), m.start())
            if quoted and not is_generic(quoted.group("name")) and know.classify(quoted.group("name")) and \
                    not quoted.group("name").endswith(_RESEARCH_ENDS):
                # '“绿港氢城新材料”项目': the quotation is the project's proper name (not a research
                # programme's: “…储能技术”项目)
                out.append(Mention("project", quoted.group("name"), quoted.start("name"), quoted.end("name"),
                                   "project.quoted_name", 0.7))
            continue
        if stem and _in_label(text, start, m.end()):
            continue  # '【同期声·山东有研项目负责人】': a script's speaker label, not its news
        if stem and _A_KIND_OF.search(text, max(0, start - 4), start) and not _CAPACITY_NAME.match(stem):
            # '引进的又一个…半导体项目': a description of a kind, not a project's name (but '要建的是一个年产
            # 5000台套…项目' names one by its capacity)
            continue
        if stem and text.startswith(_BATCH_EVENTS, m.end()):
            continue  # '2023奉贤新城项目集中开工启动仪式': a batch's event, named after its place
        if stem and concrete(stem, know, enterprise_cores):
            part = _PART_WORKS.match(text, m.end())
            if part and know.classify(part.group("part")):
                # '…光伏制氢项目输氢管道工程': the works of one part of a project, named after both
                out.append(Mention("project", stem + "项目" + part.group(0), start, part.end(), "project.named", 0.8))
                continue
            out.append(Mention("project", stem + "项目", start, m.end(), "project.named", 0.8))
        elif stem and text.endswith(_NAME_FIELDS, 0, start) and len(stem) >= 4 and not is_generic(stem):
            # a form's '项目名称：' line names a project, whatever its words (功率集成模块研发及产业化项目)
            out.append(Mention("project", stem + "项目", start, m.end(), "project.form_name", 0.8))
        elif stem and _BUILT_AT_PLACE.search(text, max(0, start - 26), start) and _ITS_AMOUNT.match(text, m.end()) \
                and know.classify(stem) and not is_generic(stem):
            # '在临港新片区建设碳化硅半导体材料项目。该项目总投资约25亿元': industry words alone name a kind of
            # project, but one built at a named place that the text gives an amount for is one project
            out.append(Mention("project", stem + "项目", start, m.end(), "project.built_at", 0.7))
        elif stem and len(stem) >= 6 and _BUILT_TOGETHER.search(text, max(0, start - 4), start) \
                and know.classify(stem) and not is_generic(stem):
            # 'A与B共建的二氧化碳加氢制绿色低碳甲醇项目': what named companies build together is one project,
            # even when its name is industry words alone
            out.append(Mention("project", stem + "项目", start, m.end(), "project.built_by", 0.7))
        elif stem and quoted_name(text, start, m.end()) and not is_generic(stem) and (
                re.search(r"[A-Za-z0-9]", stem) or len(stem) >= 4 and (
                    text.endswith(_NAMED_AS, 0, start - 1) or _NEXT_QUOTED.search(text, max(0, start - 7), start)
                    or _owners_possessive(text, start - 1, enterprise_cores))):
            # '又称“两江新区SE项目”', '募集资金投资项目为“先进催化材料…产业化建设项目”': quotation marks
            # around a whole name with a code, or after the word that introduces a name, make a proper name
            out.append(Mention("project", stem + "项目", start, m.end(), "project.quoted", 0.7))
    for m in anchored_matches(_WORKS_RE, text, "工程", 3):
        # '…生产线一期工程', '…基地工程': works named by their plant
        start, stem = project_name_before(text, m.end("head"))
        # a bare '一期工程' or '产业园一期工程' speaks again of a project named before
        own = stem[:len(stem) - len(m.group("head"))]
        for phase in PHASES:
            own = own.removesuffix(phase)
        if own and own not in PROJECT_HEADS and concrete(stem, know, enterprise_cores):
            out.append(Mention("project", stem + "工程", start, m.end(), "project.works", 0.75))
    out.extend(_parks_with_amounts(text, know, enterprise_cores))
    sites = _site_matches(text)
    for m in sites:
        if m.group(0) in ("现场",) and not text[m.start() - 2:m.start()] in ("工地",):
            # bare '现场' needs a site word: 建设现场, 工地现场, 项目现场
            continue
        start, stem = project_name_before(text, m.start())
        if stem and concrete(stem, know, enterprise_cores):
            name = stem + ("项目" if m.group(0).startswith("项目") else "")
            out.append(Mention("project", name, start, start + len(name), "project.site", 0.75,
                               attrs={"site": True}))
    return out


_PARK_RE = re.compile(r"产业园|产业基地")
_PARK_AMOUNT_RE = re.compile(r"总投资|计划投资|投资总额")
_SENTENCE_ENDS = "。！？!?\n"


def _parks_with_amounts(text: str, know: Knowledge, enterprise_cores: set[str]) -> list[Mention]:
    """'新乡市氢能产业园坐落在…，总投资20.5亿元': a themed park that opens a sentence stating its
    amount is an investment project (a park with a 管委会 is a zone, found by zones.py)."""
    out = []
    for m in _PARK_RE.finditer(text):
        if text.startswith(("项目", "区", "管委会", "工程", "一期", "二期", "三期"), m.end()):
            continue  # 'X产业园项目' is found as a named project; the rest are zones or phases
        start, stem = project_name_before(text, m.start())
        if len(stem) < 2 or (start > 0 and text[start - 1] not in _SENTENCE_ENDS):
            continue
        name = stem + m.group(0)
        end = min((i for i in (text.find(c, m.end()) for c in _SENTENCE_ENDS) if i >= 0), default=len(text))
        if (_PARK_AMOUNT_RE.search(text, m.end(), end) and know.classify(stem)
                and name + "管委会" not in text and concrete(name, know, enterprise_cores)):
            out.append(Mention("project", name, start, m.end(), "project.park", 0.7))
    return out


def _industry_only(item: str, know: Knowledge) -> bool:
    """'车用锂电池、智能显示等…项目': an item that is only industry words names a kind, not a project;
    so does 'X及关键材料' (an industry and the generic parts of it)."""
    hits = know.classify(item)
    if hits and not _beyond_industry_words(item, hits):
        return True
    head, sep, tail = item.partition("及")
    return bool(sep) and tail in _GENERIC_PARTS and _industry_only(head, know)


_GENERIC_PARTS = ("关键材料", "核心材料", "关键零部件", "核心零部件", "零部件", "关键部件", "核心部件", "配套材料", "材料",
                  "部件", "装备", "设备")


def find_listed(text: str, know: Knowledge) -> list[Mention]:
    out: list[Mention] = []
    for m in _LIST_RE.finditer(text):
        clause_start = 0
        for c in _CLAUSE_START.finditer(text, max(0, m.start() - 160), m.start()):
            clause_start = c.end()
        span = text[clause_start:m.start()]
        items = span.split("、")
        _, first = project_name_before(text, clause_start + len(items[0]))
        items[0] = first
        mid = m.group("mid")
        if _LIST_NOT_PROJECTS.search(mid):
            # '引进A、B等一批企业和项目': companies; '在用地、用能、资金等要素保障上向重大项目倾斜': not
            # a list of projects at all
            continue
        cursor = clause_start
        found = []
        for item in items:
            item = item.strip()
            if not item:
                continue
            loc = text.find(item, cursor, m.start() + 1)
            if loc < 0:
                continue
            cursor = loc + len(item)
            cut = _ITEM_LEAD.sub("", item)  # '储备了清华大学…项目': the verb is not the name
            loc, item = loc + len(item) - len(cut), cut
            if not 2 <= len(item) <= 30 or is_generic(item.removesuffix("项目")) or _GENERATION.fullmatch(item):
                continue  # ('第三代等先进半导体…项目': a generation of a technology, not a project)
            found.append((loc, item))
        if found and (all(_industry_only(item, know) for _, item in found) or
                      ("产业链" in mid and not any(item.endswith(_LIST_ITEM_HEADS) for _, item in found))):
            continue  # '车用锂电池、智能显示等新兴优势产业链项目': industries, not projects
        if len(found) >= 2 and all(len(item) <= 4 and item.endswith(_KINDS_OF_WORK) for _, item in found):
            continue  # '银企合作、载体建设、园区配套等63个项目': kinds of work, not projects
        # 'A、B等10个项目的代表': companies signing for projects; they stay companies, with the projects'
        # zone, and the projects go unnamed (rules._build)
        represented = text.startswith(("的代表", "代表"), m.end())
        for loc, item in found:
            out.append(Mention("project", item, loc, loc + len(item), "project.list", 0.7,
                               attrs={"list_descriptor": mid, "list_end": m.end(), "clause_start": clause_start,
                                      "representatives": represented}))
    return out


def subsidiary_owner(item: str, parent_cores: set[str], company_endings: tuple[str, ...]) -> str | None:
    """'<母公司>旗下<子公司>…项目': the subsidiary heading the item, named from its parent's core plus a
    company ending (长电 + 微电子), when the item goes on after it."""
    for core in sorted(parent_cores, key=len, reverse=True):
        if len(core) < 2 or not item.startswith(core):
            continue
        for ending in sorted(company_endings, key=len, reverse=True):
            if item.startswith(ending, len(core)) and len(item) > len(core) + len(ending):
                return item[: len(core) + len(ending)]
        return None
    return None


def split_owner(item: str, know: Knowledge, enterprise_cores: set[str], company_endings: tuple[str, ...]) -> str | None:
    """The owner named at the head of a project item (国轩二期 -> 国轩, 赛科科技热成型零件 -> 赛科科技)."""
    for size in range(len(item), 1, -1):  # the longest core that heads the item
        if item[:size] in enterprise_cores:
            return item[:size]
    # 华能滨江综合能源 -> 华能国际电力, by its brand (names and cores of one company count once)
    branded = {enterprise_core(c) for c in enterprise_cores if item.startswith(brand_head(c))}
    if len(branded) == 1 and len(item) > 4:
        return branded.pop()
    for size in range(min(len(item) - 1, 10), 1, -1):  # a reference company's name or alias (蔚来第二…基地)
        if item[:size] in know.enterprise_names:
            return item[:size]
    if any(w in item for w in NOT_OWNER_WORDS) or item.startswith(NOT_OWNER_STEMS):
        return None
    bare = strip_region(item)
    if bare != item:  # 江苏正力新能电芯 -> owner found in 正力新能电芯, named with its region
        district = _DISTRICT_HEAD.match(bare)
        if district and is_division_short_name(district.group(0)) and len(bare) - district.end() >= 4:
            # '十堰市张湾区驭新智能…': an address (a city and its district) is no part of the name
            return split_owner(bare[district.end():], know, enterprise_cores, company_endings)
        inner = split_owner(bare, know, enterprise_cores, company_endings)
        return item[: len(item) - len(bare)] + inner if inner else None
    reg = regions()
    # <name><company ending><rest>: the shortest prefix ending in a company word.
    for i in range(2, min(len(item), 10) + 1):
        head = item[:i]
        terms = know.classify(item[: i + 3])
        if any(c.start < i < c.end for c in terms):
            continue  # the ending is part of a longer term (新能 in 新能源)
        if (i < len(item) and (head + item[i]).endswith(company_endings)) or _PRODUCT_WORDS.search(head) \
                or _MODIFIER.search(head, 2) or item.startswith("科技园", i - 2):
            continue  # 新能 before 源: the longer ending; …车用锂电池: a product, not a name; 科技 of 瑞辉科技园
        if head.endswith(company_endings + ("研究院",)) and len(head) >= 3 and not know.classify(head[:2]) \
                and not reg.is_place(head[:2]) and not is_generic(head) and "基地" not in head \
                and not _ORDINAL.search(head):  # (港区第二座综合能源站: which one, not whose)
            # (小蓝基地新能源…项目: a base names a place, not a company)
            stem = head
            for e in company_endings + ("研究院",):
                if head.endswith(e):
                    stem = head[: -len(e)]
                    break
            if any(0 < c.start < len(stem) and c.end >= i for c in terms):
                continue  # the ending closes a term begun before it (汽车 of 科达利新能源汽车)
            if stem in COMMON_VERBS or stem in ENDING_CHAINS or _ZONE_IN_NAME.search(stem):
                # '共享储能电站': what the plant does (a verb), not whose; '生物科技创新中心': an industry (生物)
                # and a trade word, no name; '建水羊街工业园区汽车…': a park's
                continue
            if len(stem) >= 2 and not know.classify(stem) and not is_generic(stem) and not _ELEMENTS.fullmatch(stem) \
                    and _TRAILING_MODIFIERS.sub("", stem):
                return head  # (钴锂新材料: elements then a trade are a product, not a maker; 超高效太阳能: a grade)
    # <name>二期: a phase of a firm's plant.
    for ph in PHASES:
        if ph in item:
            head = item[: item.index(ph)]
            if 2 <= len(head) <= 4 and not know.classify(head) and not head.endswith(PROJECT_HEADS) \
                    and not is_generic(head) and not reg.is_place(head[:2]):
                return head
    stem = item.removesuffix("项目")
    if 2 <= len(stem) <= 4 and not stem.endswith(PROJECT_HEADS + _ACTIVITY_ENDINGS) and not know.classify(stem) \
            and not is_generic(stem) and not reg.is_place(stem[:2]) and not stem.startswith(PHASES):
        return stem  # a bare proper name listed as a project (思必驰, 中粮粮谷; not 一期投建)
    # <name of 2-4 characters>[高端…]<industry term>: 瑞联原料药, 科达利新能源汽车…, 芯源微高端晶圆…
    if len(stem) >= 4:
        hits = know.classify(stem)
        head = _TRAILING_MODIFIERS.sub("", stem[:hits[0].start]) if hits else ""
        if 2 <= len(head) <= 4 and not head.isascii() and not know.classify(head) and not reg.is_place(head[:2]) \
                and not is_generic(head) and not _PRODUCT_WORDS.search(head) and not _NOT_A_MAKER.search(head) \
                and not _ELEMENTS.fullmatch(head) \
                and not (len(head) == 4 and is_division_short_name(head[:2])) and not is_division_short_name(head):
            return head  # (a four-character head may be a county and a brand: 大安吉电; 沽源 alone is a county)
    return None
