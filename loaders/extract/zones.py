"""Zone mentions: 常州高新区, 常州国家高新区, 武进国家高新技术产业开发区, 柳东新区,
西太湖科技产业园 (a park with a 管委会), and short forms (武高新, 渭南高新).

A zone name is a place (or a proper name) followed by a zone suffix. The place
is found from the region table; a name whose prefix is no place counts only
when the article names it again or names its administration (管委会), so that
'升级国家高新区' or '全国高新区' never become zones. Towns and streets are not
zones; provinces (云南省高新区联盟) are not a zone's prefix.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ..resolve import canonical_zone, strip_region, zone_parts
from .knowledge import Knowledge, longest_matches
from .lexicon import (is_division_short_name, is_place_name, HIGH_TECH_SHORT, KIND_CANONICAL_SUFFIX, PARK_SUFFIXES, ZONE_ADMIN_WORDS, ZONE_SUFFIXES,
                      regions, STOP_CHARS)
from .mentions import Mention
from .text import find_all, name_before, stop_free_tail, tail_run

_ALL_SUFFIXES = {**ZONE_SUFFIXES, **PARK_SUFFIXES}
_SUFFIX_RE = re.compile("|".join(sorted(map(re.escape, _ALL_SUFFIXES), key=len, reverse=True)))
_SUFFIX_TUPLE = tuple(_ALL_SUFFIXES)
# Words that precede 新区/高新区 but are not names ("创新区", "全新区").
_BAD_LAST = set("创全重更最崭")
# Full formal names (库车经济技术开发区) are names even with a prefix we do not know.
_FORMAL_SUFFIXES = ("经济技术开发区", "高新技术产业开发区", "国家高新技术产业开发区", "经济开发区")
_ADMIN_LINKS = ("设有", "设立了", "成立了", "成立", "建设")  # '南川工业园区设有管委会', '空港物流园区建设管理局'
# Partner countries with the city in brackets before a zone's suffix: 中韩(长春), 中新（天津）.
# ... or a named region of China (中国图们江区域（珲春）国际合作示范区)
_BRACKETED_PLACE = re.compile(r"中(?:[\u4e00-\u9fff]{1,2}|国[\u4e00-\u9fff]{2,6})[(（](?P<place>[\u4e00-\u9fff]{2,4})[)）]$")
_NOT_ZONE_AFTER = ("联盟", "域", "建设者", "集团")  # (上海临港集团: a company named after the zone)
_HIGH_TECH_PARKS = ("高新技术产业园区", "高新技术产业园")
# An area of a pilot free-trade zone, with its own administration: 中国（黑龙江）自由贸易试验区哈尔滨片区,
# 湖北自贸区武汉片区; later named by its area alone (哈尔滨片区). 临港新片区 is a reference zone.
_FTZ_AREA = re.compile(r"(?:中国[（(][\u4e00-\u9fff]{2,3}[）)]|[\u4e00-\u9fff]{2,3})(?:自由贸易试验区|自贸试验区|自贸区)"
                       r"(?P<area>(?![一二三四五六七八九十两几多各数])[\u4e00-\u9fff]{2,8}?)(?<!个)片区")
# a zone's former name follows these ('常州经开区的前身是常州戚墅堰经济开发区')
_FORMER_NAME = re.compile(r"(?:前身(?:是|为)|原名(?:为|是)?|原称|曾用名)$")
# a level without a name ('拥有国家级经济开发区和综合保税区两块牌子'): a class of zones, not one
_BARE_LEVELS = ("国家级", "省级", "市级", "国家")
_APPROVED_AFTER = re.compile(r"是经(?:国务院|国家[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{1,3}省(?:人民)?政府)批准设立")
# a park that opens its sentence and states its own 主导产业 governs an economy, as only a zone does
# ('江苏中关村科技产业园(以下简称“产业园”)坚持以动力电池为主导产业'); a company's park has products
_OWN_LEAD_INDUSTRY = re.compile(r"[^。；;！？\n]{0,60}?主导产业")
def _states_own_industry(text: str, c: Mention, know: Knowledge) -> bool:
    """A park of a place (a city or county) that opens its sentence and states its own 主导产业, its
    name opening with no known company's (宁德时代产业园 is a company's park)."""
    prefix = c.attrs["prefix"]
    # (瑞丽沿边产业园区: a county's short name opens the prefix)
    if not (c.attrs["place"] or any(is_division_short_name(prefix[:k]) for k in (len(prefix), 3, 2))) or \
            c.start > 0 and text[c.start - 1] not in "。！？\n":
        return False
    declared = _DECLARED_SHORT.match(text, c.end)
    return bool(_OWN_LEAD_INDUSTRY.match(text, declared.end() if declared else c.end)) and not _company_park(c, know)


def _company_park(c: Mention, know: Knowledge) -> bool:
    """Whether the park's name opens with a known company's (宁德时代产业园)."""
    return any(c.text[:n] in know.enterprise_names for n in range(2, len(c.attrs["prefix"]) + 1))


# what a park says it develops, right after its name: '苏银产业园重点发展新材料和新能源装备产业'
_OWN_FOCUS = re.compile(r"(?:[（(][^（）()]{0,20}[）)])?(?:以|将|要|正|还)?(?:重点发展|主攻|聚焦|主导产业为)")


def _states_focus(text: str, c: Mention, candidates: list[Mention], know: Knowledge) -> bool:
    """A park some mention of which opens a clause and states the industries it develops, its name
    opening with no known company's."""
    return any(o.text == c.text and text[o.start - 1:o.start] in "，,。；;\n" and _OWN_FOCUS.match(text, o.end)
               for o in candidates) and not _company_park(c, know)


