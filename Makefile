# Everything a new machine needs: `make demo` (app on a demo clinic), `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
DEMO_DB ?= $(CURDIR)/.demo/clinicdesk-demo.sqlite3

.PHONY: install demo run test lint format bench reliability clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(VENV)/bin/clinicdesk demo --db "$(DEMO_DB)"
	$(VENV)/bin/clinicdesk --db "$(DEMO_DB)"

test: install lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Builds the large clinics first (BENCH_SCALES, default 10,000 and 100,000 clients; the
# build is itself a figure), then times every benchmark; writes bench-results.json.
# PostgreSQL too with BENCH_PG_URL=postgresql+psycopg://user@host/postgres.
BENCH_PG_URL ?=
bench: install
	QT_QPA_PLATFORM=offscreen BENCH_PG_URL="$(BENCH_PG_URL)" \
		CLINICDESK_TEST_PG_URL="$${CLINICDESK_TEST_PG_URL:-$(BENCH_PG_URL)}" \
		$(PY) -m pytest tests/benchmarks -p no:cacheprovider -s -o addopts="-ra"

# Slow suite (see docs/RELIABILITY.md). Knobs: CLINICDESK_TEST_PG_URL (also run on
# PostgreSQL), CLINICDESK_CRASH_TRIALS (50), CLINICDESK_HAMMER_SECONDS (30).
reliability: install
	rm -f .reliability-figures.jsonl
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/reliability -o addopts="-ra --strict-markers"
	@cat .reliability-figures.jsonl

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache
