"""Relations stated in a sentence: supplies, a zone's focus industries,
alliance membership and partnerships.

- supplies: '<供应商>…产品广泛应用于A、B、C等…' -> supplier -> each customer.
  Prospective customers ('对接了包括特斯拉等客户') are not supplies.
- focus: '围绕/聚焦/重点发展/重点在 … 产业/领域' whose subject is a zone: the zone
  is named in the sentence, or is the topic of the text just before and no
  district or city (区委, 全区, 我区) is the subject.
- membership: zones listed in a sentence with an alliance (…联盟由A、B等组成).
- partnership: '由<zone>与<company>共建' / '<company>与<zone>共建'.
"""

from __future__ import annotations

import re

from .enterprises import FOREIGN_DESCRIPTION
from .knowledge import Knowledge
from .lexicon import COUNTRY_PREFIXES, FOCUS_CUES, PARTNER_CUES, PROSPECT_WORDS, SUPPLY_CUE_STRICT
from .mentions import Mention
from .text import Sentence, gated
from .zones import CO_BUILT_AFTER

# A word without which no supply frame below can match: a cheap test before the frames.
SUPPLY_GATE = re.compile(r"应用|供|配套|进入|提供|交付|销售|出售|采购|订购|购买|下单|客户|送往|销往|使用|搭载|采用|装配|定点|订单|"
                         r"装机|投用|验证|来自|负责")
