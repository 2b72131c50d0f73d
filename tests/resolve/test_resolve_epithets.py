"""An epithet (a description that characterises someone rather than naming an office they hold now: a role in
the past, or two roles under one determiner) that no source fits is the latest named person who spoke before it:
a description attached to a name is the same person, not a second source. A bare office ("the judge") is no
epithet, and an epithet with nobody named before it stays its own source."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve

from attribution.resolve.sieves import SIEVES


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Maria Lopez said she would govern for all. The climate scientist and former Lima city mayor said her "
         "rivals had called her.", "The climate scientist and former Lima city mayor"),
        ("Maria Lopez said she would govern for all. The former Lima city mayor said her rivals had called her.",
         "The former Lima city mayor"),
        ("Tomas Berg said the club would appeal. The onetime coach said the ban was unfair.", "The onetime coach"),
    ],
)  # fmt: skip
def test_an_epithet_is_the_person_named_before(text: str, phrase: str) -> None:
    first = text.split(" said")[0]
    _, res = resolve(text, [(first, 1, "said"), (phrase, 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]
    assert (1, -1, "epithet") in res.fired


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Maria Lopez said she would govern for all. The judge said the count was fair.", "The judge"),
        ("Maria Lopez said she would govern for all. The mayor said the count was fair.", "The mayor"),
        ("The Tarlow Water Board said the dam was sound. The former Lima city mayor said it was weak.",
         "The former Lima city mayor"),
    ],
)  # fmt: skip
def test_an_office_or_no_person_before_is_no_epithet_of_anyone(text: str, phrase: str) -> None:
    first = text.split(" said")[0]
    _, res = resolve(text, [(first, 1, "said"), (phrase, 1, "said")])
    assert res.attribution_sources[1] != res.attribution_sources[0]


def test_the_epithet_sieve_comes_after_the_antecedent_sieve() -> None:
    names = SIEVES.names()
    assert names.index("antecedent") < names.index("epithet") < names.index("unresolved_reference")
