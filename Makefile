# Two commands on a fresh machine: `make run` and `make test`. Each creates .venv if missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

.PHONY: run test lint soak bench bundle run-endpoint translations clean system-deps \
	screen-reader

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
	$(VENV)/bin/health-planner-endpoint --db sqlite:///$(CURDIR)/endpoint.db --port 8765 \
		--no-text-encryption

test: $(VENV)/.test-installed system-deps
	@bash scripts/system-deps.sh chromium chromium-driver  # the console's browser test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m "not screen_reader" \
		-n auto --dist worksteal

# The app heard through a real screen-reader stack (issue #23): under Xvfb with its own AT-SPI
# bus, the real app in English, Polish and Urdu, walked as Orca would. About 50 s a language,
# over the minute `make test` may take, so it runs here, in `make soak` and in .ci/run.
screen-reader: $(VENV)/.test-installed system-deps
	@bash scripts/system-deps.sh screen-reader
	$(PY) -m pytest -q -s -p no:cacheprovider -m screen_reader tests/e2e/test_screen_reader.py

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) scripts/import_cycles.py
	$(PY) scripts/module_sizes.py

# The speed suite (issue #6); not part of `make test`. TinyDB is only the comparison's other side.
bench: $(VENV)/.test-installed
	$(PIP) install -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The long fault, fuzz and privacy-audit runs (issues #7, #21); not part of `make test`, which
# runs short versions of the same tests. Prints the figures: kills survived, USB sticks pulled
# out (faults injected, committed entries lost: must be 0), examples and inputs tried, load
# handled, data sets audited. First the screen-reader walk (`make screen-reader`).
soak: $(VENV)/.test-installed system-deps screen-reader
	$(PIP) install -e '.[soak]'
	HEALTH_PLANNER_SOAK_KILLS=300 HEALTH_PLANNER_SOAK_PULLS=100 HYPOTHESIS_PROFILE=soak \
	HEALTH_PLANNER_SOAK_REKEY_KILLS=100 \
	HEALTH_PLANNER_LOAD_CONTRIBUTORS=200 HEALTH_PLANNER_LOAD_SECONDS=60 \
	HEALTH_PLANNER_WORKERS_CONTRIBUTORS=200 HEALTH_PLANNER_WORKERS_BATCHES=20 \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:cacheprovider \
		--hypothesis-show-statistics tests/faults tests/fuzz tests/unit/endpoint/test_disclosure_audit.py
	$(PY) tests/fuzz/run_atheris.py --seconds 60

# The one-folder app for community-centre PCs (packaging/), then its smoke test.
bundle: $(VENV)/.test-installed system-deps
	$(PIP) install -e '.[bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/health-planner.spec
	bash packaging/smoke.sh dist/health-planner
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider packaging/test_bundle.py

translations: $(VENV)/.test-installed
	$(PY) scripts/translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
