"""INGEST stage: files, folders, globs and manifests -> ``ArticleInput`` objects.

Public API:

- ``load_articles(paths, manifest=None, *, encoding=None, max_bytes=DEFAULT_MAX_BYTES) -> IngestResult``
- ``article_from_text(text, *, id, path=None, outlet=None, title=None, url=None, published=None) -> ArticleInput``
- ``classify_blocks(text) -> list[Block]``
- ``infer_outlet(text, blocks) -> (name | None, evidence | None)``
- ``IngestResult`` (articles, failures, warnings), ``Failure`` (path, message)
"""

from __future__ import annotations

from .blocks import block_text, classify_blocks
from .build import article_from_text
from .load import DEFAULT_MAX_BYTES, Failure, IngestResult, load_articles
from .manifest import ManifestRow, load_manifest
from .outlet import infer_outlet
from .readers import ARTICLE_EXTENSIONS

__all__ = [
    "ARTICLE_EXTENSIONS",
    "DEFAULT_MAX_BYTES",
    "Failure",
    "IngestResult",
    "ManifestRow",
    "article_from_text",
    "block_text",
    "classify_blocks",
    "infer_outlet",
    "load_articles",
    "load_manifest",
]
