"""Synthetic facts with planted chain gaps, deterministic from a seed.

For tests (a graph whose gaps are known in advance) and benchmarks (graphs
of 1k to 100k enterprises). Each zone is given the segments it holds; every
other segment of the chain is a planted gap. Names are obviously synthetic
(合成 = synthetic) so they never mix with real entities.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from .facts import (
    Article,
    ArticleFacts,
    EnterpriseFact,
    Evidence,
    Money,
    ProjectFact,
    SupplyFact,
    ZoneFact,
)

PROVINCES = (("江苏", "常州"), ("江苏", "苏州"), ("河北", "保定"), ("广东", "佛山"), ("上海", "上海"),
             ("安徽", "合肥"), ("陕西", "渭南"), ("广西", "柳州"), ("山东", "淄博"), ("湖北", "武汉"))
STAGES = ("signed", "started", "under_construction", "completed", "in_production")


@dataclass
class SyntheticCorpus:
    facts: list[ArticleFacts]
    held: dict[str, set[str]]  # zone -> segment ids it holds (everything else in the chain is a gap)
    chain: str
    enterprises_per_zone_segment: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(len(f.zones) + len(f.enterprises) + len(f.projects) + len(f.supplies) for f in self.facts)


def _article(i: int, date: str, tag: str = "") -> Article:
    text = f"合成文章{tag}{i}"
    return Article(key=hashlib.sha256(f"synthetic-{tag}{i}".encode()).hexdigest(), source=f"synthetic://{tag}{i}",
                   doc=f"synthetic-{tag}{i:06d}.txt", text=text, title=f"合成文章 {tag}{i}", date=date)


def generate(chain, zones: int = 20, enterprises: int = 200, seed: int = 7, per_article: int = 20,
             hold_share: float = 0.5, tag: str = "") -> SyntheticCorpus:
    """A corpus for one chain (an ontology Chain).

    Every zone holds about ``hold_share`` of the segments with 1-3
    enterprises each (so some held segments are weak); further enterprises,
    up to ``enterprises`` in all, go to segments their zone already holds.
    Every segment a zone does not hold is a planted gap, and the enterprises
    of other zones in it are its recruitment targets. ``tag`` goes into
    article keys and enterprise names, so corpora of several chains can be
    loaded together (the default, empty, keeps the historical names)."""
    rng = random.Random(seed)
    segs = [s.id for s in chain.segments]
    zone_names = [f"合成{i:04d}高新区" for i in range(zones)]
    held = {z: set(rng.sample(segs, max(1, round(len(segs) * hold_share)))) for z in zone_names}
    places = {z: PROVINCES[i % len(PROVINCES)] for i, z in enumerate(zone_names)}

    # Place enterprises: first fill each zone's held segments, then spread
    # the rest over segments each zone holds (targets for other zones).
    plan: list[tuple[str, str]] = []
    for z in zone_names:
        for s in sorted(held[z]):
            plan.extend([(z, s)] * rng.randint(1, 3))
    while len(plan) < enterprises:
        z = rng.choice(zone_names)
        plan.append((z, rng.choice(sorted(held[z]))))
    counts: dict[tuple[str, str], int] = {}
    for key in plan:
        counts[key] = counts.get(key, 0) + 1

    facts: list[ArticleFacts] = []
    batch: dict[str, list] = {"zones": [], "enterprises": [], "projects": [], "supplies": []}
    article = _article(0, "2024-01-01", tag)
    made_zone: set[tuple[str, str]] = set()

    def ev(rule: str) -> Evidence:
        sentence = f"{rule}:{len(batch['enterprises'])}"
        return Evidence(article=article.key, sentence=sentence, start=0, end=len(sentence), rule=rule,
                        confidence=0.9)

    def flush() -> None:
        nonlocal article, batch
        if any(batch.values()):
            facts.append(ArticleFacts(article=article, **{k: tuple(v) for k, v in batch.items()}))
        n = len(facts)
        article = _article(n, f"20{20 + n % 6}-{1 + n % 12:02d}-15", tag)
        batch = {"zones": [], "enterprises": [], "projects": [], "supplies": []}

    previous: dict[str, str] = {}  # segment -> an enterprise in it, for supply ties
    for i, (zone, seg) in enumerate(plan):
        if i and i % per_article == 0:
            flush()
        if (article.key, zone) not in made_zone:
            province, city = places[zone]
            batch["zones"].append(ZoneFact(name=zone, evidence=ev("synthetic.zone"), kind="high_tech",
                                           level="national", city=city, province=province))
            made_zone.add((article.key, zone))
        name = f"合成企业{tag}{i:06d}"
        batch["enterprises"].append(EnterpriseFact(name=name, evidence=ev("synthetic.enterprise"), zone=zone,
                                                   chains=(chain.id,), segments=(seg,), leader=(i % 97 == 0)))
        if rng.random() < 0.6:
            batch["projects"].append(ProjectFact(
                name=f"合成企业{tag}{i:06d}{chain.name_zh}项目", evidence=ev("synthetic.project"), enterprises=(name,),
                zone=zone, investment=Money(round(rng.uniform(0.5, 80), 1) * 1e8, "CNY"),
                stage=rng.choice(STAGES), chains=(chain.id,), segments=(seg,)))
        upstream = [s.id for s in chain.segments if seg in s.upstream_of]
        if upstream and upstream[0] in previous and rng.random() < 0.3:
            batch["supplies"].append(SupplyFact(supplier=previous[upstream[0]], customer=name,
                                                evidence=ev("synthetic.supply")))
        previous[seg] = name
    flush()
    return SyntheticCorpus(facts=facts, held=held, chain=chain.id, enterprises_per_zone_segment=counts)


@dataclass
class MultiChainCorpus:
    """Corpora of several chains over the same zones, loadable together."""

    corpora: list[SyntheticCorpus]

    @property
    def facts(self) -> list[ArticleFacts]:
        return [f for c in self.corpora for f in c.facts]

    @property
    def held(self) -> dict[str, dict[str, set[str]]]:
        """chain id -> zone -> segment ids held."""
        return {c.chain: c.held for c in self.corpora}

    @property
    def zones(self) -> list[str]:
        return sorted(self.corpora[0].held) if self.corpora else []

    @property
    def rows(self) -> int:
        return sum(c.rows for c in self.corpora)


def generate_chains(chains, zones: int = 100, enterprises: int = 1000, seed: int = 7,
                    per_article: int = 20, hold_share: float = 0.5) -> MultiChainCorpus:
    """One synthetic corpus per chain, the ``enterprises`` split evenly over the
    chains, all on the same ``zones`` (a zone holds segments in several chains).

    Chain ``k`` uses seed ``seed + k`` and tag ``c{k}-`` so its article keys and
    enterprise names never collide with another chain's. For benchmarks at
    1k-100k enterprises and 100-1,000 zones."""
    chains = list(chains)
    share, extra = divmod(enterprises, len(chains))
    corpora = [
        generate(chain, zones=zones, enterprises=share + (1 if k < extra else 0), seed=seed + k,
                 per_article=per_article, hold_share=hold_share, tag=f"c{k}-")
        for k, chain in enumerate(chains)
    ]
    return MultiChainCorpus(corpora)
