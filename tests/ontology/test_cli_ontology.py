"""The ontology commands: chains, validate, export (export through the real store)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from chainkg.cli import app
from chainkg.graph.rdf import currency_iri, export, facts_to_rdf, load, rdf_to_facts
from chainkg.ontology import CKG

from tests.graph.rdf_samples import sample_facts

runner = CliRunner()


def test_chains_lists_every_chain():
    result = runner.invoke(app, ["chains"])
    assert result.exit_code == 0, result.output
    for cid in ("hydrogen", "nev", "semiconductor", "photovoltaic", "digital"):
        assert cid in result.output
    assert "hydrogen.stack" in result.output


def test_chains_one_chain_by_chinese_name():
    result = runner.invoke(app, ["chains", "半导体"])
    assert result.exit_code == 0
    assert "semiconductor.fabrication" in result.output and "hydrogen.stack" not in result.output


def test_chains_unknown_name_suggests():
    result = runner.invoke(app, ["chains", "hydorgen"])
    assert result.exit_code == 1
    assert "hydrogen" in result.output


def test_validate_a_good_file(tmp_path):
    path = export(facts_to_rdf(sample_facts()), tmp_path / "kg.ttl")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_validate_a_broken_file_lists_the_node(tmp_path):
    graph = facts_to_rdf(sample_facts())
    money = next(iter(graph.objects(None, CKG.investment)))
    graph.remove((money, CKG.currency, None))
    graph.add((money, CKG.currency, currency_iri("XYZ")))
    path = export(graph, tmp_path / "kg.jsonld", "json-ld")
    result = runner.invoke(app, ["validate", str(path)], terminal_width=200)
    assert result.exit_code == 1
    assert "/investment" in result.output and "currency/XYZ" in result.output


def test_validate_missing_or_unreadable_file(tmp_path):
    assert runner.invoke(app, ["validate", str(tmp_path / "none.ttl")]).exit_code == 1
    bad = tmp_path / "bad.ttl"
    bad.write_text("not turtle at all <<<", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1 and "bad.ttl" in result.output


def test_export_refuses_unknown_format(tmp_path):
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 1 and "unknown RDF format" in result.output


@pytest.mark.parametrize("fmt, suffix", [("turtle", "ttl"), ("json-ld", "jsonld")])
def test_export_from_the_store_reads_back(tmp_path, neo4j_db, cli_env, fmt, suffix):
    """Facts loaded into Neo4j, exported by the command, read back as the same facts, and valid."""
    from chainkg.graph.store import load_facts

    facts = sample_facts()
    load_facts(neo4j_db, facts)
    out = tmp_path / f"kg.{suffix}"
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = rdf_to_facts(load(out))
    assert {f.article.key for f in back} == {f.article.key for f in facts}
    by_key = {f.article.key: f for f in back}
    kinds = ("zones", "enterprises", "projects", "supplies", "focus", "memberships", "partnerships")
    for original in facts:
        got = by_key[original.article.key]
        # Neo4j keeps no article text, offsets or extraction errors, and no order among facts
        assert (got.article.source, got.article.title, got.article.date) == (
            original.article.source, original.article.title, original.article.date)
        for kind in kinds:
            assert set(getattr(got, kind)) == set(getattr(original, kind)), kind
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    result = runner.invoke(app, ["validate"])  # the current store
    assert result.exit_code == 0, result.output
