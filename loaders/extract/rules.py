"""The rule-based extractor: an Article in, its ArticleFacts out (pure).

Steps: find zone, enterprise and project mentions (``zones``, ``enterprises``,
``projects``), group mentions of one entity (``chainkg.loaders.resolve``),
then read each project's stage, money, capacity and dates from the sentences
around its mentions (``stages``, ``money``) and the relations of each sentence
(``relations``). Every fact keeps the sentence and rule it came from.

This module holds the run's skeleton (mentions, name resolution, positions);
``project_assembly`` and ``entity_assembly`` hold the two halves of turning
mentions into facts, as mixins of the same run.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from ..facts import Article, ArticleFacts, EnterpriseFact, Evidence, Money, PartnershipFact, ProjectFact, SupplyFact
from ..resolve import cluster_cores, enterprise_core, strip_legal, strip_region
from . import relations
from .enterprises import find_enterprises
from .entity_assembly import EntityAssembly
from .knowledge import Knowledge, knowledge
from .lexicon import LEGAL_SUFFIXES, is_place_name, locate_division, regions
from .mentions import Mention
from .money import investment_in, output_value_in
from .project_assembly import LOCATION_FIELD, ProjectAssembly, _Project
from .projects import find_listed, find_named
from .tables import RowIndex, in_cell as _in_cell, milestones, table_amount, table_rows
from .stages import StageHit, planned_dates, stage_cues, stage_from_hits, stage_hits
from .text import Sentence, SentenceIndex, find_all, split_sentences, stop_free_tail
from .zones import find_zones

_CAPACITY_RE = re.compile(r"年产(?:能)?(?:为|达到|达|约|超过|超)?[\d.,]+(?:万|亿|千|百)?(?:辆|套|吨|片|台|件|GWh|MWh|GW|MW|只|颗|块|"
                          r"平方米|支|个|组|条|千瓦|瓦|公斤)[\u4e00-\u9fff]{0,16}")
_OPERATOR_BEFORE = re.compile(r"(?:运营主体|使用单位|建设单位|实施主体|业主单位|项目业主|投资方|投资主体|投资单位)(?:为|是)$|"
                             r"由(?:新设立的|新成立的|其)?$")
_OPERATOR_AFTER = re.compile(r"(?:负责(?:项目(?:的)?)?(?:运营|实施|建设)|为(?:运营|实施)主体|作为(?:运营|实施)主体)")
# '这一项目由<企业>（简称“X”）建设': who builds it owns it (承建 is a contractor's word, not this)
_BUILT_BY_AFTER = re.compile(r"(?:[（(](?:以下)?简称[^)）]{0,14}[)）])?(?:投资)?(?:建设|兴建)(?:[，,。；;]|$)")
_FACILITY_RULES = ("project.owned_plant", "project.brand_plant", "project.located_plant")
_PAREN_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")
_TOWN_AT = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:镇|街道|乡)")
_CITY_AT = re.compile(r"(?:^|[，,。])(?:在|位于)([\u4e00-\u9fff]{2,3}?)(?:市|县)(?:[，,]|[\u4e00-\u9fff]{2,3}?县[，,])"
                      r"|在([\u4e00-\u9fff]{2,3}?)(?:市|县)?(?:开工|落地|落户|投产)"
                      # '在南海区建设的…站': a district is a place outside any zone, like a city
                      r"|在([\u4e00-\u9fff]{1,3}[区县])(?:投资)?(?:建设|新建|建成)"
                      # '…项目位于四川邛崃，': a city, with or without its province, closing the clause
                      r"|项目位于(?:[\u4e00-\u9fff]{2,3}?省?)?([\u4e00-\u9fff]{2,3}?)(?:市|县)?[，,。]")
_IS_UNIT_OF = re.compile(r"(?:是|为|系)")
_UNIT_AFTER = re.compile(r"(?:旗下|的(?:全资|控股)?子公司|下属)")
_UNDER = re.compile(r"旗下(?:的)?")
_TOWN_RE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|街道|乡)")


def _towns(text: str):
    """Towns (罗溪镇, 三井街道, 白沙乡) named in text; a county-level city ending in 乡 (桐乡, 宁乡) is none."""
    for t in _TOWN_RE.finditer(text):
        word = t.group(0)
        if word.endswith("乡") and any(is_place_name(word[-n:]) for n in (2, 3)):
            continue
        yield t


# a builder cell that names nobody
# (nor a public body building a civic project: 旺庄街道办事处, 某区住建局, 某镇人民政府)
_ITEM_SEPARATORS = re.compile(r"[、，,；;/]|和|及")
_COUNTRY_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[)）]$")  # 戈尔(美国)
_NO_BUILDER = re.compile(r"未披露|待定|暂无|不详|保密|未定|多家|若干|办事处$|政府$|管委会$|委员会$|局$")
_CJK_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9()（）、·\-]*[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9()（）、·\-]*")
# '一、续建项目', '三、预备项目': a section of a government list of projects, and the stage it says
_HEADLINE = re.compile(r"[^，,。；;！!？?]{4,60}")  # a line with no clause marks
# A round-up's item heads: '一、', or a number before a tag ('7. 【珠海】'; a bare tag may be a
# script's speaker label, 【画外音】)
_ITEM_HEAD = re.compile(r"(?m)^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]\s*【)")
_LIST_HEADING = re.compile(r"(?m)^\s*[一二三四五六七八九十]+[、.．]\s*(?:[\u4e00-\u9fff]{0,4}?)(?P<kind>续建|在建|预备|储备|前期|谋划|新开工|竣工|投产)项目")
_HEADING_STAGES = {"续建": "under_construction", "在建": "under_construction",
                   "预备": "planned", "储备": "planned", "前期": "planned", "谋划": "planned"}
# (新开工, 竣工, 投产 sections of a year's plan are targets: they say no stage)
_LATIN_GLOSS_GAP = re.compile(r"(?:集团|公司|股份)?[（(]")
# Rules that name a company in its own right (its Latin name, its stock code, its country)
_NAMED_FIRMLY = ("ent.latin_named", "ent.listed", "ent.foreign")
_CURRENCY_HINT = re.compile("元|币|镑|法郎|美金|块")


def _regional_subsidiary(name: str, ref: Any) -> bool:
    """重庆赛力斯汽车有限公司 beside the reference 赛力斯: a place-named legal name whose core is none of
    the reference's cores is a local subsidiary, not the group (江苏正力新能 stays 正力新能)."""
    base = strip_legal(name)
    if strip_region(base) == base:
        return False
    ref_names = (ref.name, *(getattr(ref, "aliases", ()) or ()))
    return enterprise_core(name) not in {enterprise_core(n) for n in ref_names}


