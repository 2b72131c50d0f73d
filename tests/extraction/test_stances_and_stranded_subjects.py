"""Sources the rules used to miss (round eleven), on sentences written for the test: a stance put into words
("expressed relief", "voiced doubts", "cast doubt on"), a likening, a dismissal ("ruled out"), a
recommendation, the subject of a coordinated cue the parser hung on the clause before ("... and witnesses
said"), and quantified unnamed reports ("some reports suggested")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "Mayor Ana Ruiz expressed relief after the inquiry cleared her staff.",
            "Mayor Ana Ruiz",
            "expressed",
            ["relief after the inquiry cleared her staff"],
        ),
        (
            "Senator Tom Hale voiced doubts that the plan would work.",
            "Senator Tom Hale",
            "voiced",
            ["doubts that the plan would work"],  # the noun stays: the clause alone would assert the doubted
        ),
        (
            "Carla Mendes shared her frustration over the delays.",
            "Carla Mendes",
            "shared",
            ["her frustration over the delays"],
        ),
        ("Analyst Omar Diallo cast doubt on the official figures.", "Analyst Omar Diallo", "cast", None),
        (
            "The governor had earlier expressed a desire to see the plant reopened.",
            "The governor",
            "expressed",
            ["a desire to see the plant reopened"],
        ),
    ],
)
def test_a_stance_put_into_words_is_an_attribution(extract, sentence, source, cue, content):
    x = extract(sentence)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    if content is not None:
        assert x.content(r) == content
    else:
        assert x.content(r) and all(part in sentence for part in x.content(r))


def test_a_participle_voicing_a_stance_speaks_for_the_clause_it_hangs_on(extract):
    x = extract("Coach Ivo Marek addressed the fans outside the stadium, voicing his respect for the referee.")
    [r] = x.by_cue("voicing")
    assert r.source is not None and r.source.text == "Coach Ivo Marek"
    assert x.content(r) == ["his respect for the referee"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Moss shared a flat with two students.",  # a flat is no stance
        "The farmer cast a vote in the village hall.",
        "The storm cast a shadow over the festival.",
        "Ada Moss expressed the parcel to Lyon.",
        "Minister Ada Moss expressed condolences to the families.",  # a courtesy says nothing of the world
        "The embassy expressed gratitude to the mediators for arranging the exchange.",
    ],
)
def test_a_stance_verb_whose_object_names_no_stance_attributes_nothing(extract, sentence):
    assert extract(sentence).raws == []


def test_a_likening_gives_the_thing_and_what_it_is_likened_to(extract):
    x = extract("Fire chief Rosa Lind likened the blaze to a furnace.")
    [r] = x.by_cue("likened")
    assert r.source is not None and r.source.text == "Fire chief Rosa Lind"
    assert " ".join(x.content(r)) in ("the blaze to a furnace", "the blaze a furnace") or x.content(r) == [
        "the blaze",
        "to a furnace",
    ]


def test_a_dismissal_is_read_with_its_particle(extract):
    x = extract("Chief Inspector Lena Hart ruled out foul play.")
    [r] = x.by_cue("ruled")
    assert r.source is not None and r.source.text == "Chief Inspector Lena Hart"
    assert x.content(r) == ["foul play"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "rule" without its particle is no cue of this form ("ruled that X" is rule ``ruled-that``, round fifteen)
        "The court ruled on the contract on Monday.",
        "An injury ruled him out of the final.",  # a pronoun object and a subject that cannot speak
    ],
)
def test_rule_without_a_dismissal_attributes_nothing(extract, sentence):
    x = extract(sentence)
    assert [r for r in x.by_cue("ruled") if r.source is not None] == []


def test_a_recommendation_in_a_coordinated_clause_keeps_the_first_clauses_speaker(extract):
    x = extract("The judge fined the company and recommended that the regulator review its licence.")
    [r] = x.by_cue("recommended")
    assert r.source is not None and r.source.text == "The judge"
    assert x.content(r) == ["the regulator review its licence"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Smoke rose over the harbour and witnesses said the ferry was sinking.", "witnesses"),
        ("The storm hit the coast and the mayor of Lyon said the port was shut.", "the mayor of Lyon"),
    ],
)
def test_a_coordinated_cues_own_subject_hung_on_the_clause_before_speaks(extract, sentence, source):
    x = extract(sentence)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The mayor visited the port and said the damage was light.", "The mayor"),  # no subject of its own
        ("The mayor and the police said the road was closed.", "The mayor"),  # one coordinated subject
    ],
)
def test_a_coordinated_cue_without_a_stranded_subject_keeps_its_reading(extract, sentence, source):
    x = extract(sentence)
    assert any(r.source is not None and r.source.text.startswith(source) for r in x.by_cue("said"))


def test_stranded_unnamed_reports_are_the_source_of_a_coordinated_cue(extract):
    x = extract("There was thick smoke over the runway and reports said the terminal was closed.")
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.name == "reports"


def test_some_reports_are_unnamed_reports(extract):
    x = extract("Some reports suggested that the harvest would be late.")
    [r] = x.by_cue("suggested")
    assert r.source is not None and r.source.name == "reports"


def test_many_reports_stay_a_collective_source(extract):
    x = extract("Many reports suggested that the harvest would be late.")
    [r] = x.by_cue("suggested")
    assert r.kind == "collective" and r.source is not None and r.source.text == "Many reports"


def test_reports_named_before_are_not_unnamed_reports(extract):
    x = extract("The reports said that the harvest would be late.")
    assert all(r.source is None or r.source.name != "reports" for r in x.by_cue("said"))


def test_a_dismissal_is_traced_as_the_speakers_claim_with_its_cue(traced):
    report = traced(
        "Chief Inspector Lena Hart ruled out foul play in the warehouse fire.\n\nThe depot reopens on Monday."
    )
    names = {s.id: s.name for s in report.sources}
    [claim] = [c for c in report.claims if "foul play" in c.statement]
    # "foul play" alone would read as asserted: the claim keeps "ruled out"
    assert "ruled out foul play" in claim.statement.lower()
    assert [names[o] for o in claim.origins] == ["Lena Hart"]


@pytest.mark.parametrize(
    ("sentence", "cue", "step"),
    [
        ("Mayor Ana Ruiz expressed relief after the inquiry cleared her staff.", "expressed", "stance"),
        ("Chief Inspector Lena Hart ruled out foul play.", "ruled", "dismissal"),
        ("Fire chief Rosa Lind likened the blaze to a furnace.", "likened", "likening"),
        ("Smoke rose over the harbour and witnesses said the ferry was sinking.", "said", "stranded_conjunct_subject"),
    ],
)
def test_an_attribution_records_the_step_that_decided_it(extract, sentence, cue, step):
    x = extract(sentence)
    [r] = x.by_cue(cue)
    assert step in r.steps


def test_a_plain_said_that_records_no_step(extract):
    x = extract("The mayor said that the bridge was safe.")
    [r] = x.by_cue("said")
    assert r.steps == []
