# The two commands: `make demo` (main job on the built-in articles) and
# `make test` (the whole suite). Both create what they need on first use and
# reuse it afterwards.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: install demo test neo4j browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Neo4j server jars from Maven Central, into the cache outside git.
neo4j: install
	$(PY) -c "from chainkg.config import Settings; from chainkg.graph.server import LocalServer; print(LocalServer(Settings.from_env()).install())"

# Headless Chromium and a CJK font for the page tests (Debian packages).
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'noto.*cjk' || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "install chromium and fonts-noto-cjk (apt-get) to run the page tests" >&2; exit 1; fi; }

demo: neo4j
	$(VENV)/bin/chainkg demo

test: neo4j browser
	$(PY) -m pytest

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .cache
