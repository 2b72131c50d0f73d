"""Resolution inside one article: build the state, run the sieves per phrase, finish.

Every source and intermediary phrase, in text order, is read (``READINGS``) and then asked of the
``SIEVES`` of ``resolve/sieves.py`` in their declared order; the first sieve that answers decides which entry
of the article's source table the phrase takes. The table records the sieve that created or joined each
name (``LocalSource.joined_by``) and the result lists every rule that fired per phrase
(``ArticleSources.fired``). Pure and per article: the result is small and picklable.
"""

from __future__ import annotations

from ..article import ArticleInput
from ..doc import Document
from ..extraction.types import RawAttribution, SourceMention
from ..rules import Rule
from .aliases import AliasDB, default_aliases
from .local import ArticleSources
from .reports import with_unnamed_reports
from .sieves import DEFERRED, NARRATED, READINGS, SIEVES, enter_voices, member_speaks_as_body, settle_deferred
from .state import Phrase, ResolveState, build_state
from .text import mention_words


def _read(st: ResolveState, start: int, n: int, v: int, m: SourceMention) -> Phrase:
    """The phrase read: its words, apposition, and what each reading rule made of it."""
    words, appos = mention_words(st.doc, m)
    ph = Phrase(start, n, v, m, words, appos, st.read(words, appos))
    for reading in READINGS:
        got = reading.fn(st, ph)
        if got is not None:
            ph.info = got
            st.result.fired.append((n, v, reading.name))
    return ph


def _resolve_phrase(st: ResolveState, start: int, n: int, v: int, m: SourceMention) -> None:
    """One phrase: the same words as a phrase before take its source; otherwise the first sieve that answers."""
    key = (m.start, m.end, m.name or "")
    if key in st.done:
        st.assigned[(n, v)] = st.done[key]
        if v < 0 and st.cites_report(n):
            st.reporters.add(st.done[key])
        return
    ph = _read(st, start, n, v, m)

    def watch(sieve: Rule) -> None:
        st.table.rule = sieve.name

    fired = SIEVES.first_watched(watch, st, ph)
    assert fired is not None, "the last sieve answers for every phrase"
    st.result.fired.append((n, v, fired.rule))
    if fired.value == NARRATED:
        # the chain's first link is the outlet already, so the attribution names no further source
        st.narrated.add((n, v))
        st.assigned[(n, v)] = st.result.display_outlet
        return
    if fired.value == DEFERRED:
        return
    idx: int = fired.value
    st.done[key] = st.assigned[(n, v)] = idx
    if v < 0 and st.cites_report(n):
        st.reporters.add(idx)
    st.seen(start, idx, m.start_token, m.end_token, ph.voiced)


def _record_attribution(st: ResolveState, n: int, raw: RawAttribution) -> None:
    """Raw attribution ``n``'s source, intermediaries and parent, as indices the result keeps."""
    result = st.result
    named = raw.source is not None and (n, -1) not in st.narrated
    result.attribution_sources.append(st.assigned.get((n, -1)) if named else None)
    # the article's own outlet is the chain's first link already: "told Reuters" in a Reuters story
    # names no intermediary
    vias = [st.assigned[(n, v)] for v in range(len(raw.via)) if (n, v) not in st.narrated]
    result.attribution_via.append([i for i in vias if result.outlet is None or i != result.outlet])
    parent = raw.parent if raw.parent is not None and 0 <= raw.parent < len(st.raws) else None
    result.attribution_parents.append(parent)


def _finish(st: ResolveState) -> ArticleSources:
    """Deferred ledes settled; per raw attribution its source, intermediaries and parent; reporters marked."""
    result, raws = st.result, st.raws
    st.table.rule = "lede_ahead"
    for d in st.deferred:
        m = d.phrase.m
        st.done[(m.start, m.end, m.name or "")] = st.assigned[(d.phrase.n, d.phrase.v)] = settle_deferred(st, d)
    for n, raw in enumerate(raws):
        _record_attribution(st, n, raw)
    member_speaks_as_body(st)
    for idx in sorted(st.reporters | {i for vias in result.attribution_via for i in vias}):
        st.sources[idx].reported = True
    result.sources = st.table.sources
    return result


def resolve_article(
    doc: Document, raws: list[RawAttribution], article: ArticleInput, aliases: AliasDB | None = None
) -> ArticleSources:
    """Resolve every source and intermediary phrase of one article to its local source table."""
    raws = with_unnamed_reports(doc, raws)  # rule ``unnamed_reports``: "reportedly" names unnamed reports
    st = build_state(doc, raws, article, aliases if aliases is not None else default_aliases())
    st.table.rule = enter_voices.name
    enter_voices(st)
    for start, _end, n, v, m in st.items:
        _resolve_phrase(st, start, n, v, m)
    return _finish(st)
