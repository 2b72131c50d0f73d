""" "X reportedly did Y" (rule ``reportedly``): a report adverb on the sentence's main verb says the clause rests on
reports the text does not name, a vague report with no source at extraction (``resolve/reports.py`` names it
"reports"), whose adverb is still the claim's hedge. A named speaker, a clause inside someone's account, or a side
clause keep what they had.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master has reportedly resigned.", ["The harbour master has", "resigned"]),
        ("Two ferries were reportedly damaged in the storm.", ["Two ferries were", "damaged in the storm"]),
        ("The old mill is reportedly empty now.", ["The old mill is", "empty now"]),
        ("The mayor reportedly left the town hall and went home.", ["The mayor", "left the town hall and went home"]),
        (
            "In exchange, the council was reportedly given three boats.",
            ["In exchange, the council was", "given three boats"],
        ),
    ],
)
def test_reportedly_on_the_main_verb_is_a_vague_report_that_keeps_its_hedge(extract, text: str, content) -> None:
    x = extract(text)
    [r] = [r for r in x.raws if r.rule == "reportedly"]
    assert r.kind == "vague-report" and r.source is None
    assert x.cue(r) == "reportedly"
    assert x.content(r) == content
    assert r.hedges == ["reportedly"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials reportedly said the bridge was closed.",  # the officials speak: "reportedly" hedges their cue
        "The guards told reporters that the prisoners had reportedly escaped at night.",  # inside their account
        "According to the police, the driver had reportedly fled the scene.",  # inside "according to"'s clause
        "The barge sank near the pier after its engine reportedly failed.",  # a side clause: the sinking is stated
        "The channel showed pictures of the singer reportedly on stage in Oslo.",  # no verb of the sentence
        "The harbour master resigned on Monday.",  # no report adverb
    ],
)
def test_reportedly_leaves_a_named_speaker_an_account_and_a_side_clause_alone(extract, text: str) -> None:
    assert [r for r in extract(text).raws if r.rule == "reportedly"] == []
