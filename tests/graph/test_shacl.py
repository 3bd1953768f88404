"""SHACL: a good graph passes; each kind of broken graph is caught at the right node."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from chainkg.graph.rdf import currency_iri, facts_to_rdf, mint, number, segment_iri, stage_iri
from chainkg.graph.shacl import Report, validate
from chainkg.ontology import CKG

from .rdf_samples import sample_facts


@pytest.fixture(scope="module")
def good() -> Graph:
    return facts_to_rdf(sample_facts())


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns)
    out += graph
    return out


def _replace(graph: Graph, s, p, new) -> None:
    graph.remove((s, p, None))
    graph.add((s, p, new))


def _money(graph: Graph):
    return next(iter(graph.objects(None, CKG.investment)))


def _statement(graph: Graph, cls):
    return sorted(graph.subjects(RDF.type, cls))[0]


def test_good_graph_conforms(good):
    report = validate(good)
    assert report.conforms, report.text
    assert report.violations == ()


def _bad_currency(g):
    _replace(g, _money(g), CKG.currency, currency_iri("XYZ"))
    return _money(g), "ckg:currency"


def _currency_as_text(g):
    _replace(g, _money(g), CKG.currency, Literal("美元"))
    return _money(g), "ckg:currency"


def _negative_investment(g):
    _replace(g, _money(g), CKG.amount, number(-5.0))
    return _money(g), "ckg:amount"


def _stage_outside_scheme(g):
    project = mint("project", "示例电堆项目")
    _replace(g, project, CKG.atStage, stage_iri("paused"))
    return project, "ckg:atStage"


def _statement_stage_outside_scheme(g):
    st = _statement(g, CKG.ProjectStatement)
    _replace(g, st, CKG.stage, stage_iri("demolished"))
    return st, "ckg:stage"


def _segment_in_two_chains(g):
    seg = segment_iri("hydrogen.stack")
    g.add((seg, CKG.partOf, mint("chain", "nev")))
    return seg, "ckg:partOf"


def _segment_without_chain(g):
    seg = segment_iri("nev.separator")
    g.remove((seg, CKG.partOf, None))
    return seg, "ckg:partOf"


def _supply_from_a_zone(g):
    zone = mint("zone", "常州国家高新区")
    g.add((zone, CKG.supplies, mint("enterprise", "理想汽车")))
    return zone, None


def _supply_to_a_project(g):
    g.add((mint("enterprise", "星宇股份"), CKG.supplies, mint("project", "示例电堆项目")))
    return mint("project", "示例电堆项目"), None


def _supply_statement_to_a_zone(g):
    st = _statement(g, CKG.SupplyStatement)
    _replace(g, st, RDF.object, mint("zone", "常州国家高新区"))
    return st, "rdf:object"


def _fact_without_article(g):
    st = _statement(g, CKG.EnterpriseStatement)
    g.remove((st, CKG.statedIn, None))
    return st, "ckg:statedIn"


def _entity_without_article(g):
    ent = mint("enterprise", "理想汽车")
    g.remove((ent, CKG.statedIn, None))
    return ent, "ckg:statedIn"


def _confidence_above_one(g):
    st = _statement(g, CKG.ZoneStatement)
    _replace(g, st, CKG.confidence, number(1.5))
    return st, "ckg:confidence"


def _bad_admin_code(g):
    zone = mint("zone", "常州国家高新区")
    _replace(g, zone, CKG.adminCode, Literal("3204"))
    return zone, "ckg:adminCode"


def _bad_zone_kind(g):
    zone = mint("zone", "常州国家高新区")
    _replace(g, zone, CKG.kind, Literal("science_city"))
    return zone, "ckg:kind"


def _focus_on_unknown_chain(g):
    st = _statement(g, CKG.FocusStatement)
    _replace(g, st, RDF.object, mint("chain", "tourism"))
    return st, "rdf:object"


def _start_offset_as_text(g):
    st = _statement(g, CKG.ZoneStatement)
    _replace(g, st, CKG.start, Literal("0"))  # a string, not an integer
    return st, "ckg:start"


BROKEN = [
    _bad_currency, _currency_as_text, _negative_investment, _stage_outside_scheme, _statement_stage_outside_scheme,
    _segment_in_two_chains, _segment_without_chain, _supply_from_a_zone, _supply_to_a_project,
    _supply_statement_to_a_zone, _fact_without_article, _entity_without_article, _confidence_above_one,
    _bad_admin_code, _bad_zone_kind, _focus_on_unknown_chain, _start_offset_as_text,
]


@pytest.mark.parametrize("breaker", BROKEN, ids=[b.__name__.strip("_") for b in BROKEN])
def test_each_broken_graph_is_caught_at_its_node(good, breaker):
    graph = _copy(good)
    node, path = breaker(graph)
    report = validate(graph)
    assert not report.conforms
    node_name = str(node).split("/id/", 1)[1]
    hits = report.by_node().get(unquote(node_name), [])
    assert hits, f"no violation at {node_name}: {[(v.node, v.path) for v in report.violations]}"
    if path:
        assert path in {v.path for v in hits}
    assert all(v.message for v in hits)


def test_report_groups_violations_by_node(good):
    graph = _copy(good)
    _bad_currency(graph)
    _negative_investment(graph)
    _bad_zone_kind(graph)
    report = validate(graph)
    assert isinstance(report, Report)
    by_node = report.by_node()
    assert len(by_node) == 2
    money = [v for node, items in by_node.items() if node.endswith("/investment") for v in items]
    assert {v.path for v in money} == {"ckg:currency", "ckg:amount"}
    assert any(v.node == "zone/常州国家高新区" and v.value == "science_city" for v in report.violations)


def test_disagreeing_articles_give_a_warning_not_a_violation(good):
    graph = _copy(good)
    graph.add((mint("zone", "常州国家高新区"), CKG.level, Literal("provincial")))
    report = validate(graph)
    assert report.conforms
    (warning,) = report.violations
    assert (warning.node, warning.path, warning.severity) == ("zone/常州国家高新区", "ckg:level", "Warning")


def test_outside_chain_is_kept_but_not_a_chain_link():
    """The eval vocabulary's "other" survives the round trip and is not flagged; a typo is."""
    from dataclasses import replace

    from chainkg.graph.rdf import rdf_to_facts

    facts = sample_facts()
    ent = replace(facts[0].enterprises[2], chains=("other",))
    facts[0] = replace(facts[0], enterprises=facts[0].enterprises[:2] + (ent,))
    graph = facts_to_rdf(facts)
    assert rdf_to_facts(graph) == facts
    assert validate(graph).conforms
    focus = replace(facts[1].focus[0], chain="other")
    other_focus = replace(facts[1], focus=(focus,))
    graph = facts_to_rdf([facts[0], other_focus])
    assert validate(graph).conforms
    assert (mint("zone", focus.zone), CKG.focusesOn, mint("chain", "other")) not in graph
    assert rdf_to_facts(graph)[1].focus == (focus,)
    typo = replace(facts[0], enterprises=facts[0].enterprises[:2] + (replace(ent, chains=("hydorgen",)),))
    report = validate(facts_to_rdf([typo, facts[1]]))
    assert not report.conforms
    assert [v.value for v in report.violations] == ["chain/hydorgen"]
