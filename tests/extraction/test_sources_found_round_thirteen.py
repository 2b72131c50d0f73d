"""Sources the rules used to miss (round thirteen), on sentences written for the test: a quotation of several
sentences whose frame the parser hung on its last sentence (quote choice ``inner-leading-quote``), an "according
to X" inside a quotation hung on the frame after it (step ``source-phrase-in-quote``), and a quotation that runs on
over a paragraph break the page lost (scanner rule ``quote-reopened``)."""

from __future__ import annotations

import json

import pytest
from extract_helpers import paragraphs

from attribution.extraction.quotes import scan_quotes

#: Quotations of two sentences with the frame after them, where the parser reads the frame's verb as a conjunct of
#: the quotation's last verb (the time phrases and the "according to" hung on the frame make it do so).
TWO_SENTENCE_QUOTES = [
    (
        "“Ana was poisoned. Her death occurred on May 3 at 4:10 p.m. local time, according to the prison doctor,” "
        "spokesperson Tom Bell said in a post in Spanish and English on X on Monday.",
        "spokesperson Tom Bell",
        "Ana was poisoned.",
    ),
    (
        "“The mayor was attacked. The attack happened on June 2 at 9:45 a.m. local time, according to the police "
        "report,” spokeswoman Lena Hart said in a message on Telegram on Friday.",
        "spokeswoman Lena Hart",
        "The mayor was attacked.",
    ),
    (
        "“Omar was arrested. His arrest took place on April 9 at 6:30 a.m. local time, according to the official "
        "notice to Omar’s wife,” his lawyer Dan Reyes said in a statement on Facebook on Tuesday.",
        "his lawyer Dan Reyes",
        "Omar was arrested.",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "first"), TWO_SENTENCE_QUOTES)
def test_the_frame_after_a_quotation_reports_its_every_sentence(extract, text, speaker, first):
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker
    assert x.content(r)[0].startswith(first)
    assert r.direct and "inner-leading-quote" in r.steps


def test_an_according_to_inside_a_quotation_reports_its_own_quoted_clause_not_the_frame(extract):
    x = extract(TWO_SENTENCE_QUOTES[0][0])
    [r] = x.by_cue("according to")
    assert x.content(r) == ["Her death occurred on May 3 at 4:10 p.m. local time"]
    assert "source-phrase-in-quote" in r.steps
    [frame] = x.by_cue("said")
    assert r.parent == x.raws.index(frame)  # the doctor is cited inside Bell's words


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said a “very serious incident” had closed the port, according to the harbour office.",
        "“The port is closed,” the mayor said, according to the harbour office.",
    ],
)
def test_an_according_to_outside_any_quotation_keeps_its_clause(extract, text):
    x = extract(text)
    for r in x.by_cue("according to"):
        assert "source-phrase-in-quote" not in r.steps


@pytest.mark.parametrize(
    "text",
    [
        # a partial quotation ending a clause stays partial: the frame reports the clause
        "The minister called the fire “a tragedy for all of us,” the mayor said on Monday.",
        # a single sentence quoted with its frame: the head lies in the quote, no new choice needed
        "“The bridge will reopen on Monday,” the mayor said.",
    ],
)
def test_a_quotation_the_parser_read_whole_needs_no_inner_choice(extract, text):
    x = extract(text)
    assert all("inner-leading-quote" not in r.steps for r in x.raws)


LOST_BREAK = (
    "Asked who was behind the attack, Ms Lane said: “Yes. We believe it is a gang of thieves who call themselves "
    "Nightjar.\n"
    "“These gangs – there are a few of them – work freely from abroad, they give themselves grand names, and this "
    "gang has a long history of attacking ports. “They have hit shipping firms, they have hit councils. They are "
    "simply looking for money.\n"
    "” She said the gang was unlikely to return."
)


def test_a_quotation_runs_on_over_a_paragraph_break_the_page_lost(extract):
    x = extract(LOST_BREAK, paragraphs(LOST_BREAK))
    [r] = [r for r in x.by_cue("said") if r.source is not None and r.source.text == "Ms Lane"]
    words = " ".join(x.content(r))
    assert "These gangs" in words and "They are simply looking for money" in words
    assert "quote-reopened" in r.steps


def _quotes(text: str):
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line), "body"))
        pos += len(line) + 1
    return scan_quotes(text, spans)


def test_the_reopened_segment_continues_the_quotation_it_interrupts():
    quotes, notes = _quotes("“We will win. “They know it,” she said.")
    assert [q.closed for q in quotes] == [False, True]
    assert quotes[1].prev == 0 and quotes[0].next == 1
    assert notes == []


@pytest.mark.parametrize(
    "text",
    [
        "“We will win, “they know it,” she said.",  # no sentence ends before the second mark
        "“We will win. ”They know it,” she said.",  # a closing mark is no reopening
    ],
)
def test_an_opening_mark_that_ends_no_sentence_before_it_reopens_nothing(text):
    quotes, _ = _quotes(text)
    assert not any(q.prev is not None for q in quotes)


