"""Project assembly of the rule-based extractor: more project mentions (plants,
capital increases, plots, re-mentions), their owners, one project per group of
mentions, and each project's scope, money, phases and chains.

A mixin of ``rules._Run``: it reads the run's text, sentences and mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import repeat
from dataclasses import dataclass, field

from ..facts import Money
from ..resolve import enterprise_core, strip_legal, strip_region
from .enterprises import plausible_enterprise
from .lexicon import ALSO_CHAINS, COMPANY_ENDINGS, LEGAL_SUFFIXES, OTHER_PROJECT_WORDS, PHASES, ending_chains, regions
from .mentions import Mention
from .money import investment_in
from .tables import BUILDER_WORDS, LOCATION_WORDS, in_cell
from .projects import brand_head, concrete, cut_name, is_generic, project_name_before, split_owner, subsidiary_owner
from .text import Sentence, anchored_matches, find_all, gated
from .stages import StageHit, stage_from_hits

_CAPITAL_RE = re.compile(r"(?:增资|投资|投建|追加投资)(?=(?:约|超过|超|近)?\d)")
_QUOTE_ATTRIB = gated(r"(?:负责人|总经理|董事长|主任|总监|主管)?(?:表示|介绍|说|透露)")
_PHASE_RE = re.compile("|".join(PHASES))
# a phase as a mark in running text: not 这一期间 or 同一期 (the same period)
_PHASE_MARK_RE = re.compile(f"(?<![这同该])(?:{'|'.join(PHASES)})(?!间)")
# '其中一期投资30亿元', '其中，首期项目计划投资…', '签约的是项目一期，投资…': the first phase's
# share of a whole's amount.
_FIRST_PHASE_RE = re.compile(r"(?P<ph>一期|首期)(?:项目|工程)?[，,]?(?=[^，,。；;]{0,4}?投资)")
_PLANT_HEAD = r"(?:产业基地|生产基地|研发基地|制造基地|基地|超级工厂|工厂|产业园|科技园|生产线|产线|晶圆厂|项目)"
_AT_PLACE_OF = re.compile(r"在[\u4e00-\u9fff]{2,8}的|(?:报送|申报|提交|报批|备案)的")  # and what it filed
_PLANT_HEAD_END = re.compile(f"{_PLANT_HEAD}$")
_INVEST_SITE_RE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,10}?)(?:投资|投建|新建)[^。；;]{0,30}?"
                             rf"(?P<head>{_PLANT_HEAD})")
_OWNED_PLANT_RE = re.compile(rf"的(?P<what>[\u4e00-\u9fffA-Za-z0-9]{{2,20}}?{_PLANT_HEAD})(?P<phase>一期|二期|三期)?")
_BRAND_PLANT_RE = re.compile(r"(?:(?:(?!的)[\u4e00-\u9fff]){2,8}?)?(?:超级工厂|生产基地|制造基地|产业基地|基地|新工厂|工厂|产业园|新厂|晶圆厂)"
                             r"(?:[一二三四]期)?"
                             r"|(?:(?!的)[\u4e00-\u9fffA-Za-z0-9]){2,8}?(?:生产线|产线)(?:[一二三四]期)?")
# The words between a company and its plant qualify it (上海, 华东); a verb makes it a clause (共建氢能产业园).
_PLANT_QUALIFIER_VERB = re.compile(r"共建|建设|新建|投建|兴建|打造|落户|签约|合作|携手|联合|投资|拟|将|在|与|和|的|为|建|是|该|这|此|其"
                                   r"|了|通报|介绍|表示|宣布")  # '江铃汽车通报了小蓝基地…': a clause, not a plant's name
_PLANT_END_RE = re.compile(r"(?:超级工厂|生产基地|制造基地|基地|工厂)$")
_IS_PLANT_RE = re.compile(r"是[^，,。；;]{0,30}?(?:设立|投资|建设|建立|兴建|投建)的"
                          r"(?P<what>[\u4e00-\u9fffA-Za-z0-9]{0,12}?(?:晶圆厂|超级工厂|工厂|生产基地|制造基地|研发中心))")
# '<企业>在<地方/园区>(投资)建设的<…工厂/基地/生产线/项目>': the company's works there
_BUILT_AT_RE = re.compile(r"在(?P<place>[^，,。；;“”]{2,24}?)(?:投资)?(?:建设|兴建|投建|新建|建成|打造|布局)的"
                          r"(?P<what>[\u4e00-\u9fffA-Za-z0-9]{0,18}?(?:超级工厂|工厂|生产基地|制造基地|产业基地|基地|生产线|产线|"
                          r"产业园|晶圆厂|项目|工程))")
_LOCATED_PLANT_RE = re.compile(r"其?位于(?P<place>[\u4e00-\u9fff]{2,10}?)(?:[（(](?:以下)?简称[“\"「][^”\"」]{1,10}[”\"」][）)])?"
                               r"的(?P<head>新工厂|工厂|超级工厂|生产基地|基地|产业基地|晶圆厂|新厂)")
_HEAD_INVEST_RE = re.compile(rf"(?P<head>{_PLANT_HEAD})(?:规划|计划|项目)?(?:总投资|投资总额|计划投资|投资额)")
# Where 投资 can stand in a match of _HEAD_INVEST_RE: after a head (4), 规划 (2) and 计划 (2).
_HEAD_INVEST_REACH = 8
_LAND_RE = re.compile(r"(?:拿到|取得|摘得|竞得|获得)(?P<plot>[\u4e00-\u9fff]{2,4}(?:镇|街道|乡))?[^。；，,]{0,8}?"
                      r"(?:地块|土地使用权|土地)")
# How a project makes things, not what it makes (…车灯智能制造项目 is a lamp project).
_MODE_WORDS = ("智能制造", "智能化", "数字化", "自动化", "智造", "智能工厂", "数字化转型", "工业互联网")
_HEAD_WORD = re.compile(r"(?:产业园|基地|工厂|生产线|产线|园区|工程|电站)$")
# 'A(…)(已)与<政府>、B等方面签署投资协议': B signed the investment with A
_WITH_SIGNED = re.compile(r"[^。；;]{0,40}?与[^，,。；;]{0,20}?")
_COSIGNED = re.compile(r"(?:[（(][^）)]{0,16}[）)])?(?:等(?:方面|单位|企业|公司)?|共同)?(?:正式)?(?:签署|签订|签约)[^，,。；;]{0,6}?"
                       r"(?:投资|合资|合作)?(?:协议|合同)")
# '法国北部港口城市敦刻尔克': a name the text introduces as a place (\0 marks where it stands)
_PLACE_NOUN_BEFORE = re.compile(r"(?:城市|港口|港城|首都|首府|小镇|古城|地区)\0")
# '河南顺成集团与冰岛碳循环国际公司(CRI)共建的<项目>': companies that build it, right before its name
_BUILT_BY_BEFORE = re.compile(r"[^，,。；;]{2,40}?(?:[（(][A-Za-z0-9 .&\-]{1,20}[）)])?(?:共同)?"
                              r"(?:共建|合建|合资建设|联合建设|投资建设|投建|兴建)的")
_BEFORE_QUOTE = re.compile(r"[\u4e00-\u9fff]{0,6}[“\"「『]")
_SAID_AGAIN_SUBJECT = re.compile(r"\s*(?:[^，,。；;]{0,8}[，,])?(?:该公司|该企业|这家[^，,。；;]{0,16}?(?:公司|企业))"
                              r"(?=将|已|拟|计划|正|还|也|在|于|投资|总投资|此次|本次)")
_TIME_CLAUSE_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:之前|之后|以前|以后|以来|前夕|之际)[，,]")
_SIGNS_AFTER = re.compile(r"[”」\"』]?(?:正式)?(?:签署|签订|签约|达成)")
# '<企业>日前就「…项目」发布环境影响报告书第一次公示': the builder files its own project's notice
_FILES_NOTICE_AFTER = re.compile(r"[”」\"』]?(?:发布|进行|开展|启动|提交|办理)[^，,。；;]{0,16}?(?:公示|公告|环评|备案|申请)")
_INVEST_VERB = re.compile(r"投资|投建|建设|新建|签署|签约|签下|落户|兴建|布局|举行|开工|启动|实施|推进|宣布|承担|(?:要|将|拟|计划)建")
_QUOTED_RULES = ("project.quoted", "project.quoted_name")
# A count of projects a clause ends its words on ('新华区有7个项目入选'): the next clause's amount is their total
_COUNTED_PROJECTS = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|批|项)(?:重点|重大|产业|招商|在建)*项目[^，,]{0,6}$")
# ... or opens the amount's own clause ('5个项目合计总投资307亿元'): the total of the count
_COUNTED_TOTAL = re.compile(r"(?:\d+|[两二三四五六七八九十百]+)(?:个|批|项)(?:重点|重大|产业|招商|在建|签约)*项目"
                            r"(?:合计|共计|总计|累计|共|总)")
# '<企业>的<项目>', '<企业>的“<项目>”': the company's own project
_ITS_OWN = ("的", "的“", "的「", '的"')
# '鄂州市则与深圳顺丰泰森(控股)集团签订鄂州临空装备制造项目': the government signs, the company invests
_SIGNS_FOR = re.compile(r"(?:正式|共同)?(?:签订|签署|签约)(?:了)?[“「\"]?")
# '兰州能投集团投资21.2亿元的晋昌源…项目': the company and the amount it invests in it
_INVESTS_AMOUNT_IN = re.compile(r"(?:计划|拟|将|已)?(?:总)?投资[^，,。；;、的]{1,12}?元(?:建设)?的")
_GOVERNMENT_WITH = re.compile(r"(?:市|区|县|州|旗|政府|管委会|管理委员会|开发区|园区)(?:则|还|也|已|正式)?与$")
# A phase named by nothing else (一期项目, 公司二期项目, 产业园一期工程), as the core of a project name.
_BARE_PHASE = re.compile(r"^(?:公司|该公司|其|该|本)?(?:产业园|基地|工厂|厂区)?(?P<ph>[一二三四五]期)(?:工程)?$")
# '基地一期于2018年动工': a phase of a base or plant opening a clause, said with its own stage or amount
_PHASE_CLAUSE = re.compile(r"(?<=[，,。；;：:\n])(?:该|其)?(?P<head>产业园|基地|工厂|厂区)(?P<ph>[一二三四五]期)"
                           r"(?=于|已|已经|现已|目前|正在|正|总投资|计划投资|投资)")
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n]")
_BUILD_ONE_RE = re.compile(r"(?:建设|共建|兴建|投建|新建|打造|建)(?:一座|一个|一条|一家)"
                           r"(?P<what>[^，,。；;、“”的]{4,30}?(?:基地|超级工厂|工厂|晶圆厂|生产线|产线|电站|产业园))(?=[，,。；;]|$)")
# '项目名称：X' or a numbered item '1. X项目', followed by '字段：值' lines (建设单位, 建设地点, 总投资 …)
_FORM_START = re.compile(r"\s*(?:(?:[一二三四五六七八九十]{1,3}、\s*)?(?:项目)?名称[:：]|(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）])\s*\S)")
_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}[:：]")
_BUILDER_FIELD = re.compile(rf"\s*(?:{BUILDER_WORDS})[:：]")
LOCATION_FIELD = re.compile(rf"\s*(?:{LOCATION_WORDS})[:：]")
# '“X项目”，即Y项目': the second name says the same project again
_APPOSITION = re.compile(r"[”\"」』]?[，,]?(?:即|也就是|亦即)")
_COUNTED = re.compile(r"[一两二三四五六七八九十\d这那该此每]+[座个家批]")
_PARENT_BEFORE = re.compile(r"(?:旗下|下属|控股子公司|全资子公司|子公司)的?$")
_ITS_BEFORE = re.compile(r"其(?:新的?|首个|又一个?|旗下的?|投资的|建设的|新建的|新一代)?$")
# A base named by its place alone, opening a clause (广州基地落户…, 肇庆基地一期正式投产).
_PLACE_BASE_RE = re.compile(r"(?<=[，,。；;：:\n“])(?:其中[，,]?)?(?P<place>[\u4e00-\u9fff]{2,3}?)(?:基地|工厂|超级工厂)(?:[一二三四]期)?"
                            r"(?=[，,]?(?:正式|已|已经|于|将|也|则|位于|落户|规划|总投资|计划|占地|预计|项目|一期|二期)?)")
# A park, base or plant followed by its stage event (…产业园在X举行奠基仪式, …基地正式开工).
_WORKS_EVENT_RE = re.compile(r"(?P<head>产业园|科技园|生产基地|制造基地|产业基地|超级工厂|工厂)(?P<paren>[（(][\u4e00-\u9fff]{2,8}[）)])?"
                             r"(?=(?:在[^，,。；;]{2,16}?)?(?:举行|举办|正式|顺利|隆重)?(?:奠基|开工|动工|破土|投产|竣工|签约))")
# A plant named by what it makes, then its stage in the same clause: '碳化硅芯片工厂已实现量产',
# '高端电容基地二期正在进行设备安装'.
_PLANT_STAGE_RE = re.compile(r"(?P<head>工厂|新厂|基地|生产线|产线)(?P<phase>[一二三四五]期)?"
                             r"(?=(?:已经|已|正在|正式|目前|现已|现)?(?:实现量产|建成投产|建成|投产|量产|进行设备安装|"
                             r"设备安装|封顶|开工|动工|竣工|投入使用|通线))")
# A named station (加氢站, 综合能源站, 加能站 …) that opens or runs: a project of its own, with or
# without 项目 (月城加氢站正式投入运营, 海明路综合加能站已建成投入使用).
_STATION_EVENT_RE = re.compile(r"(?P<head>加氢母站|加氢站|加能站|综合能源站|能源站|一体化站|示范站)"
                               r"(?=[^，,。；;]{0,12}?(?:建成|投入使用|投入运营|投入运行|投运|启用|开工|动工|竣工|开始运营|正式运营))")
# between a company and its station: '（以下简称“A”）在B建设的全国首个'
_BUILT_BY_GAP = re.compile(r"[”\"」』]?(?:[）)]|[（(][^（）()]{0,20}[）)])?[^，,。；;（）()]{0,12}?(?:投资|建设|投建|运营|建)的[^，,。；;的]{0,8}")
_STATION_BY_RE = re.compile(r"\s*该(?:[\u4e00-\u9fff]{0,4}站|项目)由")
# What makes a base news: an amount, a capacity plan or a stage word after it in its sentence.
_BASE_NEWS = re.compile(r"亿元|万元|亿美元|投资|签约|签署|落户|开工|动工|奠基|投产|量产|建成|竣工|规划产能|产能")
_HEAD_TAIL = gated(r"(?:新工厂|工厂|新项目|项目|基地|厂区)+$")
# '以全资子公司X为实施主体': X is the vehicle of the company's investment
_VEHICLE_BEFORE = re.compile(r"以(?:其)?(?:全资|控股)?(?:子公司|孙公司)$")
_VEHICLE_AFTER = re.compile(r"为(?:实施|投资|建设|项目)?主体")


# 'another / the second … base': one more of a company's plants, described, not named
_ANOTHER = re.compile(r"(?:又一|另一|再一|第[一二三四五六七八九十\d]+)[个座家条处]")


@dataclass
class _Project:
    mentions: list[Mention] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)  # enterprise keys
    partners: list[str] = field(default_factory=list)
    phase: str | None = None


# '上海汽车集团股份有限公司（以下简称“上汽集团”）郑州新能源电池工厂': the plant follows the aside
_ABBREVIATION = re.compile(r"[（(](?:以下)?简称[“\"「]?([^”\"」)）]{2,12})[”\"」]?[)）]")


def _after_abbreviation(text: str, pos: int) -> int:
    m = _ABBREVIATION.match(text, pos)
    return m.end() if m else pos


class ProjectAssembly:
    """Builds projects from mentions (mixed into ``rules._Run``)."""

    def _plant_projects(self) -> list[Mention]:
        """Plants and bases named by their owner or their money.

        - '<企业>…在<地方>投资<金额>，建设<…基地/工厂>' (project.invest_site)
        - '<企业>的<…生产线/基地>(一期)' (project.owned_plant)
        - '<…基地/工厂>(规划)总投资…' (project.head_invest)
        """
        text = self.text
        out: list[Mention] = []
        for m in _INVEST_SITE_RE.finditer(text):
            s = self.sentence_of(m.start())
            owners = [e for e in self.ents if s.start <= e.start and e.end <= m.start() and m.start() - e.end <= 30]
            if not owners:
                continue
            at, what = project_name_before(text, m.end("head"))
            if not what or len(what) < 2:
                continue
            if text[at - 1:at] in "“\"「『" and at > 0:
                continue  # '投资建设“新能源西南制造基地项目”': the text names it (project.named)
            owner = owners[-1]
            # (a name that opens on its owner is whole: '…在永州经开区投资建设瑞宇新能源(永州)低碳光电产业园')
            # (or on its brand: 大明光伏…基地 of 大明光福集团)
            core = enterprise_core(owner.text)
            own = what.startswith((strip_legal(owner.text), core, brand_head(core)))
            name = what if own else strip_legal(owner.text) + m.group("place") + what
            out.append(Mention("project", name, m.start("place"), m.end("head"), "project.invest_site", 0.7,
                               attrs={"owners": [owner]}))
        for e in self.ents:
            if e.rule not in ("ent.legal", "ent.abbreviation", "ent.reference"):
                continue
            m = _OWNED_PLANT_RE.match(text, _after_abbreviation(text, e.end))
            if not m:
                continue
            stem = _PLANT_HEAD_END.sub("", m.group("what"))
            if cut_name(stem) != stem:
                continue  # '…的募集资金主要投向…项目': a clause about money, not the plant's name
            what = m.group("what") + (m.group("phase") or "")
            name = strip_legal(e.text) + what
            out.append(Mention("project", name, m.start("what"), m.end(), "project.owned_plant", 0.7,
                               attrs={"owners": [e]}))
        for e in self.ents:
            # '<企业>(<地方>)超级工厂/基地/工厂': a company's plant is a project
            m = _BRAND_PLANT_RE.match(text, _after_abbreviation(text, e.end))
            if m and _PLANT_QUALIFIER_VERB.search(m.group(0)[:-2]):
                m = None
            inner = _PLANT_END_RE.search(e.text) if e.rule == "ent.reference" else None
            if m:
                short = _ABBREVIATION.match(text, e.end)  # the short name the article gives, if any
                name, start, end = (short.group(1) if short else strip_legal(e.text)) + m.group(0), e.start, m.end()
            elif inner:  # reference data that lists a plant as a company alias
                name, start, end = e.text, e.start, e.end
            else:
                continue
            out.append(Mention("project", name, start, end, "project.brand_plant", 0.7, attrs={"owners": [e]}))
        for m in _IS_PLANT_RE.finditer(text):
            # '<公司>(位于…，)是<母公司>在…设立的12英寸晶圆厂': the company is the plant
            s = self.sentence_of(m.start())
            subject = next((e for e in sorted(self.ents, key=lambda e: e.start)
                            if s.start <= e.start < m.start() and e.rule in ("ent.legal", "ent.reference")), None)
            if subject is None:
                continue
            what = m.group("what")
            out.append(Mention("project", strip_legal(subject.text) + what, m.start("what"), m.end("what"),
                               "project.company_plant", 0.6, attrs={"owners": [subject]}))
        for m in _BUILT_AT_RE.finditer(text):
            owner = next((e for e in self.ents if 0 <= m.start() - e.end <= 2), None)
            if owner is None:
                continue
            what = m.group("what")
            if _ANOTHER.match(what):
                continue  # '…布局的又一个显示基地': one more of the company's bases, described, not named
            short = enterprise_core(owner.text)
            name = what if what.startswith(short) else short + what
            out.append(Mention("project", name, m.start("what"), m.end("what"), "project.built_at", 0.7,
                               attrs={"owners": [owner]}))
        for m in anchored_matches(_LOCATED_PLANT_RE, text, "位于", 1):
            # '(其)位于德国图林根州的工厂': the plant of the company just named
            owners = [e for e in self.ents if e.end <= m.start() and m.start() - e.end <= 80]
            if not owners:
                continue
            owner = owners[-1]
            name = strip_legal(owner.text) + m.group("place") + m.group("head")
            out.append(Mention("project", name, m.start("place"), m.end("head"), "project.located_plant", 0.6,
                               attrs={"owners": [owner]}))
        out.extend(self._place_bases())
        out.extend(self._named_works_with_stage())
        out.extend(self._industry_plants_with_stage(out))
        out.extend(self._stations())
        for m in _BUILD_ONE_RE.finditer(text):
            # '双方将在重庆合资共建一座12英寸功率半导体芯片制造及封装测试基地': the plant the sentence's
            # first company builds
            s = self.sentence_of(m.start())
            owners = sorted((e for e in self.ents if s.start <= e.start and e.end <= m.start()), key=lambda e: e.start)
            what = m.group("what")
            if owners and len(what) >= 6 and not is_generic(what):
                out.append(Mention("project", what, m.start("what"), m.end("what"), "project.build_one", 0.6,
                                   attrs={"owners": [owners[0]]}))
        if "电站" in text:
            cores = {enterprise_core(e.text) for e in self.ents}
            for m in re.finditer("电站", text):
                # '丰宁抽水蓄能电站首批机组正式投产': a named power station given a stage or amount
                start, stem = project_name_before(text, m.end())
                stop = _CLAUSE_STOP.search(text, m.end())
                own = stem[:-2]  # a pumped-storage or hydro station may hold no chain's keyword
                if len(stem) >= 5 and (concrete(own, self.know, cores) or len(own) >= 4 and not is_generic(own)
                                       and not _COUNTED.match(own)) and \
                        _BASE_NEWS.search(text, m.end(), stop.start() if stop else len(text)):
                    out.append(Mention("project", stem, start, m.end(), "project.station", 0.6))
        for m in _PHASE_CLAUSE.finditer(text):
            if not any(o != m.group("ph") for o in re.findall(m.group("head") + "([一二三四五]期)", text)):
                continue  # the only phase named: what it says is the whole's (工厂一期投资25亿美元)
            stop = _CLAUSE_STOP.search(text, m.end())
            if not _BASE_NEWS.search(text, m.end(), stop.start() if stop else len(text)):
                continue  # a phase merely named, with no amount or stage of its own
            out.append(Mention("project", m.group(0), m.start(), m.end(), "project.phase_clause", 0.6))
        for m in anchored_matches(_HEAD_INVEST_RE, text, "投资", _HEAD_INVEST_REACH):
            start, stem = project_name_before(text, m.end("head"))
            if stem and len(stem) >= 4 and not any(o.start <= start < o.end for o in out):
                out.append(Mention("project", stem, start, m.end("head"), "project.head_invest", 0.7))
        return out

    def _place_bases(self) -> list[Mention]:
        """'广州基地落户花都区，总投资200亿元', '肇庆基地一期正式投产': a company's base named by its place
        alone, said with an amount or a stage, is that company's project (<企业><地方>基地). The company
        is the last one named in the sentence or the three before (project.place_base)."""
        out: list[Mention] = []
        if "基地" not in self.text and "工厂" not in self.text:
            return out  # every match names a 基地 or a 工厂: two C scans instead of the regex's
        reg = regions()
        ents_sorted = sorted(self.ents, key=lambda e: e.start)
        for m in _PLACE_BASE_RE.finditer(self.text):
            place = m.group("place")
            if not reg.is_place(place) or self.text[m.start() - 1:m.start()] in "（(":
                continue  # '…产业园（肇庆基地）' restates the name before it
            i = self.index.at(m.start())
            sent = self.sents[i]
            if not _BASE_NEWS.search(self.text, m.end(), sent.end):
                continue  # a base merely named, with no amount or stage
            lo = self.sents[max(0, i - 3)].start
            owners = [e for e in ents_sorted if lo <= e.start and e.end <= m.start()]
            if not owners:
                continue
            owner = owners[-1]
            name = strip_legal(owner.text) + self.text[m.start("place"):m.end()]
            out.append(Mention("project", name, m.start("place"), m.end(), "project.place_base", 0.6,
                               attrs={"owners": [owner], "place": place}))
        return out

    def _named_works_with_stage(self) -> list[Mention]:
        """'X智能汽车配套零部件产业园在…举行奠基仪式': a park, base or plant whose name opens with a
        company's name and that is given a stage event is that company's project (project.works_event).
        Parks without a company in their name may be zones, so they are left to the zone rules."""
        out: list[Mention] = []
        names = self.know.enterprise_names
        ents_by_text = {}
        for e in self.ents:
            ents_by_text.setdefault(e.text, e)
            ents_by_text.setdefault(strip_legal(e.text), e)
            ents_by_text.setdefault(brand_head(enterprise_core(e.text)), e)  # 康方 of 康方生物: 康方湾区科技园
        title = (self.article.title or "").strip()
        title_end = len(title) if title and self.text.startswith(title) else 0
        for m in _WORKS_EVENT_RE.finditer(self.text, title_end):
            start, stem = project_name_before(self.text, m.end("head"))
            if len(stem) < len(m.group("head")) + 4:
                continue
            owner = None
            for size in range(min(len(stem) - 2, 10), 1, -1):
                head = stem[:size]
                if head in ents_by_text:
                    owner = ents_by_text[head]
                    break
                if head in names:
                    ref = names[head]
                    owner = next((e for e in self.ents if e.attrs.get("ref") is ref), None)
                    if owner is not None:
                        break
            if owner is None:
                continue
            out.append(Mention("project", stem + (m.group("paren") or ""), start, m.end(), "project.works_event", 0.6,
                               attrs={"owners": [owner]}))
        return out

    def _industry_plants_with_stage(self, found: list[Mention]) -> list[Mention]:
        """'零边界建设的碳化硅芯片工厂已实现量产': a plant named by industry words and given a stage in
        its clause is a project of the last company named before it in its sentence
        (project.industry_plant). Its name is the words alone, as the text gives it."""
        out: list[Mention] = []
        text = self.text
        for m in _PLANT_STAGE_RE.finditer(text):
            start, stem = project_name_before(text, m.end("head"))
            own = stem[:len(stem) - len(m.group("head"))]
            if len(own) < 3 or is_generic(own) or not self.know.classify(own) or \
                    any(o.start < m.end() and start < o.end for o in found):
                continue
            s = self.sentence_of(start)
            owners = [e for e in self.ents if s.start <= e.start and e.end <= start]
            if not owners:
                continue
            name = stem + (m.group("phase") or "")
            out.append(Mention("project", name, start, m.end(), "project.industry_plant", 0.6,
                               attrs={"owners": [max(owners, key=lambda e: e.end)]}))
        return out

    def _stations(self) -> list[Mention]:
        """'月城加氢站正式投入运营': a station named by more than its kind that opens or runs
        (project.energy_station); '该加氢站' names none."""
        out: list[Mention] = []
        for m in _STATION_EVENT_RE.finditer(self.text):
            start, stem = project_name_before(self.text, m.end("head"))
            if len(stem) < len(m.group("head")) + 2:
                continue
            out.append(Mention("project", stem, start, m.end("head"), "project.energy_station", 0.6,
                               attrs={"owners": self._station_owners(start)}))
        return out

    def _station_owners(self, start: int) -> list[Mention]:
        """'由A建设的…站' or 'A在B建设的…站' in its sentence; or the next sentence
        '该加氢站由A投资、建设和运营'."""
        s = self.sentence_of(start)
        before = [e for e in self.ents if s.start <= e.start and e.end <= start]
        if before:
            last = max(before, key=lambda e: e.end)
            if _BUILT_BY_GAP.fullmatch(self.text, last.end, start):
                return [last]
        m = _STATION_BY_RE.match(self.text, s.end)
        if m:
            return [e for e in self.ents if e.start == m.end()][:1]
        return []

    def _owners_from_projects(self) -> None:
        """Owner prefixes of project names become enterprises (国轩二期 -> 国轩)."""
        cores = {enterprise_core(e.text): e for e in self.ents}
        names = {e.text: e for e in self.ents}
        ents_sorted = sorted(self.ents, key=lambda e: e.start)
        ent_starts = [e.start for e in ents_sorted]
        # a zone's name or its name's prefix (宁德东侨 of 宁德东侨经济技术开发区) opens no owner
        prefixes = {p for z in self.zones if len(p := z.attrs.get("prefix") or "") >= 3}
        zone_texts = sorted({z.text for z in self.zones} | prefixes, key=len, reverse=True)
        known = set(cores) | set(names)  # kept up to date below, not rebuilt per project
        for p in self.projects_m:
            if p.attrs.get("owners") or p.rule == "project.energy_station":
                # a plant rule read the owner from the text around the name; the place that opens a
                # station's name is no owner
                continue
            if p.rule == "project.quoted":
                # a name in quotation marks holds no owner (两江新区SE项目): the company that invests in
                # the sentence ('公司…募集资金投资项目为“…项目”')
                investors = self._investing_subject(p, ents_sorted, ent_starts)
                if investors:
                    p.attrs["owners"] = investors
                continue
            builder = self._form_field(p, _BUILDER_FIELD)
            if builder is not None:
                # '1. X项目 / 建设单位：<企业>': the form's builder line
                builders = _companies_within(ents_sorted, ent_starts, builder.start, builder.end)
                if builders:
                    p.attrs["owners"] = builders
                    continue
            row = self.rows.at(p.start)
            if row is not None and in_cell(row, "name", p) and (cell := row.cell("builder")):
                # a table of projects: the companies of the row's 建设单位 column build it
                builders = _companies_within(ents_sorted, ent_starts, *cell)
                if builders:
                    p.attrs["owners"] = builders
                continue
            name = p.text.removesuffix("项目")
            # a zone prefix is not an owner
            for z_text in zone_texts:
                if name.startswith(z_text):
                    name = name[len(z_text):]
                    break
            lo = bisect_left(ent_starts, p.start)
            hi = bisect_left(ent_starts, p.end)
            inside = ents_sorted[lo:hi]
            if inside:
                p.attrs["owners"] = [inside[0]]
                continue
            # '中巨芯科技股份有限公司(以下简称“中巨芯”)电子级化学品扩产项目': the company right before the name
            # '赣锋锂业的年产…项目': a company's own project, said with 的
            right_before = [e for e in ents_sorted[max(0, lo - 3):lo]
                            if ((e.rule == "ent.legal" or e.rule == "ent.reference" and e.text.endswith(LEGAL_SUFFIXES))
                                and _after_abbreviation(self.text, e.end) == p.start)
                            or self.text[_after_abbreviation(self.text, e.end):p.start] in _ITS_OWN
                            # '<企业>在石家庄的…项目': its project at a place; '<企业>报送的…项目': the one it filed
                            or _AT_PLACE_OF.fullmatch(self.text, _after_abbreviation(self.text, e.end), p.start)
                            # '<企业>河北沧州“绿港氢城新材料”项目': its project named in quotation marks
                            or p.rule == "project.quoted_name" and
                            _BEFORE_QUOTE.fullmatch(self.text, _after_abbreviation(self.text, e.end), p.start)
                            or _INVESTS_AMOUNT_IN.fullmatch(self.text, _after_abbreviation(self.text, e.end), p.start)
                            or _GOVERNMENT_WITH.search(self.text, max(0, e.start - 8), e.start) and
                            _SIGNS_FOR.fullmatch(self.text, _after_abbreviation(self.text, e.end), p.start)]
            if right_before:
                p.attrs["owners"] = [right_before[-1]]
                continue
            # 'A与B(共同)共建的<项目>': the builders named right before, together
            built = _BUILT_BY_BEFORE.search(self.text, max(0, p.start - 40), p.start)
            if built is not None:
                builders = [e for e in ents_sorted[max(0, lo - 4):lo] if e.start >= built.start()]
                if builders and _BUILT_BY_BEFORE.fullmatch(self.text, builders[0].start, p.start):
                    p.attrs["owners"] = _one_each(builders)
                    continue
            owner = sub = None
            parent = _PARENT_BEFORE.search(self.text, max(0, p.start - 4), p.start)
            if parent is not None:
                # '长电科技旗下长电微电子…项目': the subsidiary owns it
                parents = [e for e in ents_sorted if e.end == parent.start()]
                if parents:
                    owner = sub = subsidiary_owner(name, {enterprise_core(parents[-1].text), strip_legal(parents[-1].text)},
                                             COMPANY_ENDINGS)
            if owner is None and _ITS_BEFORE.search(self.text, max(0, p.start - 8), p.start):
                # '<企业>宣布其新的…项目': 其 is the company named before it in the sentence
                s = self.sentence_of(p.start)
                before = [e for e in ents_sorted if s.start <= e.start and e.end <= p.start]
                if before:
                    p.attrs["owners"] = [before[-1]]
                    continue
            if p.rule == "project.quoted_name":
                owner = owner or ""  # a proper name in quotation marks holds no owner
            owner = owner if owner is not None else split_owner(name, self.know, known, COMPANY_ENDINGS)
            if owner and owner not in names and owner not in cores and \
                    self.text.endswith(_BUILDS_RIGHT_BEFORE, 0, p.start):
                # '弘阳新材料…随后在此投资建设斯丹诺智能装备制造项目': the company investing in the sentence
                # builds it; the word opening the name, said nowhere else, is its brand
                investors = self._investing_subject(p, ents_sorted, ent_starts)
                if investors:
                    p.attrs["owners"] = investors
                    continue
            if owner and owner in names:
                p.attrs["owners"] = [names[owner]]
                continue
            if owner and owner in cores:
                p.attrs["owners"] = [cores[owner]]
                continue
            if owner and _PLACE_NOUN_BEFORE.search(self.text.replace(owner, "\0")):
                owner = None  # '港口城市敦刻尔克': the text says the name is a place, not a company
            if not owner or not plausible_enterprise(owner, self.know) and not owner.endswith("研究院"):
                # no owner in the name, or a head that is no company (动力 of 动力电池): the company
                # investing in the sentence
                investors = self._investing_subject(p, ents_sorted, ent_starts) or self._issuer(p, ents_sorted)
                if investors:
                    p.attrs["owners"] = investors
                continue
            start = p.start + p.text.find(owner)
            m = Mention("enterprise", owner, start, start + len(owner), "ent.project_owner", 0.55,
                        key="ent:" + enterprise_core(owner), attrs={"subsidiary": True} if sub else {})
            self.ents.append(m)
            cores[enterprise_core(owner)] = m
            names[owner] = m
            known.update((enterprise_core(owner), owner))
            p.attrs["owners"] = [m]
        self._owner_uses()

    def _issuer(self, p: Mention, ents_sorted: list[Mention]) -> list[Mention]:
        """'二是端侧AI…项目，拟投入募集资金24,120万元': a project the raised money goes to is the issuer's, the
        company the article speaks of most (named twice or more) before it."""
        s = self.sentence_of(p.start)
        if not _RAISED_MONEY.search(s.text):
            return []
        counts = Counter(e.key for e in ents_sorted)
        before = [e for e in ents_sorted if e.end <= p.start and counts[e.key] >= 2]
        if not before:
            return []
        top = max(counts[e.key] for e in before)
        return [next(e for e in before if counts[e.key] == top)]

    def _owner_uses(self) -> None:
        """An owner read from a project's name, said elsewhere on its own ('蓝晓科技为藏格锂业提供…，
        藏格锂业年产1万吨…项目'): the same company there too. Names of three characters or more only
        (two are too often a word)."""
        spans = sorted((e.start, e.end) for e in self.ents)
        starts = [a for a, _ in spans]
        for m in [e for e in self.ents if e.rule == "ent.project_owner" and len(e.text) >= 3]:
            for at in find_all(self.text, m.text):
                i = bisect_right(starts, at) - 1
                if at == m.start or i >= 0 and spans[i][0] <= at < spans[i][1] or \
                        i + 1 < len(starts) and starts[i + 1] < at + len(m.text):
                    continue  # (inside or across another company's mention)
                self.ents.append(Mention("enterprise", m.text, at, at + len(m.text), "ent.project_owner", 0.5,
                                         key=m.key, attrs=dict(m.attrs)))

    def _investing_subject(self, p: Mention, ents_sorted: list[Mention], ent_starts: list[int]) -> list[Mention]:
        """The company that opens the project's sentence and invests in it there
        ('<企业>日前与…签署投资协议，计划投资50亿元，在…建设<项目>'), when it is the only one before it
        or the others signed the investment agreement with it ('A与政府、B等方面签署投资协议'): then they
        invest too. ``ent_starts``: the starts of ``ents_sorted``, to find the sentence's companies by bisection."""
        s = self.sentence_of(p.start)
        window = ents_sorted[bisect_left(ent_starts, s.start):bisect_left(ent_starts, p.start)]
        before = [e for e in window if e.end <= p.start]
        if not before:
            # '该公司将在…建设<项目>', '这家总部设在张家港的上市公司将在…': the company named last before
            said = _SAID_AGAIN_SUBJECT.match(self.text, s.start)
            k = bisect_left(ent_starts, s.start)
            if said and k and _INVEST_VERB.search(self.text, said.end(), p.start) and \
                    not re.search(r"[。；;]", self.text[said.end():p.start]) and s.start - ents_sorted[k - 1].end < 200:
                return [ents_sorted[k - 1]]
            return []
        subject = before[0]
        if self.text[subject.start - 1:subject.start] == "在" and _TIME_CLAUSE_AFTER.match(self.text, subject.end):
            return []  # '在华创新材开工之前，…项目已落户园区': a time, not who invests
        others = [e for e in before if e.key != subject.key]
        if others and not (_WITH_SIGNED.fullmatch(self.text, subject.end, others[0].start)
                           and _COSIGNED.match(self.text, others[-1].end)):
            return []
        if re.search(r"[。；;]", self.text[subject.end:p.start]) or not (
                _INVEST_VERB.search(self.text, subject.end, p.start) or
                # '<政府>与<企业>就<项目>签署框架协议': the company signs the deal for its project, or files its notice
                "就" in self.text[subject.end:p.start] and (_SIGNS_AFTER.match(self.text, p.end) or
                                                          _FILES_NOTICE_AFTER.match(self.text, p.end))):
            return []
        if others:
            return _one_each([subject, *others])
        if _VEHICLE_BEFORE.search(self.text, max(0, subject.start - 10), subject.start) and \
                _VEHICLE_AFTER.match(self.text, subject.end):
            # '公司以全资子公司X为(实施)主体…建设<项目>': X carries it out, the company (named last before) invests
            k = bisect_left(ent_starts, subject.start)
            parent = next((e for e in reversed(ents_sorted[:k]) if e.key != subject.key), None)
            return [parent or subject]
        return [subject]

    def _capital_projects(self) -> None:
        """'<企业>增资3.7亿元' with no named project nearby: the capital increase is the project."""
        for e in list(self.ents):
            m = _CAPITAL_RE.match(self.text, e.end)
            if not m or m.group(0) == "投资" and "投资" in strip_legal(e.text):
                continue  # ('济南产业发展投资集团投资1亿元，将…迁至济南': an investor's stake, not its project)
            s = self.sentence_of(e.start)
            if any(s.start <= p.start < s.end and p.attrs.get("owners") for p in self.projects_m):
                continue
            word = "增资" if m.group(0).startswith("增资") else ""
            name = strip_legal(e.text) + word + "项目"
            pm = Mention("project", name, e.start, m.end(), "project.capital", 0.7, attrs={"owners": [e]})
            self.projects_m.append(pm)

    def _land_projects(self) -> None:
        """'<企业>…拿到/取得…地块(土地使用权)': the firm's plot is a signed project."""
        if not _LAND_RE.search(self.text):
            return  # no sentence can match either: one scan instead of one per sentence
        for s in self.sents:
            m = _LAND_RE.search(s.text)
            if not m:
                continue
            ents = [e for e in self.ents if s.start <= e.start < s.start + m.start()]
            if not ents or any(s.start <= p.start < s.end for p in self.projects_m):
                continue
            e = ents[-1]
            plot = m.group("plot") or ""
            name = strip_legal(e.text) + plot + "地块项目"
            self.projects_m.append(Mention("project", name, e.start, e.end, "project.land", 0.45,
                                           attrs={"owners": [e]}))

    def _alias_mentions(self) -> None:
        """A named project's distinctive head (欧胜高空作业平台 of …新工厂项目) said again elsewhere."""
        extra = []
        spans = sorted((o.start, o.end) for o in self.projects_m)
        starts = [a for a, _ in spans]
        taken: set[int] = set()
        done: set[str] = set()
        for p in list(self.projects_m):
            if p.rule not in ("project.named", "project.site"):
                continue
            short = _HEAD_TAIL.sub("", p.text)
            if len(short) < 5 or short == p.text or short in done:
                continue
            done.add(short)
            for at in find_all(self.text, short):
                i = bisect_right(starts, at) - 1
                if (i >= 0 and spans[i][0] <= at < spans[i][1]) or at in taken:
                    continue
                taken.add(at)
                extra.append(Mention("project", short, at, at + len(short), "project.alias", p.confidence * 0.9,
                                     attrs={"owners": p.attrs.get("owners", [])}))
        self.projects_m.extend(extra)

    def _project_core(self, m: Mention) -> str:
        name = m.text
        if not hasattr(self, "_zones_by_len"):
            self._zones_by_len = tuple(sorted({z.text for z in self.zones}, key=len, reverse=True))
        for z_text in self._zones_by_len if name.startswith(self._zones_by_len) else ():
            if name.startswith(z_text):
                name = name[len(z_text):]
                break
        if not hasattr(self, "_ent_texts"):
            self._ent_texts = tuple(sorted({e.text for e in self.ents}, key=len, reverse=True))
        for e_text in self._ent_texts if name.startswith(self._ent_texts) else ():
            if name.startswith(e_text) and e_text != name:
                name = strip_legal(e_text) + name[len(e_text):]
                break
        name = name.removesuffix("项目")
        return name

    def _cluster_projects(self) -> list[_Project]:
        items: list[tuple[Mention, str, str | None, str | None]] = []
        rests: dict[int, str] = {}
        full_rests: dict[int, str] = {}
        places: dict[int, str] = {}  # the place a name gives after its owner (福耀合肥… -> 合肥)
        for m in self.projects_m:
            core = self._project_core(m)
            owners = m.attrs.get("owners") or []
            owner = owners[0].key if owners else None
            phase_m = _PHASE_RE.search(core)
            items.append((m, core, owner, phase_m.group(0) if phase_m else None))
            rest = core
            if owners:
                for form in (strip_legal(owners[0].text), owners[0].text, enterprise_core(owners[0].text)):
                    if rest.startswith(form):
                        rest = rest[len(form):]
                        break
            rest = strip_region(rest) or rest  # 包头基地 -> 基地: the place says nothing of which project
            places[id(m)] = _owned_place(m.text, owners[0].text if owners else "")  # (but 合肥… and 福清… are two)
            # what the name says beyond its owner; weak when it says nothing particular, or in the
            # headline, which restates a project of the body
            weak = m.rule in ("project.alias", "project.capital", "project.land") or m.end <= self._title_end
            rests[id(m)] = "" if weak else rest
            full_rests[id(m)] = rest
        clusters: list[_Project] = []
        cores: list[set[str]] = []
        long_cores: list[tuple[str, ...]] = []
        for m, core, owner, phase in items:
            target = None
            for i, cl in enumerate(clusters):
                if cl.phase != phase:
                    continue
                long = long_cores[i]  # the cores of four characters or more: one starts the other
                # a base named by its place (广州基地) joins only bases of the same place by a partial name
                same_place = all(o.attrs.get("place") == m.attrs.get("place") for o in cl.mentions)
                same_name = core in cores[i] or (len(core) >= 4 and bool(long) and same_place and (
                    core.startswith(long) or any(map(str.startswith, long, repeat(core)))) and any(
                    (core.startswith(c) or c.startswith(core)) and not _ordinal_extension(core, c) for c in long))
                same_owner = not same_name and owner is not None and owner in cl.owners and any(
                    _compatible_rests(rests[id(m)], rests[id(o)]) for o in cl.mentions) and same_place and \
                    not any(_ordinal_extension(core, c) for c in cores[i]) and \
                    not (m.rule == "project.works_event" and any(o.rule == "project.works_event" for o in cl.mentions)) and \
                    not (m.rule in _QUOTED_RULES and any(o.rule in _QUOTED_RULES for o in cl.mentions))
                # (two parks each named in full with its own event are two projects; so are two names
                # in quotation marks: '募集资金投资项目为“A项目”和“B项目”')
                other_place = bool(places[id(m)]) and any(places[id(o)] and places[id(o)] != places[id(m)]
                                                           for o in cl.mentions)
                if (same_name or same_owner) and not other_place:
                    target = i
                    break
            # co-investors beyond the first owner ('A与B等方面签署投资协议'): owners too, never a reason to join
            co = [o.key for o in (m.attrs.get("owners") or [])[1:] if o.key != owner]
            if target is None:
                clusters.append(_Project([m], ([owner] if owner else []) + co, [], phase))
                cores.append({core})
                long_cores.append((core,) if len(core) >= 4 else ())
            else:
                clusters[target].mentions.append(m)
                if core not in cores[target] and len(core) >= 4:
                    long_cores[target] += (core,)
                cores[target].add(core)
                for k in ([owner] if owner else []) + co:
                    if k not in clusters[target].owners:
                        clusters[target].owners.append(k)
        clusters = self._own_bare_phases(clusters)
        clusters = self._bases_of_zone_projects(clusters)
        clusters = self._merge_appositions(clusters)
        clusters = self._merge_restated(clusters)
        return self._merge_headlines(clusters, cores, full_rests)

    def _merge_restated(self, clusters: list[_Project]) -> list[_Project]:
        """'…“集成电路制造用300mm高端硅片研发与先进制造项目”…。上述300mm硅片项目总投资约46亿元': a project
        restated (上述/前述) under a shorter name is the one named before it whose name holds the short
        name's characters in order."""
        out = list(clusters)
        for cl in clusters:
            restated = [m for m in cl.mentions if self.text.endswith(_RESTATED, 0, m.start)]
            if not restated or cl not in out:
                continue
            short = self._project_core(restated[0])
            into = next((o for o in reversed(out) if o is not cl and o.phase == cl.phase and any(
                m.start < restated[0].start and len(self._project_core(m)) > len(short)
                and _in_order(short, self._project_core(m)) for m in o.mentions)), None)
            if into is not None:
                into.mentions.extend(cl.mentions)
                into.owners.extend(k for k in cl.owners if k not in into.owners)
                out.remove(cl)
        for cl in list(out):
            # '就一项风光制氢一体化示范项目签署协议…这个“满洲里风光制氢一体化示范项目”': the name a demonstrative
            # gives is the full name of the project described before it
            called = {id(m) for m in cl.mentions if _THIS_IS_CALLED.search(self.text, max(0, m.start - 12), m.start)}
            named = [m for m in cl.mentions
                     if id(m) in called or _THIS_NAMED.search(self.text, max(0, m.start - 4), m.start)]
            if not named:
                continue
            full = self._project_core(named[0])
            into = next((o for o in out if o is not cl and o.phase == cl.phase and
                         (not o.owners or not cl.owners or set(o.owners) & set(cl.owners)) and any(
                m.start < named[0].start and len(self._project_core(m)) >= 4 and
                full.endswith(self._project_core(m)) and full != self._project_core(m) for m in o.mentions)), None)
            if into is None and id(named[0]) in called:
                # '…兴建的新厂区…。这个项目名为「集成电路系统级封装…项目」': the name of the project just spoken of
                before = [(max(m.start for m in o.mentions if m.start < named[0].start), o) for o in out
                          if o is not cl and o.phase == cl.phase and any(m.start < named[0].start for m in o.mentions)
                          and (not o.owners or not cl.owners or set(o.owners) & set(cl.owners))]
                into = max(before, key=lambda p: p[0])[1] if before else None
            if into is not None:
                cl.mentions.extend(into.mentions)
                cl.owners.extend(k for k in into.owners if k not in cl.owners)
                out.remove(into)
        return out

    def _merge_appositions(self, clusters: list[_Project]) -> list[_Project]:
        """'建设“X项目”，即Y项目': Y is X under another name, one project."""
        where = {id(m): i for i, cl in enumerate(clusters) for m in cl.mentions}
        ordered = sorted((m for cl in clusters for m in cl.mentions), key=lambda m: m.start)
        into: dict[int, int] = {}
        for a, b in zip(ordered, ordered[1:]):
            i, j = where[id(a)], where[id(b)]
            i = into.get(i, i)
            if i != j and clusters[i].phase == clusters[j].phase and _APPOSITION.fullmatch(self.text, a.end, b.start):
                into[j] = i
        if not into:
            return clusters
        for j, i in into.items():
            clusters[i].mentions.extend(clusters[j].mentions)
            clusters[i].owners.extend(k for k in clusters[j].owners if k not in clusters[i].owners)
        return [cl for j, cl in enumerate(clusters) if j not in into]

    def _own_bare_phases(self, clusters: list[_Project]) -> list[_Project]:
        """A bare phase (一期项目, 公司二期项目, 产业园一期工程) is the phase of the project named with the
        same phase elsewhere in the text, else of the company the sentence or the one before speaks of:
        it takes that company as owner and reads with its name (粤芯半导体一期项目)."""
        def bare(cl: _Project) -> bool:
            return not cl.owners and all(_BARE_PHASE.match(self._project_core(m)) for m in cl.mentions)

        out: list[_Project] = []
        for cl in clusters:
            if cl.phase is None or not bare(cl):
                out.append(cl)
                continue
            same = [o for o in clusters if o is not cl and o.phase == cl.phase and not bare(o)]
            if len(same) == 1:
                same[0].mentions.extend(cl.mentions)
                continue
            first = min(cl.mentions, key=lambda m: m.start)
            sibling = self._sibling_phase(cl, [o for o in clusters if o.phase and o.phase != cl.phase and not bare(o)])
            if sibling is not None:  # '西安奕斯伟硅产业基地二期 … 基地一期于2018年动工': 西安奕斯伟硅产业基地一期
                stem, owners = sibling
                cl.owners.extend(k for k in owners if k not in cl.owners)
                for m in cl.mentions:
                    m.attrs.setdefault("said_as", m.text)
                    m.text = stem + cl.phase
                out.append(cl)
                continue
            owner = self._phase_owner(first)
            if owner is not None:
                cl.owners.append(owner.key)
                short = strip_legal(self.ent_name.get(owner.key, owner.text))
                for m in cl.mentions:
                    ph = _BARE_PHASE.match(self._project_core(m))
                    m.attrs.setdefault("said_as", m.text)
                    m.text = short + ph.group("ph") + ("工程" if m.text.endswith("工程") else "项目")
            out.append(cl)
        return out

    def _bases_of_zone_projects(self, clusters: list[_Project]) -> list[_Project]:
        """'厦门基地已建成投产' after '…项目签约落户厦门火炬高新区': a base named by a place is the one
        project the text places in a zone of that place, when there is exactly one."""
        zones: dict[int, str | None] = {}

        def zone_of(o: _Project) -> str | None:  # memoised: read for every pair of clusters
            if id(o) not in zones:
                first = min(o.mentions, key=lambda m: m.start)
                zones[id(o)] = self._zone_near(first.start, self.sentence_of(first.start))
            return zones[id(o)]

        def owner_only(o: _Project) -> bool:  # '中创新航项目': the company's project, no more said
            return all(m.rule == "project.named" and m.attrs.get("owners") and
                       strip_legal(m.text.removesuffix("项目")) in {strip_legal(w.text) for w in m.attrs["owners"]}
                       for m in o.mentions)

        out: list[_Project] = []
        for cl in clusters:
            places = {m.attrs.get("place") for m in cl.mentions}
            if any(_PHASE_RE.search(m.text) for m in cl.mentions):
                out.append(cl)
                continue
            if len(places) == 1 and None not in places:
                place = places.pop()
                fits = lambda o, place=place: (zk := zone_of(o)) is not None and self._zone_in_place(zk, place)
            elif owner_only(cl) and zone_of(cl) is not None:
                zone = zone_of(cl)
                fits = lambda o, zone=zone: zone_of(o) == zone
            else:
                out.append(cl)
                continue
            hosts = [o for o in clusters if o is not cl and not all(m.attrs.get("place") for m in o.mentions)
                     and not owner_only(o) and fits(o)]
            if len(hosts) != 1:
                out.append(cl)
                continue
            hosts[0].mentions.extend(cl.mentions)
            for k in cl.owners:
                if k not in hosts[0].owners:
                    hosts[0].owners.append(k)
        return out

    def _sibling_phase(self, cl: _Project, others: list[_Project]) -> tuple[str, list[str]] | None:
        """The one named project another phase of which a bare phase is: its name before its phase,
        when it holds the bare phase's head (基地 of 基地一期), and its owners."""
        heads = {self._project_core(m).split(cl.phase)[0].lstrip("公司该其本") for m in cl.mentions}
        found: dict[str, list[str]] = {}
        for o in others:
            for m in o.mentions:
                at = m.text.find(o.phase)
                stem = m.text[:at]
                if at > 2 and all(stem.endswith(h) for h in heads):
                    found.setdefault(stem.removesuffix("项目"), o.owners)
        if len(found) != 1:
            return None
        return next(iter(found.items()))

    def _phase_owner(self, m: Mention) -> Mention | None:
        """The company a bare phase belongs to: the last one named before it in its sentence, else in
        the two sentences before (公司一期项目…, after a sentence on the company)."""
        i = self.index.at(m.start)
        for j in range(i, max(-1, i - 3), -1):
            before = [e for e in self.ents_in[j] if e.end <= m.start]
            if before:
                return before[-1]
        return None

    def _merge_headlines(self, clusters: list[_Project], cores: list[set[str]],
                         rests: dict[int, str]) -> list[_Project]:
        """A headline's project (通威25GW高效晶硅电池项目) joins the body's project whose name holds
        what the headline says beyond its owner (…年产25GW高效晶硅电池项目), even under another owner
        (the parent in the headline, the subsidiary in the body)."""
        out: list[_Project] = []
        for i, cl in enumerate(clusters):
            if not all(m.end <= self._title_end for m in cl.mentions):
                out.append(cl)
                continue
            said = [rests.get(id(m), "") for m in cl.mentions]
            target = next((o for j, o in enumerate(clusters) if j != i and o.phase == cl.phase
                           and not all(m.end <= self._title_end for m in o.mentions)
                           and any(len(r) >= 4 and any(r in c for c in cores[j]) for r in said)), None)
            if target is None:
                out.append(cl)
                continue
            target.mentions.extend(cl.mentions)
            for k in cl.owners:
                if k not in target.owners:
                    target.owners.append(k)
        return out

    def _scope(self, m: Mention) -> list[tuple[int, int]]:
        """Where a mention's facts are stated (memoised)."""
        cache = self.__dict__.setdefault("_scope_cache", {})
        if id(m) not in cache:
            cache[id(m)] = self._scope_of(m)
        return cache[id(m)]

    def _scope_of(self, m: Mention) -> list[tuple[int, int]]:
        """Where a mention's facts are stated: its clause group (lists) or its sentence and the next ones."""
        if m.rule == "project.list":
            lo = m.attrs.get("clause_start", m.start)
            s = self.sentence_of(m.start)
            # to the end of the sentence, stopping at the next list of projects
            hi = s.end
            after = m.attrs.get("list_end", m.end)
            k = bisect_right(self._list_starts, after)
            nxt = [st for st in self._list_starts[k:k + 1] if st < s.end]
            if nxt:
                cut = self.text.rfind("，", m.end, min(nxt))
                cut2 = self.text.rfind(",", m.end, min(nxt))
                hi = max(cut, cut2) if max(cut, cut2) > m.end else min(nxt)
            return [(lo, hi)]
        row = self.rows.at(m.start)
        if row is not None and in_cell(row, "name", m):
            return [(row.start, row.end)]  # a table row speaks of its project alone
        i = self.index.at(m.start)
        s = self.sents[i]
        spans = [(s.start, s.end)]
        if _QUOTE_ATTRIB.search(s.text) and i > 0 and len(s.text) < 80:
            spans.insert(0, (self.sents[i - 1].start, self.sents[i - 1].end))
        last = i
        owner_keys = {o.key for o in m.attrs.get("owners") or []}
        if i > 0 and owner_keys and (self._owner_signed_before(i - 1, owner_keys) or
                                     self._owner_invests_before(i - 1, owner_keys)):
            # '近日，管委会与<企业>签订合作协议。<企业>将投资…建设<项目>。': the signing is the project's;
            # '<企业>宣布…追加投资43亿元。此次<企业>…扩建项目将…': so is the amount the owner opened with
            spans.insert(0, (self.sents[i - 1].start, self.sents[i - 1].end))
        # '项目名称：X' opening a form of '字段：值' lines (建设地点, 投资金额 …): the form is the project's
        form = bool(self._form_fields(m))
        for j in range(i + 1, min(i + (10 if form else 4), len(self.sents))):
            n = self.sents[j]
            if n.paragraph != s.paragraph and j > i + 1 and not (form and _FIELD_LINE.match(n.text)):
                break
            if self._projects_per_sentence[j]:
                break
            if owner_keys and self._other_subject(j, owner_keys):
                break  # the next sentence speaks of another company's doings
            spans.append((n.start, n.end))
            last = j
        # a later paragraph that opens on the project again (产业园一期拟投资…, 该项目…) still speaks of it
        head = _HEAD_WORD.search(m.text.removesuffix("项目"))
        anaphor = _anaphor(head.group(0) if head else "")
        for j in range(last + 1, min(last + 4, len(self.sents))):
            n = self.sents[j]
            if self._projects_per_sentence[j]:
                break
            if anaphor.match(n.text.strip()) or (owner_keys and self._owner_states_amount(j, owner_keys)):
                spans.append((n.start, n.end))
        return spans

    def _form_fields(self, m: Mention) -> list[Sentence]:
        """The '字段：值' lines after a form's opening line ('项目名称：X', '1. X项目'), when m opens one."""
        i = self.index.at(m.start)
        s = self.sents[i]
        if not _FORM_START.match(s.text) or s.text.count("。") > 1:
            return []
        out = []
        for j in range(i + 1, min(i + 10, len(self.sents))):
            n = self.sents[j]
            if not _FIELD_LINE.match(n.text) or _FORM_START.match(n.text):
                break
            out.append(n)
        return out

    def _form_field(self, m: Mention, field: re.Pattern) -> Sentence | None:
        return next((n for n in self._form_fields(m) if field.match(n.text)), None)

    def _owner_signed_before(self, j: int, owner_keys: set[str]) -> bool:
        """Sentence j, of no project, says the owner signed an agreement."""
        if self._projects_per_sentence[j] or not any(e.key in owner_keys for e in self.ents_in[j]):
            return False
        return _SIGNED.search(self.sents[j].text) is not None

    def _owner_invests_before(self, j: int, owner_keys: set[str]) -> bool:
        """Sentence j, of no project, opens on the owner and states what it invests (追加投资43亿元)."""
        ents = self.ents_in[j]
        return not self._projects_per_sentence[j] and bool(ents) and ents[0].key in owner_keys \
            and ents[0].start - self.sents[j].start <= 2 and _CAPITAL_RE.search(self.sents[j].text) is not None

    def _owner_states_amount(self, j: int, owner_keys: set[str]) -> bool:
        """Sentence j opens on the project's owner and gives the project's amount
        ('中芯国际将…设立一家公司，注册资本为…，项目投资总额为75亿美元')."""
        ents = self.ents_in[j]
        return bool(ents) and ents[0].key in owner_keys and ents[0].start - self.sents[j].start <= 2 \
            and _PROJECT_AMOUNT.search(self.sents[j].text) is not None

    def _other_subject(self, j: int, owner_keys: set[str]) -> bool:
        """Sentence j opens on a company that owns none of the project (其中…，B则把…)."""
        n = self.sents[j]
        ents = self.ents_in[j]
        if not ents or any(e.key in owner_keys for e in ents):
            return False
        return ents[0].start - n.start <= 16 and not re.search(r"[，,]", self.text[n.start:ents[0].start])

    def _display_name(self, name: str) -> str:
        """A project name led by a legal company name reads with the short name (常诚车业年产…项目)."""
        for suf in LEGAL_SUFFIXES:
            i = name.find(suf)
            if 0 < i:
                head = name[: i + len(suf)]
                rest = name[i + len(suf):]
                if rest:
                    return strip_legal(head) + rest
        return name

    def _investment(self, lo: int, hi: int, m: Mention) -> Money | None:
        i = bisect_left(self._money_at, lo)
        if i == len(self._money_at) or self._money_at[i] >= hi:
            return None  # no currency word in the span: no amount
        if lo <= m.start < hi:
            # '总投资11.3亿元的A项目、总投资6亿元的B项目': the amount right before a name is its own
            own = _AMOUNT_BEFORE.search(self.text, max(lo, m.start - 24), m.start)
            a = investment_in(own.group(0)[:-1], own.start()) if own else None
            if a:
                return a.money
            # '…、A项目投资5.2亿元，B项目投资5.1亿元': the amount right after a name is its own
            own = _AMOUNT_AFTER.match(self.text, m.end, hi)
            a = investment_in(own.group(0), own.start()) if own else None
            if a:
                return a.money
        previous = ""
        for c_lo, c_hi in _sub_clauses(self.text, lo, hi):
            clause = self.text[c_lo:c_hi]
            counted, previous = _COUNTED_PROJECTS.search(previous), clause
            if counted or _COUNTED_TOTAL.search(clause):
                continue  # '新华区有7个项目入选，总投资94亿元，X项目就在其中': the total of the count
            a = investment_in(clause, c_lo)
            if a:  # an inexact amount (逾百亿元) keeps its qualifier; the eval format writes it as null
                return a.money
        return None

    def _first_phase(self, spans, investment: Money | None) -> tuple[str, Money, int] | None:
        """'总投资150亿元…其中一期投资30亿元': (phase, its amount, where it is said) when the
        whole has an exact amount and the phase a smaller exact one."""
        if investment is None or investment.qualifier not in ("exact", "about"):
            return None
        for lo, hi in spans:
            for m in _FIRST_PHASE_RE.finditer(self.text, lo, hi):
                at = m.end()  # the clause that states the amount, after '一期，'
                end = next(iter(_sub_clauses(self.text, at, hi)), (at, hi))[1]
                a = investment_in(self.text[at:end], at)
                if a and a.exact and a.money.currency == investment.currency and a.money.value < investment.value:
                    return m.group("ph"), a.money, m.start()
        return None

    def _phase_split(self, spans, hits: list[StageHit], year: int | None, month: int | None
                     ) -> list[tuple[str, Money | None, str | None]] | None:
        """One project per phase, (phase, its amount, its stage), when two phases each have their own
        exact amount ('一期 … 总投资10亿元 … 二期 … 总投资25亿元') or their own, different stages
        ('项目一期已建成投产；项目二期于年末开工'). A whole said only in total stays one project."""
        text = self.text
        amounts: dict[str, Money] = {}
        phase_hits: dict[str, list[StageHit]] = {}
        marks_in = [(hi, list(_PHASE_MARK_RE.finditer(text, lo, hi))) for lo, hi in spans]
        if len({pm.group(0) for _, marks in marks_in for pm in marks}) < 2:
            return None  # a split needs two different phases named
        for hi, marks in marks_in:
            for k, pm in enumerate(marks):
                ph = pm.group(0)
                end = marks[k + 1].start() if k + 1 < len(marks) else hi
                for c_lo, c_hi in _sub_clauses(text, pm.start(), end):
                    a = investment_in(text[c_lo:c_hi], c_lo)
                    if a and a.exact:
                        amounts.setdefault(ph, a.money)
                        break
                phase_hits.setdefault(ph, []).extend(h for h in hits if pm.start() <= h.start < end)
        phases = list(dict.fromkeys(pm.group(0) for _, marks in marks_in for pm in marks))
        stages = {ph: stage_from_hits(phase_hits.get(ph, []), text, self.know, year, month)[0] for ph in phases}
        if len(amounts) >= 2:
            # a phase at the stage its own clauses tell, else at the stage said of all phases (…项目签约落户,
            # 一期投资…达产后…); one with only a plan of its own ('一期…建成投产；二期计划投资20亿元，预计2026年
            # 开工') at none ('' tells the caller so), not at another phase's
            own = {id(h) for found in phase_hits.values() for h in found}
            common = stage_from_hits([h for h in hits if id(h) not in own], text, self.know, year, month)[0]
            return [(ph, amounts[ph], stages[ph] or common or ("" if phase_hits.get(ph) else None))
                    for ph in phases if ph in amounts]
        if sum(st is not None for st in stages.values()) >= 2 and \
                len({st for st in stages.values() if st is not None}) >= 2:
            return [(ph, amounts.get(ph), stages[ph]) for ph in phases if stages[ph] is not None]
        return None

    def _project_segments(self, name: str, spans, chains: list[str]) -> list[str]:
        """Segments from the project's name, then from the products its own sentences
        name (年产300万片膜电极产线…), within the project's chains."""
        know = self.know
        out = know.segments_of(name)
        if out:
            return out  # the name says what it makes (质子交换膜生产线); its sentences may name its uses
        for lo, hi in spans:
            for seg in know.segments_of(self.text[lo:hi]):
                if seg not in out and seg.split(".", 1)[0] in chains:
                    out.append(seg)
        return out

    def _project_chains(self, cl: _Project, spans) -> list[str]:
        know = self.know
        names = " ".join(m.text for m in cl.mentions)
        desc = " ".join(m.attrs.get("list_descriptor", "") for m in cl.mentions)
        # a list's own descriptor (…等氢能产业项目) says what kind its items are
        chains = know.chains_of(desc)[:1]
        if not chains:
            # the name's product: Chinese compounds put the head last (太阳能电解水制氢 is hydrogen), and a
            # product term says more than a market word; 智能制造 only says how it is made
            hits = [c for c in know.classify(names.split(" ")[0]) if c.segment and c.keyword not in _MODE_WORDS]
            # (a mode word alone, 智造中心, says how it is made, not what: no chain from it)
            head = max(hits, key=lambda c: (c.end, c.end - c.start)) if hits else None
            if head is not None and head.keyword in _SHARED_PRODUCTS:
                # a product two chains make (硅片): the name's other words say whose (集成电路制造用…硅片)
                head = next((c for c in know.classify(names) if c.chain != head.chain), head)
            chains = [head.chain] if head is not None else \
                [c.chain for c in know.classify(names) if c.keyword not in _MODE_WORDS][:1]
        if not chains:
            chains = ending_chains(names)[:1]
        if not chains:
            if not chains and any(w in names + desc for w in OTHER_PROJECT_WORDS):
                chains = ["other"]
        if not chains and any(m.rule != "project.list" for m in cl.mentions):
            # a product term (a segment keyword) says more than a market word (光伏产业园区)
            hits = [c for lo, hi in spans[:3] for c in know.classify(self.text[lo:hi])]
            product = [c for c in hits if c.segment]
            if product or hits:
                chains = [(product or hits)[0].chain]
        if not chains:
            for key in cl.owners:
                ref = next((m.attrs.get("ref") for m in self.ent_groups.get(key, []) if m.attrs.get("ref")), None)
                if ref is not None and getattr(ref, "chains", ()):
                    chains = list(ref.chains[:1])
                    break
        name = cl.mentions[0].text
        if not name.endswith("工程"):  # (…光伏制氢项目输氢管道工程: the works of its hydrogen part)
            chains += [c for w, c in ALSO_CHAINS.items() if w in name and c not in chains][:1]
        return chains


