"""An office title one person holds, capitalised before a name ("District Magistrate Ravi Menon", "County
Coroner Ana Ruiz"), makes the name a person even where the tagger labelled title and name together as one body
(rule ``capitalised_role_then_name`` with ``title_inside_tagged_body``); the pronoun after then finds the
person, not someone named earlier."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    ("titled", "name", "pronoun"),
    [
        ("District Magistrate Ravi Menon", "Ravi Menon", "he"),
        ("District Magistrate Ashok Verma", "Ashok Verma", "he"),
        ("County Coroner Ana Ruiz", "Ana Ruiz", "she"),
        ("State Treasurer Lena Varga", "Lena Varga", "she"),
    ],
)
def test_a_name_after_an_office_title_is_a_person(titled: str, name: str, pronoun: str) -> None:
    text = (
        f"Preacher Bhole Baba fled after the crush. {titled} said the event was private. "
        f"The police stayed outside the venue, {pronoun} added."
    )
    _, res = resolve(text, [(titled, 1, "said"), (pronoun, 1, "added")])
    first = source_of(res, 0)
    assert first.name == name
    assert first.person
    assert source_of(res, 1).name == name
