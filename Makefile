# Stance Tracker: one entry point for setting up, running and testing.
#   make report   set up .venv (first time) and build the HTML report from the bundled corpus
#   make test     set up .venv and Debian's chromium (first time), run `make check`, then the whole test suite
#   make test-fast  the unit tier only (no notebooks, servers, subprocesses or browser; under a minute)
#   make check    ruff (lint + format), mypy, import layers, notebooks without outputs
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup report test test-fast check browser lab clean-reports strip-notebooks

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	$(BIN)/python -m ipykernel install --sys-prefix --name stance-tracker --display-name "Stance Tracker (.venv)" >/dev/null
	touch $(STAMP)

report: setup
	$(BIN)/stance-tracker report

# Browser tests drive Debian's chromium through Playwright (never a downloaded browser).
browser:
	@command -v chromium >/dev/null || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; }

# What CI runs (.ci/run): the code checks first, then every test, both tiers.
test: setup browser check
	$(BIN)/python -m pytest

# The unit tier (tests/conftest.py assigns it): the quick loop while editing.
test-fast: setup
	$(BIN)/python -m pytest -m unit -q

# Code checks. ruff covers the Python folders (notebooks are written by tools/make_notebooks.py, docs are
# prose); import-linter reads the layer contract in pyproject.toml [tool.importlinter];
# tools/check_notebooks.py fails on any notebook committed with outputs (fix: make strip-notebooks).
CODE := src tests tools benchmarks
# Every check runs even when an earlier one fails, so one CI log lists all that is wrong.
CHECKS := "ruff check --output-format concise $(CODE)" "ruff format --check --output-format concise $(CODE)" "mypy" "lint-imports" "python tools/check_notebooks.py"
check: setup
	@failed=""; for c in $(CHECKS); do echo "== $$c"; $(BIN)/$$c || failed="$$failed [$$c]"; done; \
	if [ -n "$$failed" ]; then echo "make check failed:$$failed"; exit 1; fi; echo "make check: all passed"

lab: setup
	$(BIN)/jupyter lab notebooks/

strip-notebooks:
	$(PYTHON) tools/check_notebooks.py --strip

clean-reports:
	rm -rf reports/*/ reports/latest reports/index.html