# a park that signs an investment agreement with a company attracts investment, as a zone's
# administration does ('重庆白涛新材料科技城（以下简称“科技城”）与华峰化学…签订投资协议')
_SIGNS_WITH = re.compile(r"(?:[（(][^（）()]{0,20}[）)])?与[^，,。；;]{2,30}?(?:签订|签署)[^，,。；;]{0,4}?(?:投资|入园|落户)")
# a park two places or zones build together ('徐淮产业合作园区由徐州经济技术开发区与淮北市杜集区共同建设',
# '苏阜产业园区…由苏州工业园区与阜宁县合作共建'): governments' joint park, not a company's
CO_BUILT_AFTER = re.compile(r"[^。；;]{0,14}?由[^，,。；;]{2,16}?[与和][^，,。；;]{2,16}?(?:合作|联合|携手)?"
                             r"(?:共同|联合)?(?:建设|共建|打造|开发|设立)")
# …but not a project (氢能产业园项目由保定高新区与未势能源科技有限公司共建), nor the park's former self (前身为)
_NOT_CO_BUILDERS = re.compile(r"项目|公司|集团|企业|前身|原为")


def _level_admin_forms(c: Mention) -> tuple[str, ...]:
    """The names a county's or city's own people give its park: 西峡县产业集聚区 is '县产业集聚区'
    to its 管委会 ('县产业集聚区管委会')."""
    prefix = c.attrs["prefix"]
    place = c.attrs["place"] or (prefix if is_division_short_name(prefix.rstrip("市县区旗")) else None)
    if not place or not c.text.startswith(place):
        return ()
    rest = c.text[len(place):].lstrip("省市县区旗")
    return tuple(level + rest for level in "县市区") if len(rest) >= 3 else ()


# an administration named by 园区 alone ('园区管委会主任表示', '该园区党工委')
_BARE_PARK_ADMIN = re.compile(r"(?:^|[^\u4e00-\u9fff]|[该本])园区(?:管委会|党工委|管理委员会)", re.M)
# A park two places build together (飞地园区): 德阳—阿坝生态经济产业园区, 成都—阿坝工业集中发展区
_PAIR_DASHES = "—－–-"


