"""At 1,000 articles every diagram stays under Mermaid's size limit (its default maxTextSize, 50,000)."""

from __future__ import annotations

import re

import pytest

from attribution.report import render
from attribution.report.mermaid import MERMAID_MAX_TEXT

from .large import large_report

#: Mermaid's default ``maxTextSize``: a longer diagram renders as "Maximum text size in diagram exceeded".
MERMAID_DEFAULT_MAX_TEXT_SIZE = 50_000


@pytest.fixture(scope="module")
def report():
    return large_report(1000)


def test_the_generated_corpus_is_large_enough_to_matter(report) -> None:
    assert len(report.articles) == 1000
    assert len({a.outlet for a in report.articles}) >= 300
    assert len(report.sources) > 2500


def test_the_corpus_mermaid_graph_fits_mermaids_default_size(report) -> None:
    text = render(report, "mermaid")
    assert MERMAID_MAX_TEXT == MERMAID_DEFAULT_MAX_TEXT_SIZE
    assert len(text) < MERMAID_DEFAULT_MAX_TEXT_SIZE
    assert text.startswith("flowchart LR\n")
    # still a graph of the corpus: the busiest sources are drawn, the rest folded, outlets grouped
    assert re.search(r"\d+ other origins", text)
    assert re.search(r"\d+ outlets#58; ", text)
    assert text.count("-->") >= 5


def test_every_diagram_in_the_markdown_report_fits_mermaids_default_size(report) -> None:
    text = render(report, "markdown")
    blocks = re.findall(r"```mermaid\n(.*?)```", text, flags=re.S)
    assert blocks, "the report draws no per-claim diagram"
    assert max(len(b) for b in blocks) < MERMAID_DEFAULT_MAX_TEXT_SIZE


def test_node_labels_are_capped(report) -> None:
    labels = re.findall(r'\["(.*?)"\]|\("(.*?)"\)|\{\{"(.*?)"\}\}', render(report, "mermaid"))
    longest = max(len(x) for groups in labels for x in groups)
    assert longest <= 3 * 60 + 40


def test_the_dot_graph_is_collapsed_the_same_way(report) -> None:
    text = render(report, "dot")
    assert "outlets: " in text and "other origins" in text
    assert text.count('shape=hexagon') <= 151
