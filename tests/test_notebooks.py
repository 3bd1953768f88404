"""The two walkthrough notebooks run top to bottom against the test Neo4j (nbclient); a failing cell fails."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO

NOTEBOOKS = REPO / "notebooks"


def run_notebook(name: str, cwd) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    # "python3" runs as the interpreter of this test (jupyter_client swaps a bare "python" for sys.executable),
    # so the kernel sees the venv's chainkg
    client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(cwd)}})
    client.execute()  # raises CellExecutionError naming the cell that failed
    return nb


def outputs(nb) -> str:
    parts = []
    for c in nb.cells:
        for out in c.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.extend(str(v) for v in out.get("data", {}).values())
    return "\n".join(parts)


@pytest.mark.slow
def test_zhaoshang_walkthrough(neo4j_db, cli_env, tmp_path, monkeypatch):
    monkeypatch.setenv("CHAINKG_NB_OUT", str(tmp_path))
    nb = run_notebook("zhaoshang_walkthrough", tmp_path)
    text = outputs(nb)
    assert "articles read" in text and "wrote" in text
    assert list(tmp_path.glob("*_targets.xlsx")) and list(tmp_path.glob("*_chain_map.html"))
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))


@pytest.mark.slow
def test_analyst_walkthrough(neo4j_db, cli_env, tmp_path, monkeypatch):
    monkeypatch.setenv("CHAINKG_NB_OUT", str(tmp_path))
    nb = run_notebook("analyst_walkthrough", tmp_path)
    text = outputs(nb)
    assert "coverage agrees: True" in text
    assert (tmp_path / "region_map.html").exists() and (tmp_path / "tech_map.html").exists()
    assert (tmp_path / "chainkg.ttl").exists() or "rdf.py is not there yet" in text
