#!/usr/bin/env bash
# Check a built bundle as a clerk's machine would run it: no PATH, no venv, no network, nothing but the
# folder. Reads a PDF with the bundle's `workbench text`, and a scan of its first page (OCR in the bundle's
# worker processes, with the models it carries), passes `workbench --smoke` headless, and prints the cold
# start (to the window shown with the sample) beside the same from the developer venv.
#   bash packaging/check_bundle.sh [PDF]     (default: data/sample_bulletin.pdf; CI passes a corpus PDF)
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=dist/workbench
PDF="${1:-data/sample_bulletin.pdf}"
[ -x "$BUNDLE/workbench" ] || { echo "no bundle: run bash packaging/build.sh" >&2; exit 2; }
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
bare() { env -i HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen "$@"; }

bare "$BUNDLE/workbench" --version
lines=$(bare "$BUNDLE/workbench" text "$(realpath "$PDF")" | grep -c .)
[ "$lines" -gt 0 ] || { echo "bundle: workbench text printed nothing for $PDF" >&2; exit 1; }
echo "bundle: workbench text $PDF: $lines lines"
SCAN="$HOME_DIR/scan.pdf"
build/bundle-venv/bin/python - "$(realpath "$PDF")" "$SCAN" <<'PY'
import sys, pymupdf
with pymupdf.open(sys.argv[1]) as source, pymupdf.open() as scan:
    image = source[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    scan.new_page(width=source[0].rect.width, height=source[0].rect.height).insert_image(source[0].rect, pixmap=image)
    scan.save(sys.argv[2])
PY
scanned=$(bare "$BUNDLE/workbench" text "$SCAN" | grep -c .)
[ "$scanned" -gt 0 ] || { echo "bundle: OCR of a scanned page printed nothing" >&2; exit 1; }
echo "bundle: workbench text on a scan of its first page (OCR): $scanned lines"
bare "$BUNDLE/workbench" batch import --local 1 --db "$HOME_DIR/batch.db" "$(realpath "$PDF")" 2>&1 | tail -1
[ -s "$HOME_DIR/batch.db" ] || { echo "bundle: batch import on a local Dask worker wrote no store" >&2; exit 1; }
echo "bundle: batch import on a local Dask worker of the bundle"
seconds() { local began=$EPOCHREALTIME; "$@" >/dev/null; awk -v a="$began" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
cold=$(seconds bare "$BUNDLE/workbench" --smoke)
bare "$BUNDLE/workbench" --smoke
venv="n/a"
[ -x .venv/bin/workbench ] && venv=$(seconds bare .venv/bin/workbench --smoke)
echo "bundle: $(du -sh "$BUNDLE" | cut -f1); start to the sample shown: bundle ${cold} s, venv ${venv} s"
