"""Cache of per-article analyses, so a re-run only analyses what changed.

The annotation cache (``nlp/annotate.py``) spares the parse; this one spares
extraction, local resolution and claim candidates too, so a warm re-run of a
folder does only the cross-article reduce. An entry's key covers the parse key
(text, blocks, engine, model, model version, NLP code), the article's metadata
that the analysis reads (id, outlet, title, ...), and a hash of the code and data
of every per-article stage, so a changed rule never reuses old results.

Entries are ``MAGIC + sha256(payload) + zlib(pickle)``, written atomically.
Unpickling is restricted to this package's own classes and plain containers, so
a damaged or foreign entry can only be rejected (and rebuilt), never run code.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import pickle
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .article import ArticleInput
from .nlp.annotate import EngineSpec, cache_key, read_entry, write_entry

log = logging.getLogger(__name__)

MAGIC = b"ATTRANA1"
CACHE_SUBDIR = "analyses-v1"
REPORT_MAGIC = b"ATTRREP1"
REPORT_SUBDIR = "reports-v1"
#: The per-article stages whose code and data decide an analysis.
_STAGE_DIRS = ("extraction", "resolve", "tracing", "data", "lang", "learned")
_STAGE_FILES = ("article.py", "calendar.py", "doc.py", "pipeline.py", "rules.py")

#: Globals an entry may name: our own dataclasses, and what pickle needs to rebuild them.
_SAFE_GLOBALS = {
    ("copyreg", "_reconstructor"),
    ("copyreg", "__newobj__"),
    ("builtins", "object"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "tuple"),
    ("builtins", "list"),
    ("builtins", "dict"),
}


class _RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _SAFE_GLOBALS or (module.startswith("attribution.") and not name.startswith("_")):
            obj = super().find_class(module, name)
            if module.startswith("attribution.") and not isinstance(obj, type):
                raise pickle.UnpicklingError(f"{module}.{name} is not a class")
            return obj
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in an analysis cache entry")


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    from . import __version__

    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    paths = [root / f for f in _STAGE_FILES]
    for d in _STAGE_DIRS:
        paths.extend(sorted((root / d).rglob("*")))
    for path in paths:
        if path.is_file() and path.suffix in (".py", ".json", ".txt"):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    from .learned.model import identity  # the trained model's weights (content hash, cached by mtime/size)

    h.update(identity().encode())
    return h.hexdigest()


def analysis_key(article: ArticleInput, spec: EngineSpec) -> str:
    meta: list[Any] = [article.id, article.path, article.outlet, article.outlet_evidence, article.title, article.url]
    meta.append(article.published)
    meta.append([[n.code, n.message, n.start, n.end] for n in article.notes])
    h = hashlib.sha256(cache_key(article.text, article.blocks, spec).encode())
    h.update(json.dumps(meta, ensure_ascii=False).encode())
    h.update(_code_fingerprint().encode())
    return h.hexdigest()


class AnalysisCache:
    """Content-addressed store of per-article analyses. Never fatal: any failure is a miss."""

    def __init__(self, root: str | Path, spec: EngineSpec) -> None:
        self.root = Path(root) / CACHE_SUBDIR
        self.spec = spec

    def key(self, article: ArticleInput) -> str:
        return analysis_key(article, self.spec)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl.z"

    def get(self, article: ArticleInput, key: str | None = None) -> Any | None:
        """The cached analysis of ``article`` (with this very article object), or None."""
        key = key or self.key(article)
        try:
            payload = read_entry(self._path(key), MAGIC)
            if payload is None:
                return None
            stored_key, analysis = _RestrictedUnpickler(io.BytesIO(payload)).load()
            if stored_key != key:
                raise ValueError("entry is for another key")
            from .pipeline import ArticleAnalysis

            if not isinstance(analysis, ArticleAnalysis):
                raise ValueError("not an analysis")
        except Exception as exc:  # damaged or foreign: ignore; it is rebuilt and overwritten
            log.debug("ignoring damaged analysis cache entry %s: %s", key, exc)
            return None
        analysis.article = article  # the caller's object, so nothing stale survives
        return analysis

    def put(self, analysis: Any) -> bool:
        key = self.key(analysis.article)
        return write_entry(self._path(key), MAGIC, pickle.dumps((key, analysis), protocol=pickle.HIGHEST_PROTOCOL))


    # -- whole reports: a re-run on unchanged inputs skips the cross-article reduce too ------------------
    def _report_path(self, key: str) -> Path:
        return self.root.parent / REPORT_SUBDIR / key[:2] / f"{key}.json.z"

    @staticmethod
    def report_key(keys: Sequence[str], extra: Any) -> str:
        """Key of the report over articles with these analysis keys (order-free) and run details."""
        h = hashlib.sha256(json.dumps([sorted(keys), extra], ensure_ascii=False).encode())
        return h.hexdigest()

    def get_report(self, key: str) -> Any | None:
        from .models import Report

        try:
            payload = read_entry(self._report_path(key), REPORT_MAGIC)
            return None if payload is None else Report.model_validate_json(payload)
        except Exception as exc:  # damaged: rebuilt and overwritten
            log.debug("ignoring damaged report cache entry %s: %s", key, exc)
            return None

    def put_report(self, key: str, report: Any) -> bool:
        return write_entry(self._report_path(key), REPORT_MAGIC, report.model_dump_json().encode("utf-8"))


def split_cached(
    articles: Sequence[ArticleInput], cache: AnalysisCache | None, keys: Sequence[str] | None = None
) -> tuple[dict[int, Any], list[int]]:
    """(position -> cached analysis, positions of the articles still to analyse)."""
    if cache is None:
        return {}, list(range(len(articles)))
    hits: dict[int, Any] = {}
    misses: list[int] = []
    for n, article in enumerate(articles):
        found = cache.get(article, keys[n] if keys is not None else None)
        if found is None:
            misses.append(n)
        else:
            hits[n] = found
    return hits, misses
