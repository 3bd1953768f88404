"""The ontology package stands alone: it imports nothing else of chainkg, and ships its data files."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from fnmatch import fnmatch

from chainkg.ontology.core import HERE


def test_ontology_imports_nothing_of_the_project():
    code = (
        "import sys, chainkg.ontology as o; o.load_ontology(); "
        "print(sorted(m for m in sys.modules if m.startswith('chainkg.') and not m.startswith('chainkg.ontology')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _shipped(parts: tuple[str, ...], glob: str) -> bool:
    """setuptools-style: ``*`` stays within one folder."""
    pattern = glob.split("/")
    return len(parts) == len(pattern) and all(fnmatch(p, g) for p, g in zip(parts, pattern))


def test_data_files_match_the_package_data_globs():
    """Every non-Python file of the package is shipped by pyproject's package-data globs."""
    pyproject = tomllib.loads((HERE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["chainkg.ontology"]
    files = [p.relative_to(HERE) for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    data = [f for f in files if f.suffix not in {".py", ".md"}]
    assert {"chainkg.ttl", "schemes.ttl", "shapes.ttl"} <= {f.name for f in data}
    unshipped = [f for f in data if not any(_shipped(f.parts, g) for g in globs)]
    assert unshipped == []
