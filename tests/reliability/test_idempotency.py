"""Loading the same corpus again changes nothing: counts and the checksum of every property stay identical."""

from __future__ import annotations

import re

from chainkg.graph.store import load_facts
from chainkg.loaders.synthetic import generate_chains
from chainkg.ontology import load_ontology
from tests.conftest import wipe

from .conftest import run_load, state


def loaded(stdout: str) -> tuple[int, int]:
    m = re.search(r"(\d+) loaded, (\d+) unchanged", " ".join(stdout.split()))
    assert m, stdout
    return int(m.group(1)), int(m.group(2))


def test_articles_loaded_twice_by_the_cli(neo4j_settings, neo4j_db, corpus, clean_run):
    first = run_load(neo4j_settings, corpus)
    assert first.returncode == 0, first.stdout + first.stderr
    once = state(neo4j_db)
    assert once == clean_run.state  # a load is deterministic: same corpus, same graph
    second = run_load(neo4j_settings, corpus, batch_size=1)
    assert second.returncode == 0, second.stdout + second.stderr
    assert loaded(second.stdout)[0] == 0
    assert state(neo4j_db) == once


def test_synthetic_chains_twice_and_in_other_batches(neo4j_db):
    onto = load_ontology()
    facts = generate_chains([onto.chain("hydrogen"), onto.chain("nev")], zones=12, enterprises=160, seed=3).facts
    first = load_facts(neo4j_db, facts, batch_size=4)
    assert first.loaded == len(facts)
    once = state(neo4j_db)
    again = load_facts(neo4j_db, facts, batch_size=4)
    assert (again.loaded, again.unchanged) == (0, len(facts))
    assert state(neo4j_db) == once
    # batch boundaries do not show in the graph
    wipe(neo4j_db)
    load_facts(neo4j_db, facts, batch_size=len(facts))
    assert state(neo4j_db) == once
