#!/usr/bin/env bash
# Run the whole test suite headless; installs what is missing first.
# Corpus tests run when WORKBENCH_CORPUS names the corpus folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec .venv/bin/python -m pytest "$@"
