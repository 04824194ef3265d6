"""Run the benchmarks and print a table: ``.venv/bin/python -m bench`` (from the project root).

Every figure runs in a fresh process; its peak memory is that process's maximum resident set
(``getrusage``), so it includes Python, Qt and SQLAlchemy themselves. Start-up is measured from
the moment the process is started to the moment its window has been painted and its event loop
has run a queued timer, against a bare PySide6 window (whose script also imports
``sqlalchemy.orm``) started the same way, alternately, in the same run. The generated databases
are kept in ``bench/.cache`` (delete it to make them anew).

Options: ``--quick`` (fewer start-up runs), ``--only NAME[,NAME]``, ``--markdown FILE`` (also
write the table and the machine as Markdown). ``--only server`` runs the figures on a PostgreSQL
database of 100,000 reviews in a throwaway cluster (``bench.serverdb``; not part of a run
without ``--only``, it needs PostgreSQL installed: ``scripts/pg_cluster.sh install``).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.largedb import CACHE, cached_db

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
MEMORY_LIMIT_MB = 250


@dataclass
class Row:
    """One line of the table."""

    figure: str
    value: str
    target: str
    passed: bool | None  # None: a reference, no target
    memory_mb: float | None
    note: str = ""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def percentile(samples: list[float], share: float) -> float:
    """The ``share`` (0-1) percentile by the nearest-rank method."""
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def _env(home: Path) -> dict[str, str]:
    """The children's environment: offscreen Qt and settings of their own (no recent files,
    no window positions, no last review of the user's own program)."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "PYTHONPATH": str(ROOT)}


def run_child(args: list[str], env: dict[str, str]) -> tuple[dict, float, float]:
    """Run ``python ARGS``; its last JSON line, its start time and its peak memory in MB."""
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()  # reaps the child: its rusage is read below from wait4
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{err[-3000:]}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1])
    return result, started, result.get("maxrss_kb", 0) / 1024


def run_figure(name: str, env: dict[str, str], module: str = "bench.figures"
               ) -> tuple[dict, float]:
    """Run one in-process figure (of ``module``) in a fresh process; its result and peak
    memory in MB."""
    with tempfile.TemporaryFile("w+") as errors:
        proc = subprocess.Popen([sys.executable, "-m", module, name], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=errors, text=True)
        out = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own peak memory
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"figure {name} failed:\n{errors.read()[-3000:]}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]), usage.ru_maxrss / 1024


def copy_of(source: Path) -> Path:
    """A copy of a generated database in a work folder of its own (removed at the end)."""
    folder = Path(tempfile.mkdtemp(prefix="run-", dir=CACHE))
    shutil.copyfile(source, folder / "fidelity.db")
    return folder / "fidelity.db"


def startup_rows(runs: int, env: dict[str, str]) -> list[Row]:
    """Start-up to the window painted and responsive: baseline, program, program on 20,000."""
    # copies: the program's daily backup goes beside them, not into the cache
    small = copy_of(cached_db(10, 10, name="small"))
    large = copy_of(cached_db(2000, 10))
    kinds = {"baseline": ["bench/startup_child.py", "baseline"],
             "small": ["bench/startup_child.py", "app", str(small)],
             "large": ["bench/startup_child.py", "app", str(large)]}
    times: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}  # the child's own, less load-bound
    memory: dict[str, float] = dict.fromkeys(kinds, 0.0)
    rows: dict[str, int] = {}
    for _ in range(runs):
        for kind, args in kinds.items():
            result, started, peak = run_child(args, env)
            times[kind].append(result["ready"] - started)
            cpu[kind].append(result["cpu"])
            memory[kind] = max(memory[kind], peak)
            rows[kind] = result["rows"]
    base = statistics.median(times["baseline"])
    base_cpu = statistics.median(cpu["baseline"])
    out = [Row("start-up: bare PySide6 window + sqlalchemy.orm (baseline)", _ms(base),
               "reference", None, memory["baseline"],
               f"median of {runs}; CPU time to the painted window {_ms(base_cpu)}")]
    for kind, what in (("small", "100 reviews"), ("large", "20,000 reviews")):
        value = statistics.median(times[kind])
        out.append(Row(f"start-up: the program, list filled ({what})",
                       f"{_ms(value)} = {value / base:.2f}x", f"<= 1.5x baseline "
                       f"({_ms(1.5 * base)})", value <= 1.5 * base, memory[kind],
                       f"median of {runs}; {rows[kind]} reviews listed; CPU time to the "
                       f"painted window {_ms(statistics.median(cpu[kind]))} = "
                       f"{statistics.median(cpu[kind]) / base_cpu:.2f}x"))
    return out


