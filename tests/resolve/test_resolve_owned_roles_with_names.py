"""A role a named owner holds ("Riverton's fire chief"), with a person's name in apposition, is that person,
described by the role: the role alone names no one (rule ``owned_role_with_name``)."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    ("text", "phrase", "cue", "name"),
    [
        (
            "Riverton's fire chief, Captain Dana Morel, said the blaze was contained by noon.",
            "Riverton's fire chief",
            "said",
            "Dana Morel",
        ),
        (
            "Halvorsen Builders' site manager, Tomas Brek, confirmed the crew was on the roof when it fell.",
            "Halvorsen Builders' site manager",
            "confirmed",
            "Tomas Brek",
        ),
        (
            "Acme Holdings Inc.'s Chief Executive Officer, Lars Venn, has announced that the plant will close.",
            "Acme Holdings Inc.'s Chief Executive Officer",
            "has announced",
            "Lars Venn",
        ),
        (
            "The Corvel Space Agency\u2019s associate administrator, Ines Varga, added that the tests would go on.",
            "The Corvel Space Agency\u2019s associate administrator",
            "added",
            "Ines Varga",
        ),
    ],
)
def test_an_owned_role_with_a_name_in_apposition_is_that_person(text: str, phrase: str, cue: str, name: str) -> None:
    _, res = resolve(text, [(phrase, 1, cue)])
    src = source_of(res, 0)
    assert (src.name, src.person) == (name, True)
    assert phrase.split()[-1] in " ".join(src.descriptions)


def test_the_person_named_after_an_owned_role_is_the_one_a_later_surname_points_at() -> None:
    text = (
        "Halvorsen Builders' site manager, Tomas Brek, confirmed the crew was on the roof. "
        "\u201cWe take safety seriously,\u201d Brek said."
    )
    _, res = resolve(text, [("Halvorsen Builders' site manager", 1, "confirmed"), ("Brek", 1, "said")])
    assert res.attribution_sources[0] == res.attribution_sources[1]


def test_a_body_in_apposition_to_an_owned_role_is_not_made_a_person() -> None:
    text = "Harlow Mining's parent company, Brill Holdings, said the mine would reopen."
    _, res = resolve(text, [("Harlow Mining's parent company", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.person) == ("Brill Holdings", False)


def test_an_owned_role_with_no_name_after_it_stays_unnamed() -> None:
    text = "Riverton's fire chief said the blaze was contained by noon."
    _, res = resolve(text, [("Riverton's fire chief", 1, "said")])
    src = source_of(res, 0)
    assert (src.name, src.person) == ("fire chief", False)
