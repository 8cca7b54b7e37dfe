# The two commands a developer needs: `make run` and `make test`.
# Both create the virtual environment on first use and keep it in step with the pinned requirements.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench translations bundle package package-test clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The whole suite on SQLite, then the tests that work on a client book again on a real
# PostgreSQL server (tools/test-on-postgresql starts a throwaway one; skipped with a loud
# message where PostgreSQL is not installed, except in CI).
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen tools/test-on-postgresql $(BIN)/python $(PYTEST_ARGS)

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Each prints its figures and targets; they build large temporary databases (a few minutes).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.client_list
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.metrics
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.evaluation
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.portfolio
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.letters
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.importing
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.backup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.engines

# Refresh the .ts sources from the code (then translate the new strings in Qt Linguist:
# .venv/bin/pyside6-linguist resources/translations/clientela_es.ts), and compile the .qm
# files the app loads. A test fails while a Spanish string is untranslated or a .qm is stale.
TS := resources/translations/clientela_es.ts resources/translations/clientela_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate main.py ui/*.py -ts $(TS) -no-obsolete
	$(BIN)/pyside6-lrelease $(TS)

clean-venv:
	rm -rf $(VENV)

# The one-folder app bundle in dist/clientela (build.spec), from the pinned requirements.
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# dist/clientela_<version>_<arch>.deb from a fresh bundle (Debian/Ubuntu: dpkg-deb, objdump).
package: bundle
	$(BIN)/python packaging/linux/build_deb.py

# Build the .deb, install it on this machine (as root), run the installed `clientela self-test`
# offscreen, uninstall. About 3 minutes on 2 cores; .ci/run runs it when packaging changed.
package-test: package
	bash packaging/linux/package_test.sh
