"""Articles that depend on one another and the origins they carry: rule ``distinct_passages`` (two origins
come through copies of one another, but each in words of its own, so the copied text named both apart) and
rule ``one_voice_keeps_its_mentions`` (origins counted once bring all their mentions to the one kept).
Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import mention, src  # noqa: E402

from attribution.lang.en import independence as lx  # noqa: E402
from attribution.tracing.conflicts import MentionRecord  # noqa: E402
from attribution.tracing.independence import ArticleLinks, _copied_passage, assess  # noqa: E402

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
    ("first", "second", "copied"),
    [
        # a run of five words in common: one passage, copied
        (
            "the clinic said the number of injured stood at 186",
            "the number of injured stood at 186 by Friday",
            True,
        ),
        # reworded: most words in the same order
        (
            "The port handles an estimated 4.2 million containers per year",
            "The port is estimated to handle 4.2 million containers each year",
            True,
        ),
        # one short passage inside the other
        ("the bridge fell", "the bridge fell", True),
        # the same fact in words of each one's own
        ("the number of injured at 186", "more than 150 people were hurt", False),
        ("a man was seen being led away by police", "a suspect has been detained", False),
    ],
)
def test_a_copied_passage_is_one_of_verbatim_or_reworded_words(first: str, second: str, copied: bool) -> None:
    assert _copied_passage(first, second) is copied
    assert _copied_passage(second, first) is copied


@pytest.mark.parametrize(
    ("clinic_says", "official_says", "confirmed"),
    [
        # each outlet kept its own passage of a shared wire story: two voices
        ("the clinic put the number of injured people at 186", "more than 150 people were hurt in the quake", True),
        # the later outlet gave the copied passage to another name: one voice under two names
        (
            "more than 150 people were injured in the quake on Friday",
            "more than 150 people were injured in the quake on Friday",
            False,
        ),
        # reworded, not copied word for word: still one passage
        (
            "The port handles an estimated 4.2 million containers per year",
            "The port is estimated to handle 4.2 million containers each year",
            False,
        ),
    ],
)
def test_origins_of_dependent_articles_count_apart_only_in_passages_of_their_own(
    clinic_says: str, official_says: str, confirmed: bool
) -> None:
    sources = {"clinic": src("clinic", "Hillside Clinic", "organization"), "mayor": src("mayor", "Ana Ruiz")}
    records = [_record("a", "clinic", clinic_says, INJURED), _record("b", "mayor", official_says, INJURED)]
    found = assess(records, ["clinic", "mayor"], sources, {}, _links({"a": 0, "b": 0}))
    line = lx.DISTINCT_PASSAGES.format(a="Hillside Clinic", b="Ana Ruiz")
    if confirmed:
        assert found.verdict == "independently-confirmed", found.independence
        assert line in found.independence.evidence
        assert "rule distinct_passages" in line
        assert lx.NO_TIES not in found.independence.evidence  # the articles do depend on one another
    else:
        assert found.verdict == "single-origin", found.independence
        assert line not in found.independence.evidence
        assert any("depend on one another" in d for d in found.independence.doubts)


def test_origins_of_unrelated_articles_need_no_passage_rule() -> None:
    sources = {"clinic": src("clinic", "Hillside Clinic", "organization"), "mayor": src("mayor", "Ana Ruiz")}
    same = "more than 150 people were injured in the quake on Friday"
    records = [_record("a", "clinic", same, INJURED), _record("b", "mayor", same, INJURED)]
    found = assess(records, ["clinic", "mayor"], sources, {}, _links({"a": 0, "b": 1}))
    assert found.verdict == "independently-confirmed"
    assert lx.NO_TIES in found.independence.evidence
    assert not any("distinct_passages" in line for line in found.independence.evidence)


RESCUE = ["rescue", "~end", "recovery", "search"]
WEATHER = ["wind", "~blow", "harbour", "gust"]


@pytest.mark.parametrize(
    ("groups", "texts"),
    [
        # two names that may be one person ("Jane Roe" / "Coast Guard chief Jane Roe"): her two mentions are hers
        ({"a": 0, "b": 1, "c": 2}, ("winds blew hard over the harbour", "the rescue became a recovery search")),
        # two names counted once because their articles copy one another: both mentions are that one voice's
        (
            {"a": 0, "b": 0, "c": 2},
            (
                "winds blew hard over the harbour at night",
                "winds blew hard over the harbour at night and the rescue became a recovery search",
            ),
        ),
    ],
)
def test_origins_counted_once_bring_every_mention_to_the_one_kept(
    groups: dict[str, int], texts: tuple[str, str]
) -> None:
    sources = {
        "a-roe": src("a-roe", "Jane Roe"),
        "b-roe": src("b-roe", "Coast Guard chief Jane Roe") if groups["b"] != groups["a"] else src("b-roe", "Tom Lee"),
        "police": src("police", "State Police", "government"),
    }
    records = [
        _record("a", "a-roe", texts[0], WEATHER),
        _record("b", "b-roe", texts[1], [*WEATHER, *RESCUE]),
        _record("c", "police", "officers said the rescue was now a recovery search", RESCUE),
    ]
    found = assess(records, ["a-roe", "b-roe", "police"], sources, {}, _links(groups))
    # the voice kept ("a-roe") said what the police said through its other name's (or copy's) mention
    assert found.verdict == "independently-confirmed", found.independence
    assert found.independent == 2
    assert not any("may not say the same thing" in d for d in found.independence.doubts)


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
    line = lx.ONE_PASSAGE_TWO_ARTICLES.format(a="Health Agency", b="Burger Co")
    if one_passage:
        assert found.verdict == "single-origin", found.independence
        assert line in found.independence.doubts
        assert "rule one_passage_in_two_articles" in line
    else:
        assert found.verdict == "independently-confirmed", found.independence
        assert line not in found.independence.doubts
