"""Build the one-folder program (PyInstaller) and its archive; print the size and the time.

Usage: python scripts/build_bundle.py [--dist DIR] [--work DIR]

Writes ``DIR/fidelity-app/`` (macOS: also ``DIR/fidelity-app.app``) and
``DIR/fidelity-app-VERSION-SYSTEM-MACHINE.tar.gz`` (``.zip`` on Windows). Run it with the Python
that has the program and PyInstaller installed (``scripts/build_bundle.sh`` sets that up).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "fidelity-app.spec"
CACHE = ROOT / "build" / "pyinstaller-cache"
NAME = "fidelity-app"
SYSTEMS = {"linux": "linux", "win32": "windows", "darwin": "macos"}


def version() -> str:
    """The program's version, read from its one place (``fidelity_app/__init__.py``)."""
    sys.path.insert(0, str(ROOT))
    from fidelity_app import __version__

    return __version__


def folder_size(path: Path) -> int:
    """Bytes in every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive(dist: Path) -> Path:
    """Pack the built program: the .app on macOS, else the folder; zip on Windows."""
    system = SYSTEMS.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64")
    base = dist / f"{NAME}-{version()}-{system}-{machine}"
    top = f"{NAME}.app" if sys.platform == "darwin" else NAME
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=dist, base_dir=top))


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec from scratch; return the program's folder.

    Only PyInstaller's cache of processed libraries is kept between builds, in this
    checkout's ``build/`` (not the user's cache, which other builds may be clearing).
    """
    shutil.rmtree(work, ignore_errors=True)
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(CACHE)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   check=True, cwd=ROOT, env=env)
    folder = dist / NAME
    if sys.platform == "linux":
        strip_symbols(folder)
    return folder


def strip_symbols(folder: Path) -> None:
    """Drop the debugging symbols that Python and some extension modules carry (about 20 MB).

    Qt's libraries come without them. PyInstaller's own ``strip`` option is not used: it
    runs on those too and fails on some of them.
    """
    if not shutil.which("strip"):
        print("strip not found: the bundle keeps its debugging symbols", file=sys.stderr)
        return
    qt = folder / "_internal" / "PySide6" / "Qt"
    for library in folder.rglob("*.so*"):
        if library.is_file() and not library.is_symlink() and qt not in library.parents:
            result = subprocess.run(["strip", "--strip-unneeded", str(library)],
                                    capture_output=True, text=True, check=False)
            if result.returncode:
                print(f"not stripped: {library.name}: {result.stderr.strip()}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the program and its archive go (default: dist)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's working folder (default: build/bundle)")
    args = parser.parse_args(argv)
    start = time.monotonic()
    folder = build(args.dist.resolve(), args.work.resolve())
    packed = archive(args.dist.resolve())
    seconds = time.monotonic() - start
    mb = 1024 * 1024
    print(f"{folder}: {folder_size(folder) / mb:.1f} MB unpacked")
    print(f"{packed}: {packed.stat().st_size / mb:.1f} MB")
    print(f"built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
