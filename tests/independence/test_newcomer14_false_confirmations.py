"""False confirmations of the kinds the three stories that joined in round fourteen showed, each on sentences written
for its test: one text quoted word for word from two holders (a filing the maker wrote and the regulator published:
rule ``one_quotation_one_author``); unnamed officials of no body and no country counted as a second body because
resolution typed them as a government (rule ``officials_of_no_body``, read by ``unidentified_origin_holds_back``);
and, under gold grouping, a description whose head stands before "behind" and a body written with another's
initials."""

from __future__ import annotations

import pytest
from whole_runs import Run, claim_with, run_articles

from attribution.models import Source
from attribution.tracing.independence import (
    _head_noun,
    _initials_of_the_other,
    _officials_of_no_body,
    _quoted_parts,
    _quoted_runs,
)


@pytest.fixture(scope="module")
def trace() -> Run:
    return run_articles


@pytest.mark.parametrize(
    ("text", "direct", "parts"),
    [
        ('the fault arose because "a change to the line let grease onto the pad" last spring', False,
         ["a change to the line let grease onto the pad"]),
        ("the fault arose because \u201ca change let grease in\u201d and \u201cthe pad slipped\u201d", False,
         ["a change let grease in", "the pad slipped"]),
        ("the company's pad slipped, the agency's notice says", False, []),  # apostrophes quote nothing
        ("A change to the line let grease onto the pad", True, ["A change to the line let grease onto the pad"]),
        ('an open mark "never closed', False, []),
    ],
)  # fmt: skip
def test_the_quoted_parts_of_a_mention_are_those_between_double_marks_or_the_whole_direct_quote(
    text: str, direct: bool, parts: list[str]
) -> None:
    assert _quoted_parts(text, direct) == parts


def test_a_quotation_shorter_than_ten_words_holds_no_run() -> None:
    assert _quoted_runs('they said "we are doing everything we can" on Monday', False) == set()
    runs = _quoted_runs('they said "we are doing everything we can to bring them all home" on Monday', False)
    assert ("we", "are", "doing", "everything", "we", "can", "to", "bring", "them", "all") in runs


FILING = "a change to the assembly line let grease onto the pad, which then slipped off the pedal"


@pytest.mark.parametrize(
    ("maker", "regulator"),
    [
        (f'Brennan Motors found that the fault occurred because "{FILING}."',
         f'"{FILING[0].upper()}{FILING[1:]}," the Road Safety Agency wrote in a recall notice.'),
        (f'Brennan Motors said in its filing: "{FILING[0].upper()}{FILING[1:]}."',
         f'According to the Road Safety Agency, "{FILING}."'),
    ],
)  # fmt: skip
def test_one_text_quoted_from_two_holders_is_no_confirmation(trace: Run, maker: str, regulator: str) -> None:
    report = trace(
        ("Lakeside Courier", f"Brennan Motors is recalling 4,000 trucks. {maker}\n\nOwners will be told by mail."),
        ("Valley Herald", f"The Road Safety Agency announced a recall of 4,000 trucks. {regulator}\n\nNo crash was "
         "reported."),
    )  # fmt: skip
    claim = claim_with(report, "grease onto the pad")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("one_quotation_one_author" in line for line in claim.independence.doubts), claim.independence


def test_two_bodies_quoting_different_words_of_one_fact_are_not_joined_by_the_quotation_rule(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", 'Brennan Motors said "grease got onto the pad during assembly at the plant in March."'
         "\n\nOwners will be told by mail."),
        ("Valley Herald", 'The Road Safety Agency said "residue from a lubricant made the pad slip off the pedal."'
         "\n\nNo crash was reported."),
    )  # fmt: skip
    for claim in report.claims:
        assert not any("one_quotation_one_author" in line for line in claim.independence.doubts), claim.independence


def _src(name: str, kind: str = "government", country: str | None = None, path: list[str] | None = None) -> Source:
    return Source(id=name.lower().replace(" ", "-"), name=name, kind=kind, country=country, affiliation_path=path or [])


