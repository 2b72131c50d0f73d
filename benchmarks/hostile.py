"""Hostile inputs at two sizes: wall time, peak memory and exit code of the real CLI, one child per case.

    .venv/bin/python benchmarks/hostile.py [--case NAME ...] [--small] [--timeout 120] [--code DIR] [--workers N]

Each case writes its input into a temporary folder and runs ``python -m attribution report ... --engine
spacy -q`` in a child process (``--code DIR`` runs another checkout's package, for before/after figures).
The child's peak resident memory comes from ``os.wait4``; a child still running at ``--timeout`` seconds is
killed (reported as ``timeout``), and its address space is capped at 6 GiB so a runaway case cannot take
the shared machine down. The acceptance for every case is "under 60 s and 2 GB, exit 0 or a
one-line reason" (issue 14); the last column says whether it holds. ``--small`` runs the small size only
(what ``tests/hardening/`` runs). ``--workers N`` runs the throughput cases (``tiny-files``,
``near-dupes``) with ``--workers N`` (default 1, the CLI's default). Never asserts: it prints.

Cases (small size / large size):

* ``chain``: one sentence of N "according to X, citing Y" links (300 / 2,500)
* ``long-line``: one line of N characters of news prose, no line break (200,000 / 2,000,000)
* ``quotes``: N nested and unbalanced quote marks in one paragraph (2,000 / 40,000)
* ``tiny-files``: N files of one short sentence each (1,000 / 100,000)
* ``near-dupes``: N near-identical articles (one number differs) (1,000 / 30,000)
* ``deep-html``: HTML with the story nested N elements deep (300 / 5,000)
* ``link-loop``: a folder with a link to itself, read through a recursive glob
* ``fifo-input``: a FIFO among the inputs (refused by type, never opened)
* ``cache-fifo`` / ``cache-zero``: a cache entry that is a FIFO / a link to /dev/zero
* ``killed-worker``: ``--workers 2`` with a worker killed (SIGKILL) on one article
* ``sigterm``: SIGTERM to a ``--workers 2`` run in the middle: it must end within seconds
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_S, LIMIT_MIB = 60.0, 2048.0
PROSE = (
    "The harbour authority said on Monday that forty containers fell into the sea during the storm and "
    "that two crew members were injured according to the coast guard while officials at the port confirmed "
    "the figures in a statement "
)


@dataclass
class Outcome:
    code: int | str
    seconds: float
    peak_mib: float
    err: str
    #: CPU seconds (user + system) of the case's process and its waited-for children (pool workers): a
    #: steadier figure than wall time on a shared machine
    cpu: float = 0.0


def _run(argv: list[str], code_dir: Path, timeout: float, *, cwd: Path, env: dict[str, str] | None = None,
         prelude: str = "", after: Callable[[subprocess.Popen[bytes]], None] | None = None) -> Outcome:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); " + prelude +
        "from attribution.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    full_env = {**os.environ, **(env or {})}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errf:
        child = subprocess.Popen([sys.executable, "-c", script, str(code_dir), *argv], cwd=cwd, env=full_env,
                                 stdout=subprocess.DEVNULL, stderr=errf, start_new_session=True,
                                 preexec_fn=_cap_memory)
        if after is not None:
            after(child)
        code: int | str = "timeout"
        peak = cpu = 0.0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
                child.returncode = code
                break
            if time.perf_counter() - start > timeout:
                os.killpg(child.pid, signal.SIGKILL)
                _pid, status, usage = os.wait4(child.pid, 0)
                peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
                child.returncode = -9
                break
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        try:  # the group's stragglers (pool workers) must not outlive the case
            os.killpg(child.pid, signal.SIGKILL)
        except OSError:
            pass
        errf.seek(0)
        err = errf.read().decode("utf-8", "replace")
    return Outcome(code, seconds, peak, err, cpu)


#: Address-space cap of a case's process (the machine is shared: a runaway case must not take it down).
MEMORY_CAP = 6 * 1024**3


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _force(code: Path) -> list[str]:
    """``--force-workers`` where the checkout has it (older ones did not cap ``--workers``)."""
    cli = code / "attribution" / "cli.py"
    return ["--force-workers"] if cli.is_file() and "--force-workers" in cli.read_text(encoding="utf-8") else []


#: ``--workers`` for the throughput cases (set from the command line).
WORKERS = 1


def _workers(code: Path) -> list[str]:
    return [] if WORKERS == 1 else ["--workers", str(WORKERS), *_force(code)]


def _report(folder: Path, cache: Path, *extra: str) -> list[str]:
    return ["report", str(folder), "--engine", "spacy", "-q", "--cache-dir", str(cache), "-o",
            str(folder.parent / "out.md"), *extra]


# -- the cases: each writes its input under ``base`` and returns the outcome --------------------------------
def case_chain(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    links = ", ".join(f"citing officials in ministry {k}, according to agency {k}" for k in range(n))
    (d / "chain.txt").write_text(f"The bridge collapsed, {links}, the report said.\n", encoding="utf-8")
    return _run(_report(d, base / "cache"), code, timeout, cwd=base)


def case_long_line(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    text = (PROSE * (n // len(PROSE) + 1))[:n]
    (d / "line.txt").write_text(text + "\n", encoding="utf-8")
    return _run(_report(d, base / "cache", "--max-bytes", str(4 * n + 1000)), code, timeout, cwd=base)


def case_quotes(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    marks = "\"‘“«»”’'"
    body = " ".join(f"{marks[k % len(marks)]}word{k} said the minister" for k in range(n))
    (d / "quotes.txt").write_text(f"{body}.\n", encoding="utf-8")
    return _run(_report(d, base / "cache"), code, timeout, cwd=base)


def case_tiny_files(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    for k in range(n):
        (d / f"t{k:06d}.txt").write_text(f"The mayor said {k} homes were flooded.\n", encoding="utf-8")
    return _run(_report(d, base / "cache", *_workers(code)), code, timeout, cwd=base)


def case_near_dupes(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    lines = []
    for k in range(n):
        text = (f"The harbour authority said on Monday that {40 + k} containers fell into the sea during the storm. "
                "According to the coast guard, two crew members were injured.")
        lines.append(json.dumps({"id": f"a{k:06d}", "text": text}))
    (d / "dupes.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _run(_report(d, base / "cache", "--max-bytes", str(200 * n + 10_000), *_workers(code)), code, timeout,
                cwd=base)


def case_deep_html(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    story = "<p>The mayor said on Monday that the bridge would reopen in May, according to the city.</p>"
    html = "<html><body>" + "<div>" * n + story + "</div>" * n + "</body></html>"
    (d / "deep.html").write_text(html, encoding="utf-8")
    return _run(_report(d, base / "cache"), code, timeout, cwd=base)


def case_link_loop(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.txt").write_text("The mayor said the bridge would reopen in May.\n", encoding="utf-8")
    for k in range(n):
        os.symlink("..", d / "sub" / f"loop{k}")
    argv = _report(d, base / "cache")
    argv[1] = str(d / "**" / "*.txt")
    return _run(argv, code, timeout, cwd=base)


def case_fifo_input(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    (d / "a.txt").write_text("The mayor said the bridge would reopen in May.\n", encoding="utf-8")
    os.mkfifo(d / "b.txt")
    return _run(_report(d, base / "cache"), code, timeout, cwd=base)


def _plant_cache(base: Path, kind: str) -> Path:
    d = base / "in"
    d.mkdir()
    (d / "a.txt").write_text("The mayor said the bridge would reopen in May.\n", encoding="utf-8")
    return d


def _cache_case(base: Path, code: Path, timeout: float, kind: str) -> Outcome:
    d = _plant_cache(base, kind)
    cache = base / "cache"
    first = _run(_report(d, cache), code, timeout, cwd=base)
    if first.code != 0:
        return first
    for entry in [p for p in cache.rglob("*") if p.is_file() and not p.name.startswith(".")]:
        entry.unlink()
        if kind == "fifo":
            os.mkfifo(entry)
        else:
            os.symlink("/dev/zero", entry)
    return _run(_report(d, cache), code, timeout, cwd=base)


def case_cache_fifo(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    return _cache_case(base, code, timeout, "fifo")


def case_cache_zero(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    return _cache_case(base, code, timeout, "zero")


_KILLER = (
    "import os, signal, attribution.pipeline as _p; _real = _p.analyse; _parent = os.getpid()\n"
    "def _hook(article, doc):\n"
    "    if 'KILLME' in article.text and os.getpid() != _parent: os.kill(os.getpid(), signal.SIGKILL)\n"
    "    return _real(article, doc)\n"
    "_p.analyse = _hook\n"
)


def case_killed_worker(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    for k in range(n):
        (d / f"s{k:03d}.txt").write_text(f"The mayor said {k} homes were flooded.\n", encoding="utf-8")
    (d / "victim.txt").write_text("KILLME. The mayor said the dam held.\n", encoding="utf-8")
    prelude = _KILLER.replace("\n", "\n")
    script_prelude = "exec(" + repr(prelude) + "); "
    return _run(_report(d, base / "cache", "--workers", "2", *_force(code)), code, timeout, cwd=base,
                prelude=script_prelude)


def case_sigterm(base: Path, n: int, code: Path, timeout: float) -> Outcome:
    d = base / "in"
    d.mkdir()
    for k in range(n):
        (d / f"s{k:04d}.txt").write_text(PROSE * 3 + f" {k}.\n", encoding="utf-8")

    def later(child: subprocess.Popen[bytes]) -> None:
        time.sleep(8)  # engine loaded, workers busy
        try:  # not Popen.send_signal: its poll() would reap the child before wait4 measures it
            os.kill(child.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass

    return _run(_report(d, base / "cache", "--workers", "2", *_force(code)), code, timeout, cwd=base,
                after=later)


CASES: dict[str, tuple[Callable[[Path, int, Path, float], Outcome], int, int]] = {
    "chain": (case_chain, 300, 2_500),
    "long-line": (case_long_line, 200_000, 2_000_000),
    "quotes": (case_quotes, 2_000, 40_000),
    "tiny-files": (case_tiny_files, 1_000, 100_000),
    "near-dupes": (case_near_dupes, 1_000, 30_000),
    "deep-html": (case_deep_html, 300, 5_000),
    "link-loop": (case_link_loop, 1, 3),
    "fifo-input": (case_fifo_input, 1, 1),
    "cache-fifo": (case_cache_fifo, 1, 1),
    "cache-zero": (case_cache_zero, 1, 1),
    "killed-worker": (case_killed_worker, 6, 60),
    "sigterm": (case_sigterm, 200, 2_000),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases")
    ap.add_argument("--small", action="store_true", help="the small size only")
    ap.add_argument("--large", action="store_true", help="the large size only")
    ap.add_argument("--size", type=int, help="run this one size instead (e.g. a smaller 'large')")
    ap.add_argument("--timeout", type=float, default=120.0, help="kill a case after this many seconds")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose attribution package to run")
    ap.add_argument("--workers", type=int, default=1, help="--workers for the tiny-files and near-dupes cases")
    args = ap.parse_args(argv)
    global WORKERS
    WORKERS = max(1, args.workers)
    print(f"{'case':<14} {'size':>10} {'exit':>8} {'seconds':>8} {'cpu s':>7} {'peak MiB':>9}  ok  last stderr line")
    for name in args.case or list(CASES):
        fn, small, large = CASES[name]
        sizes = [args.size] if args.size else [small] if args.small else [large] if args.large else [small, large]
        for size in sizes:
            with tempfile.TemporaryDirectory(prefix=f"hostile-{name}-") as tmp:
                out = fn(Path(tmp), size, args.code.resolve(), args.timeout)
            lines = [ln for ln in out.err.splitlines() if ln.strip()]
            one_line = out.code == 0 or (isinstance(out.code, int) and len(lines) >= 1 and "Traceback" not in out.err)
            ok = out.seconds < LIMIT_S and out.peak_mib < LIMIT_MIB and one_line
            last = (lines[-1] if lines else "")[:90]
            print(f"{name:<14} {size:>10,} {out.code!s:>8} {out.seconds:>8.1f} {out.cpu:>7.1f} {out.peak_mib:>9.0f}  "
                  f"{'yes' if ok else 'NO':<3} {last}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
