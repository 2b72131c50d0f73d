"""Cache of per-article analyses (and whole reports), so a re-run only analyses what changed.

The annotation cache (``nlp/annotate.py``) spares the parse; this one spares
extraction, local resolution and claim candidates too, so a warm re-run of a
folder does only the cross-article reduce. An entry's key covers the parse key
(text, blocks, engine, model, model version and files, NLP code), the article's
metadata that the analysis reads (id, outlet, title, ...), a hash of the code and
data of every per-article stage, and the content of the alias files given through
``$ATTRIBUTION_ALIASES``, so a changed rule or alias never reuses old results.

Entries hold data, never code: ``MAGIC + sha256(packed) + zlib(JSON)`` (see ``cachefs``),
read back into our own dataclasses through a pydantic ``TypeAdapter`` that validates
every field's type. A damaged, foreign or oversized entry, or one that is not a regular
file, is a miss: it is rebuilt and overwritten. Reports are stored the same way as the
public ``Report`` model's JSON.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .analysis import ArticleAnalysis
from .article import ArticleInput
from .cachefs import TEMP_SUBDIR, prepare_folder, read_entry, write_entry
from .models import Report
from .nlp.annotate import EngineSpec, cache_key

log = logging.getLogger(__name__)

MAGIC = b"ATTRANA2"
CACHE_SUBDIR = "analyses-v2"
REPORT_MAGIC = b"ATTRREP2"
REPORT_SUBDIR = "reports-v2"
#: The whole package's code and data decide an analysis and a report: a stage's folder list would miss a
#: helper module a stage imports (stable ids, limits, a new package), and a stale entry is a wrong answer.
_CODE_SUFFIXES = (".py", ".json", ".txt")
ALIASES_ENV = "ATTRIBUTION_ALIASES"


@lru_cache(maxsize=1)
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(ArticleAnalysis)


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    from . import __version__

    root = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    from .learned.model import identity  # the trained model's weights (content hash, cached by mtime/size)

    h.update(identity().encode())
    return h.hexdigest()


def aliases_fingerprint(value: str | None = None) -> str:
    """Hash of the alias files named by ``$ATTRIBUTION_ALIASES`` (their paths and contents).

    An edit to one of them changes every key, so a warm run never shows old sources.
    """
    value = os.environ.get(ALIASES_ENV, "") if value is None else value
    h = hashlib.sha256(value.encode("utf-8", "surrogateescape"))
    for part in value.split(os.pathsep):
        if not part:
            continue
        try:
            with open(part, "rb") as fh:
                h.update(hashlib.sha256(fh.read()).digest())
        except OSError as exc:
            h.update(f"unreadable:{exc.errno}".encode())
    return h.hexdigest()


def analysis_key(article: ArticleInput, spec: EngineSpec, aliases: str = "") -> str:
    meta: list[Any] = [article.id, article.path, article.outlet, article.outlet_evidence, article.title, article.url]
    meta.append(article.published)
    meta.append([[n.code, n.message, n.start, n.end] for n in article.notes])
    h = hashlib.sha256(cache_key(article.text, article.blocks, spec).encode())
    h.update(json.dumps(meta, ensure_ascii=True).encode())
    h.update(_code_fingerprint().encode())
    h.update(aliases.encode())
    return h.hexdigest()


def encode_analysis(key: str, analysis: ArticleAnalysis) -> bytes:
    """The JSON of an entry: the key and the analysis, its article reduced to the id (the caller's is used)."""
    stub = ArticleInput(id=analysis.article.id, text="")
    light = ArticleAnalysis(
        article=stub,
        raws=analysis.raws,
        sources=analysis.sources,
        candidates=analysis.candidates,
        notes=analysis.notes,
        engine=analysis.engine,
        model=analysis.model,
        version=analysis.version,
    )
    body: bytes = _adapter().dump_json(light)
    return b'{"key":' + json.dumps(key).encode() + b',"analysis":' + body + b"}"


def decode_analysis(payload: bytes, key: str, article: ArticleInput) -> ArticleAnalysis:
    """Validate an entry into an ``ArticleAnalysis`` for ``article``; ValueError when it is not one."""
    data = json.loads(payload)
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("analysis"), dict):
        raise ValueError("entry is for another key")
    analysis: ArticleAnalysis = _adapter().validate_python(data["analysis"])
    if analysis.article.id != article.id:
        raise ValueError("entry is for another article")
    analysis.article = article  # the caller's object, so nothing stale survives
    return analysis


