# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := samples/wire-report.txt

.PHONY: demo test install install-dev eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamp files re-run pip only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/matchcli parse $(SAMPLE)

test: install-dev
	$(BIN)/python -m pytest

# Score matchcli on annotated reports (STEM.txt + STEM.json); any folder works: make eval CORPUS=dir
CORPUS ?= samples
eval: install
	$(BIN)/matchcli eval $(CORPUS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
