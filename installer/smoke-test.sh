#!/usr/bin/env bash
# Smoke test of the installed form of the app, run by CI after the tests:
#  - builds the application image (and the .deb with --deb) if needed,
#  - with no network at all (a network namespace with no interfaces: unshare -n), imports the sample
#    reports through the image's command line, lists them and writes an Excel export, reads a scanned
#    PDF by OCR,
#  - starts the window headless under Xvfb, also without network, from a moved copy of the image, lets it walk
#    every screen and exit, and checks the copy's shared class archive was remade for its new place,
#  - with --deb: installs the package, checks the menu entry, the icon and `fazhi` on the PATH,
#    runs it, and uninstalls it, checking nothing is left behind.
# Fails on the first step that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=target/installer/FazhiWorkbench
DEB_WANTED=${1:-}
if [ ! -x "$APP/bin/fazhi" ] || { [ "$DEB_WANTED" = "--deb" ] && ! ls target/installer/*.deb >/dev/null 2>&1; }; then
  installer/build.sh $DEB_WANTED
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
NONET="unshare -n"
if ! unshare -n true 2>/dev/null; then
  echo "note: cannot create a network namespace here; running with the network" >&2
  NONET=""
fi
export FAZHI_WORKSPACE="$TMP/ws.db"

test -f "$APP/lib/app/legal/NOTICE" && test -f "$APP/lib/app/legal/GPL-2.0-with-Classpath-Exception.txt"

# AppCDS: when the build recorded a class list, the image's archive must be usable (-Xshare:on fails if not)
cds_usable() {  # $1: the app directory holding the jar, the list and the archive
  [ ! -f "$1/fazhi.classlist" ] && return 0
  # from another folder, as a user starts it: an archive that recorded a relative class path fails here
  local dir; dir=$(cd "$1" && pwd)
  (cd / && "$dir/../runtime/bin/java" -XX:SharedArchiveFile="$dir/fazhi.jsa" -Xshare:on \
      -cp "$dir/fazhi-workbench.jar" cn.fazhi.workbench.Launcher --version >/dev/null)
}
cds_usable "$APP/lib/app" || { echo "the image's shared class archive is not usable" >&2; exit 1; }

echo "== command line of the image, no network"
$NONET "$APP/bin/fazhi" import --no-samples resources/samples
$NONET "$APP/bin/fazhi" reports
$NONET "$APP/bin/fazhi" export --year 2022 --out "$TMP/compare.xlsx"
test -s "$TMP/compare.xlsx"

echo "== a scanned PDF read by OCR through the image (system libtesseract5, shipped chi_sim model), no network"
$NONET "$APP/bin/fazhi" extract src/test/resources/fixtures/scan-small.pdf > "$TMP/scan.json"
grep -q '"format":"scan"' "$TMP/scan.json" && grep -q '"flags":\["ocr"' "$TMP/scan.json" \
  || { echo "the scan was not read by OCR: $(cat "$TMP/scan.json")" >&2; exit 1; }

echo "== the window, headless (Xvfb), no network, from a copy of the image moved elsewhere"
# A moved copy's archive is refused (it records the jar's place); the window remakes it when it closes (issue 12).
MOVED="$TMP/moved/FazhiWorkbench"
mkdir -p "$TMP/moved" && cp -r "$APP" "$MOVED"
JAVA_TOOL_OPTIONS="-Dfazhi.screenshots=$TMP/shots" $NONET \
  xvfb-run -a -s "-screen 0 1366x768x24" "$MOVED/bin/FazhiWorkbench" 2>&1 | grep -E "startup|screenshot" || true
shots=$(ls "$TMP"/shots/*.png 2>/dev/null | wc -l)
[ "$shots" -ge 8 ] || { echo "the window did not show every screen ($shots screenshots)" >&2; exit 1; }
cds_usable "$MOVED/lib/app" || { echo "the moved image's shared class archive was not remade" >&2; exit 1; }
rm -rf "$TMP/moved"

if [ "$DEB_WANTED" = "--deb" ]; then
  echo "== the Debian package: install, use, uninstall"
  debs=(target/installer/*.deb)
  DEB=${debs[0]}
  # A desktop has these; a bare CI machine does not, and the menu entry needs them.
  mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
  dpkg-deb -f "$DEB" Recommends | grep -q libtesseract5
  dpkg -i "$DEB"
  test -x /usr/bin/fazhi
  grep -q "Name=法治年报比对工作台" /usr/share/applications/fazhiworkbench-FazhiWorkbench.desktop
  test -f /opt/fazhiworkbench/lib/FazhiWorkbench.png
  cds_usable /opt/fazhiworkbench/lib/app || { echo "postinst made no usable shared class archive" >&2; exit 1; }
  FAZHI_WORKSPACE="$TMP/ws2.db" $NONET fazhi import --no-samples resources/samples/003_46c221f3d7d0f561.txt
  dpkg -r fazhiworkbench
  test ! -e /usr/bin/fazhi
  test ! -e /opt/fazhiworkbench
  test ! -e /usr/share/applications/fazhiworkbench-FazhiWorkbench.desktop
fi
echo "smoke test passed"
