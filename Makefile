# livret-qa — every command sets up what it needs first (a .venv with a CPU build of PyTorch).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
INDEX  ?= index
# The CPU build of PyTorch: a plain `torch` requirement would pull a multi-GB CUDA build.
TORCH  ?= torch==2.13.0

.DEFAULT_GOAL := help
.PHONY: help setup run index test test-fast lint format eval bench bench-serve bench-scale load compare-backends clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "$(TORCH)"
	$(BIN)/python -m pip install -q -e ".[dev]" "$(TORCH)"
	@$(BIN)/python -c "import torch; assert not torch.version.cuda, 'a CUDA build of torch slipped in'; print('torch', torch.__version__, '(CPU)')"
	@touch $(STAMP)

setup: $(STAMP) ## Create .venv and install livret-qa with a CPU PyTorch

run: $(STAMP) ## Start the assistant: chat UI + HTTP API (builds the index on first run)
	$(BIN)/livret-qa serve

index: $(STAMP) ## (Re)build the search index
	$(BIN)/livret-qa index --force

test: $(STAMP) ## Run every test: fast, slow (real model and index) and browser
	$(BIN)/python -m pytest -m "" -q

test-fast: $(STAMP) ## Run the fast tests only
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff check + format check + mypy (strict) on src/ + import layers
	$(BIN)/ruff check src app tests eval
	$(BIN)/ruff format --check src app tests eval
	$(BIN)/mypy src
	$(BIN)/lint-imports

format: $(STAMP) ## Apply ruff formatting and safe fixes
	$(BIN)/ruff check --fix src app tests eval
	$(BIN)/ruff format src app tests eval

eval: $(STAMP) ## Evaluate on eval/questions.jsonl and regenerate eval/report.*
	$(BIN)/livret-qa eval --out eval

bench: $(STAMP) ## Benchmark build time, cold start, latency, memory (writes eval/benchmark.json)
	$(BIN)/python eval/benchmark.py

bench-serve: $(STAMP) ## Server cold start to /health, RSS, first answer: 5 runs (eval/serve_benchmark.json)
	$(BIN)/python eval/bench_serve.py

bench-scale: $(STAMP) ## Scale benchmark, 1 → 10 → 100 synthetic booklets (eval/bench_scale.*)
	nice $(BIN)/python eval/bench_scale.py

load: $(STAMP) ## Load test the HTTP API on localhost (2,000 requests, concurrency 16)
	$(BIN)/python eval/load_test.py

compare-backends: $(STAMP) ## Dev-set hit@1 of the FAISS and Qdrant backends (eval/backends.json)
	$(BIN)/python eval/compare_backends.py

clean: ## Remove the built index and its embedding cache; the model cache is kept
	rm -rf $(INDEX)/current $(INDEX)/builds $(INDEX)/embeddings $(INDEX)/.current-* $(INDEX)/.lock
