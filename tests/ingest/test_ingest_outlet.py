"""Outlet inference: a name only when the text names its publisher, with the evidence kind."""

from __future__ import annotations

import pytest

from attribution.ingest import classify_blocks, infer_outlet

BODY = "The regional council said on Monday that the new hospital wing would open in March."


def outlet(text: str) -> tuple[str | None, str | None]:
    return infer_outlet(text, classify_blocks(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar. 3 (AFP) — The council said the wing would open in March.", ("AFP", "dateline")),
        ("BERLIN (AP) — The council said the wing would open in March.", ("AP", "dateline")),
        ("(Reuters) - The council said the wing would open in March.", ("Reuters", "dateline")),
        (f"{BODY}\n© 2024 Valley Courier. All rights reserved.", ("Valley Courier", "copyright")),
        (f"{BODY}\nCopyright (c) 2019-2024 The Harbour Post", ("The Harbour Post", "copyright")),
        (f"{BODY}\nA Message from The Harbour Post:\nDear readers,\nPlease donate.", ("The Harbour Post", "signoff")),
        (
            f"{BODY}\nSign in with your Google account to connect\nwith the Valley Courier",
            ("Valley Courier", "signoff"),
        ),
        (f"{BODY}\nInternal Link: Read other health stories at Valley Courier.", ("Valley Courier", "site-name")),
        (f"{BODY}\n© Copyright 2024, Valley Courier", ("Valley Courier", "copyright")),
        (f"{BODY}\nCopyright 2024 by The Harbour Post. All rights reserved.", ("The Harbour Post", "copyright")),
        (
            f"{BODY}\nSupport Independent Journalism\nBy supporting The Harbour Post, you help us.",
            ("The Harbour Post", "signoff"),
        ),
    ],
)
def test_outlet_is_found_from_datelines_signoffs_and_site_names(text: str, expected: tuple[str, str]) -> None:
    assert outlet(text) == expected


def test_a_copyright_line_beats_a_wire_dateline() -> None:
    text = "(AFP) - The council said the wing would open in March.\n\n© 2024 The Harbour Post"
    assert outlet(text) == ("The Harbour Post", "copyright")


def test_external_link_never_names_the_outlet() -> None:
    assert outlet(f"{BODY}\nExternal Link: For more on hospitals, visit Health Weekly.") == (None, None)


def test_sources_named_in_the_story_are_not_the_outlet() -> None:
    text = (
        f"{BODY}\n"
        "The report was first published by Valley Courier, a regional news site, the council told AFP.\n"
        "Valley Courier is a regional news site that connects with the Harbour Post on investigations.\n"
    )
    assert outlet(text) == (None, None)


def test_parenthesised_acronym_mid_story_is_not_a_dateline() -> None:
    text = f"{BODY}\nThe World Health Organization (WHO) - which funds the wing - welcomed the news."
    assert outlet(text) == (None, None)


def test_login_provider_is_not_an_outlet() -> None:
    assert outlet(f"{BODY}\nLog in to connect with Facebook") == (None, None)


def test_generic_furniture_words_are_not_an_outlet() -> None:
    assert outlet(f"{BODY}\nSubscribe to Newsletter") == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port Harcourt, Nigeria (AFP) - The council said the wing would open in March.", ("AFP", "dateline")),
        ("Rio de Janeiro (Reuters) — The council said the wing would open in March.", ("Reuters", "dateline")),
        (f"Wing to open in March\nValley Courier | Health Desk\n{BODY}", ("Valley Courier", "masthead")),
        (f"Wing to open in March\nMetro Section | The Harbour Post\n{BODY}", ("The Harbour Post", "masthead")),
        (f"{BODY}\nSource: Valley Courier and news agencies", ("Valley Courier", "source-line")),
        (f"{BODY}\nSources: The Harbour Post and News Agencies", ("The Harbour Post", "source-line")),
    ],
)
def test_outlet_is_found_from_place_datelines_mastheads_and_agency_source_lines(
    text: str, expected: tuple[str, str]
) -> None:
    assert outlet(text) == expected


def test_the_sites_masthead_beats_a_wire_dateline() -> None:
    text = "Valley Courier | Health Desk\n\n(AFP) - The council said the wing would open in March."
    assert outlet(text) == ("Valley Courier", "masthead")


def test_a_source_line_without_the_agencies_names_no_outlet() -> None:
    # under a chart or a table, "Source: X" names where figures came from
    assert outlet(f"{BODY}\nSource: National Statistics Office") == (None, None)


