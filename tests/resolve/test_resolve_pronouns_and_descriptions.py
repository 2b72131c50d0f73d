"""Pronouns and descriptions resolved to the right source: a gender the text's titles tell for a name never
quoted ("Mr Osterberg"), a name the tagger called a body that "she" points back at, "the palace" for the body
whose name holds the noun."""

from __future__ import annotations

import pytest
from resolve_helpers import parse, resolve, source_of

from attribution.resolve.text import titled_name_genders

# -- titled_name_gender ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion named Mr Okafor. Daniel Okafor resigned on Friday.", {"okafor": "male"}),
        ("Mrs Delacroix-Ferrand arrived late.", {"delacroix ferrand": "female", "ferrand": "female"}),
        ("The council thanked spokeswoman Ida Brenner for her work.", {"ida brenner": "female", "brenner": "female"}),
        ("Queen Annelise opened the bridge.", {"annelise": "female"}),
    ],
)
def test_a_title_before_a_name_tells_its_gender(text: str, expected: dict[str, str]) -> None:
    genders = titled_name_genders(parse(text))
    assert {k: genders[k] for k in expected if k in genders} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ada Pelham and Rolf Pelham spoke to the court. Ms Pelham wept.",  # two Pelhams: "Ms Pelham" is one
        "Mr Ferris left early. Later Mrs Ferris said nothing.",  # both genders told
    ],
)
def test_a_surname_several_people_share_tells_no_gender(text: str) -> None:
    genders = titled_name_genders(parse(text))
    assert next((k for k in genders if k.split()[-1] in {"pelham", "ferris"} and " " not in k), None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Staff at King's College walked out.",  # a possessive after the title word
        "Trains left Sir Arthur Doyle Memorial Station late.",  # longer than a person's name: a building
    ],
)
def test_a_title_word_before_no_person_name_tells_nothing(text: str) -> None:
    assert titled_name_genders(parse(text)) == {}


def test_a_regnal_number_is_no_name() -> None:
    genders = titled_name_genders(parse("King Edmund IV opened the bridge."))
    assert genders.get("edmund") == "male"
    assert "iv" not in genders


@pytest.mark.parametrize(
    ("titled", "pronoun"),
    [
        ("Mr Osterberg", "She"),
        ("Mrs Osterberg", "He"),
        ("Sir Anders Osterberg", "She"),
        ("chairwoman Ida Osterberg", "He"),
    ],
)
def test_a_pronoun_skips_a_name_titled_the_other_gender(titled: str, pronoun: str) -> None:
    text = (
        f"Noor Lindgren, the party leader, said the plan was unfair and called {titled}'s budget reckless. "
        f"{pronoun} said pensions would suffer."
    )
    _, res = resolve(text, [("Noor Lindgren", 1, "said"), (pronoun, 1, "said")])
    assert source_of(res, 1).name == "Noor Lindgren"
    assert source_of(res, 1).name != "Osterberg"


def test_a_titled_name_is_still_the_pronoun_of_its_own_gender() -> None:
    text = (
        "Noor Lindgren, the party leader, said the plan was unfair and called Mr Osterberg's budget reckless. "
        "He said pensions would suffer."
    )
    _, res = resolve(text, [("Noor Lindgren", 1, "said"), ("He", 1, "said")])
    src = source_of(res, 1)
    assert "Osterberg" in src.name
    assert src.gender_by.get("male") == "titled_name_gender"


# -- untyped_name_pronoun --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "pronoun"),
    [
        ("Vandermeer said the fine was final. \u201cThis is illegal,\u201d she said.", "Vandermeer", "she"),
        ("Lindqvist said the plan was unfair. \u201cIt hurts pensioners,\u201d he said.", "Lindqvist", "he"),
    ],
)
def test_a_pronoun_points_back_at_a_name_the_tagger_called_a_body(text: str, name: str, pronoun: str) -> None:
    _, res = resolve(text, [(name, 1, "said"), (pronoun, 1, "said")])
    assert source_of(res, 1).name == name
    assert "untyped_name_pronoun" in {rule for n, _v, rule in res.fired if n == 1}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vandermeer Holdings said the fine was final. \u201cThis is illegal,\u201d she said.", "Vandermeer Holdings"),
        (
            "Vandermeer said the fine was final. Mr Vandermeer left. \u201cThis is illegal,\u201d she said.",
            "Vandermeer",
        ),
    ],
)
def test_a_pronoun_skips_a_body_word_or_the_other_gender(text: str, name: str) -> None:
    _, res = resolve(text, [(name, 1, "said"), ("she", 1, "said")])
    assert source_of(res, 1).name.startswith("unidentified")


# -- head_in_body_name -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        (
            "Elmsworth Palace announced on Monday that the king was ill. He was in good spirits, the palace said.",
            [("Elmsworth Palace", 1, "announced"), ("the palace", 1, "said")],
            "Elmsworth Palace",
        ),
        (
            "A spokesman for Ridgeway General Hospital confirmed the attack. Surgeries were cancelled, the hospital "
            "said.",
            [("A spokesman for Ridgeway General Hospital", 1, "confirmed"), ("the hospital", 1, "said")],
            "Ridgeway General Hospital",
        ),
        (
            "The Port of Calderon said ships were waiting offshore. Cranes were idle, the port said.",
            [("The Port of Calderon", 1, "said"), ("the port", 1, "said")],
            "Port of Calderon",
        ),
    ],
)
def test_a_description_is_the_body_whose_name_holds_its_noun(
    text: str, spec: list[tuple[str, int, str]], expected: str
) -> None:
    _, res = resolve(text, spec)
    assert source_of(res, len(spec) - 1).name.endswith(expected)


def test_a_description_is_not_a_body_whose_name_lacks_its_noun() -> None:
    text = "Ridgeway Clinic said the wards were full. Surgeries were cancelled, the hospital said."
    _, res = resolve(text, [("Ridgeway Clinic", 1, "said"), ("the hospital", 1, "said")])
    assert source_of(res, 1).name == "the hospital"
