"""Origins that are one voice, whatever the grouping brings together: a description before a surname, a name
written as another origin's description, a name with an apposition glued to it, a paper given as the origin,
the press at large, and a company office naming no company. Each keeps the claim single-origin with a doubt in
plain words; each has a near case that still confirms. Sentences written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

from trace_helpers import Art, described, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Source  # noqa: E402

KEYS = ["~close", "bridge", "river", "flood"]
BODIES = (
    "The river bridge was shut before the flood crest on Friday. Another line 0 on levels and rain.",
    "Traffic was sent north all night. Another line 1 on levels and rain.",
)


def claim_of(first: Source, second: Source, written: tuple[str, str] = ("", "")):  # type: ignore[no-untyped-def]
    arts: list[Art] = two_origin_articles(
        first.id,
        second.id,
        bodies=BODIES,
        statement="the bridge is closed as the flood nears the river",
        keys=KEYS,
        written=written,
    )
    (claim,) = trace_claims(arts, [first, second])
    return claim


# -- surname_after_a_description ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("described_name", "kind", "person_name"),
    [
        # "Rowing ace Valdmaa said ..." / "Tiina Valdmaa said ..." (the tagger took the first for a body)
        ("Rowing ace Valdmaa", "organization", "Tiina Valdmaa"),
        # a hyphenated surname spelled two ways: "Navy chief Admiral Abd-Us-Samad" / "Abd-Uz-Samad"
        ("Navy chief Admiral Abd-Us-Samad", "military", "Abd-Uz-Samad"),
    ],
)
def test_a_description_before_a_surname_may_be_the_person_of_that_surname(
    described_name: str, kind: str, person_name: str
) -> None:
    claim = claim_of(src("described", described_name, kind), src("person", person_name))
    assert claim.verdict == "single-origin"
    assert any("gives a description, not a given name, before the surname" in d for d in claim.independence.doubts)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rowing ace Valdmaa", "Tiina Kask"),  # another surname
        ("Tallinn Rowing Club", "Tiina Valdmaa"),  # no description before a surname: a name
    ],
)
def test_a_description_before_another_surname_leaves_two_origins(first: str, second: str) -> None:
    claim = claim_of(src("first", first, "organization"), src("second", second))
    assert claim.verdict == "independently-confirmed", claim.independence.doubts


# -- written_as_its_description -------------------------------------------------------------------------------


def test_an_origin_written_in_another_origins_description_may_be_that_origin() -> None:
    # "Marta Lind, the winner of the Lakeland Regatta, said ..." / "the winner of the Lakeland Regatta said ..."
    # (a description with no role in it: no office ties them, only the words)
    named = described(src("marta-lind", "Marta Lind"), "the winner of the Lakeland Regatta")
    description = src("winner", "the winner of the Lakeland Regatta", "person")
    claim = claim_of(named, description)
    assert claim.verdict == "single-origin"
    assert (
        "the winner of the Lakeland Regatta is written in the words the articles use to describe "
        "Marta Lind: they may be one source" in claim.independence.doubts
    )


def test_an_origin_written_otherwise_than_the_others_description_leaves_two_origins() -> None:
    named = described(src("marta-lind", "Marta Lind"), "the winner of the Lakeland Regatta")
    other = src("runner-up", "the runner-up of the Lakeland Regatta", "person")
    claim = claim_of(named, other)
    assert claim.verdict == "independently-confirmed", claim.independence.doubts


# -- name_before_an_apposition --------------------------------------------------------------------------------


@pytest.mark.parametrize("mark", [" -- ", ", ", " \u2014 ", " ("])
def test_a_name_with_an_apposition_glued_to_it_may_be_the_bare_name(mark: str) -> None:
    bare = src("brightwell", "Brightwell", "organization")
    glued = src("glued", f"Brightwell{mark}a British water utility that runs the dams", "organization")
    claim = claim_of(bare, glued)
    assert claim.verdict == "single-origin"
    assert any("followed by words about it: they may be one source" in d for d in claim.independence.doubts)


def test_a_name_that_only_begins_like_another_leaves_two_origins() -> None:
    bare, longer = src("brightwell", "Brightwell", "organization"), src("bw", "Brightwell Dams Trust", "organization")
    claim = claim_of(bare, longer)
    assert claim.verdict == "independently-confirmed", claim.independence.doubts


# -- paper_is_no_second_body ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paper",
    [
        "the tribunal's ruling",  # "Judge Ana Berg closed the bridge ... , the tribunal's ruling says"
        "Memos to staff at the Lakeland depot",  # a sentence's first word, capitalised
        "emails",  # "according to emails seen by the paper"
        "the count",
    ],
)
def test_a_paper_is_no_body_apart_from_the_other_origin(paper: str) -> None:
    judge = src("ana-berg", "Ana Berg")
    claim = claim_of(judge, src("paper", paper, "unknown"))
    assert claim.verdict == "single-origin"
    assert any(d.startswith(f"{paper} is a paper") for d in claim.independence.doubts), claim.independence.doubts


def test_a_papers_doubt_names_a_few_other_origins_and_counts_the_rest() -> None:
    people = [src(f"p{k}", f"Ana Berg{k}") for k in range(5)]
    arts: list[Art] = []
    for k, who in enumerate([*people, src("memo", "the memo", "unknown")]):
        arts.extend(
            two_origin_articles(
                who.id,
                who.id,
                bodies=(f"Line {k} on the river and the bridge.", f"Line {k} more on levels and rain."),
                statement="the bridge is closed as the flood nears the river",
                keys=KEYS,
            )
        )
        for a in arts[-2:]:
            a.id, a.outlet = f"{a.id}{k}", f"Outlet {a.id.upper()}{k}"
    (claim,) = trace_claims(arts, [*people, src("memo", "the memo", "unknown")])
    (line,) = [d for d in claim.independence.doubts if d.startswith("the memo is a paper")]
    assert "or 2 other origins: it may be theirs" in line


@pytest.mark.parametrize(
    "paper",
    [
        "Lakeland Registry records",  # "Lakeland Registry records show ...": the registry's records
        "a report by the Harbour Authority",
    ],
)
def test_a_paper_that_names_who_issued_it_is_that_issuers_voice(paper: str) -> None:
    claim = claim_of(src("ana-berg", "Ana Berg"), src("paper", paper, "unknown"))
    assert not any(" is a paper " in d for d in claim.independence.doubts)
    assert claim.verdict == "independently-confirmed", claim.independence.doubts


def test_a_newspaper_named_like_a_paper_is_press_not_a_paper() -> None:
    # "the Daily Record" is a newspaper: the press rule speaks of it, not the paper rule
    claim = claim_of(src("ana-berg", "Ana Berg"), src("record", "Lakeland Record", "media outlet"))
    assert not any(" is a paper " in d for d in claim.independence.doubts)


def test_one_paper_alone_stays_the_one_origin() -> None:
    first, second = src("memo-a", "the memo", "unknown"), src("memo-b", "the staff memo", "unknown")
    claim = claim_of(first, second)
    assert claim.verdict == "single-origin"
    assert claim.origins


# -- press_at_large_is_reports --------------------------------------------------------------------------------


@pytest.mark.parametrize("press", ["media", "local media", "Estonian media outlets"])
def test_the_press_at_large_is_no_body_apart_from_the_other_origin(press: str) -> None:
    claim = claim_of(src("aide", "an aide", "anonymous"), src("press", press, "collective"))
    assert claim.verdict == "single-origin"
    assert any(d.startswith(f"{press}: unnamed reports") for d in claim.independence.doubts)


def test_a_named_collective_is_not_the_press_at_large() -> None:
    claim = claim_of(src("ana-berg", "Ana Berg"), src("union", "Lakeland Dockers Union", "collective"))
    assert not any("unnamed reports" in d for d in claim.independence.doubts)


# -- bare_role_at_the_one_body ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["CEO", "the chief executive", "chairwoman"])
def test_a_company_office_naming_no_company_may_be_held_at_the_one_company(role: str) -> None:
    # "Brightwell said it will close the bridge." / "Marta Lind, CEO, said the bridge will close."
    company = src("brightwell", "Brightwell", "organization")
    officer = described(src("marta-lind", "Marta Lind"), role)
    claim = claim_of(company, officer)
    assert claim.verdict == "single-origin"
    assert f"Marta Lind ({role}) may hold office at Brightwell: one voice, not counted apart" in (
        claim.independence.doubts
    )


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("President", "organization"),  # a role of state is no company office
        ("CEO", "military"),  # an armed force has no chief executive
    ],
)
def test_a_role_that_is_no_office_of_the_body_leaves_two_origins(role: str, kind: str) -> None:
    body = src("body", "Brightwell", kind)
    officer = described(src("marta-lind", "Marta Lind"), role)
    claim = claim_of(body, officer)
    assert claim.verdict == "independently-confirmed", claim.independence.doubts
