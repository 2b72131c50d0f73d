"""The writer of a piece of correspondence is its source (rule ``written-by``, asked by ``unwrap_owner``):
"according to a memo she sent to staff" is hers, "according to a letter written by the minister" the minister's,
"according to a memo shared by the chief executive" the chief executive's. A memo that does the telling itself,
or one nobody is named behind, stays the memo."""

from __future__ import annotations

import pytest

WRITTEN = [
    ("Chief Executive Sarah Johnson was proud to lead the firm, according to a memo she sent to staff.", "she"),
    ("The plant will close in June, according to a memo shared by the company's chief executive Tom Lee on Friday.",
     "the company's chief executive Tom Lee"),
    ("The talks have failed, according to a letter written by the minister.", "the minister"),
    ("The union will strike in May, according to an email he wrote to members.", "he"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "author"), WRITTEN)
def test_the_writer_of_the_memo_is_the_source(extract, text, author):
    x = extract(text)
    [r] = x.by_cue("according to")
    assert r.source is not None and r.source.text == author
    assert "written-by" in r.steps


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close in June, according to a memo that reached the council.",
        "The plant will close in June, according to a memo seen by Reuters.",
        "The plant will close in June, according to a letter.",
    ],
)
def test_a_memo_with_no_writer_named_stays_the_memo(extract, text):
    x = extract(text)
    [r] = x.by_cue("according to")
    assert r.source is not None and r.source.text.split()[-1] in {"memo", "letter"}
    assert "written-by" not in r.steps
