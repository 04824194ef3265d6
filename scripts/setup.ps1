# Windows counterpart of scripts/setup.sh: the virtual environment in .venv with the program
# (with "test", the test tools; with "bundle", PyInstaller).
# Usage: scripts\setup.ps1 [app|test|bundle]
param([ValidateSet("app", "test", "bundle")][string]$Want = "app")
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

# $env:PYTHON, else the Python launcher (py), else python on the PATH
if ($env:PYTHON) { $python = @($env:PYTHON) }
elseif (Get-Command py -ErrorAction SilentlyContinue) { $python = @("py", "-3") }
else { $python = @("python") }
$pythonArgs = @($python | Select-Object -Skip 1)
& $python[0] @pythonArgs -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>$null
if ($LASTEXITCODE -ne 0) {
    Write-Error "fidelity_app needs Python 3.11 or newer (python.org, or: winget install Python.Python.3.11)."
    exit 1
}

$venvPython = ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    Invoke-Checked $python[0] ($pythonArgs + @("-m", "venv", ".venv"))
}
$stamp = ".venv\.installed-$Want"
if (-not (Test-Path $stamp) -or
        (Get-Item pyproject.toml).LastWriteTime -gt (Get-Item $stamp).LastWriteTime) {
    Invoke-Checked $venvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
    $target = if ($Want -eq "app") { "." } else { ".[$Want]" }
    Invoke-Checked $venvPython @("-m", "pip", "install", "-q", "-e", $target)
    New-Item -ItemType File -Force $stamp | Out-Null
}
