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

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, contextmanager, nullcontext
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from . import __version__
from .analysis import ArticleAnalysis, compact
from .analysis_cache import AnalysisCache, split_cached
from .article import ArticleInput
from .cachefs import TEMP_SUBDIR, sweep_temp
from .doc import Document
from .errors import InputError, UsageError
from .executor import (
    LOST_WORKER,
    Executor,
    chunked,
    client_threads,
    connect,
    engine_lock,
    import_client,
    map_chunks,
    worker_engine,
)
from .extraction import extract_attributions
from .extraction.boundaries import conform
from .extraction.combine import model_input, model_ready, with_model
from .extraction.speech_acts import nest_same_acts
from .ingest import IngestResult, load_articles
from .learned.claims import claim_view
from .limits import bound_article, bound_document, bound_raws
from .models import ArticleResult, Attribution, Diagnostic, Extraction, Failure, Report, Span
from .nlp.annotate import AnnotationCache, EngineSpec
from .plan import Options, Plan, make_plan
from .resolve import Resolution, resolve_article, resolve_corpus
from .tracing import ArticleCandidates, build_claims, mention_candidates, specify_generic_sources

PathLike = str | os.PathLike[str]
Progress = Callable[[int, int], None]
INTERNAL_ERROR = (
    "internal error while analysing this article ({kind}: {detail}); "
    "the other articles were processed; please report it"
)

#: The levels origins can be counted at (Options.independence, ``--independence``).
INDEPENDENCE_LEVELS = ("body", "institution")


# -- stage 1: ingest ------------------------------------------------------------
def ingest(inputs: Sequence[PathLike | ArticleInput], options: Options) -> IngestResult:
    """Read paths (files, folders, globs, manifest) and pass ArticleInputs through."""
    given = [a for a in inputs if isinstance(a, ArticleInput)]
    paths = [p for p in inputs if not isinstance(p, ArticleInput)]
    if paths or options.manifest is not None:
        kwargs: dict[str, Any] = {"encoding": options.encoding}
        if options.max_bytes is not None:
            kwargs["max_bytes"] = options.max_bytes
        if options.manifest_outside:
            kwargs["manifest_outside"] = True
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
def annotate(articles: Sequence[ArticleInput], options: Options | Plan) -> Iterator[Document]:
    """Parse articles (through the annotation cache) in input order, streaming."""
    from .nlp.annotate import annotate_articles

    plan = options if isinstance(options, Plan) else make_plan(options)
    cache = AnnotationCache(plan.cache_dir) if plan.cache_dir is not None else None
    yield from annotate_articles(articles, spec=plan.spec, cache=cache)


# -- stage 3: per-article analysis (extract, resolve locally, claim candidates) --
def analyse(article: ArticleInput, doc: Document) -> ArticleAnalysis:
    """Extract, resolve locally and build claim candidates, within the per-article bounds (``limits``)."""
    doc, cut = bound_document(doc)
    raws, notes = extract_attributions(doc)
    raws = with_model(doc, raws)  # the trained model's proposals merged with the rules' (combine.py)
    raws, trimmed = bound_raws(raws)
    traced = claim_view(doc, raws)  # what resolution and tracing follow: attributions that make claims
    local = resolve_article(doc, traced, article)
    candidates = mention_candidates(doc, traced, article)
    specified = specify_generic_sources(traced, local, candidates)
    conform(doc, raws)  # the extract's span edges as PolNeAR's guidelines draw them (after resolution read them)
    nest_same_acts(doc.text, raws)  # one outermost attribution per speech act, as the extract shows it
    return ArticleAnalysis(
        article=article,
        raws=raws,
        sources=local,
        candidates=candidates,
        notes=[*article.notes, *cut, *notes, *trimmed, *specified],
        engine=doc.engine,
        model=doc.model,
        version=doc.version,
    )


@lru_cache(maxsize=8)
def _task_cache(use_cache: bool, cache_dir: str | None) -> AnnotationCache | None:
    """The annotation cache a task uses (checked once per process); None when off or unusable."""
    if not use_cache:
        return None
    from .nlp.annotate import default_cache_dir

    cache = AnnotationCache(cache_dir or default_cache_dir())
    return cache if cache.problem() is None else None


