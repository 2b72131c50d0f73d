"""The tracing evaluator maps the gold file's names to our sources as their author meant them."""

from __future__ import annotations

from attribution.trace.evaluate import _gold_origin_ids


def test_a_parenthesised_country_qualifies_the_gold_name_it_is_not_an_alias() -> None:
    names = {"kenya": "kenya-government", "harbour authority": "harbour-authority"}
    assert _gold_origin_ids(["Port Agency (Kenya)"], names) == {"?port agency (kenya)"}  # not found, not "kenya"
    assert _gold_origin_ids(["Harbour Authority (Kenya)"], names) == {"harbour-authority"}


def test_parenthesised_other_names_are_aliases() -> None:
    names = {"diu": "defence-intelligence"}
    assert _gold_origin_ids(["Defence Intelligence of Ukraine (GUR / DIU / HUR)"], names) == {"defence-intelligence"}


def test_a_leading_the_does_not_keep_a_gold_outlet_from_its_source() -> None:
    names = {"daily planet": "daily-planet"}
    assert _gold_origin_ids(["The Daily Planet"], names) == {"daily-planet"}
