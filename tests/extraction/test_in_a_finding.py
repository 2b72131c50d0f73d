""" "In a new poll, CLAUSE" / "in the senator's words, CLAUSE" attribute the clause to the finding or the
wording, as "according to" does (PolNeAR marks "in" as the cue); "in" before a poll that modifies a noun,
or a finding whose clause is someone's speech of its own, attributes nothing more."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In a new Gallup poll, the governor had a ten-point lead.",
            "a new Gallup poll",
            "the governor had a ten-point lead",
        ),
        (
            "The mayor trails her rival by nine points in the latest county survey.",
            "the latest county survey",
            "The mayor trails her rival by nine points",
        ),
        (
            "In the senator's words, the bill is a disaster for farmers.",
            "the senator's words",
            "the bill is a disaster for farmers",
        ),
    ],
)
def test_a_clause_in_a_poll_or_in_someones_words_is_theirs(extract, text: str, source: str, content: str) -> None:
    x = extract(text)
    [r] = [r for r in x.raws if r.rule == "in-finding"]
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # the survey's respondents speak for themselves: "said" is the attribution
        "In a new survey, 40 percent of voters said the economy was weak.",
        # the phrase modifies a noun: no clause is attributed to the poll
        "The lead in the poll grew over the summer.",
        # no finding: a place, a year
        "In the capital, the governor had a ten-point lead.",
    ],
)
def test_in_without_a_finding_that_states_a_clause_attributes_nothing(extract, text: str) -> None:
    assert [r for r in extract(text).raws if r.rule == "in-finding"] == []
