# Builds the Windows installer of Fazhi Workbench (run in PowerShell on a Windows machine):
#   mvn -Pdist package        (builds the jar with JavaFX for Windows, then runs this script)
# or, with the jar already built: powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Needs: JDK 17 (jlink, jpackage) and the WiX Toolset 3.x on PATH (candle.exe, light.exe) for the .msi.
# Produces target\installer\FazhiWorkbench-<version>.msi: Start-menu entry, desktop shortcut, and the
# fazhi.exe command line next to FazhiWorkbench.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$out = "target\installer"
$modules = "java.base,java.desktop,java.management,java.net.http,java.prefs,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,java.naming,java.logging,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec"
$version = ([xml](Get-Content pom.xml)).project.version -replace "-SNAPSHOT", ""
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\legal" | Out-Null
Copy-Item target\fazhi-workbench.jar "$out\input\"
Copy-Item NOTICE, resources\fonts\OFL-NotoSansSC.txt, installer\licenses\* "$out\input\legal\"
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=zh,en --output "$out\runtime"
jpackage --type app-image --name FazhiWorkbench --app-version $version --vendor "Fazhi Workbench" `
  --input "$out\input" --main-jar fazhi-workbench.jar --main-class cn.fazhi.workbench.Launcher `
  --runtime-image "$out\runtime" --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:TieredStopAtLevel=1" `
  --add-launcher fazhi=installer\windows\fazhi.properties --dest $out
jpackage --type msi --name FazhiWorkbench --app-version $version --vendor "Fazhi Workbench" `
  --app-image "$out\FazhiWorkbench" --dest $out --win-menu --win-menu-group "Fazhi Workbench" `
  --win-shortcut --win-dir-chooser --win-upgrade-uuid 5f6b2a8e-3c1d-4e7a-9b0f-2d4c6e8a1b3c
Get-ChildItem $out\*.msi
