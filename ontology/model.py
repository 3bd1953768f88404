"""Typed records of the ontology: chains, segments, views, stages, currencies, reference data."""

from __future__ import annotations

from dataclasses import dataclass


class UnknownName(KeyError):
    """A chain, segment or stage name the ontology does not know; ``suggestions`` holds close matches."""

    def __init__(self, kind: str, name: str, suggestions: tuple[str, ...] = ()):
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown {kind} {name!r}{hint}")

    def __str__(self) -> str:  # KeyError's str() would quote the whole message
        return self.args[0]


class OntologyError(ValueError):
    """An ontology file is malformed; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class Segment:
    id: str  # "<chain>.<slug>", e.g. "hydrogen.stack"
    chain: str
    name_zh: str
    name_en: str
    order: int  # 1 = most upstream
    keywords: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    upstream_of: tuple[str, ...] = ()  # segment ids of the same chain


@dataclass(frozen=True, slots=True)
class View:
    """A technology path or an application domain of a chain (two of the 招商 team's 四图)."""

    id: str  # "<chain>.tech.<slug>" or "<chain>.app.<slug>"
    chain: str
    kind: str  # "tech_path" | "application"
    name_zh: str
    name_en: str
    keywords: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()  # segment ids the view concerns


@dataclass(frozen=True, slots=True)
class Chain:
    id: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # chain-level keywords (no segment known)
    segments: tuple[Segment, ...] = ()  # upstream -> downstream
    tech_paths: tuple[View, ...] = ()
    applications: tuple[View, ...] = ()

    def segment(self, segment_id: str) -> Segment:
        for seg in self.segments:
            if seg.id == segment_id:
                return seg
        raise UnknownName("segment", segment_id)


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    name_zh: str
    order: int  # lifecycle order, 1 = planned
    keywords: tuple[str, ...] = ()  # every wording: prefLabel, altLabels, further keywords
    name_en: str = ""


@dataclass(frozen=True, slots=True)
class Currency:
    code: str  # ISO 4217
    names: tuple[str, ...] = ()  # Chinese names first, e.g. ("人民币", "元")
    name_en: str = ""


@dataclass(frozen=True, slots=True)
class RefZone:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"  # high_tech | econ_dev | new_area | industrial_park | other
    level: str = "other"  # national | provincial | other
    city: str | None = None
    province: str | None = None
    admin_code: str | None = None  # 6-digit code of the city (GB/T 2260)
    source: str = ""


@dataclass(frozen=True, slots=True)
class RefEnterprise:
    name: str
    aliases: tuple[str, ...] = ()
    chains: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    leader: bool = False  # chain leader 链主
    province: str | None = None
    city: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Classification:
    """A keyword found in a text and the chain (and segment, when specific) it points to."""

    chain: str
    segment: str | None
    keyword: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ViewMatch:
    """A tech-path or application keyword found in a text."""

    view: str  # view id, e.g. "hydrogen.tech.pem_electrolysis"
    chain: str
    kind: str  # "tech_path" | "application"
    keyword: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Relation:
    """An object property of the ontology that is a Neo4j relationship type."""

    type: str  # "LOCATED_IN"
    iri: str
    domain: tuple[str, ...] = ()  # node labels
    range: tuple[str, ...] = ()
    indexed: tuple[str, ...] = ()  # relationship properties to index


@dataclass(frozen=True, slots=True)
class NodeClass:
    label: str
    iri: str
    key: str
    indexed: tuple[str, ...] = ()
    name_en: str = ""
    name_zh: str = ""


ZONE_KINDS = ("high_tech", "econ_dev", "new_area", "industrial_park", "other")
ZONE_LEVELS = ("national", "provincial", "other")


__all__ = [
    "Chain", "Classification", "Currency", "NodeClass", "OntologyError", "RefEnterprise", "RefZone",
    "Relation", "Segment", "Stage", "UnknownName", "View", "ViewMatch", "ZONE_KINDS", "ZONE_LEVELS",
]
