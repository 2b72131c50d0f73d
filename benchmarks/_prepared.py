"""Prepared inputs for the benchmarks, built once and reused: corpus folders, parses, per-article analyses.

The cross-article benchmark times ONLY the reduce step on up to 10,000 articles; parsing 10,000
articles cold (~15 minutes on one core) every time would make it useless. So the parses are kept in
shards under ``benchmarks/.cache/`` (git-ignored):

* ``corpus-<n>-s<seed>/``          the synthetic corpus written by ``benchmarks/corpus.py`` (+ manifest.csv)
* ``docs-<n>-s<seed>/NNNN.jsonl.z`` ``Document.to_dict()`` rows, 500 articles a shard, keyed by article id and
                                    a hash of text + blocks (a stale shard is rebuilt)
* ``analyses-<n>-s<seed>/NNNN.jsonl.z`` ``ArticleAnalysis`` entries, one per docs shard, as the product's
                                    analysis cache writes them (JSON, validated on read: nothing read here can run
                                    code), keyed by the package's source hash (so a changed extractor is re-run)

These shards deliberately do not use the product's annotation cache, whose key includes a hash of
the NLP code: while the code changes, the product must re-parse; a timing of the reduce step must not.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("ATTRIBUTION_BENCH_CACHE", ROOT / "benchmarks" / ".cache"))
SHARD = 500


def _atomic(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as handle:
        handle.write(blob)
    os.replace(tmp, path)


def corpus_dir(n: int, seed: int = 0) -> Path:
    """A folder with ``n`` synthetic articles and manifest.csv; written on first use."""
    out = CACHE / f"corpus-{n}-s{seed}"
    done = out / ".complete"
    if not done.exists():
        from benchmarks.corpus import write_corpus

        write_corpus(out, n, seed)
        done.write_text("ok\n")
    return out


def ingest_corpus(n: int, seed: int = 0) -> list[Any]:
    """The corpus through the product's ingest stage (manifest gives outlets), sorted by id."""
    from attribution.ingest import load_articles

    result = load_articles([], corpus_dir(n, seed) / "manifest.csv")
    if result.failures:
        raise SystemExit(f"error: ingest failed on the benchmark corpus: {result.failures[0]}")
    return sorted(result.articles, key=lambda a: a.id)


def _article_hash(article: Any) -> str:
    h = hashlib.sha256(article.text.encode("utf-8", "surrogatepass"))
    h.update(json.dumps([[b.start, b.end, b.kind] for b in article.blocks]).encode())
    return h.hexdigest()[:32]


def _shards(items: Sequence[Any]) -> Iterator[tuple[int, Sequence[Any]]]:
    for k, lo in enumerate(range(0, len(items), SHARD)):
        yield k, items[lo : lo + SHARD]


def docs_dir(n: int, seed: int = 0) -> Path:
    return CACHE / f"docs-{n}-s{seed}"


def _read_doc_shard(path: Path, group: Sequence[Any]) -> list[dict[str, Any]] | None:
    try:
        rows = json.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, zlib.error):
        return None
    if [r["id"] for r in rows] != [a.id for a in group] or any(
        r["sha"] != _article_hash(a) for r, a in zip(rows, group, strict=True)
    ):
        return None
    return [r["doc"] for r in rows]


def _parse_chunk(group: Sequence[Any], spec: Any) -> list[dict[str, Any]]:
    """A pool task: parse a chunk with this process's engine (loaded once), rows for the shard."""
    from attribution.executor import worker_engine
    from attribution.nlp.annotate import annotate_articles

    engine = worker_engine(spec)
    return [d.to_dict() for d in annotate_articles(group, spec=spec, cache=None, get_engine=lambda: engine)]


def _parse(group: Sequence[Any], workers: int) -> list[dict[str, Any]]:
    """The documents of ``group`` as rows, parsed in ``workers`` processes (the run's own windowed map)."""
    from attribution.executor import Executor, chunked, map_chunks
    from attribution.nlp.annotate import resolve_engine

    spec = resolve_engine("spacy")
    executor = Executor("pool" if workers > 1 else "serial", max(1, workers))
    rows: list[dict[str, Any]] = []
    for _chunk, result in map_chunks(_parse_chunk, chunked(group, max(1, workers)), (spec,), executor):
        if result is None:
            raise SystemExit("error: a parse worker died twice on one chunk; rerun with --workers 1")
        rows.extend(result)
    return rows


def ensure_docs(n: int, seed: int = 0, workers: int = 2, log: bool = True) -> list[Any]:
    """Parse the corpus once (spaCy, no product cache) into shards; return the ingested articles."""
    articles = ingest_corpus(n, seed)
    for k, group in _shards(articles):
        path = docs_dir(n, seed) / f"{k:04d}.jsonl.z"
        if path.exists() and _read_doc_shard(path, group) is not None:
            continue
        docs = _parse(group, workers)
        rows = [{"id": a.id, "sha": _article_hash(a), "doc": d} for a, d in zip(group, docs, strict=True)]
        _atomic(path, zlib.compress(json.dumps(rows).encode(), 1))
        if log:
            print(f"parsed shard {k} ({k * SHARD + len(group)}/{len(articles)} articles)", file=sys.stderr, flush=True)
    return articles