def _name_place(name: str) -> str:
    """The place a company's name gives: its leading region (江苏正力新能 -> 江苏) or, failing that,
    the place in brackets (英诺赛科（珠海）科技有限公司 -> 珠海); '' when none."""
    base = strip_legal(name)
    region = base[: len(base) - len(strip_region(base))]
    if region:
        return region
    m = _PAREN_PLACE.search(name)
    return m.group()[1:-1] if m else ""


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions has one in [lo, hi)."""
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


class RuleExtractor:
    """Rule-based extractor; see the module docstrings of ``chainkg.loaders.extract``."""

    name = "rules"

    def __init__(self, onto: Any = None) -> None:
        if onto is None:
            from chainkg.ontology import load_ontology

            onto = load_ontology()
        self.onto = onto
        self.know: Knowledge = knowledge(onto)

    def extract(self, article: Article) -> ArticleFacts:
        return _Run(article, self.know).facts()


class _Run(ProjectAssembly, EntityAssembly):
    """One article's extraction; holds the intermediate mentions."""

    def __init__(self, article: Article, know: Knowledge) -> None:
        self.article = article
        self.text = article.text or ""
        self.know = know
        self.sents: list[Sentence] = split_sentences(self.text)
        self.index = SentenceIndex(self.sents)
        self.rows = RowIndex(table_rows(self.text))  # projects listed in tables

    # -- evidence ---------------------------------------------------------
    def evidence(self, pos: int, rule: str, confidence: float) -> Evidence:
        if not self.sents:
            return Evidence(self.article.key, self.text[:200], 0, min(len(self.text), 200), rule, confidence)
        s = self.sents[self.index.at(pos)]
        return Evidence(self.article.key, s.text.strip(), s.start, s.end, rule, round(confidence, 2))

    def _heading_stage(self, m: Mention) -> str | None:
        """A list's section heading says where its items stand ('一、续建项目' / '三、预备项目' above
        '1. X项目' and its fields); the nearest heading before the item, for an item of a form only."""
        if not self._form_fields(m):
            return None
        heading = None
        for h in _LIST_HEADING.finditer(self.text, 0, m.start):
            heading = h
        return _HEADING_STAGES.get(heading.group("kind")) if heading else None

    def _batch_stage(self, m: Mention) -> str | None:
        """A project with no stage of its own, named after the article reports a batch event
        ('全区30个项目同步开工', '…重大项目集中签约'): the batch's stage, for the projects it lists."""
        batches = self.__dict__.get("_batches")
        if batches is None:
            batches = self._batches = [(b.start(), _BATCH_STAGES[b.group("event")])
                                       for b in _BATCH_EVENT_RE.finditer(self.text)
                                       if not _PLAN_BEFORE.search(self.text, max(0, b.start() - 16), b.start("event"))]
        # (near it: a page of several news items reports one batch among other projects)
        before = [stage for at, stage in batches if at < m.start <= at + _BATCH_REACH]
        return before[-1] if before else None

    def _table_projects(self, named: list[Mention]) -> list[Mention]:
        """A table's 项目名称 cell names a project, with or without 项目 (松山湖材料实验室二期)."""
        out = []
        for row in self.rows.rows:
            cell = row.cell("name")
            if cell is None or cell[1] - cell[0] < 4 or any(cell[0] <= m.start and m.end <= cell[1] for m in named):
                continue
            name = self.text[cell[0]:cell[1]]
            if not _CJK_NAME.fullmatch(name):
                continue  # '—', a number
            out.append(Mention("project", name, cell[0], cell[1], "project.table", 0.75))
        return out

    def _table_builders(self) -> list[Mention]:
        """A table's builder cell names its company, whatever the words (遂宁盛新, 鼎盛锂业), and so
        does each name of a column of companies (目标企业: 中材科技、天海工业; 戈尔(美国)): the cell
        and the name's other places in the text (ent.table_builder). A company in a 目标企业 column
        is one to recruit (target): not in the zone."""
        names: dict[str, bool] = {}  # name -> a target; in order of first row
        for row in self.rows.rows:
            for role in ("builder", "targets", "companies"):
                cell = row.cell(role)
                if cell is None or any(cell[0] <= e.start < cell[1] for e in self.ents):
                    continue
                items = [self.text[cell[0]:cell[1]]] if role == "builder" else \
                    [_COUNTRY_BRACKET.sub("", i).strip() for i in _ITEM_SEPARATORS.split(self.text[cell[0]:cell[1]])]
                for name in items:
                    if 2 <= len(name) <= 20 and _CJK_NAME.fullmatch(name) and "、" not in name \
                            and not _NO_BUILDER.search(name):
                        names.setdefault(name, role == "targets")
        out: list[Mention] = []
        taken = [(e.start, e.end) for e in self.ents]
        for name, target in names.items():
            for at in find_all(self.text, name):
                if not any(a < at + len(name) and at < b for a, b in taken):
                    out.append(Mention("enterprise", name, at, at + len(name), "ent.table_builder", 0.7,
                                       key="ent:" + enterprise_core(name), attrs={"target": True} if target else {}))
        return out

    def sentence_of(self, pos: int) -> Sentence:
        return self.sents[self.index.at(pos)]

    # -- main -------------------------------------------------------------
    def facts(self) -> ArticleFacts:
        if not self.sents:
            return ArticleFacts(self.article)
        text, know = self.text, self.know
        # one automaton pass finds the zone, enterprise and stage words of the whole text
        self._dict_hits = know.dictionary_hits(text)
        self.zones = find_zones(text, know, self._dict_hits["zone"])
        self.ents = find_enterprises(text, know, self._dict_hits["enterprise"])
        self.ents += self._table_builders()
        self.zones = _outside_company_names(self.zones, self.ents)
        # (a filer's bare 公司 names no project: 公司根据项目…)
        cores = {x for e in self.ents if not e.attrs.get("filer") for x in (enterprise_core(e.text), e.text)}
        named = find_named(text, know, cores)
        listed = find_listed(text, know)
        self.projects_m = self._drop_nested(named + listed + self._plant_projects() + self._table_projects(named))
        self._owners_from_projects()
        self._capital_projects()
        self._land_projects()
        self._alias_mentions()
        self._cluster_enterprises()
        self._cluster_zones()
        self._index_positions()
        projects = self._cluster_projects()
        return self._build(projects)

    @staticmethod
    def _drop_nested(ms: list[Mention]) -> list[Mention]:
        ms.sort(key=lambda m: (m.start, -(m.end - m.start)))
        out: list[Mention] = []
        widest: Mention | None = None  # sorted by start, it contains any mention ending before its end
        for m in ms:
            if widest is not None and m.end <= widest.end:
                for k, v in m.attrs.items():  # keep the list's stage information on the longer mention
                    widest.attrs.setdefault(k, v)
                continue
            out.append(m)
            if widest is None or m.end > widest.end:
                widest = m
        return out

    # -- resolution -----------------------------------------------------------
    def _cluster_enterprises(self) -> None:
        ref_core: dict[str, str] = {}
        for e in self.ents:
            if e.key.startswith("ent:ref:"):
                ref_core[enterprise_core(e.text)] = e.key
                ref = e.attrs.get("ref")
                if ref is not None:
                    for core in self.know.reference_cores(ref):  # its name's, then its aliases'
                        ref_core.setdefault(core, e.key)
        plain = [enterprise_core(e.text) for e in self.ents if not e.key.startswith("ent:ref:")]
        parent = cluster_cores(plain + [c for c in ref_core])
        for e in self.ents:
            if e.key.startswith("ent:ref:"):
                continue
            core = parent.get(enterprise_core(e.text), enterprise_core(e.text))
            ref = self.know.enterprise_cores.get(core) or self.know.enterprise_cores.get(enterprise_core(e.text))
            e.key = ref_core.get(core) or ref_core.get(enterprise_core(e.text)) or (
                "ent:ref:" + ref.name if ref is not None else "ent:" + core)
            if ref is not None:
                e.attrs.setdefault("ref", ref)
        self._split_region_conflicts()
        self._split_declared_subsidiaries()
        by_span = {(e.start, e.end): e for e in self.ents}
        for e in self.ents:  # declared short names follow their company
            source = e.attrs.get("same_as")
            if source is not None:
                # the declaring mention may have been merged into another at the same span, or dropped
                # inside a longer one (智慧能源集团股份公司 inside the reference name 明阳智慧能源集团股份公司)
                holder = by_span.get((source.start, source.end)) or next(
                    (o for o in self.ents if o.start <= source.start and source.end <= o.end and o is not source
                     and o.attrs.get("same_as") is None), source)
                e.key = holder.key
        ordered = sorted(self.ents, key=lambda e: e.start)
        rekey = {b.key: a.key for a, b in zip(ordered, ordered[1:]) if b.text.isascii() and not a.text.isascii()
                 and b.key != a.key and _LATIN_GLOSS_GAP.fullmatch(self.text, a.end, b.start)}
        for e in self.ents:  # '比利时优美科集团(Umicore，以下简称…)': its Latin name, the same company
            e.key = rekey.get(e.key, e.key)
        groups: dict[str, list[Mention]] = defaultdict(list)
        for e in self.ents:
            groups[e.key].append(e)
        self.ent_groups = groups
        self.ent_name: dict[str, str] = {}
        for key, ms in groups.items():
            ref = next((m.attrs["ref"] for m in ms if m.attrs.get("ref") is not None), None)
            if ref is not None:
                self.ent_name[key] = ref.name
                continue
            counts = Counter(m.text for m in ms if not m.attrs.get("former") and not m.attrs.get("filer")) \
                or Counter(m.text for m in ms if not m.attrs.get("filer"))
            self.ent_name[key] = max(counts, key=lambda n: (counts[n], -len(n) if not n.endswith("公司") else len(n)))

    def _split_declared_subsidiaries(self) -> None:
        """'杉杉科技是杉杉股份旗下的…平台', '杉杉股份旗下的杉杉科技': the text says they are two
        companies, even when their names share a core (杉杉)."""
        ents = sorted(self.ents, key=lambda e: e.start)
        subs: set[str] = set()
        for a, b in zip(ents, ents[1:]):
            if a.key != b.key or a.text == b.text:
                continue
            gap, after = self.text[a.end:b.start], self.text[b.end:b.end + 8]
            if _IS_UNIT_OF.fullmatch(gap) and _UNIT_AFTER.match(after):
                subs.add(a.text)  # a是b旗下的…
            elif _UNDER.fullmatch(gap):
                subs.add(b.text)  # a旗下的b
        for e in self.ents:
            if e.text in subs:
                e.key = "ent:" + strip_legal(e.text)
                e.attrs.pop("ref", None)

    def _split_region_conflicts(self) -> None:
        """四川时代… and 宁德时代… share a core but name two places: two companies (subsidiaries);
        so do 华虹半导体(无锡)有限公司 and 华虹半导体, unless the reference lists the very name."""
        for e in self.ents:
            ref = e.attrs.get("ref")
            if e.attrs.get("subsidiary"):
                e.key = "ent:" + strip_legal(e.text)  # '<母公司>旗下<子公司>': not the parent
                e.attrs.pop("ref", None)
                continue
            if e.rule == "ent.legal" and ref is not None and (
                    _PAREN_PLACE.search(e.text) or _regional_subsidiary(e.text, ref)) and \
                    e.text not in {ref.name, *(getattr(ref, "aliases", ()) or ())}:
                e.key = "ent:" + strip_legal(e.text)
                e.attrs.pop("ref", None)
        groups: dict[str, list[Mention]] = defaultdict(list)
        for e in self.ents:
            groups[e.key].append(e)
        # a short name declared for a legal name (以下简称…) fixes that name's place as the company's own
        declared = {id(m.attrs["same_as"]) for m in self.ents if m.attrs.get("same_as") is not None}
        for key, ms in groups.items():
            # '德昌电机控股有限公司（以下简称德昌电机）…子公司德昌电机(江门)有限公司': a legal name with its place in
            # brackets beside another legal name of the group is a local unit of that company
            legal = {e.text for e in ms if e.rule == "ent.legal" or e.text.endswith(LEGAL_SUFFIXES)}
            # (or beside the group named as a company of its own: '荷兰安世半导体(Nexperia)')
            named = any(e.rule in _NAMED_FIRMLY for e in ms)
            if len(legal) >= 2 or legal and named:
                for e in ms:
                    if e.text in legal and _PAREN_PLACE.search(e.text) and \
                            (named or any(not _PAREN_PLACE.search(o) for o in legal)):
                        e.key = "ent:unit:" + e.text  # (strip_legal keeps only 德昌电机)
                        e.attrs.pop("ref", None)
            regions_seen, home = {}, None
            for e in ms:
                region = _name_place(e.text)
                if region:
                    regions_seen.setdefault(region, []).append(e)
                    if id(e) in declared:
                        home = home or region
            ref = next((m.attrs.get("ref") for m in ms if m.attrs.get("ref") is not None), None)
            if ref is not None:
                # the reference's own names fix its region (宁德时代新能源科技 -> 宁德)
                for n in (ref.name, *(getattr(ref, "aliases", ()) or ())):
                    region = _name_place(n)
                    if region:
                        regions_seen.setdefault(region, [])
            if len(regions_seen) < 2:
                continue
            if ref is not None:
                # the place of the reference's own names is the company's home (广州天赐… for 天赐材料),
                # before the place of a name the article declares (九江天赐…, its subsidiary)
                home = next((r for r in regions_seen if ref.name.startswith(r)), None) or next(
                    (r for n in getattr(ref, "aliases", ()) or () if (r := _name_place(n))), None) or home
            listed = set()
            if ref is not None:
                listed = {ref.name, *(getattr(ref, "aliases", ()) or ())}
            for region, es in regions_seen.items():
                if region == home:
                    continue
                for e in es:
                    if e.text in listed:
                        continue  # the reference lists this very name for the company
                    e.key = "ent:" + strip_legal(e.text)
                    e.attrs.pop("ref", None)

    def _cluster_zones(self) -> None:
        groups: dict[str, list[Mention]] = defaultdict(list)
        for z in self.zones:
            groups[z.key].append(z)
        self.zone_groups = groups
        self.zone_name: dict[str, str] = {}
        for key, ms in groups.items():
            ref = next((m.attrs["ref"] for m in ms if m.attrs.get("ref") is not None), None)
            if ref is not None:
                self.zone_name[key] = ref.name
                continue
            # The article's own name for the zone (its most frequent full form):
            # 经济开发区 (provincial) and 经济技术开发区 (national) are not the same
            # title, so the canonical short form (X经开区) is an alias here and a
            # key across articles (resolve.NameIndex), not the name.
            full = [m for m in ms if m.rule not in ("zone.short_form", "zone.declared_short")] or ms
            counts = Counter(m.text for m in full)
            self.zone_name[key] = max(counts, key=lambda n: (counts[n], len(n)))

    def _index_positions(self) -> None:
        """Sorted positions of zones and projects, for bisect look-ups instead of scans."""
        self._bucket()
        title = (self.article.title or "").strip()
        self._title_end = len(title) if title and self.text.startswith(title) else 0
        self._stage_cues = stage_cues(self.text, self.know, self._dict_hits["stage"])
        # where amounts and capacities can be at all: a currency word, 年产 (one pass each)
        self._money_at = [m.start() for m in _CURRENCY_HINT.finditer(self.text)]
        self._capacity_at = [m.start() for m in re.finditer("年产", self.text)]
        self._item_heads = [h.start() for h in _ITEM_HEAD.finditer(self.text)]
        self._zones_by_end = sorted(self.zones, key=lambda z: z.end)
        self._zone_ends = [z.end for z in self._zones_by_end]
        self._zones_by_start = sorted(self.zones, key=lambda z: z.start)
        self._zone_starts = [z.start for z in self._zones_by_start]
        self._list_starts = sorted(o.start for o in self.projects_m if o.rule == "project.list")
        self._projects_per_sentence = [0] * len(self.sents)
        for o in self.projects_m:
            self._projects_per_sentence[self.index.at(o.start)] += 1

    def _zone_near(self, pos: int, sentence: Sentence | None = None) -> str | None:
        """The zone a position belongs to: one named in its sentence, else the topic before it."""
        if sentence is not None:
            inside = self.zones_in[self.index.at(sentence.start)]
            if inside:
                before = [z for z in inside if z.start <= pos]
                return (before[-1] if before else inside[0]).key
            # a town not inside any zone (礼嘉镇地块): no zone
            for t in _towns(sentence.text):
                if self._town_name(t.group(0)) not in self._towns_in_zones():
                    return None
            # a city or county named as the place ('在株洲市，…项目开工'): the city, not a zone
            if _city_named(sentence.text):
                return None
        i = bisect_right(self._zone_ends, pos) - 1
        if i >= 0:
            z = self._zones_by_end[i]
            # a round-up's numbered items ('一、…', '二、…') are separate news: the zone of one item is not
            # the next one's (a zone named before the first item is the whole list's)
            h = bisect_right(self._item_heads, pos) - 1
            if h >= 1 and self._item_heads[h] > z.end and self._item_heads[0] < z.start and \
                    not any(o.key == z.key and o.start < self._item_heads[0] for o in self._zones_by_start):
                return None
            return z.key
        j = bisect_left(self._zone_starts, pos)
        return self._zones_by_start[j].key if j < len(self._zones_by_start) else None

    def _project_zone(self, cl: _Project) -> str | None:
        """The zone of a project: the first mention that places it. A form's 建设地点 line or a table's
        地点 column decides; else the zone named in or before a mention's sentence, or none when that
        sentence places it in a town or city outside any zone. A headline that names no zone says
        nothing of where ('在鹿泉开工', '📍 宜丰|…项目达产'): the body does, and the zone before the
        headline is kept only when no body sentence places the project."""
        zone_key = headline_zone = None
        for m in cl.mentions:
            located = self._form_field(m, LOCATION_FIELD)  # a form's '建设地点：…' line
            if located is not None:  # the zone it names, or none (宝坻区, 津南区)
                inside = self.zones_in[self.index.at(located.start)]
                return inside[0].key if inside else None
            row = self.rows.at(m.start)
            if row is not None and (cell := row.cell("location")) and _in_cell(row, "name", m):
                # a table's 地点 column: the zone it names, or none (遂宁市安居区)
                return next((z.key for z in self.zones if cell[0] <= z.start < cell[1]), None)
            sentence = self.sentence_of(m.start)
            zone_key = self._zone_near(m.start, sentence)
            if zone_key and m.attrs.get("place") and not self._zone_in_place(zone_key, m.attrs["place"]):
                return None  # '广州基地' is in no zone of another city
            said = sentence.text
            if _HEADLINE.fullmatch(said.strip()) and not self.zones_in[self.index.at(m.start)]:
                headline_zone, zone_key = headline_zone or zone_key, None
                continue
            if zone_key or next(_towns(said), None) or _city_named(said):
                return zone_key  # placed, or placed in a town or city outside any zone
        return zone_key or headline_zone

    def _zone_in_place(self, zone_key: str, place: str) -> bool:
        """Whether a zone lies in a city or county named by a base (厦门基地 in 厦门火炬高新区)."""
        ms = self.zone_groups.get(zone_key, [])
        ref = next((m.attrs["ref"] for m in ms if m.attrs.get("ref") is not None), None)
        names = {self.zone_name.get(zone_key, "")} | {m.text for m in ms}
        if ref is not None:
            names |= {getattr(ref, "city", None) or "", getattr(ref, "name", "")}
        return any(place in n for n in names if n)

    @staticmethod
    def _town_name(match: str) -> str:
        suffix = "街道" if match.endswith("街道") else match[-1]
        return stop_free_tail(match[: -len(suffix)], 3) + suffix

    def _towns_in_zones(self) -> set[str]:
        """Towns the text places in a zone by writing them after its name (常州高新区罗溪镇)."""
        if not hasattr(self, "_zone_towns"):
            self._zone_towns = set()
            for end in {z.end for z in self.zones}:
                t = _TOWN_AT.match(self.text, end)
                if t:
                    self._zone_towns.add(t.group(0))
        return self._zone_towns

    # -- projects -----------------------------------------------------------

    def _build(self, clusters: list[_Project]) -> ArticleFacts:
        text, know = self.text, self.know
        ent_fact_data: dict[str, dict] = {k: {"zone": None, "chains": [], "has_project": False,
                                             "projects_zones": []} for k in self.ent_groups}
        projects: list[ProjectFact] = []
        first_phases: list[tuple[int, tuple[str, Money, int]]] = []  # (index of the whole, its first phase)
        partner_pairs = []
        # a sentence holds a cue only if the text does (a sentence is a slice of it)
        for i, s in enumerate(self.sents) if relations.PARTNER_CUE_RE.search(text) else ():
            if self.zones_in[i] and self.ents_in[i]:
                partner_pairs.extend(relations.partnerships(s, self.zones_in[i], self.ents_in[i]))
        # phases the text names as projects of their own: by owner, and by the name before the phase
        own_phases = {(o, cl.phase): cl for cl in clusters if cl.phase for o in cl.owners}
        phase_stems = [(cl, stem) for cl in clusters if cl.phase for m in cl.mentions
                       if len(stem := m.text[:m.text.find(cl.phase)].removesuffix("项目")) >= 4]
        handed: dict[int, tuple[str | None, Money | None]] = {}  # such a project: what the split found for it
        built: dict[int, int] = {}  # cluster -> index of its project
        for cl in clusters:
            cl.mentions.sort(key=lambda m: m.start)
            first = cl.mentions[0]
            hits = []
            spans: list[tuple[int, int]] = []
            for m in cl.mentions:
                for lo, hi in self._scope(m):
                    if (lo, hi) not in spans:
                        spans.append((lo, hi))
            for lo, hi in spans:
                hits.extend(self._stage_hits(lo, hi))
            # a cue inside a project's name is a word of the name (…晶圆制造量产线项目), not its stage
            hits = [h for h in hits if not any(m.start <= h.start and h.end <= m.end for m in self.projects_m)]
            # the project's table row: its 开工时间 column holds a date, no stage word; the date reached is the stage
            rows = dict.fromkeys(row for m in cl.mentions for row in [self.rows.at(m.start)]
                                 if row is not None and _in_cell(row, "name", m))
            hits += [StageHit(stage, a, b, text[a:b], target) for row in rows
                     for stage, a, b, target in milestones(text, row, self.article.date)]
            date = self.article.date or ""
            year = int(date[:4]) if date[:4].isdigit() else None
            month = int(date[5:7]) if date[5:7].isdigit() else None
            stage, stage_hit = stage_from_hits(hits, text, know, year, month)
            if stage is None:
                stage = self._heading_stage(first) or self._batch_stage(first)
            investment = None
            for m in cl.mentions:
                # a row of a table of projects: its 投资额 column, whatever the words
                row = self.rows.at(m.start)
                if row is not None and (cell := row.cell("investment")) and _in_cell(row, "name", m):
                    investment = table_amount(text, cell, row.unit)
                    break
            for m in cl.mentions if investment is None else ():
                for lo, hi in self._scope(m)[:1] if m.rule == "project.list" else self._scope(m):
                    found = self._investment(lo, hi, m)
                    if found:
                        investment = found
                        break
                if investment:
                    break
            capacity = output = None
            for lo, hi in spans:
                if capacity is None and _any_in(self._capacity_at, lo, hi):
                    c = _CAPACITY_RE.search(text, lo, hi)
                    capacity = c.group(0) if c else None
                if output is None and _any_in(self._money_at, lo, hi):
                    o = output_value_in(text[lo:hi], lo)
                    output = o.money if o else None
            expected = planned_dates(hits, text, self.article.date)
            zone_key = self._project_zone(cl)
            owners = list(cl.owners)
            # '由新设立的<企业>负责运营' / '运营主体为<企业>': the operating company is the project's too
            for lo, hi in spans:
                for e in self.ents_in[self.index.at(lo)]:
                    if not (lo <= e.start < hi) or e.key in owners:
                        continue
                    before, after = self.text[max(lo, e.start - 12):e.start], self.text[e.end:e.end + 24]
                    if "运营" not in after and not any(w in before for w in ("由", "运营", "单位", "主体", "业主", "投资方")):
                        continue  # each operator pattern holds one of these words
                    m = _OPERATOR_BEFORE.search(before)
                    by = m is not None and m.group(0).startswith("由")
                    if m and (not by or _OPERATOR_AFTER.match(after) or _BUILT_BY_AFTER.match(after)) or \
                            _OPERATOR_AFTER.match(after):
                        owners.append(e.key)
            # the sentences of its mentions, once (pairs times mentions is the costly product)
            said_in = [self.sents[i] for i in {self.index.at(m.start) for m in cl.mentions}] if partner_pairs else []
            for e, z, pos in partner_pairs:
                if any(st.start <= pos < st.end for st in said_in):
                    if e.key not in owners:
                        owners.append(e.key)
            name = max((m.text for m in cl.mentions if m.rule != "project.capital"), key=len, default=first.text)
            name = self._display_name(name)
            chains = self._project_chains(cl, spans)
            segments = tuple(self._project_segments(name, spans, chains))
            conf = max(m.confidence for m in cl.mentions)
            if not owners and zone_key is None and investment is None and stage is None:
                continue  # not a project by the schema's definition
            if investment is None and stage is None and all(m.rule in _FACILITY_RULES for m in cl.mentions):
                continue  # a plant merely said to exist (区内还有X的生产基地): no investment news
            if not owners and all(m.end <= self._title_end for m in cl.mentions):
                continue  # a headline's description (首个万吨级…示范项目) of a project the body names
            if all(m.attrs.get("representatives") for m in cl.mentions):
                # a company named for an unnamed project: its zone and chains, no project
                self._note_owners(ent_fact_data, owners, zone_key, chains)
                continue
            ev = self.evidence(first.start, first.rule, conf)
            phases = self._phase_split(spans, hits, year, month)
            if phases and cl.phase:
                # a phase's own project ('…生产线二期项目签约' beside '一期实现量产'): its own phase's
                # stage and amount, no phases within it
                own = next((p for p in phases if p[0] == cl.phase), None)
                if own is not None:
                    investment, stage = own[1] or investment, own[2] or stage
                phases = None
            if phases and phases[0][2] is not None:  # told apart by their stages
                # a phase the text names as its own project (…二期工程) is that project
                kept = []
                for p in phases:
                    other = next((own_phases[(o, p[0])] for o in owners if (o, p[0]) in own_phases), None) or \
                        next((o for o, stem in phase_stems if o is not cl and o.phase == p[0] and name.startswith(stem)),
                             None)
                    if other is None:
                        kept.append(p)
                    else:
                        handed[id(other)] = (p[2], p[1])
                phases = kept
                if investment is not None and all(inv != investment for _, inv, _ in phases):
                    # a total for the whole: the whole is the news, with the stage of its most advanced
                    # phase; only phases at another stage are told apart
                    phases = [(None, investment, stage)] + [p for p in phases if p[2] != stage]
            first_phase = None if phases else self._first_phase(spans, investment)
            if first_phase is not None:
                first_phases.append((len(projects), first_phase))
            built[id(cl)] = len(projects)
            for ph, inv, pstage in phases or [(None, investment, stage)]:  # ph None: the whole
                pname, pstage = name + (ph or ""), stage if pstage is None else pstage or None
                projects.append(ProjectFact(
                    name=pname, evidence=ev,
                    aliases=tuple(sorted({m.text for m in cl.mentions if ph is None or ph in m.text} - {pname})),
                    enterprises=tuple(self.ent_name[k] for k in owners if k in self.ent_name),
                    zone=self.zone_name.get(zone_key) if zone_key else None,
                    investment=inv, stage=pstage, stage_date=self.article.date if pstage else None,
                    capacity=capacity, output_value=output, expected=expected,
                    chains=tuple(chains), segments=segments))
            # an energy company runs stations in many places: a station's zone is not its operator's
            stations = all(m.rule == "project.energy_station" for m in cl.mentions)
            self._note_owners(ent_fact_data, owners, None if stations else zone_key, chains)
        for cid, (h_stage, h_inv) in handed.items():
            # '…项目二期主体厂房于11月开工…推动中低压功率器件二期早日建成': the phase's own project takes
            # the stage and amount its sentence gave, when it has none
            i = built.get(cid)
            if i is not None:
                p = projects[i]
                projects[i] = replace(p, stage=p.stage or h_stage, investment=p.investment or h_inv,
                                      stage_date=p.stage_date or (self.article.date if h_stage else None))
        projects = self._attach_first_phases(projects, first_phases)
        projects = self._answered_amount(projects)
        zones = self._zone_facts()
        supplies, customers = self._supplies()
        self._suppliers = {k for k, ms in self.ent_groups.items() if self.ent_name[k] in {s.supplier for s in supplies}}
        enterprises = _suppliers_in_customers_chain(self._enterprise_facts(ent_fact_data, customers), supplies)
        enterprises = _founders_in_their_ventures_zone(enterprises, self._founders())
        focus = self._focus()
        memberships = self._memberships()
        partnerships = tuple(PartnershipFact(self.ent_name[e.key], self.zone_name[z.key],
                                             self.evidence(pos, "rel.partnership", 0.7))
                             for e, z, pos in partner_pairs if e.key in self.ent_name and z.key in self.zone_name)
        return ArticleFacts(self.article, zones=zones, enterprises=enterprises, projects=tuple(projects),
                            supplies=supplies, focus=focus, memberships=memberships,
                            partnerships=tuple(dict.fromkeys(partnerships)))

    def _note_owners(self, ent_fact_data: dict[str, dict], owners: list[str], zone_key: str | None,
                     chains) -> None:
        """A project's owners have a project: its zone (their zone) and its chains."""
        for k in owners:
            if k in ent_fact_data:
                d = ent_fact_data[k]
                d["has_project"] = True
                d["projects_zones"].append(self.zone_name.get(zone_key) if zone_key else None)
                for c in chains:
                    if c not in d["chains"]:
                        d["chains"].append(c)

    def _attach_first_phases(self, projects: list[ProjectFact],
                             first_phases: list[tuple[int, tuple[str, Money, int]]]) -> list[ProjectFact]:
        """A whole's first phase with its own amount ('其中一期投资30亿元') is a project of its own:
        the phase project the text names already (same phase, same owner or name), else a new one
        named after the whole."""
        out = list(projects)
        for i, (ph, money, pos) in first_phases:
            whole = projects[i]
            stem = whole.name.removesuffix("项目")
            phased = [k for k, q in enumerate(out) if k != i and ph in q.name]
            same = [k for k in phased if set(out[k].enterprises) & set(whole.enterprises)
                    or out[k].name.startswith(stem[:4])]
            if not same and len(phased) == 1:
                same = phased  # the one phase project the article names
            if same:
                k = same[0]
                if out[k].investment is None:
                    out[k] = replace(out[k], investment=money)
                continue
            out.append(replace(whole, name=whole.name + ph, aliases=(), investment=money,
                               evidence=self.evidence(pos, "project.first_phase", whole.evidence.confidence)))
        return out

    def _answered_amount(self, projects: list[ProjectFact]) -> list[ProjectFact]:
        """An interview's answer that opens on the total investment ('问：项目投资多大？答：总投资额六点二八亿元',
        '…项目负责人：总投资差不多十五个亿') speaks of the article's one project without an amount."""
        open_ = [i for i, p in enumerate(projects) if p.investment is None]
        if not open_ or len(projects) > 2:
            return projects
        found = [(m.group("speaker"), a) for m in _ANSWER_AMOUNT.finditer(self.text)
                 if (a := investment_in(self.text[m.start("clause"):m.end()], m.start("clause"))) is not None]
        if len(found) != 1:
            return projects
        speaker, amount = found[0]
        # of two projects, the one whose company speaks (宁波华翔项目负责人：总投资…)
        mine = [i for i in open_ if any(e in speaker for e in projects[i].enterprises)] if len(open_) > 1 else open_
        if len(mine) != 1:
            return projects
        i = mine[0]
        return [*projects[:i], replace(projects[i], investment=amount.money), *projects[i + 1:]]

    def _stage_hits(self, lo: int, hi: int) -> list:
        """stage_hits of a span, once per span: projects of one sentence share its spans."""
        cache = self.__dict__.setdefault("_stage_hits_cache", {})
        if (lo, hi) not in cache:
            hits = stage_hits(self.text, lo, hi, self.know, self._stage_cues)
            if self.rows.rows:
                # a table's 下一节点 column holds the next milestone, a target, not the stage reached
                hits = [replace(h, target=True) if not h.target and (row := self.rows.at(h.start)) is not None
                        and _in_cell(row, "plan", h) else h for h in hits]
            cache[(lo, hi)] = hits
        return cache[(lo, hi)]

    def _bucket(self) -> None:
        """Mentions per sentence, computed once (relations read them sentence by sentence)."""
        n = len(self.sents)
        self.zones_in: list[list[Mention]] = [[] for _ in range(n)]
        self.ents_in: list[list[Mention]] = [[] for _ in range(n)]
        for z in self.zones:
            self.zones_in[self.index.at(z.start)].append(z)
        for e in sorted(self.ents, key=lambda m: m.start):
            self.ents_in[self.index.at(e.start)].append(e)

    # -- entities ------------------------------------------------------------


