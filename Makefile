# The two commands of the README: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test lint unit

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

demo: install
	$(VENV)/bin/gridcc up --simulate

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy gridcc/domain dispatch/policy.py streams/merge.py streams/classifier

test: install lint
	bash scripts/ensure-services.sh
	$(VENV)/bin/pytest
