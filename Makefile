# Sibina: the two quick-start commands (`make run`, `make test`) and the build (`make dist`).
# Each target creates .venv and installs what it needs, so it works on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TS     := $(wildcard resources/i18n/*.ts)
# lupdate refreshes Sibina's own texts only; qtbase_id.ts holds Qt's (Qt ships no Indonesian).
APP_TS := $(wildcard resources/i18n/sibina_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint translations dist dist-onefile benchmark clean

run: $(VENV)/.installed translations
	$(BIN)/python main.py $(ARGS)

test: $(VENV)/.installed-test translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (then translate the new strings in the .ts file).
update-translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -source-language id -target-language en app -ts $(APP_TS)

dist: $(VENV)/.installed-build translations
	$(BIN)/python build/build.py

dist-onefile: $(VENV)/.installed-build translations
	$(BIN)/python build/build.py --onefile

benchmark: $(VENV)/.installed-test $(VENV)/.installed-build translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

$(VENV)/.installed-build: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[build]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build/.work dist $(QM)
