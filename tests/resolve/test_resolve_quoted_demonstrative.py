"""Inside a speaker's quoted words, "this ruling says ..." is the speaker characterising the document before
them (rule ``quoted_demonstrative``): the phrase adds no link, the speaker stays the origin. The same
document named outside any quote, or by a plain "the", stays a source of its own."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _nested_source(text: str, inner: str, inner_cue: str, outer: str, outer_cue: str) -> str | None:
    doc = parse(text)
    a = raw(doc, mention(doc, inner), inner_cue)
    b = raw(doc, mention(doc, outer), outer_cue)
    a.parent = 1
    res = resolve_article(doc, [a, b], ArticleInput(id="a", text=text))
    idx = res.attribution_sources[0]
    return None if idx is None else res.sources[idx].name


@pytest.mark.parametrize(
    ("text", "inner", "cue"),
    [
        ("\u201cThis ruling admits that our prices are fair,\u201d Mia Holt said.", "This ruling", "admits"),
        ("\u201cThese figures show that the plant is safe,\u201d Tom Reed said.", "These figures", "show"),
    ],
)
def test_a_demonstrative_document_inside_the_speakers_quote_adds_no_link(text: str, inner: str, cue: str) -> None:
    assert _nested_source(text, inner, cue, text.split("\u201d ")[1].rsplit(" said", 1)[0], "said") is None


@pytest.mark.parametrize(
    ("text", "inner", "cue"),
    [
        ("\u201cThe ruling admits that our prices are fair,\u201d Mia Holt said.", "The ruling", "admits"),
        ("Mia Holt said this ruling admits that prices are fair.", "this ruling", "admits"),
    ],
)
def test_a_plain_or_unquoted_document_stays_a_source(text: str, inner: str, cue: str) -> None:
    assert _nested_source(text, inner, cue, "Mia Holt", "said") is not None