_SUPPLY_RE = re.compile("|".join(sorted(map(re.escape, SUPPLY_CUE_STRICT), key=len, reverse=True)))
_FOCUS_RE = re.compile("|".join(sorted(map(re.escape, FOCUS_CUES), key=len, reverse=True)))
_FOCUS_END = re.compile(r"(?:等)?(?:[\u4e00-\u9fff]{0,6}?)(?:产业|领域|行业|方向|赛道)")
_ALLIANCE_RE = re.compile(r"[\u4e00-\u9fff]{2,14}?联盟")
_DISTRICT_SUBJECT = re.compile(r"(?:^|[，,。])(?:全区|我区|全市|我市|全县|区委|市委|县委|区政府|市政府)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


def _in_span(m: Mention, lo: int, hi: int) -> bool:
    return lo <= m.start and m.end <= hi


# Supply frames between two company mentions A … B in one sentence: (regex on the text
# between them, direction). "ab": A supplies B; "ba": B supplies A.
_PAIR_FRAMES = (
    (re.compile(r"^[^，,。；;]{0,12}?(?:向|为|给)$"), "ab",
     re.compile(r"^(?:[^，,。；;]{0,6}?)(?:供应|供货|提供|交付|配套|销售|出售)")),
    (re.compile(r"^[^，,。；;]{0,12}?向$"), "ba", re.compile(r"^(?:[^，,。；;]{0,6}?)(?:采购|订购|购买|下单)")),
    (re.compile(r"^(?:是|成为|已成为|正式成为|已是)$"), "ab",
     re.compile(r"^的?[^，,。；;]{0,12}?(?:供应商|供货商|配套商)")),
    # 'A的动力电池还配套B', 'A产品已批量供货B'
    (re.compile(r"^的?[^，,。；;]{0,12}?(?:还|也|已|均|主要|已经|同时|批量|长期)*(?:配套|供货给?|供应给?)$"), "ab", None),
    # 'A获得B(的)定点': B nominated A as a supplier; 'A拿下B的…订单': B ordered from A
    (re.compile(r"^[^，,。；;]{0,10}?(?:获得|获|拿到|拿下|斩获|收到|取得)$"), "ab",
     re.compile(r"^(?:的)?[^，,。；;]{0,12}?(?:定点|订单)")),
    (re.compile(r"^是$"), "ba", re.compile(r"^(?:在[^，,。；;]{0,6})?的[^，,。；;]{0,8}?客户")),
    (re.compile(r"^(?:[^，,。；;]{0,16}?)(?:送往|供应给|供货给|销往|提供给|配套给)$"), "ab", None),
    (re.compile(r"^(?:[^，,。；;]{0,16}?)(?:所用|使用|搭载|采用|装配)的[^，,。；;]{0,12}?由$"), "ba",
     re.compile(r"^(?:供应|提供|配套|供货)")),
    # '极越01搭载了两颗英伟达…芯片': a maker's model carries B's part
    (re.compile(r"^[\dA-Za-z\- ]{1,8}(?:等)?(?:车型|车款)?(?:已|均|都)?(?:搭载|采用|配备|装配|选用|装载)(?:了)?"
                r"[^，,。；;\dA-Za-z]{0,3}$"), "ba",
     re.compile(r"^[^，,。；;]{0,20}?(?:芯片|电池|电芯|电机|电驱|系统|模组|控制器|传感器|雷达|平台)")),
)
# '成为其…供应商': A (and A2) become suppliers of the sentence's earlier company.
_BECOME_SUPPLIER = re.compile(r"^(?:[，,]?[^，,。；;]{0,4}?)成为其[^，,。；;]{0,8}?(?:供应商|供货商)")
# Words that make a supply intended, possible or under talks, not a fact.
_MODAL = ("能否", "是否", "有待", "潜在", "或将", "有望", "拟", "计划", "洽谈", "对接", "将为", "筹划", "意向", "争取")
_CARRIES_IT = re.compile(r"[\dA-Za-z\- ]{0,8}(?:等)?(?:多款|部分|全系)?(?:车型|车辆|车款|汽车)?(?:已|均|都)?"
                         r"(?:搭载|采用|装配|选用|装载)(?:了)?(?:这款|该款|此款|这一|该|其)")
# 'B为这款车型提供…': B supplies the maker of the model spoken of
_FOR_THIS_MODEL = re.compile(r"(?:还|也|则|将)?为(?:这款|该款|此款|这一|该)(?:车型|新车|车款|车)(?:提供|配套|供应|供货)")
_MODEL_NUMBER = re.compile(r"[\dA-Za-z]")
# '<model>搭载由B提供的…电池': B supplies the maker of the model
_CARRIES_FROM = re.compile(r"(?:搭载|采用|使用|配备|装配)(?:了)?由$")
_PROVIDED_AFTER = re.compile(r"(?:提供|供应|配套|生产|研发)的")
# '这台光刻机由阿斯麦（ASML）公司提供，是A…的设备': B supplies the other company of the sentence
_BY_BEFORE = re.compile(r"由(?:" + "|".join(map(re.escape, COUNTRY_PREFIXES)) + r")?$")  # 由荷兰阿斯麦…提供
_BY_AFTER = re.compile(r"(?:[（(][^）)]{0,12}[）)])?(?:公司|集团)?(?:为(?:该|本|这一)?(?:项目|工程|电站|工厂)|(?P<its>为其))?"  # 为项目提供
                       r"(?:提供|供应|供货|配套)(?!资金|贷款|融资|担保|授信|补贴|服务|支持|咨询)")
_SIGNED_SUPPLY = re.compile(r"(?:签订|签署|签下|达成)[^，,。；;]{0,12}?(?:供货|供应|采购)(?:框架)?(?:协议|合同)")
# '<B>(、C和D)(等)是公司(的)前两大/主要客户': B is a customer of the company spoken of
# ('农夫山泉、华润怡宝等饮料企业都是它的客户': the kind of the customers, 它 for 其)
_CUSTOMER_OF = re.compile(r"(?:(?:[、和及与][^，,。；;、]{1,16}?)*(?:等[^，,。；;、]{0,4}?)?(?:企业|公司|车企|厂商)?)"
                          r"(?:是|为|均为|都是|均是)(?P<whose>公司|该公司|本公司|其|它)的?"
                          r"(?:前[一二两三四五]大|第一大|主要|核心|重要|最大的?)?客户")
_MOUNTED_IN_BEFORE = re.compile(r"(?:已|已经|均|批量|陆续)?(?:搭载|装配|装载|应用)(?:在|于)$")
_LONG_ORDER = re.compile(r"(?:签订|签署|签下|锁定)(?:了)?[^，,。；;]{0,8}?(?:长单|长协|长期协议|供货协议|供应协议|采购协议|采购合同|供货合同)")
_TO_THEM = re.compile(r"向其[^，,。；;]{0,6}?(?:供应|供货|提供|交付)")
_CLAUSE_OPENER = re.compile(r"\s*(?:而|并|同时|此外|另外|则|其中|但)?")
_MODAL_UNDER_CONTRACT = tuple(w for w in _MODAL if w != "将为")
# '工厂投产后，X将为B配套…': what a plant will supply once it runs is its purpose, stated as fact
_ONCE_RUNNING = re.compile(r"^[^，,。；;]{0,12}?(?:建成)?(?:投产|达产|量产)后[，,]")
# A sentence whose subject is the article's company said again (公司的…, 该公司…, 其…).
_ANAPHOR_SUBJECT = re.compile(r"^\s*(?:[^，,。；;]{0,8}?[，,：:])?(?:该公司|公司|该企业|其)")  # (1️⃣ 配套：公司为…)
# The object of a supply verb: 'A…向B供应', '…配套B', 'A…为B批量供货'.
_SUPPLY_VERB_BEFORE = re.compile(r"(?:配套|供货给|供应给|供货|供应|交付给)$")
_TO_BEFORE = re.compile(r"(?:向|为|给)$")
# '为AMD、联发科等…提供': a later item of the list after 为
_TO_LIST_BEFORE = gated(r"(?:向|(?<![成作])为|给)[^，,。；;为向给]{1,24}?[、和及与]$")  # not 成为/作为
_ITS_UNIT = re.compile(r"的?(?:控股|全资)?(?:子公司|孙公司)|旗下(?:的)?(?:企业|公司)?")
_OWNED_BY = re.compile(r"(?:旗下|控股|投资|设立)的?|的(?:全资|控股)?子公司")
# '<subject>的<产品>已在B、C等…使用/应用': B and C use the subject's products
_USED_AT = re.compile(r"^(?:[、和及与][^，,。；;]{0,12}?)*(?:等)?[^，,。；;]{0,16}?(?:使用|应用|装机|投用|得到验证)")
# '(以下简称“华灿光电”)': a short name declared inside a list of customers, skipped when reading the list
_DECLARED_SHORT = re.compile(r"[（(](?:以下)?(?:简称|下称)[^）)]{0,14}[）)]")
# '通过B（、C和D）的认证，成为…合格供应商': certified by B, a supplier of B
_CERTIFIED_BEFORE = re.compile(r"通过(?:了)?(?:[^，,。；;通]{1,24}?[、和及与])?$")
_CERTIFIED_AFTER = re.compile(r"^(?:[（(][^）)]{0,10}[）)])?(?:[、和及与][^，,。；;]{1,16}?)*(?:等)?(?:公司|集团)?的?"
                              r"[^，,。；;]{0,8}?认证")
_WON_TENDER = re.compile(r"(?:[（(][^）)]{0,14}[）)])?(?:成功|顺利)?中标(?!候选)")
_BECAME_SUPPLIER = re.compile(r"成为[^，,。；;]{0,20}?(?:合格|核心|一级|主要|重要|战略)?供应商")
_DESCRIBED_END = re.compile("(?:" + FOREIGN_DESCRIPTION + ")$")
_LATIN_BRACKET = re.compile(r"^[（(][A-Za-z0-9 .&\-]{1,30}[)）]")
_SUPPLY_VERB_AFTER = re.compile(r"^(?:[、和及与][^，,。；;、]{1,12}?)*(?:等[^，,。；;]{0,10}?)?"
                                r"(?:[^，,。；;的]{0,8}?的[^，,。；;]{0,24}?|[^，,。；;]{0,8}?)"  # 为B的纯电SUV Eletre提供
                                r"(?:供应|供货|提供|交付|配套)")


_WITH_BEFORE = re.compile(r"(?:^|[，,])[^，,]{0,12}?与$")


def _subject(text: str, start: int, ordered: list[Mention], topic: Mention | None) -> Mention | None:
    """The company the sentence speaks of: its first company when no supply verb precedes it,
    else the article's company when the sentence opens with 公司/该公司/其."""
    if topic is not None and ordered:
        said = _ANAPHOR_SUBJECT.match(text)
        if said and said.end() <= ordered[0].start - start and \
                not _ITS_UNIT.fullmatch(text, said.end(), ordered[0].start - start):
            return topic  # '公司的产品已进入A、B等…的供应链': 公司 opens the sentence before any name
            # (but '其控股子公司X…向B供货': the unit named next is the subject)
    if ordered:
        first = ordered[0]
        if _WITH_BEFORE.search(text, 0, first.start - start):
            # '(秦安股份)与长安福特、理想汽车等客户保持着良好合作': the company after 与 is a partner, not
            # the subject (which is unnamed here, or the article's company said as 公司)
            return topic if topic is not None and _ANAPHOR_SUBJECT.match(text) else None
        if not _SUPPLY_VERB_BEFORE.search(text[:first.start - start]) and \
                not _TO_BEFORE.search(text[:first.start - start]):
            # '<母公司>旗下的<子公司>…': the subsidiary is the subject
            for nxt in ordered[1:]:
                if nxt.key != first.key and _OWNED_BY.fullmatch(text[first.end - start:nxt.start - start]):
                    return nxt
            return first
    if topic is not None and _ANAPHOR_SUBJECT.match(text):
        return topic
    return None


def supplies(sent: Sentence, ents: list[Mention], topic: Mention | None = None) -> list[tuple[Mention, Mention]]:
    """Supplier -> customer pairs the sentence states (products used by, supplier of, 向…供应, 向…采购).

    ``topic`` is the article's main company, the supplier of a sentence that names it as 公司/其.
    """
    out: list[tuple[Mention, Mention]] = []
    text = sent.text
    ordered = sorted(ents, key=lambda e: e.start)
    subject = _subject(text, sent.start, ordered, topic)
    for cue in _SUPPLY_RE.finditer(text):
        pos = sent.start + cue.start()
        end_m = re.compile(r"[。；;！？!?\n]").search(text, cue.end())
        hi = sent.start + (end_m.start() if end_m else len(text))
        before = [e for e in ents if _in_span(e, sent.start, pos)]
        after = [e for e in ents if _in_span(e, sent.start + cue.end(), hi)]
        if not after or not before and (subject is None or subject is not topic):
            continue  # (the article's company said as 公司 before the cue counts as named)
        clause_before = text[:cue.start()]
        if any(w in clause_before[-12:] for w in PROSPECT_WORDS):
            continue
        # the sentence's subject supplies; a company after a supply verb is a customer itself
        supplier = subject if subject is not None and subject.start < pos else None
        if supplier is None:
            continue
        for c in after:
            if c.attrs.get("prospect") or c.key == supplier.key:
                continue
            out.append((supplier, c))
    # '…签订长期供货协议，将为B供应…': a signed supply agreement makes 将为 a fact, not an intention
    # (so does a plant's purpose once it runs)
    modal = _MODAL_UNDER_CONTRACT if _SIGNED_SUPPLY.search(text) or _ONCE_RUNNING.match(text) else _MODAL
    if subject is not None:
        # '<subject>…向/为B…供应', '<subject>…配套B' across commas: the subject supplies B
        for b in ordered:
            if b.key == subject.key or b.start < subject.end and subject is not topic:
                continue
            before_b = text[:b.start - sent.start]
            clause_lo = max(before_b.rfind(c) for c in "，,；;") + 1
            clause = text[clause_lo:b.end - sent.start + 24]
            if any(w in clause for w in modal) or any(w in clause for w in PROSPECT_WORDS):
                continue
            opener = _CLAUSE_OPENER.match(text, clause_lo).end() + sent.start
            if any(e.start == opener and e.key not in (subject.key, b.key) for e in ordered):
                continue  # '…，而天赐材料长期为B提供…': the clause has a subject of its own
            described = _DESCRIBED_END.sub("", before_b)  # '为丹麦风机制造商维斯塔斯（Vestas）提供'
            if (_TO_BEFORE.search(described) or _TO_LIST_BEFORE.search(before_b[clause_lo:])) \
                    and _SUPPLY_VERB_AFTER.search(_LATIN_BRACKET.sub("", _DECLARED_SHORT.sub("", text[b.end - sent.start:]), 1)):
                unit = next((c for c in ordered if c.start >= b.end and c.key != b.key), None)
                if unit is not None and unit.key != subject.key and \
                        _OWNED_BY.fullmatch(text, b.end - sent.start, unit.start - sent.start):
                    b = unit  # '为A旗下的B提供': the subsidiary B is the customer
                out.append((subject, b))
            elif _SUPPLY_VERB_BEFORE.search(before_b):
                # '…一直供应采埃孚、耐世特等…厂商': each company of the list after the verb
                out.extend((subject, c) for c in _list_after(ordered, ordered.index(b), text, sent.start)
                           if c.key != subject.key)
            elif _MOUNTED_IN_BEFORE.search(before_b[clause_lo:]):
                out.append((subject, b))  # '公司…IPU03已搭载于小鹏汽车P7车型': B's cars carry the subject's product
            elif _CERTIFIED_BEFORE.search(before_b[clause_lo:]) and _CERTIFIED_AFTER.match(text[b.end - sent.start:]) \
                    and _BECAME_SUPPLIER.search(text, b.end - sent.start):
                out.append((subject, b))
            elif re.search(r"(?:已|已经|均|广泛)?(?:在|被)$", before_b[clause_lo:]) or \
                    re.search(r"(?:已|已经|均|广泛)?(?:在|被)[^，,。；;]{0,30}?[、和及与]$", before_b[clause_lo:]):
                if _USED_AT.match(text[b.end - sent.start:]) and subject.start < b.start:
                    out.append((subject, b))
    # 'A与B、C等…签订了多年期长单，持续向其供应…': A supplies the companies it signed with
    signed = _LONG_ORDER.search(text)
    if signed is not None and subject is not None and _TO_THEM.search(text, signed.end()) and \
            not any(w in text[:signed.start()] for w in _MODAL):  # (拟签订…: not yet)
        partners = [e for e in ordered if subject.end <= e.start and e.start - sent.start < signed.start()
                    and e.key != subject.key]
        if partners and "与" in text[subject.end - sent.start:partners[0].start - sent.start]:
            out.extend((subject, p) for p in {e.key: e for e in partners}.values())
    # '宁德时代和比亚迪是公司前两大客户': the customers of the article's company (公司), or of the
    # sentence's company named before them (其)
    for b in ordered:
        m = _CUSTOMER_OF.match(text, b.end - sent.start)
        if m is None:
            continue
        before = [e for e in ordered if e.start < b.start and e.key != b.key]
        if m.group("whose") in ("其", "它") and any(e.key == b.key and e.start < b.start for e in ordered):
            # '向A、B等…供货，A是其第一大客户': A was named among the customers; 其 is who supplies them
            supplier = subject if subject is not None and subject.key != b.key else topic
        elif m.group("whose") in ("其", "它"):
            # the company before the list B closes ('A…，B1、B2等…都是它的客户'), not B's list companions
            k = len(before)
            first = b
            while k and text[before[k - 1].end - sent.start:first.start - sent.start] in ("、", "和", "及", "与", "以及"):
                k -= 1
                first = before[k]
            supplier = before[k - 1] if k else None
        else:  # the article's company, or the one that opens this sentence ('A披露，B是公司…客户')
            supplier = topic or (before[0] if before else None)
        if supplier is not None and supplier.key != b.key:
            out.append((supplier, b))
    # '<B>08等车型搭载了这款芯片': B's models carry the product the text speaks of, the article's
    # company's (or the sentence's subject's when another company opens it)
    maker = subject if subject is not None and ordered and subject is not ordered[0] else topic
    if maker is not None:
        for b in ordered:
            if b.key != maker.key and _CARRIES_IT.match(text, b.end - sent.start) and \
                    not any(w in text for w in _MODAL):
                out.append((maker, b))
    for b in ordered:
        by = _BY_BEFORE.search(text, 0, b.start - sent.start) and _BY_AFTER.match(text, b.end - sent.start)
        if by and not any(w in text for w in _MODAL):
            # the customer is named before B, else after it in the same subject's words
            # ('公司…原片主要由B供应，其…为C供货': C is the other clause's customer)
            others = [a for a in ordered if a.key != b.key and a.start < b.start]
            if by.group("its"):  # '…合资成立C，…由B为其提供芯片': 其 is the company named last before
                others = others[-1:]
            elif not others:
                others = [a for a in ordered if a.key != b.key and a.start > b.start
                          and not _NEW_SUBJECT.search(text, b.end - sent.start, a.start - sent.start)]
            customer = others[0] if others else topic
            if customer is not None and customer.key != b.key:
                out.append((b, customer))
    for j, b in enumerate(ordered):
        if (_FOR_THIS_MODEL.match(text, b.end - sent.start) or
                _CARRIES_FROM.search(text, 0, b.start - sent.start) and _PROVIDED_AFTER.match(text, b.end - sent.start)) \
                and not any(w in text for w in _MODAL):
            # the maker is the company whose model (极越01) the sentence named before, else the article's
            model = [a for a in ordered[:j] if a.key != b.key and _MODEL_NUMBER.match(text, a.end - sent.start)]
            maker = model[-1] if model else topic
            if maker is not None and maker.key != b.key:
                out.append((b, maker))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if a.key == b.key:
                continue
            between = text[a.end - sent.start:b.start - sent.start]
            after = text[b.end - sent.start:b.end - sent.start + 24]
            clause = text[max(0, text.rfind("，", 0, a.start - sent.start)):b.end - sent.start + 24]
            if any(w in clause for w in _MODAL):
                continue
            for frame, direction, tail in _PAIR_FRAMES:
                if frame.search(between) and (tail is None or tail.search(after)):
                    out.append((a, b) if direction == "ab" else (b, a))
                    break
        tail = text[a.end - sent.start:a.end - sent.start + 20]
        if _BECOME_SUPPLIER.search(tail):
            customer = next((e for e in ordered if e.start < a.start and e.key != a.key), None)
            partners = [a] + [e for e in ordered if e.start < a.start and customer is not None and e.start > customer.end
                              and e.key not in (a.key, customer.key)]
            if customer is not None:
                out.extend((p, customer) for p in partners)
    # 'A的一批…设备的采购项目，由B中标': the winner of A's tender supplies A (not a 中标候选人)
    buy = text.find("采购") if "中标" in text else -1
    if buy >= 0:
        buyers = [a for a in ordered if a.end - sent.start <= buy]
        for b in ordered:
            if buyers and b.start - sent.start > buy and b.key != buyers[0].key and \
                    _WON_TENDER.match(text, b.end - sent.start) and not any(w in text for w in _MODAL):
                out.append((b, buyers[0]))
    # '…引进和培育了A、B、C等40余家零部件企业，为吉利贵阳基地配套…': each company brought in serves B
    for i, a in enumerate(ordered):
        if not _BROUGHT_IN_BEFORE.search(text, 0, a.start - sent.start):
            continue
        items = _list_after(ordered, i, text, sent.start)
        kind = _KIND_THEN_FOR.match(text, items[-1].end - sent.start)
        customer = next((b for b in ordered if b.start == sent.start + kind.end()), None) if kind else None
        if customer is not None and _SUPPLY_VERB_AFTER.search(text[customer.end - sent.start:]) and \
                not any(w in text for w in _MODAL):
            out.extend((item, customer) for item in items if item.key != customer.key)
    uniq: dict[tuple[int, int], tuple[Mention, Mention]] = {}
    for pair in out:
        uniq.setdefault((id(pair[0]), id(pair[1])), pair)
    return list(uniq.values())


_BROUGHT_IN_BEFORE = re.compile(r"(?:引进|培育|集聚|聚集|吸引)(?:和培育|和引进)?(?:了)?$")
_KIND_THEN_FOR = re.compile(r"等[^，,。；;]{0,12}?(?:企业|厂商|公司|供应商)[，,](?:并|还|均|都)?(?:为|给)")


# Words between a list of industries and its head noun (四大产业, 等优势产业, 新兴产业).
_FILLER = r"(?:[一二两三四五六七八九十\d]+大|几大)?(?:主导|重点|优势|新兴|战略性新兴|未来|特色|支柱|先导|核心)?"
# '以A、B、C为四大主导产业': a count of kinds may come between 为 and its kind
_COUNTED_KIND = r"(?:[一二两三四五六七八九十\d]+大|几大)?"
# Frames that state a focus industry; ``list`` holds the industries.
_FOCUS_FRAMES = (
    re.compile(r"(?:重点发展|重点围绕|重点在|重点打造|聚焦|围绕|主攻|大力发展|集中发展|特别是针对|针对|紧扣|聚力|瞄准|锚定|深耕|"
               r"做大做强|发展|打造|培育|壮大)"
               r"(?P<list>[^，,。；;：:]{2,60}?)(?:等)?" + _FILLER + r"(?:产业|领域|行业|方向|赛道)"),
    re.compile(r"以(?P<list>[^，,。；;：:]{2,60}?)为" + _COUNTED_KIND + r"(?:主导|主|重点|核心|特色|支柱|首位|龙头|引领)"),
    re.compile(r"(?:将|把)(?P<list>[^，,。；;：:]{2,60}?)(?:作为|列为|确定为|定为|确立为)[^，,。；;]{0,16}?(?:产业|方向|领域|赛道)"),
    re.compile(r"(?P<list>[^，,。；;：:是]{2,40}?)是[\u4e00-\u9fff]{0,6}?(?:着力|重点|优先|主要|大力)(?:发展|培育|打造|扶持|布局)的"
               r"[^，,。；;]{0,8}?(?:产业|方向|领域)"),
    # '开发区现有农副产品加工、生物医药…六大支柱产业': the lead industries a zone has (not a place's:
    # '当地已形成黄金、轮胎…五大主导产业')
    re.compile(r"(?<!当地)(?<!本地)(?<!当地已)(?<!本地已)(?:现有|拥有|已形成|形成了|形成)(?P<list>[^，,。；;：:]{2,60}?)(?:等)?" + _COUNTED_KIND +
               r"(?:主导|支柱|特色|优势|首位)产业"),
    # '十堰经开区聚焦新能源商用车及关键零部件，…': the industries alone, the zone their subject
    # '以氟新材料为主导、生物医药为新增长极': each industry after the lead one in its own role
    re.compile(r"(?<=[、，,])(?P<list>[^，,。；;：:为以]{2,30}?)为(?:新的?增长极|增长极|补充|支撑|两翼|新兴|辅|配套)"),
    re.compile(r"(?:聚焦|重点发展|主攻|大力发展|集中发展)(?P<list>[^，,。；;：:]{2,30}?)(?=[，,。；;]|$)"),
)
# Words each frame cannot match without: one of each group, found by a regex each (C speed)
# before the frame's own, which would try its lazy list at every cue or character.
_FRAME_NEEDS = tuple(tuple(re.compile("|".join(group)) for group in groups) for groups in (
    (("产业", "领域", "行业", "方向", "赛道"),),
    (("以",), ("为" + _COUNTED_KIND + "(?:主|重点|核心|特色|支柱|首位|龙头|引领)",)),
    (("将", "把"), ("作为", "列为", "确定为", "定为", "确立为"), ("产业", "方向", "领域", "赛道")),
    (("是",), ("着力", "重点", "优先", "主要", "大力"), ("发展的", "培育的", "打造的", "扶持的", "布局的"), ("产业", "方向", "领域")),
    (("现有", "拥有", "形成"), ("主导产业", "支柱产业", "特色产业", "优势产业", "首位产业")),
    (("以",), ("为主导", "为主、", "为主，", "为重点", "为核心", "为龙头", "为引领", "为首位"),
     ("增长极", "为补充", "为支撑", "为两翼", "为新兴", "为辅", "为配套")),
    (("聚焦", "重点发展", "主攻", "大力发展", "集中发展"),),
))
_BARE_FOCUS = len(_FRAME_NEEDS) - 1  # its zone must open the clause right before the cue
_FOCUS_ANY = re.compile(r"围绕|聚焦|重点|主攻|发展|打造|培育|壮大|针对|紧扣|聚力|瞄准|锚定|深耕|为主|为核心|为特色|为支柱|为首位|为龙头|为引领|作为|列为|定为|确立为|大主导|大支柱|大核心|大特色|现有|拥有|形成")
# A city, county or district as the subject: its focus is not a zone's.
_ADMIN = re.compile(r"[\u4e00-\u9fff]{2,3}(?:市|县|区)(?![委政])"
                    r"(?=[，,]?(?:近年来|今年|目前|也|还|则|又|已)?(?:将|把|要|以|则|提出|正|重点|大力|着力|积极|加快|[，,]))"
                    r"|全区|我区|全市|我市|全县|区委|市委|县委|区政府|市政府")
_NOT_ADMIN_END = ("新区", "园区", "开发区", "高新区", "经开区", "工业区", "片区", "城区", "社区", "景区", "街区", "示范区", "自贸区",
                  "产区", "校区", "试验区", "先导区", "新城区", "功能区", "集聚区", "承载区", "核心区", "聚集区", "先行区",
                  "引领区", "合作区", "实验区", "发展区")
_LIST_ITEMS = re.compile(r"、|和|及|与|以及")
_ZONE_KIND_WORDS = ("片区", "高新区", "经开区", "开发区", "新区", "园区")  # longest first where one ends another
_FIRM_DESCRIBED = re.compile(r"[^，,。；;]{0,10}?的[^，,。；;]{0,8}?(?:企业|公司|厂商|集团|制造商|供应商)")


def _admin_subject(text: str, zones: list[Mention], offset: int, limit: int | None = None,
                   zone_speaks: bool = False, whole: bool = False) -> bool:
    """A city, county or district in subject position in text[:limit] (text may run past it).
    ``zone_speaks``: the text follows a zone's name closely, so 我区/本区 is that zone (its own report);
    ``whole``: the zone was named earlier in the same sentence, so 全区 is that zone too."""
    for m in _ADMIN.finditer(text):
        if limit is not None and m.start() >= limit:
            break
        word = m.group(0)
        if word.endswith(_NOT_ADMIN_END) or zone_speaks and word in ("我区", "本区") or whole and word == "全区":
            continue
        lo, hi = offset + m.start(), offset + m.end()
        if any(z.start < hi and lo < z.end for z in zones):
            continue
        return True
    return False


def _list_chains(text: str, know: Knowledge) -> list[tuple[str, str | None]]:
    from .lexicon import ENDING_CHAINS

    out: list[tuple[str, str | None]] = []
    for item in _LIST_ITEMS.split(text):
        hits = know.classify(item)
        if hits:
            pairs = [(h.chain, h.segment) for h in hits]
        else:
            pairs = [(c, None) for w, c in ENDING_CHAINS.items() if w in item][:1]
        for chain, seg in pairs:
            if chain not in [c for c, _ in out]:
                out.append((chain, seg))
    return out


def focus_cue_starts(text: str) -> list[int]:
    """Where a focus cue (围绕, 聚焦, 重点 ...) starts, from one scan of the whole text: a
    sentence without one states no focus (its cues hold no sentence break, so a sentence
    holds a cue exactly when a match of this scan starts in it)."""
    return [m.start() for m in _FOCUS_ANY.finditer(text)]


def focus(sent: Sentence, zones: list[Mention], all_zones: list[Mention], know: Knowledge,
          window: int = 500) -> list[tuple[Mention, str, str | None, int]]:
    """(zone, chain, segment, position) for each focus industry the sentence states for a zone."""
    out: list[tuple[Mention, str, str | None, int]] = []
    if not _FOCUS_ANY.search(sent.text):
        return out
    seen: set[str] = set()
    for k, (frame, needed) in enumerate(zip(_FOCUS_FRAMES, _FRAME_NEEDS)):
        if any(group.search(sent.text) is None for group in needed):
            continue  # a word the frame needs is absent
        for m in frame.finditer(sent.text):
            if k == _BARE_FOCUS and not any(0 <= sent.start + m.start() - z.end <= 2 for z in zones):
                continue
            if _FIRM_DESCRIBED.match(sent.text, m.end()):
                continue  # '是一家以新能源客车…为主的整车企业': a company's business, not a zone's focus
            pos = sent.start + m.start()
            before_zones = [z for z in zones if z.end <= pos]
            inside = [z for z in zones if pos <= z.start and z.end <= sent.start + m.end()]
            if inside and not before_zones:
                zone = inside[0]  # '<产业>是<zone>重点发展的…产业': the zone named inside the frame
            elif before_zones:
                zone = before_zones[-1]
                builders = CO_BUILT_AFTER.match(sent.text, before_zones[0].end - sent.start)
                if builders and zone.end - sent.start <= builders.end():
                    zone = before_zones[0]  # '<园区>由<经开区>与<区>共同建设，重点发展…': the park, not its builders
                between = sent.text[zone.end - sent.start:]
                if _admin_subject(between, all_zones, zone.end, m.start() - (zone.end - sent.start), zone_speaks=True,
                                  whole=True):
                    # ('<zone>…，全区围绕…': the zone just named is the whole area spoken of)
                    continue
            else:
                near = [z for z in all_zones if z.end <= pos and pos - z.end <= window]
                if not near or zones or _admin_subject(sent.text, all_zones, sent.start, m.start(), zone_speaks=True):
                    continue
                # '片区重点发展…' after '…哈尔滨片区…与哈尔滨新区合署办公': the zone of the kind the sentence names
                kind = next((k for k in _ZONE_KIND_WORDS if k in sent.text[:m.start()]), None)
                zone = next((z for z in reversed(near) if z.text.endswith(kind)), near[-1]) if kind else near[-1]
            for chain, segment in _list_chains(m.group("list"), know):
                if chain in seen:
                    continue
                seen.add(chain)
                out.append((zone, chain, segment, pos))
    return out


def memberships(sent: Sentence, zones: list[Mention]) -> list[tuple[Mention, str]]:
    out: list[tuple[Mention, str]] = []
    for m in _ALLIANCE_RE.finditer(sent.text):
        name = m.group(0)
        lo, hi = sent.start + m.start(), sent.start + m.end()
        for z in zones:
            if not (lo <= z.start < hi):
                out.append((z, name))
    return out


# Every partnership holds one of these cues: rules._build scans an article for them once
# and looks at no sentence when there is none.
PARTNER_CUE_RE = re.compile("|".join(PARTNER_CUES))


def partnerships(sent: Sentence, zones: list[Mention], ents: list[Mention]) -> list[tuple[Mention, Mention, int]]:
    out: list[tuple[Mention, Mention, int]] = []
    for cue in PARTNER_CUE_RE.finditer(sent.text):
        pos = sent.start + cue.start()
        clause_lo = sent.start
        for c in _CLAUSE_END.finditer(sent.text, 0, cue.start()):
            clause_lo = sent.start + c.end()
        zs = [z for z in zones if clause_lo <= z.start < pos]
        es = [e for e in ents if clause_lo <= e.start < pos]
        for z in zs[-1:]:
            for e in es:
                out.append((e, z, pos))
    return out


# -- further supply frames, each returned with its rule name and confidence -------------

_LIST_SEP = re.compile(r"^(?:、|和|及|与|以及|，|,)$")
# 'A是B和C的第一大…供应商': the list after the copula holds customers
_COPULA_AFTER = re.compile(r"^(?:已经|已|还|也|均|同时)?(?:是|成为|正式成为)$")
_SUPPLIER_NOUN_AFTER = re.compile(r"^(?:等[^，,。；;]{0,8}?)?的[^，,。；;]{0,12}?(?:供应商|供货商|配套商|配套企业|配套厂商)")
# '与A、B等…完成/实现配套(应用)', or '…，为其…提供/供应' in the next clause
_WITH_LEAD = gated(rf"(?:已|已经|先后|相继|陆续|均)?与(?:{FOREIGN_DESCRIPTION})?$")  # 与瑞典电池制造商Northvolt
_FITTED_AFTER = re.compile(r"^(?:等[^，,。；;]{0,12}?)?[^，,。；;]{0,10}?(?:完成|实现|开展)(?:了)?[^，,。；;]{0,4}?配套|"
                           r"^(?:等[^，,。；;]{0,12}?)?[^，,。；;]{0,10}?(?:配套应用|批量配套)")
_FOR_THEM_AFTER = re.compile(r"^(?:等[^，,。；;]{0,12}?)?[^，,。；;]{0,16}?[，,](?:并|还|也)?为其[^，,。；;]{0,16}?(?:提供|供应|配套|供货)")
_CUSTOMERS_ARE = gated(r"(?:主要|核心|重要|重点|整车|下游|终端)?客户(?:群)?(?:还|也|则)?(?:包括|涵盖|有|为|是|覆盖)(?:了)?")
_NEW_SUBJECT = re.compile(r"[，,；;]\s*(?:其|公司|该公司|本公司)")
_UNKNOWN_ITEMS = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]{1,8}[、和及与])*")
_CUSTOMER_COPULA = re.compile(r"(?:至今|一直|仍然|仍|也|还|均|都|已)*是")
_CUSTOMER_NOUN = re.compile(r"的?(?:最大|主要|重要|核心|第一大|大)?的?客户")
# '搭载/采用Y提供的…': Y supplies the maker of the product
_ITS_PRODUCT_AFTER = re.compile(r"^的(?![^，,。；;]{0,12}?(?:客户|伙伴|股东|工厂|基地|项目))[^，,。；;的]{1,12}(?:[，,。；;]|$)")
_NOT_FITTED = re.compile(r"(?:未|不|没有|没|并未|尚未)(?:搭载|采用|配备|配装|装配|装载|使用)(?:了|着)?$")
_FITTED_BEFORE = re.compile(r"(?:搭载|采用|配备|配装|装配|装载|使用)(?:了|着)?$")
_MADE_BY_AFTER = re.compile(r"^(?:所|公司)?(?:提供|供应|配套|研发|研制|生产)的")
# '这些企业都是为B配套供应…的厂商': the companies of the sentence before supply B
# '<部件>由(X旗下的)Y配套/提供' and '<部件>来自Y': Y makes that part of the maker's product
_PART_BY_BEFORE = re.compile(r"(?P<by>由|来自)(?:[^，,。；;由]{0,10}?旗下的?)?$")
_PART_BY_AFTER = re.compile(r"^(?:[（(][^）)]{0,12}[）)])?(?:配套|提供|供应|供货|研制|生产|负责(?:组装|生产|代工|制造|封装))"
                            r"(?:[，,。；;]|$)")  # '…推出的PS VR2，同样由歌尔负责组装'
