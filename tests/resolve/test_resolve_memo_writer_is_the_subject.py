"""The pronoun that wrote the memo an "according to" cites (extraction's ``written-by``) is the person named as the
subject of the clause the memo is cited for (rule ``author_is_subject``): "Chief Executive Sarah Johnson was proud
to lead the firm after Tom Lee left, according to a memo she sent" is Johnson's memo, not Lee's, though Lee is the
person named last. A subject the article gives the other gender is not taken."""

from __future__ import annotations

import pytest

from attribution import ArticleInput, extract


def _memo_writer(text: str) -> str | None:
    ex = extract(ArticleInput(text=text, id="a"), cache=False)
    names = {s.id: s.name for s in ex.sources}
    [r] = [a for a in ex.articles[0].attributions if a.rule == "according-to"]
    return names.get(r.source_id) if r.source_id else None


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Chief Executive Sarah Johnson was proud to lead the firm after Tom Lee left, according to a memo she sent "
         "to staff.", "Sarah Johnson"),
        ("Chief Executive Maria Lopez was proud to lead the firm after Tom Lee left, according to a memo she sent "
         "to staff.", "Maria Lopez"),
        ("Chief Executive Emily Carter was proud to lead the firm after Tom Lee left, according to a memo she sent "
         "to staff.", "Emily Carter"),
    ],
)  # fmt: skip
def test_the_memo_writer_is_the_subject_of_the_clause_it_is_cited_for(text, writer):
    assert _memo_writer(text) == writer


def test_a_subject_of_the_other_gender_is_not_the_memo_writer():
    text = (
        "Mr John Carter spoke on Monday. Chief Executive John Carter was proud to lead the firm after Tom Lee left, "
        "according to a memo she sent to staff."
    )
    assert _memo_writer(text) != "John Carter"
