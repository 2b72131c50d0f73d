"""Properties over generated text: nothing but AttributionError escapes, every offset holds.

Modest example counts here; ``scripts/fuzz.py --examples 10000`` runs the same checks at
scale and reports timing (the suite never asserts on time).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribution.errors import AttributionError

from .fuzzing import FRAGMENTS, any_text, check_text, load_engine, newsy_text, prose_text

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def engine() -> Any:
    return load_engine()


@SETTINGS
@given(text=any_text)
def test_arbitrary_unicode_keeps_every_offset_and_raises_nothing_else(engine: Any, text: str) -> None:
    assert check_text(engine, text) == []


@SETTINGS
@given(text=newsy_text)
def test_news_like_soup_keeps_every_offset_and_raises_nothing_else(engine: Any, text: str) -> None:
    assert check_text(engine, text) == []


@SETTINGS
@given(text=prose_text)
def test_damaged_attribution_prose_keeps_every_offset_and_raises_nothing_else(engine: Any, text: str) -> None:
    assert check_text(engine, text) == []


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_ingest_keeps_the_text_and_blocks_cover_only_real_offsets(text: str) -> None:
    from attribution.ingest import article_from_text

    try:
        article = article_from_text(text, id="p.txt")
    except AttributionError:
        assert not text.strip()
        return
    assert article.text == text
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(text)
    for note in article.notes:
        if note.start is not None:
            assert 0 <= note.start <= len(text)


def test_the_checker_can_fail() -> None:
    """The invariant checker is not a tautology: a corrupted span is reported."""

    class Broken:
        def annotate(self, items: Any) -> Any:
            from attribution.doc import Document, Sentence, Token

            for text, blocks in items:
                doc = Document(text=text, blocks=list(blocks))
                doc.tokens.append(Token(i=0, text="wrong", lemma="x", upos="X", xpos="X", head=0, deprel="root",
                                        start=0, end=3, sent=0, ent="", space_after=False))
                doc.sentences.append(Sentence(0, 1, 0, 3, 0))
                yield doc

    problems = check_text(Broken(), "The mayor said so.")
    assert problems and "token 0" in problems[0]


def test_fragments_cover_every_hostile_construct() -> None:
    # the generator must keep producing the constructs the renderers and offsets are most fragile on
    for needle in ("\u202e", "\u0130", "<script>", '"]-->x[', '"}; evil [', "|", "\x00", "\u2028"):
        assert any(needle in f for f in FRAGMENTS)


def test_a_repeated_according_to_never_gives_an_inverted_cue_span():
    # found by scripts/fuzz.py: the parser hung the first "to" on the second "according"
    from attribution.article import ArticleInput
    from attribution.ingest.blocks import classify_blocks
    from attribution.pipeline import extract

    text = "東京`` reported `` according to  according to 7\U000541ecr_`"
    x = extract([ArticleInput(id="t.txt", text=text, blocks=classify_blocks(text))], cache=False)
    for a in x.articles[0].attributions:
        assert a.cue.start <= a.cue.end and text[a.cue.start : a.cue.end] == a.cue.text
