"""The per-article analysis cache: warm re-runs skip parsing and analysis, damage is rebuilt."""

from __future__ import annotations

import pickle
import zlib
from pathlib import Path

import pytest

import attribution.pipeline as pipeline
from attribution.analysis_cache import MAGIC, AnalysisCache
from attribution.pipeline import Options, run

TEXT = (
    "The harbour authority said on Monday that 40 containers fell into the sea during the storm.\n\n"
    "According to the coast guard, two crew members were injured.\n"
)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    return d


@pytest.fixture()
def options(tmp_path: Path) -> Options:
    return Options(engine="spacy", cache_dir=str(tmp_path / "cache"))


def _count_analyses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = pipeline.analyse

    def spy(article, doc):
        seen.append(article.id)
        return real(article, doc)

    monkeypatch.setattr(pipeline, "analyse", spy)
    return seen


def _entries(options: Options) -> list[Path]:
    return sorted(Path(options.cache_dir or "").glob("analyses-v2/*/*.json.z"))


def test_a_warm_rerun_analyses_nothing_and_gives_the_same_report(folder, options, monkeypatch):
    first = run([str(folder)], options)
    seen = _count_analyses(monkeypatch)
    second = run([str(folder)], options)
    assert seen == []
    assert second.to_json() == first.to_json()


def _drop_reports(options: Options) -> None:
    for p in Path(options.cache_dir or "").glob("reports-v2/*/*.json.z"):
        p.unlink()


def test_a_new_article_is_the_only_one_analysed(folder, options, monkeypatch):
    run([str(folder)], options)
    (folder / "b.txt").write_text("The mayor said the bridge would reopen in May.\n", encoding="utf-8")
    seen = _count_analyses(monkeypatch)
    run([str(folder)], options)
    assert seen == ["b.txt"]


def test_no_cache_option_neither_reads_nor_writes_analyses(folder, options, monkeypatch):
    options.cache = False
    run([str(folder)], options)
    assert _entries(options) == []


def test_a_damaged_entry_is_ignored_and_rebuilt(folder, options, monkeypatch):
    first = run([str(folder)], options)
    (entry,) = _entries(options)
    entry.write_bytes(entry.read_bytes()[:40])
    _drop_reports(options)  # else the whole cached report answers before any analysis is read
    seen = _count_analyses(monkeypatch)
    again = run([str(folder)], options)
    assert seen == ["a.txt"]
    assert again.to_json() == first.to_json()
    assert len(entry.read_bytes()) > 40


def test_an_entry_that_would_run_code_is_rejected(folder, options, tmp_path, monkeypatch):
    run([str(folder)], options)
    (entry,) = _entries(options)
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    payload = zlib.compress(pickle.dumps(("key", Evil())))
    import hashlib

    entry.write_bytes(MAGIC + hashlib.sha256(payload).digest() + payload)
    _drop_reports(options)
    seen = _count_analyses(monkeypatch)
    run([str(folder)], options)
    assert not marker.exists()
    assert seen == ["a.txt"]


def test_changed_code_means_a_different_key(folder, options, monkeypatch):
    from attribution import analysis_cache
    from attribution.ingest import load_articles
    from attribution.nlp.annotate import resolve_engine

    article = load_articles([str(folder)]).articles[0]
    cache = AnalysisCache(options.cache_dir or "", resolve_engine("spacy"))
    before = cache.key(article)
    monkeypatch.setattr(analysis_cache, "_code_fingerprint", lambda: "other code")
    assert cache.key(article) != before


def _report_entries(options: Options) -> list[Path]:
    return sorted(Path(options.cache_dir or "").glob("reports-v2/*/*.json.z"))


def test_an_unchanged_rerun_reuses_the_whole_report(folder, options, monkeypatch):
    first = run([str(folder)], options)
    calls: list[int] = []
    real = pipeline.reduce
    monkeypatch.setattr(pipeline, "reduce", lambda *a, **k: calls.append(1) or real(*a, **k))
    again = run([str(folder)], options)
    assert calls == []
    assert again.to_json() == first.to_json() and again.to_markdown() == first.to_markdown()


def test_a_damaged_report_entry_is_rebuilt(folder, options):
    first = run([str(folder)], options)
    (entry,) = _report_entries(options)
    entry.write_bytes(b"garbage")
    assert run([str(folder)], options).to_json() == first.to_json()
    assert entry.read_bytes() != b"garbage"


def test_extract_and_report_runs_do_not_share_a_cached_report(folder, options):
    report = run([str(folder)], options)
    extraction = run([str(folder)], options, claims=False)
    assert report.claims and not extraction.claims
    assert len(_report_entries(options)) == 2