class AnalysisCache:
    """Content-addressed store of per-article analyses. Never fatal: any failure is a miss."""

    def __init__(self, root: str | Path, spec: EngineSpec, aliases: str | None = None) -> None:
        self.root = Path(root) / CACHE_SUBDIR
        self.spec = spec
        self.aliases = aliases_fingerprint() if aliases is None else aliases

    def problem(self) -> str | None:
        """Why the cache folders cannot be used (created 0700 when missing), or None."""
        # every entry is written through the private .tmp folder: one that cannot be made fails every write
        for folder in (self.root.parent, self.root, self.root.parent / REPORT_SUBDIR, self.root.parent / TEMP_SUBDIR):
            reason = prepare_folder(folder)
            if reason is not None:
                return f"cache folder {folder} {reason}"
        return None

    def key(self, article: ArticleInput) -> str:
        return analysis_key(article, self.spec, self.aliases)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json.z"

    def get(self, article: ArticleInput, key: str | None = None) -> ArticleAnalysis | None:
        """The cached analysis of ``article`` (with this very article object), or None."""
        key = key or self.key(article)
        try:
            payload = read_entry(self._path(key), MAGIC)
            return None if payload is None else decode_analysis(payload, key, article)
        except Exception as exc:  # damaged or foreign: ignore; it is rebuilt and overwritten
            log.debug("ignoring damaged analysis cache entry %s: %s", key, exc)
            return None

    def put(self, analysis: ArticleAnalysis, key: str | None = None) -> bool:
        """Store ``analysis`` under ``key`` (its article's key, computed when not given)."""
        key = key or self.key(analysis.article)
        try:
            payload = encode_analysis(key, analysis)
        except Exception as exc:  # e.g. a value JSON cannot hold: simply not cached
            log.debug("not caching analysis %s: %s", key, exc)
            return False
        return write_entry(self._path(key), MAGIC, payload, self.root.parent / TEMP_SUBDIR)

    # -- whole reports: a re-run on unchanged inputs skips the cross-article reduce too ------------------
    def _report_path(self, key: str) -> Path:
        return self.root.parent / REPORT_SUBDIR / key[:2] / f"{key}.json.z"

    @staticmethod
    def report_key(keys: Sequence[str], extra: Any) -> str:
        """Key of the report over articles with these analysis keys (order-free) and run details."""
        h = hashlib.sha256(json.dumps([sorted(keys), extra], ensure_ascii=True).encode())
        return h.hexdigest()

    def get_report(self, key: str) -> Report | None:
        try:
            payload = read_entry(self._report_path(key), REPORT_MAGIC)
            if payload is None:
                return None
            data = json.loads(payload)
            if not isinstance(data, dict) or data.get("key") != key:
                raise ValueError("entry is for another key")
            return Report.model_validate(data["report"])
        except Exception as exc:  # damaged: rebuilt and overwritten
            log.debug("ignoring damaged report cache entry %s: %s", key, exc)
            return None

    def put_report(self, key: str, report: Report) -> bool:
        try:
            # the JSON as bytes, straight from the serializer (``model_dump_json`` is the same text made
            # a str: at 100,000 articles each copy of a report's JSON is ~350 MB)
            body = report.__pydantic_serializer__.to_json(report)
        except Exception as exc:
            log.debug("not caching report %s: %s", key, exc)
            return False
        head = b'{"key":' + json.dumps(key).encode() + b',"report":'
        return write_entry(self._report_path(key), REPORT_MAGIC, (head, body, b"}"), self.root.parent / TEMP_SUBDIR)


def split_cached(
    articles: Sequence[ArticleInput], cache: AnalysisCache | None, keys: Sequence[str] | None = None
) -> tuple[dict[int, ArticleAnalysis], list[int]]:
    """(position -> cached analysis, positions of the articles still to analyse)."""
    if cache is None:
        return {}, list(range(len(articles)))
    hits: dict[int, ArticleAnalysis] = {}
    misses: list[int] = []
    for n, article in enumerate(articles):
        found = cache.get(article, keys[n] if keys is not None else None)
        if found is None:
            misses.append(n)
        else:
            hits[n] = found
    return hits, misses
