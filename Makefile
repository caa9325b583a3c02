# Data är guld: every set-up step lives here, so `make lab` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP  := $(VENV)/.installed
PORT   ?= 8888
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: lab test install lint unit notebooks-test refresh notebooks bench clean

## Create the virtual environment and install the locked versions (skipped when nothing changed).
install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml uv.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv sync --frozen --quiet
	@touch $(STAMP)

## Open the workbook in JupyterLab.
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

## Every test: lint, unit and widget tests, notebooks (nbval), parity, browser smoke test.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval --nbval-current-env \
		--nbval-sanitize-with tests/sanitize.cfg notebooks/sv notebooks/en -q

## Rebuild the notebooks from tools/notebook_src and re-execute them in place.
notebooks refresh: $(STAMP)
	$(BIN)/python tools/build_notebooks.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_world.py
	$(BIN)/python benchmarks/bench_segments.py

clean:
	rm -rf $(VENV)
