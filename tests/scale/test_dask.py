"""Dask: the per-article stages on a real local cluster give the same report bytes as a local run."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from attribution.errors import AttributionError, UsageError

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def _seed_paths() -> list[str]:
    return [str(p) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    ) as local:
        yield local


def _engine_count() -> int:
    from attribution import scale

    return len(scale._engines)


def test_dask_report_is_byte_identical_to_a_local_run(cluster: Any) -> None:
    from attribution.pipeline import Options, run

    local = run(_seed_paths(), Options(engine="spacy"))
    # no cache: the workers must parse the seeds themselves, not read the local run's parses
    remote = run(_seed_paths(), Options(engine="spacy", cache=False, dask=cluster.scheduler_address))
    assert len(remote.articles) == 5
    assert remote.to_json() == local.to_json()


def test_each_dask_worker_loads_the_engine_once(cluster: Any) -> None:
    from distributed import Client

    from attribution.ingest import load_articles
    from attribution.pipeline import ArticleAnalysis, Options
    from attribution.scale import analyse_on_dask

    articles = load_articles(_seed_paths()).articles * 3  # several chunks per worker
    for _ in range(2):
        analyses = analyse_on_dask(articles, Options(engine="spacy", cache=False), cluster.scheduler_address)
        assert [a.article.id for a in analyses] == [a.id for a in articles]  # input order
        assert all(isinstance(a, ArticleAnalysis) for a in analyses)
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        counts = client.run(_engine_count)
    assert sorted(counts.values()) == [1, 1]


def test_trace_on_dask_runs_the_library_entry_point(cluster: Any) -> None:
    from attribution.scale import trace_on_dask

    report = trace_on_dask(_seed_paths()[:2], cluster.scheduler_address, engine="spacy")
    assert [a.id for a in report.articles] == sorted(a.id for a in report.articles)
    assert len(report.articles) == 2


def test_trace_on_dask_rejects_an_unknown_option() -> None:
    from attribution.scale import trace_on_dask

    with pytest.raises(UsageError, match="Options"):
        trace_on_dask(_seed_paths(), "tcp://127.0.0.1:1", colour="red")


def test_missing_dask_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution.ingest import load_articles
    from attribution.pipeline import Options
    from attribution.scale import analyse_on_dask

    # a None entry in sys.modules makes `import dask.distributed` raise ImportError
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    articles = load_articles(_seed_paths()[:1]).articles
    with pytest.raises(UsageError) as err:
        analyse_on_dask(articles, Options(engine="spacy"), "tcp://127.0.0.1:8786")
    assert "pip install 'attribution-tracer[dask]'" in str(err.value)
    assert "\n" not in str(err.value)


def test_cli_dask_without_dask_installed_exits_with_the_install_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from attribution.cli import main

    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    code = main(["report", "--engine", "spacy", "--dask", "tcp://127.0.0.1:8786", "-q", _seed_paths()[0]])
    assert code == 2
    assert "attribution-tracer[dask]" in capsys.readouterr().err


def test_unreachable_scheduler_is_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from attribution import executor, scale
    from attribution.ingest import load_articles
    from attribution.pipeline import Options

    monkeypatch.setattr(executor, "CONNECT_TIMEOUT", "1s")  # the Dask client helpers live in executor
    articles = load_articles(_seed_paths()[:1]).articles
    with pytest.raises(AttributionError, match="could not connect to the Dask scheduler at tcp://127.0.0.1:9"):
        scale.analyse_on_dask(articles, Options(engine="spacy"), "tcp://127.0.0.1:9")


def test_analyse_in_pool_gives_the_local_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution.ingest import load_articles
    from attribution.pipeline import Options, reduce, run
    from attribution.scale import analyse_in_pool

    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path))  # cold: the pool workers parse
    local = run(_seed_paths(), Options(engine="spacy", cache=False))
    articles = load_articles(_seed_paths()).articles
    analyses = analyse_in_pool(articles, Options(engine="spacy"), workers=2)
    assert [a.article.id for a in analyses] == [a.id for a in articles]
    assert reduce(analyses).to_json() == local.to_json()
    assert any(tmp_path.rglob("*.json.z"))  # the workers wrote the annotation cache