# products of more than one chain: solar and chip wafers are both 硅片
_SHARED_PRODUCTS = frozenset({"硅片"})
_GENERIC_BIGRAMS = {"项目", "基地", "工厂", "生产", "产线", "建设", "一期", "二期", "三期", "产业", "制造", "中心", "研发"}


_AMOUNT_BEFORE = re.compile(r"(?:总投资|计划投资|投资)[^，,。；;、的]{1,14}?元的$"
                            # '还计划投资60亿元在安徽亳州建设<项目>': the amount it invests to build it
                            r"|(?:计划|拟|将)投资[^，,。；;、的在]{1,12}?元(?:在[^，,。；;、的]{2,10})?(?:投资)?(?:建设|新建|兴建)$")
_AMOUNT_AFTER = re.compile(r"[，,]?(?:项目)?(?:总投资|计划投资|投资总额|投资额|投资|(?<=项目)预算|总预算)(?:额|约|为|达)?"
                           r"[^，,。；;、]{0,6}?元")
_SIGNED = re.compile(r"签订|签署|签约")
_PROJECT_AMOUNT = re.compile(r"项目(?:总投资|投资总额|计划投资|投资额|总投资额)")
_ANAPHORS: dict[str, re.Pattern] = {}


def _anaphor(head: str) -> re.Pattern:
    """A sentence opening on a project again: (该)项目, its head noun (产业园), or a phase (二期)."""
    if head not in _ANAPHORS:
        heads = "项目" + (f"|{re.escape(head)}" if head else "")
        _ANAPHORS[head] = re.compile(r"^(?:[^，,。；;]{0,8}[，,])?(?:该|这一|此|这个|这座|这条)?"
                                     rf"(?:(?:{heads})(?:[一二三四五]期)?|[一二三四五]期)")
    return _ANAPHORS[head]


