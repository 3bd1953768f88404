"""Typed facts: what the loaders hand to every store.

Loaders return an :class:`ArticleFacts` per article; `graph/` writes it to
Neo4j, RDF or networkx. Every fact carries its :class:`Evidence` (article,
sentence, span, rule, confidence) so any answer can show why. Names in facts
are already resolved to canonical names (see ``loaders/resolve.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Facts below this confidence are kept but marked low, so views can hide them.
LOW_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: the sentence and its span in the article text."""

    article: str  # Article.key
    sentence: str
    start: int  # character offsets of the sentence in Article.text
    end: int
    rule: str  # name of the extractor rule that produced the fact
    confidence: float = 0.8

    @property
    def low(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True, slots=True)
class Money:
    value: float  # in units of the currency (9000万美元 -> 90_000_000 USD)
    currency: str  # ISO 4217 code
    qualifier: str = "exact"  # exact | about (约) | over (超) | at_least | range_low
    text: str = ""  # the phrase as written, e.g. "总投资9000万美元"


@dataclass(frozen=True, slots=True)
class Article:
    key: str  # sha256 of the decoded source text: changes when the article does
    source: str  # file path or URL
    doc: str  # file name (the `doc` of the eval format)
    text: str  # cleaned, Simplified, NFKC-normalised text the offsets refer to
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO date of publication, when the page states it
    encoding: str | None = None
    # Offsets of ``text`` back into the decoded original, compact: flat pairs
    # (text_index, original_index, ...), one pair where each stretch that follows
    # the original one to one begins. ``chainkg.loaders.offsets.original_offset(article, i)``
    # is the position in the original of text[i]. Empty when the text is unchanged.
    offsets: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ZoneFact:
    name: str  # canonical name
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # high_tech | econ_dev | new_area | industrial_park | other
    level: str | None = None  # national | provincial | other
    city: str | None = None
    province: str | None = None
    admin_code: str | None = None


@dataclass(frozen=True, slots=True)
class EnterpriseFact:
    name: str  # canonical name
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    zone: str | None = None  # canonical zone name (Enterprise LOCATED_IN Zone)
    chains: tuple[str, ...] = ()  # chain ids, e.g. "hydrogen"
    segments: tuple[str, ...] = ()  # segment ids, e.g. "hydrogen.stack"
    leader: bool = False  # chain leader 链主, where known


@dataclass(frozen=True, slots=True)
class ProjectFact:
    name: str  # canonical project name
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    enterprises: tuple[str, ...] = ()  # canonical names of investing enterprises
    zone: str | None = None
    investment: Money | None = None
    stage: str | None = None  # stage id of the ontology's scheme, at the article's date
    stage_date: str | None = None  # the date the stage holds at (article date)
    capacity: str | None = None  # 年产40万辆...
    output_value: Money | None = None  # expected yearly output value
    expected: str | None = None  # planned dates as written (预计明年量产)
    chains: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SupplyFact:
    supplier: str
    customer: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class FocusFact:
    """A zone's stated focus industry (围绕/聚焦/重点 … 产业)."""

    zone: str
    chain: str
    evidence: Evidence
    segment: str | None = None


@dataclass(frozen=True, slots=True)
class MembershipFact:
    """Zone MEMBER_OF Alliance (云南省高新区联盟...)."""

    zone: str
    alliance: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class PartnershipFact:
    """Enterprise PARTNERS_WITH Zone (与 X 共建 ...)."""

    enterprise: str
    zone: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    article: Article
    zones: tuple[ZoneFact, ...] = ()
    enterprises: tuple[EnterpriseFact, ...] = ()
    projects: tuple[ProjectFact, ...] = ()
    supplies: tuple[SupplyFact, ...] = ()
    focus: tuple[FocusFact, ...] = ()
    memberships: tuple[MembershipFact, ...] = ()
    partnerships: tuple[PartnershipFact, ...] = ()
    errors: tuple[str, ...] = field(default=())  # non-fatal problems met while extracting
