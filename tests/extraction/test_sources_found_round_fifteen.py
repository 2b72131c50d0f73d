"""Sources the rules used to miss (round fifteen), on sentences written for the test:

- a poll or a count as the subject of an evidence verb ("exit polls showed a decisive victory for the challenger",
  "a survey shows the senator leading", "polls showing a wide margin"): the poll is the source and the verb's
  noun-phrase object is what it shows (rule ``measure-shows``, words ``MEASURE_NOUNS``); a person's "showed
  restraint" and pictures ("footage showed") keep their reading;
- a ruling with a "that"-clause ("Judge Ana Ruiz ruled that the city had broken the law") or after its clause ("...,
  a federal judge ruled on Monday"): the judge is the source of the clause (rule ``ruled-that``; "judge" is a
  noun of a source); "ruled on Monday", "ruled against X" report nothing, "ruled out X" stays a dismissal;
- a partial quotation that opens with a past verb after the cue's subject-to-be ('said the ferry “lost power”'),
  which the parser reads as a modifier of the object "power" with no clause: the object phrase is the reported
  clause (step ``quoted-verb-in-object``).
"""

from __future__ import annotations

import pytest

#: A poll or a count shows a noun phrase: (sentence, cue, source, content).
MEASURES_SHOW = [
    (
        "Independent exit polls showed a decisive victory for the challenger.",
        "showed",
        "Independent exit polls",
        "a decisive victory for the challenger",
    ),
    (
        "A survey of 2,000 voters showed a narrow lead for the governor.",
        "showed",
        "A survey of 2,000 voters",
        "a narrow lead for the governor",
    ),
    (
        "Supporters cheered early polls showing a wide margin for their candidate.",
        "showing",
        "early polls",
        "a wide margin for their candidate",
    ),
    (
        "Unofficial tallies indicate a turnout of about 60 percent.",
        "indicate",
        "Unofficial tallies",
        "a turnout of about 60 percent",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), MEASURES_SHOW)
def test_a_poll_shows_its_object(extract, text, cue, source, content):
    x = extract(text)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]
    assert "measure-shows" in r.steps


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("A new poll shows that the senator leads by six points.", "A new poll", "the senator leads by six points"),
        (
            "Unofficial tallies show that the turnout was about 60 percent.",
            "Unofficial tallies",
            "the turnout was about 60 percent",
        ),
    ],
)
def test_a_poll_with_a_clause_is_the_source(extract, text, source, content):
    x = extract(text)
    [r] = x.raws
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The army showed restraint during the protest.",  # a body's act, nothing shown
        "The senator showed reporters the letter.",  # a person's act
        "Footage showed a crowd outside the palace.",  # pictures: the writer's account, no source
        "The results showed a clear pattern.",  # results are a body's own: left out
    ],
)
def test_other_subjects_of_show_name_no_poll(extract, text):
    x = extract(text)
    assert all("measure-shows" not in r.steps for r in x.raws)
    assert all(r.source is None for r in x.raws)


def test_two_polls_of_one_fact_are_no_confirmation(traced):
    report = traced(
        "Early exit polls showed a decisive victory for the challenger. Independent quick counts showed a decisive "
        "victory for the challenger as well."
    )
    claims = [c for c in report.claims if "decisive victory" in c.statement]
    assert claims and all(c.verdict != "independently-confirmed" for c in claims)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Judge Ana Ruiz ruled that the city had broken the law.", "Judge Ana Ruiz", "the city had broken the law"),
        (
            "In a 90-page decision, the appeals court ruled that the ban was unconstitutional.",
            "the appeals court",
            "the ban was unconstitutional",
        ),
        (
            "The city broke the planning law when it sold the park, a federal judge ruled on Monday.",
            "a federal judge",
            "The city broke the planning law when it sold the park",
        ),
        (
            "The regional electoral court ruled on Friday that the vote must be held again.",
            "The regional electoral court",
            "the vote must be held again",
        ),
    ],
)
def test_a_ruling_reports_its_that_clause(extract, text, source, content):
    x = extract(text)
    [r] = x.by_cue("ruled")
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]
    assert "ruled-that" in r.steps


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled on Monday.",
        "The court ruled against the city in the land dispute.",
        "The king ruled the country for forty years.",
    ],
)
def test_a_ruling_without_a_that_clause_reports_nothing(extract, text):
    assert extract(text).by_cue("ruled") == []


def test_ruled_out_stays_a_dismissal(extract):
    [r] = extract("Police ruled out foul play.").by_cue("ruled")
    assert "ruled-that" not in r.steps and "dismissal" in r.steps


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A federal agency said the vessel “lost propulsion” as it was leaving the port.",
            "A federal agency",
            "the vessel “lost propulsion” as it was leaving the port",
        ),
        (
            "The airline said the pilot “lost contact” with the tower.",
            "The airline",
            "the pilot “lost contact” with the tower",
        ),
        ("The coast guard said the ferry “lost power” shortly after leaving the harbour.", "The coast guard", None),
    ],
)
def test_a_quoted_past_verb_after_the_subject_is_a_clause(extract, text, source, content):
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == source
    assert "quoted-verb-in-object" in r.steps
    [got] = x.content(r)
    assert got == content if content else "lost power" in got


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the “so-called experts” were wrong.",  # a quoted modifier in a clause the parser read
        "The council said a few words about the “lost generation” of the town.",  # the object is what was said
    ],
)
def test_other_quoted_words_in_an_object_keep_their_reading(extract, text):
    x = extract(text)
    assert all("quoted-verb-in-object" not in r.steps for r in x.raws)
