"""How ``scripts/fact_keys.py`` reads the fact a mention states and compares two facts, on sentences written here."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from attribution.doc import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import fact_keys as fk  # noqa: E402

from attribution.tracing.candidates import features  # noqa: E402


def _fact(parse: Callable[[str], Document], text: str) -> list[str]:
    doc = parse(text)
    return fk.fact_of(list(doc.tokens), features._entities_by_start(doc))


def test_an_active_object_and_a_passive_subject_are_both_what_is_done_to(parse: Callable[[str], Document]) -> None:
    active = _fact(parse, "The carrier has restored service to all customers.")
    passive = _fact(parse, "Service has been restored to all customers.")
    assert active[0] == passive[0]
    assert active[2] == passive[2] != ""
    assert passive[1] == ""
    assert fk.fact_relation(active, passive) == 1


def test_a_pronoun_names_no_participant(parse: Callable[[str], Document]) -> None:
    assert _fact(parse, "He was sentenced to 16 years in prison.")[1:] == ["", ""]


def test_a_named_doer_is_its_entity_key(parse: Callable[[str], Document]) -> None:
    fact = _fact(parse, "Verizon restored its network on Thursday.")
    assert fact[1].startswith("#") or fact[1].startswith("@")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (["~casualty", "", "troop"], ["~casualty", "militant", "troop"], 1),  # one participant shared, none differs
        (["restore", "", "service"], ["restore", "", "power"], -1),  # one predicate, two things restored
        (["shock", "#sunak", ""], ["shock", "#caputova", ""], -1),
        (["restore", "", "service"], ["resume", "", "service"], 0),  # other predicates: nothing said
        (["restore", "", ""], ["restore", "#at&t", ""], 0),  # no participant on one side
        ([], ["restore", "", "service"], 0),
    ],
)
def test_fact_relation(a: list[str], b: list[str], expected: int) -> None:
    assert fk.fact_relation(a, b) == expected
    assert fk.fact_relation(b, a) == expected


def test_fact_cover_is_the_share_of_each_fact_the_other_mention_says() -> None:
    a, b = ["fine", "#eu", "#apple"], ["hit", "#eu", "#apple"]
    keys_a, keys_b = {"fine", "#eu", "#apple", "billion"}, {"hit", "#eu", "#apple", "fine"}
    assert fk.fact_cover(a, b, keys_a, keys_b) == pytest.approx(5 / 6)  # "hit" is not among a's words
    assert fk.fact_cover(["fine", "", ""], b, keys_a, keys_b) is None  # a predicate alone is no fact to cover
