# Build the standalone Sibina program on Windows (PowerShell 5+ or 7, Python 3.11+ from python.org).
#
#   powershell -ExecutionPolicy Bypass -File build\build_windows.ps1            # dist\sibina\
#   powershell -ExecutionPolicy Bypass -File build\build_windows.ps1 -OneFile   # dist\onefile\sibina.exe
#
# Creates .venv, installs Sibina with the build extra, compiles the translations, runs PyInstaller
# through build\build.py (the same spec as on Linux), then runs the built program's self-test.
# Result: dist\sibina\sibina.exe (windowed, for staff) and dist\sibina\sibina-cli.exe (console:
# command line and --self-test) with their _internal\ folder; zip dist\sibina to hand it out.
param(
    [switch]$OneFile,
    [switch]$Clean,
    [string]$Python = "py -3.11"
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    $launcher, $launcherArgs = $Python -split " "
    Invoke-Checked $launcher (@($launcherArgs) + @("-m", "venv", ".venv"))
    Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
}
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "-e", ".[build]")

# Compile the translations (what `make translations` does).
foreach ($ts in Get-ChildItem resources\i18n\*.ts) {
    $qm = [System.IO.Path]::ChangeExtension($ts.FullName, ".qm")
    Invoke-Checked ".venv\Scripts\pyside6-lrelease.exe" @("-silent", $ts.FullName, "-qm", $qm)
}

$buildArgs = @("build\build.py")
if ($OneFile) { $buildArgs += "--onefile" }
if ($Clean) { $buildArgs += "--clean" }
Invoke-Checked $venvPython $buildArgs

if ($OneFile) {
    Write-Host "Built dist\onefile\sibina.exe (windowed; use the one-folder build for the CLI)."
} else {
    Invoke-Checked "dist\sibina\sibina-cli.exe" @("--self-test")
    $zip = "dist\sibina-windows.zip"
    if (Test-Path $zip) { Remove-Item $zip }
    Compress-Archive -Path dist\sibina -DestinationPath $zip
    $mb = [math]::Round((Get-Item $zip).Length / 1MB, 1)
    Write-Host "Built dist\sibina\ and $zip ($mb MB). Copy the folder to the facility PC."
}
