"""Stage of a project at the article's date, and its planned dates.

A stage cue (签约, 开工, 封顶, 投产 …; the ontology's stage keywords plus the
cues of ``lexicon.STAGE_CUES``) counts only when it reports a fact: a cue after
a target or plan marker in its clause (推动…开工, 力争…落地, 预计明年量产) is a
plan, not the stage. One exception, from the annotation conventions: a
project that must be 竣工投产 this year (确保/力争…竣工投产) is being built now.
Among the reported cues the most advanced stage wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .knowledge import Knowledge, longest_matches
from .lexicon import FINISH_TARGET, FINISH_TARGET_MARKERS, SITE_CUES, TARGET_MARKERS

_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:\n]")
_NEGATION = ("未", "尚未", "没有", "暂未", "不")
_MARKER_RE = re.compile("|".join(sorted(map(re.escape, TARGET_MARKERS), key=len, reverse=True)))
# 'X以来' is the past (自项目落户以来, 复工以来): the cue before it happened.
_SINCE = re.compile(r"^[^，,。；;]{0,12}以来")


_COMMISSIONING = ("调试", "试生产", "试运行", "试车", "联调", "设备安装", "进行设备安装", "设备安装阶段", "安装调试", "设备安装调试")
_NOW_DOING = re.compile(r"(?:目前|正在|现正|正|已进入|进入)[^，,。；;]{0,20}$")

# A clause that is a date and the cue ('…预计2024年6月前开工建设，2025年12月底竣工投产'): the next
# step of the plan a clause before it dates
_DATE_ONLY = re.compile(r"\s*(?:并|并于|于|将于|再于)?(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|末|初|中旬|上旬|下旬)?"
                        r"(?:前|以前)?(?:实现|全面)?(?:竣工|建成|完工|开工)?$")
_PLANNED_DATE = re.compile(r"(?:预计|计划|力争|争取|确保|拟于|拟在|有望)(?:于|在)?(?:\d{4}年|\d{1,2}月)")
_TIME_AFTER = re.compile(r"(?:达产|投产|投运|运营|使用|竣工|建成)?(?:后|以后|之后|初期|之初)")
# Markers that carry over to the following clauses of their sentence.
_LEAD_MARKER_RE = re.compile(r"(?:按照|根据|按)?(?:预计|计划)|力争|争取|确保|有望|拟|目标")


def _leading_plan(prev: str) -> bool:
    """A short plan clause that governs the next ones ('预计今年10月底，厂房就能竣工')."""
    for clause in re.split(r"[，,；;：:]", prev):
        clause = clause.strip()
        if clause and _LEAD_MARKER_RE.match(clause) and len(clause) <= 10 and not re.search(r"亿|万|元", clause):
            return True
    return False


def _previous_clauses(text: str, c_start: int, lo: int, n: int) -> str:
    """The n clauses before c_start, not crossing a sentence end or ``lo``."""
    start = c_start
    for _ in range(n):
        if start <= lo:
            break
        e = start - 1
        prev_break = max(text.rfind("，", lo, e), text.rfind(",", lo, e), text.rfind("；", lo, e),
                         text.rfind(";", lo, e), text.rfind("：", lo, e), text.rfind(":", lo, e))
        sent_break = max(text.rfind("。", lo, e), text.rfind("！", lo, e), text.rfind("？", lo, e),
                         text.rfind("!", lo, e), text.rfind("?", lo, e), text.rfind("\n", lo, e))
        if sent_break >= prev_break:
            start = max(lo, sent_break + 1)
            break
        start = prev_break + 1
    return text[start:c_start]


@dataclass(frozen=True, slots=True)
class StageHit:
    stage: str
    start: int
    end: int
    cue: str
    target: bool  # a plan or target, not a fact


def _clause_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, pos):
        start = m.end()
    m = _CLAUSE_BREAK.search(text, pos, hi)
    return start, (m.start() if m else hi)


def stage_cues(text: str, know: Knowledge, found: list | None = None) -> list[tuple[int, int, str, str]]:
    """Every stage cue of a text, once: (start, end, word, stage id), in order
    (``found``: ``know.dictionary_hits(text)["stage"]`` when already computed)."""
    return list(longest_matches(know.stage_auto, text)) if found is None else found


_SHELL = re.compile(r"主体|土建|结构")
# Plant buildings done while the tools go in (主厂房已经完工，设备正在进行安装): still being built; a
# finished 厂房 with no tools said to be going in is the project's completion.
_TOOLS_GOING_IN = re.compile(r"设备[^。！？!?；;\n]{0,12}?(?:安装|调试|进场)")
_ABLE = ("能够", "能", "可以", "具备", "有能力")
_WORK_NOUNS = ("队伍", "单位", "企业", "人员", "图纸", "合同", "总包")
# A stage put off: '量产推迟到明年', '投产时间再度延期', '推迟量产'.
_DELAY_WORDS = ("推迟", "延期", "延迟", "推后", "延后", "顺延")
_DELAYED_AFTER = re.compile(r"(?:的)?(?:时间|计划|日期|节点|目标)?(?:由[^，,。；;]{0,14}?)?"
                            r"(?:将|已|被|再度|再次|再|又|一再|或将|可能|一度)*"
                            r"(?:推迟|延期|延迟|推后|延后|顺延)")
# A date not yet set: '投产时间待定', '量产日期尚未确定'.
_DATE_OPEN_AFTER = re.compile(r"(?:的)?(?:时间|日期|节点)(?:仍|尚|还)?(?:待定|未定|不确定|未确定|尚未确定|待确定)")
_MADE_IN_SERIES = "车型版款"
_IN_PHASES = re.compile(r"分(?:[一二两三四五六]|\d)?(?:期|个阶段|步)(?:实施|推进)?$")  # (分期建成: in phases, no count)
# A plan's label ('被列为今年新开工项目', '列入年度开工计划'): the class it is planned in, not its stage
_LISTED_AS = re.compile(r"(?:列为|列入|纳入|作为)[^，,。；;]{0,8}?(?:新|计划|拟)?$")
_LISTED_CLASS_AFTER = re.compile(r"(?:项目|计划|清单|名单)")
# Characters that make a following 试 the end of a word (测试, 调试, 考试, 尝试).
_TEST_HEADS = "测调考尝"


def _tools_going_in(text: str, pos: int) -> bool:
    """Tools said to be going in after ``pos``, in its sentence."""
    end = text.find("。", pos)
    return bool(_TOOLS_GOING_IN.search(text, pos, len(text) if end < 0 else end))


def stage_hits(text: str, lo: int, hi: int, know: Knowledge,
               cues: list[tuple[int, int, str, str]] | None = None) -> list[StageHit]:
    """Stage cues in text[lo:hi], each marked as a fact or a target (``cues``: ``stage_cues(text)``)."""
    out: list[StageHit] = []
    if cues is None:
        found = [(s + lo, e + lo, w, st) for s, e, w, st in longest_matches(know.stage_auto, text[lo:hi])]
    else:
        i = bisect_left(cues, (lo,))
        found = []
        while i < len(cues) and cues[i][1] <= hi:
            found.append(cues[i])
            i += 1
    for s, e, word, stage in found:
        c_start, c_end = _clause_bounds(text, s, lo, hi)
        before = text[c_start:s]
        if before.endswith(_NEGATION) or text[e:e + 2] in ("许可", "手续", "审批", "资质"):
            continue  # not yet / a permit (施工许可证) is not the stage
        if before.endswith(_ABLE):
            continue  # '能够量产12英寸大硅片的企业': what a company can do, not a project's stage
        if word == "施工" and (text[e:e + 2] in _WORK_NOUNS or text[e:e + 1] and text[e:e + 1] in "方图"):
            continue  # 施工队伍, 施工单位, 施工方, 施工图: who builds or the drawings, not that building is under way
        if word == "量产" and text[e:e + 1] and text[e:e + 1] in _MADE_IN_SERIES:
            continue  # '首款量产车型', '量产版': a model made in series, not a plant's stage
        if s > 0 and word.startswith("试") and text[s - 1] in _TEST_HEADS:
            continue  # 封装测试生产基地, 调试生产线: 试 ends another word; no 试生产 here
        if text[e:e + 1] == "的" and before.endswith(("已", "已经", "现已", "新")):
            continue  # '借用已建成的厂房': the cue describes another thing, not the project
        # a plan marker in this clause or the two before it in the sentence (预计今年10月底，厂房就能竣工)
        prev = _previous_clauses(text, c_start, lo, 2)
        target = (bool(_MARKER_RE.search(before)) or _leading_plan(prev) or
                  _DATE_ONLY.match(before) is not None and _PLANNED_DATE.search(prev) is not None) \
            and not _SINCE.match(text[e:c_end + 1])
        if _TIME_AFTER.match(text, e):
            target = True  # 建成后 / 建成达产后 / 投产初期: a condition or a time after it, not a fact
        if _IN_PHASES.search(before):
            target = True  # '项目分三期建成': how it will be built, not that it is
        if _LISTED_AS.search(before) and _LISTED_CLASS_AFTER.match(text, e):
            target = True  # '被列为今年新开工项目': a plan's label, not a start
        if _DELAYED_AFTER.match(text, e) or before.endswith(_DELAY_WORDS) or _DATE_OPEN_AFTER.match(text, e):
            target = True  # '量产时间推迟到明年', '推迟量产', '投产时间待定': a date put off or open, not reached
        if stage == "completed" and (_SHELL.search(before) or "厂房" in before and _tools_going_in(text, e)):
            stage = "under_construction"  # '厂房主体已经完工': the shell is done, the project is not
        out.append(StageHit(stage, s, e, word, target))
    return out


def _later_year(before: str, year: int | None) -> bool:
    """The target clause names a year after the article's (力争2024年建成投产, written in 2022)."""
    if year is None:
        return False
    if re.search(r"明年|后年", before):
        return True
    return any(int(y) > year for y in re.findall(r"(20\d\d)年", before))


