"""Run the per-article stages on a Dask cluster or a local process pool; the cross-article reduce stays local.

Why it is shaped like this:

* The per-article stages (annotate + ``pipeline.analyse``) are a pure map over
  articles whose output (``ArticleAnalysis``) is small; the reduce step needs every
  article at once and is cheap. So only the map is distributed.
* Articles travel in chunks (``executor.chunked``): one task per article would spend
  more time in the scheduler than in the parser for short articles.
* Each worker process loads the NLP engine ONCE (``executor.worker_engine``).
* The engine is resolved on the client ("auto" -> spacy/stanza) and sent to the
  workers, so every worker parses with the same engine and the report names one engine.
* The map itself is ``executor.map_chunks``, the same windowed loop a serial or pool run uses.
* dask is an optional extra, imported only here and only when asked for.

Layering (no import cycle): ``scale -> pipeline -> executor``; neither ``pipeline``, ``executor``
nor ``analysis_cache`` imports this module (the Dask client helpers live in ``executor``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .article import ArticleInput
from .errors import UsageError
from .executor import (  # noqa: F401  (re-exported: the Dask client helpers, per-process engines, chunking)
    DASK_MISSING,
    _engines,
    _import_client,
    chunked,
    client_threads,
    connect,
    import_client,
)
from .models import Failure

if TYPE_CHECKING:
    from .analysis import ArticleAnalysis
    from .models import Report
    from .plan import Options



def analyse_on_dask(
    articles: Sequence[ArticleInput],
    options: Options,
    address: str,
    failures: list[Failure] | None = None,
    progress: Any = None,
) -> list[ArticleAnalysis]:
    """Map annotate + analyse over the Dask cluster at ``address``; analyses in input order.

    Articles whose analysis raised are left out and added to ``failures`` (like a local
    run); without a ``failures`` list the first such error is raised.
    """
    from dataclasses import replace

    from .pipeline import analyse_many
    from .plan import make_plan

    plan = make_plan(replace(options, dask=address))  # a bad engine fails here, before connecting
    return list(analyse_many(articles, plan, failures, progress))


def analyse_in_pool(
    articles: Sequence[ArticleInput],
    options: Options,
    workers: int,
    failures: list[Failure] | None = None,
    progress: Any = None,
) -> list[ArticleAnalysis]:
    """The per-article stages (annotate + analyse) in a local process pool of ``workers``; input order."""
    from dataclasses import replace

    from .pipeline import analyse_many
    from .plan import make_plan

    plan = make_plan(replace(options, workers=workers, dask=None))
    return list(analyse_many(articles, plan, failures, progress))


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


__all__ = ["DASK_MISSING", "analyse_in_pool", "analyse_on_dask", "client_threads", "connect", "trace_on_dask"]
