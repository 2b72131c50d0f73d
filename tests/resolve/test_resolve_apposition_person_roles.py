"""An apposition naming one person's role makes the name a person, whatever the tagger called it."""

from __future__ import annotations

from resolve_helpers import resolve, source_of

# the tagger reads this name as an organisation in these sentences
NAME = "Brock Sterling"


def test_a_name_described_as_a_director_is_a_person_who_takes_he() -> None:
    text = (
        f"\u201cThe count is the floor, not the ceiling,\u201d {NAME}, the group\u2019s executive director, said. "
        "Sterling said the recall came late. He said the pumps share the same valve."
    )
    _, res = resolve(text, [(NAME, 1, "said"), ("Sterling", 2, "said"), ("He", 1, "said")])
    first = source_of(res, 0)
    assert first.kind == "person" and first.person
    assert source_of(res, 1) is first
    assert source_of(res, 2) is first


def test_a_role_a_company_can_hold_keeps_the_name_a_body() -> None:
    text = f"\u201cThe count is the floor, not the ceiling,\u201d {NAME}, the group\u2019s main supplier, said."
    _, res = resolve(text, [(NAME, 1, "said")])
    assert not source_of(res, 0).person
