"""Annotate articles: annotation cache + lazy engine, streaming in input order.

Why each piece:

* Parsing is ~95% of a run's time, and the same articles are traced again and
  again while a fact-checker iterates; a content-addressed cache makes re-runs cheap.
  The key covers everything the parse depends on: text, blocks, engine, model,
  model version and a fingerprint of the model's files, document schema, package
  version and the NLP code itself.
* The engine (model load ~0.3-3 s) is built only on the first cache miss, so a
  fully warm run never imports spaCy or stanza.
* Articles are handled in groups: memory stays bounded by a few groups whatever
  the corpus size, and output order is input order.
* Parallel runs map whole chunks (annotate + analyse) over processes or Dask
  (``attribution/scale.py``); this module is the serial stage they call.

Cache entries are ``MAGIC + sha256(packed) + zlib(JSON)`` (``attribution/cachefs.py``: a
private folder, regular files only, bounded reads, atomic writes). A bad entry (truncated,
corrupt, old schema, wrong text, not a regular file) is ignored and rebuilt; JSON never
executes code, whatever the bytes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from ..article import ArticleInput
from ..cachefs import TEMP_SUBDIR, prepare_folder, read_entry, write_entry
from ..doc import DOC_SCHEMA_VERSION, PARSED_BLOCK_KINDS, Block, Document
from ..errors import UsageError

log = logging.getLogger(__name__)

ENGINES = ("auto", "spacy", "stanza")
MAGIC = b"ATTRDOC1"
CACHE_ENV = "ATTRIBUTION_CACHE_DIR"
#: Sub-folder, so a layout change never has to read old files at all.
CACHE_SUBDIR = f"annotations-v{DOC_SCHEMA_VERSION}"

try:  # optional: ~3x faster JSON; the stdlib is the fallback and produces the same data
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None  # type: ignore[assignment]


def _dumps(data: Any) -> bytes:
    if _orjson is not None:
        try:
            return bytes(_orjson.dumps(data))
        except TypeError:  # lone surrogates (undecodable input bytes): escaped JSON keeps them
            pass
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _loads(raw: bytes) -> Any:
    if _orjson is not None:
        try:
            return _orjson.loads(raw)
        except ValueError:  # e.g. escaped lone surrogates, which only the stdlib reads back
            pass
    return json.loads(raw)


# -- identity of a parse -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EngineSpec:
    """What a parse depends on, known WITHOUT loading the model."""

    engine: str  # "spacy" | "stanza"
    model: str | None  # what the user asked for (None = engine default)
    model_name: str
    model_version: str
    batch_size: int = 64
    #: fingerprint of the model's files (two folders with the same metadata but other weights differ)
    model_hash: str = ""

    def create(self) -> Any:
        from . import get_engine

        eng = get_engine(self.engine, self.model)
        if hasattr(eng, "batch_size"):
            eng.batch_size = self.batch_size
        return eng


def resolve_engine(engine: str = "auto", model: str | None = None, batch_size: int = 64) -> EngineSpec:
    """Pick the engine ("auto" = stanza when its models are installed) and name its model and version."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}: use auto, spacy or stanza")
    from . import stanza_engine

    if engine == "auto":
        engine = "stanza" if stanza_engine.stanza_models_installed() else "spacy"
    if engine == "stanza":
        name, version = stanza_engine.model_identity(model)
        folder = stanza_engine.model_folder()
    else:
        from .spacy_engine import model_folder, model_identity

        name, version = model_identity(model)
        folder = model_folder(model)
    return EngineSpec(engine, model, name, version, batch_size, model_fingerprint(folder))


#: Files up to this size are hashed whole; larger ones (weights) by size and their first and last MiB.
_WHOLE_FILE = 1 << 20


