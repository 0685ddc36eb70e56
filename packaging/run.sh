#!/usr/bin/env bash
# Open the workbench (on the default store unless --db is given); installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
exec .venv/bin/workbench "$@"
