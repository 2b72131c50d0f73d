"""Fuzz the whole per-article pipeline with generated texts; print how many ran and failed.

    .venv/bin/python scripts/fuzz.py --examples 10000 [--seed 0] [--show 5]

Every text (arbitrary Unicode, and news-like soup of cue words, quote marks, markup,
controls and length-changing characters; <= 400 characters) goes through ingest,
the spaCy parse (one engine for the whole run), extraction, resolution, claim tracing
and every renderer. A failure is any exception other than ``AttributionError`` or a
broken offset (``text[start:end] != span.text``). The slowest inputs are printed too:
the suite never asserts on time, this script reports it. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

from tests.hardening.fuzzing import check_text, load_engine, texts  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=1000, help="how many generated texts to run")
    ap.add_argument("--seed", type=int, default=0, help="generation seed (the same seed gives the same texts)")
    ap.add_argument("--show", type=int, default=5, help="how many failures and slowest inputs to print")
    args = ap.parse_args(argv)

    engine = load_engine()
    ran = 0
    chars = 0
    failures: list[tuple[str, list[str]]] = []
    slowest: list[tuple[float, str]] = []
    stats: dict[str, int] = {}
    started = time.perf_counter()

    @seed(args.seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # no shrinking: failures are collected, not raised
        suppress_health_check=list(HealthCheck),
    )
    @given(texts)
    def one(text: str) -> None:
        nonlocal ran, chars
        t0 = time.perf_counter()
        problems = check_text(engine, text, stats)
        elapsed = time.perf_counter() - t0
        ran += 1
        chars += len(text)
        slowest.append((elapsed, text))
        slowest.sort(key=lambda x: -x[0])
        del slowest[args.show :]
        if problems:
            failures.append((text, problems))
        if ran % 1000 == 0:
            print(f"  ... {ran} inputs, {len(failures)} failed", file=sys.stderr, flush=True)

    one()
    total = time.perf_counter() - started
    print(f"inputs run: {ran}")
    print(f"failed: {len(failures)}")
    print(f"characters: {chars} (mean {chars / max(ran, 1):.0f} per input)")
    for name, n in sorted(stats.items()):
        print(f"inputs {name}: {n}")
    print(f"total time: {total:.1f} s; mean {1000 * total / max(ran, 1):.1f} ms per input")
    for elapsed, text in slowest:
        print(f"slow: {1000 * elapsed:.0f} ms, {len(text)} chars: {text[:80]!r}")
    for text, problems in failures[: args.show]:
        print(f"FAILED on {text!r}:")
        for p in problems[:3]:
            print("    " + p.replace("\n", "\n    "))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
