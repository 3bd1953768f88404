"""extract_paths and ``chainkg extract``: parallel, ordered, errors in place, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chainkg.loaders.errors import ReadError
from chainkg.loaders.facts import ArticleFacts
from chainkg.loaders.pipeline import extract_paths

ARTICLE = ("苏州工业园区今年新签约项目32个。其中，信达生物制药(苏州)有限公司的新生产基地项目总投资25亿元，"
           "目前主体结构已封顶。")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(ARTICLE.encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps({"text": ARTICLE, "date": "2024-03-01"}, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_paths_keeps_going_and_reports_errors(corpus: Path, jobs: int):
    results = list(extract_paths([corpus], jobs=jobs))
    facts = [r for r in results if isinstance(r, ArticleFacts)]
    errors = [r for r in results if isinstance(r, ReadError)]
    assert len(facts) == 3
    assert {Path(e.path).name for e in errors} == {"empty.txt", "lines.jsonl"}
    assert any(e.line == 2 for e in errors)
    for f in facts:
        assert any("25亿" in (p.investment.text if p.investment else "") for p in f.projects)


def test_extract_paths_reports_progress(corpus: Path):
    seen = []
    list(extract_paths([corpus / "a.txt"], jobs=1, progress=lambda f, n: seen.append((Path(f).name, n))))
    assert seen == [("a.txt", len(ARTICLE.encode("utf-8")))]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chainkg.cli", "extract", *args], capture_output=True, text=True,
                          timeout=300)


def test_cli_writes_eval_lines_and_exit_status_2_on_bad_input(corpus: Path, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "pred.jsonl"
    done = _cli(str(corpus), "--format", "eval", "-o", str(out), "--jobs", "2")
    assert done.returncode == 2
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 and {"a.txt", "b.txt"} <= {r["doc"] for r in lines}
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and any("empty.txt" in e for e in errors) and any("lines.jsonl:2" in e for e in errors)


def test_cli_standard_output_and_exit_0(corpus: Path):
    done = _cli(str(corpus / "a.txt"), "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["doc"] == "a.txt" and record["projects"]


def test_cli_help_states_the_exit_status():
    done = subprocess.run([sys.executable, "-m", "chainkg.cli", "extract", "--help"], capture_output=True, text=True,
                          env={"COLUMNS": "200", "PATH": ""}, timeout=120)
    assert "2 when some inputs failed" in " ".join(done.stdout.split())


def test_extract_paths_can_give_one_name_across_articles(tmp_path: Path):
    (tmp_path / "a.txt").write_text("江苏恒立液压股份有限公司在常州国家高新区投资建设新工厂，总投资20亿元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("常州高新区今年新开工项目30个。恒立液压主要生产液压油缸。", encoding="utf-8")
    facts = [r for r in extract_paths([tmp_path], jobs=1, canonical=True) if isinstance(r, ArticleFacts)]
    zones = {z.name for f in facts for z in f.zones}
    companies = {e.name for f in facts for e in f.enterprises if "恒立" in e.name}
    assert len(zones) == 1 and len(companies) == 1
