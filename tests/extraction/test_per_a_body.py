"""A closing "per" before a body named by a common noun or before a name with an apposition ("..., per the
agency.", "..., per AEMET, Spain's weather agency.") attributes the sentence as "according to" does; a bare
noun after "per" is a rate ("..., per person.")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The capsule will return to Earth in September, per the agency.",
            "the agency",
            "The capsule will return to Earth in September",
        ),
        (
            "The river rose four metres overnight, per Hydrolab, the regional water authority.",
            "Hydrolab",
            "The river rose four metres overnight",
        ),
    ],
)
def test_a_closing_per_body_is_the_source_of_the_sentence(extract, text: str, source: str, content: str) -> None:
    x = extract(text)
    [r] = x.by_cue("per")
    assert r.source is not None and r.source.text.startswith(source)
    assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost five dollars, per person.",
        "The ferry sank near the harbour, per the harbour master, who saw it.",  # a clause follows: no apposition
    ],
)
def test_a_bare_noun_or_a_clause_after_per_attributes_nothing(extract, text: str) -> None:
    assert extract(text).by_cue("per") == []


def test_an_apposition_the_parser_hung_elsewhere_still_closes_the_per_phrase(extract) -> None:
    # the parser hangs "Norway's state weather agency" on the verb, outside the "per" phrase: the step
    # per-apposition reads it as the name's apposition, and says so
    x = extract("The lake froze early this year, per NORDMET, Norway's state weather agency.")
    [r] = x.by_cue("per")
    assert r.source is not None and r.source.text == "NORDMET"
    assert x.content(r) == ["The lake froze early this year"]
    assert r.steps == ["per-apposition"]
