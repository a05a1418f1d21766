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
# Tesseract's DLL (OCR of scans) imports the Visual C++ runtime; the app loads it from the runtime's bin folder
# before Tesseract (ingest/WindowsCppRuntime), so a workstation without the redistributable still reads scans.
# JDK builds usually carry these DLLs in java.base; copy them from the JDK or System32 when jlink did not.
foreach ($dll in "vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll") {
  if (-not (Test-Path "$out\runtime\bin\$dll")) {
    $from = @("$env:JAVA_HOME\bin\$dll", "$env:SystemRoot\System32\$dll") | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $from) { throw "$dll is neither in the JDK nor in System32: install the Visual C++ 2015-2022 x64 redistributable on the build machine" }
    Copy-Item $from "$out\runtime\bin\"
  }
}
jpackage --type app-image --name FazhiWorkbench --app-version $version --vendor "Fazhi Workbench" `
  --input "$out\input" --main-jar fazhi-workbench.jar --main-class cn.fazhi.workbench.Launcher `
  --runtime-image "$out\runtime" --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:NewSize=96m" `
  --add-launcher fazhi=installer\windows\fazhi.properties --dest $out
jpackage --type msi --name FazhiWorkbench --app-version $version --vendor "Fazhi Workbench" `
  --app-image "$out\FazhiWorkbench" --dest $out --win-menu --win-menu-group "Fazhi Workbench" `
  --win-shortcut --win-dir-chooser --win-upgrade-uuid 5f6b2a8e-3c1d-4e7a-9b0f-2d4c6e8a1b3c
# Smoke test of OCR through the image: a scan fixture must come back read by OCR. (A build machine has the
# redistributable in System32, so only a clean workstation shows that the runtime's own copies suffice.)
$scan = & "$out\FazhiWorkbench\fazhi.exe" extract src\test\resources\fixtures\scan-small.pdf | Out-String
if ($scan -notmatch '"format":"scan"') { throw "the scan was not read by OCR through the image: $scan" }
Get-ChildItem $out\*.msi
