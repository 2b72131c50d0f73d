"""Conflicts inside one claim that are no figure (issue 16, item 3): a mention calling the claim unconfirmed
beside mentions citing a source for it, and one speaker's quotation in different words; on sentences
written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import mention

from attribution.tracing.conflicts import (
    MentionRecord,
    quote_conflicts,
    quoted_wording,
    reworded,
    says_unconfirmed,
    unconfirmed_conflicts,
)
from attribution.tracing.fingerprint import words

KEYS = ["~resign", "minister", "#ruritania"]


def _rec(k: int, text: str, origin: str | None, direct: bool = False) -> MentionRecord:
    chain = [f"o{k}", origin] if origin else [f"o{k}"]
    return MentionRecord(
        article=f"a{k}",
        outlet=f"o{k}",
        outlet_name=f"Outlet {k}",
        cand=mention(text, KEYS, direct=direct),
        chains=[chain],
        origins=[origin] if origin else [],
        attribution=None,
    )


@pytest.mark.parametrize(
    ("text", "unconfirmed"),
    [
        ("However, there was no official confirmation that the minister had left the capital.", True),
        ("The report could not be independently verified.", True),
        ("The claim has not been confirmed by the ministry.", True),
        ("The ministry has not yet commented on the ruling.", True),
        ("Spokespeople for the firm did not immediately respond to requests for comment.", True),
        ("The minister was not available for comment.", True),
        ("The army chief confirmed that the minister had resigned.", False),
        ("The ministry commented on the ruling on Tuesday.", False),
        ("Officials said confirmation was expected within hours.", False),
    ],
)
def test_a_mention_says_its_claim_is_unconfirmed(text: str, unconfirmed: bool) -> None:
    assert says_unconfirmed(text) is unconfirmed


def test_a_claim_called_unconfirmed_beside_a_cited_source_is_a_conflict_naming_both_sides() -> None:
    records = [
        _rec(0, "the minister has resigned and left the capital", "army-chief"),
        _rec(1, "there was no official confirmation about the minister quitting", None),
        _rec(2, "the minister resigned on Monday", None),
    ]
    (conflict,) = unconfirmed_conflicts(records, {"army-chief": "General Avery"})
    assert conflict.kind == "unconfirmed"
    assert "Outlet 1" in conflict.description and "General Avery" in conflict.description
    by_mention = {v["mention"]: v for v in conflict.values}
    assert set(by_mention) == {0, 1}  # the uncited mention without doubt takes no side
    assert by_mention[1]["status"] == "not confirmed" and by_mention[0]["status"] == "cited"
    assert by_mention[0]["chain"] == ["o0", "army-chief"]


@pytest.mark.parametrize(
    "records",
    [
        # nobody cited for it: the doubt is the only account of its status
        [_rec(0, "there was no official confirmation about the minister quitting", None),
         _rec(1, "the minister resigned on Monday", None)],
        # every mention cites a source and none doubts it
        [_rec(0, "the minister has resigned", "army-chief"), _rec(1, "the minister quit", "palace")],
    ],
)  # fmt: skip
def test_no_unconfirmed_conflict_without_both_a_doubt_and_a_cited_source(records: list[MentionRecord]) -> None:
    assert unconfirmed_conflicts(records, {}) == []


@pytest.mark.parametrize(
    ("a", "b", "is_reworded"),
    [
        ("This is real progress", "This is substantial progress", True),  # a word swapped
        ("Having more treatment options has long been our goal and this is an advance for all of us",
         "Having more treatment options is the kind of advance we have all been waiting for", True),  # same opening
        ("This is real progress", "This is real progress. Today's decision gives families more time", False),  # excerpt
        ("we will hold all those responsible to account in a manner of our choosing",
         "we will hold all those responsible to account in a manner our choosing", False),  # one word dropped
        ("cuts of roughly 10 percent across the company", "cuts of roughly 10% across the company", False),
        ("Space flight is risky, even at its safest", "Spaceflight is risky, even at its safest", False),
        ("We will appeal the decision", "The decision ignores how people search today", False),  # two quotations
        ("Yes", "No", False),
    ],
)  # fmt: skip
def test_a_quotation_is_reworded_when_words_change_inside_it(a: str, b: str, is_reworded: bool) -> None:
    assert reworded(words(a), words(b)) is is_reworded
    assert reworded(words(b), words(a)) is is_reworded


@pytest.mark.parametrize(
    ("a", "b", "is_reworded"),
    [
        # words left out at an editor's mark are an omission, not a rewording (rule ``ellipsis_leaves_out``)
        ("the council has held talks with the owners and recently agreed to buy the mill",
         "the council has \u2026 agreed to buy the mill", False),
        ("the council has held talks with the owners and recently agreed to buy the mill",
         "the council has ... agreed to buy the mill", False),
        ("We will rebuild every home. We will not leave anyone behind", "We will rebuild \u2026 every home", False),
        # a word changed beside the mark still rewords it
        ("the council has held talks with the owners and recently agreed to buy the mill",
         "the council has \u2026 agreed to purchase the mill", True),
        ("the council has held talks with the owners and recently agreed to buy the mill",
         "the council has agreed to buy the mill", True),  # no mark: words dropped without saying so
    ],
)  # fmt: skip
def test_words_left_out_at_an_ellipsis_are_no_rewording(a: str, b: str, is_reworded: bool) -> None:
    assert reworded(quoted_wording(a), quoted_wording(b)) is is_reworded
    assert reworded(quoted_wording(b), quoted_wording(a)) is is_reworded


@pytest.mark.parametrize(
    ("a", "b", "is_reworded"),
    [
        # a few words left out without an editor's mark, or an article opening a later excerpt: an excerpt, not a
        # rewording (rule ``unmarked_omission``)
        ("The crew of the ferry reached the harbour safely and the pilot was praised",
         "crew reached the harbour safely and the pilot was praised", False),
        ("It rained all night. Rescue crews reached the village quickly and the road was cleared",
         "The rescue crews of the province reached the village quickly, and the road was cleared", False),
        # a negation, hedge, figure, modal or degree word left out changes what was said
        ("the crew may not have reached the harbour safely and the pilot was praised",
         "the crew have reached the harbour safely and the pilot was praised", True),
        ("the crew of 12 reached the harbour safely and the pilot was praised",
         "the crew reached the harbour safely and the pilot was praised", True),
        ("the crew reached the harbour safely and only some of the pilots were praised",
         "the crew reached the harbour safely and the pilots were praised", True),
        # a word swapped is still a rewording beside an omission
        ("the crew of the ferry reached the harbour safely and the pilot was praised",
         "crew reached the port safely and the pilot was praised", True),
    ],
)  # fmt: skip
def test_a_few_words_left_out_without_a_mark_are_no_rewording(a: str, b: str, is_reworded: bool) -> None:
    assert reworded(quoted_wording(a), quoted_wording(b)) is is_reworded
    assert reworded(quoted_wording(b), quoted_wording(a)) is is_reworded


def test_one_speakers_quotation_in_different_words_is_a_conflict_naming_each_copy() -> None:
    records = [
        _rec(0, "This is real progress", "pike", direct=True),
        _rec(1, "This is substantial progress", "pike", direct=True),
        _rec(2, "This is real progress", "pike", direct=True),
    ]
    (conflict,) = quote_conflicts(records, {"pike": "Dr Pike"})
    assert conflict.kind == "quote-wording"
    assert conflict.description.startswith("Dr Pike is quoted in different words: ")
    assert sorted(v["mention"] for v in conflict.values) == [0, 1, 2]
    assert {v["quote"] for v in conflict.values} == {"This is real progress", "This is substantial progress"}


@pytest.mark.parametrize(
    "records",
    [
        # two speakers, each quoted once
        [_rec(0, "This is real progress", "pike", direct=True),
         _rec(1, "This is substantial progress", "lowe", direct=True)],
        # a paraphrase with quoted words in it is not the whole quotation
        [_rec(0, "This is real progress", "pike", direct=True),
         _rec(1, "it called the approval “real progress” for families", "pike", direct=True)],
        # reported speech is no quotation
        [_rec(0, "This is real progress", "pike", direct=True), _rec(1, "this is substantial progress", "pike")],
    ],
)  # fmt: skip
def test_no_quote_conflict_across_speakers_or_paraphrase(records: list[MentionRecord]) -> None:
    assert quote_conflicts(records, {}) == []


def test_one_article_quoting_a_speaker_twice_is_no_quote_conflict() -> None:
    records = [
        _rec(0, "This is real progress", "pike", direct=True),
        _rec(0, "This is substantial progress", "pike", direct=True),
    ]
    assert quote_conflicts(records, {}) == []


def test_articles_that_each_quote_a_speaker_twice_are_no_quote_conflict() -> None:
    # three copies of one story, each printing both of the judge's sentences: two things said, not one reworded
    records = [
        _rec(k, text, "judge", direct=True)
        for k in range(3)
        for text in ("He knew it was wrong", "He knew it was reckless and he regrets nothing about it")
    ]
    assert quote_conflicts(records, {}) == []


def test_one_article_printing_both_wordings_beside_one_printing_only_one_is_no_quote_conflict() -> None:
    records = [
        _rec(0, "This is real progress", "pike", direct=True),
        _rec(0, "This is substantial progress", "pike", direct=True),
        _rec(1, "This is real progress", "pike", direct=True),
    ]
    assert quote_conflicts(records, {}) == []


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        # two newsrooms' own renderings of one speaker (a translation, a transcription): other words, one statement
        ("I wanted the whole community to witness the hearings that took place here",
         "I wanted the entire society to witness the debates that took place here", False),
        ("The international community is monitoring the situation very closely and will respond",
         "The international community is watching this very closely and will respond", False),
        ("The region has suffered greatly, many lives have been lost, and it is time to end the fighting",
         "The region has suffered a lot, many people have been killed, and it is time to stop the fighting", False),
        # a word that changes what was said still conflicts between independent reports
        ("The ministry will release the detailed results of the count this week",
         "The ministry will not release the detailed results of the count this week", True),
        ("The ministry will release the detailed results of the count this week",
         "The ministry may release the full results of the count this week", True),
        ("The fire destroyed 40 homes in the valley and the road was closed",
         "The fire destroyed 60 homes in the valley and the road was shut", True),
    ],
)  # fmt: skip
def test_independent_reports_rewording_one_speaker_conflict_only_on_a_word_of_meaning(
    first: str, second: str, conflict: bool
) -> None:
    # rule ``rewording_needs_a_copy``: articles a0 and a1 are independent reports (components 0 and 1)
    records = [_rec(0, first, "envoy", direct=True), _rec(1, second, "envoy", direct=True)]
    assert bool(quote_conflicts(records, {}, {"a0": 0, "a1": 1})) is conflict
    # without the dependence components (or within one component: a copy reworded it), any rewording conflicts
    assert quote_conflicts(records, {})
    assert quote_conflicts(records, {}, {"a0": 0, "a1": 0})
