"""Company descriptions located by a place: the company, never the place."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_place_based_company_noun_is_the_company_not_the_place() -> None:
    text = (
        "Harlow Motors recalled 20,000 vans on Monday. Dana Pike, a regulator, said the fault was known. "
        "The Toledo, Ohio-based automaker said it would pay for repairs."
    )
    _, res = resolve(
        text,
        [("Harlow Motors", 1, "recalled"), ("Dana Pike", 1, "said"), ("The Toledo, Ohio-based automaker", 1, "said")],
    )
    assert source_of(res, 2).name == "Harlow Motors"
    assert source_of(res, 2).kind == "organization"


def test_the_place_and_a_company_noun_is_the_company() -> None:
    text = (
        "Quillon Air cancelled 40 flights on Friday. Transport Minister Ada Ruhl said passengers would be refunded. "
        "The Lisbon airline said the strike would end soon."
    )
    _, res = resolve(
        text,
        [
            ("Quillon Air", 1, "cancelled"),
            ("Transport Minister Ada Ruhl", 1, "said"),
            ("The Lisbon airline", 1, "said"),
        ],
    )
    assert source_of(res, 2).name == "Quillon Air"