def test_a_section_line_inside_the_story_is_not_a_masthead() -> None:
    assert outlet(f"{BODY}\n\nValley Courier | Health Desk\n\n{BODY}") == (None, None)


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        (
            "… we have a small favour to ask. Thousands of readers in the valley rely on the Valley Courier’s "
            "independent journalism. We have no owner. Thank you.",
            ("Valley Courier", "appeal"),
        ),
        (
            "Support independent local news. Become a member of the Harbour Post from $3 a month.",
            ("Harbour Post", "appeal"),
        ),
        (
            "Please support our reporting. Support the Valley Courier from as little as $1 – it only takes a minute.",
            ("Valley Courier", "appeal"),
        ),
        (
            "Sign up to the Harbour Post's Morning Briefing newsletter for the day's top stories. Subscribe now",
            ("Harbour Post", "newsletter"),
        ),
        (
            "Get the best health stories in your inbox. Sign up for the Clinic Wire daily newsletter.",
            ("Clinic Wire", "newsletter"),
        ),
        (
            "While you're here: Every Friday, Lakeside TV's editors send out the week's best reports. "
            "You can sign up here.",
            ("Lakeside TV", "newsletter"),
        ),
    ],
)
def test_appeals_and_newsletter_offers_name_the_publisher(footer: str, expected: tuple[str, str]) -> None:
    assert outlet(f"{BODY}\n\n{footer}") == expected


def test_an_interview_named_in_the_story_and_the_photo_credit_names_the_publisher() -> None:
    text = (
        "The old wing of the hospital on Friday. Photo: Jane Roe / Lakeside Gazette\n\n"
        f"{BODY}\n\n"
        "A porter told the Gazette the lifts had been broken for a month.\n"
    )
    assert outlet(text) == ("Lakeside Gazette", "interview")


def test_a_photo_credit_alone_names_no_outlet() -> None:
    text = f"The old wing of the hospital on Friday. Photo: Jane Roe / Lakeside Gazette\n\n{BODY}\n"
    assert outlet(text) == (None, None)


def test_an_unknown_listener_alone_names_no_outlet() -> None:
    assert outlet(f"{BODY}\n\nA porter told the Gazette the lifts had been broken for a month.\n") == (None, None)


def test_an_agency_in_both_the_photo_credit_and_an_interview_is_not_the_publisher() -> None:
    text = (
        "The old wing of the hospital on Friday. Photo: Jane Roe / Reuters\n\n"
        f"{BODY}\n\n"
        "A porter told Reuters the lifts had been broken for a month.\n"
    )
    assert outlet(text) == (None, None)


def test_a_known_news_outlet_named_only_as_a_listener_is_not_the_publisher() -> None:
    # other outlets cite such interviews ("she told The Guardian"): taking it would be a guess
    text = f"{BODY}\n\nThe hospital's director told The Guardian the wing would open in March.\n"
    assert outlet(text) == (None, None)


def test_the_pages_own_appeal_beats_a_known_outlet_named_as_a_listener() -> None:
    text = (
        f"{BODY}\n\nThe hospital's director told The Guardian the wing would open in March.\n\n"
        "Support independent local news. Become a member of the Harbour Post from $3 a month."
    )
    assert outlet(text) == ("Harbour Post", "appeal")


def test_a_story_sentence_about_a_membership_is_not_an_appeal() -> None:
    text = (
        f"{BODY}\n\nMore than 400 residents decided to become members of the Valley Hospital Trust this year, "
        "the trust said in its annual report on Monday.\n"
    )
    assert outlet(text) == (None, None)


def test_the_pages_own_app_beats_the_parent_company_in_the_copyright_line() -> None:
    text = (
        f"{BODY}\n\nDownload the WXYZ 9 News app for breaking news alerts.\n\n"
        "Copyright 2024 Lakeshore Broadcasting Group, Inc. All rights reserved."
    )
    assert outlet(text) == ("WXYZ 9 News", "app")


def test_a_newsletter_offer_beats_the_copyright_line() -> None:
    text = f"{BODY}\n\nSign up to the Valley Courier's morning newsletter.\n\n© 2024 Northfield Media Holdings LLC"
    assert outlet(text) == ("Valley Courier", "newsletter")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2024 Harbour Analytics L.P.", "Harbour Analytics"),
        ("Copyright 2023 Northfield Media, Inc. All rights reserved.", "Northfield Media"),
        ("© 2022 Valley Courier LLC", "Valley Courier"),
        ("© 2021 Harbour Post Ltd.", "Harbour Post"),
        ("Copyright 2024 Lakeshore Publishing Co.", "Lakeshore Publishing"),
        ("© 2024 Ridgeway News Corp.", "Ridgeway News"),
    ],
)
def test_a_copyright_holders_corporate_suffix_is_dropped(line: str, expected: str) -> None:
    assert outlet(f"{BODY}\n\n{line}") == (expected, "copyright")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By: WXYZ Staff", "WXYZ"),
        ("By Valley Courier Staff", "Valley Courier"),
        ("Posted by Motor Gazette Staff | March 3, 2024 | Reviews, News | 5 comments", "Motor Gazette"),
        ("By Jane Marsh, Harbour Post staff writer", "Harbour Post"),
    ],
)
def test_a_staff_byline_names_the_publication(byline: str, expected: str) -> None:
    text = f"Council opens new wing\n\n{byline}\n\n{BODY}\n\n© 2024 Lakeshore Broadcasting Group, Inc."
    assert outlet(text) == (expected, "staff-byline")


