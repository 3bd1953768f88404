"""The extractor's scores stay at or above the bars reached, on four corpora.

Each corpus is run through ``chainkg extract --format eval`` and scored with
../shared/eval/score.py against its hand-made gold. The bars are the figures
reached so far: raise them when the extractor improves, never lower them
silently.

- seeds: the five real articles of ../shared/seeds (targets: overall F1 >= 0.90,
  investment >= 0.95, stage >= 0.85).
- own: tests/data/articles, written by us in our own words from public facts;
  they did not shape the rules' first version (first score 0.639).
- holdout: tests/data/holdout, written later by someone who had not read the
  rules; first scored at 0.752 before any rule looked at them. Misses were then
  fixed by general rules only, so the bar is no longer a blind figure: fresh
  articles are.
- blind: tests/data/blind, written by a helper who had not read the extractor;
  first scored at 0.727 (supplies 0 of 11). Its misses were then fixed by
  classes of language (supply frames, bare phases, place-named bases, stages),
  so it too is no longer blind.
- blind2: tests/data/blind2, written later by another helper who had not read
  the extractor; first scored at 0.509 (supplies 0 of 5). Fixed since by
  classes of language only (labelled keyword lists as spam, '以A、B等产业为龙头'
  naming industries, 选址 before a zone's name, short trade names in a list
  of companies, local suppliers and a customer's zone from its own sentences)
  and reference data for the major carmakers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    cache: dict[str, dict] = {}

    def score(name: str) -> dict:
        corpus = CORPORA[name]
        if not (corpus["articles"].is_dir() and corpus["gold"].is_file() and SCORER.is_file()):
            pytest.skip(f"{name}: articles, gold or ../shared/eval/score.py missing")
        if name not in cache:
            pred = tmp_path_factory.mktemp(name) / "pred.jsonl"
            done = subprocess.run([sys.executable, "-m", "chainkg.cli", "extract", str(corpus["articles"]),
                                   "--format", "eval", "-o", str(pred)], capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr
            scored = subprocess.run([sys.executable, str(SCORER), str(corpus["gold"]), str(pred), "--json"],
                                    capture_output=True, text=True, timeout=300)
            assert scored.returncode == 0, scored.stderr
            cache[name] = json.loads(scored.stdout)
        return cache[name]

    return score


# Reached on 2026-11-23.
CORPORA = {
    "seeds": {
        "articles": SHARED / "seeds", "gold": SHARED / "eval" / "gold" / "seeds.jsonl",
        "overall": 0.988, "investment": 1.0, "stage": 1.0,
        "categories": {"zones": 1.0, "enterprises": 1.0, "projects": 0.978, "enterprise->zone": 1.0,
                       "zone->chain": 0.947, "enterprise->chain": 0.984, "supplies": 1.0},
    },
    "own": {
        "articles": REPO / "tests" / "data" / "articles", "gold": REPO / "tests" / "data" / "gold" / "articles.jsonl",
        "overall": 0.946, "investment": 1.0, "stage": 0.9,
        "categories": {"zones": 1.0, "enterprises": 1.0, "projects": 0.857, "enterprise->zone": 0.971,
                       "zone->chain": 0.848, "enterprise->chain": 0.942, "supplies": 0.933},
    },
    "holdout": {
        "articles": REPO / "tests" / "data" / "holdout" / "articles", "gold": REPO / "tests" / "data" / "holdout" / "gold.jsonl",
        "overall": 0.953, "investment": 1.0, "stage": 1.0,
        "categories": {"zones": 1.0, "enterprises": 0.961, "projects": 0.952, "enterprise->zone": 0.941,
                       "zone->chain": 0.947, "enterprise->chain": 0.925, "supplies": 1.0},
    },
    "blind": {
        "articles": REPO / "tests" / "data" / "blind" / "articles", "gold": REPO / "tests" / "data" / "blind" / "gold.jsonl",
        "overall": 0.939, "investment": 0.846, "stage": 0.842,
        "categories": {"zones": 1.0, "enterprises": 0.985, "projects": 0.814, "enterprise->zone": 0.936,
                       "zone->chain": 0.888, "enterprise->chain": 0.963, "supplies": 1.0},
    },
    "blind2": {
        "articles": REPO / "tests" / "data" / "blind2" / "articles", "gold": REPO / "tests" / "data" / "blind2" / "gold.jsonl",
        "overall": 0.686, "investment": 0.875, "stage": 0.75,
        "categories": {"zones": 0.666, "enterprises": 0.823, "projects": 0.689, "enterprise->zone": 0.523,
                       "zone->chain": 0.5, "enterprise->chain": 0.69, "supplies": 0.749},
    },
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_article_has_a_prediction(scores, name):
    assert scores(name)["docs_missing_in_pred"] == []


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_overall_and_project_fields_at_or_above_bar(scores, name):
    score, bar = scores(name), CORPORA[name]
    assert score["overall_f1"] >= bar["overall"] - 1e-9
    assert score["project_fields"]["investment"] >= bar["investment"] - 1e-9
    assert score["project_fields"]["stage"] >= bar["stage"] - 1e-9


@pytest.mark.parametrize("name, category", [(n, c) for n in sorted(CORPORA) for c in sorted(CORPORA[n]["categories"])])
def test_category_f1_at_or_above_bar(scores, name, category):
    assert scores(name)["categories"][category]["f1"] >= CORPORA[name]["categories"][category] - 1e-9