# name, figure text, statistic, limit in seconds
FIGURES = (
    ("edit", "one score edit, durably committed (median; p99)", "median+p99", 0.010),
    ("next-item", "next item in the scoring view (PageDown to painted)", "median", 0.050),
    ("report-one", "report PDF, one review (median; first in session)", "median+first", 1.0),
    ("report-service", "report PDF, service with 10 reviews (trend)", "median+first", 1.0),
    ("report-limits", "report PDF, texts at the limits on one line (median; first)",
     "median+first", 5.0),
    ("large-open", "20,000 reviews: open the program (open_app + window painted)", "median",
     0.300),
    ("large-filter", "20,000 reviews: list_reviews(ReviewFilter(text=...))", "cases", 0.300),
    ("large-filter-gui", "20,000 reviews: search typed in the list, painted", "cases", 0.300),
    ("large-sort-gui", "20,000 reviews: sort the list by a column, painted", "cases", 0.300),
    ("large-service-page", "20,000 reviews: service page (history)", "cases", 0.300),
    ("large-summary", "20,000 reviews: summary()", "median", 0.300),
)


# on a PostgreSQL database of 100,000 reviews (bench.server_figures), only with --only server
SERVER_FIGURES = (
    ("server-list", "PostgreSQL, 100,000 reviews: the list (count + first page)", "median",
     0.300),
    ("server-search", "PostgreSQL, 100,000 reviews: a search (order + first page)", "cases",
     0.300),
    ("server-sort", "PostgreSQL, 100,000 reviews: sort by total / band (+ first page)", "cases",
     0.300),
    ("server-service-page", "PostgreSQL, 100,000 reviews: service page (history)", "cases",
     0.300),
    ("server-summary", "PostgreSQL, 100,000 reviews: summary() (all dates, periods)", "cases",
     0.300),
    ("server-standing", "PostgreSQL, 100,000 reviews: comparisons.standing(service)", "cases",
     0.300),
    ("server-push", "PostgreSQL, 100,000 reviews: push one review from a local file",
     "median", 0.300),
    ("server-as-reviewer", "PostgreSQL, 100,000 reviews, a reviewer's login (row-level "
     "security)", "cases", 0.300),
    ("server-as-service", "PostgreSQL, 100,000 reviews, a service's login (row-level "
     "security)", "cases", 0.300),
)


def server_rows(env: dict[str, str]) -> list[Row]:
    """The figures on a PostgreSQL database generated in a throwaway cluster (stopped and
    removed at the end)."""
    from bench.server_figures import SIZE
    from bench.serverdb import Cluster, generate

    with Cluster() as cluster:
        target = cluster.create_database("fidelity_bench")
        saved = os.environ.get("PGPASSFILE")
        os.environ["PGPASSFILE"] = cluster.env["PGPASSFILE"]
        try:
            started = time.monotonic()
            generate(target, *SIZE)
            made = time.monotonic() - started
        finally:
            if saved is None:
                os.environ.pop("PGPASSFILE")
            else:
                os.environ["PGPASSFILE"] = saved
        env = {**env, "PGPASSFILE": cluster.env["PGPASSFILE"], "FIDELITY_BENCH_SERVER": target}
        rows = [Row(f"PostgreSQL: generate {SIZE[0]:,} services x {SIZE[1]} reviews (COPY)",
                    _ms(made), "reference", None, None,
                    f"PostgreSQL {cluster.version()} on a Unix socket, run with fsync, "
                    "synchronous_commit and full_page_writes off (a throwaway cluster); "
                    "server init, then COPY, VACUUM ANALYZE; the figures connect as the "
                    "superuser (row-level security not applied)")]
        for name, text, statistic, limit in SERVER_FIGURES:
            print(f"{name}...", flush=True)
            rows.append(figure_row(name, text, statistic, limit, env,
                                   module="bench.server_figures"))
    return rows


