"""Claim mentions of one article: one per attributed content, one per unattributed story sentence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...doc import Document, Entity, Token
from ...extraction.types import RawAttribution
from ...lang.en.events import (
    EVENT_CLASSES,
)
from .features import _features
from .self_statements import about_speaker
from .statements import (
    _QUOTES,
    _checkable,
    _hedges_in,
    _lead,
    _only_hypothetical,
    _quoted,
    _side_hedges,
    _social,
    _speech_act,
)
from .types import BEFORE_SOURCE_CHARS, MentionCandidate


def _sentence_of_char(doc: Document, pos: int) -> int:
    for s, sent in enumerate(doc.sentences):
        if sent.start <= pos < sent.end:
            return s
    return -1


def _sentence_bounds(doc: Document) -> tuple[list[int], list[int]] | None:
    """Sentence start and end offsets, or None when sentences are not in order without overlap."""
    starts = [x.start for x in doc.sentences]
    ends = [x.end for x in doc.sentences]
    return (starts, ends) if starts == sorted(starts) and ends == sorted(ends) else None


def _sentences_overlapping(
    doc: Document, s: int, e: int, bounds: tuple[list[int], list[int]] | None
) -> list[int]:
    """Indexes of the sentences overlapping [s, e) (bisect on the ordered offsets when possible)."""
    if bounds is None:
        return [k for k, x in enumerate(doc.sentences) if x.start < e and s < x.end]
    starts, ends = bounds
    lo, hi = bisect_right(ends, s), bisect_left(starts, e)
    return [k for k in range(lo, hi) if starts[k] < e and s < ends[k]]


def _token_starts(doc: Document) -> list[int] | None:
    """Start offsets of the document's tokens (one pass), or None when they are not in offset order
    (then ``_tokens_in`` falls back to a full scan, so the result never depends on the order)."""
    starts = [t.start for t in doc.tokens]
    return starts if starts == sorted(starts) else None


def _inside(t: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s <= t.start and t.end <= e for s, e in spans)


def _starting_in(tokens: list[Token], starts: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of the tokens that begin and end inside one of ``spans`` (bisect on start offsets)."""
    picked: set[int] = set()
    n = len(starts)
    for s, e in spans:
        k = bisect_left(starts, s)
        while k < n and starts[k] <= e:  # <=: an empty token at e is inside, as in the full scan
            if tokens[k].end <= e:
                picked.add(k)
            k += 1
    return sorted(picked)


def _tokens_in(
    doc: Document, spans: list[tuple[int, int]], minus: list[tuple[int, int]], starts: list[int] | None = None
) -> list[Token]:
    """Tokens wholly inside one of ``spans`` and inside none of ``minus``, in document order.

    With ``starts`` (``_token_starts``) only the tokens that begin inside each span are visited
    (bisect on start offsets), so an article's cost is linear in its attributions, not
    tokens x attributions.
    """
    if starts is None:
        return [t for t in doc.tokens if _inside(t, spans) and not _inside(t, minus)]
    tokens = doc.tokens
    return [tokens[k] for k in _starting_in(tokens, starts, spans) if not _inside(tokens[k], minus)]


def _attributed_mention(
    doc: Document,
    toks: list[Token],
    start: int,
    end: int,
    members: list[int],
    raws: list[RawAttribution],
    minus: list[tuple[int, int]],
    bounds: tuple[list[int], list[int]] | None,
    ents_at: dict[int, list[Entity]],
) -> MentionCandidate | None:
    """The mention of one attributed content (or one sentence of it), or None when it only frames
    a nested attribution."""
    text = doc.text
    first = raws[members[0]]
    sents = set(_sentences_overlapping(doc, start, end, bounds))
    sents.add(first.sentence)
    m = MentionCandidate(
        start=start,
        end=end,
        text=text[start:end],
        attributions=sorted(members),
        sentence=first.sentence,
        lemmas=[],
        predicates=[],
        main_predicates=[],
    )
    _features(doc, toks, m, ents_at)
    speech = _speech_act(doc, first, toks)
    if speech:
        m.markers = sorted({*m.markers, speech})
    if minus and not (m.numbers or set(m.predicates) & EVENT_CLASSES):
        # the outer relation only frames the inner one ("According to X, Y said Z";
        # "it has been confirmed through X that Z"): the inner mention carries it
        return None
    hedges = set(_hedges_in(doc, {s for s in sents if s >= 0}))
    kept = {h.lower() for n in members for h in raws[n].hedges}
    m.hedges = sorted(hedges | kept)
    m.side_hedges = _side_hedges(doc, toks, {s for s in sents if s >= 0}, kept)
    m.before_source = [
        text[max(0, src.start - BEFORE_SOURCE_CHARS) : src.start] if (src := raws[n].source) is not None else ""
        for n in m.attributions
    ]
    # a relation nested in a direct quote ('"It has been confirmed through X that ...," the agency
    # said') quotes its words too
    m.direct = any(_quoted(raws, n) for n in members) or text[start:end].lstrip()[:1] in _QUOTES
    m.about_speaker = about_speaker(doc, toks, m.direct)
    sent_text = " ".join(text[doc.sentences[s].start : doc.sentences[s].end] for s in sorted(sents) if s >= 0)
    m.social = _social(sent_text)
    _lead(doc, toks, m, first)
    return m


def _story_mention(
    doc: Document, toks: list[Token], s: int, stext: str, ents_at: dict[int, list[Entity]]
) -> MentionCandidate | None:
    """The unattributed mention of a sentence of the story (or one of its coordinated clauses), or
    None when it states nothing checkable or only a hypothesis."""
    start, end = toks[0].start, toks[-1].end  # the span without surrounding whitespace
    m = MentionCandidate(
        start=start, end=end, text=doc.text[start:end], attributions=[], sentence=s,
        lemmas=[], predicates=[], main_predicates=[],
    )
    _features(doc, toks, m, ents_at)
    if not _checkable(doc, toks, m) or _only_hypothetical(doc, toks):
        return None
    _lead(doc, toks, m)
    m.hedges = sorted(_hedges_in(doc, {s}))
    m.side_hedges = _side_hedges(doc, toks, {s}, set())
    m.social = _social(stext)
    return m
