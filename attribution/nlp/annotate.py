"""Annotate articles: annotation cache + lazy engine + optional process pool, streaming in input order.

Why each piece:

* Parsing is ~95% of a run's time, and the same articles are traced again and
  again while a fact-checker iterates; a content-addressed cache makes re-runs cheap.
  The key covers everything the parse depends on: text, blocks, engine, model,
  model version, document schema, package version and the NLP code itself.
* The engine (model load ~0.3-3 s) is built only on the first cache miss, so a
  fully warm run never imports spaCy or stanza.
* Articles are handled in groups: memory stays bounded by a few groups whatever
  the corpus size, and output order is input order.
* ``workers > 1`` runs groups in a process pool; each worker loads the model once
  and returns compact ``Document.to_dict()`` rows (and writes the cache itself).

Cache entries are ``MAGIC + sha256(payload) + zlib(JSON)``, written to a temp
file in the same folder and ``os.replace``d, so readers never see half an entry.
A bad entry (truncated, corrupt, old schema, wrong text) is ignored and rebuilt;
JSON never executes code, whatever the bytes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
import warnings
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from ..article import ArticleInput
from ..doc import DOC_SCHEMA_VERSION, PARSED_BLOCK_KINDS, Block, Document
from ..errors import AttributionError, UsageError

log = logging.getLogger(__name__)

ENGINES = ("auto", "spacy", "stanza")
MAGIC = b"ATTRDOC1"
_DIGEST = 32
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
    else:
        from .spacy_engine import model_identity

        name, version = model_identity(model)
    return EngineSpec(engine, model, name, version, batch_size)


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

    def check_writable(self) -> bool:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".probe-")
            os.close(fd)
            os.unlink(tmp)
            return True
        except OSError:
            return False

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
        return write_entry(self.path(key), MAGIC, _dumps({"key": key, "doc": data}))


# -- entry files (shared with the analysis cache) ------------------------------------------------------
def read_entry(path: Path, magic: bytes) -> bytes | None:
    """The payload of a ``magic + sha256 + zlib(payload)`` file; None when absent, ValueError when damaged."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if raw[: len(magic)] != magic:
        raise ValueError("bad magic")
    digest, packed = raw[len(magic) : len(magic) + _DIGEST], raw[len(magic) + _DIGEST :]
    if hashlib.sha256(packed).digest() != digest:
        raise ValueError("checksum mismatch")
    return zlib.decompress(packed)


def write_entry(path: Path, magic: bytes, payload: bytes) -> bool:
    """Write ``magic + sha256 + zlib(payload)`` atomically; False when the folder is not writable."""
    packed = zlib.compress(payload, 1)
    return _atomic_write(path, magic + hashlib.sha256(packed).digest() + packed)


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


def _atomic_write(path: Path, blob: bytes) -> bool:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
        os.replace(tmp, path)
        return True
    except BaseException as exc:  # OSError: a miss next time; Ctrl-C: re-raised, but no orphaned temp file
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError):
            return False
        raise


# -- workers ---------------------------------------------------------------------------------------------
_worker_engine: Any = None
_worker_error: BaseException | None = None
_worker_cache: AnnotationCache | None = None


def _worker_init(spec: EngineSpec, cache_root: str | None) -> None:
    global _worker_engine, _worker_error, _worker_cache
    # one math thread per worker: N workers x N BLAS/OpenMP threads would oversubscribe the cores
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    _worker_cache = AnnotationCache(cache_root) if cache_root else None
    try:
        _worker_engine = spec.create()
    except BaseException as exc:  # re-raised with the first task: an initializer error breaks the pool
        _worker_error = exc


def _worker_parse(items: list[tuple[str, str, list[Block]]]) -> list[dict[str, Any]]:
    """Parse (key, text, blocks) items in a worker; write their cache entries; return compact rows."""
    if _worker_error is not None:
        raise _worker_error
    out: list[dict[str, Any]] = []
    docs = _worker_engine.annotate((text, blocks) for _key, text, blocks in items)
    for (key, _text, _blocks), doc in zip(items, docs, strict=True):
        data = doc.to_dict()
        if _worker_cache is not None:
            _worker_cache.put(key, data)
        out.append(data)
    return out


