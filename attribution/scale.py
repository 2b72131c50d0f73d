"""Run the per-article stages on a Dask cluster; the cross-article reduce stays local.

Why it is shaped like this:

* The per-article stages (annotate + ``pipeline.analyse``) are a pure map over
  articles whose output (``ArticleAnalysis``) is small and picklable; the reduce
  step needs every article at once and is cheap. So only the map is distributed.
* Articles travel in chunks: one task per article would spend more time in the
  scheduler than in the parser for short articles, and spaCy parses batches faster.
* Each worker process loads the NLP engine ONCE (kept in a module-level global,
  keyed by engine and model) instead of once per task; a model load costs
  0.3-3 s, a chunk of short articles about as much.
* The annotation cache is consulted on the worker, in the folder the user chose
  (``--cache-dir``) or the worker's default (``$ATTRIBUTION_CACHE_DIR`` or the user
  cache folder), so a re-run on the same cluster parses nothing again.
* The engine is resolved on the client ("auto" -> spacy/stanza) and sent to the
  workers, so every worker parses with the same engine even when their installed
  models differ, and the report names one engine.
* At most a few chunks per worker are in flight, results are taken in input
  order: memory on the client stays bounded by the window plus the analyses.
* dask is an optional extra, imported only here and only when asked for.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .article import ArticleInput
from .errors import AttributionError, UsageError
from .models import Failure

if TYPE_CHECKING:
    from .doc import Document
    from .models import Report
    from .nlp.annotate import AnnotationCache
    from .pipeline import ArticleAnalysis, Options

DASK_MISSING = "--dask needs the dask extra: pip install 'attribution-tracer[dask]'"
#: Most articles per task: large enough to amortise task overhead, small enough to spread
#: a corpus over the workers and to keep a lost task cheap to redo.
MAX_CHUNK = 64
#: Chunks in flight per worker thread: keeps workers busy while the client takes results in order.
IN_FLIGHT_PER_THREAD = 3
CONNECT_TIMEOUT = "20s"

Progress = Callable[[int, int], None]


def _import_client() -> Any:
    try:
        from dask.distributed import Client
    except ImportError as exc:  # dask or distributed missing, or broken
        raise UsageError(DASK_MISSING) from exc
    return Client


# -- worker side ----------------------------------------------------------------------------------------
_engines: dict[tuple[str, str | None], tuple[Any, Any]] = {}
_engines_lock = threading.Lock()


def _worker_engine(engine: str, model: str | None) -> tuple[Any, Any]:
    """(EngineSpec, loaded engine) for this worker process, loaded on first use only."""
    key = (engine, model)
    with _engines_lock:
        if key not in _engines:
            spec = _worker_spec(engine, model)
            _engines[key] = (spec, spec.create())
        return _engines[key]


@lru_cache(maxsize=8)
def _worker_spec(engine: str, model: str | None) -> Any:
    from .nlp.annotate import resolve_engine

    return resolve_engine(engine, model)


@lru_cache(maxsize=8)
def _worker_cache(use_cache: bool, cache_dir: str | None) -> AnnotationCache | None:
    """The worker's annotation cache (checked once per process); None when off or not writable."""
    if not use_cache:
        return None
    from .nlp.annotate import AnnotationCache, default_cache_dir

    cache = AnnotationCache(cache_dir or default_cache_dir())
    return cache if cache.check_writable() else None


def _annotate_chunk(
    articles: Sequence[ArticleInput], engine: str, model: str | None, cache: AnnotationCache | None
) -> list[Document]:
    """Documents for a chunk: from the worker's annotation cache, else parsed by the worker's engine.

    Same keys and entries as ``nlp.annotate.annotate_articles``, so local runs and
    cluster runs share one cache; the only difference is that the engine outlives the call.
    """
    from .nlp.annotate import cache_key

    spec = _worker_spec(engine, model) if cache is not None else None
    keys = [cache_key(a.text, a.blocks, spec) for a in articles] if spec is not None else [""] * len(articles)
    found: list[Document | None] = [
        cache.get(k, a.text) if cache is not None else None for k, a in zip(keys, articles, strict=True)
    ]
    missing = [n for n, d in enumerate(found) if d is None]
    if missing:
        _spec, eng = _worker_engine(engine, model)
        with _engines_lock:  # one parse at a time per process: spaCy/stanza objects are not thread-safe
            parsed = list(eng.annotate((articles[n].text, list(articles[n].blocks)) for n in missing))
        for n, doc in zip(missing, parsed, strict=True):
            if cache is not None:
                cache.put(keys[n], doc.to_dict())
            found[n] = doc
    out: list[Document] = []
    for doc, article in zip(found, articles, strict=True):
        assert doc is not None
        doc.blocks = list(article.blocks)
        out.append(doc)
    return out


