# Data är guld: every set-up step lives here, so `make lab` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP  := $(VENV)/.installed
PORT   ?= 8888
# Jupyter refuses to run as root unless told; containers and CI machines often are root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Python caches each module it compiles (__pycache__); with PYTHONDONTWRITEBYTECODE set (some
# containers and CI images set it) every kernel, server and test worker compiles pandas,
# matplotlib and Jupyter from source again: about 2.5 s of CPU per process instead of 0.1 s.
unexport PYTHONDONTWRITEBYTECODE
QUIET_LAB_EXTENSIONS := @jupyter/nbgrader @jupyter-notebook/lab-extension
QUIET_SERVER_EXTENSIONS := $(addprefix nbgrader.server_extensions.,formgrader assignment_list \
	course_list validate_assignment)

.PHONY: lab test test-fast install notebooks refresh answer-key slides html present progress world bench clean \
	handin class class-dashboard nbgrader

## Create the virtual environment and install the locked versions (skipped when nothing changed).
install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# uv also installs tools/ipython_kernel_config.py into $(VENV)/etc/ipython/, so every kernel
# loads the workbook's notebook help (see course_lib/core/notebook_help.py).
$(STAMP): $(BIN)/python pyproject.toml uv.lock tools/ipython_kernel_config.py
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(BIN)/uv sync --frozen --quiet
	@# nbgrader (a test tool, in the dev group) and the notebook package it needs bring their own
	@# JupyterLab extensions; switched off, so the learners' JupyterLab stays as it was.
	$(BIN)/jupyter labextension disable --level=sys_prefix $(QUIET_LAB_EXTENSIONS) >/dev/null 2>&1
	$(BIN)/jupyter server extension disable --sys-prefix $(QUIET_SERVER_EXTENSIONS) >/dev/null 2>&1
	@touch $(STAMP)

## Open the workbook in JupyterLab.
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks --port $(PORT) $(ROOT_FLAG)

# One pytest run on every core: unit, widget and browser tests, doctests, and each notebook
# executed twice in one kernel (nbval compares both runs with the stored outputs; the browser
# tests open the copy nbval saved, tests/executed.py). Test files and notebooks are shared out
# whole between the workers (--dist loadfile), in the order tests/slow_first.py gives them.
PYTEST_ALL := -n $(or $(JOBS),2) --dist loadfile --no-loadscope-reorder -p tests.slow_first -p tests.nbval_plugin --nbval --nbval-current-env \
	--nbval-sanitize-with tests/sanitize.cfg

## Every test: lint, unit and widget tests, notebooks (nbval, twice), parity, browser tests.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ALL) -q --durations=12 tests course_lib notebooks/sv notebooks/en

## Daily work: everything except the browser, whole notebooks and kernels (under a minute);
## property tests try a fifth of their examples (tests/examples.py).
test-fast: $(STAMP)
	$(BIN)/ruff check .
	COURSE_TESTS_FAST=1 $(BIN)/python -m pytest -n $(or $(JOBS),2) -q -m "not slow" tests course_lib

## Rebuild the notebooks from tools/notebook_src and re-execute them in place.
notebooks refresh: $(STAMP)
	$(BIN)/python tools/build_notebooks.py

## Teachers: the answer-key edition (solutions filled in and executed) in build/answer-key/.
answer-key: $(STAMP)
	$(BIN)/python tools/build_notebooks.py --edition answers --out build/answer-key

## Teachers: offline reveal.js slides in build/slides/ (fetches reveal.js once with npm).
slides: $(STAMP)
	$(BIN)/python tools/build_editions.py slides
	@echo "Open build/slides/index.html in a browser."

## Everyone: the whole workbook as static web pages in build/html/ (no Jupyter needed).
html: $(STAMP)
	$(BIN)/python tools/build_editions.py html
	@echo "Open build/html/index.html in a browser."

## Teachers: the segment builder and key pictures without code (Voilà). make present lang=en
lang ?= sv
present: $(STAMP)
	$(BIN)/python tools/presenter.py $(lang)
	cd build/presenter/$(lang) && ../../../$(BIN)/voila presenter.ipynb --port $(PORT) --Voila.ip=127.0.0.1

## Self-paced learners: every exercise's state. make progress lang=en
progress: $(STAMP)
	$(BIN)/python -m course_lib.overview --lang $(lang)

## Students: the file to hand in, my_work/handin-<name>.json. make handin name="Anna L" lang=en
name ?=
handin: $(STAMP)
	$(BIN)/python -m course_lib.classroom.handin --name "$(name)" --lang $(lang)

## Teachers: a folder of handed-in files -> summary, class-report.html and gradebook.csv in it.
## make class dir=inlamningar lang=en
dir ?=
class: $(STAMP)
	$(BIN)/python -m course_lib.teacher --dir "$(dir)" --lang $(lang)

## Teachers: the same class overview as a page without code (Voilà). make class-dashboard dir=…
class-dashboard: $(STAMP)
	$(BIN)/python tools/class_dashboard.py $(lang) "$(dir)"
	cd build/class-dashboard/$(lang) && ../../../$(BIN)/voila class_dashboard.ipynb --port $(PORT) \
		--Voila.ip=127.0.0.1

## Teachers: an nbgrader source course, one assignment per lesson, in build/nbgrader/ (lang=en).
nbgrader: $(STAMP)
	$(BIN)/python tools/build_nbgrader.py --lang $(lang)

## Regenerate the committed synthetic world in data/world/ (byte for byte the same).
world: $(STAMP)
	$(BIN)/python tools/make_world.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_world.py
	$(BIN)/python benchmarks/bench_segments.py
	$(BIN)/python benchmarks/bench_files.py

clean:
	rm -rf $(VENV)
