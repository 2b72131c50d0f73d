"""A capitalised word with an indefinite article of its own is no place (rule ``a_name_with_an_article_is_no_place``,
issue 16 item 3): "the crush happened at a Kirtan" names no place to set against the village others give; on
sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribution.article import ArticleInput
from attribution.doc import Block, Document
from attribution.tracing import mention_candidates

Parse = Callable[[str], Document]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The stampede took place at a Kirtan near the village, the police said.", []),
        ("The fire broke out at a Mass in the old town, officials said.", []),
        ("The crush happened in Dornach, the police said.", ["dornach"]),  # no article: a name
    ],
)
def test_a_capitalised_word_with_an_article_is_no_place(parse: Parse, text: str, places: list[str]) -> None:
    art = ArticleInput(id="t.txt", text=text, blocks=[Block(0, len(text), "body")])
    cands = mention_candidates(parse(text), [], art)
    assert sorted({p for m in cands.mentions for p, _ in m.places}) == places
