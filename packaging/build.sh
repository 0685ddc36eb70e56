#!/usr/bin/env bash
# Build the one-folder bundle a clerk is handed: dist/workbench/ with the executable `workbench`.
#   bash packaging/build.sh
# Makes a clean virtual environment (build/bundle-venv) with the workbench's run-time dependencies and
# PyInstaller only, writes the third-party list from what that environment holds, runs
# packaging/workbench.spec, and prints the bundle's size. Check it with: bash packaging/check_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=build/bundle-venv

bash packaging/setup.sh >/dev/null  # the system libraries Qt needs (and the developer venv; cheap when present)
"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.11,<6.23" 2>&1 | { grep -v "is ignored: it is neither" >&2 || true; }
"$VENV/bin/python" packaging/third_party.py build/THIRD_PARTY.md
if ! cmp -s build/THIRD_PARTY.md THIRD_PARTY.md; then
  echo "note: THIRD_PARTY.md differs from what this build bundles (versions moved); the bundle carries build/THIRD_PARTY.md" >&2
fi
WORKBENCH_THIRD_PARTY="$PWD/build/THIRD_PARTY.md" "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/workbench.spec
echo "bundle: dist/workbench ($(du -sh dist/workbench | cut -f1), $(find dist/workbench -type f | wc -l) files)"
