"""Chain taxonomies: ids, segment order, UPSTREAM_OF edges, views, and clear errors on bad files."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
import yaml

from chainkg.ontology import CHAIN_IDS, OntologyError, load_ontology
from chainkg.ontology.core import DATA
from chainkg.ontology.taxonomy import read_chain

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FULL = ("hydrogen", "nev", "semiconductor")


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_chain_ids_are_the_vocabulary(onto):
    assert tuple(onto.chains) == CHAIN_IDS
    text = (SHARED / "eval" / "SCHEMA.md").read_text(encoding="utf-8")
    line = re.search(r"- chains: (.*?)\n- stage", text, re.S).group(1)
    vocab = set(re.findall(r"`(\w+)`", line)) - {"other"}  # "other" is outside every chain by definition
    assert vocab == set(onto.chains)


@pytest.mark.parametrize("cid", CHAIN_IDS)
def test_segments_are_ordered_and_unique(onto, cid):
    chain = onto.chains[cid]
    orders = [s.order for s in chain.segments]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    assert len({s.id for s in chain.segments}) == len(chain.segments)
    assert all(s.id.startswith(cid + ".") and s.chain == cid for s in chain.segments)
    assert all(s.name_zh and s.name_en and (s.keywords or s.products) for s in chain.segments)
    assert len(chain.segments) >= 4


@pytest.mark.parametrize("cid", CHAIN_IDS)
def test_upstream_edges_stay_in_the_chain_and_form_a_dag(onto, cid):
    chain = onto.chains[cid]
    ids = {s.id for s in chain.segments}
    graph = nx.DiGraph()
    graph.add_nodes_from(ids)
    for seg in chain.segments:
        for target in seg.upstream_of:
            assert target in ids, f"{seg.id} -> {target} leaves the chain"
            graph.add_edge(seg.id, target)
    assert nx.is_directed_acyclic_graph(graph)
    order = {s.id: s.order for s in chain.segments}
    assert all(order[a] < order[b] for a, b in graph.edges), "order is not upstream -> downstream"


@pytest.mark.parametrize("cid", FULL)
def test_full_chains_branch_and_join(onto, cid):
    """Hydrogen, NEV and semiconductors are drawn as DAGs, not as a single line."""
    chain = onto.chains[cid]
    graph = nx.DiGraph([(s.id, t) for s in chain.segments for t in s.upstream_of])
    assert max(d for _, d in graph.out_degree()) >= 2
    assert max(d for _, d in graph.in_degree()) >= 3
    assert len(chain.segments) >= 9
    assert nx.is_weakly_connected(graph)
    assert chain.tech_paths and chain.applications


def test_hydrogen_has_the_segments_of_the_issue(onto):
    slugs = {s.id.split(".", 1)[1] for s in onto.chain("hydrogen").segments}
    assert {"production", "storage_transport", "refuelling", "materials", "mea", "bipolar_plate", "stack", "bop",
            "system", "vehicle", "other_uses"} == slugs
    assert "hydrogen.stack" in onto.segment("hydrogen.mea").upstream_of
    assert "hydrogen.stack" in onto.segment("hydrogen.bipolar_plate").upstream_of


def test_semiconductor_support_segments_feed_fabrication_and_packaging(onto):
    for slug in ("materials", "equipment"):
        targets = set(onto.segment(f"semiconductor.{slug}").upstream_of)
        assert {"semiconductor.fabrication", "semiconductor.packaging"} <= targets
    assert "semiconductor.fabrication" in onto.segment("semiconductor.design").upstream_of


def test_views_point_to_segments_of_their_chain(onto):
    ids = set(onto.segments)
    for chain in onto.chains.values():
        for view in chain.tech_paths + chain.applications:
            assert view.chain == chain.id and view.segments and set(view.segments) <= ids
            assert view.kind == ("tech_path" if ".tech." in view.id else "application")
    hydrogen_tech = {v.id for v in onto.chain("hydrogen").tech_paths}
    assert {"hydrogen.tech.alkaline", "hydrogen.tech.pem_electrolysis", "hydrogen.tech.soec"} <= hydrogen_tech
    assert {"nev.tech.lfp", "nev.tech.ternary", "nev.tech.solid_state"} <= {v.id for v in onto.chain("nev").tech_paths}
    assert {"semiconductor.tech.silicon", "semiconductor.tech.sic", "semiconductor.tech.gan"} <= {
        v.id for v in onto.chain("semiconductor").tech_paths
    }


def test_keywords_are_long_enough_and_unambiguous_within_a_chain(onto):
    for chain in onto.chains.values():
        seen = {}
        for seg in chain.segments:
            for word in seg.keywords + seg.products:
                assert len(word) >= 2, word
                assert seen.setdefault(word, seg.id) == seg.id, word


# -- bad files are refused with the file and the reason -----------------------------------------

def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / f"chain_{data.get('id', 'x')}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _chain(**changes) -> dict:
    data = {
        "id": "demo", "name_zh": "示例", "name_en": "Demo",
        "segments": [
            {"slug": "a", "order": 1, "name_zh": "甲", "name_en": "A", "keywords": ["甲材料"], "upstream_of": ["b"]},
            {"slug": "b", "order": 2, "name_zh": "乙", "name_en": "B", "keywords": ["乙部件"], "upstream_of": []},
        ],
    }
    data.update(changes)
    return data


def test_a_good_small_file_reads(tmp_path):
    chain = read_chain(_write(tmp_path, _chain()))
    assert [s.id for s in chain.segments] == ["demo.a", "demo.b"]
    assert chain.segments[0].upstream_of == ("demo.b",)


@pytest.mark.parametrize(
    "mutate, reason",
    [
        (lambda d: d["segments"][1].update(order=1), "duplicate segment orders"),
        (lambda d: d["segments"][0].update(upstream_of=["hydrogen.stack"]), "not a segment of demo"),
        (lambda d: d["segments"][1].update(upstream_of=["a"]), "against the segment order"),
        (lambda d: d["segments"][0].pop("name_en"), "needs a non-empty 'name_en'"),
        (lambda d: d["segments"][0].update(order="first"), "integer 'order'"),
        (lambda d: d["segments"][1].update(keywords=["甲材料"]), "is in both"),
        (lambda d: d["segments"][1].update(keywords=["乙"]), "too short"),
        (lambda d: d.update(tech_paths=[{"slug": "t", "name_zh": "技", "name_en": "T", "segments": ["zz"]}]),
         "names segment demo.zz"),
    ],
)
def test_bad_files_are_refused_naming_the_file(tmp_path, mutate, reason):
    data = _chain()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(OntologyError, match=re.escape(reason)) as info:
        read_chain(path)
    assert str(path) in str(info.value)


def test_broken_yaml_names_the_file(tmp_path):
    path = tmp_path / "chain_demo.yaml"
    path.write_text("id: demo\nsegments: [unclosed\n", encoding="utf-8")
    with pytest.raises(OntologyError, match="cannot read YAML") as info:
        read_chain(path)
    assert str(path) in str(info.value)


def test_every_chain_file_is_named_after_its_chain():
    for path in DATA.glob("chain_*.yaml"):
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["id"] == path.stem.removeprefix("chain_")