_PART_FROM_AFTER = re.compile(r"^(?:[（(][^）)]{0,12}[）)])?(?:[，,。；;]|$)")
_NOT_A_PART = re.compile(r"资金|投资|股|项目|工程|订单|收入|利润|技术|人才|团队|客户|原料")
_THESE_FIRMS = re.compile(r"^\s*(?:[^，,。；;]{0,6}?[，,])?(?:这些|上述|以上|该批|这批|此批)(?:企业|公司|厂商|厂家|项目|供应商)")
_FOR_B_BEFORE = re.compile(r"为$")
_SUPPLY_AFTER_B = re.compile(r"^(?:的[^，,。；;]{0,8}?)?(?:配套供应|配套提供|供应|供货|提供|配套)")


def _list_after(ordered: list[Mention], i: int, text: str, offset: int) -> list[Mention]:
    """The companies listed from ordered[i] on, joined by 、/和/及/与 (distinct keys, in order)."""
    items = [ordered[i]]
    for nxt in ordered[i + 1:]:
        gap = text[items[-1].end - offset:nxt.start - offset]
        if nxt.key == items[-1].key and gap == "":
            continue
        if not _LIST_SEP.match(gap):
            break
        items.append(nxt)
    seen, out = set(), []
    for m in items:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


def _clause_of(text: str, lo: int, hi: int) -> str:
    """The clause of text around [lo, hi): from the punctuation before lo to the one after hi."""
    start = max(text.rfind(c, 0, lo) for c in "，,；;。") + 1
    ends = [p for p in (text.find(c, hi) for c in "，,；;。") if p >= 0]
    return text[start:min(ends) if ends else len(text)]


