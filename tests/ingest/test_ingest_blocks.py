"""Block classification: page furniture leaves the body, story sentences stay in it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.ingest import block_text, classify_blocks, infer_outlet

BODY_A = "The regional council said on Monday that the new hospital wing would open in March."
BODY_B = "Construction workers told reporters the project had been delayed by heavy snow in January."


def kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, block_text(text, b)) for b in classify_blocks(text)]


def kind_of(text: str, needle: str) -> str:
    for b in classify_blocks(text):
        if needle in text[b.start : b.end]:
            return b.kind
    raise AssertionError(f"{needle!r} is in no block")


def between_body(line: str) -> str:
    return f"{BODY_A}\n\n{line}\n\n{BODY_B}\n"


@pytest.mark.parametrize(
    "line",
    [
        "Share this article on Facebook",
        "Sign in to your account to keep reading",
        "To post comments, please log in with your subscriber account.",
        "Leave a comment",
        "Related Articles",
        "Recommended stories",
        "Home > Business > Markets",
        "News » World » Europe",
        "print email share",
        "font size",
        "Read more: Council approves budget",
        "External Link: For background on hospital funding, visit Health Weekly.",
        "Internal Link: More coverage of the council at Valley Courier.",
        "Subscribe to our newsletter for daily updates",
        "© 2023 Valley Courier. All rights reserved.",
        "Copyright 2023 Valley Courier",
        "Advertisement",
        "Tags: health, council",
        "Published: 12 March 2024",
        "5 min read",
        "Remind me later.",
        "Comment box (0/300)",
        "x",
        "|",
    ],
)
def test_page_furniture_is_boilerplate(line: str) -> None:
    assert kind_of(between_body(line), line[:8]) == "boilerplate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents who share concerns about the wing said they would log in to the council portal to object.",
        "Read more than 200 pages of the report and you will find the same conclusion, the auditor said.",
        "The hospital's director said copyright rules had slowed the digital records project.",
        "Subscribers to the local paper were the first to learn of the delay, the mayor said.",
        "By Friday, the workers had finished the roof, the contractor said.",
        "Home care providers said the wing would ease pressure on their staff.",
        "The photo released by the council shows the new entrance.",
        "Print editions of the council newsletter will announce the opening date.",
        "Sign-up for the vaccine program opened on Monday, officials said.",
        "Copyright lawyers said the ruling would change how archives are shared.",
        "Photos by Reuters showed the damage to the roof of the old wing.",
        "The company updated its privacy policy on Friday, regulators said.",
        "About 200 people gathered outside: police said the crowd was peaceful.",
        "Tips can be sent to tips@police.example, police said.",
        "The vote passed (52/48) after a long debate in the chamber",
        "Watch this space, the minister told reporters.",
    ],
)
def test_story_sentences_that_look_like_furniture_stay_body(sentence: str) -> None:
    assert kind_of(between_body(sentence), sentence[:20]) == "body"


def test_donation_appeal_after_header_is_boilerplate_until_story_resumes() -> None:
    text = (
        f"{BODY_A}\n"
        "A Message from the Valley Courier:\n"
        "Dear readers,\n"
        "Officials have tried to shut our newsroom down. We need your help to keep reporting.\n"
        "Your donation, however small, keeps us independent.\n"
        "Remind me later.\n"
    )
    ks = [k for k, _ in kinds(text)]
    assert ks == ["body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]


def test_story_paragraph_after_an_appeal_is_body_again() -> None:
    text = (
        f"{BODY_A}\n"
        "Support independent journalism\n"
        "Every contribution helps us report.\n"
        "The contractor said the remaining work on the hospital wing would be finished before the summer holidays.\n"
    )
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "body"]


def test_a_sentence_shaped_like_an_appeal_header_does_not_start_an_appeal() -> None:
    text = (
        f"{BODY_A}\nA note from the ministry said the talks had failed.\nWe will keep negotiating, the minister said.\n"
    )
    assert [k for k, _ in kinds(text)] == ["body", "body", "body"]


def test_first_paragraph_ending_in_a_colon_is_not_a_title() -> None:
    text = 'The ministry said in a statement:\n"The talks will resume on Monday."\n'
    assert [k for k, _ in kinds(text)] == ["body", "body"]


def test_acronym_and_dash_at_the_start_is_not_a_dateline() -> None:
    text = "NATO — the alliance said on Friday — would send more troops to the region.\n"
    assert [k for k, _ in kinds(text)] == ["body"]


def test_kicker_between_title_and_story_is_a_heading() -> None:
    text = f"Hospital wing to open in March\nHealth\n{BODY_A}\n"
    assert [k for k, _ in kinds(text)] == ["title", "heading", "body"]


def test_photo_captions_are_captions() -> None:
    for line in [
        "Workers lay bricks at the new hospital wing on Monday. [VALLEY NEWS]",
        "Workers lay bricks at the site. Photo by Ana Ruiz/EPA-EFE",
        "Photo: Ana Ruiz",
        "The new wing at dusk (Photo: council press office)",
        "Workers lay bricks at the site. Ana Ruiz/AFP via Getty Images",
    ]:
        assert kind_of(between_body(line), line[:12]) == "caption", line


def test_a_line_repeated_verbatim_is_a_caption_after_its_first_copy() -> None:
    cap = "Workers lay bricks at the new hospital wing on Monday"
    text = f"{BODY_A}\n\n{cap}\n\n{cap}\n\n{BODY_B}\n"
    blocks = classify_blocks(text)
    assert [b.kind for b in blocks][2] == "caption"
    assert blocks[2].reason == "repeated_line"


def test_bylines_are_bylines() -> None:
    for line in ["By Ana Ruiz", "BY ANA RUIZ [ana.ruiz@courier.example]"]:
        assert kind_of(between_body(line), line[:6]) == "byline", line
    line = "Reporting by Ana Ruiz; Editing by Tom Lee"
    assert kind_of(between_body(line), line[:6]) == "credit"  # parsed for references, never a claim


def test_title_heading_body_and_bullets() -> None:
    text = (
        "Hospital wing to open in March\n"
        f"{BODY_A}\n"
        "What Happens Next\n"
        "The council listed three steps:\n"
        "- Staff will be hired in February.\n"
        "* Equipment arrives in late February.\n"
        "1. Patients move in March.\n"
        f"{BODY_B}\n"
    )
    got = kinds(text)
    assert [k for k, _ in got] == ["title", "body", "heading", "body", "bullet", "bullet", "bullet", "body"]
    assert got[4][1] == "Staff will be hired in February."  # the block starts after the marker
    assert got[6][1] == "Patients move in March."


def test_a_short_first_line_without_following_story_is_not_a_title() -> None:
    assert [k for k, _ in kinds("Just one short line")] == ["body"]


def test_hard_wrapped_paragraph_is_one_block() -> None:
    text = (
        "The regional council said on Monday that the new hospital\n"
        "wing would open in March, after a delay caused by snow\n"
        "and a shortage of steel.\n"
        "\n"
        f"{BODY_B}\n"
    )
    blocks = classify_blocks(text)
    assert len(blocks) == 2
    assert text[blocks[0].start : blocks[0].end].endswith("shortage of steel.")


def test_wire_dateline_is_split_from_the_first_paragraph() -> None:
    text = "LONDON (Reuters) - The central bank held rates steady on Thursday, officials said.\n"
    got = kinds(text)
    assert got == [
        ("dateline", "LONDON (Reuters) -"),
        ("body", "The central bank held rates steady on Thursday, officials said."),
    ]


def test_block_bounds_exclude_surrounding_blanks_and_invisible_characters() -> None:
    text = "\ufeff  \u00a0First paragraph of the story ends here.\u200b \n\u00a0\n  Second one.  \n"
    blocks = classify_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == ["First paragraph of the story ends here.", "Second one."]


_alphabet = st.sampled_from(list("ab Z.,:-*•>()[]©\n\r\t\u00a0\u200b\ufeff1é—/"))


@settings(max_examples=300, deadline=None)
@given(st.text(_alphabet, max_size=300) | st.text(max_size=200))
def test_block_offsets_are_valid_ordered_and_trimmed(text: str) -> None:
    last_end = 0
    for b in classify_blocks(text):
        assert 0 <= last_end <= b.start < b.end <= len(text)
        inner = text[b.start : b.end]
        assert not inner[0].isspace() and not inner[-1].isspace()
        assert b.reason
        last_end = b.end
    name, evidence = infer_outlet(text, classify_blocks(text))
    assert (name is None) == (evidence is None)


# --------------------------------------------------------------------------
# Wire datelines, credit lines, mastheads and read-more lists
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Port Harcourt, Nigeria (AFP) - The port authority said on Friday that two cranes had failed.",
            "Port Harcourt, Nigeria (AFP) -",
        ),
        (
            "Rio de Janeiro (Reuters) — The state utility said the outage would last until Sunday.",
            "Rio de Janeiro (Reuters) —",
        ),
        (
            "St. Louis, Missouri, Oct. 4 (AP) -- A county judge said the hearing would resume.",
            "St. Louis, Missouri, Oct. 4 (AP) --",
        ),
        ("GLASGOW - City council leader Ruth Alder said the tram line would reopen in June.", "GLASGOW -"),
        (
            "LAKE PLACID, New York - Organisers said the race would go ahead despite the thaw.",
            "LAKE PLACID, New York -",
        ),
    ],
)
def test_dateline_with_a_multi_word_place_or_a_plain_hyphen_is_split_off(text: str, dateline: str) -> None:
    got = kinds(text)
    assert got[0] == ("dateline", dateline)
    assert got[1] == ("body", text[len(dateline) :].strip())


@pytest.mark.parametrize(
    "text",
    [
        "GLASGOW-based lenders said on Monday that mortgage rates would rise again.",
        "Human Rights Watch (HRW) - the group that monitors prisons - said the cells were overcrowded.",
        "Sea Level Rise (SLR) - it is already eroding the dunes, the coastal agency said.",
    ],
)
def test_a_hyphenated_word_or_an_aside_after_a_dash_is_not_a_dateline(text: str) -> None:
    assert [k for k, _ in kinds(text)] == ["body"]


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Ana Ruiz and Tom Lee in Lisbon; Editing by Mark Green)",
        "Reporting by Ana Ruiz; Writing by Tom Lee; Editing by Mark Green and Sara al-Amin",
        "Additional reporting by Ana Ruiz in Porto and Tom Lee in Faro",
        "[Reporting by Ana de la Cruz in Madrid; editing by Tom Lee]",
        "Ana Ruiz in Lisbon and Tom Lee in Faro contributed to this report.",
    ],
)
def test_wire_credit_lines_are_credit_blocks(line: str) -> None:
    text = between_body(line)
    [b] = [b for b in classify_blocks(text) if line[:10] in text[b.start : b.end]]
    assert (b.kind, b.reason) == ("credit", "credit_line")


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by the regional paper found that the wing had cost twice its budget.",
        "Editing by hand took the archivists three months, the library said.",
        "Writing by candlelight, the patients described the blackout in letters to the council.",
    ],
)
def test_sentences_that_start_like_a_credit_line_stay_body(sentence: str) -> None:
    assert kind_of(between_body(sentence), sentence[:20]) == "body"


@pytest.mark.parametrize("header", ["Read more", "Read more:", "Related:", "More on this story", "See also"])
def test_headlines_listed_under_a_read_more_header_are_boilerplate(header: str) -> None:
    text = (
        f"{BODY_A}\n\n{header}\n"
        "Council votes to close the old maternity ward\n"
        "Why rural clinics are struggling to hire nurses\n"
        "Is the new wing worth the money?\n\n"
        f"{BODY_B}\n"
    )
    blocks = classify_blocks(text)
    assert [b.kind for b in blocks] == ["body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "body"]
    assert [b.reason for b in blocks[2:5]] == ["read_more_item"] * 3


def test_a_read_more_list_ends_at_the_first_sentence() -> None:
    text = f"{BODY_A}\n\nRead more\nCouncil votes to close the old maternity ward\n{BODY_B}\nStaff Numbers\n"
    got = kinds(text)
    assert [k for k, _ in got] == ["body", "boilerplate", "boilerplate", "body", "heading"]


def test_a_read_more_list_holds_only_a_few_headlines() -> None:
    headlines = [f"Council votes on clinic number {n} in the valley" for n in range(1, 10)]
    text = f"{BODY_A}\n\nRead more\n" + "\n".join(headlines) + f"\n\n{BODY_B}\n"
    items = [b for b in classify_blocks(text) if b.reason == "read_more_item"]
    assert 0 < len(items) < len(headlines)


def test_a_one_line_read_more_link_starts_no_list() -> None:
    text = f"{BODY_A}\n\nRead more: Council approves budget\nWhat Happens Next\n\n{BODY_B}\n"
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "heading", "body"]


@pytest.mark.parametrize("line", ["Valley Courier | Health Desk", "Metro Section | The Harbour Post"])
def test_masthead_with_a_newsroom_section_above_the_story_is_boilerplate(line: str) -> None:
    blocks = classify_blocks(f"Hospital wing to open in March\n\n{line}\n\n{BODY_A}\n")
    assert [(b.kind, b.reason) for b in blocks] == [
        ("title", "first_short_line"),
        ("boilerplate", "masthead"),
        ("body", "paragraph"),
    ]


def test_a_pipe_line_without_a_newsroom_section_is_not_a_masthead() -> None:
    blocks = classify_blocks(f"Hospital wing to open in March\n\nValley Courier | Health\n\n{BODY_A}\n")
    assert blocks[1].reason != "masthead"


def test_source_line_crediting_news_agencies_is_a_credit_block() -> None:
    text = between_body("Source: Valley Courier and news agencies")
    [b] = [b for b in classify_blocks(text) if text[b.start : b.end].startswith("Source:")]
    assert (b.kind, b.reason) == ("credit", "source_line")


@pytest.mark.parametrize(
    "line",
    ["Sources: Valley Courier, Nordic Press Agency", "Source: Harbour Wire", "Sources: Harbour Wire, court records"],
)
def test_a_list_of_sources_is_a_credit_block_not_a_heading(line: str) -> None:
    [b] = [b for b in classify_blocks(between_body(line)) if b.reason == "reference_list"]
    assert b.kind == "credit"


@pytest.mark.parametrize(
    "line",
    [
        # a source without the agencies may credit a chart; extraction reads it as the article's reference
        "Source: Valley Courier, citing hospital records.",
        # a note on what the article drew on is an article-level reference for extraction
        "(This article drew references from Valley Courier and Harbour Post)",
    ],
)
def test_reference_lines_stay_in_the_body_for_extraction(line: str) -> None:
    assert kind_of(between_body(line), line[:10]) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "ab-cde/fg",
        "By signing up, you agree to our terms of use and privacy notice",
        "Get the week's health stories from the valley, delivered to your inbox.",
        "Sign up for Valley Courier",
        "(This story has been updated to add comments from the hospital director.)",
        "(Updates with council vote in paragraph 3)",
    ],
)
def test_sign_offs_sign_up_small_print_and_editor_notes_are_boilerplate(line: str) -> None:
    assert kind_of(between_body(line), line[:8]) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "This website uses cookies to ensure you get the best experience. Learn more. Got it!",
        "We value your privacy. We and our partners store cookies on your device.",
        "Manage cookie preferences",
        "Accept all cookies",
        "Share or comment on this article:",
        "Reuse this content",
        "Skip next section Related topics",
        "Get the latest council news in your inbox every weekday. Subscribe to the Valley newsletter.",
        "While you're here: our editors send out a selection of the day's stories. You can sign up here.",
        "Support independent local journalism. Become a member of the Valley Courier from $4 a month.",
        "Related: ‘We waited six hours’: patients describe a night in the emergency ward",
    ],
)
def test_consent_banners_share_widgets_and_newsletter_pitches_are_boilerplate(line: str) -> None:
    assert kind_of(between_body(line), line[:12]) == "boilerplate"


@pytest.mark.parametrize(
    "sentence",
    [
        "Regulators said websites that use cookies must ask visitors for consent first.",
        "More than 400 residents decided to become members of the hospital trust this year.",
        "The council said it would share or publish the report on Friday.",
        "Nurses said patients should subscribe to text alerts from the clinic, the union said.",
    ],
)
def test_story_sentences_about_cookies_members_and_sharing_stay_body(sentence: str) -> None:
    assert kind_of(between_body(sentence), sentence[:20]) == "body"


def test_a_long_appeal_paragraph_opening_with_a_classic_opener_is_boilerplate() -> None:
    text = (
        f"{BODY_A}\n\n"
        "… we have a small favour to ask. Thousands of readers rely on our journalism. We have no owner, "
        "so your support keeps us independent. Support us from as little as $1. Thank you.\n"
    )
    assert kinds(text)[-1][0] == "boilerplate"


@pytest.mark.parametrize(
    "caption",
    [
        "The old wing of the hospital on Friday. Photo: Jane Roe / Valley Courier",
        "The old wing of the hospital on Friday. Image: Jane Roe/Agency/picture desk",
        "Photo: Jane Roe / Agency",
    ],
)
def test_a_caption_sentence_followed_by_its_photo_credit_is_a_caption(caption: str) -> None:
    assert kind_of(between_body(caption), caption[:20]) == "caption"


@pytest.mark.parametrize("header", ["Explore more", "Explore more on these topics", "More on this"])
def test_topics_and_headlines_under_an_explore_more_header_are_boilerplate(header: str) -> None:
    text = (
        f"{BODY_A}\n\n{header}\nCouncil: Budget vote delayed again, mayor blames rain\n"
        "What does the new wing mean for patients?\nHealth\n"
    )
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]


@pytest.mark.parametrize("line", ["ab/cde (AP, dpa, Reuters)", "xy (AFP)", "jk/lm-no (Reuters, AP)."])
def test_desk_initials_with_the_agencies_drawn_on_are_a_credit_block(line: str) -> None:
    assert kind_of(between_body(line), line[:4]) == "credit"


@pytest.mark.parametrize("line", ["photos (below)", "see (Figure 2)"])
def test_a_lowercase_word_before_brackets_is_no_desk_credit(line: str) -> None:
    assert kind_of(between_body(line), line) != "credit"


def test_desk_initials_with_agencies_are_read_as_article_references() -> None:
    from attribution.ingest import article_from_text
    from attribution.pipeline import extract as run_extract

    text = f"{BODY_A}\n\n{BODY_B}\n\nab/cde (Nordic Press Agency, dpa, Reuters)\n"
    x = run_extract([article_from_text(text, id="t.txt")], cache=False)
    refs = [a for a in x.articles[0].attributions if a.kind == "article-reference"]
    assert [a.source.text for a in refs if a.source] == ["Nordic Press Agency", "dpa", "Reuters"]
    assert all(not a.content for a in refs)


def test_the_title_below_a_cookie_banner_is_the_articles_title() -> None:
    from attribution.ingest import article_from_text

    text = (
        "We use cookies to give you the best experience on our website. By continuing, you agree to our use of "
        "cookies.\n\nCouncil delays hospital wing opening\n\n"
        f"{BODY_A}\n"
    )
    art = article_from_text(text, id="t.txt")
    assert art.title == "Council delays hospital wing opening"
    assert art.blocks[0].kind == "boilerplate"


def test_no_title_is_taken_from_below_the_story() -> None:
    from attribution.ingest import article_from_text

    text = f"{BODY_A}\n\nCouncil delays hospital wing opening\n\n{BODY_B}\n"
    assert article_from_text(text, id="t.txt").title is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Before it's in the papers, it's on the Harbour Data Desk. LEARN MORE", "promo_line"),
        ("Our analysts cover every market, every day. START FREE TRIAL", "promo_line"),
        ("Download the WXYZ 9 News app for breaking news alerts.", "app_prompt"),
        ("Get our free app for iPhone and Android.", "app_prompt"),
    ],
)
def test_promo_lines_and_app_prompts_are_furniture(line: str, reason: str) -> None:
    text = f"{BODY_A}\n\n{line}"
    last = classify_blocks(text)[-1]
    assert (last.kind, last.reason) == ("boilerplate", reason)


def test_a_sentence_that_asks_readers_to_learn_more_stays_in_the_story() -> None:
    text = f"{BODY_A}\n\nResidents can learn more at the town hall meeting on Friday, the mayor said."
    assert classify_blocks(text)[-1].kind == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Motor Gazette Staff | March 3, 2024 | Reviews, News | 5 comments",
        "Written by Jane Marsh · March 3, 2024",
        "By: WXYZ Staff",
    ],
)
def test_post_bylines_with_metadata_are_bylines(line: str) -> None:
    text = f"Council opens new wing\n\n{line}\n\n{BODY_A}"
    kinds = [b.kind for b in classify_blocks(text)]
    assert kinds[1] == "byline"


def test_a_story_sentence_starting_with_posted_by_stays_in_the_story() -> None:
    text = f"{BODY_A}\n\nPosted by the ministry on Monday, the video shows flooded streets in the old town."
    assert classify_blocks(text)[-1].kind == "body"


@pytest.mark.parametrize(
    "line",
    [
        "This article was originally published in Portuguese.",
        "This story was first published by the Harbour Weekly.",
        "This story first appeared in the Valley Courier.",
        "This article has been translated from German.",
        "Translated by Maria Lund",
        "Translated from the Finnish by Maria Lund.",
        "An earlier version of this article misstated the date of the council vote.",
        "A version of this story appeared in the print edition on Sunday.",
        "This article was produced with the support of the Example Journalism Fund.",
        "This interview has been edited for length and clarity.",
        "Correction: The wing opens in March, not in May.",
    ],
)
def test_notes_about_the_article_itself_are_boilerplate_not_story(line: str) -> None:
    block = classify_blocks(between_body(line))[1]
    assert (block.kind, block.reason) == ("boilerplate", "edition_note")


@pytest.mark.parametrize(
    "sentence",
    [
        "This report was published by the health ministry on Monday and found long delays.",
        "An earlier version of the plan, drafted in May, had no parking, the architect said.",
        "The story was first told by a nurse who worked in the old wing, the director said.",
        "Translators were hired by the council to help patients who speak little English.",
    ],
)
def test_sentences_about_other_documents_or_versions_stay_in_the_story(sentence: str) -> None:
    assert kind_of(between_body(sentence), sentence[:12]) == "body"


def test_the_site_name_line_above_the_headline_is_not_the_title() -> None:
    from attribution.ingest import article_from_text

    text = (
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\n\n"
        "Valley Channel 5\n\nCouncil delays hospital wing opening until spring\n\n"
        f"By Valley Channel 5 Staff\n\n{BODY_A}\n\nDownload the Valley Channel 5 app for alerts.\n"
    )
    art = article_from_text(text, id="t.txt")
    assert art.title == "Council delays hospital wing opening until spring"
    assert [(b.kind, b.reason) for b in art.blocks[:3]] == [
        ("boilerplate", "legal_banner"),
        ("boilerplate", "site_name"),
        ("title", "headline_below_site_name"),
    ]


def test_a_short_headline_the_page_never_repeats_stays_the_title_above_its_kicker() -> None:
    from attribution.ingest import article_from_text

    text = f"Hospital Wing Delayed\n\nCouncil blames snow and missing parts\n\n{BODY_A}\n\n{BODY_B}\n"
    art = article_from_text(text, id="t.txt")
    assert art.title == "Hospital Wing Delayed"
    assert art.blocks[1].kind == "heading"


@pytest.mark.parametrize(
    "line",
    ["News | Sport | Business | Opinion | Weather", "Home News World Politics Sport", "Local · Metro · Health · Video"],
)
def test_navigation_menus_are_boilerplate_and_never_the_title(line: str) -> None:
    from attribution.ingest import article_from_text

    text = f"{line}\n\nCouncil delays hospital wing opening\n\n{BODY_A}\n"
    art = article_from_text(text, id="t.txt")
    assert (art.blocks[0].kind, art.blocks[0].reason) == ("boilerplate", "navigation")
    assert art.title == "Council delays hospital wing opening"


@pytest.mark.parametrize(
    "line",
    [
        "With a report from Reuters",
        "- With reports from AFP and the Associated Press",
        "(With reporting by Jane Doe in Oslo)",
        "With additional reporting by Nordic Press Agency.",
        "With wire reports",
    ],
)
def test_credits_opening_with_with_are_credit_blocks(line: str) -> None:
    block = classify_blocks(f"{BODY_A}\n\n{BODY_B}\n\n{line}\n")[-1]
    assert (block.kind, block.reason) == ("credit", "credit_line")


def test_a_sentence_opening_with_with_reports_from_stays_in_the_story() -> None:
    line = "With reports from the ministry showing long delays, the council voted to close the old wing."
    assert classify_blocks(f"{BODY_A}\n\n{line}\n")[-1].kind == "body"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Our Standards: The Example Wire Trust Principles.", "standards_line"),
        ("Read our editorial standards", "standards_line"),
        ("Watch Valley Evening News weeknights at 6 PM on Channel 4.", "programme_promo"),
        ("Tune in to Morning Drive every weekday on 98.1 FM.", "programme_promo"),
        ("Like The Valley Courier on Facebook for more local stories!", "share_prompt"),
        ("Follow us on Instagram for the latest updates.", "share_prompt"),
        ("Have a story tip? Email tips@valleycourier.example", "tip_prompt"),
        ("Send us your news tips at tips@valleycourier.example", "tip_prompt"),
    ],
)
def test_standards_programme_social_and_tip_promos_are_boilerplate(line: str, reason: str) -> None:
    block = classify_blocks(f"{BODY_A}\n\n{line}\n")[-1]
    assert (block.kind, block.reason) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "Watch the video of the collapse, the council told residents at the meeting.",
        "Like many nurses on the ward, she said the new wing would ease the pressure.",
        "Our standards of care have not slipped, the hospital director told the council.",
    ],
)
def test_sentences_that_start_like_a_promo_stay_in_the_story(sentence: str) -> None:
    assert classify_blocks(f"{BODY_A}\n\n{sentence}\n")[-1].kind == "body"


@pytest.mark.parametrize("header", ["Trending now:", "TRENDING NOW", "Most read today"])
def test_headlines_under_a_trending_header_are_boilerplate(header: str) -> None:
    text = f"{BODY_A}\n\n{header}\nSinger cancels summer tour\nCity marathon moves to April\n"
    assert [b.kind for b in classify_blocks(text)[1:]] == ["boilerplate"] * 3


def test_a_service_box_under_a_what_to_do_header_is_boilerplate_until_the_story_resumes() -> None:
    advice = "Doctors advise anyone with a fever to stay at home and call the helpline."
    text = f"{BODY_A}\n\nWhat to do:\n\n{advice}\n\nKeep windows shut until the alert is lifted.\n\n{BODY_B}\n"
    assert [(b.kind, b.reason) for b in classify_blocks(text)] == [
        ("body", "paragraph"),
        ("boilerplate", "service_header"),
        ("boilerplate", "service_box"),
        ("boilerplate", "service_box"),
        ("body", "paragraph"),
    ]


def test_a_paragraph_that_asks_and_answers_what_readers_should_do_is_a_service_box() -> None:
    line = "What should residents do? Health officials advise anyone with a cough to see a doctor."
    block = classify_blocks(f"{BODY_A}\n\n{line}\n\n{BODY_B}\n")[1]
    assert (block.kind, block.reason) == ("boilerplate", "service_box")


def test_a_story_sentence_about_what_to_do_stays_in_the_story() -> None:
    line = "What to do with the old wing remains unclear, the council said on Tuesday."
    assert classify_blocks(f"{BODY_A}\n\n{line}\n")[-1].kind == "body"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "The Harbour Ledger is a non-profit investigative newsroom funded by its readers. "
            "If you value our work, please consider becoming a member.",
            "self_blurb",
        ),
        ("Valley Courier is an independent news organisation. Support us from $3 a month.", "self_blurb"),
        ("Share this article: Facebook | X | WhatsApp | Email", "share_prompt"),
        ("More news on Valley Daily English: business, sport, health and the world.", "site_promo"),
    ],
)
def test_an_outlets_blurb_about_itself_share_lists_and_site_promos_are_boilerplate(line: str, reason: str) -> None:
    block = next(b for b in classify_blocks(between_body(line)) if b.kind != "body")
    assert (block.kind, block.reason) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Ledger is a weekly newspaper founded in 1901 and owned by a local trust.",
        "Valley Courier is an independent news site, the council said, and you can read it online.",
        "The investigation was first published by the Harbour Ledger, a non-profit newsroom.",
        "More news from the council: the budget for the wing will rise by 3% next year.",
    ],
)
def test_story_sentences_that_merely_mention_an_outlet_stay_body(sentence: str) -> None:
    assert kind_of(between_body(sentence), sentence[:20]) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Got a story? Email newsdesk@valleycourier.example or call 0161 496 0000.",
        "Do you know more about the hospital contracts? Contact our team securely at tips@example.org",
    ],
)
def test_a_question_then_a_contact_address_or_number_is_a_tip_line(line: str) -> None:
    block = next(b for b in classify_blocks(between_body(line)) if b.kind != "body")
    assert (block.kind, block.reason) == ("boilerplate", "tip_prompt")


@pytest.mark.parametrize(
    "sentence",
    [
        "Why the delay? Email records seen by the council show the builder knew in May.",
        "Who paid for it? Call logs from 3 March show forty calls to the ward.",
    ],
)
def test_a_story_question_answered_by_records_stays_body(sentence: str) -> None:
    assert kind_of(between_body(sentence), sentence[:20]) == "body"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a line with no sentence end, closed by an agency's name in brackets: a photo caption and its credit
        ("Volunteers stack sandbags along the river bank on Monday (AP)", "caption"),
        ("The ferry terminal at dawn (EPA)", "caption"),
        ("Valley Steel (Reuters)", "caption"),
        ("The health minister and her deputy (AP photo)", "caption"),
        # a sentence that ends before or after the bracket is the story's
        ("Volunteers stacked sandbags along the river bank on Monday. (AP)", "body"),
        ("Volunteers stacked sandbags along the river bank on Monday (AP).", "body"),
        # a bracket naming no agency
        ("Volunteers from the Valley Flood Relief Committee (VFRC) stacked sandbags on Monday", "body"),
    ],
)
def test_a_line_closed_by_an_agency_name_in_brackets_is_a_caption(line: str, kind: str) -> None:
    assert kind_of(between_body(line), line[:20]) == kind