def _split_prefix(run: str) -> tuple[str, str | None]:
    """(name prefix, place) from the characters before a suffix.

    The prefix is the longest tail (<= 8 chars) of the run that starts with a
    known place; the place is the last known place inside it (常州武进 -> 武进).
    """
    reg = regions()
    best = ""
    for size in range(min(8, len(run)), 1, -1):  # 乌鲁木齐甘泉堡: a four-character city and its zone
        tail = run[-size:]
        if not STOP_CHARS.isdisjoint(tail):
            continue
        for plen in (3, 2, 4) if size <= 6 else (4,):
            if reg.is_place(tail[:plen]):
                best = tail
                break
        if best:
            break
    if best:
        place = None
        for i in range(len(best)):
            for plen in (4, 3, 2):
                w = best[i:i + plen]
                if len(w) == plen and reg.is_place(w):
                    place = w
        return best, place
    # a district or county-level city the region table does not list, whole after a stop word
    # (在江都经济开发区: 都 is also a stop character) or after its province (江苏江都经济开发区)
    for size in (3, 2):
        tail, before = run[-size:], run[-size - 1:-size]
        if len(tail) < size or not is_division_short_name(tail):
            continue
        if not before or before in STOP_CHARS:
            return tail, None
        if run[-size - 2:-size] in reg.provinces or run[-size - 3:-size] in reg.provinces:
            return tail, None  # the province qualifies the name, as before a known place
    # a county or banner named in full before the zone's own name (伊金霍洛旗蒙苏, 长丰县双凤)
    unit = max(run.rfind("县"), run.rfind("旗"))
    if 0 < unit and 2 <= len(run) - unit - 1 <= 4:
        return run[unit + 1:], None
    # an unknown place: the name starts after the last verb or time word (选址嘉善 -> 嘉善)
    return stop_free_tail(name_before(run, len(run), len(run))[1], 5), None


def _paired_places(text: str, start: int, run: str) -> str | None:
    """'德阳—阿坝生态经济': the two places and the name when ``run`` (the name's Han characters
    before its suffix, from ``start``) opens with a place and a dash joins it to another place."""
    if start < 3 or text[start - 1] not in _PAIR_DASHES:
        return None
    second = next((n for n in (3, 2) if is_place_name(run[:n])), 0)
    # the park's own words after the second place are few (生态经济), never a clause (高速公路旁建设)
    if not second or len(run) - second > 4 or not STOP_CHARS.isdisjoint(run[second:]):
        return None
    left = tail_run(text, start - 1, "\u4e00-\u9fff", 4)
    first = next((left[-n:] for n in (3, 2) if len(left) >= n and is_place_name(left[-n:])), None)
    return f"{first}{text[start - 1]}{run}" if first else None


_PLACE_ONLY_SUFFIXES = ("开发区",)
_GENERIC_REST = ("片区", "市", "区", "县", "国家", "国家级", "省级", "省", "自贸区")


def _specific_part(prefix: str) -> str | None:
    """宜宾三江 -> 三江, 常州武进 -> 武进: the zone's own name after the city that places it."""
    reg = regions()
    rest = prefix
    changed = True
    while changed:
        changed = False
        for size in (4, 3, 2):
            head = rest[:size]
            if len(rest) > size and reg.is_place(head):
                rest = rest[size:].lstrip("省市")
                changed = True
                break
    if rest == prefix or len(rest) < 2 or rest.startswith(_GENERIC_REST) or "片区" in rest or reg.is_place(rest):
        return None
    return rest


def _county_park_alone(c: Mention, candidates: list[Mention]) -> bool:
    """A park named by its county or district alone (永年工业园区, 河北永年工业园区), no other park named."""
    county = strip_region(c.attrs["prefix"])
    return len(county) >= 2 and is_division_short_name(county) and \
        all(o.attrs["prefix"] in c.attrs["prefix"] or c.attrs["prefix"] in o.attrs["prefix"]
            for o in candidates if o.attrs["park"])


def _park_prefix(prefix: str, place: str | None) -> str:
    """满洲里市 and 满洲里 before a park's suffix name one park: the level word after its place goes."""
    if place and prefix.startswith(place) and prefix[len(place):len(place) + 1] in ("市", "县", "旗") \
            and len(place) >= 2:
        return place + prefix[len(place) + 1:]
    if len(prefix) >= 3 and prefix.endswith(("市", "县", "旗")):
        return prefix[:-1]  # a place the region table does not hold (满洲里市)
    return prefix


def zone_key(place_or_name: str, kind: str) -> str:
    return f"zone:{place_or_name}:{kind}"


def canonical_zone_name(prefix: str, place: str | None, kind: str, surface: str) -> str:
    """常州国家高新区 -> 常州高新区: one name per place and kind, so articles agree."""
    suffix = KIND_CANONICAL_SUFFIX.get(kind)
    if suffix and place and prefix.endswith(place):
        return prefix + suffix
    if suffix and prefix:
        return prefix + suffix
    return surface


