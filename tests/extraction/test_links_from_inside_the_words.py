"""Links the quoted words themselves name are no links of the chain.

- rule ``quoted-listener-is-content``: in "“... and to Mira and the team,” Nadella wrote" the "to X" inside the
  quotation is part of what was written; the words did not pass through Mira (a "to X" after the cue still names
  a medium: "Nadella said to Radio Sava");
- rule ``nobody-speaks``: "No one believes X" / "Nobody said X" inside a speaker's words denies any speaker: it is
  the speaker's claim, not an attribution nested under them.

Every sentence here was written for the test.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("“We stay committed to the plan, and to Tina and the staff,” Berg wrote in a blog post.", []),
        ("“We stay committed to the plan,” Berg said to Radio Sava.", ["Radio Sava"]),
    ],
)
def test_a_to_phrase_inside_the_quotation_names_no_intermediary(extract, text: str, via: list[str]) -> None:
    [r] = extract(text).by_source("Berg")
    assert [v.text for v in r.via] == via


@pytest.mark.parametrize(
    "text",
    [
        "“No one believes these cables were cut by mistake,” Mayor Ana Ruiz said on Tuesday.",
        "“Nobody thinks the pier is safe,” Mayor Ana Ruiz said on Tuesday.",
        "Mayor Ana Ruiz said that no one believed the cables were cut by mistake.",
    ],
)
def test_a_subject_that_denies_any_speaker_speaks_for_no_one(extract, text: str) -> None:
    x = extract(text)
    assert [r.source.text for r in x.raws if r.source is not None] == ["Mayor Ana Ruiz"]
    [r] = x.raws
    assert r.parent is None


def test_a_counted_speaker_still_speaks(extract) -> None:
    x = extract("“The cables were cut on purpose,” one engineer said on Tuesday.")
    assert [r.source.text for r in x.raws if r.source is not None] == ["one engineer"]
