"""A run's options, resolved once into a plan: engine, caches, executor.

``Options`` is what a caller may say (the CLI and the library fill the same object). ``make_plan``
decides everything that follows from it exactly once, before any article is read: which engine and
model (``auto`` -> spaCy or stanza; the model's identity and file fingerprint), which cache folder
(created private, or refused with a one-line warning), the alias data in force, and where the
per-article work runs (serial, a process pool capped at the cores available, or Dask). The run code
receives the ``Plan`` and never looks at the options again for these choices.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass

from .executor import Executor, available_cores
from .nlp.annotate import CACHE_ENV, EngineSpec, default_cache_dir, resolve_engine, warn_cache

PathLike = str | os.PathLike[str]


@dataclass(slots=True)
class Options:
    """Everything a run can be told; the CLI and the library fill the same object."""

    engine: str = "auto"
    model: str | None = None
    cache: bool = True
    cache_dir: str | None = None
    workers: int = 1
    encoding: str | None = None
    max_bytes: int | None = None
    manifest: PathLike | None = None
    dask: str | None = None  # scheduler address
    #: run ``workers`` processes even when there are fewer cores (``--force-workers``)
    force_workers: bool = False
    #: let manifest rows name files outside the manifest's folder (``--manifest-outside``)
    manifest_outside: bool = False
    #: the level origins are counted at: "body" (default) or "institution" (every body of one state is one)
    independence: str = "body"


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run will do, decided once from ``Options``."""

    options: Options
    spec: EngineSpec
    #: the cache folder in use; None when caching is off or the folder was refused
    cache_dir: str | None
    executor: Executor
    #: fingerprint of the alias files in force (part of every analysis key)
    aliases: str
    #: what the per-article task is told about the annotation cache: (use it, folder or None for the
    #: worker's default). Local runs pass the checked ``cache_dir``; Dask workers judge their own folder.
    task_cache: tuple[bool, str | None] = (False, None)


def make_plan(options: Options) -> Plan:
    """Resolve engine, caches and executor once (a bad engine name is a usage error here)."""
    from .analysis_cache import AnalysisCache, aliases_fingerprint

    spec = resolve_engine(options.engine, options.model)
    aliases = aliases_fingerprint()
    cache_dir: str | None = None
    if options.cache:
        root = options.cache_dir or default_cache_dir()
        problem = AnalysisCache(root, spec, aliases).problem()
        if problem is None:
            from .nlp.annotate import AnnotationCache

            problem = AnnotationCache(root).problem()
        if problem is None:
            cache_dir = root
        else:
            warn_cache(problem)
    task_cache: tuple[bool, str | None] = (cache_dir is not None, cache_dir)
    if options.dask:
        # the client's choice wins over the workers' defaults (same folder on a shared filesystem,
        # and a LocalCluster's workers see it either way); each worker checks the folder itself
        task_cache = (options.cache, options.cache_dir or os.environ.get(CACHE_ENV))
    return Plan(
        options=options,
        spec=spec,
        cache_dir=cache_dir,
        executor=_executor(options),
        aliases=aliases,
        task_cache=task_cache,
    )


def _executor(options: Options) -> Executor:
    if options.dask:
        return Executor("dask", 1, options.dask)
    workers = max(1, int(options.workers))
    cores = available_cores()
    if workers > cores and not options.force_workers:
        warnings.warn(
            f"--workers {workers} capped at the {cores} core{'s' if cores != 1 else ''} available "
            "(more processes only add memory; pass --force-workers to run them anyway)",
            RuntimeWarning,
            stacklevel=3,
        )
        workers = cores
    return Executor("pool" if workers > 1 else "serial", workers)


__all__ = ["Options", "Plan", "make_plan"]