def _reference_zone(word: str, start: int, end: int, ref, prefix: str, place: str | None,
                    confidence: float) -> Mention:
    """A mention of a reference zone: keyed by the reference's name, so all its forms are one zone."""
    return Mention("zone", word, start, end, "zone.reference", confidence, key=f"zone:ref:{ref.name}",
                   attrs={"ref": ref, "kind": getattr(ref, "kind", None), "prefix": prefix, "place": place})


def find_zones(text: str, know: Knowledge, references: list | None = None) -> list[Mention]:
    """Zone mentions; ``references``: ``know.dictionary_hits(text)["zone"]`` when already computed."""
    reg = regions()
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # Reference zones first: their names are certain.
    if references is None:
        references = list(longest_matches(know.zone_auto, text))
    for start, end, word, ref in references:
        if text[end:end + 2] in _NOT_ZONE_AFTER:
            continue
        if _SUFFIX_RE.match(text, end) and not word.endswith(_SUFFIX_TUPLE):
            continue  # '中关村' inside '江苏中关村科技产业园': a part of a longer zone name
        prefix, _kind, place = zone_parts(ref.name)
        out.append(_reference_zone(word, start, end, ref, prefix.removesuffix("国家"), place, 0.95))
        taken.append((start, end))
    # (a substring test first: most pages name no free-trade zone, and the regex tries every position)
    free_trade = "自贸" in text or "自由贸易" in text
    for m in _FTZ_AREA.finditer(text) if free_trade else ():
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        area = m.group("area")
        key = f"zone:ftz:{area}"
        out.append(Mention("zone", m.group(0), m.start(), m.end(), "zone.free_trade_area", 0.8, key=key,
                           attrs={"kind": "other", "place": area if reg.is_place(area) else None, "prefix": area}))
        taken.append((m.start(), m.end()))
        for at in find_all(text, area + "片区"):  # the area alone, elsewhere in the text
            if not any(a <= at < b for a, b in taken):
                out.append(Mention("zone", area + "片区", at, at + len(area) + 2, "zone.free_trade_area", 0.7,
                                   key=key, attrs={"kind": "other", "place": None, "prefix": area}))
                taken.append((at, at + len(area) + 2))
    candidates: list[Mention] = []
    taken.sort()
    starts = [a for a, _ in taken]
    for m in _SUFFIX_RE.finditer(text):
        s, e = m.start(), m.end()
        i = bisect_right(starts, s) - 1
        if (i >= 0 and taken[i][0] <= s < taken[i][1]) or (i + 1 < len(taken) and taken[i + 1][0] < e):
            continue
        suffix = m.group(0)
        kind = _ALL_SUFFIXES[suffix]
        after = text[e:e + 4]
        if after.startswith(_NOT_ZONE_AFTER):
            continue
        run = tail_run(text, s, "\u4e00-\u9fff", 10)
        if suffix == "新区" and run[-1:] in _BAD_LAST:
            continue
        if suffix == "保税区" and run.endswith("综合"):
            continue  # 合肥综合保税区: a customs area inside another zone
        bracketed = None if run else _BRACKETED_PLACE.search(text, max(0, s - 12), s)
        paired = None if bracketed else _paired_places(text, s - len(run), run)
        if bracketed:  # 中韩(长春)国际合作示范区: the whole is the name, the bracket its place
            run = bracketed.group(0)
            prefix, place = run, bracketed.group("place") if reg.is_place(bracketed.group("place")) else None
        elif paired:
            run = prefix = paired
            place = None
        else:
            prefix, place = _split_prefix(run)
        before = text[s - len(run) - 1:s - len(run)]
        alone = len(prefix) == len(run) and not ("\u4e00" <= before <= "\u9fff")  # no Han character before
        if not prefix or len(prefix) < 2 or prefix[-1] in STOP_CHARS and not is_division_short_name(prefix[-2:]):
            continue  # bare 高新区 / 该高新区: an anaphor, not a new zone (江都 is a district)
        if _RANK_PREFIX.match(prefix) or _COUNTED_ZONES.search(prefix) or prefix in _BARE_LEVELS:
            continue  # '是首批国家级经济技术开发区之一', '江西两家国家级经开区': a class or a count, not a name
        if place and place in reg.provinces and prefix.rstrip("省") == place and place not in reg.city_province:
            # (吉林 is a province and a city: 吉林经济技术开发区 is the city's zone)
            continue  # 云南省高新区: a province's zones, not one zone
        if prefix.endswith(("镇", "街道", "乡")) and not reg.is_place(prefix) and \
                not (prefix.endswith("乡") and is_division_short_name(prefix)):
            continue  # a township's park; 宁乡, 桐乡 (county-level cities) are places of their own
        if suffix in _PLACE_ONLY_SUFFIXES and not place:
            continue  # '开发区' after an unknown word is too loose a name
        name = prefix + suffix
        park = suffix in PARK_SUFFIXES
        level = "national" if "国家" in suffix else None
        spec = _specific_part(prefix) if place else None
        # 宜宾三江 keeps its city (长春汽车 and 长春 are two zones); a bare 三江 joins it later
        key_base = (prefix if spec else place) or prefix
        ref = know.zone_canonical.get(canonical_zone(name)) if kind in KIND_CANONICAL_SUFFIX and place else None
        if ref is not None:  # '承德市高新技术产业开发区' beside the reference's 承德高新区: one zone
            out.append(_reference_zone(name, s - len(prefix), e, ref, prefix, place, 0.9))
            continue
        candidates.append(Mention("zone", name, s - len(prefix), e, "zone.suffix", 0.8 if place else 0.6,
                                  key=zone_key(key_base, kind) if not park else f"zone:park:{_park_prefix(prefix, place)}{suffix}",
                                  attrs={"kind": kind, "place": place, "prefix": prefix, "park": park,
                                         "level": level, "alone": alone, "spec": spec,
                                         # a formal name of two places, or of a region and its city for a
                                         # state zone (中国图们江区域(珲春)国际合作示范区; not 中电(泸州)产业园)
                                         "paired": bool(paired or bracketed and kind == "other"),
                                         # what precedes the name: 伊金霍洛旗 places 蒙苏经济开发区
                                         "qualifier": run[:len(run) - len(prefix)][-6:]}))
    _standalone_prefixes(candidates)
    names = Counter(c.text for c in candidates)
    admin_named: dict[str, bool] = {}  # one look per distinct name
    admin_at = _starts_of(text, ZONE_ADMIN_WORDS)  # few: a name is checked before each, not searched

    def has_admin(name: str) -> bool:  # name + <admin word> in text, or name + 设有/成立 + <admin word>
        if name not in admin_named:
            admin_named[name] = any(
                text.startswith(name, at - len(name)) or
                any(text.startswith(name + link, at - len(name) - len(link)) for link in _ADMIN_LINKS) or
                _abbreviates(tail_run(text, at, "\u4e00-\u9fff", 12), name)
                for at in admin_at if at >= 2)
        return admin_named[name]

    # '盐城高新区、盐南高新区等兄弟园区': a list item beside a placed zone is a zone too
    placed = [m for m in out] + [c for c in candidates if c.attrs["place"] and not c.attrs["park"]]
    placed_ends = {m.end for m in placed}
    # what one mention of a park says holds for all: the State Council or the province approved it
    # (张家港保税区是经国务院批准设立的…), its administration follows its declared short name
    # ('张家港保税区（以下简称“保税区”）管委会'), or it states its own 主导产业
    vouched = {c.text for c in candidates if c.attrs["park"] and (
        _APPROVED_AFTER.match(text, c.end) or _states_own_industry(text, c, know) or _SIGNS_WITH.match(text, c.end) or
        len(c.attrs["prefix"]) >= 2 and (b := CO_BUILT_AFTER.match(text, c.end)) is not None and
        _NOT_CO_BUILDERS.search(b.group(0)) is None or
        any(has_admin(form) for form in _level_admin_forms(c)) or
        (d := _DECLARED_SHORT.match(text, c.end)) is not None and text.startswith(ZONE_ADMIN_WORDS, d.end()))}
    placed_starts = {m.start for m in placed}
    for c in candidates:
        # the administration may use a short form: 宁东基地管委会 for 宁东能源化工基地
        short = c.attrs["prefix"][:2] + c.text[len(c.attrs["prefix"]):][-2:]
        admin = (has_admin(c.text) or has_admin(c.attrs["prefix"]) or has_admin(short)) if c.attrs["park"] else False
        if c.attrs["park"] and not admin and c.text.endswith(_HIGH_TECH_PARKS) and \
                has_admin(c.attrs["prefix"] + KIND_CANONICAL_SUFFIX["high_tech"]):
            # 奉新高新技术产业园区 … 奉新高新区管委会: the park is the high-tech zone its administration names
            admin, c.key = True, zone_key(c.attrs["place"] or c.attrs["prefix"], "high_tech")
        if c.attrs["park"] and not admin and (c.attrs["paired"] or c.text in vouched):
            # two places joined by a dash name a co-built park, not a project; so does a park one of
            # whose mentions the text vouches for
            admin = True
        if c.attrs["park"] and not admin and not placed and _BARE_PARK_ADMIN.search(text) and (
                c.attrs["place"] and know.chains_of(c.attrs["prefix"].removeprefix(c.attrs["place"]) or "-") or
                _states_focus(text, c, candidates, know) or _county_park_alone(c, candidates)):
            # '园区管委会主任…': the administration of the article's only zone, this park of a place and an
            # industry (晋江集成电路产业园区; not 宁德时代产业园, a company's), a park that states the
            # industries it develops ('苏银产业园重点发展新材料…'), or the only park, named by its county alone
            # (河北永年工业园区)
            admin = True
        if c.attrs["park"] and not admin:
            # '郑州航空港经济综合实验区(以下简称"郑州航空港区")' … 郑州航空港区管委会: the declared short form
            declared = _DECLARED_SHORT.match(text, c.end)
            # (a short form that is itself a park's name, 智造新城, is joined by _short_forms)
            admin = declared is not None and not declared.group("short").endswith(_SUFFIX_TUPLE) and \
                has_admin(declared.group("short"))
        if c.attrs["park"] and not admin:
            # 温州瓯江口产业集聚区 … 瓯江口产业集聚区管委会: the city before the name the administration uses
            named = next((o.text for o in candidates if o.attrs["park"] and o.text != c.text and c.text.endswith(o.text)
                          and reg.is_place(c.text[:len(c.text) - len(o.text)]) and has_admin(o.text)), None)
            if named:
                admin, c.key = True, f"zone:park:{named}"
        if c.attrs["park"]:
            if not admin:
                continue  # a park with no administration named: a project or a sub-park
            c.rule, c.confidence = "zone.park_with_admin", 0.75
        elif c.attrs["place"] is None and names[c.text] < 2 and not has_admin(c.text) \
                and not (c.text.endswith(_FORMAL_SUFFIXES) and 2 <= len(c.attrs["prefix"]) <= 4) \
                and not (c.attrs["kind"] != "new_area" and is_division_short_name(c.attrs["prefix"])) \
                and not (text[c.start - 1:c.start] == "、" and c.start - 1 in placed_ends) \
                and not (text[c.end:c.end + 1] == "、" and c.end + 1 in placed_starts):
            continue  # an unknown prefix seen once in a short form, not listed with a zone: too weak
        out.append(c)
    # Parks named by their bare prefix with an administration: 科教城党工委, 西太湖 (after the full name).
    out.extend(_short_forms(text, out))
    out.extend(_declared_parks(text, out))
    _join_bare_names(out)
    _join_references(out)
    out.sort(key=lambda m: m.start)
    _join_bracketed(text, out)
    # '常州经开区的前身是常州戚墅堰经济开发区': a zone's former name, not another zone
    return [m for m in out if not _FORMER_NAME.search(text, max(0, m.start - 5), m.start)]


