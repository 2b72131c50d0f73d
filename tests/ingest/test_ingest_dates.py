"""Publication dates: read from the header's date lines, never from story sentences."""

from __future__ import annotations

import pytest

from attribution.ingest import article_from_text
from attribution.ingest.dates import header_date

BODY = "The regional council said on Monday that the new hospital wing would open in March."


def published(text: str) -> str | None:
    return article_from_text(text, id="a").published


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("By Jane Marsh\n3 March 2025", "2025-03-03"),
        ("By Jane Marsh\nMonday 3 March 2025", "2025-03-03"),
        ("By Jane Marsh\nMarch 3, 2025", "2025-03-03"),
        ("By Jane Marsh\nLakeshore Review | 3 March 2025", "2025-03-03"),
        ("Posted by Jane Marsh | Mar. 3, 2025 | News", "2025-03-03"),
        ("Published: 2025-03-03", "2025-03-03"),
        ("Published 6:12 p.m. ET March 3, 2025", "2025-03-03"),
        ("Published: 09:14, 3 March 2025 | Updated: 11:02, 4 March 2025", "2025-03-03"),
    ],
)
def test_the_header_date_line_gives_the_publication_date(header: str, expected: str) -> None:
    assert published(f"Council opens new wing\n\n{header}\n\n{BODY}") == expected


def test_an_update_time_is_used_only_when_no_publication_date_is_printed() -> None:
    only_update = f"Council opens new wing\n\nUpdated 4 March 2025, 17:40 GMT\nBy Jane Marsh\n\n{BODY}"
    assert published(only_update) == "2025-03-04"
    both = f"Council opens new wing\n\nUpdated 4 March 2025, 17:40 GMT\nPublished 3 March 2025\n\n{BODY}"
    assert published(both) == "2025-03-03"


def test_a_date_inside_a_story_sentence_is_not_the_publication_date() -> None:
    text = f"Council opens new wing\n\nBy Jane Marsh\n\nThe council approved the wing on 3 March 2025.\n\n{BODY}"
    assert published(text) is None


def test_a_date_line_below_the_header_is_not_the_publication_date() -> None:
    story = "\n\n".join([BODY] * 10)
    assert published(f"Council opens new wing\n\n{story}\n\n3 March 2025\n\n{BODY}") is None


def test_a_caller_given_date_wins_over_the_text() -> None:
    text = f"Council opens new wing\n\n3 March 2025\n\n{BODY}"
    assert article_from_text(text, id="a", published="2025-01-01").published == "2025-01-01"


@pytest.mark.parametrize("part", ["31 June 2025", "March 3", "3/3/2025", "The wing opened 3 March 2025"])
def test_impossible_partial_or_ambiguous_dates_are_not_header_dates(part: str) -> None:
    assert header_date(part) is None


def test_a_line_of_publication_and_update_times_is_boilerplate_not_story() -> None:
    line = "Published 6:12 p.m. ET March 3, 2025 | Updated 8:40 p.m. ET March 3, 2025"
    article = article_from_text(f"Council opens new wing\n\n{line}\n\n{BODY}", id="a")
    block = next(b for b in article.blocks if article.text[b.start : b.end] == line)
    assert (block.kind, block.reason) == ("boilerplate", "timestamp")
