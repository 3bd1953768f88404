"""SHACL validation of a chainkg RDF graph (pyshacl), reported by node."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from chainkg.ontology import ID, Ontology, load_ontology
from chainkg.ontology.core import HERE as ONTOLOGY_DIR

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True, slots=True)
class Violation:
    node: str  # the focus node, readable (zone/常州国家高新区)
    path: str | None  # the property, as a CURIE when possible
    message: str
    severity: str  # Violation | Warning | Info
    shape: str | None = None
    value: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...] = ()
    text: str = ""  # pyshacl's own report, for the curious

    def by_node(self) -> dict[str, list[Violation]]:
        out: dict[str, list[Violation]] = defaultdict(list)
        for v in self.violations:
            out[v.node].append(v)
        return dict(sorted(out.items()))


def readable(graph: Graph, node) -> str:
    """A short form for a node: ``zone/常州国家高新区`` for chainkg ids, a CURIE otherwise."""
    if node is None:
        return ""
    text = str(node)
    if isinstance(node, URIRef) and text.startswith(str(ID)):
        return unquote(text[len(str(ID)):])
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # an IRI rdflib cannot shorten
            return text
    return text


def _shape_name(shapes: Graph, shape) -> str | None:
    """Named shapes by name; a nameless property shape by the node shape that holds it."""
    if isinstance(shape, URIRef):
        return readable(shapes, shape)
    owner = shapes.value(None, SH.property, shape) if shape is not None else None
    return readable(shapes, owner) if isinstance(owner, URIRef) else None


def shapes_graph(path: Path = SHAPES) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def validate(graph: Graph, onto: Ontology | None = None, shapes: Graph | None = None) -> Report:
    """Run the shapes over ``graph`` (with the ontology's classes and schemes mixed in)."""
    onto = onto or load_ontology()
    shapes = shapes if shapes is not None else shapes_graph()
    conforms, results, text = shacl_validate(
        graph,
        shacl_graph=shapes,
        ont_graph=onto.graph,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        violations.append(
            Violation(
                node=readable(graph, results.value(result, SH.focusNode)),
                path=readable(results, path) if path is not None else None,
                message=str(message) if message is not None else "",
                severity=str(severity).rsplit("#", 1)[-1],
                shape=_shape_name(shapes, results.value(result, SH.sourceShape)),
                value=readable(graph, value) if value is not None else None,
            )
        )
    violations.sort(key=lambda v: (v.node, v.path or "", v.message))
    return Report(conforms=bool(conforms), violations=tuple(violations), text=str(text))
