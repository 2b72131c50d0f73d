"""Sources the rules used to miss (round twelve), on sentences written for the test: a warning delivered as a
noun ("issued a warning about X", form ``warning-noun``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "words"),
    [
        (
            "President Lena Ruiz issued a warning about the rising death toll.",
            "President Lena Ruiz",
            "issued",
            "the rising death toll",
        ),
        (
            "The food agency has issued an urgent alert about contaminated flour from two mills.",
            "The food agency",
            "issued",
            "contaminated flour",
        ),
        (
            "Doctors at the clinic sounded the alarm over a shortage of insulin.",
            "Doctors at the clinic",
            "sounded",
            "a shortage of insulin",
        ),
    ],
)
def test_a_warning_delivered_as_a_noun_is_an_attribution(extract, sentence, source, cue, words):
    x = extract(sentence)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    assert words in " ".join(x.content(r))
    assert "warning-noun" in r.steps


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry issued new passports to the returning crew.",  # no warning
        "The driver sounded the horn twice at the crossing.",
        "The storm issued a warning to every sailor on the coast.",  # no speaker
    ],
)
def test_issuing_or_sounding_something_that_is_no_warning_attributes_nothing(extract, sentence):
    assert extract(sentence).by_cue("issued") == [] and extract(sentence).by_cue("sounded") == []


def _sources_of(x, words):
    return [r.source.text if r.source is not None else None for r in x.raws if words in " ".join(x.content(r))]


def test_the_accounts_report_said_again_of_the_same_thing_goes_on_with_its_source(extract):
    x = extract(
        "More than 200 complaints were reported on Monday, according to the regulator, a body that oversees banks. "
        "The first complaints were reported before noon."
    )
    assert _sources_of(x, "The first complaints were reported before noon") == ["the regulator"]
    [r] = [r for r in x.raws if "first complaints" in " ".join(x.content(r))]
    assert "same_clause_repeated" in r.steps


@pytest.mark.parametrize(
    "second",
    [
        "The first branches were closed before noon.",  # another predicate
        "The first letters were reported before noon.",  # the same report of another thing
        "They were reported before noon.",  # a pronoun: no noun to match
        "The first complaints were reported by a newspaper.",  # someone named reports them
        "The bank's shares fell sharply on Tuesday.",
    ],
)
def test_a_sentence_that_does_not_repeat_the_accounts_report_stays_the_writers(extract, second):
    x = extract(f"More than 200 complaints were reported on Monday, according to the regulator. {second}")
    assert all(s is None for s in _sources_of(x, second.rstrip(".")))


def test_an_event_said_again_after_an_account_stays_the_writers(extract):
    x = extract("Almost 650 golf courses have closed since 2006, the group says. In 2013, 158 golf courses closed.")
    assert all(s is None for s in _sources_of(x, "In 2013, 158 golf courses closed"))


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "Both ferries were sailing too fast and experts have cited it as the main reason for the collision.",
            "experts",
            "cited",
            ["Both ferries were sailing too fast", "as the main reason for the collision"],
        ),
        (
            "Police cited speeding as the main cause of the crash.",
            "Police",
            "cited",
            ["speeding as the main cause of the crash"],
        ),
    ],
)
def test_citing_a_thing_as_a_cause_is_an_attribution(extract, sentence, source, cue, content):
    x = extract(sentence)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    assert x.content(r) == content


def test_a_pronoun_taking_up_the_clause_before_gives_that_clause(extract):
    x = extract("Both ferries were sailing too fast and experts have cited it as the main reason for the collision.")
    [r] = x.by_cue("cited")
    assert "pronoun-takes-up-clause" in r.steps


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister called it a disgrace.",  # "it" points outside the sentence
        "The mayor visited the harbour and cited it as a model for other towns.",  # no subject of its own
    ],
)
def test_a_pronoun_with_no_clause_to_take_up_gives_no_clause(extract, sentence):
    x = extract(sentence)
    assert not any("pronoun-takes-up-clause" in r.steps for r in x.raws)


def test_citing_a_source_stays_a_citation(extract):
    x = extract("The mayor, citing officials, said the bridge was safe.")
    assert [r.source.text for r in x.by_cue("citing") if r.source is not None] == ["officials"]
