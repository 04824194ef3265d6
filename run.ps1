# Set everything up (first time only) and start fidelity_app. Arguments go to the program.
# Windows counterpart of ./run.sh: powershell -ExecutionPolicy Bypass -File .\run.ps1
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
& "$PSScriptRoot\scripts\setup.ps1" app
& ".venv\Scripts\fidelity-app.exe" @args
exit $LASTEXITCODE
