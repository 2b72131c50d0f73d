"""Every rule of resolve fires on the example phrase it exists for, through the real pipeline (spaCy parse,
extraction, resolution), and is recorded under its name."""

from __future__ import annotations

import pytest

from attribution.article import ArticleInput
from attribution.extraction import extract_attributions
from attribution.extraction.types import RawAttribution
from attribution.resolve import ArticleSources, resolve_article
from attribution.resolve.aliases import default_aliases
from attribution.resolve.common import COMMON_FORMS
from attribution.resolve.mention import Reader
from attribution.resolve.names import NAME_KINDS, NAME_TITLES
from attribution.resolve.sieves import READINGS, SIEVES, enter_voices, member_speaks_as_body
from attribution.resolve.text import words_of
from attribution.rules import Rule

RULES = [*READINGS, *SIEVES, enter_voices, member_speaks_as_body]
#: The rules that read a phrase (``resolve/names.py``, ``resolve/common.py``): recorded in ``Info.read_by``.
NAME_RULES = [*NAME_TITLES, *NAME_KINDS, *COMMON_FORMS]
#: Outlets the article names, where the example needs one ("residents told the Observer").
OUTLETS = {"own_outlet": "Rift Valley Observer"}


def _engine():  # type: ignore[no-untyped-def]
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


@pytest.fixture(scope="module")
def engine():  # type: ignore[no-untyped-def]
    return _engine()


def _raws(rule: Rule, doc, raws: list[RawAttribution]) -> list[RawAttribution]:  # type: ignore[no-untyped-def]
    """The extractor's attributions; for the guard against a source phrase with no word (never extracted from
    clean text), the example's statement given the dash before it as its source phrase."""
    if rule.name != "empty_phrase":
        return raws
    from attribution.extraction.types import SourceMention

    dash = doc.tokens[0]
    return [
        RawAttribution(
            kind="reported-speech",
            source=SourceMention(0, 1, 0, dash.text, dash.start, dash.end),
            cue=(doc.text.index("said"), doc.text.index("said") + 4),
            content=[],
            sentence=0,
        )
    ]


def _resolve(engine, rule: Rule) -> ArticleSources:  # type: ignore[no-untyped-def]
    doc = next(engine.annotate([(rule.example, [])]))
    raws, _notes = extract_attributions(doc)
    article = ArticleInput(id="example", text=rule.example, outlet=OUTLETS.get(rule.name))
    return resolve_article(doc, _raws(rule, doc, raws), article)


def test_every_rule_has_an_example_and_a_unique_name() -> None:
    assert all(r.example for r in [*RULES, *NAME_RULES])
    assert len({r.name for r in [*RULES, *NAME_RULES]}) == len(RULES) + len(NAME_RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_the_rule_fires_on_its_example_under_its_name(engine, rule: Rule) -> None:  # type: ignore[no-untyped-def]
    res = _resolve(engine, rule)
    fired = {name for _n, _v, name in res.fired}
    joined = {by for src in res.sources for by in src.joined_by.values()}
    assert rule.name in fired | joined, f"{rule.name} did not fire on {rule.example!r}: {sorted(fired)}"


def test_every_name_of_every_source_records_the_rule_that_joined_it(engine) -> None:  # type: ignore[no-untyped-def]
    res = _resolve(engine, SIEVES.get("spokesperson"))
    body = next(s for s in res.sources if s.speakers)
    assert set(body.joined_by) == {*body.names, *body.speakers}
    assert set(body.joined_by.values()) == {"spokesperson"}


@pytest.mark.parametrize("rule", NAME_RULES, ids=[r.name for r in NAME_RULES])
def test_the_reading_rule_fires_on_its_example_under_its_name(engine, rule: Rule) -> None:  # type: ignore[no-untyped-def]
    doc = next(engine.annotate([(rule.example, [])]))
    info = Reader(default_aliases()).read(words_of(doc, doc.tokens))
    assert rule.name in info.read_by, f"{rule.name} did not fire on {rule.example!r}: {info.read_by}"
