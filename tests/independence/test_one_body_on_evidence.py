"""A second origin counts only when it is surely another body: an officer whose role the corpus states at
another origin, the press relaying a party it names, and a mere description of a body ("the health
agency") are never a second body. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, described, mention, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402

RECALL = ["~recall", "kettle", "model", "fault", "lid"]


trace = trace_claims
with_description = described
#: Two unrelated articles' own words (each also names an origin of the recall).
BODIES = (
    "Brightwell recalled its kettles on Monday after lids came loose. Extra line 0 about weather and roads.",
    "Shops pulled the kettle. Extra line 1 about weather and roads.",
)


def two_articles(first: str, second: str, **how: tuple[str, str]) -> list[Art]:
    """Two unrelated articles carrying one statement, each from one origin (see ``two_origin_articles``)."""
    statement = "the kettle model is recalled over a faulty lid"
    return two_origin_articles(first, second, bodies=BODIES, statement=statement, keys=RECALL, **how)


@pytest.mark.parametrize(
    ("officer", "body"),
    [
        # the role names the body: "Dana Osei, Brightwell CEO, said ..." in some other article
        (
            with_description(src("dana-osei", "Dana Osei"), "Brightwell CEO"),
            src("brightwell", "Brightwell", "organization"),
        ),
        # the tagger took the company for a person: the role still names it
        (
            with_description(src("dana-osei", "Dana Osei"), "Brightwell's chief executive"),
            src("brightwell", "Brightwell"),
        ),
        # "Lee Marsh, the company's head of product safety": the claim's one company
        (
            with_description(src("lee-marsh", "Lee Marsh"), "the company's head of product safety"),
            src("brightwell", "Brightwell Appliances", "organization"),
        ),
    ],
)
def test_an_officer_whose_role_is_stated_anywhere_is_one_body_with_their_company(officer: Source, body: Source) -> None:
    (claim,) = trace(two_articles(officer.id, body.id), [officer, body])
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert any(
        line.startswith(f"{officer.name} (") and f"speaks for {body.name}" in line
        for line in claim.independence.evidence
    )


def test_a_role_at_a_company_with_two_companies_in_the_claim_is_a_doubt() -> None:
    officer = with_description(src("lee-marsh", "Lee Marsh"), "the company's head of product safety")
    one, two = src("brightwell", "Brightwell", "organization"), src("ovenco", "Ovenco Group", "organization")
    arts = two_articles("lee-marsh", "brightwell")
    arts[1].mentions.append(
        mention("the kettle model is recalled over a faulty lid", RECALL, attributions=[arts[1].attribute("ovenco")])
    )
    (claim,) = trace(arts, [officer, one, two])
    assert any("Lee Marsh" in d and "may speak for" in d for d in claim.independence.doubts)


def test_a_person_whose_role_names_no_other_origin_stays_a_body_of_their_own() -> None:
    expert = with_description(src("ana-ruiz", "Ana Ruiz"), "a safety engineer at Tallis University")
    body = src("brightwell", "Brightwell", "organization")
    (claim,) = trace(two_articles("ana-ruiz", "brightwell"), [expert, body])
    assert claim.verdict == "independently-confirmed"


def test_a_news_agency_reporting_what_a_party_it_names_did_may_only_relay_it() -> None:
    agency = src("northwire", "Northwire", "wire agency")
    company = src("brightwell", "Brightwell", "organization")
    texts = (
        "Brightwell is recalling the kettle model over a faulty lid",
        "the kettle model is recalled over a faulty lid",
    )
    (claim,) = trace(two_articles("northwire", "brightwell", texts=texts), [agency, company])
    assert claim.verdict == "single-origin"
    assert any(
        d.startswith("Northwire does not say where it got this and names Brightwell") for d in claim.independence.doubts
    )


def test_a_news_agency_that_names_no_other_origin_is_still_no_second_body() -> None:
    # it names no party, so it is not joined to one; it is still a news organisation relaying what it does not
    # show (rule ``press_is_no_second_body``, tests/independence/test_press_is_no_second_body.py)
    agency = src("northwire", "Northwire", "wire agency")
    company = src("brightwell", "Brightwell", "organization")
    (claim,) = trace(two_articles("northwire", "brightwell"), [agency, company])
    assert claim.verdict == "single-origin"
    assert not any(d.startswith("Northwire does not say where it got this") for d in claim.independence.doubts)
    assert any(e.startswith("Northwire is a news organisation") for e in claim.independence.evidence)


@pytest.mark.parametrize("written", ["the safety agency", "the tribunal", "the company"])
def test_a_body_only_ever_written_as_a_description_is_no_second_body(written: str) -> None:
    # the resolver capitalised "the safety agency" into a name; the articles never did
    described = src("safety-agency", written.removeprefix("the ").title(), "government")
    named = src("consumer-product-safety-commission", "Consumer Product Safety Commission", "organization")
    arts = two_articles(named.id, described.id, written=("the Consumer Product Safety Commission", written))
    (claim,) = trace(arts, [named, described])
    assert claim.verdict == "single-origin"
    assert f"{described.name} is not named: it may be {named.name}" in claim.independence.doubts


def test_the_same_words_written_as_a_name_are_a_body() -> None:
    described = src("safety-agency", "Safety Agency", "government")
    named = src("consumer-product-safety-commission", "Consumer Product Safety Commission", "organization")
    arts = two_articles(named.id, described.id, written=("the Consumer Product Safety Commission", "the Safety Agency"))
    (claim,) = trace(arts, [named, described])
    assert claim.verdict == "independently-confirmed"


def test_a_city_office_described_in_common_nouns_is_not_the_provincial_one() -> None:
    city = src("city-health-office", "City Health Office", "government")
    province = src("provincial-health-office", "Provincial Health Office", "government")
    arts = two_articles(province.id, city.id, written=("the Provincial Health Office", "the city health office"))
    (claim,) = trace(arts, [city, province])
    assert claim.verdict == "independently-confirmed"


def test_unnamed_officials_may_speak_for_a_named_institute_whatever_kind_it_was_tagged() -> None:
    officials = src("federal-safety-officials", "federal safety officials", "government")
    institute = src("tallis-institute", "Tallis Product Institute", "expert or think tank")
    (claim,) = trace(two_articles(institute.id, officials.id), [officials, institute])
    assert claim.verdict == "single-origin"
    assert "federal safety officials is not named: it may be Tallis Product Institute" in claim.independence.doubts


def test_origins_named_once_in_one_list_are_not_counted_apart() -> None:
    # "Brightwell, Ovenco and the Harbour Exchange reported issues with their kettles." (one sentence)
    a = Art("a", "Outlet A", body="Brightwell, Ovenco and the Harbour Exchange reported issues with their kettles.")
    listed = [a.attribute("brightwell"), a.attribute("ovenco"), a.attribute("harbour-exchange")]
    a.mentions.append(mention("issues with their kettles", ["issue", "kettle"], attributions=listed))
    bodies = [
        src("brightwell", "Brightwell", "organization"),
        src("ovenco", "Ovenco", "organization"),
        src("harbour-exchange", "Harbour Exchange", "organization"),
    ]
    (claim,) = trace([a], bodies)
    assert claim.verdict == "single-origin"
    assert any("is named only once, in a list beside" in d for d in claim.independence.doubts)


def test_two_origins_listed_together_in_two_articles_still_confirm() -> None:
    # "according to Birch and Ovenco officials" in two unrelated articles: each list is said twice
    arts = two_articles("brightwell", "brightwell")
    for art in arts:
        art.attributions.clear()
        art.mentions.clear()
        both = [art.attribute("birch"), art.attribute("ovenco")]
        art.mentions.append(mention("the kettle model is recalled over a faulty lid", RECALL, attributions=both))
    (claim,) = trace(arts, [src("birch", "Birch Co", "organization"), src("ovenco", "Ovenco", "organization")])
    assert claim.verdict == "independently-confirmed"
