"""Origins counted once and the passages they share: origins only in articles that depend on one another stay
one voice; rule ``one_voice_keeps_its_mentions`` (origins counted once bring all their mentions to the one
kept); rule ``one_passage_in_two_articles`` (one long passage given to two speakers in two articles, the
speaker written alike or as a pronoun or description, is one voice). Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import mention, src  # noqa: E402

from attribution.lang.en import independence as lx  # noqa: E402
from attribution.tracing.conflicts import MentionRecord  # noqa: E402
from attribution.tracing.independence import ArticleLinks, assess  # noqa: E402

INJURED = ["~injure", "people", "quake"]


def _record(article: str, origin: str, text: str, lemmas: list[str], written: str = "") -> MentionRecord:
    cand = mention(text, lemmas)
    chain = [[f"outlet-{article}", origin]]
    return MentionRecord(
        article, f"outlet-{article}", article, cand, chain, [origin], None, written=(written,) * bool(written)
    )


def _links(groups: dict[str, int]) -> ArticleLinks:
    return ArticleLinks(group=groups, outlet_name={a: f"Outlet {a.upper()}" for a in groups})


@pytest.mark.parametrize(
    ("hospital_says", "town_hospital_says"),
    [
        # one passage copied under two names, and two passages of their own: the copies still count once, since
        # "the town's hospital" in a copy of the wire may be the district hospital the wire names (rule
        # ``distinct_passages`` was tried and turned down: see docs/independence.md)
        ("more than 150 people were injured in the quake on Friday", "more than 150 people were injured in the quake"),
        ("the clinic put the number of injured people at 186", "more than 150 people were hurt in the quake"),
    ],
)
def test_origins_only_in_articles_that_depend_on_one_another_count_once(
    hospital_says: str, town_hospital_says: str
) -> None:
    sources = {
        "district": src("district", "Hill District Hospital", "organization"),
        "town": src("town", "the town's hospital", "organization"),
    }
    records = [_record("a", "district", hospital_says, INJURED), _record("b", "town", town_hospital_says, INJURED)]
    found = assess(records, ["district", "town"], sources, {}, _links({"a": 0, "b": 0}))
    assert found.verdict == "single-origin", found.independence
    assert any("depend on one another" in d for d in found.independence.doubts)


RESCUE = ["rescue", "~end", "recovery", "search"]
WEATHER = ["wind", "~blow", "harbour", "gust"]


@pytest.mark.parametrize(
    ("groups", "texts", "confirmed"),
    [
        # two names that may be one person ("Jane Roe" / "Coast Guard chief Jane Roe"): her two mentions are hers,
        # and one of them says what the police say
        ({"a": 0, "b": 1, "c": 2}, ("winds blew hard over the harbour", "the rescue became a recovery search"), True),
        # two people counted once only because their articles copy one another are not one voice: what the second
        # says is not lent to the first, and the first says nothing the police say
        (
            {"a": 0, "b": 0, "c": 2},
            (
                "winds blew hard over the harbour at night",
                "winds blew hard over the harbour at night and the rescue became a recovery search",
            ),
            False,
        ),
    ],
)
def test_two_names_of_one_voice_bring_every_mention_to_the_one_kept(
    groups: dict[str, int], texts: tuple[str, str], confirmed: bool
) -> None:
    one_person = groups["b"] != groups["a"]
    sources = {
        "a-roe": src("a-roe", "Jane Roe"),
        "b-roe": src("b-roe", "Coast Guard chief Jane Roe") if one_person else src("b-roe", "Tom Lee"),
        "police": src("police", "State Police", "government"),
    }
    records = [
        _record("a", "a-roe", texts[0], WEATHER),
        _record("b", "b-roe", texts[1], [*WEATHER, *RESCUE]),
        _record("c", "police", "officers said the rescue was now a recovery search", RESCUE),
    ]
    found = assess(records, ["a-roe", "b-roe", "police"], sources, {}, _links(groups))
    if confirmed:
        assert found.verdict == "independently-confirmed", found.independence
        assert found.independent == 2
        assert not any("may not say the same thing" in d for d in found.independence.doubts)
    else:
        assert found.verdict == "single-origin", found.independence
        assert any("may not say the same thing" in d for d in found.independence.doubts)


COMPANY = "it is removing the cheese burger from restaurants in the four northern states for now"


@pytest.mark.parametrize(
    ("agency_says", "company_says", "written", "one_passage"),
    [
        # one long passage, word for word, its speaker written "The company" in both articles: the resolver read
        # the company as the burger chain here and as the health agency in the other article
        (COMPANY, COMPANY, ("The company", "The company"), True),
        (f"as a precaution {COMPANY}", f"{COMPANY}, a spokeswoman added", ("it", "Burger Co"), True),
        # two outlets that name two speakers for one passage: left to the other steps
        (COMPANY, COMPANY, ("Health Agency", "Burger Co"), False),
        # a short statement many speakers make alike is too short to be one passage
        ("the burger was removed from restaurants", "the burger was removed from restaurants", ("it", "it"), False),
        # the same fact, reworded: two sources may say one fact in like words
        (
            "the cheese burger is being pulled from restaurants in four northern states for now",
            "restaurants in the four northern states will stop selling the cheese burger for now",
            ("The company", "The company"),
            False,
        ),
    ],
)
def test_one_long_passage_given_to_two_origins_in_two_articles_is_one_voice(
    agency_says: str, company_says: str, written: tuple[str, str], one_passage: bool
) -> None:
    sources = {"agency": src("agency", "Health Agency", "government"), "company": src("company", "Burger Co")}
    burger = ["~remove", "burger", "restaurant", "state"]
    records = [
        _record("a", "agency", agency_says, burger, written[0]),
        _record("b", "company", company_says, burger, written[1]),
        _record("c", "company", "the burger is off the menu in the four states", burger, "Burger Co"),
    ]
    found = assess(records, ["agency", "company"], sources, {}, _links({"a": 0, "b": 1, "c": 2}))
    line = lx.ONE_PASSAGE_TWO_ARTICLES.format(a="Health Agency", b="Burger Co", how=lx.PASSAGE_WRITTEN_ALIKE)
    if one_passage:
        assert found.verdict == "single-origin", found.independence
        assert line in found.independence.doubts
        assert "rule one_passage_in_two_articles" in line
    else:
        assert found.verdict == "independently-confirmed", found.independence
        assert line not in found.independence.doubts
