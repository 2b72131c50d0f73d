"""What the per-article stages hand to the cross-article stage: one article's analysis.

Its own module (not ``pipeline.py``) so the executors (``scale.py``) and the analysis cache
(``analysis_cache.py``) can name it without importing the orchestrator: no import cycle.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from .article import ArticleInput, Note
from .extraction.types import RawAttribution
from .resolve import ArticleSources
from .tracing import ArticleCandidates


@dataclass(slots=True)
class ArticleAnalysis:
    """Output of the per-article stages: small, plain data, all the reduce step needs."""

    article: ArticleInput
    raws: list[RawAttribution]
    sources: ArticleSources
    candidates: ArticleCandidates
    notes: list[Note] = field(default_factory=list)
    engine: str = ""
    model: str = ""
    version: str = ""


def compact(analysis: ArticleAnalysis) -> ArticleAnalysis:
    """The analysis made small for the parent, which holds every article's until the cross-article
    stage (100,000 of them): the 64-bit fingerprints become machine words (an ``array('Q')``: 8 bytes
    each instead of a 36-byte int and its pointer) and the short words repeated in every article
    (lemmas, predicate classes, markers, kinds, rule names) one shared string each, instead of one
    copy per article (a parse or a pool worker's message makes new ones). Same values: the cache,
    the reduce and the report read them alike. Returns the same object."""
    c = analysis.candidates
    c.shingles = _words64(c.shingles)
    c.signature = _words64(c.signature)
    for m in c.mentions:
        m.lemmas = _interned(m.lemmas)
        m.predicates = _interned(m.predicates)
        m.main_predicates = _interned(m.main_predicates)
        m.markers = _interned(m.markers)
        m.side = _interned(m.side)
        m.dates = _interned(m.dates)
        m.hedges = _interned(m.hedges)
        m.entities = [(_intern(k), _intern(label)) for k, label in m.entities]
    for raw in analysis.raws:
        raw.kind = _intern(raw.kind)
        raw.rule = _intern(raw.rule)
        raw.by = _intern(raw.by)
        if raw.act is not None:
            raw.act = _intern(raw.act)
        raw.hedges = _interned(raw.hedges)
    for src in analysis.sources.sources:
        src.kind = _intern(src.kind)
    return analysis


def _words64(values: Sequence[int]) -> Sequence[int]:
    return values if isinstance(values, array) else array("Q", values)


def _intern(word: str) -> str:
    """One shared copy of ``word``; a str subclass (an enum member) is itself already shared."""
    return sys.intern(word) if type(word) is str else word


def _interned(words: list[str]) -> list[str]:
    return [_intern(w) for w in words] if words else words


__all__ = ["ArticleAnalysis", "compact"]
