"""The product path as a user runs it: ``pipeline.run`` + JSON + Markdown, cold then warm, 1 and N workers.

``run.py``'s stage tables call the stage functions one by one, so they never consult the per-article
analysis cache (``attribution/analysis_cache.py``); this script times ``pipeline.run`` itself:

* cold, 1 worker: empty cache directory (parse + analyse + reduce + render);
* warm, 1 worker: the same cache directory again (annotation and analysis caches hit: reduce + render);
* cold, N workers: a fresh cache directory, ``Options(workers=N)`` (``scale.analyse_in_pool``).

Each run is its own fresh process (model load included, as for a user). The three reports must be
byte-identical; the script says so.

    .venv/bin/python benchmarks/end_to_end.py [--articles 1000] [--workers 2] [--json out.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks._measure import peak_rss_mib  # noqa: E402

RESULT = "@@RESULT "


def job(n: int, seed: int, workers: int, cache_dir: str) -> dict[str, Any]:
    from benchmarks._prepared import corpus_dir

    folder = corpus_dir(n, seed)  # written before the clock starts
    from attribution import pipeline

    options = pipeline.Options(engine="spacy", cache=True, cache_dir=cache_dir, workers=workers,
                               manifest=str(folder / "manifest.csv"))
    start = time.perf_counter()
    report = pipeline.run([], options)
    run_s = time.perf_counter() - start
    out_json = report.to_json()
    out_md = report.to_markdown()
    total = time.perf_counter() - start
    digest = hashlib.sha256(out_json.encode() + b"\0" + out_md.encode()).hexdigest()[:16]
    return {"articles": n, "workers": workers, "run_s": run_s, "render_s": total - run_s, "seconds": total,
            "peak_mib": peak_rss_mib(), "children_peak_mib": peak_rss_mib(children=True), "digest": digest}


def _spawn(*args: Any) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--job", json.dumps(list(args))]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - start
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT):
            return {**json.loads(line[len(RESULT):]), "wall_s": wall}
    raise SystemExit(f"error: end-to-end job {args} failed (exit {proc.returncode}); see the output above")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="workers for the parallel cold run (1 skips it)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="write the figures here too")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.job:
        print(RESULT + json.dumps(job(*json.loads(args.job))), flush=True)
        return 0
    from benchmarks._prepared import corpus_dir

    corpus_dir(args.articles, args.seed)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="e2e-") as scratch:
        one = str(Path(scratch) / "one")
        print(f"# cold, {args.articles} articles, 1 worker ...", file=sys.stderr, flush=True)
        out["cold"] = _spawn(args.articles, args.seed, 1, one)
        print("# warm, same cache ...", file=sys.stderr, flush=True)
        out["warm"] = _spawn(args.articles, args.seed, 1, one)
        if args.workers > 1:
            print(f"# cold, {args.workers} workers ...", file=sys.stderr, flush=True)
            out["parallel"] = _spawn(args.articles, args.seed, args.workers, str(Path(scratch) / "many"))
    print("| run | process wall s | in-process s | of which run() | render | art/s (wall) | peak MiB (children) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in out.items():
        print(f"| {name}, {r['workers']} worker(s) | {r['wall_s']:.2f} | {r['seconds']:.2f} | {r['run_s']:.2f} | "
              f"{r['render_s']:.2f} | {r['articles'] / r['wall_s']:.1f} | {r['peak_mib']:.0f} "
              f"({r['children_peak_mib']:.0f}) |")
    out["warm_speedup"] = out["cold"]["seconds"] / out["warm"]["seconds"]
    out["warm_speedup_wall"] = out["cold"]["wall_s"] / out["warm"]["wall_s"]
    print(f"\nwarm vs cold: {out['warm_speedup']:.1f}x in-process, {out['warm_speedup_wall']:.1f}x process wall "
          "(interpreter start and imports included) (target >= 20x)")
    if "parallel" in out:
        out["workers_speedup"] = out["cold"]["wall_s"] / out["parallel"]["wall_s"]
        print(f"{args.workers} workers vs 1: {out['workers_speedup']:.2f}x (target >= 1.6x)")
    same = len({r["digest"] for k, r in out.items() if isinstance(r, dict)}) == 1
    out["identical_reports"] = same
    print(f"reports identical across the runs: {same}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