_ORDINAL_PLANT = re.compile(r"[一二三四五六七八九十\d]+(?:号)?(?:厂|工厂|线|产线|号线|期)")


def _one_each(mentions: list[Mention]) -> list[Mention]:
    """One mention per company (its last), in the order the companies first appear."""
    return list({e.key: e for e in mentions}.values())


# money raised from investors (a listed company's offering) that a project is to receive
_RAISED_MONEY = re.compile(r"募集资金|募资|所募资金|募投")
# the verb right before a project's name: its builder is the sentence's subject
_BUILDS_RIGHT_BEFORE = ("投资建设", "投资兴建", "投建", "建设", "兴建", "新建")


def _companies_within(ents_sorted: list[Mention], ent_starts: list[int], lo: int, hi: int) -> list[Mention]:
    """The companies named inside [lo, hi), one mention each (``ent_starts``: the starts of ``ents_sorted``)."""
    return _one_each([e for e in ents_sorted[bisect_left(ent_starts, lo):bisect_left(ent_starts, hi)] if e.end <= hi])


def _owned_place(name: str, owner: str) -> str:
    """The place a project's name gives right after its owner (福耀合肥汽车安全玻璃项目 -> 合肥), '' when none."""
    # (or its brand, the core's first two characters: 福耀 of 福耀玻璃)
    for form in (strip_legal(owner), owner, enterprise_core(owner), enterprise_core(owner)[:2]) if owner else ():
        if len(form) >= 2 and name.startswith(form):
            name = name[len(form):]
            break
    else:
        return ""
    return name[:len(name) - len(strip_region(name) or name)]


