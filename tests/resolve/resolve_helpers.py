"""Build hand-made RawAttributions over real spaCy parses (extraction is another stage's job)."""

from __future__ import annotations

import re
from functools import lru_cache

from attribution.article import ArticleInput
from attribution.doc import Document
from attribution.extraction.types import RawAttribution, SourceMention
from attribution.resolve import ArticleSources, resolve_article


@lru_cache(maxsize=1)
def engine():  # type: ignore[no-untyped-def]
    from attribution.nlp.spacy_engine import SpacyEngine

    return SpacyEngine()


def parse(text: str) -> Document:
    return next(engine().annotate([(text, [])]))


def mention(doc: Document, phrase: str, nth: int = 1, name: str | None = None) -> SourceMention:
    """The ``nth`` occurrence of ``phrase`` in the text as a SourceMention (token bounds from the parse)."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", doc.text)]
    start = found[nth - 1]
    end = start + len(phrase)
    toks = [t for t in doc.tokens if t.start < end and t.end > start]
    assert toks, phrase
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head not in inside or t.head == t.i]
    return SourceMention(
        start_token=toks[0].i,
        end_token=toks[-1].i + 1,
        head=heads[0].i if heads else toks[-1].i,
        text=phrase,
        start=start,
        end=end,
        name=name,
    )


def raw(
    doc: Document, source: SourceMention | None, cue: str, via: list[SourceMention] | None = None
) -> RawAttribution:
    s = doc.text.find(cue, source.end if source else 0)
    s = s if s >= 0 else doc.text.index(cue)
    sent = next(t.sent for t in doc.tokens if t.start >= s)
    return RawAttribution(
        kind="reported-speech", source=source, cue=(s, s + len(cue)), content=[], sentence=sent, via=list(via or [])
    )


def resolve(
    text: str,
    spec: list[tuple[str, int, str]] | list[tuple[str, int, str, list[str]]],
    article_id: str = "a",
    outlet: str | None = None,
) -> tuple[Document, ArticleSources]:
    """spec: (source phrase, occurrence, cue[, via phrases]) per attribution."""
    doc = parse(text)
    raws = []
    for item in spec:
        phrase, nth, cue = item[0], item[1], item[2]
        vias = [mention(doc, v) for v in (item[3] if len(item) > 3 else [])]  # type: ignore[misc]
        raws.append(raw(doc, mention(doc, phrase, nth), cue, vias))
    art = ArticleInput(id=article_id, text=text, path=f"{article_id}.txt", outlet=outlet)
    return doc, resolve_article(doc, raws, art)


def source_of(result: ArticleSources, n: int):  # type: ignore[no-untyped-def]
    idx = result.attribution_sources[n]
    assert idx is not None
    return result.sources[idx]
