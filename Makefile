# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := samples/wire-report.txt

.PHONY: demo test install install-dev eval bench clean bench-hostile fuzz

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

# Speed targets as ratios measured in one run (see bench/*.py); the 10,000-report run is here,
# not in the tests. BENCH_REPORTS=1000 for a quick look.
BENCH_REPORTS ?= 10000
bench: install
	$(BIN)/python bench/core.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/throughput.py $(BENCH_REPORTS)

# Timing of adversarial 1 MB inputs and a 20 MB report (a benchmark, not a test).
bench-hostile: install-dev
	$(BIN)/python bench/hostile.py

# Coverage-guided fuzzing (not in CI); atheris is installed only for this. The corpus starts
# from the samples and grows inside .venv, so nothing it writes lands in the repository.
FUZZ_ARGS ?=
fuzz: install-dev
	$(BIN)/pip install -q atheris
	mkdir -p $(VENV)/fuzz-corpus && cp samples/*.txt $(VENV)/fuzz-corpus/
	$(BIN)/python fuzz/fuzz_parse.py -max_len=4096 $(FUZZ_ARGS) $(VENV)/fuzz-corpus

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
