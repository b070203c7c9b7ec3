# Two commands on a fresh machine with only Python 3.11:  make demo  |  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench robust lint clean corpus

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/baocao demo corpus/

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/baocao eval corpus/

bench: $(STAMP)
	$(BIN)/python -m corpus.bench

# meaning-preserving changes of every gold text (CRLF, NFD, tone marks, no-break and double spaces, PDF-like
# wrapping, bullets, BOM): F1 per change against the unchanged text, and each new miss
robust: $(STAMP)
	$(BIN)/python -m corpus.perturb --verbose

lint: $(STAMP)
	$(BIN)/ruff check baocao extract normalize store corpus tests

corpus: $(STAMP)
	$(BIN)/python -m corpus.render

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache baocao.db* demo.db*
