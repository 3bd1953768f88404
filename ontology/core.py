"""The loaded ontology: one object every part of chainkg reads names from."""

from __future__ import annotations

import unicodedata
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rdflib import Graph

from . import turtle
from .classify import KeywordClassifier
from .model import (
    Chain, Classification, Currency, NodeClass, RefEnterprise, RefZone, Relation, Segment, Stage, UnknownName, View,
    ViewMatch,
)
from .reference import Region, read_enterprises, read_regions, read_zones
from .taxonomy import read_chains

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def normalize_name(name: str) -> str:
    """Compare names width- and case-blind, without spaces (全角 -> 半角, NFKC)."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def _suggest(query: str, names: dict[str, str], limit: int = 3) -> tuple[str, ...]:
    """Ids whose names are close to ``query`` (best first)."""
    if not query:
        return ()
    hits = process.extract(normalize_name(query), list(names), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=60)
    return tuple(dict.fromkeys(names[name] for name, _score, _i in hits))[:limit]


class Ontology:
    """Classes, relations, chains, stages, currencies and reference data; see ``chainkg.ontology``."""

    def __init__(self, folder: Path = HERE):
        self.folder = folder
        self.graph: Graph = turtle.read_graph(folder)
        self.classes: dict[str, NodeClass] = turtle.node_classes(self.graph)
        self.relations: dict[str, Relation] = turtle.relations(self.graph, self.classes)
        self.node_labels: tuple[str, ...] = tuple(self.classes)
        self.relationship_types: tuple[str, ...] = tuple(self.relations)
        self.keys: dict[str, str] = {label: c.key for label, c in self.classes.items()}
        self.stages: tuple[Stage, ...] = turtle.stages(self.graph)
        self.currencies: dict[str, Currency] = turtle.currencies(self.graph)
        data = folder / "data"
        self.chains: dict[str, Chain] = read_chains(data)
        self.segments: dict[str, Segment] = {s.id: s for c in self.chains.values() for s in c.segments}
        self.views: dict[str, View] = {v.id: v for c in self.chains.values() for v in c.tech_paths + c.applications}
        self.regions: dict[tuple[str, str | None], Region] = read_regions(data / "regions.yaml")
        self.zones: tuple[RefZone, ...] = read_zones(data / "zones.yaml", self.regions)
        self.enterprises: tuple[RefEnterprise, ...] = read_enterprises(
            data / "enterprises.yaml", set(self.chains), set(self.segments)
        )
        self._classifier = KeywordClassifier(self.chains.values())

    # -- chains and segments -------------------------------------------------
    @cached_property
    def _chain_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for chain in self.chains.values():
            for name in (chain.id, chain.name_zh, chain.name_en, *chain.aliases):
                names.setdefault(normalize_name(name), chain.id)
        return names

    def chain(self, name: str) -> Chain:
        """A chain by id, Chinese or English name or alias (氢能, 新能源汽车, nev, 氢能产业链)."""
        key = normalize_name(name or "")
        for candidate in (key, key.removesuffix("产业链"), key.removesuffix("产业")):
            if candidate in self._chain_names:
                return self.chains[self._chain_names[candidate]]
        raise UnknownName("chain", name, _suggest(name, self._chain_names))

    def segment(self, segment_id: str) -> Segment:
        try:
            return self.segments[segment_id]
        except KeyError:
            names = {normalize_name(s.id): s.id for s in self.segments.values()}
            names |= {normalize_name(s.name_zh): s.id for s in self.segments.values()}
            raise UnknownName("segment", segment_id, _suggest(segment_id, names)) from None

    def view(self, view_id: str) -> View:
        try:
            return self.views[view_id]
        except KeyError:
            raise UnknownName("view", view_id, _suggest(view_id, {normalize_name(v): v for v in self.views})) from None

    def classify(self, text: str) -> list[Classification]:
        """Chain and segment keywords in ``text``, in text order; the longest keyword wins at each place."""
        return self._classifier.classify(text)

    def classify_views(self, text: str) -> list[ViewMatch]:
        """Tech-path and application keywords in ``text`` (the 技术路线 and 应用领域 maps)."""
        return self._classifier.classify_views(text)

    # -- stages and currencies -------------------------------------------------
    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        names = {normalize_name(s.id): s.id for s in self.stages}
        names |= {normalize_name(k): s.id for s in self.stages for k in s.keywords}
        if normalize_name(stage_id) in names:  # a Chinese term such as 在建
            return self.stage(names[normalize_name(stage_id)])
        raise UnknownName("stage", stage_id, _suggest(stage_id, names))

    def currency(self, name: str) -> Currency:
        """A currency by ISO code or Chinese name (美元 -> USD)."""
        key = normalize_name(name or "")
        for cur in self.currencies.values():
            if key == cur.code.casefold() or key in {normalize_name(n) for n in cur.names}:
                return cur
        names = {normalize_name(n): c.code for c in self.currencies.values() for n in (c.code, *c.names)}
        raise UnknownName("currency", name, _suggest(name, names))

    # -- reference data ----------------------------------------------------------
    @cached_property
    def _zone_index(self) -> dict[str, RefZone]:
        index: dict[str, RefZone] = {}
        for zone in self.zones:
            for name in (zone.name, *zone.aliases):
                index.setdefault(normalize_name(name), zone)
        return index

    @cached_property
    def _enterprise_index(self) -> dict[str, RefEnterprise]:
        index: dict[str, RefEnterprise] = {}
        for ent in self.enterprises:
            for name in (ent.name, *ent.aliases):
                index.setdefault(normalize_name(name), ent)
        return index

    def zone(self, name: str) -> RefZone:
        """A reference zone by name or alias (常州高新区 -> 常州国家高新区)."""
        hit = self._zone_index.get(normalize_name(name or ""))
        if hit is None:
            raise UnknownName("zone", name, _suggest(name, {k: z.name for k, z in self._zone_index.items()}))
        return hit

    def enterprise(self, name: str) -> RefEnterprise:
        """A reference enterprise by name or alias (上通五 -> 上汽通用五菱)."""
        hit = self._enterprise_index.get(normalize_name(name or ""))
        if hit is None:
            raise UnknownName(
                "enterprise", name, _suggest(name, {k: e.name for k, e in self._enterprise_index.items()})
            )
        return hit


@lru_cache(maxsize=4)
def load_ontology(folder: Path | str | None = None) -> Ontology:
    """The ontology of ``folder`` (default: this package), read once per process."""
    return Ontology(Path(folder) if folder else HERE)
