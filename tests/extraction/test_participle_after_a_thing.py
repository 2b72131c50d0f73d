"""A participle cue hung on a clause whose subject or object names a thing ("agreed that the size of the firm
is part of the case, saying ...", "stressed the need to ..., stating ...") takes the speaker of the clause
that holds the thing: a size or a need says nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Still, the judge agreed that the size of the company is an important part of the case, "
            "saying the firm had grown fast.",
            "saying",
            "the judge",
        ),
        (
            "The inspector accepted that the cost of the repair was a large part of the budget, "
            "adding that the council would pay it.",
            "adding",
            "The inspector",
        ),
    ],
)
def test_a_participle_after_a_thing_speaks_for_the_clause_that_holds_the_thing(
    extract, text: str, cue: str, source: str
) -> None:
    x = extract(text)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source


def test_a_participle_after_a_subject_that_may_speak_keeps_that_subject(extract) -> None:
    # only a thing sends the participle up a clause: a firm may speak, so the reading stays the parser's
    x = extract("The panel agreed that the firm is a monopoly, saying its deals shut rivals out.")
    [r] = x.by_cue("saying")
    assert r.source is not None and r.source.text == "the firm"


def test_a_participle_the_parser_hung_on_a_need_speaks_for_who_stressed_it(extract) -> None:
    # the parse hangs "stating" on "need" as a participle of the noun: a need states nothing
    text = (
        'He underlined the need to end the strike and its economic harm, stating, "The region has suffered '
        'greatly, many jobs have been lost, and it is time to end this."'
    )
    x = extract(text)
    [r] = x.by_cue("stating")
    assert r.source is not None and r.source.text == "He"
