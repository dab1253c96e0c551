# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv if missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test lint soak bench run-endpoint translations clean system-deps

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(PY)
	$(PIP) install -e '.[test]'
	@touch $@ $(VENV)/.run-installed

system-deps:
	@bash scripts/system-deps.sh

run: $(VENV)/.run-installed system-deps
	$(VENV)/bin/health-planner

run-endpoint: $(VENV)/.test-installed
	$(VENV)/bin/health-planner-endpoint --db sqlite:///$(CURDIR)/endpoint.db --port 8765

test: $(VENV)/.test-installed system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

translations: $(VENV)/.test-installed
	$(PY) scripts/translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
