"""What the per-article stages hand to the cross-article stage: one article's analysis.

Its own module (not ``pipeline.py``) so the executors (``scale.py``) and the analysis cache
(``analysis_cache.py``) can name it without importing the orchestrator: no import cycle.
"""

from __future__ import annotations

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


__all__ = ["ArticleAnalysis"]
