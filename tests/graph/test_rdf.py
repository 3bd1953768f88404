"""RDF export: facts -> RDF -> facts gives the same facts; Turtle and JSON-LD files read back isomorphic."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from chainkg.graph.rdf import (
    RDFError, export, facts_to_rdf, load, local_name, mint, rdf_to_facts, segment_iri, taxonomy_to_rdf,
)
from chainkg.loaders.facts import Article, ArticleFacts, EnterpriseFact, Evidence, Money, ProjectFact, SupplyFact
from chainkg.ontology import CKG, ID, load_ontology

from .rdf_samples import sample_facts


@pytest.fixture(scope="module")
def facts():
    return sample_facts()


@pytest.fixture(scope="module")
def graph(facts):
    return facts_to_rdf(facts)


def test_round_trip_gives_the_same_facts(graph, facts):
    assert rdf_to_facts(graph) == facts


@pytest.mark.parametrize("fmt, suffix", [("turtle", "ttl"), ("json-ld", "jsonld")])
def test_file_round_trip_is_isomorphic(tmp_path, graph, facts, fmt, suffix):
    path = export(graph, tmp_path / f"kg.{suffix}", fmt)
    back = load(path)
    assert isomorphic(graph, back)
    assert rdf_to_facts(back) == facts


def test_export_is_stable(tmp_path, facts):
    """The same facts give the same graph: IRIs do not depend on the run."""
    assert isomorphic(facts_to_rdf(facts), facts_to_rdf(sample_facts()))


def test_iris_are_safe_and_reversible():
    iri = mint("zone", "常州国家高新区")
    assert str(iri) == f"{ID}zone/{quote('常州国家高新区', safe='')}"
    assert str(iri).isascii()
    assert local_name(iri, "zone") == "常州国家高新区"
    odd = "A/B 公司 #1?"
    assert local_name(mint("enterprise", odd), "enterprise") == odd
    with pytest.raises(RDFError):
        local_name(iri, "enterprise")


def test_graph_holds_ontology_taxonomy_and_kg_relations(graph):
    assert (CKG.Zone, RDF.type, None) in graph  # the ontology
    assert (segment_iri("hydrogen.mea"), CKG.upstreamOf, segment_iri("hydrogen.stack")) in graph  # the taxonomy
    star, li = mint("enterprise", "星宇股份"), mint("enterprise", "理想汽车")
    assert (star, CKG.supplies, li) in graph
    zone = mint("zone", "常州国家高新区")
    assert (mint("enterprise", "示例氢能科技"), CKG.locatedIn, zone) in graph
    assert (zone, CKG.focusesOn, mint("chain", "hydrogen")) in graph
    assert (zone, CKG.memberOf, mint("alliance", "示例高新区联盟")) in graph
    assert (zone, CKG.locatedIn, mint("region", "常州")) in graph
    project = mint("project", "示例电堆项目")
    assert (project, CKG.atStage, mint("stage", "under_construction")) in graph
    assert (mint("enterprise", "示例氢能科技"), CKG.investsIn, project) in graph


def test_every_fact_has_a_provenance_node(graph, facts):
    statements = set(graph.subjects(RDF.type, CKG.SupplyStatement))
    assert len(statements) == 1
    (st,) = statements
    assert graph.value(st, RDF.subject) == mint("enterprise", "星宇股份")
    assert graph.value(st, RDF.predicate) == CKG.supplies
    assert graph.value(st, CKG.rule) == Literal("supply.used_by")
    assert graph.value(st, CKG.statedIn) == mint("article", facts[0].article.key)
    n_facts = sum(len(getattr(f, k)) for f in facts for k in
                  ("zones", "enterprises", "projects", "supplies", "focus", "memberships", "partnerships"))
    assert len(set(graph.subjects(CKG.statedIn, None)) & set(graph.subjects(CKG.sentence, None))) == n_facts


def test_merged_entity_keeps_every_alias(facts):
    a, b = facts
    z = b.zones[0]
    evidence = replace(a.enterprises[0].evidence, rule="zone.name")
    again = ArticleFacts(article=a.article, zones=(replace(z, evidence=evidence, aliases=("常州新北区高新区",)),))
    graph = facts_to_rdf([b, again], include_ontology=False, include_taxonomy=False)
    aliases = {str(v) for v in graph.objects(mint("zone", z.name), CKG.alias)}
    assert aliases == {"常州高新区", "常州新北区高新区"}
    assert rdf_to_facts(graph) == [b, again]


def test_taxonomy_alone(tmp_path):
    graph = taxonomy_to_rdf(load_ontology())
    assert len(set(graph.subjects(RDF.type, CKG.Segment))) == len(load_ontology().segments)


def test_no_facts_gives_no_articles():
    assert rdf_to_facts(facts_to_rdf([])) == []


def test_unknown_format_and_bad_file(tmp_path, graph):
    with pytest.raises(RDFError, match="unknown RDF format"):
        export(graph, tmp_path / "x.bin", "parquet")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix broken", encoding="utf-8")
    with pytest.raises(RDFError, match="bad.ttl"):
        load(bad)


def test_a_statement_missing_its_sentence_is_reported(graph):
    broken = type(graph)()
    broken += graph
    st = next(iter(broken.subjects(RDF.type, CKG.SupplyStatement)))
    broken.remove((st, CKG.sentence, None))
    with pytest.raises(RDFError, match="sentence is missing"):
        rdf_to_facts(broken)


# -- any names and texts survive the round trip, through Turtle too ------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@st.composite
def _article_facts(draw):
    key = draw(st.text("0123456789abcdef", min_size=8, max_size=8))
    text = draw(_text)
    ev = Evidence(article=key, sentence=draw(_text), start=0, end=len(text), rule=draw(_text),
                  confidence=draw(st.floats(0, 1)))
    names = draw(st.lists(_text, min_size=2, max_size=4, unique=True))
    ents = tuple(EnterpriseFact(name=n, evidence=ev, aliases=tuple(draw(st.lists(_text, max_size=3))),
                                zone=draw(st.none() | _text), chains=("hydrogen",) if i % 2 else ())
                 for i, n in enumerate(names))
    money = draw(st.none() | st.builds(Money, st.floats(0, 1e13), st.sampled_from(["CNY", "USD", "EUR"]),
                                        st.sampled_from(["exact", "about", "over"]), _text))
    project = ProjectFact(name=draw(_text), evidence=ev, enterprises=tuple(names[:2]), investment=money,
                          stage=draw(st.none() | st.sampled_from(["signed", "in_production"])))
    article = Article(key=key, source=draw(_text), doc=draw(_text), text=text, title=draw(st.none() | _text))
    return ArticleFacts(article=article, enterprises=ents, projects=(project,),
                        supplies=(SupplyFact(supplier=names[0], customer=names[1], evidence=ev),))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_article_facts(), min_size=1, max_size=2, unique_by=lambda f: f.article.key))
def test_any_facts_round_trip_through_files(tmp_path_factory, facts):
    graph = facts_to_rdf(facts, include_ontology=False, include_taxonomy=False)
    assert rdf_to_facts(graph) == facts
    folder = tmp_path_factory.mktemp("rt")
    for name, fmt in (("kg.ttl", "turtle"), ("kg.jsonld", "json-ld")):
        assert rdf_to_facts(load(export(graph, folder / name, fmt))) == facts, fmt


def test_amounts_keep_every_digit_through_turtle(tmp_path, facts):
    """rdflib writes xsd:double to Turtle with seven digits; amounts are decimals so 12.3456789亿 stays exact."""
    b = facts[1]
    project = replace(b.projects[0], investment=Money(1_234_567_891.23, "CNY"))
    exact = replace(b, projects=(project,) + b.projects[1:])
    back = rdf_to_facts(load(export(facts_to_rdf([exact]), tmp_path / "kg.ttl")))
    assert back[0].projects[0].investment.value == 1_234_567_891.23


def test_the_same_article_twice_is_written_once(facts):
    """Same text from two files (e.g. a GBK and a UTF-8 copy) has one key: the first one is kept."""
    copy = replace(facts[0], article=replace(facts[0].article, source="/data/news/a.gbk.txt"))
    assert rdf_to_facts(facts_to_rdf([facts[0], facts[1], copy])) == facts
