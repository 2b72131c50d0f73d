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


def test_a_company_spokesman_speaks_for_the_company_named_before() -> None:
    text = (
        "Velmora Foods Ltd said it would recall 3,000 jars. "
        "No customers had fallen ill, a company spokesman told the Gazette."
    )
    _, res = resolve(text, [("Velmora Foods Ltd", 1, "said"), ("a company spokesman", 1, "told")])
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert source_of(res, 1).name.startswith("Velmora Foods")


def test_a_company_spokesman_with_no_company_named_stays_unnamed() -> None:
    text = "No customers had fallen ill, a company spokesman told the Gazette."
    _, res = resolve(text, [("a company spokesman", 1, "told")])
    assert source_of(res, 0).kind == "anonymous"


def test_the_company_after_its_plant_is_the_company_not_the_plant() -> None:
    text = (
        "The leak at the Ostrava Polymers plant began on Monday, the fire service said. "
        "The company said no one was hurt."
    )
    _, res = resolve(text, [("the fire service", 1, "said"), ("The company", 1, "said")])
    assert source_of(res, 1).name == "Ostrava Polymers"