def supplies_more(sent: Sentence, ents: list[Mention], topic: Mention | None = None
                  ) -> list[tuple[Mention, Mention, str, float]]:
    """(supplier, customer, rule, confidence) from frames the base ``supplies`` does not read:

    - rel.supply_list: 'A是B和C的(第一大)…供应商' -> A supplies B and C;
    - rel.supply_fitted: '<subject>已与A、B等…完成配套(应用)' or '与A、B…，为其…提供…' -> subject supplies each;
    - rel.supply_fitted_with: '<maker>…搭载Y提供的…系统' -> Y supplies the maker;
    - rel.customer_of: 'A(至今仍)是B/其最大的客户' -> B (其: the sentence's first company) supplies A;
    - rel.customers_listed: '(其)主要客户包括A、B等' -> the company spoken of supplies each.
    Planned supplies (拟为, 计划, 筹划) are left out.
    """
    out: list[tuple[Mention, Mention, str, float]] = []
    text, off = sent.text, sent.start
    ordered = sorted(ents, key=lambda e: e.start)
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if b.key == a.key:
                continue
            if not _COPULA_AFTER.match(text[a.end - off:b.start - off]):
                break
            listed = _list_after(ordered, j, text, off)
            after = text[listed[-1].end - off:]
            clause = _clause_of(text, a.start - off, listed[-1].end - off)
            if _SUPPLIER_NOUN_AFTER.match(after) and not any(w in clause for w in _MODAL):
                out.extend((a, c, "rel.supply_list", 0.75) for c in listed if c.key != a.key)
            break
    subject = _subject(text, off, ordered, topic)
    if subject is not None and subject is not topic and _WITH_LEAD.search(text[:subject.start - off]):
        # '公司已与A、B…': A opens the partner list; the subject is the company spoken of
        subject = topic if topic is not None and _ANAPHOR_SUBJECT.match(text) else None
    if subject is not None:
        for j, b in enumerate(ordered):
            if b.start < subject.end and subject is not topic or b.key == subject.key:
                continue
            if not _WITH_LEAD.search(text[:b.start - off]):
                continue
            if j > 0 and ordered[j - 1].end > subject.end and _LIST_SEP.match(text[ordered[j - 1].end - off:b.start - off]):
                continue  # not the head of the list
            listed = _list_after(ordered, j, text, off)
            after = text[listed[-1].end - off:]
            clause = text[max(text.rfind(c, 0, b.start - off) for c in "，,；;。") + 1:listed[-1].end - off + 40]
            if any(w in clause for w in _MODAL):
                continue
            if _FITTED_AFTER.match(after) or _FOR_THEM_AFTER.match(after):
                out.extend((subject, c, "rel.supply_fitted", 0.7) for c in listed if c.key != subject.key)
    for cue in _CUSTOMERS_ARE.finditer(text):
        # '(其)主要客户包括A、B、C等': the company spoken of supplies each; it is named before the cue,
        # else it is the article's company (其)
        # (the list may open with names no rule knows: '联想、惠普、戴尔等品牌')
        j = next((k for k, b in enumerate(ordered) if b.start - off >= cue.end()
                  and _UNKNOWN_ITEMS.fullmatch(text, cue.end(), b.start - off)), None)
        if j is None or any(w in _clause_of(text, cue.start(), cue.end()) for w in _MODAL):
            continue
        before = [e for e in ordered if e.end - off <= cue.start()]
        supplier = before[0] if before else topic
        if supplier is not None:
            out.extend((supplier, c, "rel.customers_listed", 0.6) for c in _list_after(ordered, j, text, off)
                       if c.key != supplier.key)
    for a in ordered:
        # 'A(至今仍)是B/其(最大)的客户': B (其: the sentence's first company, else the topic) supplies A
        lead = _CUSTOMER_COPULA.match(text, a.end - off)
        if lead is None:
            continue
        at = lead.end()
        if text.startswith("其", at):
            supplier, at = (ordered[0] if ordered[0].key != a.key else topic), at + 1
        else:
            supplier = next((b for b in ordered if b.start - off == at and b.key != a.key), None)
            at = supplier.end - off if supplier is not None else at
        if supplier is not None and supplier.key != a.key and _CUSTOMER_NOUN.match(text, at) \
                and not any(w in _clause_of(text, a.start - off, at) for w in _MODAL):
            out.append((supplier, a, "rel.customer_of", 0.65))
    for y in ordered:
        # '…搭载Y提供的…系统', or '…手机搭载Y的4G芯片': Y's own product
        if not (_FITTED_BEFORE.search(text[:y.start - off]) and (
                _MADE_BY_AFTER.match(text[y.end - off:]) or _ITS_PRODUCT_AFTER.match(text[y.end - off:]))) \
                or _NOT_FITTED.search(text[:y.start - off]):
            continue
        clause = _clause_of(text, y.start - off, y.end - off)
        if any(w in clause for w in _MODAL):
            continue
        maker = next((m for m in ordered if m.key != y.key and m.start < y.start), None)
        if maker is None and topic is not None and topic.key != y.key:
            maker = topic
        if maker is not None:
            out.append((y, maker, "rel.supply_fitted_with", 0.6))
    for y in ordered:
        # '其电动重卡的动力电池由三一锂能配套', '其燃料电池系统来自锋源氢能': a part of the maker's product
        # made by Y; the maker is the clause's own company, else the sentence's first, else the topic
        before, after = text[:y.start - off], text[y.end - off:]
        by = _PART_BY_BEFORE.search(before)
        if by is None or not (_PART_BY_AFTER if by.group("by") == "由" else _PART_FROM_AFTER).match(after):
            continue
        clause = _clause_of(text, y.start - off, y.end - off)
        lead = clause[:clause.find(by.group(0))] if by.group(0) in clause else ""
        if len(lead) < 2 or _NOT_A_PART.search(lead) or any(w in clause for w in _MODAL):
            continue  # '资金来自…', '项目由…建设': money and works are no supply
        cut = y.start - len(by.group(0))  # (not X of '由X旗下的Y')
        start = cut - off - len(lead)
        own = [m for m in ordered if start <= m.start - off and m.end <= cut and m.key != y.key]
        maker = own[0] if own else next((m for m in ordered if m.key != y.key and m.end <= cut), None)
        if maker is None and topic is not None and topic.key != y.key:
            maker = topic
        if maker is not None:
            out.append((y, maker, "rel.supply_part_by", 0.6))
    return out


