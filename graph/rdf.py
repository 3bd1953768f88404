"""The knowledge graph as RDF (rdflib): ontology, taxonomy and facts, and back again.

Two layers share one graph:
- the knowledge graph proper: entity nodes (Zone, Enterprise, Project, Alliance,
  Region, Article, and the taxonomy) linked by the ontology's relations
  (``ckg:locatedIn``, ``ckg:supplies`` ...), values merged over all articles;
- provenance: one ``ckg:Statement`` node per fact as an article states it, with
  sentence, span, rule, confidence and ``ckg:statedIn`` its article. Relation facts
  are reified (``rdf:subject/predicate/object``); entity facts point at their node
  with ``ckg:about``. Statements keep each fact's own fields (ordered tuples as RDF
  lists), so :func:`rdf_to_facts` gives back exactly the facts that went in.

IRIs are minted under ``https://w3id.org/chainkg/id/<kind>/`` from names,
percent-encoded (UTF-8): stable, reversible and safe for any Chinese name. A
statement's IRI is its article's IRI plus ``/<kind>/<index>``. The eval
vocabulary's chain ``other`` (no chain) stays in the statements only; any other
chain id is asserted as it is, so SHACL flags one the taxonomy does not know.
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, unquote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from chainkg.loaders.facts import (
    Article, ArticleFacts, Evidence, EnterpriseFact, FocusFact, MembershipFact, Money, PartnershipFact, ProjectFact,
    SupplyFact, ZoneFact,
)
from chainkg.ontology import CKG, ID, OUTSIDE_CHAIN, Ontology, load_ontology

from .store_rows import project_key

FORMATS = {"turtle": "turtle", "ttl": "turtle", "json-ld": "json-ld", "jsonld": "json-ld", "nt": "nt", "xml": "xml"}


class RDFError(ValueError):
    """An RDF graph that does not hold what chainkg needs (the message names the node)."""


# -- IRIs ------------------------------------------------------------------------

def mint(kind: str, name: str) -> URIRef:
    """The IRI of a node of ``kind`` named ``name`` (percent-encoded UTF-8)."""
    return ID[f"{kind}/{quote(name, safe='')}"]


def local_name(iri: URIRef, kind: str) -> str:
    prefix = f"{ID}{kind}/"
    if not str(iri).startswith(prefix):
        raise RDFError(f"{iri} is not a {kind} IRI")
    return unquote(str(iri)[len(prefix):])


def chain_iri(cid: str) -> URIRef:
    return mint("chain", cid)


def segment_iri(sid: str) -> URIRef:
    return mint("segment", sid)


def stage_iri(sid: str) -> URIRef:
    return mint("stage", sid)


def currency_iri(code: str) -> URIRef:
    return mint("currency", code)


def number(value: float) -> Literal:
    """A float as an exact xsd:decimal: rdflib writes xsd:double to Turtle with 7 digits only."""
    value = float(value)
    if not math.isfinite(value):  # not a decimal; kept as a double so SHACL reports it
        return Literal(value, datatype=XSD.double)
    return Literal(format(Decimal(repr(value)), "f"), datatype=XSD.decimal)


def new_graph() -> Graph:
    graph = Graph()
    graph.bind("ckg", CKG._NS)
    graph.bind("ckgid", ID)
    graph.bind("skos", SKOS)
    return graph


# -- taxonomy ---------------------------------------------------------------------

def taxonomy_to_rdf(onto: Ontology, graph: Graph | None = None) -> Graph:
    """Chains as SKOS concept schemes, segments as concepts PART_OF their chain, views likewise."""
    g = graph if graph is not None else new_graph()
    for chain in onto.chains.values():
        c = chain_iri(chain.id)
        g.add((c, RDF.type, CKG.Chain))
        g.add((c, RDF.type, SKOS.ConceptScheme))
        g.add((c, CKG.id, Literal(chain.id)))
        g.add((c, SKOS.prefLabel, Literal(chain.name_zh, lang="zh")))
        g.add((c, SKOS.prefLabel, Literal(chain.name_en, lang="en")))
        for alias in chain.aliases:
            g.add((c, SKOS.altLabel, Literal(alias)))
        for seg in chain.segments:
            s = segment_iri(seg.id)
            g.add((s, RDF.type, CKG.Segment))
            g.add((s, RDF.type, SKOS.Concept))
            g.add((s, SKOS.inScheme, c))
            g.add((s, CKG.id, Literal(seg.id)))
            g.add((s, CKG.partOf, c))
            g.add((s, CKG.order, Literal(seg.order)))
            g.add((s, SKOS.prefLabel, Literal(seg.name_zh, lang="zh")))
            g.add((s, SKOS.prefLabel, Literal(seg.name_en, lang="en")))
            for word in seg.keywords + seg.products:
                g.add((s, CKG.keyword, Literal(word, lang="zh")))
            for target in seg.upstream_of:
                g.add((s, CKG.upstreamOf, segment_iri(target)))
        for view in chain.tech_paths + chain.applications:
            v = mint("techpath" if view.kind == "tech_path" else "application", view.id)
            g.add((v, RDF.type, CKG.TechPath if view.kind == "tech_path" else CKG.Application))
            g.add((v, CKG.id, Literal(view.id)))
            g.add((v, CKG.partOf, c))
            g.add((v, SKOS.prefLabel, Literal(view.name_zh, lang="zh")))
            g.add((v, SKOS.prefLabel, Literal(view.name_en, lang="en")))
            link = CKG.usesTech if view.kind == "tech_path" else CKG.appliesTo
            for sid in view.segments:
                g.add((segment_iri(sid), link, v))
    return g


# -- facts -> RDF ------------------------------------------------------------------

class _Writer:
    def __init__(self, graph: Graph):
        self.g = graph

    def lit(self, node, prop, value) -> None:
        if value is not None:
            self.g.add((node, prop, Literal(value)))

    def seq(self, node, prop, items: Iterable) -> None:
        items = list(items)
        if items:
            head = BNode()
            Collection(self.g, head, items)
            self.g.add((node, prop, head))

    def named(self, kind: str, cls, name: str, article: URIRef | None) -> URIRef:
        node = mint(kind, name)
        self.g.add((node, RDF.type, cls))
        self.g.add((node, CKG.name, Literal(name)))
        if article is not None:
            self.g.add((node, CKG.statedIn, article))
        return node

    def zone(self, name: str, art: URIRef) -> URIRef:
        return self.named("zone", CKG.Zone, name, art)

    def enterprise(self, name: str, art: URIRef) -> URIRef:
        return self.named("enterprise", CKG.Enterprise, name, art)

    def article(self, a: Article, index: int, errors: tuple[str, ...]) -> URIRef:
        node = mint("article", a.key)
        g = self.g
        g.add((node, RDF.type, CKG.Article))
        g.add((node, CKG.key, Literal(a.key)))
        g.add((node, CKG.index, Literal(index)))
        for prop, value in ((CKG.source, a.source), (CKG.doc, a.doc), (CKG.text, a.text), (CKG.title, a.title),
                            (CKG.outlet, a.outlet), (CKG.date, a.date), (CKG.encoding, a.encoding)):
            self.lit(node, prop, value)
        if a.offsets:  # compact pairs (text index, original index): see chainkg.loaders.offsets.runs
            g.add((node, CKG.offsets, Literal(",".join(map(str, a.offsets)))))
        if errors:
            g.add((node, CKG.errors, Literal(json.dumps(list(errors), ensure_ascii=False))))
        return node

    def statement(self, cls, art: URIRef, kind: str, index: int, ev: Evidence) -> URIRef:
        # Keyed by the article the fact is filed under, so two articles never share a node.
        node = URIRef(f"{art}/{kind}/{index}")
        g = self.g
        g.add((node, RDF.type, cls))
        g.add((node, CKG.statedIn, art))
        g.add((node, CKG.index, Literal(index)))
        g.add((node, CKG.sentence, Literal(ev.sentence)))
        g.add((node, CKG.start, Literal(ev.start)))
        g.add((node, CKG.end, Literal(ev.end)))
        g.add((node, CKG.rule, Literal(ev.rule)))
        g.add((node, CKG.confidence, number(ev.confidence)))
        return node

    def reify(self, st: URIRef, s: URIRef, p: URIRef, o: URIRef, asserted: bool = True) -> None:
        self.g.add((st, RDF.type, RDF.Statement))
        self.g.add((st, RDF.subject, s))
        self.g.add((st, RDF.predicate, p))
        self.g.add((st, RDF.object, o))
        if asserted:
            self.g.add((s, p, o))

    def money(self, node: URIRef, m: Money) -> URIRef:
        g = self.g
        g.add((node, RDF.type, CKG.Money))
        g.add((node, CKG.amount, number(m.value)))
        g.add((node, CKG.currency, currency_iri(m.currency)))
        g.add((node, CKG.qualifier, Literal(m.qualifier)))
        if m.text:
            g.add((node, CKG.text, Literal(m.text)))
        return node

    def region(self, name: str) -> URIRef:
        node = mint("region", name)
        self.g.add((node, RDF.type, CKG.Region))
        self.g.add((node, CKG.name, Literal(name)))
        return node

    def chains_segments(self, entity: URIRef, st: URIRef, chains, segments) -> None:
        for cid in chains:
            if cid != OUTSIDE_CHAIN:  # "outside every chain" stays in the statement, not in the graph
                self.g.add((entity, CKG.inChain, chain_iri(cid)))
        for sid in segments:
            self.g.add((entity, CKG.inSegment, segment_iri(sid)))
        self.seq(st, CKG.chains, [chain_iri(c) for c in chains])
        self.seq(st, CKG.segments, [segment_iri(s) for s in segments])

    def names(self, entity: URIRef, st: URIRef, name: str, aliases) -> None:
        self.g.add((st, CKG.name, Literal(name)))
        self.g.add((st, CKG.about, entity))
        for alias in aliases:
            self.g.add((entity, CKG.alias, Literal(alias)))
        self.seq(st, CKG.aliases, [Literal(a) for a in aliases])

    def add(self, af: ArticleFacts, index: int) -> None:
        g = self.g
        art = self.article(af.article, index, af.errors)
        for i, z in enumerate(af.zones):
            st = self.statement(CKG.ZoneStatement, art, "zone", i, z.evidence)
            node = self.zone(z.name, art)
            self.names(node, st, z.name, z.aliases)
            for prop, value in ((CKG.kind, z.kind), (CKG.level, z.level), (CKG.city, z.city),
                                (CKG.province, z.province), (CKG.adminCode, z.admin_code)):
                self.lit(node, prop, value)
                self.lit(st, prop, value)
            if z.city or z.province:
                g.add((node, CKG.locatedIn, self.region(z.city or z.province)))
            if z.city and z.province:
                g.add((self.region(z.city), CKG.locatedIn, self.region(z.province)))
        for i, e in enumerate(af.enterprises):
            st = self.statement(CKG.EnterpriseStatement, art, "enterprise", i, e.evidence)
            node = self.enterprise(e.name, art)
            self.names(node, st, e.name, e.aliases)
            if e.zone:
                zone = self.zone(e.zone, art)
                g.add((node, CKG.locatedIn, zone))
                g.add((st, CKG.zone, zone))
            self.chains_segments(node, st, e.chains, e.segments)
            g.add((st, CKG.leader, Literal(bool(e.leader))))
            if e.leader:
                g.add((node, CKG.leader, Literal(True)))
        for i, p in enumerate(af.projects):
            st = self.statement(CKG.ProjectStatement, art, "project", i, p.evidence)
            key = project_key(p)
            node = self.named("project", CKG.Project, key, art)
            g.remove((node, CKG.name, Literal(key)))  # minted from the key; the name is its own value
            g.add((node, CKG.key, Literal(key)))
            g.add((node, CKG.name, Literal(p.name)))
            self.names(node, st, p.name, p.aliases)
            ents = [self.enterprise(name, art) for name in p.enterprises]
            for ent in ents:
                g.add((ent, CKG.investsIn, node))
            self.seq(st, CKG.enterprises, ents)
            if p.zone:
                zone = self.zone(p.zone, art)
                g.add((node, CKG.locatedIn, zone))
                g.add((st, CKG.zone, zone))
            if p.investment is not None:
                money = self.money(URIRef(f"{st}/investment"), p.investment)
                g.add((st, CKG.investment, money))
                g.add((node, CKG.investment, money))
            if p.output_value is not None:
                money = self.money(URIRef(f"{st}/output_value"), p.output_value)
                g.add((st, CKG.outputValue, money))
                g.add((node, CKG.outputValue, money))
            if p.stage:
                g.add((st, CKG.stage, stage_iri(p.stage)))
                g.add((node, CKG.atStage, stage_iri(p.stage)))
            for prop, value in ((CKG.stageDate, p.stage_date), (CKG.capacity, p.capacity), (CKG.expected, p.expected)):
                self.lit(st, prop, value)
            for prop, value in ((CKG.capacity, p.capacity), (CKG.expected, p.expected)):
                self.lit(node, prop, value)
            self.chains_segments(node, st, p.chains, p.segments)
        for i, s in enumerate(af.supplies):
            st = self.statement(CKG.SupplyStatement, art, "supply", i, s.evidence)
            self.reify(st, self.enterprise(s.supplier, art), CKG.supplies, self.enterprise(s.customer, art))
        for i, f in enumerate(af.focus):
            st = self.statement(CKG.FocusStatement, art, "focus", i, f.evidence)
            zone = self.zone(f.zone, art)
            self.reify(st, zone, CKG.focusesOn, chain_iri(f.chain), asserted=f.chain != OUTSIDE_CHAIN)
            if f.segment:
                g.add((st, CKG.segment, segment_iri(f.segment)))
                g.add((zone, CKG.focusesOn, segment_iri(f.segment)))
        for i, m in enumerate(af.memberships):
            st = self.statement(CKG.MembershipStatement, art, "membership", i, m.evidence)
            alliance = self.named("alliance", CKG.Alliance, m.alliance, art)
            self.reify(st, self.zone(m.zone, art), CKG.memberOf, alliance)
        for i, pa in enumerate(af.partnerships):
            st = self.statement(CKG.PartnershipStatement, art, "partnership", i, pa.evidence)
            self.reify(st, self.enterprise(pa.enterprise, art), CKG.partnersWith, self.zone(pa.zone, art))


def facts_to_rdf(facts: Iterable[ArticleFacts], onto: Ontology | None = None, *,
                 include_ontology: bool = True, include_taxonomy: bool = True) -> Graph:
    """The ontology (classes, schemes), the chain taxonomy and the facts, as one RDF graph.

    An article is keyed by its content, so the same text met twice (one file in
    two encodings, say) is written once: the first occurrence wins, as in the store.
    """
    onto = onto or load_ontology()
    graph = new_graph()
    if include_ontology:
        graph += onto.graph
    if include_taxonomy:
        taxonomy_to_rdf(onto, graph)
    writer = _Writer(graph)
    seen: set[str] = set()
    for af in facts:
        if af.article.key in seen:
            continue
        writer.add(af, len(seen))
        seen.add(af.article.key)
    return graph


# -- RDF -> facts ---------------------------------------------------------------------

class _Reader:
    def __init__(self, graph: Graph):
        self.g = graph

    def one(self, node, prop, required: bool = False):
        values = list(self.g.objects(node, prop))
        if len(values) > 1:
            raise RDFError(f"{node}: {prop} has {len(values)} values, expected one")
        if not values:
            if required:
                raise RDFError(f"{node}: {prop} is missing")
            return None
        value = values[0]
        return value.toPython() if isinstance(value, Literal) else value

    def text(self, node, prop, required: bool = False) -> str | None:
        value = self.one(node, prop, required)
        return None if value is None else str(value)

    def seq(self, node, prop) -> list:
        head = self.one(node, prop)
        return [] if head is None else list(Collection(self.g, head))

    def name_of(self, node) -> str:
        return self.text(node, CKG.name, required=True)

    def evidence(self, st, article_key: str) -> Evidence:
        return Evidence(
            article=article_key,
            sentence=self.text(st, CKG.sentence, True),
            start=int(self.one(st, CKG.start, True)),
            end=int(self.one(st, CKG.end, True)),
            rule=self.text(st, CKG.rule, True),
            confidence=float(self.one(st, CKG.confidence, True)),
        )

    def money(self, node) -> Money | None:
        if node is None:
            return None
        return Money(
            value=float(self.one(node, CKG.amount, True)),
            currency=local_name(self.one(node, CKG.currency, True), "currency"),
            qualifier=self.text(node, CKG.qualifier) or "exact",
            text=self.text(node, CKG.text) or "",
        )

    def statements(self, art, cls) -> list:
        nodes = [s for s in self.g.subjects(CKG.statedIn, art) if (s, RDF.type, cls) in self.g]
        return sorted(nodes, key=lambda s: int(self.one(s, CKG.index, True)))

    def aliases(self, st) -> tuple[str, ...]:
        return tuple(str(v) for v in self.seq(st, CKG.aliases))

    def ids(self, st, prop, kind: str) -> tuple[str, ...]:
        return tuple(local_name(v, kind) for v in self.seq(st, prop))

    def zone_name(self, st) -> str | None:
        node = self.one(st, CKG.zone)
        return None if node is None else self.name_of(node)

    def article_facts(self, art) -> ArticleFacts:
        key = self.text(art, CKG.key, True)
        offsets = self.text(art, CKG.offsets)
        errors = self.text(art, CKG.errors)
        article = Article(
            key=key, source=self.text(art, CKG.source, True), doc=self.text(art, CKG.doc, True),
            text=self.text(art, CKG.text) or "", title=self.text(art, CKG.title), outlet=self.text(art, CKG.outlet),
            date=self.text(art, CKG.date), encoding=self.text(art, CKG.encoding),
            offsets=tuple(int(x) for x in offsets.split(",")) if offsets else (),
        )
        ev = lambda st: self.evidence(st, key)  # noqa: E731 - a local shorthand
        zones = tuple(
            ZoneFact(
                name=self.text(st, CKG.name, True), evidence=ev(st), aliases=self.aliases(st),
                kind=self.text(st, CKG.kind), level=self.text(st, CKG.level), city=self.text(st, CKG.city),
                province=self.text(st, CKG.province), admin_code=self.text(st, CKG.adminCode),
            )
            for st in self.statements(art, CKG.ZoneStatement)
        )
        enterprises = tuple(
            EnterpriseFact(
                name=self.text(st, CKG.name, True), evidence=ev(st), aliases=self.aliases(st),
                zone=self.zone_name(st), chains=self.ids(st, CKG.chains, "chain"),
                segments=self.ids(st, CKG.segments, "segment"), leader=bool(self.one(st, CKG.leader)),
            )
            for st in self.statements(art, CKG.EnterpriseStatement)
        )
        projects = tuple(
            ProjectFact(
                name=self.text(st, CKG.name, True), evidence=ev(st), aliases=self.aliases(st),
                enterprises=tuple(self.name_of(n) for n in self.seq(st, CKG.enterprises)),
                zone=self.zone_name(st), investment=self.money(self.one(st, CKG.investment)),
                stage=local_name(self.one(st, CKG.stage), "stage") if self.one(st, CKG.stage) else None,
                stage_date=self.text(st, CKG.stageDate), capacity=self.text(st, CKG.capacity),
                output_value=self.money(self.one(st, CKG.outputValue)), expected=self.text(st, CKG.expected),
                chains=self.ids(st, CKG.chains, "chain"), segments=self.ids(st, CKG.segments, "segment"),
            )
            for st in self.statements(art, CKG.ProjectStatement)
        )
        subj = lambda st: self.one(st, RDF.subject, True)  # noqa: E731
        obj = lambda st: self.one(st, RDF.object, True)  # noqa: E731
        supplies = tuple(
            SupplyFact(supplier=self.name_of(subj(st)), customer=self.name_of(obj(st)), evidence=ev(st))
            for st in self.statements(art, CKG.SupplyStatement)
        )
        focus = tuple(
            FocusFact(
                zone=self.name_of(subj(st)), chain=local_name(obj(st), "chain"), evidence=ev(st),
                segment=local_name(self.one(st, CKG.segment), "segment") if self.one(st, CKG.segment) else None,
            )
            for st in self.statements(art, CKG.FocusStatement)
        )
        memberships = tuple(
            MembershipFact(zone=self.name_of(subj(st)), alliance=self.name_of(obj(st)), evidence=ev(st))
            for st in self.statements(art, CKG.MembershipStatement)
        )
        partnerships = tuple(
            PartnershipFact(enterprise=self.name_of(subj(st)), zone=self.name_of(obj(st)), evidence=ev(st))
            for st in self.statements(art, CKG.PartnershipStatement)
        )
        return ArticleFacts(
            article=article, zones=zones, enterprises=enterprises, projects=projects, supplies=supplies,
            focus=focus, memberships=memberships, partnerships=partnerships,
            errors=tuple(json.loads(errors)) if errors else (),
        )


def rdf_to_facts(graph: Graph) -> list[ArticleFacts]:
    """The facts a graph from :func:`facts_to_rdf` holds, article by article, in their original order."""
    reader = _Reader(graph)
    articles = sorted(
        graph.subjects(RDF.type, CKG.Article),
        key=lambda a: (reader.one(a, CKG.index) if reader.one(a, CKG.index) is not None else 1 << 62,
                       str(reader.one(a, CKG.key))),
    )
    return [reader.article_facts(a) for a in articles]


# -- files ------------------------------------------------------------------------

def rdf_format(fmt: str) -> str:
    try:
        return FORMATS[fmt.lower()]
    except KeyError:
        raise RDFError(f"unknown RDF format {fmt!r}; use one of {', '.join(sorted(set(FORMATS)))}") from None


def format_for_path(path: Path | str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"ttl": "turtle", "turtle": "turtle", "jsonld": "json-ld", "json": "json-ld", "nt": "nt",
            "rdf": "xml", "xml": "xml", "owl": "xml"}.get(suffix, "turtle")


def export(graph: Graph, path: Path | str, format: str = "turtle") -> Path:  # noqa: A002 - mirrors rdflib
    """Write ``graph`` to ``path`` as Turtle or JSON-LD (compacted with the chainkg prefixes)."""
    fmt = rdf_format(format)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json-ld":
        context = {"ckg": str(CKG._NS), "ckgid": str(ID), "skos": str(SKOS), "rdfs": str(RDFS), "xsd": str(XSD)}
        graph.serialize(destination=path, format="json-ld", context=context, encoding="utf-8")
    else:
        graph.serialize(destination=path, format=fmt, encoding="utf-8")
    return path


def load(path: Path | str, format: str | None = None) -> Graph:  # noqa: A002
    """Read an RDF file (format from the suffix unless given); errors name the file."""
    path = Path(path)
    graph = new_graph()
    try:
        with warnings.catch_warnings():
            # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally
            warnings.simplefilter("ignore", DeprecationWarning)
            graph.parse(path, format=rdf_format(format) if format else format_for_path(path))
    except RDFError:
        raise
    except Exception as exc:  # parsers raise many types
        raise RDFError(f"{path}: cannot read RDF: {exc}") from exc
    return graph


def store_to_rdf(driver, onto: Ontology | None = None, database: str | None = None) -> Graph:
    """The whole knowledge graph in Neo4j (ontology, taxonomy, every article's facts) as RDF."""
    from .store import iter_article_facts  # noqa: PLC0415 - the Neo4j reader is needed only here

    return facts_to_rdf(iter_article_facts(driver, database=database), onto)
