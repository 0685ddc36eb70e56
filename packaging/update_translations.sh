#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the tr() strings in ui/, fill new zh_CN strings from
# packaging/fill_translations.py (add new ones to its table), then compile them to .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/i18n/*.ts; do
  pyside6-lupdate ui/*.py ui/*/*.py -ts "$ts" -no-obsolete
  python3 packaging/fill_translations.py "$ts"
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
for ts in resources/i18n/qt/*.ts; do  # words of Qt's own dialogs, written by hand (no lupdate)
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
