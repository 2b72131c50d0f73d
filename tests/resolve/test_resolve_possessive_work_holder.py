"""A group's or a body's own work speaks for it after a possessive: "Their forecasts suggest ..." right after
"Met Office scientists believe ..." is the scientists' (rule possessive_work_holder, listed in the result's
``fired``). Never a person, never past a line break, and never a source further back than the latest.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    ("text", "holder", "work"),
    [
        (
            "Harbour Institute scientists believe the record could be short-lived. "
            "Their forecasts suggest April will break it.",
            "Harbour Institute scientists",
            "Their forecasts",
        ),
        (
            "The Nordmet weather agency said the dry spell would end. Its figures show rain returning in May.",
            "Nordmet",
            "Its figures",
        ),
    ],
)
def test_a_possessive_work_speaks_for_the_group_named_just_before(text: str, holder: str, work: str) -> None:
    first_cue = "believe" if "believe" in text else "said"
    second_cue = "suggest" if "suggest" in text else "show"
    _, res = resolve(text, [(text.split(" " + first_cue)[0], 1, first_cue), (work, 1, second_cue)])
    assert holder in source_of(res, 1).name
    assert (1, -1, "possessive_work_holder") in res.fired


@pytest.mark.parametrize(
    "text",
    [
        # a person's work is no "their"
        "Mayor Jo Lee said the record could be short-lived. Their forecasts suggest April will break it.",
        # a line break between the group and its work
        "Harbour Institute scientists believe the record could be short-lived.\n\n"
        "Their forecasts suggest April will break it.",
    ],
)
def test_a_possessive_work_keeps_its_own_entry_without_a_fitting_group_on_its_line(text: str) -> None:
    first = text.split(" said")[0] if " said" in text else text.split(" believe")[0]
    cue = "said" if " said" in text else "believe"
    _, res = resolve(text, [(first, 1, cue), ("Their forecasts", 1, "suggest")])
    assert not [f for f in res.fired if f[2] == "possessive_work_holder"]
