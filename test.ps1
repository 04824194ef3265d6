# Set everything up (first time only), check the code with ruff and run the test suite.
# Windows counterpart of ./test.sh: powershell -ExecutionPolicy Bypass -File .\test.ps1
# The tests of the built bundle and wheel (marked "packaging") run on Linux only.
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
& "$PSScriptRoot\scripts\setup.ps1" test
& ".venv\Scripts\ruff.exe" check .
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$env:QT_QPA_PLATFORM = "offscreen"
& ".venv\Scripts\python.exe" -m pytest -n 2 -p no:cacheprovider -m "not packaging" @args
exit $LASTEXITCODE