_DECLARED_SHORT = re.compile(r"[（(](?:以下)?(?:简称|下称)[“\"「『]?(?P<short>[\u4e00-\u9fff]{2,10}?)[”\"」』]?[)）]")


def _declared_parks(text: str, zones: list[Mention]) -> list[Mention]:
    """'成都—阿坝工业集中发展区（以下简称“成阿工业园”）': the declared short form, a park's name
    that has no administration of its own, is the zone wherever the article writes it."""
    extra: list[Mention] = []
    taken = [(z.start, z.end) for z in zones]
    for z in list(zones):
        declared = _DECLARED_SHORT.match(text, z.end)
        if not declared or not declared.group("short").endswith(tuple(PARK_SUFFIXES)):
            continue
        short = declared.group("short")
        for at in find_all(text, short):
            if not any(a < at + len(short) and at < b for a, b in taken):
                extra.append(Mention("zone", short, at, at + len(short), "zone.declared_short", 0.7, key=z.key,
                                     attrs=dict(z.attrs)))
                taken.append((at, at + len(short)))
    return extra


def _join_bracketed(text: str, zones: list[Mention]) -> None:
    """'镇江经济技术开发区（镇江新区）': a zone named in brackets right after another is its other name;
    every mention of it joins the first (``zones`` sorted by start)."""
    for a, b in zip(zones, zones[1:]):
        if b.start == a.end + 1 and text[a.end] in "（(" and text[b.end:b.end + 1] in ("）", ")") and b.key != a.key:
            old = b.key
            for z in zones:
                if z.key == old:
                    z.key = a.key


