"""Source resolution: which real source each source phrase names, within and across articles.

Per article (pure, picklable result)::

    local = resolve_article(doc, raws, article)          # ArticleSources

Across articles::

    resolution = resolve_corpus([local, ...])             # Resolution
    resolution.source_id(article_index, local_index)      # "national-intelligence-service-south-korea"
    resolution.outlet_id(article_index)
    resolution.sources                                    # list[attribution.models.Source], sorted by id

Known names live in ``attribution/data/aliases.json`` and ``countries.json``; users add
their own with ``$ATTRIBUTION_ALIASES`` or ``load_aliases(path)``.
"""

from __future__ import annotations

from .aliases import AliasDB, AliasEntry, Country, default_aliases, load_aliases
from .corpus import Resolution, resolve_corpus
from .local import ArticleSources, LocalSource
from .per_article import resolve_article

__all__ = [
    "AliasDB",
    "AliasEntry",
    "ArticleSources",
    "Country",
    "LocalSource",
    "Resolution",
    "default_aliases",
    "load_aliases",
    "resolve_article",
    "resolve_corpus",
]
