"""Measuring helpers shared by the benchmark scripts: wall time, peak memory, corpus loading, figure tables.

Peak memory comes from ``resource.getrusage(...).ru_maxrss``: the high-water mark of the resident set of
the whole process (or of its finished children), so a figure taken after a step is "the most this process
has ever used so far", not what the step alone used. Run one configuration per process for clean peaks.
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

Figure = str | int | float


def peak_rss_mib(children: bool = False) -> float:
    """Peak resident set size in MiB of this process (or of its waited-for children)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    raw = resource.getrusage(who).ru_maxrss
    # Linux reports KiB, macOS reports bytes.
    return raw / (1024 * 1024) if sys.platform == "darwin" else raw / 1024


@dataclass
class Measurement:
    """What ``measure`` records for one block; filled in when the block exits."""

    label: str
    seconds: float = 0.0
    peak_rss_before_mib: float = 0.0
    peak_rss_mib: float = 0.0
    children_peak_rss_mib: float = 0.0

    @property
    def peak_growth_mib(self) -> float:
        """How much the process-wide peak rose during the block (0 if an earlier peak was higher)."""
        return self.peak_rss_mib - self.peak_rss_before_mib


@contextmanager
def measure(label: str) -> Iterator[Measurement]:
    """Time a block with ``perf_counter`` and record the process peak RSS before and after it."""
    m = Measurement(label, peak_rss_before_mib=peak_rss_mib())
    start = time.perf_counter()
    try:
        yield m
    finally:
        m.seconds = time.perf_counter() - start
        m.peak_rss_mib = peak_rss_mib()
        m.children_peak_rss_mib = peak_rss_mib(children=True)


def rate(count: float, seconds: float) -> float:
    """``count / seconds`` that never divides by zero."""
    return count / seconds if seconds > 0 else float("inf")


def environment() -> dict[str, Figure]:
    """The facts a reader needs to compare figures between machines."""
    import os

    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "machine": platform.machine(),
        "cpus": os.cpu_count() or 0,
    }


def load_texts(corpus_dir: str | Path | None, articles: int, seed: int) -> list[tuple[str, str]]:
    """``(name, text)`` pairs: every ``*.txt`` in ``corpus_dir`` (sorted by name, at most ``articles``
    when ``articles`` > 0), or, without a directory, ``articles`` synthetic articles built in-process."""
    if corpus_dir is None:
        from benchmarks.corpus import build_corpus

        return build_corpus(articles, seed)
    root = Path(corpus_dir)
    if not root.is_dir():
        raise SystemExit(f"error: {root} is not a directory; build one with: python benchmarks/corpus.py --out {root}")
    files = sorted(root.glob("*.txt"))
    if articles > 0:
        files = files[:articles]
    if not files:
        raise SystemExit(f"error: no .txt files in {root}; build one with: python benchmarks/corpus.py --out {root}")
    return [(f.name, f.read_text(encoding="utf-8", errors="replace")) for f in files]


def _fmt(value: Figure) -> str:
    if isinstance(value, float):
        if value == float("inf"):
            return "inf"
        return f"{value:,.2f}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return value


def format_figures(title: str, rows: Sequence[Mapping[str, Figure]]) -> str:
    """A plain aligned table (Markdown pipe syntax, so it can be pasted into docs/performance.md).

    One row is shown transposed (figure | value) so wide rows stay readable.
    """
    if not rows:
        return f"{title}\n(no rows)"
    if len(rows) == 1:
        rows = [{"figure": key, "value": value} for key, value in rows[0].items()]
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    cells = [[_fmt(row.get(c, "")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    numeric = [all(isinstance(row.get(c, 0), int | float) for row in rows) for c in columns]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "| " + " | ".join(parts) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2)) for w, num in zip(widths, numeric,
                                                                                               strict=True)) + "|"
    return "\n".join([title, "", line(columns), rule, *(line(r) for r in cells)])


def print_figures(title: str, rows: Sequence[Mapping[str, Figure]], json_path: str | Path | None = None,
                  extra: Mapping[str, object] | None = None) -> None:
    """Print the table to stdout and, when ``json_path`` is given, also write rows + environment as JSON."""
    print(format_figures(title, rows))
    if json_path is not None:
        payload = {"title": title, "environment": environment(), "rows": [dict(r) for r in rows],
                   **(dict(extra) if extra else {})}
        Path(json_path).write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def measurement_row(m: Measurement) -> dict[str, Figure]:
    """A Measurement as a table row."""
    row: dict[str, Figure] = {k: v for k, v in asdict(m).items() if isinstance(v, str | int | float)}
    row["peak_growth_mib"] = m.peak_growth_mib
    return row