def shard_docs(k: int, group: Sequence[Any], n: int, seed: int = 0) -> list[Any]:
    """Documents of shard ``k`` (whose articles are ``group``), read from its parse shard."""
    from attribution.doc import Document

    rows = _read_doc_shard(docs_dir(n, seed) / f"{k:04d}.jsonl.z", group)
    if rows is None:
        raise SystemExit(f"error: parse shard {k} of docs-{n}-s{seed} is missing or stale; run prepare")
    docs = []
    for article, row in zip(group, rows, strict=True):
        doc = Document.from_dict(row)
        doc.blocks = list(article.blocks)
        docs.append(doc)
    return docs


def code_hash() -> str:
    """Hash of the SHAPE of the per-article outputs: every dataclass of the package and its fields.

    Stored analyses stay usable while rules change (the reduce timing barely depends on them), but
    not once a field is added or renamed: then they are rebuilt. Every module of the package is
    imported first (walked from its folders, ``__main__`` aside), so the value does not depend on what
    the process happened to import before: a stale shard cannot pass as current.
    """
    import dataclasses
    import importlib
    import pkgutil

    import attribution

    modules = sorted(m.name for m in pkgutil.walk_packages(attribution.__path__, "attribution."))
    shapes = []
    for name in ["attribution", *modules]:
        if name.rsplit(".", 1)[-1] == "__main__":
            continue
        module = importlib.import_module(name)
        for attr, obj in sorted(vars(module).items()):
            if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == name:
                shapes.append(f"{name}.{attr}:" + ",".join(f.name for f in dataclasses.fields(obj)))
    return hashlib.sha256("\n".join(shapes).encode()).hexdigest()[:32]


def analyses_dir(n: int, seed: int = 0) -> Path:
    return CACHE / f"analyses-{n}-s{seed}"


def ensure_analyses(n: int, seed: int = 0, workers: int = 2, log: bool = True, parse: bool = True,
                    fresh: bool = False) -> int:
    """Run the per-article stages (extract, resolve_article, mention_candidates) once per shard.

    With ``parse=False`` only shards whose parses already exist are analysed (to overlap with a
    running ``ensure_docs``). Analyses built by older rules are reused while the shape of the data
    is unchanged (see ``code_hash``), unless ``fresh``: rebuilding 10,000 costs ~10 minutes.
    Returns the number of analysed articles available.
    """
    from attribution.analysis_cache import encode_analysis
    from attribution.pipeline import analyse

    if parse:
        ensure_docs(n, seed, workers, log)
    articles = ingest_corpus(n, seed)
    tag = code_hash()
    ready = 0
    for k, group in _shards(articles):
        path = _analyses_shard(n, seed, k)
        if not fresh and _shard_tag(path) == tag:
            ready += len(group)
            continue
        if _read_doc_shard(docs_dir(n, seed) / f"{k:04d}.jsonl.z", group) is None:
            if parse:
                raise SystemExit(f"error: parse shard {k} of docs-{n}-s{seed} is missing")
            break
        analyses = [analyse(a, d) for a, d in zip(group, shard_docs(k, group, n, seed), strict=True)]
        lines = [tag.encode(), *(encode_analysis(tag, a) for a in analyses)]
        _atomic(path, zlib.compress(b"\n".join(lines), 1))
        ready += len(group)
        if log:
            print(f"analysed shard {k}", file=sys.stderr, flush=True)
    return ready


def load_analyses(count: int, n: int, seed: int = 0) -> list[Any]:
    """The first ``count`` per-article analyses of the n-article corpus (only the shards needed)."""
    from attribution.analysis_cache import decode_analysis

    articles = ingest_corpus(n, seed)
    out: list[Any] = []
    for k, group in _shards(articles[:count]):
        tag, *entries = zlib.decompress(_analyses_shard(n, seed, k).read_bytes()).split(b"\n")
        out.extend(decode_analysis(e, tag.decode(), a) for e, a in zip(entries, group, strict=False))
    return out[:count]


def _analyses_shard(n: int, seed: int, k: int) -> Path:
    return analyses_dir(n, seed) / f"{k:04d}.jsonl.z"


def _shard_tag(path: Path) -> str | None:
    """The code hash a shard of analyses was built by; None when it is missing or unreadable."""
    try:
        return zlib.decompress(path.read_bytes()).split(b"\n", 1)[0].decode()
    except (OSError, zlib.error, UnicodeDecodeError):
        return None


def analyses_are_current(count: int, n: int, seed: int = 0) -> bool:
    """Whether the shards used for ``count`` articles were built by the current package code."""
    tag = code_hash()
    return all(_shard_tag(_analyses_shard(n, seed, k)) == tag for k in range(-(-count // SHARD)))
