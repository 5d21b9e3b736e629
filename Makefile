# Two commands for a fresh clone:  `make run` (set up, build, serve) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test setup setup-dev assets browser build serve clean

# build exits 1 when some articles failed (each reported on stderr): serve the others anyway.
run: setup assets
	$(BIN)/python -m app build --if-stale || [ $$? -eq 1 ]
	$(BIN)/python -m app serve --port $(PORT)

test: setup-dev assets browser
	$(BIN)/python -m pytest

setup: $(VENV)/.runtime-installed
setup-dev: $(VENV)/.dev-installed

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-refdata.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.runtime-installed $@

# Leaflet, jQuery, plugins and icon fonts from the npm registry, served by Streamlit locally.
assets: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The browser tests drive Debian's Chromium.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'."; exit 1; \
	fi

build: setup
	$(BIN)/python -m app build

serve: setup assets
	$(BIN)/python -m app serve --port $(PORT)

clean:
	rm -rf $(VENV) node_modules