@pytest.mark.parametrize(
    ("source", "unidentified"),
    [
        (_src("officials"), True),
        (_src("Officials"), True),
        (_src("local officials"), True),
        (_src("the authorities"), True),
        (_src("a spokesman", kind="organization"), True),
        (_src("the army", kind="military"), False),  # a kind of body of its own
        (_src("the government"), False),
        (_src("U.S. officials", country="United States"), False),  # a country names whose officials they are
        (_src("officials", path=["ministry-of-health"]), False),  # they speak for a named body
        (_src("Ministry of Health"), False),  # a name
        (_src("police"), False),  # a kind of body, not an official's head
        (_src("officials", kind="person"), False),
        (_src("local media", kind="media outlet"), False),
    ],
)
def test_unnamed_officials_of_no_body_and_no_country_are_unidentified(source: Source, unidentified: bool) -> None:
    assert _officials_of_no_body(source, source.name) is unidentified


def test_unnamed_officials_beside_a_company_are_no_second_body(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "A fire broke out at the Norvik coal mine on Saturday. Some 250 people were working in "
         "the Norvik mine at the time of the fire, officials said.\n\nThe cause is not known."),
        ("Valley Herald", "Some 250 people were working in the Norvik mine at the time of the fire, Brennan Mining "
         "said in a statement.\n\nRescuers searched the shafts."),
    )  # fmt: skip
    claim = claim_with(report, "were working in the Norvik mine")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("unidentified_origin_holds_back" in line and "officials" in line
               for line in claim.independence.doubts), claim.independence  # fmt: skip


# Under gold grouping two more kinds: a description whose head comes before a modifier "behind" ("the company behind
# the vehicle": rule ``head_before_modifier``), and a body written with another's initials ("IM team": rule
# ``initials_of_the_other``).


@pytest.mark.parametrize(
    ("description", "head"),
    [
        ("the company behind the rover", "company"),
        ("the group behind the attack", "group"),
        ("residents near the plant", "resident"),
        ("officials of the ministry", "official"),
        ("the company", "company"),
    ],
)
def test_a_descriptions_head_is_the_noun_before_its_modifier(description: str, head: str) -> None:
    assert _head_noun(description) == head


def test_the_company_behind_a_machine_may_be_the_named_company(trace: Run) -> None:
    report = trace(
        ("Lakeside Courier", "Acme Robotics said the rover tipped over on its side after landing in the crater."
         "\n\nThe mission continues."),
        ("Valley Herald", "The rover tipped over on its side after landing in the crater, the company behind the "
         "rover said on Friday.\n\nEngineers are studying the data."),
    )  # fmt: skip
    claim = claim_with(report, "tipped over")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin", claim.independence
    assert any("may be Acme Robotics" in line for line in claim.independence.doubts), claim.independence


def _body(name: str, kind: str = "organization") -> Source:
    return Source(id=name.lower().replace(" ", "-"), name=name, kind=kind)


@pytest.mark.parametrize(
    ("written", "other", "initials"),
    [
        (_body("IM team"), _body("Intuitive Machines"), "IM"),
        (_body("NRA staff"), _body("National Rescue Agency"), "NRA"),
        (_body("NRA"), _body("National Rescue Agency"), "NRA"),
        (_body("NRA staff"), _body("Office of the National Rescue Agency"), None),  # initials ONRA
        (_body("IM team"), _body("Intuitive Motors Group"), None),  # initials IMG
        (_body("Acme team"), _body("Acme Robotics"), None),  # a name, not initials
        (_body("IM team"), _body("Ian Moore", "person"), None),  # a person's initials name no body
        (_body("The IM"), _body("Intuitive Machines"), "IM"),
    ],
)
def test_a_body_written_with_another_bodys_initials_may_be_that_body(
    written: Source, other: Source, initials: str | None
) -> None:
    assert _initials_of_the_other(written, other) == initials
