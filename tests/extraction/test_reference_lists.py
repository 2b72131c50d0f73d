"""A list of sources at an article's end ("Sources: A, B") declares what the article draws on."""

from __future__ import annotations

import pytest

from attribution.article import ArticleInput
from attribution.ingest.blocks import classify_blocks
from attribution.pipeline import extract as run_extract
from attribution.pipeline import trace

STORY = (
    "Harbour Motors is recalling 4,000 delivery vans, the company said on Monday.\n\n"
    "Dealers will replace the faulty hinge free of charge.\n\n"
)


def _references(text: str) -> list[str]:
    x = run_extract([ArticleInput(id="t.txt", text=text, blocks=classify_blocks(text))], cache=False)
    return [a.source.text for a in x.articles[0].attributions if a.kind == "article-reference" and a.source]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Sources: Valley Courier, Nordic Press Agency", ["Valley Courier", "Nordic Press Agency"]),
        ("Source: Harbour Wire", ["Harbour Wire"]),
        ("Sources: Harbour Wire and Valley Courier", ["Harbour Wire", "Valley Courier"]),
    ],
)
def test_a_sources_line_at_the_end_makes_the_named_outlets_references(line: str, names: list[str]) -> None:
    assert _references(STORY + line + "\n\nRELATED POSTS\n\nBest vans of the year, ranked\n") == names


def test_a_kind_of_document_in_a_sources_line_is_not_a_reference() -> None:
    assert _references(STORY + "Sources: Harbour Wire, company filings\n") == ["Harbour Wire"]


def test_a_sources_line_is_never_a_claim() -> None:
    text = STORY + "Sources: Valley Courier, Nordic Press Agency\n"
    report = trace([ArticleInput(id="t.txt", text=text, blocks=classify_blocks(text))], cache=False)
    assert all("Valley Courier" not in m.text for c in report.claims for m in c.mentions)


def test_the_word_source_inside_a_sentence_is_no_reference_list() -> None:
    text = STORY + "The source of the fault: a hinge made by Valley Components, the company said.\n"
    assert _references(text) == []
