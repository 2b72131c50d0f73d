"""A date marker opening the text's first line ("date 2024-05-15 Headline") is page furniture: its own block,
the article's publication date, and the rest of the line (a headline or the story's first sentence) is
classified on its own. Offsets stay those of the original text."""

from __future__ import annotations

import pytest

from attribution.ingest.blocks import classify_blocks
from attribution.ingest.build import article_from_text
from attribution.ingest.dates import DATE_MARKER_REASON, leading_date_marker
from attribution.kinds import BlockKind

HEADLINE = "Council delays hospital wing after budget review"
BODY = "The city council postponed the new wing by a year, the mayor said on Tuesday."


@pytest.mark.parametrize(
    ("text", "marker", "published", "first_kind"),
    [
        (f" date 2024-05-15 {HEADLINE}\n{BODY}\n", "date 2024-05-15", "2024-05-15", BlockKind.TITLE),
        (f"date 2024-05-15 {BODY}\n\nMore follows, officials said.\n", "date 2024-05-15", "2024-05-15", BlockKind.BODY),
        (f"2024-05-15 {HEADLINE}\n\n{BODY}\n", "2024-05-15", "2024-05-15", BlockKind.TITLE),
        (
            f"Dated: 2024-05-15T09:30:00Z {HEADLINE}\n{BODY}\n",
            "Dated: 2024-05-15T09:30:00Z",
            "2024-05-15",
            BlockKind.TITLE,
        ),
        (f"Published 15 May 2024 {HEADLINE}\n{BODY}\n", "Published 15 May 2024", "2024-05-15", BlockKind.TITLE),
        (f"Posted: May 15, 2024 {HEADLINE}\n{BODY}\n", "Posted: May 15, 2024", "2024-05-15", BlockKind.TITLE),
        (f"date 2024-05 {HEADLINE}\n{BODY}\n", "date 2024-05", None, BlockKind.TITLE),
    ],
)
def test_leading_date_marker_is_its_own_block_and_the_publication_date(
    text: str, marker: str, published: str | None, first_kind: BlockKind
) -> None:
    article = article_from_text(text, id="a")
    blocks = article.blocks
    assert blocks[0].kind == BlockKind.BOILERPLATE and blocks[0].reason == DATE_MARKER_REASON
    assert text[blocks[0].start : blocks[0].end] == marker
    rest = HEADLINE if first_kind == BlockKind.TITLE else BODY
    assert blocks[1].kind == first_kind
    assert text[blocks[1].start : blocks[1].end] == rest
    assert article.published == published
    if first_kind == BlockKind.TITLE:
        assert article.title == HEADLINE
        assert text[blocks[2].start : blocks[2].end] == BODY and blocks[2].kind == BlockKind.BODY


@pytest.mark.parametrize(
    "text",
    [
        f"15 May 2024 was the day the council met. {BODY}\n",  # a spelled date without a label opens a sentence
        f"2024-13-40 {HEADLINE}\n{BODY}\n",  # no such day
        f"{HEADLINE}\n{BODY} date 2024-05-15 was set.\n",  # not at the start of the text
        "date 2024-05-15\n" + BODY + "\n",  # a date line alone is left to the header-date rules
        f"date 2024-05-15{HEADLINE}\n{BODY}\n",  # glued without a space: not a marker
    ],
)
def test_text_without_a_leading_date_marker_keeps_its_first_line(text: str) -> None:
    blocks = classify_blocks(text)
    assert all(b.reason != DATE_MARKER_REASON for b in blocks)


def test_manifest_date_wins_over_the_marker() -> None:
    article = article_from_text(f"date 2024-05-15 {HEADLINE}\n{BODY}\n", id="a", published="2024-05-16")
    assert article.published == "2024-05-16"


def test_story_after_a_marker_is_parsed_without_the_marker() -> None:
    """The marker's block is not a story block: nothing the parser reads starts with "date"."""
    text = f"date 2024-05-15 {BODY}\n"
    story = [text[b.start : b.end] for b in classify_blocks(text) if b.kind in (BlockKind.BODY, BlockKind.BULLET)]
    assert story == [BODY]