@lru_cache(maxsize=8)
def model_fingerprint(folder: str | None) -> str:
    """A hash of a model folder's files (names, sizes, contents; large files sampled), "" when unknown.

    Metadata alone (name, version) cannot tell two model folders apart when one was retrained or
    edited; this can, in well under a second even for the large models.
    """
    if not folder or not os.path.isdir(folder):
        return ""
    h = hashlib.sha256()
    for root, dirs, files in os.walk(folder):  # os.walk does not follow links to folders
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith((".pyc", ".pyo")) or "__pycache__" in path:
                continue
            try:
                size = os.path.getsize(path)
                h.update(os.path.relpath(path, folder).encode("utf-8", "surrogateescape"))
                h.update(str(size).encode())
                with open(path, "rb") as fh:
                    if size <= _WHOLE_FILE:
                        h.update(fh.read(_WHOLE_FILE + 1))
                    else:
                        h.update(fh.read(_WHOLE_FILE))
                        fh.seek(-_WHOLE_FILE, os.SEEK_END)
                        h.update(fh.read(_WHOLE_FILE))
            except OSError:
                continue
    return h.hexdigest()


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Hash of this package's NLP sources: a changed conversion rule must not reuse old parses."""
    from .. import __version__

    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    for path in sorted(here.glob("*.py")):
        try:
            h.update(path.name.encode())
            h.update(path.read_bytes())
        except OSError:
            pass
    return h.hexdigest()


def cache_key(text: str, blocks: Sequence[Block], spec: EngineSpec) -> str:
    h = hashlib.sha256()
    # which block kinds are parsed decides what the parse holds: a change must not reuse old parses
    parsed = sorted(PARSED_BLOCK_KINDS)
    header = [spec.engine, spec.model_name, spec.model_version, DOC_SCHEMA_VERSION, _code_fingerprint(), parsed]
    if spec.model_hash:
        header.append(spec.model_hash)
    h.update(json.dumps(header).encode())
    h.update(b"\0")
    h.update(json.dumps([[b.start, b.end, b.kind, b.reason] for b in blocks]).encode())
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# -- the cache -----------------------------------------------------------------------------------------
def default_cache_dir() -> str:
    env = os.environ.get(CACHE_ENV)
    if env:
        return env
    from platformdirs import user_cache_dir

    return user_cache_dir("attribution")


