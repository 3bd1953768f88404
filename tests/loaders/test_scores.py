"""The extractor's scores stay at or above the bars reached, on four corpora.

Each corpus is run through ``chainkg extract --format eval`` and scored with
../shared/eval/score.py against its hand-made gold. The bars are the figures
reached so far: raise them when the extractor improves, never lower them
silently.

- seeds: the five real articles of ../shared/seeds (targets: overall F1 >= 0.90,
  investment >= 0.95, stage >= 0.85).
- own: tests/data/articles, written by us in our own words from public facts;
  they did not shape the rules' first version (first score 0.639).
- holdout: tests/data/holdout, written later by someone who had not read the
  rules; first scored at 0.752 before any rule looked at them. Misses were then
  fixed by general rules only, so the bar is no longer a blind figure: fresh
  articles are.
- blind: tests/data/blind, written by a helper who had not read the extractor;
  first scored at 0.727 (supplies 0 of 11). Its misses were then fixed by
  classes of language (supply frames, bare phases, place-named bases, stages),
  so it too is no longer blind.
- blind2: tests/data/blind2, written later by another helper who had not read
  the extractor; first scored at 0.509 (supplies 0 of 5). Fixed since by
  classes of language only (labelled keyword lists as spam, '以A、B等产业为龙头'
  naming industries, 选址 before a zone's name, short trade names in a list
  of companies, local suppliers and a customer's zone from its own sentences)
  and reference data for the major carmakers.
- blind3: tests/data/blind3, written by a third helper who had not read the
  extractor; first scored at 0.613 (zone->chain 0 of 9). Fixed since by
  classes only: a zone keeps the article's own name (经济开发区 is not
  经济技术开发区), with the canonical short form as an alias; a province or
  a city with 市 before a zone's own name is a qualifier; themed parks that
  open a sentence with their amount; the owner's brand heading a project
  name; 投资方为X; a conglomerate's initials (SK, LG) join no unit; a
  start half a year before the article means construction; bylines that
  hold the date; 氢 in a trade name; a supplier in its customers' chain;
  a company's business (以X为主的企业) is no zone's focus.
- blind4: tests/data/blind4, by a fourth helper who had not read the
  extractor; first scored at 0.506 (a long provincial round-up of projects
  in several cities, product names as owners). Fixed since by classes only:
  decimal points and conjunctions in project names, 建设（二期） names, lists
  of industries or resources are not projects, descriptions before company
  names (知名…品牌, 上市公司), a project placed in a city takes no zone named
  elsewhere.
- blind5: tests/data/blind5, by a fifth helper; first scored at 0.575
  (supplies 0 of 4: a list of main customers). Fixed since by classes only:
  '主要客户包括A、B等', short Latin brands in company lists (LG), a unit
  declared under its group (X是Y旗下的…) is a company of its own, chain links
  listed for recruiting are not projects, rates (2万吨/年) and 即 in project
  names.
- blind6: tests/data/blind6, by a sixth helper; first scored at 0.598. Fixed
  since: customers listed after 为 (为A、B等…企业提供…服务); an industry a
  zone 重点扶持 is its focus; kinds of work listed as '等63个项目' are not
  projects; companies listed as '10个项目的代表' keep their zone; free-trade
  areas (自贸片区) and cooperation zones with a bracketed city are zones.
- blind7: tests/data/blind7, by a seventh helper; first scored at 0.541
  (supplies 0 of 5, enterprise chains 7 of 27). Fixed since: a signed supply
  agreement makes 将为B供应 a supply; foreign companies introduced by their
  country (以色列公司Mobileye, 德国化工企业巴斯夫); size words (大直径) own
  no project; the amount the owner opens with before the project's sentence;
  a distinctive two-character trade name said again (极氪 of 浙江极氪智能科技);
  a carmaker's models carrying the product spoken of (B08等车型搭载了这款芯片);
  领克 in the reference carmakers; industries a zone 重点布局 are its focus.
- blind8 to blind82: tests/data/blind8 … blind82, by later helpers; first
  scored at 0.789, 0.745, 0.672, 0.589, 0.884, 0.698, 0.684, 0.817, 0.776,
  0.717, 0.831, 0.725, 0.671, 0.670, 0.776, 0.536, 0.564, 0.749, 0.742,
  0.667, 0.723, 0.619, 0.717, 0.747, 0.784, 0.652, 0.829, 0.752, 0.761,
  0.881, 0.820, 0.775, 0.686, 0.756, 0.838, 0.667, 0.742, 0.693, 0.707,
  0.718, 0.809, 0.508, 0.638, 0.714, 0.676, 0.659, 0.565, 0.671, 0.732,
  0.639, 0.661, 0.577, 0.523, 0.667, 0.697, 0.654, 0.734, 0.687, 0.641,
  0.595, 0.826, 0.626, 0.524, 0.756, 0.695, 0.698, 0.793, 0.661, 0.676, 0.643
  and 0.628.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    cache: dict[str, dict] = {}

    def score(name: str) -> dict:
        corpus = CORPORA[name]
        if not (corpus["articles"].is_dir() and corpus["gold"].is_file() and SCORER.is_file()):
            pytest.skip(f"{name}: articles, gold or ../shared/eval/score.py missing")
        if name not in cache:
            pred = tmp_path_factory.mktemp(name) / "pred.jsonl"
            done = subprocess.run([sys.executable, "-m", "chainkg.cli", "extract", str(corpus["articles"]),
                                   "--format", "eval", "-o", str(pred)], capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr
            scored = subprocess.run([sys.executable, str(SCORER), str(corpus["gold"]), str(pred), "--json"],
                                    capture_output=True, text=True, timeout=300)
            assert scored.returncode == 0, scored.stderr
            cache[name] = json.loads(scored.stdout)
        return cache[name]

    return score


CATEGORIES = ("zones", "enterprises", "projects", "enterprise->zone", "zone->chain", "enterprise->chain", "supplies")


def _bars(articles: Path, gold: Path, overall: float, investment: float, stage: float, *f1: float) -> dict:
    """A corpus and its bars: overall F1, investment and stage accuracy, then F1 per category (CATEGORIES)."""
    assert len(f1) == len(CATEGORIES)
    return {"articles": articles, "gold": gold, "overall": overall, "investment": investment, "stage": stage,
            "categories": dict(zip(CATEGORIES, f1))}


def _ours(name: str) -> tuple[Path, Path]:
    """The articles and gold of one of our corpora, tests/data/<name>."""
    return REPO / "tests" / "data" / name / "articles", REPO / "tests" / "data" / name / "gold.jsonl"


# Reached on 2026-11-23: overall, investment, stage, then the F1 of each category in CATEGORIES order.
CORPORA = {
    "seeds": _bars(SHARED / "seeds", SHARED / "eval" / "gold" / "seeds.jsonl",
          0.988, 1.0, 1.0, 1.0, 1.0, 0.978, 1.0, 0.947, 0.984, 1.0),
    "own": _bars(REPO / "tests" / "data" / "articles", REPO / "tests" / "data" / "gold" / "articles.jsonl",
          0.964, 1.0, 0.9, 1.0, 1.0, 0.857, 0.999, 0.848, 0.985, 0.999),
    "holdout": _bars(*_ours("holdout"),
          0.976, 1.0, 1.0, 1.0, 0.999, 0.952, 0.97, 0.947, 0.963, 1.0),
    "blind": _bars(*_ours("blind"),
          0.942, 0.846, 0.842, 1.0, 0.985, 0.829, 0.936, 0.888, 0.963, 1.0),
    "blind2": _bars(*_ours("blind2"),
          0.802, 0.887, 0.999, 0.94, 0.865, 0.785, 0.726, 0.874, 0.74, 0.749),
    "blind3": _bars(*_ours("blind3"),
          0.893, 0.916, 0.691, 0.999, 0.908, 0.856, 0.946, 0.799, 0.879, 0.666),
    "blind4": _bars(*_ours("blind4"),
          0.804, 0.999, 0.788, 0.999, 0.804, 0.768, 0.786, 0.749, 0.782, 0.999),
    "blind5": _bars(*_ours("blind5"),
          # 2026-11-23 (session 5): projects and investment up (0.644 -> 0.726, 0.57 -> 0.888) with the
          # activity lists and amounts after names; enterprises down (0.743 -> 0.726): the owner of
          # 中鼎新能源热管理…项目, now found, reads as 中鼎新能源 where the gold has 中鼎
          0.783, 0.999, 0.641, 0.999, 0.771, 0.822, 0.614, 0.922, 0.713, 0.999),
    "blind6": _bars(*_ours("blind6"),
          0.731, 0.999, 0.726, 0.999, 0.782, 0.686, 0.721, 0.499, 0.683, 0.857),
    "blind7": _bars(*_ours("blind7"),
          0.884, 0.999, 0.799, 0.999, 0.974, 0.922, 0.887, 0.726, 0.815, 0.887),
    "blind8": _bars(*_ours("blind8"),
          0.946, 0.999, 0.999, 0.999, 0.999, 0.999, 0.999, 0.666, 0.881, 0.999),
    "blind9": _bars(*_ours("blind9"),
          0.942, 0.999, 0.999, 0.999, 0.97, 0.999, 0.908, 0.999, 0.887, 0.999),
    "blind10": _bars(*_ours("blind10"),
          0.914, 0.999, 0.999, 0.888, 0.999, 0.999, 0.714, 0.799, 0.874, 0.999),
    "blind11": _bars(*_ours("blind11"),
          0.808, 0.999, 0.999, 0.999, 0.97, 0.768, 0.799, 0.908, 0.649, 0.665),
    "blind12": _bars(*_ours("blind12"),
          0.978, 0.999, 0.999, 0.999, 0.999, 0.856, 0.887, 0.999, 0.978, 0.999),
    "blind13": _bars(*_ours("blind13"),
          0.88, 0.999, 0.999, 0.999, 0.999, 0.887, 0.665, 0.922, 0.756, 0.999),
    "blind14": _bars(*_ours("blind14"),
          # 2026-11-24 (session 16), on purpose: overall 0.856 -> 0.853.
          # A company named for a trade outside our chains gets 'other':
          # 海南炼化 and 华锦阿美 (refiners) now get 'other' beside new_materials.
          # 2026-11-25 (session 17), on purpose: overall 0.853 -> 0.847, zones 0.999 -> 0.932. A park two
          # places build together is a zone ('深哈产业园由深圳与哈尔滨两市合作共建', as blind74's gold has
          # such parks); this gold counts 深哈产业园 as a project inside 哈尔滨新区.
          0.847, 0.999, 0.856, 0.932, 0.975, 0.822, 0.887, 0.955, 0.665, 0.599),
    "blind15": _bars(*_ours("blind15"),
          # 2026-11-23 (session 7): overall and enterprise chains lowered on purpose (0.874 -> 0.873, 0.665 ->
          # 0.635): '其控股子公司X…向B供货' is X's supply, not its parent's; the parent's chain had come from
          # that false supply. Supplies 0.798 -> 0.856.
          0.91, 0.999, 0.999, 0.999, 0.973, 0.932, 0.999, 0.961, 0.781, 0.856),
    "blind16": _bars(*_ours("blind16"),
          # 2026-11-24 (session 16), on purpose: overall 0.856 -> 0.85, enterprise chains 0.561 -> 0.544.
          # A company named for a trade outside our chains gets 'other':
          # 阿科玛(常熟)氟化工 now gets 'other' (化工 in its name) beside nev.
          0.85, 0.749, 0.999, 0.999, 0.999, 0.856, 0.822, 0.955, 0.544, 0.999),
    "blind17": _bars(*_ours("blind17"),
          0.875, 0.999, 0.999, 0.999, 0.975, 0.856, 0.856, 0.999, 0.776, 0.799),
    "blind18": _bars(*_ours("blind18"),
          # lowered: '答：公司的光伏及储能熔断器已进入阳光电源的供应链' is now read by the base supply rule,
          # which also gives the customer the product's chains (储能 -> nev for 阳光电源)
          0.938, 0.999, 0.799, 0.999, 0.999, 0.94, 0.908, 0.999, 0.836, 0.999),
    "blind19": _bars(*_ours("blind19"),
          0.87, 0.999, 0.999, 0.999, 0.973, 0.999, 0.768, 0.841, 0.749, 0.887),
    "blind20": _bars(*_ours("blind20"),
          0.845, 0.999, 0.874, 0.887, 0.977, 0.726, 0.799, 0.817, 0.807, 0.665),
    "blind21": _bars(*_ours("blind21"),
          0.912, 0.999, 0.999, 0.908, 0.973, 0.856, 0.874, 0.951, 0.849, 0.999),
    "blind22": _bars(*_ours("blind22"),
          0.844, 0.887, 0.999, 0.887, 0.949, 0.845, 0.946, 0.755, 0.73, 0.922),
    "blind23": _bars(*_ours("blind23"),
          0.804, 0.999, 0.999, 0.932, 0.866, 0.773, 0.845, 0.665, 0.805, 0.0),
    "blind24": _bars(*_ours("blind24"),
          0.9, 0.999, 0.999, 0.999, 0.957, 0.768, 0.887, 0.955, 0.866, 0.837),
    "blind25": _bars(*_ours("blind25"),
          0.847, 0.999, 0.999, 0.999, 0.978, 0.856, 0.841, 0.94, 0.688, 0.665),
    "blind26": _bars(*_ours("blind26"),
          0.843, 0.999, 0.999, 0.999, 0.903, 0.932, 0.932, 0.856, 0.694, 0.665),
    "blind27": _bars(*_ours("blind27"),
          # 2026-11-24 (session 16), on purpose: overall 0.856 -> 0.849, enterprise chains 0.825 -> 0.808.
          # A company named for a trade outside our chains gets 'other':
          # 空气化工产品公司 now gets 'other' (化工 in its name) beside semiconductor.
          0.849, 0.999, 0.999, 0.999, 0.932, 0.57, 0.856, 0.999, 0.808, 0.726),
    "blind28": _bars(*_ours("blind28"),
          0.861, 0.999, 0.665, 0.999, 0.946, 0.887, 0.832, 0.887, 0.749, 0.665),
    "blind29": _bars(*_ours("blind29"),
          0.814, 0.999, 0.713, 0.999, 0.902, 0.999, 0.624, 0.532, 0.809, 0.799),
    "blind30": _bars(*_ours("blind30"),
          0.854, 0.999, 0.799, 0.999, 0.942, 0.868, 0.799, 0.932, 0.738, 0.0),
    "blind31": _bars(*_ours("blind31"),
          # lowered: '玉柴自主研发的…氢燃料内燃机，主要面向重型商用车' gives 玉柴 the market's chain (nev),
          # a cost of reading what a company develops as its industry (a gain on five other corpora)
          0.814, 0.999, 0.999, 0.999, 0.954, 0.999, 0.899, 0.768, 0.582, 0.776),
    "blind32": _bars(*_ours("blind32"),
          0.886, 0.776, 0.768, 0.999, 0.968, 0.786, 0.999, 0.856, 0.809, 0.887),
    "blind33": _bars(*_ours("blind33"),
          0.775, 0.0, 0.999, 0.999, 0.937, 0.665, 0.665, 0.799, 0.637, 0.665),
    "blind34": _bars(*_ours("blind34"),
          # 2026-11-25 (session 17), on purpose: overall 0.885 -> 0.88, enterprise->zone 0.749 -> 0.705.
          # A project the raised money goes to is the issuer's (募集资金 in its sentence): 蓝箭电子 now owns
          # its 半导体封装测试扩建项目 and takes the project's zone, which this gold leaves open.
          0.88, 0.999, 0.999, 0.874, 0.999, 0.822, 0.705, 0.895, 0.828, 0.999),
    "blind35": _bars(*_ours("blind35"),
          0.825, 0.0, 0.999, 0.999, 0.912, 0.749, 0.614, 0.887, 0.759, 0.874),
    "blind36": _bars(*_ours("blind36"),
          # 2026-11-24 (session 16), on purpose: overall 0.831 -> 0.826, enterprise chains 0.683 -> 0.666.
          # A company named for a trade outside our chains gets 'other':
          # 卡博特天津 now gets 'other' (化工 in its legal name) beside nev.
          0.826, 0.749, 0.999, 0.999, 0.999, 0.704, 0.719, 0.895, 0.666, 0.999),
    "blind37": _bars(*_ours("blind37"),
          0.887, 0.999, 0.665, 0.999, 0.895, 0.856, 0.768, 0.999, 0.813, 0.999),
    "blind38": _bars(*_ours("blind38"),
          # 2026-11-25 (session 18), on purpose: overall 0.91 -> 0.904, enterprise chains 0.749 -> 0.726. 铝业 names
          # a trade outside our chains (like 有色): 明泰铝业 gets 'other' beside nev, which this gold leaves out.
          0.904, 0.999, 0.999, 0.999, 0.999, 0.887, 0.999, 0.874, 0.726, 0.999),
    "blind39": _bars(*_ours("blind39"),
          0.854, 0.749, 0.999, 0.999, 0.922, 0.614, 0.768, 0.908, 0.799, 0.999),
    "blind40": _bars(*_ours("blind40"),
          # 2026-11-25 (session 18), on purpose: overall 0.783 -> 0.756, zones 0.999 -> 0.874, enterprise
          # zones 0.781 -> 0.719, zone chains 0.955 -> 0.869. A 高新技术产业园区 is a zone without its 管委会
          # named, and it is named as written, 福建莆田涵江高新技术产业园区; this gold drops the province (62
          # other gold zones keep it).
          0.768, 0.499, 0.749, 0.874, 0.934, 0.614, 0.719, 0.869, 0.609, 0.599),
    "blind41": _bars(*_ours("blind41"),
          0.794, 0.749, 0.749, 0.927, 0.999, 0.726, 0.599, 0.799, 0.599, 0.665),
    "blind42": _bars(*_ours("blind42"),
          0.844, 0.999, 0.999, 0.999, 0.843, 0.694, 0.887, 0.999, 0.781, 0.999),
    "blind43": _bars(*_ours("blind43"),
          # 2026-11-24 (session 16), on purpose: overall 0.727 -> 0.723, enterprise chains 0.575 -> 0.565.
          # A company named for a trade outside our chains gets 'other':
          # the extra 南方电网 now also has a chain pair, 'other' (电网).
          0.723, 0.999, 0.749, 0.999, 0.908, 0.532, 0.768, 0.665, 0.565, 0.665),
    "blind44": _bars(*_ours("blind44"),
          0.805, 0.999, 0.749, 0.922, 0.865, 0.749, 0.832, 0.781, 0.688, 0.999),
    "blind45": _bars(*_ours("blind45"),
          0.799, 0.832, 0.999, 0.999, 0.929, 0.999, 0.908, 0.665, 0.649, 0.362),
    "blind46": _bars(*_ours("blind46"),
          0.772, 0.999, 0.817, 0.999, 0.908, 0.784, 0.776, 0.665, 0.57, 0.999),
    "blind47": _bars(*_ours("blind47"),
          0.817, 0.999, 0.691, 0.999, 0.977, 0.865, 0.832, 0.234, 0.726, 0.999),
    "blind48": _bars(*_ours("blind48"),
          0.826, 0.999, 0.832, 0.999, 0.891, 0.828, 0.726, 0.665, 0.753, 0.999),
    "blind49": _bars(*_ours("blind49"),
          # 2026-11-24 (session 16), on purpose: overall 0.743 -> 0.737, enterprise chains 0.423 -> 0.411.
          # A company named for a trade outside our chains gets 'other':
          # the mis-cut extra 中广核杭锦旗伊泰化工 now also has a chain pair, 'other' (化工).
          0.737, 0.665, 0.665, 0.999, 0.874, 0.841, 0.822, 0.856, 0.411, 0.0),
    "blind50": _bars(*_ours("blind50"),
          0.736, 0.856, 0.832, 0.887, 0.856, 0.635, 0.768, 0.249, 0.688, 0.999),
    "blind51": _bars(*_ours("blind51"),
          # stage 0.665 -> 0.499: the two 募投项目 named in quotation marks are now found (projects
          # 0.667 -> 0.800), and neither has its stage yet (在建设过程中 … 进度慢于原定计划 is under construction)
          # 2026-11-24 (session 16), on purpose: overall 0.785 -> 0.769, projects 0.799 -> 0.736, enterprise
          # chains 0.665 -> 0.631: '长信科技这几个项目' (a count, 几个) is no project now; it had given the
          # company its digital chain and matched none of the three projects the gold names
          0.799, 0.999, 0.499, 0.999, 0.893, 0.736, 0.781, 0.713, 0.699, 0.999),
    "blind52": _bars(*_ours("blind52"),
          0.704, 0.665, 0.665, 0.874, 0.811, 0.665, 0.694, 0.665, 0.627, 0.0),
    "blind53": _bars(*_ours("blind53"),
          0.745, 0.999, 0.799, 0.932, 0.832, 0.799, 0.719, 0.832, 0.549, 0.665),
    "blind54": _bars(*_ours("blind54"),
          0.731, 0.665, 0.499, 0.915, 0.763, 0.76, 0.773, 0.665, 0.517, 0.0),
    "blind55": _bars(*_ours("blind55"),
          # investment 0.749 -> 0.599: 横店东磁's 年产12GW新型高效电池项目 is now matched (公司 no longer heads its
          # name), without an amount: the 35.54亿元 is stated of its first two phases
          0.76, 0.599, 0.11, 0.999, 0.975, 0.624, 0.799, 0.999, 0.529, 0.999),
    "blind56": _bars(*_ours("blind56"),
          0.74, 0.713, 0.582, 0.999, 0.735, 0.701, 0.781, 0.887, 0.599, 0.999),
    "blind57": _bars(*_ours("blind57"),
          # stage 0.799 -> 0.726: 银河微电's project, named in quotation marks after '银河微电的', is now found
          # and matched, without its stage (its board approved 该项目 a sentence on; no 签约 is said)
          # 2026-11-25 (session 18), on purpose: overall 0.721 -> 0.716, enterprise chains 0.528 -> 0.513. 铝业
          # names a trade outside our chains: 鑫铂股份 (安徽鑫铂铝业) gets 'other', which this gold leaves out.
          0.716, 0.999, 0.726, 0.908, 0.849, 0.726, 0.699, 0.499, 0.513, 0.999),
    "blind58": _bars(*_ours("blind58"),
          # stage 0.332 -> 0.249: 业盛's 年产5万吨LM2铝合金锭材料生产项目 is now found (the grade code no longer
          # hides its capacity) and matched, without the stage of the day's batch signing (当天签下4个项目)
          0.807, 0.999, 0.249, 0.946, 0.968, 0.42, 0.856, 0.399, 0.665, 0.999),
    "blind59": _bars(*_ours("blind59"),
          0.739, 0.856, 0.749, 0.799, 0.856, 0.768, 0.499, 0.999, 0.665, 0.0),
    "blind60": _bars(*_ours("blind60"),
          0.593, 0.0, 0.599, 0.713, 0.837, 0.453, 0.332, 0.665, 0.399, 0.0),
    "blind61": _bars(*_ours("blind61"),
          0.749, 0.799, 0.799, 0.999, 0.87, 0.61, 0.799, 0.999, 0.55, 0.999),
    "blind62": _bars(*_ours("blind62"),
          0.795, 0.999, 0.665, 0.999, 0.856, 0.874, 0.887, 0.799, 0.605, 0.999),
    "blind63": _bars(*_ours("blind63"),
          # 2026-11-24 (session 16), on purpose: stage 0.63 -> 0.599. 文玉食品's 年产6000万桶方便食品项目 (a
          # capacity in 桶) is now found and matched, without its stage (its line 满负荷运转 the sentence before)
          # Also on purpose: enterprise->zone 0.713 -> 0.666 and enterprise chains 0.486 -> 0.475. 兰州能投集团
          # now owns its 晋昌源…炼焦项目 ('X投资21.2亿元的…项目'), which our output places in the zone of the tour,
          # so the company takes that zone and the project's (wrong) equipment chain
          0.693, 0.845, 0.599, 0.856, 0.781, 0.815, 0.666, 0.544, 0.475, 0.0),
    "blind64": _bars(*_ours("blind64"),
          0.745, 0.999, 0.665, 0.999, 0.87, 0.832, 0.776, 0.0, 0.499, 0.0),
    "blind65": _bars(*_ours("blind65"),
          0.78, 0.999, 0.624, 0.999, 0.784, 0.781, 0.499, 0.665, 0.781, 0.999),
    "blind66": _bars(*_ours("blind66"),
          0.699, 0.749, 0.999, 0.749, 0.851, 0.932, 0.691, 0.702, 0.408, 0.0),
    "blind67": _bars(*_ours("blind67"),
          0.593, 0.999, 0.646, 0.999, 0.7, 0.556, 0.532, 0.443, 0.457, 0.0),
    "blind68": _bars(*_ours("blind68"),
          # 2026-11-25 (session 17), on purpose: investment 0.80 -> 0.727. The plant named with its
          # opening (燃料电池研发与生产专用工厂…投产) is now found by its name; the gold gives it the joint
          # venture's 总投资额约80亿日元 from another paragraph, which no rule reads as the plant's.
          0.846, 0.726, 0.749, 0.999, 0.911, 0.826, 0.809, 0.57, 0.871, 0.0),
    "blind69": _bars(*_ours("blind69"),
          0.714, 0.749, 0.665, 0.665, 0.837, 0.691, 0.999, 0.0, 0.644, 0.0),
    "blind70": _bars(*_ours("blind70"),
          0.863, 0.0, 0.0, 0.999, 0.999, 0.713, 0.999, 0.999, 0.776, 0.799),
    "blind71": _bars(*_ours("blind71"),
          0.611, 0.999, 0.832, 0.999, 0.77, 0.386, 0.209, 0.887, 0.509, 0.999),
    "blind72": _bars(*_ours("blind72"),
          0.684, 0.599, 0.599, 0.832, 0.779, 0.757, 0.374, 0.0, 0.633, 0.999),
    "blind73": _bars(*_ours("blind73"),
          0.627, 0.999, 0.749, 0.726, 0.881, 0.475, 0.46, 0.57, 0.443, 0.0),
    "blind74": _bars(*_ours("blind74"),
          0.581, 0.749, 0.399, 0.868, 0.605, 0.665, 0.427, 0.856, 0.199, 0.0),
    "blind75": _bars(*_ours("blind75"),
          0.807, 0.799, 0.999, 0.749, 0.912, 0.624, 0.544, 0.665, 0.903, 0.599),
    "blind76": _bars(*_ours("blind76"),
          # 2026-11-25 (session 18), on purpose: stage 0.554 -> 0.499. '发展和营运12吋晶圆项目' no longer makes
          # 营运 its owner, so the project is now matched as 中芯深圳12吋线, at 'signed' (its 2021 framework
          # agreement) where this gold has the line 点亮投产 later in the article.
          0.792, 0.999, 0.499, 0.999, 0.813, 0.799, 0.665, 0.0, 0.817, 0.0),
    "blind77": _bars(*_ours("blind77"),
          0.704, 0.999, 0.927, 0.999, 0.749, 0.716, 0.591, 0.826, 0.499, 0.0),
    "blind78": _bars(*_ours("blind78"),
          0.813, 0.999, 0.599, 0.999, 0.964, 0.554, 0.874, 0.999, 0.614, 0.999),
    "blind79": _bars(*_ours("blind79"),
          # 2026-11-25 (session 18), on purpose: stage 0.999 -> 0.749. The recycling project is now found by
          # its own name with its owner ('由青海快驴…承担的…项目'), so its stage is judged: 'signed' from the
          # company's 注册落户 in the park, which this gold leaves open.
          0.74, 0.665, 0.749, 0.799, 0.893, 0.599, 0.599, 0.499, 0.749, 0.0),
    "blind80": _bars(*_ours("blind80"),
          0.685, 0.799, 0.899, 0.799, 0.799, 0.665, 0.665, 0.332, 0.646, 0.0),
    "blind81": _bars(*_ours("blind81"),
          0.755, 0.0, 0.999, 0.735, 0.87, 0.544, 0.57, 0.908, 0.749, 0.0),
    "blind82": _bars(*_ours("blind82"),
          0.665, 0.499, 0.665, 0.665, 0.881, 0.63, 0.443, 0.599, 0.614, 0.0),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_article_has_a_prediction(scores, name):
    assert scores(name)["docs_missing_in_pred"] == []


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_overall_and_project_fields_at_or_above_bar(scores, name):
    score, bar = scores(name), CORPORA[name]
    assert score["overall_f1"] >= bar["overall"] - 1e-9
    for field in ("investment", "stage"):
        got = score["project_fields"][field]
        if got is None:
            # no matched project has the field in the gold (blind33 states no amount): nothing to hold
            assert bar[field] == 0.0, f"{name}: {field} had a bar and is no longer measured"
            continue
        assert got >= bar[field] - 1e-9, field


@pytest.mark.parametrize("name, category", [(n, c) for n in sorted(CORPORA) for c in sorted(CORPORA[n]["categories"])])
def test_category_f1_at_or_above_bar(scores, name, category):
    assert scores(name)["categories"][category]["f1"] >= CORPORA[name]["categories"][category] - 1e-9
