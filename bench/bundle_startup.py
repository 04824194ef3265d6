"""Start-up of the bundled program beside the same program from the virtual environment.

``.venv/bin/python -m bench.bundle_startup [--runs N] [--bundle PATH]`` (after
``scripts/build_bundle.sh``). Each run starts ``fidelity-app --db DB --quit-when-shown`` as a
fresh process, offscreen, on a copy of the benchmarks' small database (100 reviews), and takes
the time from starting the process to its exit: the window has been built, shown, closed
and its database closed. The two commands run alternately; the table gives medians and each
process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.largedb import CACHE, cached_db

ROOT = Path(__file__).resolve().parent.parent
VENV_COMMAND = Path(sys.executable).with_name("fidelity-app")
BUNDLE_COMMAND = ROOT / "dist" / "fidelity-app" / "fidelity-app"


def start_once(command: Path, db: Path, home: Path) -> tuple[float, float]:
    """Seconds from start to exit of one start-and-quit, and its peak memory in MB."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    proc = subprocess.Popen([str(command), "--db", str(db), "--quit-when-shown"], env=env,
                            cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{command} failed with exit code {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bundle_startup",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="starts of each (default: 9)")
    parser.add_argument("--bundle", type=Path, default=BUNDLE_COMMAND,
                        help="the bundled executable (default: dist/fidelity-app/fidelity-app)")
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        raise SystemExit(f"{args.bundle} is missing: build it with scripts/build_bundle.sh")
    commands = {"from the virtual environment (.venv/bin/fidelity-app)": VENV_COMMAND,
                "the bundle": args.bundle}
    source = cached_db(10, 10, name="small")
    work = Path(tempfile.mkdtemp(prefix="bundle-", dir=CACHE))
    try:
        times: dict[str, list[float]] = {name: [] for name in commands}
        memory = dict.fromkeys(commands, 0.0)
        for run in range(args.runs + 1):  # the first round warms the disk cache, uncounted
            for number, (name, command) in enumerate(commands.items()):
                home = work / f"home-{run}-{number}"
                home.mkdir()
                db = home / "fidelity.db"
                shutil.copyfile(source, db)
                seconds, peak = start_once(command, db, home)
                if run:
                    times[name].append(seconds)
                    memory[name] = max(memory[name], peak)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| Start-up to the window shown, closed and exited (100 reviews) | Median | Range "
          "| Peak memory |")
    print("|---|---|---|---|")
    for name, samples in times.items():
        print(f"| {name} | {statistics.median(samples) * 1000:.0f} ms "
              f"| {min(samples) * 1000:.0f}-{max(samples) * 1000:.0f} ms "
              f"| {memory[name]:.0f} MB |")
    print(f"\nthe bundle: {args.bundle}\n{args.runs} runs of each, alternately; "
          "load average at the end "
          + " / ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
