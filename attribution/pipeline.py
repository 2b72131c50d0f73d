"""The orchestrator: the one place that knows the order of the stages.

    ingest -> annotate (NLP engine, cache) -> extract -> resolve (per article)
           -> [reduce] resolve across articles -> trace (claims, independence,
              conflicts, signals) -> report

The per-article stages (``analyse``) are pure functions of one article and its
parse, so they can be mapped over processes or a Dask cluster; the cross-article
stage (``reduce``) combines their outputs. Everything else in the package is a
stage function this module calls.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from . import __version__
from .analysis_cache import AnalysisCache, split_cached
from .article import ArticleInput, Note
from .doc import Document
from .errors import InputError, UsageError
from .extraction import extract_attributions
from .extraction.combine import model_ready, with_model
from .extraction.types import RawAttribution
from .ingest import IngestResult, load_articles
from .models import ArticleResult, Attribution, Diagnostic, Extraction, Failure, Report, Span
from .resolve import ArticleSources, Resolution, resolve_article, resolve_corpus
from .tracing import ArticleCandidates, build_claims, mention_candidates, specify_generic_sources

PathLike = str | os.PathLike[str]
Progress = Callable[[int, int], None]


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
    #: the level origins are counted at: "body" (default) or "institution" (every body of one state is one)
    independence: str = "body"


#: The levels origins can be counted at (Options.independence, ``--independence``).
INDEPENDENCE_LEVELS = ("body", "institution")


@dataclass(slots=True)
class ArticleAnalysis:
    """Output of the per-article stages: small, picklable, all the reduce step needs."""

    article: ArticleInput
    raws: list[RawAttribution]
    sources: ArticleSources
    candidates: ArticleCandidates
    notes: list[Note] = field(default_factory=list)
    engine: str = ""
    model: str = ""
    version: str = ""


# -- stage 1: ingest ------------------------------------------------------------
def ingest(inputs: Sequence[PathLike | ArticleInput], options: Options) -> IngestResult:
    """Read paths (files, folders, globs, manifest) and pass ArticleInputs through."""
    given = [a for a in inputs if isinstance(a, ArticleInput)]
    paths = [p for p in inputs if not isinstance(p, ArticleInput)]
    if paths or options.manifest is not None:
        kwargs: dict[str, Any] = {"encoding": options.encoding}
        if options.max_bytes is not None:
            kwargs["max_bytes"] = options.max_bytes
        result = load_articles(paths, options.manifest, **kwargs)
    else:
        result = IngestResult(articles=[], failures=[], warnings=[])
    if given:
        _refuse_duplicate_ids([*result.articles, *given])
        result.articles = sorted([*result.articles, *given], key=lambda a: a.id)
    return result


def _refuse_duplicate_ids(articles: Sequence[ArticleInput]) -> None:
    """Two inputs with one article id would be one article in every chain: an error naming both."""
    seen: dict[str, ArticleInput] = {}
    for a in articles:
        first = seen.setdefault(a.id, a)
        if first is not a:
            one = first.path or "an ArticleInput"
            two = a.path or "an ArticleInput"
            raise InputError(
                f"two inputs have the article id {a.id!r} ({one} and {two}): give each article its own id",
            )


# -- stage 2: annotate ----------------------------------------------------------
def annotate(articles: Sequence[ArticleInput], options: Options) -> Iterator[Document]:
    """Parse articles (through the annotation cache) in input order, streaming."""
    from .nlp.annotate import annotate_articles

    yield from annotate_articles(
        articles,
        engine=options.engine,
        model=options.model,
        use_cache=options.cache,
        cache_dir=options.cache_dir,
        workers=options.workers,
    )


# -- stage 3: per-article analysis (extract, resolve locally, claim candidates) --
def analyse(article: ArticleInput, doc: Document) -> ArticleAnalysis:
    raws, notes = extract_attributions(doc)
    raws = with_model(doc, raws)  # the trained model's proposals merged with the rules' (combine.py)
    local = resolve_article(doc, raws, article)
    candidates = mention_candidates(doc, raws, article)
    specified = specify_generic_sources(raws, local, candidates)
    return ArticleAnalysis(
        article=article,
        raws=raws,
        sources=local,
        candidates=candidates,
        notes=[*article.notes, *notes, *specified],
        engine=doc.engine,
        model=doc.model,
        version=doc.version,
    )


# -- stage 4: reduce across articles --------------------------------------------
def _article_result(index: int, a: ArticleAnalysis, resolution: Resolution) -> ArticleResult:
    art = a.article
    text = art.text
    atts: list[Attribution] = []
    for n, raw in enumerate(a.raws):
        src_local = a.sources.attribution_sources[n]
        atts.append(
            Attribution(
                id=f"{art.id}:a{n + 1}",
                kind=raw.kind,
                source=Span(text=raw.source.text, start=raw.source.start, end=raw.source.end) if raw.source else None,
                source_id=resolution.source_id(index, src_local) if src_local is not None else None,
                cue=Span(text=text[raw.cue[0] : raw.cue[1]], start=raw.cue[0], end=raw.cue[1]),
                content=[Span(text=text[s:e], start=s, end=e) for s, e in raw.content],
                parent=f"{art.id}:a{raw.parent + 1}" if raw.parent is not None else None,
                via=[resolution.source_id(index, v) for v in a.sources.attribution_via[n]],
                hedged=bool(raw.hedges),
                hedges=list(raw.hedges),
                direct=raw.direct,
                sentence=raw.sentence,
                rule=raw.rule or None,
                by=raw.by or (f"rule:{raw.rule}" if raw.rule else ""),
                act=raw.act,
            )
        )
    outlet_id = resolution.outlet_id(index)
    return ArticleResult(
        id=art.id,
        path=art.path,
        outlet=art.outlet,
        outlet_source=outlet_id,
        title=art.title,
        published=art.published,
        url=art.url,
        outlet_evidence=art.outlet_evidence,
        display_outlet=art.display_outlet,
        attributions=atts,
        diagnostics=[Diagnostic(code=x.code, message=x.message, start=x.start, end=x.end) for x in a.notes],
    )


def reduce(
    analyses: Sequence[ArticleAnalysis],
    failures: Sequence[Failure] = (),
    warnings: Sequence[str] = (),
    *,
    claims: bool = True,
    independence: str = "body",
) -> Report:
    """Cross-article stage: one name per source, then claims, independence, conflicts, signals."""
    analyses = sorted(analyses, key=lambda a: a.article.id)
    resolution = resolve_corpus([a.sources for a in analyses])
    articles = [_article_result(i, a, resolution) for i, a in enumerate(analyses)]
    traced, dependencies = build_claims(
        articles, [a.candidates for a in analyses], resolution, independence=independence
    ) if claims else ([], {})
    engine, model, version = _engine_identity(analyses)
    # a source every mention of which was re-pointed (trace.specify) is named by nothing: not listed
    used = {a.outlet_source for a in articles} | {
        sid for a in articles for att in a.attributions for sid in (att.source_id, *att.via)
    }
    # and the bodies and institutions those sources speak for
    used |= {sid for s in resolution.sources if s.id in used for sid in s.affiliation_path}
    return Report(
        engine=engine,
        model=model,
        version=version,
        articles=articles,
        sources=[s for s in resolution.sources if s.id in used],
        failures=sorted(failures, key=lambda f: f.path),
        warnings=sorted(warnings),
        claims=traced,
        dependencies=dependencies,
    )


def _engine_identity(analyses: Sequence[ArticleAnalysis]) -> tuple[str, str, str]:
    seen = sorted({(a.engine, a.model, a.version) for a in analyses})
    if not seen:
        return "none", "none", __version__
    if len(seen) == 1:
        return seen[0]
    return tuple("+".join(sorted({s[k] for s in seen})) for k in range(3))  # type: ignore[return-value]


# -- the public entry points ------------------------------------------------------
def run(
    inputs: Sequence[PathLike | ArticleInput] | PathLike | ArticleInput,
    options: Options | None = None,
    progress: Progress | None = None,
    *,
    claims: bool = True,
) -> Report:
    """Ingest, analyse every article, reduce: the whole job, streaming documents.

    With ``claims=False`` the cross-article claim tracing is skipped (the extract job).
    """
    options = options or Options()
    if options.independence not in INDEPENDENCE_LEVELS:
        raise UsageError(
            f"independence level {options.independence!r} is not one of {', '.join(INDEPENDENCE_LEVELS)}: "
            "give body or institution"
        )
    if isinstance(inputs, (str, os.PathLike, ArticleInput)):
        inputs = [inputs]
    ingested = ingest(list(inputs), options)
    failures = [Failure(path=f.path, message=f.message) for f in ingested.failures]
    if not ingested.articles:
        if failures:
            raise InputError(failures[0].message, path=failures[0].path)
        raise InputError("no articles found: give .txt, .html, .json or .jsonl files, a folder, or --manifest")
    articles = ingested.articles
    if options.dask:
        from .scale import _import_client

        _import_client()  # a missing dask extra is a usage error even when every article is cached
    cache = _analysis_cache(options)
    keys = [cache.key(a) for a in articles] if cache is not None else None
    report_key = None
    if cache is not None and keys is not None:
        # unchanged inputs and code: the whole report is reused (the reduce is deterministic)
        details = [claims, [[f.path, f.message] for f in failures], sorted(ingested.warnings), options.independence]
        report_key = cache.report_key(keys, details)
        cached = cache.get_report(report_key)
        if cached is not None:
            return cast(Report, cached)
    hits, misses = split_cached(articles, cache, keys)
    analyses = list(hits.values())
    todo = [articles[n] for n in misses]
    failed_before = len(failures)
    if todo:
        if progress:
            progress(0, len(todo))  # a progress bar shows from the start, not after the first parse
        model_ready()  # a missing or damaged attribution model stops the run with one line, before any work
        for analysis in _analyse_misses(todo, options, progress, failures):
            analyses.append(analysis)
            if cache is not None:
                cache.put(analysis)
    report = reduce(analyses, failures, ingested.warnings, claims=claims, independence=options.independence)
    if cache is not None and report_key is not None and len(failures) == failed_before:
        cache.put_report(report_key, report)
    return report


def _analysis_cache(options: Options) -> AnalysisCache | None:
    """The per-article analysis cache, or None when caching is off."""
    if not options.cache:
        return None
    from .nlp.annotate import default_cache_dir, resolve_engine

    return AnalysisCache(options.cache_dir or default_cache_dir(), resolve_engine(options.engine, options.model))


def _analyse_misses(
    articles: Sequence[ArticleInput], options: Options, progress: Progress | None, failures: list[Failure]
) -> Iterable[ArticleAnalysis]:
    """Analyse articles the cache did not have: on Dask, in a local process pool, or here, streaming."""
    if options.dask:
        from .scale import analyse_on_dask

        return analyse_on_dask(articles, options, options.dask, failures=failures, progress=progress)
    if options.workers > 1:
        from .scale import analyse_in_pool

        return analyse_in_pool(articles, options, options.workers, failures=failures, progress=progress)
    return _analyse_all(articles, options, progress, failures)


def _analyse_all(
    articles: Sequence[ArticleInput], options: Options, progress: Progress | None, failures: list[Failure]
) -> Iterable[ArticleAnalysis]:
    total = len(articles)
    for n, (article, doc) in enumerate(zip(articles, annotate(articles, options), strict=True), 1):
        try:
            yield analyse(article, doc)
        except Exception as exc:  # a bug of ours on one odd article must not sink the batch
            failures.append(
                Failure(
                    path=article.path or article.id,
                    message=f"internal error while analysing this article ({type(exc).__name__}: {exc}); "
                    "the other articles were processed; please report it",
                )
            )
        if progress:
            progress(n, total)


def trace(
    inputs: Sequence[PathLike | ArticleInput] | PathLike | ArticleInput,
    *,
    engine: str = "auto",
    model: str | None = None,
    manifest: PathLike | None = None,
    cache: bool = True,
    cache_dir: PathLike | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Report:
    """Trace paths or ArticleInputs to a :class:`~attribution.models.Report`.

    ``inputs``: files, folders, globs or :class:`ArticleInput` (one or a list). Keyword options:
    ``engine`` ("auto" | "spacy" | "stanza"), ``model`` (a spaCy pipeline package), ``manifest``
    (CSV/JSON of outlet, url, published, title per file), ``cache`` (False: neither read nor write
    the caches), ``cache_dir`` (default: the user cache folder), ``workers`` (processes for the
    per-article stages), ``progress`` (called as ``progress(done, total)`` after each analysed
    article), ``encoding`` (decode text files with it instead of UTF-8), ``max_bytes`` (refuse
    larger files). The report offers ``to_markdown()``, ``to_html()``, ``to_json()``,
    ``claim(id)``, ``source(id)`` and ``chain_names(chain)``.
    """
    options = _library_options(engine, model, manifest, cache, cache_dir, workers, encoding, max_bytes)
    return run(inputs, options, progress)


def extract(
    inputs: Sequence[PathLike | ArticleInput] | PathLike | ArticleInput,
    *,
    engine: str = "auto",
    model: str | None = None,
    manifest: PathLike | None = None,
    cache: bool = True,
    cache_dir: PathLike | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Extraction:
    """Attributions and sources only (the extract contract); the same options as :func:`trace`."""
    options = _library_options(engine, model, manifest, cache, cache_dir, workers, encoding, max_bytes)
    report = run(inputs, options, progress, claims=False)
    return Extraction.model_validate(report.model_dump(exclude={"claims", "dependencies"}))


def _library_options(
    engine: str,
    model: str | None,
    manifest: PathLike | None,
    cache: bool,
    cache_dir: PathLike | None,
    workers: int,
    encoding: str | None,
    max_bytes: int | None,
) -> Options:
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise UsageError(f"workers must be a whole number of at least 1, not {workers!r}")
    return Options(
        engine=engine,
        model=model,
        manifest=manifest,
        cache=cache,
        cache_dir=os.fspath(cache_dir) if cache_dir is not None else None,
        workers=workers,
        encoding=encoding,
        max_bytes=max_bytes,
    )