def figure_row(name: str, text: str, statistic: str, limit: float,
               env: dict[str, str], module: str = "bench.figures") -> Row:
    result, peak = run_figure(name, env, module)
    if "cases" in result:  # judged by the slowest case's median (a stray slow run is noise)
        medians = {case: statistics.median(s) for case, s in result["cases"].items()}
        worst = max(medians, key=medians.__getitem__)
        runs = sum(len(s) for s in result["cases"].values())
        return Row(text, f"{_ms(medians[worst])} (slowest: {worst})", f"< {_ms(limit)} each",
                   medians[worst] < limit, peak,
                   f"{len(medians)} cases, {runs} runs; median per {result.get('note', '')}: "
                   + ", ".join(f"{case} {_ms(m)}" for case, m in medians.items()))
    samples = result["samples"]
    median = statistics.median(samples)
    if statistic == "median+p99":
        p99 = percentile(samples, 0.99)
        value, judged = f"{median * 1000:.1f} ms; p99 {p99 * 1000:.1f} ms", median
    elif statistic == "median+first":
        value, judged = f"{_ms(median)}; first {_ms(result['first'])}", max(
            median, result["first"])
    else:
        value, judged = _ms(median), median
    note = f"{len(samples)} runs; {result.get('note', '')}".strip("; ")
    target = f"< {_ms(limit)}" + (" (median)" if statistic == "median+p99" else "")
    return Row(text, value, target, judged < limit, peak, note)


def machine() -> list[str]:
    """What the figures were taken on."""
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor() or "unknown")
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages / 1024 ** 3:.1f} GiB RAM"
    except (ValueError, OSError):
        ram = "RAM unknown"
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion
    from sqlalchemy import __version__ as sqlalchemy

    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}, {ram}",
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"Qt {qVersion()} (PySide6 {pyside}), SQLAlchemy {sqlalchemy}, "
        f"SQLite {__import__('sqlite3').sqlite_version}",
        f"load average at the end {load}; {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
    ]


def table(rows: list[Row]) -> list[str]:
    """The rows as a Markdown table (it reads as plain text too)."""
    head = ("Figure", "Measured", "Target", "Pass", "Peak memory")
    body = [(r.figure, r.value, r.target,
             "-" if r.passed is None else ("pass" if r.passed else "FAIL"),
             "-" if r.memory_mb is None else
             f"{r.memory_mb:.0f} MB" + ("" if r.memory_mb < MEMORY_LIMIT_MB else " FAIL"))
            for r in rows]
    widths = [max(len(x[i]) for x in (head, *body)) for i in range(len(head))]
    line = lambda cells: "| " + " | ".join(  # noqa: E731
        c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"
    return [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
            *(line(b) for b in body)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 start-up runs instead of 9")
    parser.add_argument("--only", default="", help="comma-separated: startup, server and/or "
                        "figure names (" + ", ".join(name for name, *_ in FIGURES) + ")")
    parser.add_argument("--markdown", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    if not only or only - {"server"}:
        print("Preparing the generated databases (the first run takes a minute)...",
              flush=True)
        cached_db(10, 10, name="small")
        cached_db(2000, 10)
    # As installed (pip writes the .pyc files), the program's modules are compiled once; with
    # PYTHONDONTWRITEBYTECODE set, a checkout would compile them again at every start, which
    # the baseline (site-packages only, all compiled) never pays.
    compileall.compile_dir(ROOT / "fidelity_app", quiet=1)
    CACHE.mkdir(exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="home-", dir=CACHE))
    env = _env(home)
    rows: list[Row] = []
    try:
        if not only or "startup" in only:
            print("start-up...", flush=True)
            rows += startup_rows(3 if args.quick else 9, env)
        for name, text, statistic, limit in FIGURES:
            if not only or name in only:
                print(f"{name}...", flush=True)
                rows.append(figure_row(name, text, statistic, limit, env))
        if "server" in only:
            print("server: generating the PostgreSQL database (a few minutes)...", flush=True)
            rows += server_rows(env)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        for work in CACHE.glob("run-*"):
            shutil.rmtree(work, ignore_errors=True)
        for work in CACHE.glob("report-*"):
            shutil.rmtree(work, ignore_errors=True)
    lines = table(rows)
    print()
    print("\n".join(lines))
    print(f"\nPeak memory target: < {MEMORY_LIMIT_MB} MB per figure (its whole process).")
    for line in machine():
        print(line)
    notes = [f"- {r.figure}: {r.note}" for r in rows if r.note]
    print("\n".join(notes))
    if args.markdown:
        args.markdown.write_text(
            "\n".join([*lines, "", *(f"- {m}" for m in machine()), "", *notes, ""]), "utf-8")
    return 0 if all(r.passed is not False for r in rows) and all(
        r.memory_mb is None or r.memory_mb < MEMORY_LIMIT_MB for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
