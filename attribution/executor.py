"""One windowed map over chunks of articles, for every way a run can execute its per-article work.

The run plan (``plan.py``) picks an ``Executor`` once: ``serial`` (this process), ``pool`` (a local
process pool) or ``dask`` (a cluster). ``map_chunks`` is then the ONE loop that submits chunks with
at most a window of them in flight and yields their results in input order, whatever the backend:

* **serial** computes a chunk when its result is asked for (streaming, nothing runs ahead);
* **pool** runs chunks in worker processes that ignore Ctrl-C (the parent decides) and load the
  NLP engine once each. A worker that dies (killed, out of memory) breaks the pool: the pool is
  restarted and each chunk that was lost is retried once, alone; a chunk that kills its worker
  again fails its articles with a per-file message (``LOST_WORKER``), the rest of the run goes on.
  On Ctrl-C or SIGTERM the workers are killed at once, so the run ends promptly. A worker killed
  while it was sending its result leaves half a message in the result pipe, and the pool's own
  thread would wait for the rest forever: the parent never waits on a chunk without checking that
  every worker lives (``POLL``), and a stop waits for the pool's thread and processes at most
  ``STOP_GRACE`` seconds, completing any half-sent message so that thread can end;
* **dask** submits the same task to a cluster (``connect`` below makes the client).

This module knows no stage: the task is given by the orchestrator (``pipeline.analyse_chunk``).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import AttributionError, UsageError

T = TypeVar("T")

#: Most articles per chunk: large enough to amortise task overhead, small enough to spread
#: a corpus over the workers and to keep a lost chunk cheap to redo.
MAX_CHUNK = 64
#: Chunks in flight per worker thread: keeps workers busy while results are taken in order.
IN_FLIGHT_PER_THREAD = 3
#: Seconds between checks that every pool worker lives while the parent waits for a chunk.
POLL = 0.5
#: Most seconds a stop waits for the pool's thread and killed workers before leaving them behind.
STOP_GRACE = 5.0
#: The signals only the parent acts on: blocked while a pool starts, so its threads never take them
#: and a worker forked in that instant cannot run the parent's handler before its own are set.
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
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
    if hasattr(signal, "pthread_sigmask"):  # started with them blocked (``_signals_blocked``)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
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


@contextmanager
def _signals_blocked() -> Iterator[None]:
    """SIGINT/SIGTERM held back in this thread (threads and processes started here inherit the mask)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:  # a signal that came meanwhile is delivered now, and handled as usual
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _processes(pool: ProcessPoolExecutor) -> list[Any]:
    for _ in range(3):  # the pool's thread may change the dict while we copy it
        try:
            return list((getattr(pool, "_processes", None) or {}).values())
        except RuntimeError:
            continue
    return []


def _settle(manager: Any, results: Any, procs: Sequence[Any], deadline: float) -> None:
    """Reap the killed workers and let the pool's thread end, waiting at most until ``deadline``.

    That thread may be blocked reading a result a killed worker had only half sent: nothing else
    will ever write the rest. Zero bytes written into the pipe (the parent holds its write end)
    complete the message; it fails to unpickle, the thread marks the pool broken and ends.
    """
    for proc in procs:
        try:
            proc.join(max(0.0, deadline - time.monotonic()))
        except (OSError, AssertionError, ValueError):
            pass
    if manager is None or not manager.is_alive():
        return
    manager.join(min(0.2, max(0.0, deadline - time.monotonic())))
    writer = getattr(results, "_writer", None)
    if writer is None or not manager.is_alive():
        return
    try:
        fd = writer.fileno()
        os.set_blocking(fd, False)
    except (OSError, ValueError):
        return
    block = bytes(1 << 16)
    while manager.is_alive() and time.monotonic() < deadline:
        try:
            os.write(fd, block)
        except BlockingIOError:
            manager.join(0.01)
        except OSError:
            return


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
        procs = _processes(pool)
        manager = getattr(pool, "_executor_manager_thread", None)
        results = getattr(pool, "_result_queue", None)
        if kill:  # Ctrl-C, SIGTERM or a broken pool: no waiting for chunks nobody will read
            for proc in procs:
                try:
                    proc.kill()
                except (OSError, AttributeError):
                    pass
        try:
            pool.shutdown(wait=not kill, cancel_futures=True)
        except Exception:  # a broken pool may complain while shutting down; it is gone either way
            pass
        if kill:  # bounded: a stop never hangs on a worker or on the pool's own thread
            _settle(manager, results, procs, time.monotonic() + STOP_GRACE)

    def _lost_worker(self) -> bool:
        """A worker of the current pool has died (its result may never come)."""
        pool = self.pool
        return pool is not None and any(proc.exitcode is not None for proc in _processes(pool))

    def _wait(self, future: Any) -> Any:
        # never an unbounded wait: a worker killed while sending its result leaves the pool's thread
        # waiting for the rest, and that chunk's future would never be settled
        while True:
            try:
                return future.result(timeout=POLL)
            except FutureTimeout:
                if self._lost_worker() and not future.done():
                    raise BrokenProcessPool("a worker died and its chunk's result never came") from None

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._stop(kill=exc_type is not None)

    def _submit(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self.pool is None:
            self._start()
        assert self.pool is not None
        if getattr(self.pool, "_executor_manager_thread", True) is None:
            with _signals_blocked():  # this submit forks the workers and starts the pool's threads
                return self.pool.submit(fn, *args)
        return self.pool.submit(fn, *args)

    def submit(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        try:
            return self._submit(fn, args)
        except BrokenProcessPool:  # broke since the last result: a fresh pool takes the chunk
            self._stop(kill=True)
            self._start()
            return self._submit(fn, args)

    def result(self, future: Any, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        try:
            return self._wait(future)
        except BrokenProcessPool:
            pass
        # a worker died: every chunk in flight is lost; this one is retried alone in a fresh pool
        self._stop(kill=True)
        self._start()
        try:
            return self._wait(self._submit(fn, args))
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
    "POLL",
    "STOP_GRACE",
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
