"""The extractor's score on the held-out articles (tests/data/holdout, hand-made gold).

Written by another helper while the extractor was being reworked, in our own
words from public facts, and first scored before any rule looked at them:
overall F1 0.752 on 2026-11-23 (0.737 for the extractor as it was before that
rework). Misses were then fixed by general rules only (see the report of that
rework), so the figures below are no longer a blind measure; fresh articles are.
The bars are the figures reached: they only rise.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "tests" / "data" / "holdout" / "articles"
GOLD = REPO / "tests" / "data" / "holdout" / "gold.jsonl"
SCORER = REPO / ".." / "shared" / "eval" / "score.py"

# Reached on 2026-11-23.
BAR_OVERALL_F1 = 0.949
BAR_INVESTMENT = 1.0
BAR_STAGE = 1.0
BAR_CATEGORY_F1 = {
    "zones": 1.0, "enterprises": 0.961, "projects": 0.909, "enterprise->zone": 0.941, "zone->chain": 0.947,
    "enterprise->chain": 0.925, "supplies": 1.0,
}

pytestmark = pytest.mark.skipif(not (ARTICLES.is_dir() and GOLD.is_file() and SCORER.is_file()),
                                reason="held-out articles, their gold or ../shared/eval/score.py missing")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    pred = tmp_path_factory.mktemp("holdout") / "pred.jsonl"
    done = subprocess.run([sys.executable, "-m", "chainkg.cli", "extract", str(ARTICLES), "--format", "eval",
                           "-o", str(pred)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    scored = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(pred), "--json"], capture_output=True,
                            text=True, timeout=300)
    assert scored.returncode == 0, scored.stderr
    return json.loads(scored.stdout)


def test_every_article_has_a_prediction(score):
    assert score["docs_missing_in_pred"] == []


def test_overall_f1_at_or_above_bar(score):
    assert score["overall_f1"] >= BAR_OVERALL_F1 - 1e-9


def test_project_fields_at_or_above_bar(score):
    assert score["project_fields"]["investment"] >= BAR_INVESTMENT - 1e-9
    assert score["project_fields"]["stage"] >= BAR_STAGE - 1e-9


@pytest.mark.parametrize("category", sorted(BAR_CATEGORY_F1))
def test_category_f1_at_or_above_bar(score, category):
    assert score["categories"][category]["f1"] >= BAR_CATEGORY_F1[category] - 1e-9
