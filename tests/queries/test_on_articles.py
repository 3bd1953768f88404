"""Answers a person can check by reading the articles, and the networkx cross-check on them."""

from __future__ import annotations

import pytest

from chainkg.demo import ARTICLES
from chainkg.graph import nx_graph
from chainkg.graph.store import load_facts
from chainkg.loaders.facts import ArticleFacts
from chainkg.loaders.pipeline import extract_paths
from chainkg.queries import api
from tests.conftest import SHARED

SEEDS = SHARED / "seeds"


def extracted(path) -> list[ArticleFacts]:
    return [f for f in extract_paths([str(path)], jobs=1) if isinstance(f, ArticleFacts)]


@pytest.fixture(scope="module")
def seed_facts():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    return extracted(SEEDS)


@pytest.fixture(scope="module")
def demo_facts():
    return extracted(ARTICLES)


def zones_of(facts):
    return sorted({z.name for f in facts for z in f.zones})


def test_seed_answers(neo4j_db, seed_facts):
    load_facts(neo4j_db, seed_facts)
    coverage = {r["segment"]: r for r in api.coverage(neo4j_db, "保定高新区", "hydrogen")}
    assert "未势能源" in coverage["hydrogen.mea"]["enterprises"]
    assert "未势能源" in coverage["hydrogen.stack"]["enterprises"]
    assert coverage["hydrogen.refuelling"]["enterprise_count"] == 0
    gaps = {r["segment"]: r for r in api.gaps(neo4j_db, "保定高新区", "氢能")}
    assert gaps["hydrogen.refuelling"]["status"] == "missing"

    changshu = {r["segment"]: r for r in api.coverage(neo4j_db, "常熟高新区", "hydrogen")}
    assert "重塑能源" in changshu["hydrogen.system"]["enterprises"]
    targets = api.targets(neo4j_db, "常熟高新区", "hydrogen", segment="hydrogen.mea")
    assert "未势能源" in [t["enterprise"] for t in targets]


@pytest.mark.parametrize("which", ["seed", "demo"])
def test_cypher_and_networkx_agree_on_articles(neo4j_db, which, request):
    facts = request.getfixturevalue(f"{which}_facts")
    load_facts(neo4j_db, facts)
    g = nx_graph.from_facts(facts)
    zones = zones_of(facts)
    assert zones, "the extractor found no zone"
    for zone in zones:
        for chain in ("hydrogen", "nev", "semiconductor"):
            cypher = [(r["segment"], r["status"], r["actions"]) for r in api.gaps(neo4j_db, zone, chain)]
            python = [(r["segment"], r["status"], r["actions"]) for r in nx_graph.gaps(g, zone, chain)]
            assert cypher == python, (zone, chain)
            cov_c = [(r["segment"], sorted(r["enterprises"]), sorted(r["projects"])) for r in api.coverage(neo4j_db, zone, chain)]
            cov_p = [(r["segment"], r["enterprises"], r["projects"]) for r in nx_graph.coverage(g, zone, chain)]
            assert cov_c == cov_p, (zone, chain)
