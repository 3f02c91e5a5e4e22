@echo off
rem The nanopos command on Windows: builds the host CLI if needed and runs it.
dotnet run --project "%~dp0NanoPos.Cli\NanoPos.Cli.csproj" -c Release --no-launch-profile -v q -- %*
