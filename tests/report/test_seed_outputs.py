"""The five seed articles in every format: the HTML golden file, and the same bytes for the same input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from attribution.report import FORMATS, render, render_extract

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@pytest.fixture(scope="module")
def again(seeds_dir):
    """The seeds traced a second time, given in the opposite order, without the caches."""
    from attribution.pipeline import Options, run

    return run([str(p) for p in sorted(seeds_dir.glob("*.txt"), reverse=True)], Options(engine="spacy", cache=False))


def test_html_report_on_the_seeds_matches_the_golden_file(seed_report) -> None:
    text = seed_report.to_html()
    path = GOLDEN / "seed_report.html"
    if os.environ.get("ATTRIBUTION_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_format_gives_the_same_bytes_for_the_same_input(seed_report, again, fmt: str) -> None:
    first = render(seed_report, fmt, width=100).encode("utf-8")
    assert first == render(again, fmt, width=100).encode("utf-8")
    assert first == render(seed_report, fmt, width=100).encode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table", "markdown"])
def test_every_extract_format_gives_the_same_bytes_for_the_same_input(seed_report, again, fmt: str) -> None:
    assert render_extract(seed_report, fmt).encode("utf-8") == render_extract(again, fmt).encode("utf-8")
