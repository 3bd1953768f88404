"""What the Python API reads from the Turtle files: node classes, relations, stages, currencies."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDFS, SKOS

from .model import Currency, NodeClass, OntologyError, Relation, Stage
from .namespace import CKG

ONTOLOGY_FILES = ("chainkg.ttl", "schemes.ttl")  # shapes.ttl is read by graph/shacl.py


def read_graph(folder: Path, names: tuple[str, ...] = ONTOLOGY_FILES) -> Graph:
    graph = Graph()
    graph.bind("ckg", CKG._NS)
    graph.bind("skos", SKOS)
    for name in names:
        path = folder / name
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser error types
            raise OntologyError(f"{path}: cannot parse Turtle: {exc}") from exc
    return graph


def _text(graph: Graph, node, prop, lang: str | None = None) -> str:
    for value in graph.objects(node, prop):
        if isinstance(value, Literal) and (lang is None or value.language == lang):
            return str(value)
    return ""


def _labels_of(graph: Graph, node, by_iri: dict[URIRef, str]) -> tuple[str, ...]:
    """Node labels of a class expression: a named class or an owl:unionOf list."""
    if node in by_iri:
        return (by_iri[node],)
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return tuple(label for member in Collection(graph, union) for label in _labels_of(graph, member, by_iri))
    return ()


def node_classes(graph: Graph) -> dict[str, NodeClass]:
    out = {}
    for iri in graph.subjects(CKG.neo4jLabel, None):
        label = _text(graph, iri, CKG.neo4jLabel)
        key = _text(graph, iri, CKG.neo4jKey)
        if not key:
            raise OntologyError(f"class {iri} has a Neo4j label but no ckg:neo4jKey")
        out[label] = NodeClass(
            label=label,
            iri=str(iri),
            key=key,
            indexed=tuple(sorted(str(v) for v in graph.objects(iri, CKG.neo4jIndex))),
            name_en=_text(graph, iri, RDFS.label, "en"),
            name_zh=_text(graph, iri, RDFS.label, "zh"),
        )
    return dict(sorted(out.items()))


def relations(graph: Graph, classes: dict[str, NodeClass]) -> dict[str, Relation]:
    by_iri = {URIRef(c.iri): c.label for c in classes.values()}
    out = {}
    for iri in graph.subjects(CKG.neo4jType, None):
        rtype = _text(graph, iri, CKG.neo4jType)
        domain = tuple(lbl for d in graph.objects(iri, RDFS.domain) for lbl in _labels_of(graph, d, by_iri))
        rng = tuple(lbl for r in graph.objects(iri, RDFS.range) for lbl in _labels_of(graph, r, by_iri))
        if not domain or not rng:
            raise OntologyError(f"relation {rtype} ({iri}) needs a domain and a range among the node classes")
        out[rtype] = Relation(
            type=rtype,
            iri=str(iri),
            domain=tuple(sorted(set(domain))),
            range=tuple(sorted(set(rng))),
            indexed=tuple(sorted(str(v) for v in graph.objects(iri, CKG.neo4jIndex))),
        )
    return dict(sorted(out.items()))


def stages(graph: Graph) -> tuple[Stage, ...]:
    out = []
    for node in graph.subjects(SKOS.inScheme, CKG.StageScheme):
        sid = _text(graph, node, SKOS.notation)
        order = graph.value(node, CKG.order)
        pref = _text(graph, node, SKOS.prefLabel, "zh")
        if not sid or order is None or not pref:
            raise OntologyError(f"stage {node} needs skos:notation, ckg:order and a Chinese prefLabel")
        alts = sorted(str(v) for v in graph.objects(node, SKOS.altLabel))
        extra = sorted(str(v) for v in graph.objects(node, CKG.keyword))
        out.append(
            Stage(
                id=sid,
                name_zh=pref,
                order=int(order),
                keywords=tuple(dict.fromkeys([pref, *alts, *extra])),
                name_en=_text(graph, node, SKOS.prefLabel, "en"),
            )
        )
    out.sort(key=lambda s: s.order)
    # The ordered collection and ckg:order must tell the same lifecycle.
    member_list = graph.value(CKG.StageOrder, SKOS.memberList)
    listed = [_text(graph, m, SKOS.notation) for m in Collection(graph, member_list)] if member_list else []
    if listed != [s.id for s in out]:
        raise OntologyError(f"ckg:StageOrder lists {listed}, but ckg:order gives {[s.id for s in out]}")
    return tuple(out)


def currencies(graph: Graph) -> dict[str, Currency]:
    out = {}
    for node in graph.subjects(SKOS.inScheme, CKG.CurrencyScheme):
        code = _text(graph, node, SKOS.notation)
        pref = _text(graph, node, SKOS.prefLabel, "zh")
        alts = sorted(str(v) for v in graph.objects(node, SKOS.altLabel))
        out[code] = Currency(code=code, names=tuple(dict.fromkeys([pref, *alts])), name_en=_text(graph, node, SKOS.prefLabel, "en"))
    return dict(sorted(out.items()))
