@echo off
rem The nanopos command on Windows: runs the built CLI (tools\NanoPos.Cli) directly, building it first when it is
rem missing or older than its sources. Usage: tools\nanopos.cmd [command] [options]
setlocal
set DOTNET_CLI_TELEMETRY_OPTOUT=1
set DOTNET_NOLOGO=1
set "here=%~dp0"
set "root=%~dp0.."
set "out=%root%\artifacts\bin\NanoPos.Cli\release"
set "dll=%out%\NanoPos.Cli.dll"
set "stamp=%out%\nanopos.stamp"

rem Up to date = the dll and the stamp exist and no file or folder under tools\, firmware\ or hal\ (nor the build
rem settings at the top) is newer than the stamp, the time the last successful build started (see tools/nanopos).
rem PowerShell does the comparison (cmd has no cheap way to compare file times); it stops at the first newer entry.
if not exist "%dll%" goto build
if not exist "%stamp%" goto build
powershell -NoProfile -NonInteractive -Command ^
  "$t=(Get-Item -LiteralPath $env:stamp).LastWriteTimeUtc; $skip='\\(bin|obj|node_modules|TestResults)(\\|$)';" ^
  "$n=Get-ChildItem -LiteralPath ($env:here+'.'),($env:root+'\firmware'),($env:root+'\hal'),($env:root+'\Directory.Build.props'),($env:root+'\global.json'),($env:root+'\NuGet.config') -Recurse -Force -ErrorAction SilentlyContinue |" ^
  "Where-Object { $_.LastWriteTimeUtc -gt $t -and $_.FullName -notmatch $skip } | Select-Object -First 1;" ^
  "if ($n) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
if not exist "%out%" mkdir "%out%"
if exist "%dll%" (
  echo nanopos: sources changed since the last build; building the tool... 1>&2
) else (
  echo nanopos: building the tool ^(first run, about a minute^)... 1>&2
)
type nul > "%out%\nanopos.stamp.building"
dotnet build "%here%NanoPos.Cli\NanoPos.Cli.csproj" -c Release -v q -nologo 1>&2
if errorlevel 1 (
  del "%out%\nanopos.stamp.building" 2>nul
  echo nanopos: the build failed ^(see above^). 1>&2
  exit /b 1
)
move /y "%out%\nanopos.stamp.building" "%stamp%" >nul

:run
dotnet "%dll%" %*
exit /b %errorlevel%
