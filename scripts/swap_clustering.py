"""Run the pipeline with the clustering of claim mentions swapped, for the measuring scripts.

``with clustering_swapped(make): pipeline.run(...)``: every ``build_claims`` inside the block clusters with
``make(files, mentions, real_cluster)``, where ``files`` gives each flattened mention's article file name and
``real_cluster`` is the pipeline's own ``cluster_mentions`` (a swap usually starts from its groups). The
whole-report cache knows nothing of the swap: inside the block it is neither read nor written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from attribution import pipeline
from attribution.analysis_cache import AnalysisCache
from attribution.tracing import claims as claims_module

Cluster = Callable[..., Any]


@contextmanager
def clustering_swapped(make: Callable[[list[str], Any, Cluster], Cluster]) -> Iterator[None]:
    real_build, real_cluster = pipeline.build_claims, claims_module.cluster_mentions

    def build(articles: Any, candidates: Any, *args: Any, **kwargs: Any) -> Any:
        flat = claims_module._flatten(candidates)
        files = [Path(articles[i].path or articles[i].id).name for i in flat.owner]
        claims_module.cluster_mentions = make(files, flat.mentions, real_cluster)  # type: ignore[assignment]
        try:
            return real_build(articles, candidates, *args, **kwargs)
        finally:
            claims_module.cluster_mentions = real_cluster

    saved = AnalysisCache.get_report, AnalysisCache.put_report
    AnalysisCache.get_report = lambda self, key: None  # type: ignore[method-assign,assignment]
    AnalysisCache.put_report = lambda self, key, report: False  # type: ignore[method-assign,assignment]
    pipeline.build_claims = build  # type: ignore[assignment]
    try:
        yield
    finally:
        pipeline.build_claims = real_build
        AnalysisCache.get_report, AnalysisCache.put_report = saved  # type: ignore[method-assign]
