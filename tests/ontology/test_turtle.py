"""The Turtle files: they parse, and they hold the classes, relations and schemes of the graph model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from chainkg.ontology import CKG, load_ontology
from chainkg.ontology.core import HERE

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

# The graph model of the common brief: labels with their keys, and relationship types.
MODEL_KEYS = {
    "Zone": "name", "Enterprise": "name", "Project": "key", "Chain": "id", "Segment": "id", "Stage": "id",
    "Article": "key", "Alliance": "name", "Region": "name", "TechPath": "id", "Application": "id",
}
MODEL_TYPES = {
    "LOCATED_IN", "INVESTS_IN", "IN_SEGMENT", "PART_OF", "UPSTREAM_OF", "SUPPLIES", "FOCUSES_ON", "MEMBER_OF",
    "PARTNERS_WITH", "STATED_IN", "AT_STAGE", "IN_CHAIN", "APPLIES_TO", "USES_TECH",
}


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


@pytest.mark.parametrize("path", sorted(HERE.glob("*.ttl")), ids=lambda p: p.name)
def test_every_turtle_file_parses(path):
    graph = Graph().parse(path, format="turtle")
    assert len(graph) > 50


def test_labels_keys_and_types_match_the_graph_model(onto):
    assert onto.keys == MODEL_KEYS
    assert set(onto.node_labels) == set(MODEL_KEYS)
    assert set(onto.relationship_types) == MODEL_TYPES


def test_every_class_and_relation_has_english_and_chinese_labels(onto):
    for iri in [c.iri for c in onto.classes.values()] + [r.iri for r in onto.relations.values()]:
        langs = {lbl.language for lbl in onto.graph.objects(CKG._NS[iri.split("#")[1]], RDFS.label)}
        assert {"en", "zh"} <= langs, iri


def test_classes_and_properties_are_typed_in_owl(onto):
    for cls in onto.classes.values():
        assert (CKG._NS[cls.iri.split("#")[1]], RDF.type, OWL.Class) in onto.graph
    for rel in onto.relations.values():
        assert (CKG._NS[rel.iri.split("#")[1]], RDF.type, OWL.ObjectProperty) in onto.graph


@pytest.mark.parametrize(
    "rtype, domain, rng",
    [
        ("LOCATED_IN", {"Zone", "Enterprise", "Project"}, {"Zone", "Region"}),
        ("INVESTS_IN", {"Enterprise"}, {"Project"}),
        ("IN_SEGMENT", {"Project", "Enterprise"}, {"Segment"}),
        ("PART_OF", {"Segment"}, {"Chain"}),
        ("UPSTREAM_OF", {"Segment"}, {"Segment"}),
        ("SUPPLIES", {"Enterprise"}, {"Enterprise"}),
        ("FOCUSES_ON", {"Zone"}, {"Chain", "Segment"}),
        ("MEMBER_OF", {"Zone"}, {"Alliance"}),
        ("PARTNERS_WITH", {"Enterprise"}, {"Zone"}),
        ("STATED_IN", {"Zone", "Enterprise", "Project"}, {"Article"}),
        ("AT_STAGE", {"Project"}, {"Stage"}),
        ("IN_CHAIN", {"Enterprise", "Project"}, {"Chain"}),
        ("APPLIES_TO", {"Segment", "Enterprise"}, {"Application"}),
        ("USES_TECH", {"Segment", "Enterprise"}, {"TechPath"}),
    ],
)
def test_relation_domains_and_ranges(onto, rtype, domain, rng):
    rel = onto.relations[rtype]
    assert domain <= set(rel.domain)
    assert set(rel.range) == rng


def test_stages_in_lifecycle_order(onto):
    assert [s.id for s in onto.stages] == [
        "planned", "negotiating", "signed", "started", "under_construction", "completed", "in_production",
    ]
    assert [s.order for s in onto.stages] == list(range(1, 8))
    assert onto.stage("under_construction").name_zh == "在建"
    assert {"施工", "封顶", "调试"} <= set(onto.stage("under_construction").keywords)


def test_stage_scheme_matches_the_eval_schema_one_to_one(onto):
    """Every stage of ../shared/eval/SCHEMA.md, with its Chinese terms, and no other stage."""
    text = (SHARED / "eval" / "SCHEMA.md").read_text(encoding="utf-8")
    line = re.search(r"- stage: (.*?)\n- currency", text, re.S).group(1)
    schema = {sid: set(re.split(r"[,，]\s*", terms)) for sid, terms in re.findall(r"`(\w+)` \(([^)]*)\)", line)}
    assert list(schema) == [s.id for s in onto.stages]
    for stage in onto.stages:
        assert schema[stage.id] <= set(stage.keywords), stage.id


def test_stage_terms_point_to_one_stage_each(onto):
    seen = {}
    for stage in onto.stages:
        for word in stage.keywords:
            assert seen.setdefault(word, stage.id) == stage.id, word


def test_stage_scheme_is_skos(onto):
    concepts = set(onto.graph.subjects(SKOS.inScheme, CKG.StageScheme))
    assert len(concepts) == 7
    assert all((c, RDF.type, SKOS.Concept) in onto.graph for c in concepts)


def test_currencies_are_iso_codes_with_chinese_names(onto):
    assert {"CNY", "USD", "EUR", "HKD", "JPY"} <= set(onto.currencies)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in onto.currencies)
    assert {"元", "人民币"} <= set(onto.currencies["CNY"].names)
    assert onto.currency("美元").code == "USD"
    assert onto.currency("港币").code == "HKD"
    assert onto.currency("eur").code == "EUR"
    with pytest.raises(KeyError):
        onto.currency("比特币")
