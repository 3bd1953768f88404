"""Entity assembly of the rule-based extractor: zone and enterprise facts with
their places and chains, supplies, focus industries and alliances.

A mixin of ``rules._Run``: it reads the run's text, sentences and mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..facts import EnterpriseFact, FocusFact, MembershipFact, SupplyFact, ZoneFact
from ..resolve import canonical_zone, locate_zone, strip_legal
from . import relations
from .lexicon import CHEMICALS_NAME_WORDS, OTHER_CHAIN_WORDS, OUTSIDE_TRADE_NAME_WORDS, ending_chains, locate_division
from .mentions import Mention
from .text import gated

_DESCRIBE_RE = gated(r"主营|主要生产|主要从事|专注于|专业从事|从事|主要产品|生产的|(?:在此|在当地)?(?:研发和生产|研发生产|生产和销售)|是[^，,。；;]{0,30}?(?:制造商|生产商|"
                          r"供应商|企业|公司|厂|龙头)|以[^，,。；;]{0,12}?起家|向[^，,。；;]{0,10}?供应|"
                          # a new line of business: '在风电整机之外布局电解水制氢装备'
                          r"(?:积极|加快|率先|开始|正式)?(?:布局|进军|切入|涉足)(?!的)|"
                          # what it makes, shows or can make: '其研发的…双极板', '展出了多款膜电极', '已具备电解槽的制造能力'
                          r"(?:自主)?研发的|研制的|展出|带来了|已?具备")
_FUND_NAME = re.compile(r"基金(?:[一二三四]期)?$")
# a company's own product right after its name (or its short name's bracket)
_OWN_PRODUCT = re.compile(r"(?:[”」\"』]?[）)])?的")
# a sentence that opens on an industry as its topic: '电子特气方面，', '在动力电池回收领域，'
_TOPIC_RE = re.compile(r"\s*(?:再说|至于|在)?(?P<topic>[^，,。；;：:\s]{2,12}?)(?:方面|领域|环节|赛道)[，,：:]")
# '同在南沙的X', '位于南沙的X': a company placed in a district a zone of the article is named after
_AT_PLACE = re.compile(r"(?:同在|同样位于|也位于|位于|地处|落户)(?P<place>[\u4e00-\u9fff]{2,4})的$")
_ZONE_AREA = re.compile(r"区内|园区|该区|本区|我区|入园|入区|新区|开发区|高新区|经开区|经济区|在本地|落户本地")
# Companies a zone meets, not hosts: those at its promotion meeting ('A、B等27家企业的客商参加了推介会',
# '…等42家企业的负责人到会') and those that come to look at it ('X一行来安康高新区考察')
_ATTENDED = re.compile(r"到会|与会|参会|(?:参加|出席)了?[^，,。；;]{0,16}?(?:会|论坛)")
_VISITOR = re.compile(r"[^。；;]{0,24}?(?:来|到|赴|莅临)[^，,。；;]{0,14}?(?:考察|调研|参观|访问)")
# ... and those its team goes out to see ('在广州，则拜访了A、B'): not its firms by the words around them
_VISITED = re.compile(r"拜访|登门|走访|参观|座谈")
_TO_THE_ZONE = re.compile(r"(?:来|到|赴|莅临|走进|深入)$")
_OWN_FIRMS = re.compile(r"区内|园区内|辖区|本区|我区|入驻|落户")  # ('走访了区内企业X': its own firm)
_FOUNDED = gated(r"(?:共同|联合)?(?:出资|投资|合资)(?:设立|成立|组建)(?:了)?")
_PAREN_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[)）]")
# a company in a list after 与 ('已与A、B等…建立了合作关系'), when another company opens the clause
_PARTNERS_BEFORE = re.compile(r"与(?:[^，,。；;与]{0,24}?[、和及])?$")
_AUTO_ENDINGS = ("汽车", "车业", "汽", "新能源汽车", "客车", "重卡")


class EntityAssembly:
    """Builds zone and enterprise facts and relations (mixed into ``rules._Run``)."""

    def _zone_facts(self) -> tuple[ZoneFact, ...]:
        out = []
        for key, ms in self.zone_groups.items():
            name = self.zone_name[key]
            ref = next((m.attrs["ref"] for m in ms if m.attrs.get("ref") is not None), None)
            first = min(ms, key=lambda m: m.start)
            if ref is not None:
                city, province = locate_zone(ref.name, ref)
            else:  # the most qualified form first: 南京江宁滨江经济开发区 places 滨江开发区
                places = [locate_zone(n) for n in sorted({m.text for m in ms} | {name}, key=len, reverse=True)]
                places += [locate_division(q, at_end=True) for q in {m.attrs.get("qualifier") for m in ms} if q]
                city, province = next((pl for pl in places if pl[0]), None) or \
                    next((pl for pl in places if pl[1]), (None, None))
            level = getattr(ref, "level", None) if ref is not None else (
                "national" if any("国家" in m.text for m in ms) else None)
            kind = getattr(ref, "kind", None) if ref is not None else first.attrs.get("kind")
            out.append(ZoneFact(name=name, evidence=self.evidence(first.start, first.rule, max(m.confidence for m in ms)),
                                aliases=tuple(sorted(({m.text for m in ms} | {canonical_zone(name)}) - {name})),
                                kind=kind, level=level,
                                city=city, province=province,
                                admin_code=getattr(ref, "admin_code", None) if ref is not None else None))
        return tuple(out)

    def _founders(self) -> dict[str, str]:
        """Founder name -> the venture's name, from 'A、B和C…(共同)出资设立D' (D named in full or as
        brand + place: 中芯绍兴 for 中芯集成电路制造(绍兴)有限公司)."""
        out: dict[str, str] = {}
        if not _FOUNDED.search(self.text):
            return out  # no sentence holds the cue if the text does not (most articles)
        for i, s in enumerate(self.sents):
            ents = self.ents_in[i]
            cue = _FOUNDED.search(s.text) if ents else None
            if cue is None:
                continue
            at = s.start + cue.end()
            before = [e for e in ents if e.end <= s.start + cue.start()]
            after = [e for e in ents if e.start >= at]
            venture = after[0].key if after and after[0].start - at <= 2 else self._venture_by_short_name(at)
            if venture is None:
                continue
            for e in before:
                if e.key != venture:
                    out[self.ent_name[e.key]] = self.ent_name[venture]
        return out

    def _venture_by_short_name(self, at: int) -> str | None:
        """The company named at ``at`` by brand + the place in its legal name's brackets (中芯绍兴)."""
        for key, ms in self.ent_groups.items():
            for m in ms:
                place = _PAREN_PLACE.search(m.text)
                if place and self.text.startswith(m.text[:2] + place.group(1), at):
                    return key
        return None

    def _supplies(self) -> tuple[tuple[SupplyFact, ...], set[str]]:
        out, customers = [], set()
        customer_sents: dict[str, set[int]] = {}  # sentences where a company is the customer
        self._customer_sents = customer_sents
        # the article's company, whom 公司/其 refer to: the most named one (first named on ties)
        counts = {k: len(ms) for k, ms in self.ent_groups.items()}
        firsts = {k: min(m.start for m in ms) for k, ms in self.ent_groups.items()}
        top_key = min(counts, key=lambda k: (-counts[k], firsts[k])) if counts else None
        for i, s in enumerate(self.sents):
            ents = self.ents_in[i]
            if not ents or not relations.SUPPLY_GATE.search(s.text):
                continue  # every supply frame needs a company in the sentence and one of these words
            topic = None
            if top_key is not None and not any(e.key == top_key for e in ents):
                earlier = [m for m in self.ent_groups[top_key] if m.start < s.start]
                topic = earlier[-1] if earlier else None
            more = relations.supplies_by_anaphor(s, ents, self.sents[i - 1], self.ents_in[i - 1]) if i else []
            if len(ents) + (topic is not None) >= 2:
                for sup, cus in relations.supplies(s, ents, topic):
                    customers.add(cus.key)
                    customer_sents.setdefault(cus.key, set()).add(i)
                    out.append(SupplyFact(self.ent_name[sup.key], self.ent_name[cus.key],
                                          self.evidence(s.start, "rel.supply", 0.75)))
                    self._note_supplied_product(s, sup, cus)
                more += relations.supplies_more(s, ents, topic)
            for sup, cus, rule, conf in more:
                if any(f.supplier == self.ent_name[sup.key] and f.customer == self.ent_name[cus.key] for f in out):
                    continue  # the base frames found it already
                customers.add(cus.key)
                customer_sents.setdefault(cus.key, set()).add(i)
                out.append(SupplyFact(self.ent_name[sup.key], self.ent_name[cus.key], self.evidence(s.start, rule, conf)))
                self._note_supplied_product(s, sup, cus)
        for e in self.ents:
            if e.attrs.get("head") == "客户":
                customers.add(e.key)
        uniq = {(f.supplier, f.customer): f for f in out}
        return tuple(uniq.values()), customers

    def _note_supplied_product(self, s, sup: Mention, cus: Mention) -> None:
        """The chain of what is supplied (为其氢燃料电池客车提供发动机系统) is both parties' chain: the
        supplier makes it, the customer builds it in; except chips, which go into every industry (a
        carmaker that buys them is not in the semiconductor chain)."""
        tail = s.text[max(sup.end, cus.end) - s.start:]
        tail = re.split(r"[。；;]", tail)[0][:40]
        chains = [c for c in self.know.chains_of(tail) if c != "digital"]  # 智能座舱 says little of the maker
        notes = self.__dict__.setdefault("_supply_chains", {})
        for k, taken in ((sup.key, chains), (cus.key, [c for c in chains if c != "semiconductor"])):
            for c in taken:
                if c not in notes.setdefault(k, []):
                    notes[k].append(c)

    def _enterprise_facts(self, data: dict[str, dict], customers: set[str]) -> tuple[EnterpriseFact, ...]:
        out = []
        know = self.know
        suppliers = getattr(self, "_suppliers", set())
        customer_sents = getattr(self, "_customer_sents", {})
        for key, ms in self.ent_groups.items():
            name = self.ent_name[key]
            d = data[key]
            ms.sort(key=lambda m: m.start)
            if _FUND_NAME.search(name):
                zone = None  # an investment fund puts money into a zone's project; it does not sit there
            elif d["has_project"]:
                zone = next((z for z in d["projects_zones"] if z), None)
            elif key in customers:
                # a customer is often elsewhere; its zone comes only from sentences
                # where it is not the customer
                own = [m for m in ms if self.index.at(m.start) not in customer_sents.get(key, ())]
                zk = self._enterprise_zone(own, nearby=False) if own else None
                zone = self.zone_name.get(zk) if zk else None
            elif ms[0].attrs.get("target"):
                zone = None  # first named as a company to recruit: not (yet) in the zone
            else:
                zone = None
                first = ms[0]
                listed_with_zone = any(0 <= first.start - z.end <= 20 and
                                       self.text[z.end:z.end + 1] in "、及和与" and
                                       not re.search(r"[，,。；;]", self.text[z.end:first.start])
                                       for z in self.zones_in[self.index.at(first.start)])
                if not listed_with_zone:
                    zk = self._enterprise_zone(ms, nearby=key not in suppliers)
                    zone = self.zone_name.get(zk) if zk else None
            chains = list(d["chains"])
            ref = next((m.attrs["ref"] for m in ms if m.attrs.get("ref") is not None), None)
            for c in (getattr(ref, "chains", ()) or ()) if ref is not None else ():
                if c not in chains:
                    chains.append(c)
            names = " ".join({m.text for m in ms})
            for c in know.chains_of(names):
                if c not in chains:
                    chains.append(c)
            if any(m.attrs.get("automaker") for m in ms) or any(
                    n.endswith(_AUTO_ENDINGS) and not n.endswith("轨道客车")  # 中车长春轨道客车 builds trains
                    for n in (strip_legal(m.text) for m in ms)):
                if "nev" not in chains:
                    chains.append("nev")
            for c in getattr(self, "_supply_chains", {}).get(key, ()):
                if c not in chains:
                    chains.append(c)
            if not chains:
                chains.extend(ending_chains(" ".join(strip_legal(m.text) for m in ms))[:1])
            for c in self._described_chains(ms) or self._topic_chains(ms) or self._own_product_chains(ms):
                if c not in chains:
                    chains.append(c)
            if not chains:  # '…、正大天晴等一批医药企业': the list says what kind its companies are
                kinds = " ".join(m.attrs.get("list_kind") or "" for m in ms)
                chains.extend(know.chains_of(kinds)[:1] or ending_chains(kinds)[:1])
            if "other" not in chains and (
                    any(w in names for w in OUTSIDE_TRADE_NAME_WORDS) or
                    not {"new_materials", "semiconductor"} & set(chains) and any(w in names for w in CHEMICALS_NAME_WORDS)
                    or not chains and any(w in names for w in OTHER_CHAIN_WORDS)):
                chains.append("other")
            segments = tuple(dict.fromkeys(list(getattr(ref, "segments", ()) or ()) + know.segments_of(names))) \
                if ref is not None else tuple(know.segments_of(names))
            conf = max(m.confidence for m in ms)
            aliases = tuple(sorted({m.text for m in ms if not m.attrs.get("filer")} - {name}))  # (公司: no alias)
            out.append(EnterpriseFact(name=name, evidence=self.evidence(ms[0].start, ms[0].rule, conf),
                                      aliases=aliases, zone=zone,
                                      chains=tuple(chains), segments=segments,
                                      leader=bool(getattr(ref, "leader", False)) if ref is not None else False))
        return tuple(out)

    def _described_chains(self, ms: list[Mention]) -> list[str]:
        """The industry a sentence describes the company in (主营…, 专注于…, 是…制造商)."""
        for m in ms:
            s = self.sentence_of(m.start)
            rest = self.text[m.end:s.end]
            cue = _DESCRIBE_RE.search(rest[:40])
            if not cue or cue.start() > 12 and not rest[:cue.start()].startswith(("(", "（")):
                continue
            span = rest[cue.start():cue.start() + 60]
            hits = self.know.classify(span)
            product = [h for h in hits if h.segment]
            if product or hits:
                return [(product or hits)[0].chain]
        return []

    def _own_product_chains(self, ms: list[Mention]) -> list[str]:
        """'（以下简称「汉钟精机」）的干式真空泵': the company's own product, a segment's term."""
        for m in ms:
            own = _OWN_PRODUCT.match(self.text, m.end)
            if own:
                product = [h for h in self.know.classify(self.text[own.end():own.end() + 12]) if h.segment]
                if product:
                    return [product[0].chain]
        return []

    def _topic_chains(self, ms: list[Mention]) -> list[str]:
        """The industry a sentence opens on as its topic ('电子特气方面，A…；B…'): its companies' industry."""
        for m in ms:
            s = self.sentence_of(m.start)
            topic = _TOPIC_RE.match(s.text)
            # the company opens a clause of the sentence: a subject, not an object (搭载了英伟达芯片)
            if topic and topic.end() <= m.start - s.start and self.text[m.start - 1:m.start] in "，,；;、：:":
                hits = self.know.classify(topic.group("topic"))
                if hits:
                    return [hits[0].chain]
        return []

    def _enterprise_zone(self, ms: list[Mention], nearby: bool = True) -> str | None:
        """A company's zone: named in one of its sentences (位于…, 园区企业…), or the zone the
        text is about just before when the sentence speaks of the zone's area (区内, 园区)."""
        ms = [m for m in ms if not self._met_not_hosted(m)]
        for m in ms:
            i = self.index.at(m.start)
            s = self.sents[i]
            inside = self.zones_in[i]
            if inside:
                before = [z for z in inside if z.start <= m.start]
                if before and _VISITED.search(self.text, before[-1].end, m.start) and \
                        not _OWN_FIRMS.search(self.text, before[-1].end, m.start) and \
                        not _TO_THE_ZONE.search(self.text, max(0, before[-1].start - 3), before[-1].start):
                    continue  # '延安高新区考察组…拜访了X': the zone's team calls on X, elsewhere (not
                    # '来安康高新区考察，先后走访了X': visitors call on X in the zone)
                return (before[-1] if before else inside[0]).key
        for m in ms:
            i = self.index.at(m.start)
            s = self.sents[i]
            # the sentence before counts for the zone's own firms listed as such (A、B等一批重点企业)
            listed = m.attrs.get("head") in ("企业", "龙头")
            prev = self.sents[i - 1] if nearby and listed and i > 0 and \
                self.sents[i - 1].paragraph >= s.paragraph - 1 else None
            at = _AT_PLACE.search(self.text, max(s.start, m.start - 10), m.start)
            if at:  # '同在南沙的X': the one zone of the article in that place
                zones = {z.key for z in self.zones if z.start < m.start and self._zone_in_place(z.key, at["place"])}
                if len(zones) == 1:
                    return zones.pop()
            if _VISITED.search(s.text) and not _OWN_FIRMS.search(s.text):
                continue  # firms the zone's team calls on are not its firms by the zone's words nearby
            if _PARTNERS_BEFORE.search(s.text, 0, m.start - s.start) and \
                    any(e.end <= m.start and e.key != m.key for e in self.ents_in[i]):
                continue  # '园区内的X已与A、B等电池企业建立了合作关系': X's partners, not the park's firms
            if self._zone_area(i) or (prev is not None and (self.zones_in[i - 1] or self._zone_area(i - 1))):
                before = [z for z in self.zones if z.end <= m.start]
                if before:
                    return before[-1].key
        return None

    def _zone_area(self, i: int) -> bool:
        """Sentence ``i`` speaks of a zone's area (区内, 园区, 开发区), outside the names of its companies
        (广州开发区人才工作集团)."""
        s = self.sents[i]
        return any(not any(e.start <= s.start + a.start() < e.end for e in self.ents_in[i])
                   for a in _ZONE_AREA.finditer(s.text))

    def _met_not_hosted(self, m: Mention) -> bool:
        """A company at the zone's promotion meeting, or one that comes to look at the zone."""
        s = self.sents[self.index.at(m.start)]
        return bool(_ATTENDED.search(s.text, m.end - s.start) or _VISITOR.match(self.text, m.end, s.end))

    def _focus(self) -> tuple[FocusFact, ...]:
        out: dict[tuple[str, str], FocusFact] = {}
        if not self.zones:
            return ()
        ends = sorted(z.end for z in self.zones)
        cues = relations.focus_cue_starts(self.text)
        for i, s in enumerate(self.sents):
            # '<产业>是<zone>的支柱产业': its own trigger (…产业 after a zone), outside the focus cues
            for z, chain, segment, pos in relations.focus_of_zone_as_possessor(s, self.zones_in[i], self.know):
                key = (self.zone_name[z.key], chain)
                if key not in out:
                    out[key] = FocusFact(key[0], chain, self.evidence(pos, "rel.focus_possessor", 0.7), segment)
            k = bisect_left(cues, s.start)
            if k == len(cues) or cues[k] >= s.end:
                continue  # no focus cue in the sentence: focus() would find nothing
            zs = self.zones_in[i]
            if not zs:  # a zone named up to 500 characters before is the only other subject focus() takes
                k = bisect_right(ends, s.end) - 1
                if k < 0 or s.start - ends[k] > 500:
                    continue
            for z, chain, segment, pos in relations.focus(s, zs, self.zones, self.know):
                key = (self.zone_name[z.key], chain)
                if key not in out:
                    out[key] = FocusFact(key[0], chain, self.evidence(pos, "rel.focus", 0.7), segment)
        return tuple(out.values())

    def _memberships(self) -> tuple[MembershipFact, ...]:
        out = {}
        for i, s in enumerate(self.sents):
            zs = self.zones_in[i]
            if not zs or "联盟" not in s.text:
                continue
            for z, alliance in relations.memberships(s, zs):
                out[(self.zone_name[z.key], alliance)] = MembershipFact(self.zone_name[z.key], alliance,
                                                                        self.evidence(s.start, "rel.membership", 0.75))
        return tuple(out.values())