def analyse_chunk(
    articles: Sequence[ArticleInput], spec: EngineSpec, use_cache: bool, cache_dir: str | None
) -> list[ArticleAnalysis | str]:
    """The per-article stages for a chunk (annotate, then ``analyse``): an analysis, or an error message.

    The task every executor runs (in this process, a pool worker or a Dask worker): the engine is
    loaded once per process. A bug of ours on one odd article becomes its message (reported as a
    failure) instead of sinking the chunk.
    """
    from .nlp.annotate import annotate_articles

    def engine() -> Any:
        return worker_engine(spec)

    cache = _task_cache(use_cache, cache_dir)
    bounded = [bound_article(a) for a in articles]  # an over-long article: only its first part is parsed
    with engine_lock():  # one parse at a time per process: spaCy/stanza objects are not thread-safe
        docs = list(annotate_articles(bounded, spec=spec, cache=cache, get_engine=engine))
    out: list[ArticleAnalysis | str] = []
    with _model_batch(docs):
        for article, short, doc in zip(articles, bounded, docs, strict=True):
            try:
                analysis = analyse(short, doc)
                analysis.article = article  # the caller's article (its cache key); the cut is in the notes
                out.append(analysis)
            except Exception as exc:
                out.append(INTERNAL_ERROR.format(kind=type(exc).__name__, detail=exc))
    return out


def _model_batch(docs: Sequence[Document]) -> AbstractContextManager[None]:
    """The attribution model run once over the story blocks of the whole chunk (``with_model`` inside
    ``analyse`` takes its proposals from there: one ``nlp.pipe`` per chunk instead of one per article).
    Should the batch fail, each article runs the model alone and a failure stays that article's."""
    from .learned.model import batched

    try:
        return batched([model_input(d) for d in docs])
    except Exception:
        return nullcontext()


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
                claim=raw.claim,
                bounds=list(raw.bounds),
                steps=list(raw.steps),
                same_act=raw.same_act,
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
    return _reduce(list(analyses), failures, warnings, claims=claims, independence=independence)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for the reduce (restored as it was after): the reduce makes millions of
    objects that live until its end, and each pass of the collector walks them all again (~15% of the reduce's
    time); what it builds holds few reference cycles (the peak memory is the same with the collector paused)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@_no_cycle_collection()
def _reduce(
    analyses: list[ArticleAnalysis | None],
    failures: Sequence[Failure],
    warnings: Sequence[str],
    *,
    claims: bool,
    independence: str,
) -> Report:
    """``reduce`` over a list it owns: each analysis is let go of once its article's result is built
    (only its claim candidates are kept for the claims), so the analyses and the report are not all
    held at once (at 100,000 articles, a few hundred MB); the cycle collector is paused while it runs."""
    analyses.sort(key=lambda a: a.article.id if a is not None else "")
    present = cast(list[ArticleAnalysis], analyses)
    engine, model, version = _engine_identity(present)
    resolution = resolve_corpus([a.sources for a in present])
    articles: list[ArticleResult] = []
    candidates: list[ArticleCandidates] = []
    for i, a in enumerate(present):
        articles.append(_article_result(i, a, resolution))
        candidates.append(a.candidates)
        analyses[i] = None
    traced, dependencies = (
        build_claims(articles, candidates, resolution, independence=independence) if claims else ([], {})
    )
    del candidates
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
    options: Options | Plan | None = None,
    progress: Progress | None = None,
    *,
    claims: bool = True,
    client: Any = None,
) -> Report:
    """Ingest, analyse every article, reduce: the whole job, streaming documents.

    ``options`` are resolved once into a ``Plan`` (engine, caches, executor) unless a plan is given.
    With ``claims=False`` the cross-article claim tracing is skipped (the extract job).
    """
    plan = options if isinstance(options, Plan) else make_plan(options or Options())
    if plan.options.independence not in INDEPENDENCE_LEVELS:
        raise UsageError(
            f"independence level {plan.options.independence!r} is not one of {', '.join(INDEPENDENCE_LEVELS)}: "
            "give body or institution"
        )
    ingested = ingest(_checked_inputs(inputs), plan.options)
    failures = [Failure(path=f.path, message=f.message) for f in ingested.failures]
    if not ingested.articles:
        if failures:
            raise InputError(failures[0].message, path=failures[0].path)
        raise InputError("no articles found: give .txt, .html, .json or .jsonl files, a folder, or --manifest")
    articles = ingested.articles
    if plan.executor.kind == "dask" and client is None:
        import_client()  # a missing dask extra is a usage error even when every article is cached
    cache = AnalysisCache(plan.cache_dir, plan.spec, plan.aliases) if plan.cache_dir is not None else None
    if plan.cache_dir is not None:  # leftovers of writers killed in an earlier run (cachefs.sweep_temp)
        sweep_temp(Path(plan.cache_dir) / TEMP_SUBDIR)
    keys = [cache.key(a) for a in articles] if cache is not None else None
    report_key = None
    if cache is not None and keys is not None:
        # unchanged inputs and code: the whole report is reused (the reduce is deterministic)
        failed = [[f.path, f.message] for f in failures]
        details = [claims, failed, sorted(ingested.warnings), plan.options.independence]
        report_key = cache.report_key(keys, details)
        cached = cache.get_report(report_key)
        if cached is not None:
            return cast(Report, cached)
    hits, misses = split_cached(articles, cache, keys)
    analyses = [compact(a) for a in hits.values()]
    todo = [articles[n] for n in misses]
    failed_before = len(failures)
    if todo:
        if progress:
            progress(0, len(todo))  # a progress bar shows from the start, not after the first parse
        model_ready()  # a missing or damaged attribution model stops the run with one line, before any work
        data_ready(claims=claims)  # so does a missing or damaged shipped data file (not one error per article)
        # each article's key is already known (hashing its text again cost ~5% of a tiny article)
        key_of = {articles[n].id: keys[n] for n in misses} if keys is not None else {}
        for analysis in analyse_many(todo, plan, failures, progress, client=client):
            if cache is not None:
                cache.put(analysis, key_of.get(analysis.article.id))
            analyses.append(compact(analysis))
    del hits  # the list is the only holder of the analyses: the reduce lets each go once it is used
    report = _reduce(
        cast(list[ArticleAnalysis | None], analyses), failures, ingested.warnings,
        claims=claims, independence=plan.options.independence,
    )
    del analyses
    if cache is not None and report_key is not None and len(failures) == failed_before:
        cache.put_report(report_key, report)
    if plan.cache_dir is not None and todo:  # and of the pool workers that died in this one
        sweep_temp(Path(plan.cache_dir) / TEMP_SUBDIR)
    return report