def supplies_by_anaphor(sent: Sentence, ents: list[Mention], prev: Sentence, prev_ents: list[Mention]
                        ) -> list[tuple[Mention, Mention, str, float]]:
    """'这些企业(都)是为B配套供应…的厂商': the companies listed in the sentence before (not B) supply B."""
    text, off = sent.text, sent.start
    if not prev_ents or not _THESE_FIRMS.match(text) or any(w in text for w in _MODAL):
        return []
    ordered = sorted(prev_ents, key=lambda e: e.start)
    lists = [_list_after(ordered, i, prev.text, prev.start) for i in range(len(ordered))]
    before = max(lists, key=len)
    if len(before) < 2:
        return []
    out: list[tuple[Mention, Mention, str, float]] = []
    for b in sorted(ents, key=lambda e: e.start):
        if not (_FOR_B_BEFORE.search(text[:b.start - off]) and _SUPPLY_AFTER_B.match(text[b.end - off:])):
            continue
        seen = set()
        for a in before:
            if a.key != b.key and a.key not in seen:
                seen.add(a.key)
                out.append((a, b, "rel.supply_anaphor", 0.6))
        break
    return out


# '<产业A>和<产业B>是<zone>的两大支柱产业': the zone is the possessor after the copula
_IS_ZONES_INDUSTRY = re.compile(r"(?P<list>[^，,。；;：:]{2,40}?)(?:是|为|已成为|成为)$")
_LEADING_INDUSTRY = r"(?:主导|支柱|首位|重点|优势|特色|核心)产业"
_ZONES_INDUSTRY_AFTER = re.compile(r"^的?[^，,。；;]{0,6}?" + _LEADING_INDUSTRY)
# ... and before it: '信丰高新区的首位产业是电子信息'
_ZONES_INDUSTRY_IS = re.compile(r"^的?[^，,。；;]{0,6}?" + _LEADING_INDUSTRY + r"(?:是|为|包括)(?P<list>[^，,。；;：:]{2,40})")


