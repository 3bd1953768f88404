"""The DefinedNamespace names exactly the terms of the Turtle files, and fails on a typo."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from chainkg.ontology import CKG, load_ontology


def _terms_in_turtle() -> set[str]:
    ns = str(CKG._NS)
    graph = load_ontology().graph
    return {str(x)[len(ns):] for triple in graph for x in triple if isinstance(x, URIRef) and str(x).startswith(ns)}


def test_namespace_and_turtle_name_the_same_terms():
    declared = set(CKG.__annotations__)
    assert declared == _terms_in_turtle()


def test_known_terms_resolve():
    assert CKG.Zone == URIRef("https://w3id.org/chainkg/ontology#Zone")
    assert CKG.upstreamOf.endswith("#upstreamOf")


def test_a_typo_fails():
    with pytest.raises(AttributeError):
        CKG.Zoen  # noqa: B018 - the access itself is the test
