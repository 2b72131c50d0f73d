"""The verdict step on hand-made claims: counting per body or institution, dependence between articles,
and the cautious answer with its reason whenever identity or the statement itself is in doubt."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, Res, mention, src  # noqa: E402

from attribution.models import Source  # noqa: E402
from attribution.tracing import build_claims  # noqa: E402
from attribution.tracing.conflicts import MentionRecord  # noqa: E402
from attribution.tracing.independence import ArticleLinks, assess  # noqa: E402

DEATHS = ["~die", "people", "flood", "@afghanistan"]


def trace(arts: list[Art], sources: list[Source], level: str = "body"):  # type: ignore[no-untyped-def]
    arts = sorted(arts, key=lambda a: a.id)
    outlets = [src(a.outlet, a.outlet, "media outlet") for a in arts]
    claims, _ = build_claims(
        [a.result() for a in arts], [a.candidates() for a in arts], Res([*outlets, *sources]), independence=level
    )
    return claims


def two_articles(first: str, second: str, second_lemmas: list[str] | None = None) -> list[Art]:
    a = Art("a", "Outlet A", body="Forty people died in the flood, the ministry said on Monday morning.")
    a.mentions.append(mention("40 people died in the flood", DEATHS, attributions=[a.attribute(first)]))
    b = Art("b", "Outlet B", body="Rescuers from the province searched the river banks for survivors all night.")
    b.mentions.append(
        mention("40 people died in the flood", second_lemmas or DEATHS, attributions=[b.attribute(second)])
    )
    return [a, b]


def test_a_spokesperson_counts_as_the_body_they_speak_for() -> None:
    ministry = src("disaster-ministry", "Disaster Ministry", "government", "Afghanistan")
    spokesman = src("janan-sayeq", "Janan Sayeq", "person")
    spokesman.affiliation_path = ["disaster-ministry"]
    (claim,) = trace(two_articles("disaster-ministry", "janan-sayeq"), [ministry, spokesman])
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
    assert "Janan Sayeq speaks for Disaster Ministry: counted as one" in claim.independence.evidence


def test_two_spokespeople_of_one_ministry_are_one_origin() -> None:
    ministry = src("disaster-ministry", "Disaster Ministry", "government")
    one, two = src("a-spokesman", "Janan Sayeq", "person"), src("b-spokeswoman", "Lina Karimi", "person")
    one.affiliation_path = two.affiliation_path = ["disaster-ministry"]
    (claim,) = trace(two_articles("a-spokesman", "b-spokeswoman"), [ministry, one, two])
    assert claim.verdict == "single-origin"


def test_two_agencies_of_one_state_are_two_bodies_and_one_institution() -> None:
    gov = src("afghan-government", "Afghan government", "government", "Afghanistan")
    health = src("health-ministry", "Health Ministry", "government", "Afghanistan")
    police = src("police", "Police", "government", "Afghanistan")
    health.affiliation_path = ["health-ministry", "afghan-government"]
    police.affiliation_path = ["police", "afghan-government"]
    sources = [gov, health, police]
    (claim,) = trace(two_articles("health-ministry", "police"), sources)
    assert claim.verdict == "independently-confirmed"
    assert claim.independence.institution == "Afghan government"
    assert "every origin is part of the Afghan government" in claim.independence.doubts
    (strict,) = trace(two_articles("health-ministry", "police"), sources, level="institution")
    assert strict.verdict == "single-origin" and strict.independence.level == "institution"


def _record(article: str, origin: str, lemmas: list[str]) -> MentionRecord:
    cand = mention("text", lemmas)
    return MentionRecord(article, f"outlet-{article}", article, cand, [[f"outlet-{article}", origin]], [origin], None)


def test_origins_whose_mentions_share_few_words_do_not_confirm_each_other() -> None:
    # a grouping that put "the police said 40 people died" with "the hospital said its tents were full"
    sources = {"police": src("police", "Police", "government"), "hospital": src("hospital", "City Hospital")}
    links = ArticleLinks(group={"a": 0, "b": 1}, outlet_name={"a": "Outlet A", "b": "Outlet B"})
    records = [
        _record("a", "police", DEATHS),
        _record("b", "hospital", ["hospital", "bed", "tent", "patient", "~admit", "ward"]),
    ]
    found = assess(records, ["hospital", "police"], sources, {}, links)
    assert found.verdict == "single-origin"
    assert any("may not say the same thing" in d for d in found.independence.doubts)
    records[1] = _record("b", "hospital", [*DEATHS, "hospital"])
    assert assess(records, ["hospital", "police"], sources, {}, links).verdict == "independently-confirmed"


def test_origins_in_articles_that_copy_one_another_stay_cautious() -> None:
    police, brigade = src("police", "Police", "government"), src("brigade", "Fire Brigade", "government")
    arts = two_articles("police", "brigade")
    text = "A fire broke out in the kitchen of the old hotel on Sunday night and spread to the roof before dawn. " * 3
    arts[0].body = arts[1].body = text
    (claim,) = trace(arts, [police, brigade])
    assert claim.verdict == "single-origin"
    assert any("depend on one another" in d for d in claim.independence.doubts)


def test_two_named_bodies_in_unrelated_articles_confirm_with_evidence() -> None:
    police, brigade = src("police", "Police", "government"), src("brigade", "Fire Brigade", "government")
    (claim,) = trace(two_articles("police", "brigade"), [police, brigade])
    assert claim.verdict == "independently-confirmed" and claim.independent_origins == 2
    assert claim.independence.evidence[0].startswith("2 distinct bodies: ")
    assert claim.independence.doubts == []


def test_two_people_with_one_surname_may_be_one_person() -> None:
    one, two = src("a-rahimi", "S. Rahimi", "person"), src("s-rahimi", "Saeed Rahimi", "person")
    (claim,) = trace(two_articles("a-rahimi", "s-rahimi"), [one, two])
    assert claim.verdict == "single-origin"
    assert any("may be one person" in d for d in claim.independence.doubts)


def test_a_state_speaking_as_a_whole_and_one_of_its_bodies_are_one_origin() -> None:
    gov = src("jordanian-government", "Jordanian government", "government", "Jordan")
    army = src("jordan-armed-forces", "Jordan Armed Forces", "military", "Jordan")
    army.affiliation_path = ["jordan-armed-forces", "jordanian-government"]
    (claim,) = trace(two_articles("jordanian-government", "jordan-armed-forces"), [gov, army])
    assert claim.verdict == "single-origin"
    assert "Jordan Armed Forces is part of Jordanian government: counted as one" in claim.independence.evidence



def test_a_definite_description_beside_a_named_source_of_its_kind_keeps_the_cautious_verdict() -> None:
    # "MarketWatch reported ..." / "the newspaper said ..."; "the CDC said ..." / "the agency said ..."
    for named, described in [
        (src("marketwatch", "MarketWatch", "media outlet"), src("the-newspaper", "the newspaper", "media outlet")),
        (
            src("cdc", "Centers for Disease Control and Prevention", "government"),
            src("the-agency", "the agency", "unknown"),
        ),
    ]:
        (claim,) = trace(two_articles(named.id, described.id), [named, described])
        assert claim.verdict == "single-origin"
        assert f"{described.name} is not named: it may be {named.name}" in claim.independence.doubts


def test_a_definite_description_points_back_at_a_named_party_whatever_its_kind() -> None:
    # the tagger called the CDC a think tank; "the agency said" still refers back to it
    cdc = src("cdc", "Centers for Disease Control and Prevention", "expert or think tank")
    agency = src("the-agency", "the agency", "intelligence agency")
    (claim,) = trace(two_articles("cdc", "the-agency"), [cdc, agency])
    assert claim.verdict == "single-origin"


def test_the_police_and_a_named_fire_brigade_still_confirm() -> None:
    police, brigade = src("police", "the police", "government"), src("brigade", "Fire Brigade", "government")
    (claim,) = trace(two_articles("police", "brigade"), [police, brigade])
    assert claim.verdict == "independently-confirmed"


def test_a_name_holding_another_whole_is_a_doubt_not_a_second_origin() -> None:
    # "George Kurtz" and "Acme CEO George Kurtz on social media": one person, the longer name keeps a title
    short = src("george-kurtz", "George Kurtz", "person")
    long = src("acme-ceo-george-kurtz", "Acme CEO George Kurtz on social media", "unknown")
    (claim,) = trace(two_articles("george-kurtz", "acme-ceo-george-kurtz"), [short, long])
    assert claim.verdict == "single-origin"
    assert any("one name holds the other" in d for d in claim.independence.doubts), claim.independence


def test_two_different_people_are_not_doubted_for_sharing_one_word() -> None:
    one, two = src("george-kurtz", "George Kurtz", "person"), src("kurtz-hall", "Kurtz Hall Trust", "organization")
    (claim,) = trace(two_articles("george-kurtz", "kurtz-hall"), [one, two])
    assert not any("one name holds the other" in d for d in claim.independence.doubts), claim.independence
