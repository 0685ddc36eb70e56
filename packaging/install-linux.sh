#!/usr/bin/env bash
# Put a built bundle in the user's applications menu (no root needed):
#   bash packaging/install-linux.sh [BUNDLE]      (default: dist/workbench, made by packaging/build.sh)
# Copies the bundle to ~/.local/share/bulletin-workbench, links its executable as ~/.local/bin/workbench,
# and installs the .desktop file, the AppStream metainfo and the icons. Run again to update;
# remove with:  bash packaging/install-linux.sh --uninstall
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
APP="$DATA/bulletin-workbench"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP" "$BIN/workbench" "$DATA/applications/bulletin-workbench.desktop" \
         "$DATA/metainfo/io.github.bulletin_workbench.metainfo.xml"
  find "$DATA/icons/hicolor" -name 'bulletin-workbench.*' -delete 2>/dev/null || true
  echo "removed Bulletin Workbench from $DATA"
  exit 0
fi

BUNDLE="${1:-dist/workbench}"
[ -x "$BUNDLE/workbench" ] || { echo "no bundle at $BUNDLE (build it: bash packaging/build.sh)" >&2; exit 2; }
mkdir -p "$APP" "$BIN" "$DATA/applications" "$DATA/metainfo"
rm -rf "$APP.new" && cp -a "$BUNDLE" "$APP.new" && rm -rf "$APP" && mv "$APP.new" "$APP"
ln -sf "$APP/workbench" "$BIN/workbench"
sed "s|^Exec=workbench|Exec=$APP/workbench|; s|^TryExec=workbench|TryExec=$APP/workbench|" \
  packaging/linux/bulletin-workbench.desktop > "$DATA/applications/bulletin-workbench.desktop"
cp packaging/linux/io.github.bulletin_workbench.metainfo.xml "$DATA/metainfo/"
for png in resources/icons/workbench-*.png; do
  size="${png##*-}"; size="${size%.png}"
  mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/bulletin-workbench.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp resources/icons/workbench.svg "$DATA/icons/hicolor/scalable/apps/bulletin-workbench.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "installed: $APP (menu: 公报工作台; command: $BIN/workbench)"