def analyse_chunk(
    articles: Sequence[ArticleInput],
    engine: str,
    model: str | None,
    use_cache: bool = True,
    cache_dir: str | None = None,
) -> list[ArticleAnalysis | str]:
    """The task a worker runs: annotate + analyse each article; an analysis, or an error message.

    A bug of ours on one odd article becomes its message (reported as a failure by
    the client, like a local run does) instead of sinking the chunk.
    """
    from .pipeline import analyse

    docs = _annotate_chunk(articles, engine, model, _worker_cache(use_cache, cache_dir))
    out: list[ArticleAnalysis | str] = []
    for article, doc in zip(articles, docs, strict=True):
        try:
            out.append(analyse(article, doc))
        except Exception as exc:  # same wording as pipeline._analyse_all
            out.append(
                f"internal error while analysing this article ({type(exc).__name__}: {exc}); "
                "the other articles were processed; please report it"
            )
    return out


# -- client side ----------------------------------------------------------------------------------------
def _chunks(articles: Sequence[ArticleInput], threads: int) -> list[Sequence[ArticleInput]]:
    # about four chunks per worker thread on small corpora (even spread), MAX_CHUNK on large ones
    size = max(1, min(MAX_CHUNK, -(-len(articles) // max(1, threads * 4))))
    return [articles[lo : lo + size] for lo in range(0, len(articles), size)]


def _connect(address: str) -> Any:
    client_cls = _import_client()
    try:
        return client_cls(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise AttributionError(
            f"could not connect to the Dask scheduler at {address} ({type(exc).__name__}: {detail}); "
            "check the address (e.g. tcp://host:8786) or start one with `dask scheduler`"
        ) from exc


def _threads(client: Any) -> int:
    try:
        return max(1, sum(int(n) for n in client.nthreads().values()))
    except Exception:  # an odd scheduler: assume one thread, the window just gets smaller
        return 1


def _run_chunks(
    client: Any, chunks: list[Sequence[ArticleInput]], args: tuple[Any, ...], window: int
) -> Iterator[list[ArticleAnalysis | str]]:
    """Submit chunks with at most ``window`` in flight; yield their results in input order."""
    pending: deque[Any] = deque()
    todo = iter(chunks)
    for chunk in todo:
        pending.append(client.submit(analyse_chunk, chunk, *args, pure=False))
        if len(pending) >= window:
            break
    while pending:
        future = pending.popleft()
        try:
            result = future.result()
        except AttributionError:
            raise
        except Exception as exc:  # a killed worker, a lost connection, a failing import on the worker
            detail = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise AttributionError(
                f"a Dask task failed ({type(exc).__name__}: {detail}); "
                "check the workers' logs and that attribution and its model are installed on every worker"
            ) from exc
        future.release()
        for chunk in todo:  # refill the window by one
            pending.append(client.submit(analyse_chunk, chunk, *args, pure=False))
            break
        yield result


def analyse_on_dask(
    articles: Sequence[ArticleInput],
    options: Options,
    address: str,
    failures: list[Failure] | None = None,
    progress: Progress | None = None,
) -> list[ArticleAnalysis]:
    """Map annotate + analyse over the Dask cluster at ``address``; analyses in input order.

    Articles whose analysis raised are left out and added to ``failures`` (like a local
    run); without a ``failures`` list the first such error is raised.
    """
    from .nlp.annotate import resolve_engine

    spec = resolve_engine(options.engine, options.model)  # fail fast on a bad engine, before connecting
    cache_dir = options.cache_dir
    if options.cache and cache_dir is None and os.environ.get("ATTRIBUTION_CACHE_DIR"):
        # the client's choice wins over the workers' defaults (same folder on a shared filesystem,
        # and a LocalCluster's workers see it either way)
        cache_dir = os.environ["ATTRIBUTION_CACHE_DIR"]
    out: list[ArticleAnalysis] = []
    if not articles:
        return out
    client = _connect(address)
    try:
        threads = _threads(client)
        chunks = _chunks(articles, threads)
        args = (spec.engine, spec.model, options.cache, cache_dir)
        done = 0
        for chunk, results in zip(chunks, _run_chunks(client, chunks, args, threads * IN_FLIGHT_PER_THREAD),
                                  strict=True):
            done = _collect(chunk, results, out, failures, done, len(articles), progress)
    finally:
        client.close()
    return out


def _collect(
    chunk: Sequence[ArticleInput],
    results: Sequence[Any],
    out: list[Any],
    failures: list[Failure] | None,
    done: int,
    total: int,
    progress: Any,
) -> int:
    """Keep a chunk's analyses, record (or raise) its per-article errors, report progress."""
    for article, result in zip(chunk, results, strict=True):
        if isinstance(result, str):
            if failures is None:
                raise AttributionError(result, path=article.path or article.id)
            failures.append(Failure(path=article.path or article.id, message=result))
        else:
            out.append(result)
    done += len(chunk)
    if progress:
        progress(done, total)
    return done


# -- local process pool with the same task ------------------------------------------------------------
def analyse_in_pool(
    articles: Sequence[ArticleInput],
    options: Options,
    workers: int,
    failures: list[Failure] | None = None,
    progress: Progress | None = None,
) -> list[ArticleAnalysis]:
    """The per-article stages (annotate + analyse) in a local process pool; analyses in input order.

    Unlike parsing in the pool and analysing in the parent, the parent only gathers small
    analyses: on 2 cores, parse workers plus a busy parent are 3 CPU-bound processes, and the
    parent also rebuilt every parsed Document from its transferred rows.
    """
    from concurrent.futures import ProcessPoolExecutor

    from .nlp.annotate import pool_context, resolve_engine

    spec = resolve_engine(options.engine, options.model)
    cache_dir = options.cache_dir or (os.environ.get("ATTRIBUTION_CACHE_DIR") if options.cache else None)
    out: list[ArticleAnalysis] = []
    if not articles:
        return out
    workers = max(1, int(workers))
    chunks = _chunks(articles, workers)
    args = (spec.engine, spec.model, options.cache, cache_dir)
    window = workers * IN_FLIGHT_PER_THREAD
    with ProcessPoolExecutor(max_workers=workers, mp_context=pool_context()) as pool:
        pending: deque[Any] = deque()
        todo = iter(chunks)
        for chunk in todo:
            pending.append(pool.submit(analyse_chunk, chunk, *args))
            if len(pending) >= window:
                break
        done = 0
        for chunk in chunks:
            future = pending.popleft()
            try:
                results = future.result()
            except AttributionError:
                raise
            except Exception as exc:  # a crashed worker (killed, out of memory): one line
                raise AttributionError(
                    f"an analysis worker failed ({type(exc).__name__}: {exc}); retry with --workers 1"
                ) from exc
            for nxt in todo:
                pending.append(pool.submit(analyse_chunk, nxt, *args))
                break
            done = _collect(chunk, results, out, failures, done, len(articles), progress)
    return out


def trace_on_dask(paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str], address: str,
                  **options: Any) -> Report:
    """Library entry point: like ``pipeline.trace`` but the per-article stages run on Dask at ``address``.

    ``options`` are ``pipeline.Options`` fields (engine, model, cache, cache_dir, workers, encoding,
    max_bytes, manifest); e.g. ``trace_on_dask(["articles/"], "tcp://10.0.0.5:8786", engine="spacy")``.
    """
    from .pipeline import Options, run

    if "dask" in options:
        raise UsageError("trace_on_dask takes the scheduler address as its second argument, not dask=")
    try:
        opts = Options(**options, dask=address)
    except TypeError as exc:
        raise UsageError(f"trace_on_dask: {exc}; valid options are the fields of attribution.pipeline.Options") from exc
    return run(paths, opts)


__all__ = ["DASK_MISSING", "analyse_chunk", "analyse_in_pool", "analyse_on_dask", "trace_on_dask"]