def _ordinal_extension(a: str, b: str) -> bool:
    """One name extends the other by an ordinal plant or line (…制造项目 vs …制造二厂项目): two projects."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer.startswith(shorter) and bool(_ORDINAL_PLANT.search(longer[len(shorter):]))


_CAPACITY_LEAD = re.compile(r"年产[\d.]+[万亿千百]?(?:[A-Za-z]{1,3}|[吨辆台套片只颗块件])")


_RESTATED = ("上述", "前述", "所述")
_THIS_NAMED = re.compile(r"(?:这个|这一|此)[“「\"『]?$")
_THIS_IS_CALLED = re.compile(r"(?:这个|这一|该|此)项目(?:名为|名称为|名称是|全称为|全称是|叫做?)[“「\"『]?$")


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` occur in ``long`` in the same order."""
    it = iter(long)
    return all(ch in it for ch in short)


def _compatible_rests(a: str, b: str) -> bool:
    """Two names of one owner's project(s): one says nothing particular, both start alike,
    or they share a distinctive word (第6代柔性AMOLED生产线 / 柔性屏项目)."""
    weak = ("", "新", "新项目", "增资", "投资", "新工厂", "工厂", "基地")
    if a in weak or b in weak or len(a) <= 1 or len(b) <= 1:
        return True
    ca, cb = _CAPACITY_LEAD.match(a), _CAPACITY_LEAD.match(b)
    if ca and cb:
        if ca.group(0) != cb.group(0):
            return False  # 年产5万吨… and 年产15GWh…: two capacities, two plants
        a, b = a[ca.end():], b[cb.end():]
        if not a or not b:
            return True
    if a[:2] == b[:2]:
        return True
    grams = {a[i:i + 2] for i in range(len(a) - 1)} - _GENERIC_BIGRAMS
    return any(b[i:i + 2] in grams for i in range(len(b) - 1))


def _sub_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for m in re.finditer(r"[，,；;。！？!?\n]", text[lo:hi]):
        out.append((start, lo + m.start()))
        start = lo + m.end()
    if start < hi:
        out.append((start, hi))
    return out