def _abbreviates(run: str, name: str) -> bool:
    """Some tail of ``run`` is a short form of ``name``: its characters in order, the same first
    two and last three (山西综改示范区 of 山西转型综合改革示范区)."""
    for k in range(len(run) - 4, -1, -1):
        short = run[k:]
        if len(short) >= len(name) or short[:2] != name[:2] or short[-3:] != name[-3:]:
            continue
        it = iter(name)
        if all(ch in it for ch in short):
            return True
    return False


def _starts_of(text: str, words) -> list[int]:
    """Every position where one of ``words`` starts (overlapping ones too)."""
    out = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            out.append(at)
            at = text.find(w, at + 1)
    return out


def _join_bare_names(zones: list[Mention]) -> None:
    """三江新区 joins 宜宾三江新区 when exactly one zone of the article is <city>(...)三江 of that kind."""
    qualified: dict[tuple[str, str], set[str]] = {}
    for z in zones:
        spec = z.attrs.get("spec")
        if spec:
            qualified.setdefault((spec, z.attrs.get("kind")), set()).add(z.key)
    for z in zones:
        bare = z.attrs.get("prefix")
        if z.attrs.get("place") is None and bare and len(bare) >= 2:
            # 双凤 joins 安徽长丰双凤 too: its own name ends the qualified one's
            keys = set().union(*(ks for (spec, kind), ks in qualified.items()
                                 if kind == z.attrs.get("kind") and spec.endswith(bare)))
            if len(keys) == 1:
                z.key = next(iter(keys))