def focus_of_zone_as_possessor(sent: Sentence, zones: list[Mention], know: Knowledge
                               ) -> list[tuple[Mention, str, str | None, int]]:
    """(zone, chain, segment, position) for '<industries>是<zone>的(两大)支柱/主导产业' and
    '<zone>的首位产业是<industries>'."""
    out: list[tuple[Mention, str, str | None, int]] = []
    text, off = sent.text, sent.start
    if not zones or "产业" not in text:
        return out
    for z in zones:
        after = text[z.end - off:]
        if not _ZONES_INDUSTRY_AFTER.match(after):
            continue
        m = _IS_ZONES_INDUSTRY.search(text[:z.start - off]) or _ZONES_INDUSTRY_IS.match(after)
        if not m:
            continue
        at = off + m.start() if m.re is _IS_ZONES_INDUSTRY else z.end + m.start("list")
        seen: set[str] = set()
        for chain, segment in _list_chains(m.group("list"), know):
            if chain not in seen:
                seen.add(chain)
                out.append((z, chain, segment, at))
    # a zone's spokesman: '沈阳经开区相关负责人：汽车及零部件是咱们经开区的主导产业'
    for m in _OUR_INDUSTRY.finditer(text):
        speaker = next((z for z in zones if z.end - off <= m.start()
                        and _SPEAKER_LABEL.match(text, z.end - off, m.start())), None)
        if speaker is None:
            continue
        seen = {c for zz, c, _, _ in out if zz is speaker}
        for chain, segment in _list_chains(m.group("list"), know):
            if chain not in seen:
                seen.add(chain)
                out.append((speaker, chain, segment, off + m.start()))
    return out


_OUR_INDUSTRY = re.compile(r"(?P<list>[^，,。；;：:]{2,40}?)(?:是|为)(?:咱们|我们|本)(?:经开区|高新区|开发区|园区|新区|区)?"
                           r"的[^，,。；;]{0,6}?" + _LEADING_INDUSTRY)
_SPEAKER_LABEL = re.compile(r"[^，,。；;]{0,12}(?:负责人|主任|书记|局长|区长|发言人)[：:]$")