@pytest.mark.parametrize(("word", "victim"), [("murdered", "Ana Ruiz"), ("assassinated", "Governor Ana Ruiz")])
def test_a_quoted_sentence_saying_someone_was_murdered_is_a_claim_of_the_speaker(traced, word, victim):

    text = (
        f"“{victim} was {word}. Her death occurred on May 3 at 4:10 p.m. local time, according to the prison "
        "doctor,” spokesperson Tom Bell said in a post in Spanish and English on X on Monday."
    )
    report = json.loads(traced(text).to_json())
    chains = [m["chains"] for c in report["claims"] for m in c["mentions"] if word in m["text"]]
    assert chains == [[["coast-gazette", "tom-bell"]]]


def _chains_of(report, words: str):
    return [m["chains"] for c in report["claims"] for m in c["mentions"] if words in m["text"]]


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        (
            "Three sailors were killed in a missile strike on a port, President Ana Ruiz said in a statement on "
            "Sunday. She blamed the attack on rebel groups. They were the first navy deaths in years of raids on "
            "ships across the gulf by the rebels.",
            "They were the first navy deaths",
        ),
        (
            "Two miners were injured in a flooded shaft on Monday, the mine's owner said. He blamed the heavy rain "
            "for the flood. They were the first workers hurt at the site since it opened in 1990.",
            "They were the first workers hurt",
        ),
    ],
)
def test_a_sentence_after_a_continued_account_is_the_writers(traced, text, writers):

    assert _chains_of(json.loads(traced(text).to_json()), writers) == [[["coast-gazette"]]]


def test_a_pronoun_sentence_right_after_a_stated_account_still_goes_on_with_it(traced):

    text = (
        "The coast guard reported that gunmen captured a fisherman on Monday. They released photos of him on Tuesday."
    )
    assert _chains_of(json.loads(traced(text).to_json()), "They released photos") == [
        [["coast-gazette", "the-coast-guard"]]
    ]


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "Ana Ruiz explained on BBC Radio 4’s Today programme that the gang, known as Nightjar, was behind "
            "the theft.",
            "Ana Ruiz",
            "explained",
            "the gang, known as Nightjar, was behind the theft",
        ),
        (
            "Smith warned on BBC Radio 4’s Today programme that the dam, known as Kariba, was close to failing.",
            "Smith",
            "warned",
            "the dam, known as Kariba, was close to failing",
        ),
        (
            "Dr Patel explained on BBC Radio 2’s Jeremy Vine programme that the outbreak, known as the Leeds cluster, "
            "was over.",
            "Dr Patel",
            "explained",
            "the outbreak, known as the Leeds cluster, was over",
        ),
    ],
)
def test_a_that_clause_the_parser_hung_on_a_programme_misread_as_object_is_the_content(
    extract, sentence, source, cue, content
):
    x = extract(sentence)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == source
    assert x.content(r) == [content]
    assert "that-clause-on-object" in r.steps


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor explained the plan that the council adopted in May.",  # a relative clause: "that" is its object
        "The agency confirmed the report that two workers had died.",  # an object-content verb keeps its object form
    ],
)
def test_a_relative_clause_or_an_object_content_verb_takes_no_clause_from_the_object(extract, sentence):
    assert all("that-clause-on-object" not in r.steps for r in extract(sentence).raws)


@pytest.mark.parametrize(
    "text",
    [
        "A jury found the former mayor guilty on three counts of bribery on Friday.",
        "The disciplinary panel found the nurse not guilty of misconduct in March.",
        "In May, a court in Lisbon found the shipping firm liable for the oil spill.",
        "The judge criticised the scheme at length before announcing a sentence of twelve years in prison.",
    ],
)
def test_a_verdict_is_a_fact_of_the_story_not_the_courts_claim(traced, text):
    report = json.loads(traced(text).to_json())
    atts = [a for a in report["articles"][0]["attributions"] if "verdict-no-claim" in a["steps"]]
    assert len(atts) == 1 and atts[0]["claim"] is False
    assert [["coast-gazette"]] in [m["chains"] for c in report["claims"] for m in c["mentions"]]


def test_a_reaction_to_a_verdict_is_still_the_critics_claim(traced):
    report = json.loads(traced("Lawyers for the family criticised the verdict as far too lenient.").to_json())
    assert all("verdict-no-claim" not in a["steps"] for a in report["articles"][0]["attributions"])


def test_a_finding_that_states_a_clause_is_still_a_claim(traced):
    report = json.loads(traced("The inquiry found that the dam had been poorly built by the contractor.").to_json())
    assert [m["chains"] for c in report["claims"] for m in c["mentions"]] == [[["coast-gazette", "the-inquiry"]]]


def test_a_verdict_beside_a_side_attribution_is_still_a_story_sentence(traced):
    text = (
        "A jury found the former mayor guilty on three counts of bribery on Friday in what prosecutors have called "
        "one of the biggest frauds in the city's history."
    )
    chains = [(m["text"], m["chains"]) for c in json.loads(traced(text).to_json())["claims"] for m in c["mentions"]]
    assert any(t.startswith("A jury found") and ch == [["coast-gazette"]] for t, ch in chains)


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker had hoped its new battery plant would revive the struggling town after years of layoffs.",
        "The company is hoping the new plant will open in May.",
        "Officials hope that the bridge will reopen by Friday.",
    ],
)
def test_a_wish_is_no_claim_of_the_one_who_wishes(traced, text):
    report = json.loads(traced(text).to_json())
    [att] = report["articles"][0]["attributions"]
    assert att["claim"] is False and "wish-no-claim" in att["steps"]
    assert all(m["chains"] == [["coast-gazette"]] for c in report["claims"] for m in c["mentions"])
