#!/usr/bin/env bash
# Builds the offline installation of Fazhi Workbench on Linux (and macOS) from target/fazhi-workbench.jar:
#   1. a trimmed Java runtime (jlink) with only the modules the app uses,
#   2. an application image (jpackage --type app-image) with two launchers:
#      FazhiWorkbench (the window) and fazhi (the command line), both with the JIT's first tier only
#      (-XX:TieredStopAtLevel=1: decisions 0024 and 0030); the window also with a young generation of at
#      least 96 MB (-XX:NewSize=96m: decision 0032),
#   3. with --deb, a Debian package that installs both, a desktop-menu entry with its icon, and
#      /usr/bin/fazhi; it uninstalls cleanly.
# Everything it needs is in the JDK (jlink, jpackage); the .deb also needs fakeroot and dpkg-deb.
# Usage: installer/build.sh [--deb]        (run by `mvn -Pdist package`, which passes --deb)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/fazhi-workbench.jar
OUT=target/installer
NAME=FazhiWorkbench
# the project's version: the first <version> in pom.xml, without -SNAPSHOT
VERSION=$(grep -m1 -oE '<version>[0-9][0-9.]*' pom.xml | sed 's/<version>//')
# Modules found with `jdeps --print-module-deps --multi-release 17`, plus GBK/Big5 charsets, Chinese
# locale data, JNDI (POI/PDFBox probe it) and the zip file system.
MODULES=java.base,java.desktop,java.management,java.net.http,java.prefs,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,java.naming,java.logging,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec

[ -f "$JAR" ] || { echo "build the jar first: mvn -q package -DskipTests" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/input/legal"
cp "$JAR" "$OUT/input/"
# Third-party licences travel with the installed app (the About dialog shows NOTICE too).
cp NOTICE "$OUT/input/legal/"
cp resources/fonts/OFL-NotoSansSC.txt installer/licenses/* "$OUT/input/legal/"

echo "jlink: runtime with $MODULES"
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --include-locales=zh,en --output "$OUT/runtime"

echo "jpackage: application image"
jpackage --type app-image --name "$NAME" --app-version "$VERSION" \
    --vendor "Fazhi Workbench" --description "法治年报比对工作台 Fazhi Workbench" \
    --input "$OUT/input" --main-jar fazhi-workbench.jar --main-class cn.fazhi.workbench.Launcher \
    --runtime-image "$OUT/runtime" --icon installer/icons/fazhi.png \
    --java-options "-Dfile.encoding=UTF-8" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/fazhi.jsa' \
    --java-options "-XX:TieredStopAtLevel=1" \
    --java-options "-XX:NewSize=96m" \
    --add-launcher fazhi=installer/linux/fazhi.properties \
    --dest "$OUT"

# AppCDS (issue 17, decision 0020): the classes a window session loads, listed by a training run of the
# image's own runtime under Xvfb (the screenshot tour opens every screen, then quits). The list ships in the
# image; the archive itself is made where the app lives (it is only valid beside the jar it was made from):
# here for the image, by postinst for the .deb. Without an archive the launchers start as before.
# An absolute path: the archive records the class path it was dumped with and is refused (silently, without
# -Xshare:on) when that path does not exist, so a relative one worked only when started from the repository.
APP="$(pwd)/$OUT/$NAME/lib/app"
if command -v xvfb-run >/dev/null 2>&1; then
  echo "AppCDS: training run for the class list"
  TRAIN=$(mktemp -d)
  HOME="$TRAIN" xvfb-run -a -s "-screen 0 1366x768x24" "$OUT/$NAME/lib/runtime/bin/java" \
      -XX:DumpLoadedClassList="$APP/fazhi.classlist" -Djava.util.prefs.userRoot="$TRAIN/prefs" \
      -Dfazhi.screenshots="$TRAIN/shots" -jar "$APP/fazhi-workbench.jar" >"$TRAIN/training.log" 2>&1 \
      || { echo "AppCDS training run failed (the app works without it):"; tail -5 "$TRAIN/training.log"; rm -f "$APP/fazhi.classlist"; }
  rm -rf "$TRAIN"
else
  echo "AppCDS: no xvfb-run here, so no class list; the app starts without a shared archive"
fi

if [ "${1:-}" = "--deb" ]; then
  echo "jpackage: Debian package"
  jpackage --type deb --name fazhiworkbench --app-version "$VERSION" \
      --app-image "$OUT/$NAME" --dest "$OUT" --resource-dir installer/linux \
      --linux-shortcut --linux-menu-group "Office" --linux-app-category "office" \
      --linux-package-deps "libgtk-3-0, libfreetype6, libfontconfig1" \
      --description "法治年报比对工作台 Fazhi Workbench" --vendor "Fazhi Workbench" \
      --icon installer/icons/fazhi.png
fi

# The image's own archive, made after the .deb so the package carries only the list (postinst makes its own).
if [ -f "$APP/fazhi.classlist" ]; then
  "$OUT/$NAME/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP/fazhi.classlist" \
      -XX:SharedArchiveFile="$APP/fazhi.jsa" -cp "$APP/fazhi-workbench.jar" >/dev/null 2>&1 \
      && echo "AppCDS: archive $(du -h "$APP/fazhi.jsa" | cut -f1) for the image" \
      || echo "AppCDS: archive not made (the app works without it)"
fi

du -sh "$OUT/$NAME" | awk '{print "application image: " $1}'
{ ls -1 "$OUT"/*.deb 2>/dev/null || true; } | while read -r d; do du -h "$d" | awk '{print "installer: " $2 " " $1}'; done