class AnnotationCache:
    """Content-addressed store of ``Document.to_dict()`` entries. Never fatal: failures mean "miss"."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root) / CACHE_SUBDIR

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json.z"

    def problem(self) -> str | None:
        """Why this cache cannot be used (created 0700 when missing), or None: see ``cachefs``."""
        parent = prepare_folder(self.root.parent)
        if parent is not None:
            return f"cache folder {self.root.parent} {parent}"
        for folder in (self.root, self.root.parent / TEMP_SUBDIR):  # every entry is written through .tmp
            here = prepare_folder(folder)
            if here is not None:
                return f"cache folder {folder} {here}"
        return None

    def check_writable(self) -> bool:
        return self.problem() is None

    def get(self, key: str, text: str) -> Document | None:
        try:
            payload = read_entry(self.path(key), MAGIC)
            if payload is None:
                return None
            data = _loads(payload)
            if not isinstance(data, dict) or data.get("key") != key:
                raise ValueError("entry is for another key")
            doc = Document.from_dict(data["doc"])
            if doc.text != text:
                raise ValueError("entry is for another text")
            _check_offsets(doc)
            return doc
        except Exception as exc:  # any damage: ignore the entry, it is rebuilt and overwritten
            log.debug("ignoring damaged cache entry %s: %s", key, exc)
            return None

    def put(self, key: str, data: dict[str, Any]) -> bool:
        return write_entry(self.path(key), MAGIC, _dumps({"key": key, "doc": data}), self.root.parent / TEMP_SUBDIR)


# -- entry files: see ``attribution/cachefs.py`` (data only, regular files only, bounded) ----------------
def clear_cache(cache_dir: str | None = None) -> int:
    """Delete every annotation cache entry (all schema versions); returns how many files were removed."""
    import shutil

    root = Path(cache_dir or default_cache_dir())
    removed = 0
    for sub in sorted(root.glob("annotations-v*")):
        if sub.is_dir():
            removed += sum(1 for p in sub.rglob("*") if p.is_file())
            shutil.rmtree(sub, ignore_errors=True)
    return removed


def _check_offsets(doc: Document) -> None:
    n, size = len(doc.tokens), len(doc.text)
    for t in doc.tokens:
        if not (0 <= t.start <= t.end <= size and 0 <= t.head < n):
            raise ValueError("token out of range")


# -- the stage --------------------------------------------------------------------------------------------
def annotate_articles(
    articles: Iterable[ArticleInput],
    *,
    engine: str = "auto",
    model: str | None = None,
    use_cache: bool = True,
    cache_dir: str | None = None,
    batch_size: int = 64,
    spec: EngineSpec | None = None,
    cache: AnnotationCache | None = None,
    get_engine: Callable[[], Any] | None = None,
) -> Iterator[Document]:
    """Yield one Document per article, in input order, streaming (memory bounded by a few groups).

    ``articles`` may be any iterable (a list, or a generator from ingest): it is
    consumed a group at a time.

    Documents come from the annotation cache when possible; the engine is loaded
    only when an article misses. A run plan passes its resolved ``spec`` and ``cache``
    (then ``engine``, ``model``, ``use_cache`` and ``cache_dir`` are not looked at again), and may
    pass ``get_engine`` to reuse a loaded engine (default: ``spec.create()`` on the first miss).
    """
    batch_size = max(1, int(batch_size))
    if spec is None:
        spec = resolve_engine(engine, model, batch_size)
        cache = open_cache(cache_dir) if use_cache else None
    yield from _annotate_serial(articles, spec, cache, batch_size, get_engine or spec.create)


def open_cache(cache_dir: str | None) -> AnnotationCache | None:
    """The annotation cache in ``cache_dir`` (or the default folder), or None with a one-line warning."""
    candidate = AnnotationCache(cache_dir or default_cache_dir())
    problem = candidate.problem()
    if problem is None:
        return candidate
    warn_cache(problem)
    return None


def warn_cache(problem: str) -> None:
    """The one-line warning for a cache folder that cannot be used (the run goes on without it)."""
    warnings.warn(
        f"annotation {problem}: running without a cache "
        f"(set {CACHE_ENV} or pass --cache-dir to choose another folder)",
        RuntimeWarning,
        stacklevel=3,
    )


def _lookup(
    group: Sequence[ArticleInput], spec: EngineSpec, cache: AnnotationCache | None
) -> tuple[list[str], list[Document | None]]:
    keys = [cache_key(a.text, a.blocks, spec) for a in group] if cache is not None else [""] * len(group)
    found: list[Document | None] = [
        cache.get(k, a.text) if cache is not None else None for k, a in zip(keys, group, strict=True)
    ]
    return keys, found


def _groups(articles: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    it = iter(articles)
    while group := list(islice(it, size)):
        yield group


def _finish(doc: Document, article: ArticleInput) -> Document:
    doc.blocks = list(article.blocks)
    return doc


def _annotate_serial(
    articles: Iterable[ArticleInput],
    spec: EngineSpec,
    cache: AnnotationCache | None,
    batch_size: int,
    get_engine: Callable[[], Any],
) -> Iterator[Document]:
    eng: Any = None
    warned = False
    for group in _groups(articles, batch_size):
        keys, found = _lookup(group, spec, cache)
        missing = [n for n, d in enumerate(found) if d is None]
        if missing:
            if eng is None:
                eng = get_engine()
            parsed = eng.annotate((group[n].text, list(group[n].blocks)) for n in missing)
            for n, doc in zip(missing, parsed, strict=True):
                if cache is not None and not cache.put(keys[n], doc.to_dict()) and not warned:
                    warned = True
                    warnings.warn(f"could not write to the annotation cache {cache.root}", RuntimeWarning, stacklevel=3)
                found[n] = doc
        for n, article in enumerate(group):
            doc = found[n]
            assert doc is not None
            yield _finish(doc, article)


__all__ = [
    "AnnotationCache",
    "EngineSpec",
    "annotate_articles",
    "cache_key",
    "clear_cache",
    "default_cache_dir",
    "model_fingerprint",
    "open_cache",
    "resolve_engine",
    "warn_cache",
]
