"""A possessive inside one name ("King's College Hospital": the tagger's one entity runs through it) is part of
the name, never an owner cut off before a body; a possessive between two names ("Google's Threat Analysis
Group") or before a role ("Acme's chief executive") still names the owner."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("King's College Hospital said the wards were full.", "King's College Hospital"),
        ("Memos from King's College Hospital said the wards were full.", "King's College Hospital"),
    ],
)
def test_a_name_with_a_possessive_inside_keeps_it(text: str, phrase: str) -> None:
    _, res = resolve(text, [(phrase, 1, "said")])
    assert source_of(res, 0).name == phrase


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        ("Google's Threat Analysis Group said the attack was new.", "Google's Threat Analysis Group",
         "Threat Analysis Group"),
    ],
)  # fmt: skip
def test_a_possessive_between_two_names_still_names_an_owner(text: str, phrase: str, name: str) -> None:
    _, res = resolve(text, [(phrase, 1, "said")])
    assert source_of(res, 0).name == name


def test_a_possessive_before_a_role_still_names_the_owner() -> None:
    _, res = resolve("Acme's chief executive said the data was lost.", [("Acme's chief executive", 1, "said")])
    assert source_of(res, 0).affiliation == "Acme"
