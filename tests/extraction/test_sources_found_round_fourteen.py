"""Sources the rules used to miss (round fourteen), on sentences written for the test:

- a frame after its content whose cue is a verb of posting ("..., the fire service posted on social media"), which
  the parser hangs under the content's verb with no clause of its own (words ``PARENTHETICAL_VERBS``); a participle
  on the noun of a prepositional phrase ("in a video posted to X") is never such a frame;
- "The report also notes that X": one report the article mentioned, with nothing else to name it, is the source
  unnamed reports, as "according to the report" is (step ``the-report``);
- "according to / as per figures released by X", "the information received from X": X, the body the figures came
  from, is the source (rule ``given-by``); documents passed on keep their reading.
"""

from __future__ import annotations

import pytest

#: A frame after its content, with a verb of posting and no clause of its own.
POSTED_FRAMES = [
    (
        "Divers recovered the last two bodies from the lake on Saturday, the Regional Emergency Service posted on "
        "its Telegram channel.",
        "the Regional Emergency Service",
        "Divers recovered the last two bodies from the lake on Saturday",
    ),
    (
        "Two ferries were cancelled because of high winds, the port authority posted on Facebook on Friday evening.",
        "the port authority",
        "Two ferries were cancelled because of high winds",
    ),
    (
        "Rescue efforts continued through the night, the fire service posted on social media on Monday.",
        "the fire service",
        "Rescue efforts continued through the night",
    ),
    (
        "The north runway will stay closed until Tuesday, the airport's operator tweeted.",
        "the airport's operator",
        "The north runway will stay closed until Tuesday",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), POSTED_FRAMES)
def test_a_posting_verb_after_its_content_frames_the_content(extract, text, speaker, content):
    x = extract(text)
    [r] = [r for r in x.raws if x.cue(r) in ("posted", "tweeted")]
    assert r.source is not None and r.source.text == speaker
    assert x.content(r) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not move,” union leader Ana Ruiz said outside the depot, in a video posted early Monday to the "
        "union's Facebook page.",
        "The pier will reopen on Friday, the mayor said in a statement posted on the council's website.",
    ],
)
def test_a_participle_on_a_prepositional_noun_frames_nothing(extract, text):
    x = extract(text)
    assert x.by_cue("posted") == []
    [said] = x.by_cue("said")
    assert said.source is not None and "video" not in said.source.text and "statement" not in said.source.text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The report also notes that the boat can be steered by hand if the motor fails.", "notes"),
        ("The report said the dam had not been inspected since 2019.", "said"),
        ("The report found that three of the five pumps had failed during the storm.", "found"),
    ],
)
def test_the_report_is_the_source_unnamed_reports(extract, text, cue):
    x = extract(text)
    [r] = x.by_cue(cue)
    assert r.source is not None and r.source.text == "The report" and r.source.name == "reports"
    assert "the-report" in r.steps


@pytest.mark.parametrize(
    "text",
    [
        "A report said the dam had not been inspected since 2019.",  # a report, not one named before
        "The reports said the dam had not been inspected since 2019.",  # reports the article named
        "The ministry's report said the dam had not been inspected since 2019.",  # the ministry speaks
    ],
)
def test_other_report_subjects_keep_their_reading(extract, text):
    x = extract(text)
    [r] = x.by_cue("said")
    assert "the-report" not in r.steps
    assert r.source is None or r.source.text == "The ministry"


def test_a_claim_of_the_report_is_single_origin(traced):
    report = traced(
        "The regulator opened an inquiry into the ferry's engines on Monday. The report also notes that the boat "
        "can be steered by hand if the motor fails."
    )
    [claim] = [c for c in report.claims if "steered by hand" in c.statement]
    assert claim.verdict == "single-origin"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "As per the information received from the Lakeland Health Department, as many as 31 passengers were "
            "killed.",
            "the Lakeland Health Department",
        ),
        ("According to figures released by the health ministry, 40 people were killed.", "the health ministry"),
        ("According to data provided by the coast guard, 12 sailors were rescued.", "the coast guard"),
        ("The toll rose to 40, according to numbers given by the regional governor.", "the regional governor"),
    ],
)
def test_a_report_noun_given_by_a_body_names_the_body(extract, text, source):
    x = extract(text)
    [r] = [r for r in x.raws if x.cue(r).lower() in ("according to", "as per")]
    assert r.source is not None and r.source.text == source
    assert "given-by" in r.steps


@pytest.mark.parametrize(
    "text",
    [
        "According to documents released by the court, the mayor was paid twice.",  # a document passed on
        "According to figures released on Monday, 40 people were killed.",  # no giver named
    ],
)
def test_no_giver_no_given_by(extract, text):
    x = extract(text)
    [r] = x.by_cue("According to")
    assert "given-by" not in r.steps
