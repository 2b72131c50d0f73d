"""An inquiry nobody is named behind ("a review", "inspections", "an investigation"), nested inside a speaker's
words, is the ground the speaker cites, not a speaker of its own (rule ``nested_inquiry``): "The board said it
removed him after a review found he had misled it" rests on the board alone. An inquiry with an owner or a name,
one that is not nested, and a person nested the same way keep their own source."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _inner_source(text: str, inner: str, inner_cue: str, outer: str | None, outer_cue: str = "said") -> str | None:
    """The source name the inner phrase resolves to (None: it adds no link), nested under ``outer`` if given."""
    doc = parse(text)
    a = raw(doc, mention(doc, inner), inner_cue)
    raws = [a]
    if outer is not None:
        b = raw(doc, mention(doc, outer), outer_cue)
        a.parent = 1
        raws.append(b)
    res = resolve_article(doc, raws, ArticleInput(id="a", text=text))
    idx = res.attribution_sources[0]
    return None if idx is None else res.sources[idx].name


NESTED_INQUIRIES = [
    ("The board said it had removed the chief executive after a review found he had misled it.",
     "a review", "found", "The board"),
    ("The airline said it grounded the jets after inspections revealed loose bolts.", "inspections", "revealed",
     "The airline"),
    ("The ministry said an investigation showed the dam had been poorly built.", "an investigation", "showed",
     "The ministry"),
    ("Police said a preliminary probe found the driver had been speeding.", "a preliminary probe", "found",
     "Police"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "inner", "cue", "outer"), NESTED_INQUIRIES)
def test_an_unowned_inquiry_inside_a_speakers_words_adds_no_link(text, inner, cue, outer):
    assert _inner_source(text, inner, cue, outer) is None


@pytest.mark.parametrize(
    ("text", "inner", "cue", "outer"),
    [
        ("The airline said the regulator's review found loose bolts.", "the regulator's review", "found",
         "The airline"),
        ("The airline said a review by the regulator found loose bolts.", "a review by the regulator", "found",
         "The airline"),
        ("The airline said the NTSB review found loose bolts.", "the NTSB review", "found", "The airline"),
        ("The airline said a mechanic found loose bolts.", "a mechanic", "found", "The airline"),
        ("A review found the chief executive had misled the board.", "A review", "found", None),
    ],
)  # fmt: skip
def test_an_owned_named_unnested_or_personal_source_keeps_its_link(text, inner, cue, outer):
    assert _inner_source(text, inner, cue, outer) is not None
