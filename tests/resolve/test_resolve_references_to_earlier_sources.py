"""Phrases pointing back at an earlier source: the body whose name holds the noun, the owner of 'whose', the
person behind 'his office', the spokesperson's body, one of an unnamed group, the unnamed person described."""

from __future__ import annotations

from resolve_helpers import resolve, source_of


def test_the_agency_is_the_news_agency_not_the_authority_named_since() -> None:
    text = (
        "The firm will sue, the Ostrava Press Agency reported. The Tarlow Water Authority said the tender was "
        "lawful. The firm has hired lawyers, the agency reported."
    )
    _, res = resolve(
        text,
        [
            ("the Ostrava Press Agency", 1, "reported"),
            ("The Tarlow Water Authority", 1, "said"),
            ("the agency", 1, "reported"),
        ],
    )
    assert source_of(res, 2).name == "Ostrava Press Agency"


def test_the_authority_is_the_authority_the_text_named_not_the_committee_quoted_last() -> None:
    text = (
        "Nadia Ferrant, chief executive of the Tarlow Water Authority, visited the site. "
        "The Harbour Safety Committee said it would hold an inquiry. The authority says the tender was lawful."
    )
    _, res = resolve(text, [("The Harbour Safety Committee", 1, "said"), ("The authority", 1, "says")])
    assert source_of(res, 1).name == "Tarlow Water Authority"


def test_whose_points_back_at_the_person_named_before_it() -> None:
    text = "Councillor Ruth Okoye, whose ward includes the depot, accused the board of waste."
    _, res = resolve(text, [("whose ward", 1, "accused")])
    assert source_of(res, 0).name == "Ruth Okoye"


def test_his_office_speaks_for_the_man_quoted_not_a_firm_named_since() -> None:
    text = "Mayor Daniel Ruiz has asked auditors Petra Vance to review the deal, his office said."
    _, res = resolve(text, [("Mayor Daniel Ruiz", 1, "has asked"), ("his office", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_his_office_speaks_for_the_subject_of_its_sentence_not_the_man_quoted_before() -> None:
    text = (
        '"The ferry timetable is a disgrace," said Tomas Brandt, a commuter. '
        "Governor Elias Marr has ordered inspectors to check the harbour accounts, his office said."
    )
    _, res = resolve(text, [("Tomas Brandt", 1, "said"), ("his office", 1, "said")])
    assert source_of(res, 1).name == "Elias Marr"


def test_his_office_speaks_for_the_subject_not_a_man_named_as_object_in_its_sentence() -> None:
    text = "Governor Elias Marr has ordered Tomas Brandt to check the harbour accounts, his office said."
    _, res = resolve(text, [("his office", 1, "said")])
    assert source_of(res, 0).name == "Elias Marr"


def test_the_spokesperson_is_the_body_whose_spokesperson_spoke_before() -> None:
    text = (
        "A Corvane spokesperson told reporters the bid was lawful. "
        '"We offered the lowest price," the spokesperson said.'
    )
    _, res = resolve(text, [("A Corvane spokesperson", 1, "told"), ("the spokesperson", 1, "said")])
    assert source_of(res, 0).name == "Corvane"
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_one_of_them_is_the_unnamed_group_just_named() -> None:
    text = (
        "Two people with knowledge of the talks told the paper a deal was close. "
        "One of them said it could be signed on Friday."
    )
    _, res = resolve(text, [("Two people with knowledge of the talks", 1, "told"), ("One of them", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_the_board_member_is_the_unnamed_board_member_quoted_before() -> None:
    text = (
        "A board member who asked not to be named told the paper nobody had been warned. "
        '"We learned it from the news," the board member said.'
    )
    _, res = resolve(text, [("A board member", 1, "told"), ("the board member", 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]