# A batch event of a count of projects ('30个项目同步开工', '重大项目集中签约'), and what it makes of them
_BATCH_EVENT_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)个[^，,。；;]{0,12}?项目[^，,。；;]{0,6}?"
                             r"(?:集中|同步|统一|同时)(?P<event>开工|签约|竣工|投产)"
                             # (not a mixed batch: '集中签约开工', '集中签约、开工' tell no item's stage)
                             r"(?![、和及与]?(?:开工|签约|竣工|投产))")
_BATCH_REACH = 600  # characters after the batch's sentence where its projects are listed
_BATCH_STAGES = {"开工": "started", "签约": "signed", "竣工": "completed", "投产": "in_production"}
_PLAN_BEFORE = re.compile(r"将|拟|计划|预计|准备|力争|确保")


# the first clause of an answer: after 答： or a speaker's label (…项目负责人：), on the total investment
_ANSWER_AMOUNT = re.compile(r"(?m)^(?P<speaker>答|[^\n：:。]{2,30}(?:负责人|总经理|董事长|主任|局长|区长|书记))[：:]\s*"
                            r"(?P<clause>(?:这个项目|该项目|项目)?(?:的)?(?:总投资额?|计划总投资|投资总额)[^，,。；;\n]{0,16})")


def _suppliers_in_customers_chain(enterprises: tuple[EnterpriseFact, ...],
                                  supplies: tuple[SupplyFact, ...]) -> tuple[EnterpriseFact, ...]:
    """A supplier whose own words tell no chain of ours is in its customers' one ('为LG新能源提供配套的企业'
    works for a battery maker), when they are all in one; a trade outside ours ('other': 华盛精化工) stays."""
    chains = {e.name: e.chains for e in enterprises}
    out = []
    for e in enterprises:
        if not set(e.chains) - {"other"}:
            theirs = {chains.get(s.customer) for s in supplies if s.supplier == e.name} - {None, ()}
            if len(theirs) == 1:
                e = replace(e, chains=tuple(dict.fromkeys(next(iter(theirs)) + e.chains)))
        out.append(e)
    return tuple(out)


