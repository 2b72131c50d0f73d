"""A listener phrase ("to X") that the parser took from inside the quotation an attribution reports is part of the
quoted words, never an intermediary who passed them on (step ``listener-inside-quote`` of ``attach_quotes``):
"“Our thanks go to the rescuers, and to the Red Cross and its volunteers,” the mayor said" is the mayor's,
not relayed by the Red Cross. A listener outside the quotation ("told the BBC", "said to Reuters") stays."""

from __future__ import annotations

import pytest

#: Quotations ending in "and to X and its Y," that the parser hangs on the frame's verb as its listener.
QUOTED_LISTENERS = [
    ("\u201cOur thanks go to the rescuers, and to the Red Cross and its volunteers,\u201d the mayor said on Monday.",
     "the mayor"),
    ("\u201cOur gratitude goes to the firefighters, and to the Coast Guard and its crews,\u201d the mayor said on "
     "Friday.", "the mayor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), QUOTED_LISTENERS)
def test_a_listener_inside_the_quotation_is_no_intermediary(extract, text, speaker):
    x = extract(text)
    [r] = x.by_cue("said")
    assert r.source is not None and r.source.text == speaker
    assert r.direct
    assert r.via == []
    assert "listener-inside-quote" in r.steps


@pytest.mark.parametrize(
    ("text", "cue", "listener"),
    [
        ("\u201cThe port will reopen on Monday,\u201d the mayor told the BBC.", "told", "the BBC"),
        ("\u201cThe port will reopen on Monday,\u201d the mayor said to Reuters.", "said", "Reuters"),
    ],
)
def test_a_listener_outside_the_quotation_stays_an_intermediary(extract, text, cue, listener):
    x = extract(text)
    [r] = x.by_cue(cue)
    assert [m.text for m in r.via] == [listener]
    assert "listener-inside-quote" not in r.steps
