"""``chainkg map ...`` writes each kind of page against the test Neo4j; bad input gets a clear error."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from chainkg.cli import app
from chainkg.graph.maps import offline_problems
from chainkg.graph.store import load_facts
from tests import factories as fx

COMMANDS = {
    "chain": ["--zone", "苏虞高新区", "--chain", "氢能"],
    "tech": ["--chain", "hydrogen"],
    "application": ["--chain", "hydrogen", "--zone", "冀中高新区"],
    "region": ["--chain", "氢能"],
    "zone": ["冀中高新区"],
    "enterprise": ["膜界科技"],
    "project": ["膜电极产线"],  # a unique part of the project's name
}


@pytest.fixture
def loaded(neo4j_db, cli_env):
    load_facts(neo4j_db, fx.hydrogen_story())
    return neo4j_db


def test_every_map_command_writes_an_offline_page(loaded, tmp_path):
    runner = CliRunner()
    for kind, args in COMMANDS.items():
        out = tmp_path / f"{kind}.html"
        result = runner.invoke(app, ["map", kind, *args, "-o", str(out)])
        assert result.exit_code == 0, (kind, result.output)
        assert "wrote" in result.output and out.exists()
        html = out.read_text(encoding="utf-8")
        assert offline_problems(html) == [] and "数据截至" in html


def test_unknown_zone_and_wrong_suffix_are_clear_errors(loaded, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["map", "chain", "--zone", "苏虞", "--chain", "氢能", "-o", str(tmp_path / "c.html")])
    assert result.exit_code == 1 and "苏虞高新区" in result.output  # suggestions
    result = runner.invoke(app, ["map", "region", "--chain", "氢能", "-o", str(tmp_path / "c.png")])
    assert result.exit_code == 1 and ".html" in result.output