def _checked_inputs(inputs: object) -> list[PathLike | ArticleInput]:
    """The inputs as a list, or a ``UsageError`` saying what to pass (never a bare ``TypeError`` from deep
    in ingest: ``trace(None)``, ``trace(123)`` or a bytes path would give "'int' object is not iterable")."""
    if isinstance(inputs, (str, os.PathLike, ArticleInput)):
        return [inputs]
    if isinstance(inputs, (bytes, bytearray)) or not isinstance(inputs, Iterable):
        raise UsageError(
            f"inputs must be a path, an ArticleInput or a list of them, not {type(inputs).__name__}: "
            "pass e.g. ['articles/']"
        )
    items = list(inputs)
    for item in items:
        if not isinstance(item, (str, os.PathLike, ArticleInput)):
            raise UsageError(
                f"input {str(item)[:60]!r} is a {type(item).__name__}, not a path or an ArticleInput: "
                "pass file and folder paths as str (or pathlib.Path), or ArticleInput objects"
            )
    return items


def data_ready(*, claims: bool) -> None:
    """Read the data files shipped with the package that the stages need (each is read once and kept):
    a missing or damaged one raises ``PackageDataError`` naming it and the reinstall command, here in
    the parent, instead of every article failing alike in the workers."""
    from .tracing.data import load_parties

    load_parties()
    if claims:
        from .tracing.confirmation import default_gate

        default_gate()


def analyse_many(
    articles: Sequence[ArticleInput],
    plan: Plan,
    failures: list[Failure] | None,
    progress: Progress | None = None,
    *,
    client: Any = None,
) -> Iterator[ArticleAnalysis]:
    """The per-article stages over ``articles`` on the plan's executor; analyses in input order, streaming.

    Articles whose analysis failed (a bug of ours, a worker lost twice) are left out and added to
    ``failures``; without a ``failures`` list the first such error is raised.
    """
    if not articles:
        return
    executor = plan.executor
    own_client = None
    if executor.kind == "dask" and client is None:
        client = own_client = connect(executor.address or "")
    try:
        threads = executor.workers
        if executor.kind == "dask":
            threads = client_threads(client)
            executor = Executor("dask", threads, executor.address)
        chunks = chunked(articles, threads)
        args = (plan.spec, *plan.task_cache)
        done, total = 0, len(articles)
        with closing(map_chunks(analyse_chunk, chunks, args, executor, client)) as results:
            for chunk, result in results:
                for n, article in enumerate(chunk):
                    item = result[n] if result is not None else LOST_WORKER
                    if isinstance(item, str):
                        if failures is None:
                            from .errors import AttributionError

                            raise AttributionError(item, path=article.path or article.id)
                        failures.append(Failure(path=article.path or article.id, message=item))
                    else:
                        yield item
                done += len(chunk)
                if progress:
                    progress(done, total)
    finally:
        if own_client is not None:
            own_client.close()


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