def _founders_in_their_ventures_zone(enterprises: tuple[EnterpriseFact, ...],
                                     founders: dict[str, str]) -> tuple[EnterpriseFact, ...]:
    """A founder of a joint venture (A、B共同出资设立C) with no zone of its own is in C's."""
    zones = {e.name: e.zone for e in enterprises}
    return tuple(replace(e, zone=zones.get(founders[e.name])) if e.zone is None and e.name in founders
                 and zones.get(founders[e.name]) else e for e in enterprises)


_NAMED_COMPANY_RULES = ("ent.legal", "ent.group", "ent.company")


def _outside_company_names(zones: list[Mention], ents: list[Mention]) -> list[Mention]:
    """Zone mentions that are no part of a company's name: '广州开发区人才工作集团' names a company,
    not the zone."""
    spans = [(e.start, e.end) for e in ents if e.rule in _NAMED_COMPANY_RULES]
    return [z for z in zones if not any(a <= z.start and z.end <= b and b - a > z.end - z.start for a, b in spans)]


def _city_named(sentence: str) -> bool:
    """The sentence places something in a city or county ('在株洲市，', '在长沙开工')."""
    return any(regions().is_place(p) or locate_division(p)[1]
               for c in _CITY_AT.finditer(sentence) for p in [c.group(1) or c.group(2) or c.group(3) or c.group(4)])

