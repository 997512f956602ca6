# Stance Tracker: one entry point for setting up, running and testing.
#   make report   set up .venv (first time) and build the HTML report from the bundled corpus
#   make test     set up .venv and Debian's chromium (first time) and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup report test browser lab clean-reports strip-notebooks

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

test: setup browser
	$(BIN)/python -m pytest

lab: setup
	$(BIN)/jupyter lab notebooks/

strip-notebooks: setup
	$(BIN)/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb

clean-reports:
	rm -rf reports/*/ reports/latest reports/index.html