def _join_references(zones: list[Mention]) -> None:
    """南通开发区 joins the reference zone 南通经济技术开发区 named in the same article: same own name
    (南通) and kind, and no other reference zone of the article has them."""
    refs: dict[tuple[str, str], set[str]] = {}
    for z in zones:
        if z.attrs.get("ref") is not None and z.attrs.get("prefix"):
            refs.setdefault((z.attrs["prefix"], z.attrs.get("kind")), set()).add(z.key)
    for z in zones:
        if z.attrs.get("ref") is None and not z.attrs.get("park") and not z.attrs.get("spec"):
            keys = refs.get((z.attrs.get("prefix"), z.attrs.get("kind")), set())
            if len(keys) == 1:
                z.key = next(iter(keys))


def _standalone_prefixes(candidates: list[Mention]) -> None:
    """翻开西太湖科技产业园 -> 西太湖科技产业园 when the name also stands alone elsewhere."""
    unknown = [c for c in candidates if c.attrs["place"] is None]
    alone = {(c.attrs["prefix"], c.text[len(c.attrs["prefix"]):]) for c in unknown if c.attrs.get("alone")}
    for c in unknown:
        suffix = c.text[len(c.attrs["prefix"]):]
        for size in range(len(c.attrs["prefix"]) - 1, 1, -1):
            tail = c.attrs["prefix"][-size:]
            if (tail, suffix) in alone:
                c.attrs["prefix"], c.text, c.start = tail, tail + suffix, c.end - len(tail + suffix)
                if c.key.startswith("zone:park:"):
                    c.key = f"zone:park:{c.text}"
                else:
                    c.key = zone_key(tail, c.attrs["kind"])
                break


