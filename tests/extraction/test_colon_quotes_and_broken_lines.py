"""Quotations the rules used to miss (round eleven), on texts written for the test: a quotation a colon
announces ("Ms Lane said: “Yes. We ...”", rule ``colon-opens-quote`` and quote choice ``colon-quote``), and a
quotation a page broke across lines (rule ``quote-across-line-break``)."""

from __future__ import annotations

import pytest
from extract_helpers import paragraphs

Q = "“"
END = "”"


def test_a_colon_quote_opening_with_a_short_sentence_is_the_cues_content(extract):
    x = extract(f"Ms Lane said: {Q}Yes. We believe a gang of thieves took the cables.{END}")
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == "Ms Lane"
    assert r.direct
    assert x.content(r) == ["Yes. We believe a gang of thieves took the cables."]


def test_a_colon_quote_is_the_content_not_the_question_before_the_speaker(extract):
    text = f"Asked on the radio who had taken the cables, Ms Lane said: {Q}We believe a gang of thieves did.{END}"
    x = extract(text)
    [r] = x.by_cue("said")
    assert x.content(r) == ["We believe a gang of thieves did."]


def test_a_colon_quote_run_over_paragraphs_is_one_content(extract):
    text = (
        f"Asked who had taken the cables, Ms Lane said: {Q}Yes. We believe a gang of thieves did.\n"
        f"{Q}These gangs work from abroad and sell the copper. They are looking for money.{END}\n"
        "The depot reopens on Monday."
    )
    x = extract(text, paragraphs(text))
    [r] = x.by_cue("said")
    assert x.content(r) == [
        "Yes. We believe a gang of thieves did.",
        "These gangs work from abroad and sell the copper. They are looking for money.",
    ]


def test_a_quote_broken_across_lines_without_a_new_mark_runs_to_its_closing_mark(extract):
    text = (
        "Ms Lane said the depot was shut.\n"
        f"{Q}The main winner of this ruling is a rival firm based in Oslo.\n"
        f"That firm met the regulator 60 times during the inquiry,{END} she said.\n"
        "The depot reopens on Monday."
    )
    x = extract(text, paragraphs(text))
    [r] = x.by_cue("said")[1:]
    assert r.direct and r.source is not None and r.source.text == "she"
    assert x.content(r) == [
        "The main winner of this ruling is a rival firm based in Oslo.",
        "That firm met the regulator 60 times during the inquiry",
    ]


def test_a_closing_mark_pushed_to_the_next_line_closes_the_quote(extract):
    text = (
        f"Ms Lane said: {Q}Yes. We believe a gang of thieves took the cables.\n"
        f"{Q}They sell the copper abroad. They are looking for money.\n"
        f"{END} She said the depot would reopen on Monday."
    )
    x = extract(text, paragraphs(text))
    lane = [r for r in x.raws if r.source is not None and r.source.text == "Ms Lane"]
    assert any("They sell the copper abroad." in " ".join(x.content(r)) for r in lane)
    assert not any(n.code == "unbalanced-quote" for n in x.notes)


def test_a_quote_left_open_with_no_closing_mark_later_is_still_no_content(extract):
    text = (
        f"{Q}The main winner of this ruling is a rival firm.\nThe depot reopens on Monday and the mayor will attend.\n"
    )
    x = extract(text, paragraphs(text))
    assert all(not r.direct for r in x.raws)
    assert any(n.code == "unbalanced-quote" for n in x.notes)


def test_the_quote_steps_are_recorded(extract):
    text = (
        f"Ms Lane said: {Q}Yes. We believe a gang of thieves took the cables.{END}\n"
        "Mr Ode said the depot was shut.\n"
        f"{Q}The main winner of this ruling is a rival firm based in Oslo.\n"
        f"That firm met the regulator 60 times during the inquiry,{END} she said."
    )
    x = extract(text, paragraphs(text))
    lane = [r for r in x.raws if r.source is not None and r.source.text == "Ms Lane"]
    assert any({"colon-opens-quote", "colon-quote"} <= set(r.steps) for r in lane)
    she = [r for r in x.raws if r.source is not None and r.source.text == "she"]
    assert any("quote-across-line-break" in r.steps for r in she)


def test_the_second_half_of_a_split_quote_whose_closing_mark_was_lost_is_closed_by_its_paragraph_end(extract):
    text = (
        f"{Q}We have reopened the depot to all our drivers,{END} the company said in a statement. "
        f"{Q}We apologise to them. The cables will be replaced by Friday.\n"
        "The depot has 300 drivers.\n"
    )
    x = extract(text, paragraphs(text))
    company = [r for r in x.raws if r.source is not None and r.source.text == "the company"]
    assert any("We apologise to them. The cables will be replaced by Friday." in x.content(r) for r in company)
    assert [n.code for n in x.notes] == ["unbalanced-quote"] and "read as closed" in x.notes[0].message


@pytest.mark.parametrize(
    "text",
    [
        # no closed quote before it in the paragraph: the writer may have left the frame inside the quote
        f"{Q}The talks collapsed, the envoy said.\nThe ministry said the border would stay open.\n",
        # it opens inside a sentence, not after one
        f"{Q}We reopened the depot,{END} the company said, {Q}and we apologise.\nThe depot has 300 drivers.\n",
    ],
)
def test_an_open_quote_that_is_no_second_half_of_a_split_quote_stays_no_content(extract, text):
    x = extract(text, paragraphs(text))
    quoted = " ".join(c for r in x.raws if r.direct for c in x.content(r))
    assert "apologise" not in quoted and "talks collapsed" not in quoted


def test_a_straight_mark_ending_the_next_paragraph_closes_a_quote_left_open(extract):
    text = (
        'On its website, the agency said, "The probe is alive and well. Engineers are sending commands.\n'
        'We continue to learn more about its position. The director will speak to reporters later."\n'
        "The launch had been delayed twice."
    )
    x = extract(text, paragraphs(text))
    [r] = x.by_cue("said")
    assert r.direct and r.source is not None and r.source.text == "the agency"
    assert x.content(r) == [
        "The probe is alive and well. Engineers are sending commands.",
        "We continue to learn more about its position. The director will speak to reporters later.",
    ]
    assert "quote-across-line-break" in r.steps
    assert not any(n.code == "unbalanced-quote" for n in x.notes)


def test_a_straight_mark_after_a_space_in_the_next_paragraph_opens_no_close(extract):
    text = (
        'The agency said, "The probe is alive and well.\n'
        'Engineers called the landing "a success" on Friday.\n'
        "The launch had been delayed twice."
    )
    x = extract(text, paragraphs(text))
    assert all(not r.direct or "alive" not in " ".join(x.content(r)) for r in x.raws)
    assert any(n.code == "unbalanced-quote" for n in x.notes)