def _site_only(h: StageHit, hits: list[StageHit], text: str) -> bool:
    """A site word (项目工地, 建设现场) naming where a 开工 event of the same sentence took place:
    the event gives the stage, not the site (集中开工，主会场设在…项目工地)."""
    if h.cue not in SITE_CUES:
        return False
    for o in hits:
        if o.stage == "started" and not o.target and not re.search(r"[。！？!?\n]", text[min(o.end, h.end):max(o.start, h.start)]):
            return True
    return False


_DATED = re.compile(r"(20\d\d)年(?:(\d{1,2})月)?")


def _long_ago(h: StageHit, text: str, year: int | None, month: int | None) -> bool:
    """The cue's clause dates it half a year or more before the article ('项目于2022年1月3日开工', written
    in March 2024): a start that long ago means the works go on now."""
    if year is None:
        return False
    c_start, _ = _clause_bounds(text, h.start, max(0, h.start - 40), h.end)
    dates = _DATED.findall(text, c_start, h.start)
    if not dates:
        return False
    y, m = dates[-1]
    months = (year - int(y)) * 12 + ((month or 12) - int(m or 12) if month and m else 0)
    return months >= 6


def stage_from_hits(hits: list[StageHit], text: str, know: Knowledge,
                    year: int | None = None, month: int | None = None) -> tuple[str | None, StageHit | None]:
    """The stage now: the most advanced fact; 确保/力争 … 竣工投产 (this year) -> under construction;
    开工 half a year or more before the article -> under construction.
    ``year``, ``month``: the article's date, when known."""
    best: tuple[int, str, StageHit] | None = None
    for h in hits:
        stage = h.stage
        if h.target:
            c_start, _ = _clause_bounds(text, h.start, max(0, h.start - 80), h.end)
            before = text[c_start:h.start]
            window = text[h.start:h.start + 6]
            if any(m in before for m in FINISH_TARGET_MARKERS) and window.startswith(FINISH_TARGET) and \
                    not _later_year(before, year):
                stage = "under_construction"
            else:
                continue
        elif _site_only(h, hits, text):
            continue
        order = know.stage_order.get(stage, 0)
        if best is None or order > best[0]:
            best = (order, stage, h)
    if best is None:
        return None, None
    if best[1] == "completed":
        # '一期已于去年底建成，目前正在调试生产线', '车间已经竣工，工人们正在进行…的设备安装': built, and now being
        # fitted or commissioned (调试, 设备安装 are construction)
        for h in hits:
            if not h.target and h.start > best[2].end and h.cue in _COMMISSIONING and \
                    _NOW_DOING.search(text, max(0, h.start - 24), h.start) and \
                    not text.startswith("准备", h.end):  # (进入试生产准备阶段: not yet)
                return "under_construction", h
    if best[1] == "started" and _long_ago(best[2], text, year, month):
        return "under_construction", best[2]
    return best[1], best[2]


_REL_YEAR = {"今年": 0, "当年": 0, "本年": 0, "明年": 1, "次年": 1, "后年": 2, "去年": -1, "上年": -1}
_REL_RE = re.compile("|".join(_REL_YEAR))


def resolve_relative_years(phrase: str, article_date: str | None) -> str:
    """预计明年量产 at 2021-07-25 -> 预计2022年量产."""
    if not article_date or not article_date[:4].isdigit():
        return phrase
    year = int(article_date[:4])
    return _REL_RE.sub(lambda m: f"{year + _REL_YEAR[m.group(0)]}年", phrase)


def planned_dates(hits: list[StageHit], text: str, article_date: str | None) -> str | None:
    """The target clauses (预计明年量产; 2026年完成建设) with relative years resolved."""
    parts: list[str] = []
    for h in hits:
        if not h.target:
            continue
        c_start, c_end = _clause_bounds(text, h.start, max(0, h.start - 60), min(len(text), h.end + 30))
        clause = text[c_start:c_end].strip()
        if re.search(r"\d{4}年|今年|明年|后年|月|季度|年底|年内", clause) and clause not in parts:
            parts.append(resolve_relative_years(clause, article_date))
    return "；".join(parts) if parts else None
