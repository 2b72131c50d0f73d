"""Unnamed officials or authorities beside a named person who holds an office at a body (rule
``officials_may_be_an_officer``), and plurals in -ies read as their singular ("Authorities" opening a sentence
is no name). Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402
from attribution.tracing.independence import _singular  # noqa: E402

KEYS = ["~close", "port", "harbour", "storm"]
BODIES = (
    "The harbour port was closed before the storm on Tuesday. Another line 0 on tides and wind.",
    "Ferries stayed in dock all day. Another line 1 on tides and wind.",
)


def _claim(first: Source, second: Source):  # type: ignore[no-untyped-def]
    arts = two_origin_articles(
        first.id,
        second.id,
        bodies=BODIES,
        statement="the port is closed as the storm nears the harbour",
        keys=KEYS,
    )
    (claim,) = trace_claims(arts, [first, second])
    return claim


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("authorities", "authority"), ("agencies", "agency"), ("officials", "official"), ("press", "press")],
)
def test_a_plural_reads_as_its_singular(plural: str, singular: str) -> None:
    assert _singular(plural) == singular


def _officer(affiliation: str | None, description: str | None) -> Source:
    person = src("ana-ruiz", "Ana Ruiz", "person")
    person.affiliation, person.description = affiliation, description
    return person


@pytest.mark.parametrize(
    ("unnamed", "affiliation", "description"),
    [
        # "Authorities said ..." opening a sentence; "Ana Ruiz, head of the regional rescue agency, said ..."
        ("Authorities", "the regional rescue agency", "head of the regional rescue agency"),
        ("officials", "the harbour ministry", None),
        # "government sources" beside "Ana Ruiz, a spokeswoman for the port"
        ("government sources", None, "spokeswoman for the port"),
    ],
)
def test_unnamed_officials_beside_a_person_holding_an_office_may_be_that_person(
    unnamed: str, affiliation: str | None, description: str | None
) -> None:
    officials = src("unnamed-officials", unnamed, "government")
    claim = _claim(officials, _officer(affiliation, description))
    assert claim.verdict == "single-origin", claim.independence
    assert f"{unnamed} is not named: it may be Ana Ruiz" in claim.independence.doubts


@pytest.mark.parametrize(
    ("affiliation", "description"),
    [
        (None, None),  # a resident with no office
        ("the harbour sailing club", "member of the harbour sailing club"),  # no public body, no official's title
    ],
)
def test_unnamed_officials_beside_a_person_with_no_office_still_confirm(
    affiliation: str | None, description: str | None
) -> None:
    # officials of a stated country: bare "officials" of no body and no country are held back as unidentified
    # whatever stands beside them (rule ``officials_of_no_body``, round fourteen)
    officials = src("unnamed-officials", "Norland officials", "government")
    officials.country = "Norland"
    claim = _claim(officials, _officer(affiliation, description))
    assert claim.verdict == "independently-confirmed", claim.independence


def _speaking_for(body: Source) -> tuple[Source, Source]:
    """ "Norland's President Ana Ruiz": resolution gave her the path to the body she speaks for."""
    person = _officer(None, "President")
    person.affiliation_path = [person.id, body.id]
    return person, body


def _claim_beside(first: Source, second: Source, third: Source):  # type: ignore[no-untyped-def]
    arts = two_origin_articles(
        first.id, second.id, bodies=BODIES, statement="the port is closed as the storm nears the harbour", keys=KEYS
    )
    (claim,) = trace_claims(arts, [first, second, third])
    return claim


def test_unnamed_authorities_beside_a_person_speaking_for_a_state_may_be_that_state() -> None:
    authorities = src("unnamed-authorities", "authorities", "government")
    person, state = _speaking_for(src("government-of-norland", "Government of Norland", "government"))
    claim = _claim_beside(authorities, person, state)
    assert claim.verdict == "single-origin", claim.independence
    assert "authorities is not named: it may be Ana Ruiz" in claim.independence.doubts


def test_unnamed_authorities_beside_a_person_speaking_for_a_company_still_confirm() -> None:
    # authorities of a stated country: bare "authorities" of no body and no country are held back as unidentified
    # whatever stands beside them (rule ``officials_of_no_body``, round fourteen)
    authorities = src("unnamed-authorities", "Chilean authorities", "government")
    authorities.country = "Chile"
    person, company = _speaking_for(src("norland-ferries", "Norland Ferries", "organization"))
    person.description = "chair of Norland Ferries"
    claim = _claim_beside(authorities, person, company)
    assert claim.verdict == "independently-confirmed", claim.independence


def test_an_unnamed_army_beside_a_person_speaking_for_the_government_still_confirms() -> None:
    army = src("unnamed-army", "the army", "military")
    person, state = _speaking_for(src("government-of-norland", "Government of Norland", "government"))
    claim = _claim_beside(army, person, state)
    assert claim.verdict == "independently-confirmed", claim.independence
