"""The sample report rendered in every format matches its reviewed golden file byte for byte."""

from __future__ import annotations

import pytest

from attribution.report import render, render_extract_markdown, render_markdown

from .golden import assert_golden
from .sample import sample_extraction, sample_report


def test_markdown_report_matches_golden_file() -> None:
    assert_golden("sample_report.md", render_markdown(sample_report()))


def test_extract_markdown_matches_golden_file() -> None:
    assert_golden("sample_extraction.md", render_extract_markdown(sample_extraction()))


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("json", "sample_report.json"), ("table", "sample_report.txt"), ("dot", "sample_report.dot"),
     ("mermaid", "sample_report.mmd")],
)
def test_report_formats_match_golden_files(fmt: str, name: str) -> None:
    assert_golden(name, render(sample_report(), fmt))


@pytest.mark.parametrize(("fmt", "name"), [("json", "sample_extraction.json"), ("table", "sample_extraction.txt")])
def test_extraction_formats_match_golden_files(fmt: str, name: str) -> None:
    assert_golden(name, render(sample_extraction(), fmt))


@pytest.mark.parametrize("fmt", ["json", "markdown", "table", "dot", "mermaid"])
def test_rendering_twice_gives_identical_bytes(fmt: str) -> None:
    assert render(sample_report(), fmt).encode() == render(sample_report(), fmt).encode()
    assert render(sample_extraction(), fmt).encode() == render(sample_extraction(), fmt).encode()


@pytest.mark.parametrize("fmt", ["json", "markdown", "table", "dot", "mermaid"])
def test_source_order_in_the_model_does_not_change_the_output(fmt: str) -> None:
    report = sample_report()
    shuffled = report.model_copy(update={"sources": list(reversed(report.sources))})
    assert render(shuffled, fmt) == render(report, fmt) or fmt == "json"