@pytest.mark.parametrize(
    ("line", "end", "day"),
    [
        ("date 2024-05-15 Headline", len("date 2024-05-15"), "2024-05-15"),
        ("  2024-05-15 Headline", len("  2024-05-15"), "2024-05-15"),
        ("date 2024-02 Headline", len("date 2024-02"), None),
        ("date 2023-02-29 Headline", None, None),
    ],
)
def test_leading_date_marker_reads_the_end_and_the_day(line: str, end: int | None, day: str | None) -> None:
    found = leading_date_marker(line)
    if end is None:
        assert found is None
    else:
        assert found == (end, day)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "date 2024-06-25 Protesters storm parliament over tax bill\nBy Jane Doe, Reuters\n"
            "NAIROBI, June 25 (Reuters) - Protesters entered the building on Tuesday, police said.\n",
            [BlockKind.BOILERPLATE, BlockKind.TITLE, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.BODY],
        ),
        (
            "date 2024-06-25 NAIROBI, June 25 (Reuters) - Protesters entered the building on Tuesday, police said.\n",
            [BlockKind.BOILERPLATE, BlockKind.DATELINE, BlockKind.BODY],
        ),
    ],
)
def test_header_lines_after_a_date_marker_keep_their_kinds(text: str, kinds: list[BlockKind]) -> None:
    blocks = classify_blocks(text)
    assert [b.kind for b in blocks] == kinds
    assert text[blocks[-1].start : blocks[-1].end] == "Protesters entered the building on Tuesday, police said."
    for a, b in zip(blocks, blocks[1:], strict=False):
        assert a.end <= b.start and text[a.end : b.start].strip() == ""


LEAD = (
    "The bodies of eleven hikers were recovered on Monday after the volcano erupted, "
    "rescue officials said in a statement."
)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (f"Harbour Town: {LEAD}\n", "Harbour Town:"),
        (f"date 2024-05-15 Port Elm: {LEAD}\n", "Port Elm:"),
        (f"Rescuers recover hikers' bodies\n\nHarbour Town: {LEAD}\n", "Harbour Town:"),
    ],
)
def test_place_and_colon_before_a_long_lead_is_a_dateline(text: str, dateline: str) -> None:
    blocks = classify_blocks(text)
    dl = [b for b in blocks if b.kind == BlockKind.DATELINE]
    assert [text[b.start : b.end] for b in dl] == [dateline]
    story = [text[b.start : b.end] for b in blocks if b.kind == BlockKind.BODY]
    assert story == [LEAD]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Town: the council will meet again on Friday.\n",  # short: a headline's speaker form
        f"{LEAD}\n\nHarbour Town: {LEAD}\n",  # not the first story paragraph
        f"Harbour Town: {LEAD.lower()}\n",  # the story's sentence starts with a capital
        f"Mayor of Harbour Town: {LEAD}\n",  # a lowercase word: a title or description, not a place
        f"Ann Lee Ray Cole: {LEAD}\n",  # four words before the colon
    ],
)
def test_colon_without_a_dateline_shape_stays_in_the_story(text: str) -> None:
    assert all(b.kind != BlockKind.DATELINE for b in classify_blocks(text))


SPOKEN = (
    "We will not give up a single metre of our land, and the partners who stand with us now will be "
    "remembered for it, whatever the coming winter brings."
)
RUVANSKY_SAYS = "\n\nRuvansky said later that the talks would resume in the spring at the latest.\n"


@pytest.mark.parametrize(
    "text",
    [
        f"Ruvansky: {SPOKEN}\n",  # the lead speaks in the first person
        f"Ruvansky: “{LEAD}”\n",  # the lead opens with a quote mark
        f"Ruvansky: {LEAD}{RUVANSKY_SAYS}",  # the article has him speak ("Ruvansky said")
        f"Ruvansky: {LEAD}\n\nThe talks would resume in the spring, said Ruvansky.\n",  # "said Ruvansky"
        f"President Ruvansky: {SPOKEN}\n",
    ],
)
def test_a_speakers_name_and_colon_before_a_long_quote_is_no_dateline(text: str) -> None:
    blocks = classify_blocks(text)
    assert all(b.kind != BlockKind.DATELINE for b in blocks)
    first = [text[b.start : b.end] for b in blocks if b.kind == BlockKind.BODY][0]
    assert first.startswith(("Ruvansky:", "President Ruvansky:"))


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (f"Harbour Town: {LEAD}\n", "Harbour Town:"),  # nothing says the head speaks
        # a known country stays a dateline even before a lead in the first person ...
        (f"Kenya: {SPOKEN}\n", "Kenya:"),
        # ... as does a head the article puts something in ("in Port Elm"), not "in Ruvansky's"
        (f"Port Elm: {SPOKEN}\n\nRescue teams in Port Elm said the search would go on.\n", "Port Elm:"),
    ],
)
def test_a_place_and_colon_stays_a_dateline_when_the_place_is_known(text: str, dateline: str) -> None:
    dl = [text[b.start : b.end] for b in classify_blocks(text) if b.kind == BlockKind.DATELINE]
    assert dl == [dateline]


def test_a_possessive_after_a_preposition_does_not_make_a_speaker_a_place() -> None:
    text = f"Ruvansky: {SPOKEN}\n\nAides in Ruvansky's office said the talks would go on.\n"
    assert all(b.kind != BlockKind.DATELINE for b in classify_blocks(text))
