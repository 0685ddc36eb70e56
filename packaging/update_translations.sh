#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the tr() strings in ui/, then compile them to .qm.
# Edit the .ts (Qt Linguist or a text editor) between the two steps when strings change.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/i18n/*.ts; do
  pyside6-lupdate ui/*.py -ts "$ts"
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
