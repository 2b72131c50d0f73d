"""One windowed map over chunks of articles, for every way a run can execute its per-article work.

The run plan (``plan.py``) picks an ``Executor`` once: ``serial`` (this process), ``pool`` (a local
process pool) or ``dask`` (a cluster). ``map_chunks`` is then the ONE loop that submits chunks with
at most a window of them in flight and yields their results in input order, whatever the backend:

* **serial** computes a chunk when its result is asked for (streaming, nothing runs ahead);
* **pool** runs chunks in worker processes that ignore Ctrl-C (the parent decides) and load the
  NLP engine once each. A worker that dies (killed, out of memory) breaks the pool: the pool is
  restarted and each chunk that was lost is retried once, alone; a chunk that kills its worker
  again fails its articles with a per-file message (``LOST_WORKER``), the rest of the run goes on.
  On Ctrl-C or SIGTERM the workers are killed at once, so the run ends promptly;
* **dask** submits the same task to a cluster (``connect`` below makes the client).

This module knows no stage: the task is given by the orchestrator (``pipeline.analyse_chunk``).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import AttributionError, UsageError

T = TypeVar("T")

#: Most articles per chunk: large enough to amortise task overhead, small enough to spread
#: a corpus over the workers and to keep a lost chunk cheap to redo.
MAX_CHUNK = 64
#: Chunks in flight per worker thread: keeps workers busy while results are taken in order.
IN_FLIGHT_PER_THREAD = 3
DASK_MISSING = "--dask needs the dask extra: pip install 'attribution-tracer[dask]'"
CONNECT_TIMEOUT = "20s"
LOST_WORKER = (
    "the process analysing this article died (killed, or out of memory?) twice; the other articles "
    "were processed: retry this file alone, or with --workers 1"
)


@dataclass(frozen=True, slots=True)
class Executor:
    """Where the per-article work runs: ``serial``, ``pool`` (``workers`` processes) or ``dask`` (``address``)."""

    kind: str = "serial"
    workers: int = 1
    address: str | None = None


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined,unused-ignore]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def chunked(items: Sequence[T], threads: int) -> list[Sequence[T]]:
    """About four chunks per worker thread on small inputs (even spread), ``MAX_CHUNK`` items on large ones."""
    size = max(1, min(MAX_CHUNK, -(-len(items) // max(1, threads * 4))))
    return [items[lo : lo + size] for lo in range(0, len(items), size)]


# -- worker side: one engine per process ---------------------------------------------------------------
_engines: dict[Any, Any] = {}
_engines_lock = threading.RLock()


def worker_engine(spec: Any) -> Any:
    """The loaded NLP engine for ``spec`` in this process, loaded on first use only."""
    with _engines_lock:
        if spec not in _engines:
            _engines[spec] = spec.create()
        return _engines[spec]


def engine_lock() -> Any:
    """Held while parsing: spaCy/stanza objects are not thread-safe (a Dask worker runs threads)."""
    return _engines_lock


def _pool_worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent decides, the workers must not print tracebacks
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # one math thread per worker: N workers x N BLAS/OpenMP threads would oversubscribe the cores
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def pool_context() -> Any:
    """The multiprocessing context for our process pools."""
    import multiprocessing as mp

    # fork is fast and needs no importable __main__; but forking a process that
    # already runs torch (stanza) threads can deadlock, so use spawn then.
    if "fork" in mp.get_all_start_methods() and "torch" not in sys.modules:
        return mp.get_context("fork")
    return mp.get_context("spawn")


# -- Dask client (dask is an optional extra, imported only here and only when asked for) ----------------
def import_client() -> Any:
    try:
        from dask.distributed import Client
    except ImportError as exc:  # dask or distributed missing, or broken
        raise UsageError(DASK_MISSING) from exc
    return Client


_import_client = import_client  # the former private name


def connect(address: str) -> Any:
    client_cls = import_client()
    try:
        return client_cls(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise AttributionError(
            f"could not connect to the Dask scheduler at {address} ({type(exc).__name__}: {detail}); "
            "check the address (e.g. tcp://host:8786) or start one with `dask scheduler`"
        ) from exc


def client_threads(client: Any) -> int:
    try:
        return max(1, sum(int(n) for n in client.nthreads().values()))
    except Exception:  # an odd scheduler: assume one thread, the window just gets smaller
        return 1



# -- backends ----------------------------------------------------------------------------------------------
class _Later:
    """A serial "future": the chunk is computed when its result is asked for."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn, self.args = fn, args

    def result(self) -> Any:
        return self.fn(*self.args)


