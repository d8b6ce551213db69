#!/usr/bin/env bash
# Install bizenv, ingest the seed texts and open the dashboard on them.
#   bash scripts/demo.sh            # then browse http://localhost:8501
# PORT=8600 or BIZENV_DB=/path/to/db.duckdb change where it serves and what it reads.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e .
export BIZENV_DB="${BIZENV_DB:-data/bizenv.duckdb}"
.venv/bin/bizenv ingest seeds/ --no-progress
exec .venv/bin/streamlit run app.py --server.port "${PORT:-8501}" --server.headless true \
  --browser.gatherUsageStats false
