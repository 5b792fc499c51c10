# Everything a new machine needs: `make demo` (app on a demo clinic), `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
DEMO_DB ?= $(CURDIR)/.demo/clinicdesk-demo.sqlite3

.PHONY: install demo run test lint format bench reliability installer icons lock clean translations

# constraints.txt pins the versions CI tested (README: "Dependencies").
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(VENV)/bin/clinicdesk demo --db "$(DEMO_DB)"
	$(VENV)/bin/clinicdesk --db "$(DEMO_DB)"

# One pytest worker per core (pytest-xdist; TEST_WORKERS=0 runs in this process).
TEST_WORKERS ?= auto
test: install lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS) --dist worksteal

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

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

# The Linux bundle (dist/clinicdesk/ and a .tar.gz of it), then its smoke test: the
# bundled executable creates a demo clinic, prints, opens an encrypted clinic and
# starts the GUI. About 1.5 minutes (installer/README.md; Windows and macOS there too).
$(VENV)/.installer: $(VENV)/.installed constraints.txt
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,encryption,installer]'
	touch $@

installer: $(VENV)/.installer
	$(PY) installer/build.py
	QT_QPA_PLATFORM= $(PY) installer/smoke_test.py dist/clinicdesk

# Refresh the translation sources after strings change (.ts from ui/ with lupdate,
# .po from clinicdesk/ with Babel; translations kept, obsolete ones dropped) and compile
# them in place (.qm, .mo). The build compiles them for the wheel. docs/TRANSLATING.md.
translations: install
	$(PY) scripts/update_translations.py

# Re-render installer/icons/ (PNG sizes, .ico, .icns) from the application's SVG.
icons: install
	QT_QPA_PLATFORM=offscreen $(PY) installer/make_icons.py

# Re-pin constraints.txt to the newest versions pyproject.toml allows (a throw-away
# environment), then run `make test installer` before committing it.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet '.[dev,encryption,installer]'
	{ grep '^#' constraints.txt; .lock-venv/bin/python -m pip freeze --all --exclude-editable \
		| grep -vE '^(clinicdesk|pip)( |==|@)'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .lock-venv
	@git diff --stat constraints.txt 2>/dev/null || true

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache build dist