class _Serial:
    window = 1

    def __enter__(self) -> _Serial:
        self._saved = dict(_engines)
        return self

    def __exit__(self, *exc: object) -> None:
        # the engine lives as long as the run, as when parsing in this process always did
        _engines.clear()
        _engines.update(self._saved)

    def submit(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        return _Later(fn, args)

    def result(self, future: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        return future.result()


class _Pool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.window = workers * IN_FLIGHT_PER_THREAD
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Pool:
        self._start()
        return self

    def _start(self) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=pool_context(), initializer=_pool_worker_init
        )

    def _stop(self, *, kill: bool) -> None:
        pool, self.pool = self.pool, None
        if pool is None:
            return
        if kill:  # Ctrl-C, SIGTERM or a broken pool: no waiting for chunks nobody will read
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                try:
                    proc.kill()
                except (OSError, AttributeError):
                    pass
        try:
            pool.shutdown(wait=not kill, cancel_futures=True)
        except Exception:  # a broken pool may complain while shutting down; it is gone either way
            pass

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._stop(kill=exc_type is not None)

    def submit(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self.pool is None:
            self._start()
        assert self.pool is not None
        try:
            return self.pool.submit(fn, *args)
        except BrokenProcessPool:  # broke since the last result: a fresh pool takes the chunk
            self._stop(kill=True)
            self._start()
            assert self.pool is not None
            return self.pool.submit(fn, *args)

    def result(self, future: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        # a worker died: every chunk in flight is lost; this one is retried alone in a fresh pool
        self._stop(kill=True)
        self._start()
        assert self.pool is not None
        try:
            return self.pool.submit(fn, *args).result()
        except BrokenProcessPool:
            self._stop(kill=True)
            self._start()
            return None  # lost twice: the caller fails the chunk's articles


class _Dask:
    def __init__(self, client: Any, threads: int) -> None:
        self.client = client
        self.window = max(1, threads) * IN_FLIGHT_PER_THREAD

    def __enter__(self) -> _Dask:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def submit(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def result(self, future: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
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
        return result


def map_chunks(
    task: Callable[..., list[Any]],
    chunks: Sequence[Sequence[Any]],
    args: tuple[Any, ...],
    executor: Executor,
    client: Any = None,
) -> Generator[tuple[Sequence[Any], list[Any] | None], None, None]:
    """``task(chunk, *args)`` for every chunk, at most a window in flight, results in input order.

    A chunk whose result is None was lost with its worker twice (pool only): the caller fails its items.
    """
    backend: Any
    if executor.kind == "pool":
        backend = _Pool(max(1, executor.workers))
    elif executor.kind == "dask":
        backend = _Dask(client, executor.workers)
    else:
        backend = _Serial()
    with backend:
        pending: deque[tuple[Sequence[Any], Any]] = deque()
        todo = iter(chunks)

        def refill() -> None:
            while len(pending) < backend.window:
                chunk = next(todo, None)
                if chunk is None:
                    return
                pending.append((chunk, backend.submit(task, (chunk, *args))))

        refill()
        while pending:
            chunk, future = pending.popleft()
            result = backend.result(future, task, (chunk, *args))
            refill()
            yield chunk, result


__all__ = [
    "DASK_MISSING",
    "IN_FLIGHT_PER_THREAD",
    "LOST_WORKER",
    "MAX_CHUNK",
    "Executor",
    "available_cores",
    "chunked",
    "client_threads",
    "connect",
    "engine_lock",
    "import_client",
    "map_chunks",
    "pool_context",
    "worker_engine",
]
