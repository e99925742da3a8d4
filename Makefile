# Two commands on a fresh Debian machine: `make run` and `make test`.
# Everything else here is what those two need, done once and then skipped.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils gettext
APT := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)

.PHONY: run test setup system catalogs lint bench translate-extract translate-update test-extras

run: setup
	$(BIN)/flask --app wsgi run --host 127.0.0.1 --port 5000

test: setup
	$(BIN)/python -m pytest

setup: system $(STAMP) catalogs

# System libraries WeasyPrint needs (harfbuzz-subset makes font subsetting fast).
system:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; $(APT) update -qq && $(APT) install -y -qq $$missing; fi

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# Compiled catalogs are built here, never committed.
catalogs: $(STAMP)
	$(BIN)/pybabel compile -d translations

# What the full suite uses beyond the app: Debian's Chromium and Redis, and axe-core
# from npm. Without them those tests skip, each with one loud line; .ci/run installs them.
TEST_EXTRAS := chromium redis-server
test-extras: setup
	@missing=""; for p in $(TEST_EXTRAS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; $(APT) update -qq && $(APT) install -y -qq $$missing; fi
	@[ -f tests/browser/node_modules/axe-core/axe.min.js ] || \
		(cd tests/browser && npm install --no-save --no-package-lock --silent axe-core@4)

lint: setup
	$(BIN)/ruff check clinic tests bench wsgi.py

bench: setup
	$(BIN)/python bench/render.py

translate-extract: setup
	$(BIN)/flask --app wsgi translate extract

translate-update: setup
	$(BIN)/flask --app wsgi translate update