def pool_context() -> Any:
    """The multiprocessing context for our process pools (also used by ``scale.analyse_in_pool``)."""
    import multiprocessing as mp

    # fork is fast and needs no importable __main__; but forking a process that
    # already runs torch (stanza) threads can deadlock, so use spawn then.
    if "fork" in mp.get_all_start_methods() and "torch" not in sys.modules:
        return mp.get_context("fork")
    return mp.get_context("spawn")


# -- the stage --------------------------------------------------------------------------------------------
def annotate_articles(
    articles: Iterable[ArticleInput],
    *,
    engine: str = "auto",
    model: str | None = None,
    use_cache: bool = True,
    cache_dir: str | None = None,
    workers: int = 1,
    batch_size: int = 64,
) -> Iterator[Document]:
    """Yield one Document per article, in input order, streaming (memory bounded by a few groups).

    ``articles`` may be any iterable (a list, or a generator from ingest): it is
    consumed a group at a time.

    Documents come from the annotation cache when possible; the engine is loaded
    only when an article misses. ``workers > 1`` parses misses in a process pool;
    the output is identical to ``workers=1``.
    """
    spec = resolve_engine(engine, model, batch_size)
    workers = max(1, int(workers))
    batch_size = max(1, int(batch_size))
    cache: AnnotationCache | None = None
    if use_cache:
        root = cache_dir or default_cache_dir()
        candidate = AnnotationCache(root)
        if candidate.check_writable():
            cache = candidate
        else:
            warnings.warn(
                f"annotation cache folder {candidate.root} is not writable: running without a cache "
                f"(set {CACHE_ENV} or pass --cache-dir to choose another folder)",
                RuntimeWarning,
                stacklevel=2,
            )
    if workers == 1:
        yield from _annotate_serial(articles, spec, cache, batch_size)
    else:
        yield from _annotate_pool(articles, spec, cache, workers, batch_size)


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
    articles: Iterable[ArticleInput], spec: EngineSpec, cache: AnnotationCache | None, batch_size: int
) -> Iterator[Document]:
    eng: Any = None
    warned = False
    for group in _groups(articles, batch_size):
        keys, found = _lookup(group, spec, cache)
        missing = [n for n, d in enumerate(found) if d is None]
        if missing:
            if eng is None:
                eng = spec.create()
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


def _annotate_pool(
    articles: Iterable[ArticleInput],
    spec: EngineSpec,
    cache: AnnotationCache | None,
    workers: int,
    batch_size: int,
) -> Iterator[Document]:
    # Groups small enough to share the work evenly on small inputs, large enough
    # (up to batch_size articles) that per-task overhead stays negligible.
    total = len(articles) if isinstance(articles, Sized) else batch_size * workers * 2
    group_size = max(1, min(batch_size, -(-total // (workers * 2))))
    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[Sequence[ArticleInput], list[Document | None], list[int], Future[Any] | None]] = deque()
    max_in_flight = workers * 2
    cache_root = str(cache.root.parent) if cache is not None else None

    def drain_one() -> Iterator[Document]:
        group, found, missing, future = pending.popleft()
        if future is not None:
            try:
                rows = future.result()
            except AttributionError:
                raise
            except Exception as exc:  # a crashed worker (killed, out of memory): say so in one line
                raise AttributionError(
                    f"an annotation worker failed ({exc.__class__.__name__}: {exc}); retry with --workers 1"
                ) from exc
            for n, row in zip(missing, rows, strict=True):
                found[n] = Document.from_dict(row)
        for n, article in enumerate(group):
            doc = found[n]
            assert doc is not None
            yield _finish(doc, article)

    try:
        for group in _groups(articles, group_size):
            keys, found = _lookup(group, spec, cache)
            missing = [n for n, d in enumerate(found) if d is None]
            future = None
            if missing:
                if pool is None:
                    pool = ProcessPoolExecutor(
                        max_workers=workers,
                        mp_context=pool_context(),
                        initializer=_worker_init,
                        initargs=(spec, cache_root),
                    )
                future = pool.submit(_worker_parse, [(keys[n], group[n].text, list(group[n].blocks)) for n in missing])
            pending.append((group, found, missing, future))
            while len(pending) > max_in_flight:
                yield from drain_one()
        while pending:
            yield from drain_one()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


__all__ = [
    "AnnotationCache",
    "EngineSpec",
    "annotate_articles",
    "cache_key",
    "clear_cache",
    "default_cache_dir",
    "resolve_engine",
]