def test_a_persons_byline_with_a_staff_writer_title_names_no_outlet() -> None:
    assert outlet(f"Council opens new wing\n\nBy Jane Marsh Staff Writer\n\n{BODY}") == (None, None)


def test_a_wire_agencys_staff_byline_loses_to_the_sites_own_copyright_line() -> None:
    text = f"Council opens new wing\n\nBy Reuters Staff\n\n{BODY}\n\n© 2024 Valley Courier"
    assert outlet(text) == ("Valley Courier", "copyright")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("By Jane Marsh\nThe Harbour Bureau\n3 March 2025", "The Harbour Bureau"),
        ("By Jane Marsh\nValley Courier (English edition)", "Valley Courier"),
        ("By Jane Marsh\nLakeshore Review | 3 March 2025", "Lakeshore Review"),
    ],
)
def test_a_publication_name_alone_beside_the_byline_is_a_masthead_line(header: str, expected: str) -> None:
    text = f"Council opens new wing\n\n{header}\n\n{BODY}"
    assert outlet(text) == (expected, "masthead-line")


def test_a_name_beside_the_byline_without_a_publication_word_needs_the_pages_furniture() -> None:
    place = f"Council opens new wing\n\nBy Jane Marsh\nGreenford\n\n{BODY}"
    assert outlet(place) == (None, None)
    named = f"Council opens new wing\n\nBy Jane Marsh\nRidgeway Lantern\n\n{BODY}\n\n© Ridgeway Lantern 2025"
    assert outlet(named) == ("Ridgeway Lantern", "masthead-line")


def test_a_dated_header_line_without_a_byline_is_a_masthead_line_when_the_pages_closing_names_it() -> None:
    closing = "Ridgeway Lantern gathers the day's stories from across the region.\n\nFollow Ridgeway Lantern for more."
    for header in ("Ridgeway Lantern | Updated 3 March 2025, 14:05", "Ridgeway Lantern | 3 March 2025"):
        text = f"Council opens new wing\n\n{header}\n\n{BODY}\n\n{closing}"
        assert outlet(text) == ("Ridgeway Lantern", "masthead-line")
    unnamed = f"Council opens new wing\n\nRidgeway Lantern | Updated 3 March 2025, 14:05\n\n{BODY}"
    assert outlet(unnamed) == (None, None)


def test_a_place_on_a_dated_header_line_that_the_lead_names_is_no_masthead_line() -> None:
    text = (
        "Council opens new wing\n\nGreenford | 3 March 2025\n\n"
        f"The council in Greenford opened a new hospital wing on Monday.\n\n{BODY}\n\nMore news from Greenford."
    )
    assert outlet(text) == (None, None)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Marsh, Valley Courier Health Correspondent", "Valley Courier"),
        ("By Tom Reed, XN Political Correspondent", "XN"),
        ("By Tom Reed, Harbour News Chief Business Reporter", "Harbour News"),
    ],
)
def test_a_bylines_title_names_the_reporters_outlet_before_the_beat(byline: str, expected: str) -> None:
    assert outlet(f"Council opens new wing\n\n{byline}\n\n{BODY}") == (expected, "byline-outlet")


def test_a_bylines_title_made_only_of_the_beat_names_no_outlet() -> None:
    assert outlet(f"Council opens new wing\n\nBy Jane Marsh, Senior Health Correspondent\n\n{BODY}") == (None, None)


def test_the_sites_own_name_above_the_headline_beats_the_parent_companys_copyright() -> None:
    text = (
        "Valley TV News\n\nCouncil opens new wing after long delay\n\n"
        f"{BODY}\n\nA nurse told Valley TV News the ward was ready.\n\n© 2025 Valley Television Ltd."
    )
    assert outlet(text) == ("Valley TV News", "masthead")


def test_a_shorter_self_name_takes_the_fuller_form_the_page_prints_elsewhere() -> None:
    text = (
        "Council opens new wing\n\nBy Jane Marsh\nRidgeway Evening Post\n\n"
        f"{BODY}\n\nSign up to the Evening Post's free morning newsletter.\n\n© Ridgeway Evening Post 2025"
    )
    assert outlet(text) == ("Ridgeway Evening Post", "newsletter")


def test_an_outlets_blurb_about_itself_names_the_publisher() -> None:
    text = (
        f"Council opens new wing\n\n{BODY}\n\n"
        "The Harbour Ledger is a non-profit investigative newsroom funded by its readers. "
        "If you value our work, please consider becoming a member."
    )
    assert outlet(text) == ("The Harbour Ledger", "site-name")
