"""The query commands as a user runs them: tables, files, clear errors."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from chainkg.cli import app
from chainkg.graph.store import load_facts
from tests import factories as fx

runner = CliRunner()


@pytest.fixture
def story_cli(neo4j_db, cli_env):
    load_facts(neo4j_db, fx.hydrogen_story())
    return neo4j_db


def invoke(*args):
    result = runner.invoke(app, list(args))
    return result


def test_gaps_table_and_excel(story_cli, tmp_path):
    out = tmp_path / "gaps.xlsx"
    result = invoke("gaps", "--zone", "苏虞高新区", "--chain", "氢能", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "膜电极" in result.output and "补链" in result.output and "强链" in result.output
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert "status" in header and "reason" in header
    statuses = {row[header.index("name_zh")]: row[header.index("status")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert statuses["燃料电池系统"] == "weak" and statuses["膜电极"] == "missing"


def test_targets_json_and_csv(story_cli, tmp_path):
    out = tmp_path / "targets.json"
    result = invoke("targets", "--zone", "苏虞高新区", "--chain", "hydrogen", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows[0]["enterprise"] == "膜界科技" and rows[0]["evidence"]
    csv_out = tmp_path / "targets.csv"
    assert invoke("targets", "-z", "苏虞高新区", "-c", "hydrogen", "-s", "mea", "-o", str(csv_out)).exit_code == 0
    text = csv_out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("enterprise,score") and "膜界科技" in text


@pytest.mark.parametrize("args, expected", [
    (["coverage", "-z", "冀中高新区", "-c", "hydrogen"], "膜界科技"),
    (["leaders", "-c", "hydrogen"], "氢擎动力"),
    (["supply", "-e", "氢擎动力"], "膜界科技"),
    (["pipeline", "-z", "苏南高新区"], "signed"),
    (["compare", "-c", "hydrogen"], "冀中高新区"),
    (["freshness", "-z", "苏南高新区"], "2023-11-20"),
])
def test_every_query_command_runs(story_cli, args, expected):
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_unknown_names_get_close_matches(story_cli):
    result = invoke("gaps", "--zone", "苏虞高新", "--chain", "hydrogen")
    assert result.exit_code == 1
    assert "unknown zone" in result.output and "苏虞高新区" in result.output
    result = invoke("gaps", "--zone", "苏虞高新区", "--chain", "hydrgen")
    assert result.exit_code == 1 and "unknown chain" in result.output


def test_unknown_output_format_is_refused(story_cli, tmp_path):
    result = invoke("leaders", "-c", "hydrogen", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 1 and "unknown output format" in result.output


def test_load_command_is_idempotent(neo4j_db, cli_env, tmp_path):
    from chainkg.demo import ARTICLES

    first = invoke("load", str(ARTICLES), "--jobs", "1")
    assert first.exit_code == 0, first.output
    assert " 0 unchanged" in first.output
    second = invoke("load", str(ARTICLES), "--jobs", "1")
    assert second.exit_code == 0, second.output
    assert " 0 loaded" in second.output
    assert first.output.split("graph:")[1] == second.output.split("graph:")[1]
