"""A news organisation given as the origin (a newspaper, broadcaster or news agency reporting a fact on its own
authority: "Harbour Radio reported ...") sits at the end of a chain it does not show: it stays visible as an
origin but never counts as a body apart from the bodies beside it (rule ``press_is_no_second_body``), unless it is
an outlet of one country beside bodies all of other countries. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from whole_runs import claim_with, run_articles

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, mention, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402

CLOSURE = ["~close", "bridge", "harbour", "crack"]
STATEMENT = "the harbour bridge is closed over a crack"
BODIES = (
    "The harbour bridge was shut on Monday after inspectors found a crack. Ferries ran extra crossings.",
    "Drivers queued at the ring road. Buses were sent the long way round the bay.",
    "Schools on the north shore opened late. The mayor asked people to work from home.",
)
RELAYING = "is a news organisation reporting this on its own authority: it is counted as relaying, not as a second body"


def _articles(*origins: str) -> list[Art]:
    """One unrelated article per origin, each carrying the statement from that origin."""
    if len(origins) == 2:
        return two_origin_articles(*origins, bodies=BODIES[:2], statement=STATEMENT, keys=CLOSURE)
    arts = []
    for k, origin in enumerate(origins):
        art = Art(f"a{k}", f"Outlet {k}", body=BODIES[k])
        art.mentions.append(mention(STATEMENT, CLOSURE, attributions=[art.attribute(origin)]))
        arts.append(art)
    return arts


PORT = src("port-authority", "Port Authority of Eastmark", "government", "Eastmark")


@pytest.mark.parametrize(
    "press",
    [
        src("harbour-radio", "Harbour Radio", "media outlet"),  # a broadcaster of no stated country
        src("eastmark-daily", "Eastmark Daily", "media outlet", "Eastmark"),  # the body's own country's paper
        src("northwire", "Northwire", "wire agency"),  # a news agency
        src("northwire", "Northwire", "wire agency", "Westland"),  # a foreign news agency: its trade is relaying
    ],
)
def test_a_news_organisation_beside_a_body_is_counted_as_relaying_it(press: Source) -> None:
    (claim,) = trace_claims(_articles(press.id, PORT.id), [press, PORT])
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert press.id in claim.origins  # still shown as an origin
    assert f"{press.name} {RELAYING}" in claim.independence.evidence
    assert f"one origin: {PORT.name}" in claim.independence.evidence


def test_a_news_organisation_beside_two_bodies_leaves_the_two_bodies_confirming() -> None:
    press = src("harbour-radio", "Harbour Radio", "media outlet")
    police = src("coast-police", "Coast Police", "government", "Eastmark")
    (claim,) = trace_claims(_articles(press.id, PORT.id, police.id), [press, PORT, police])
    assert claim.verdict == "independently-confirmed" and claim.independent_origins == 2
    assert f"{press.name} {RELAYING}" in claim.independence.evidence
    assert claim.independence.doubts == []  # a rule of counting, not a doubt the gate weighs


@pytest.mark.parametrize(
    ("country", "text"),
    [
        ("Westland", "the Westland harbour bridge is closed over a crack"),
        ("Norway", "the Norwegian harbour bridge is closed over a crack"),  # its country's adjective
    ],
)
def test_an_outlet_reporting_on_its_own_country_beside_a_body_of_another_stays_a_second_body(
    country: str, text: str
) -> None:
    # "the Westland news site Lookout reported Westland's harbour bridge is closed ..." / "Eastmark's port
    # authority confirmed ...": the outlet reports from home (rule ``press_apart_only_at_home``)
    outlet = src("lookout", "Lookout", "media outlet", country)
    arts = two_origin_articles(
        outlet.id, PORT.id, bodies=BODIES[:2], statement=STATEMENT, keys=CLOSURE, texts=(text, "")
    )
    (claim,) = trace_claims(arts, [outlet, PORT])
    assert claim.verdict == "independently-confirmed" and claim.independent_origins == 2
    assert not any(RELAYING in line for line in claim.independence.evidence)


@pytest.mark.parametrize(
    "text",
    [
        STATEMENT,  # no country named: an event abroad, as far as the outlet's words go
        "the Eastmark harbour bridge is closed over a crack",  # the body's country, not the outlet's
    ],
)
def test_an_outlet_reporting_an_event_abroad_relays_the_body_of_that_country(text: str) -> None:
    # "a bridge closed in Eastmark, as reported by the Westland paper Lookout" / "Eastmark's port authority said"
    outlet = src("lookout", "Lookout", "media outlet", "Westland")
    arts = two_origin_articles(
        outlet.id, PORT.id, bodies=BODIES[:2], statement=STATEMENT, keys=CLOSURE, texts=(text, "")
    )
    (claim,) = trace_claims(arts, [outlet, PORT])
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert f"{outlet.name} {RELAYING}" in claim.independence.evidence


@pytest.mark.parametrize(
    "other",
    [
        src("quay-workers", "quay workers", "collective"),  # a body of no stated country
        src("harbour-guild", "Harbour Guild", "organization", "Westland"),  # of the outlet's own country
    ],
)
def test_an_outlet_of_a_known_country_beside_a_body_not_shown_foreign_is_relaying(other: Source) -> None:
    outlet = src("lookout", "Lookout", "media outlet", "Westland")
    (claim,) = trace_claims(_articles(outlet.id, other.id), [outlet, other])
    assert claim.verdict == "single-origin"
    assert f"{outlet.name} {RELAYING}" in claim.independence.evidence


def test_news_organisations_alone_are_one_origin_the_most_carried_kept() -> None:
    radio = src("harbour-radio", "Harbour Radio", "media outlet")
    wire = src("northwire", "Northwire", "wire agency")
    (claim,) = trace_claims(_articles(radio.id, wire.id, radio.id), [radio, wire])
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert f"{wire.name} {RELAYING}" in claim.independence.evidence
    assert f"one origin: {radio.name}" in claim.independence.evidence




@pytest.mark.parametrize(
    "press_sentence",
    [
        "The harbour bridge has been closed after inspectors found a crack, the broadcaster Harbour Radio reported.",
        "The harbour bridge has been closed after inspectors found a crack, according to the Bayside Gazette.",
    ],
)
def test_a_named_broadcaster_or_paper_does_not_confirm_the_authority_it_shadows(press_sentence: str) -> None:
    report = run_articles(
        (
            "Coast Courier",
            "The harbour bridge has been closed after inspectors found a crack, the port authority said on Monday."
            "\n\nFerries ran extra crossings.",
        ),
        ("Valley Post", f"{press_sentence}\n\nDrivers queued on the ring road."),
    )
    claim = claim_with(report, "harbour bridge has been closed")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin"
    assert any(RELAYING in line for line in claim.independence.evidence)