_ADMIN_RE = re.compile(r"党工委|管委会")
_NOT_SHORT_AFTER = ("区", "技术", "产业", "企业", "园")
_COUNTED_ZONES = re.compile(r"(?:[两二三四五六七八九十几多数各]|\d+|第[一二三四五六七八九十\d]+)家"
                            r"|(?:[十百]|\d+)强$")  # '河北省十强开发区', '百强园区': a rank's title, not a zone
_RANK_PREFIX = re.compile(r"(?:全国|全省)?(?:首批|第[一二三四五六七八九十]+批|一批|首个|首家)")
_PORT_AREA_BEFORE_ADMIN = re.compile(r"((?P<place>[\u4e00-\u9fff]{2,3})港区)$")
_PARK_BEFORE_ADMIN = re.compile(r"([\u4e00-\u9fff]{0,6}?(?:科教城|科技城|科学城|产业园|科技园|工业园))$")


def _short_forms(text: str, zones: list[Mention]) -> list[Mention]:
    """武高新 / 渭南高新 for a high-tech zone found in full; 科教城 with a 管委会."""
    extra: list[Mention] = []
    seen_spans = {(z.start, z.end) for z in zones}
    spans = sorted((z.start, z.end) for z in zones)
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and spans[i][0] <= pos < spans[i][1]

    owners: dict[str, dict[str, Mention]] = {}  # short form -> zone key -> a mention of that zone
    for z in zones:
        if z.attrs.get("kind") != "high_tech":
            continue
        prefix = z.attrs.get("place") or z.attrs.get("prefix") or ""
        if not prefix:
            continue
        for short in {prefix + HIGH_TECH_SHORT, prefix[0] + HIGH_TECH_SHORT}:
            owners.setdefault(short, {}).setdefault(z.key, z)
    for short, by_key in owners.items():
        if len(by_key) != 1:
            continue  # 常高新 could be 常州 or 常熟: not merged
        z = next(iter(by_key.values()))
        at = text.find(short)
        while at >= 0:  # str.find, then the look-ahead by hand: no regex compiled per short form
            end = at + len(short)
            if not text.startswith(_NOT_SHORT_AFTER, end) and (at, end) not in seen_spans and not inside(at):
                seen_spans.add((at, end))
                extra.append(Mention("zone", short, at, end, "zone.short_form", 0.7, key=z.key,
                                     attrs=dict(z.attrs)))
            at = text.find(short, end)
    # A park's bare name before 党工委/管委会 (科教城党工委) when no full name was seen.
    for admin in _ADMIN_RE.finditer(text):
        # look back from the rare 党工委/管委会 rather than trying a name at every character
        port = _PORT_AREA_BEFORE_ADMIN.search(text, max(0, admin.start() - 6), admin.start())
        if port:
            # '嘉兴港区管委会': a city's port area with an administration of its own is a zone, wherever named
            name = port.group(1)
            if inside(port.start(1)) or not is_place_name(port.group("place")) or any(e.text == name for e in extra):
                continue
            extra.extend(Mention("zone", name, at, at + len(name), "zone.port_admin", 0.7, key=f"zone:park:{name}",
                                 attrs={"kind": "other", "place": port.group("place"), "prefix": port.group("place"),
                                        "park": True, "level": None})
                         for at in find_all(text, name) if not inside(at))
            continue
        lo = max(0, admin.start() - 12)
        m = _PARK_BEFORE_ADMIN.search(text, lo, admin.start())
        if not m:
            continue
        name = m.group(1)
        if inside(m.end(1) - 1):
            continue
        run = name
        for suf in PARK_SUFFIXES:
            if run.endswith(suf):
                base = run[:-len(suf)]
                break
        else:
            base = ""
        base, _place = _split_prefix(base) if base else ("", None)
        full = base + name[len(name) - len(suf):] if base else name[-len(suf):]
        extra.append(Mention("zone", full, m.end(1) - len(full), m.end(1), "zone.park_admin", 0.7,
                             key=f"zone:park:{full}", attrs={"kind": "industrial_park", "place": None,
                                                             "prefix": base, "park": True, "level": None}))
    return extra
