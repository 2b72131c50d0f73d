"""Inside a judge's words, "the court" named bare is the judge's own court speaking through the judge (rule
``member_speaks_as_body``): one voice, so the inner attribution takes the judge as its source and the chain
does not pass through a second origin. Another court, or a court quoted by someone who is not its member,
stays its own source."""

from __future__ import annotations

import pytest
from resolve_helpers import mention, parse, raw

from attribution.article import ArticleInput
from attribution.resolve import resolve_article


def _inner_and_outer(text: str, inner: str, inner_cue: str, outer: str, outer_cue: str) -> tuple[str, str]:
    doc = parse(text)
    a = raw(doc, mention(doc, inner), inner_cue)
    b = raw(doc, mention(doc, outer), outer_cue)
    a.parent = 1
    res = resolve_article(doc, [a, b], ArticleInput(id="a", text=text))
    i, o = res.attribution_sources
    assert i is not None and o is not None
    return res.sources[i].name, res.sources[o].name


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("\u201cThe court finds the contract void,\u201d Judge Ana Ruiz wrote.", "Judge Ana Ruiz"),
        ("\u201cThe Court concludes the merger was unlawful,\u201d Justice Omar Bell wrote in the ruling.",
         "Justice Omar Bell"),
    ],
)  # fmt: skip
def test_a_judge_quoting_the_court_is_one_voice(text: str, outer: str) -> None:
    inner = "The court" if "The court" in text else "The Court"
    cue = "finds" if "finds" in text else "concludes"
    got_inner, got_outer = _inner_and_outer(text, inner, cue, outer, "wrote")
    assert got_inner == got_outer


@pytest.mark.parametrize(
    ("text", "inner", "inner_cue", "outer", "outer_cue"),
    [
        ("\u201cThe appeals court said the rule was void,\u201d Judge Ana Ruiz wrote.", "The appeals court", "said",
         "Judge Ana Ruiz", "wrote"),
        ("\u201cThe court said the rule was void,\u201d the mayor Dana Pike said.", "The court", "said",
         "the mayor Dana Pike", "said"),
    ],
)  # fmt: skip
def test_another_court_or_a_non_member_keeps_the_court_as_its_own_source(
    text: str, inner: str, inner_cue: str, outer: str, outer_cue: str
) -> None:
    got_inner, got_outer = _inner_and_outer(text, inner, inner_cue, outer, outer_cue)
    assert got_inner != got_outer
