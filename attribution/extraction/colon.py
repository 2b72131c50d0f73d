"""Colon-introduced content: "Yang Uk, a research fellow at X, notes:" + bullets.

A cue with no content of its own whose sentence ends with a colon takes the
following paragraphs as content: every bullet that follows, or else the next
paragraph (a quote paragraph after "X said:" becomes a direct quote).

Each bullet is its own proposition, so each one becomes its own attribution
(same source and cue, kind "colon-list"): tracing can then join one bullet to
the same claim in another article without dragging the other bullets along.

The outlet's own narration ("What we know so far:", "Here is what we know:") introduces
a list without attributing it: "we" outside any quote is the outlet itself, so the list
gets no attribution. A bullet then keeps only the attribution it gives itself
("..., according to the hospital group") and a bullet without one stays unattributed.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..kinds import AttributionKind
from ..lang.en import marks
from ..lang.en.cues import NARRATOR_PRONOUNS
from .context import Cand, DocContext, trim_span
from .quotes import Quote, QuoteIndex

#: Kinds that may introduce content with a colon.
COLON_KINDS = frozenset(
    {
        AttributionKind.REPORTED_SPEECH,
        AttributionKind.TOLD,
        AttributionKind.COLLECTIVE,
        AttributionKind.ACCORDING_TO,
        AttributionKind.PASSIVE_AGENT,
    }
)
QUOTE_OPENERS = marks.OPENING_DOUBLES + marks.STRAIGHT_DOUBLE + marks.LEFT_SINGLE + marks.STRAIGHT_SINGLE


def ends_with_colon(ctx: DocContext, cand: Cand) -> bool:
    sent = ctx.doc.sentences[cand.sentence]
    return ctx.text[cand.cue[1] : sent.end].rstrip().endswith(":")


def is_narrator(ctx: DocContext, qi: QuoteIndex, cand: Cand) -> bool:
    """The cue's only sources are "we"/"us" outside any quote: the outlet speaking of itself."""
    toks = ctx.doc.tokens
    return (
        bool(cand.sources)
        and all(toks[m.head].text.lower() in NARRATOR_PRONOUNS for m in cand.sources)
        and qi.containing(cand.cue[0]) is None
    )


def _bullets_after(ctx: DocContext, k: int) -> list[tuple[int, int]]:
    """Spans of the bullet items right after paragraph ``k``."""
    paras = ctx.paragraphs
    spans: list[tuple[int, int]] = []
    nxt = k + 1
    while nxt < len(paras) and paras[nxt][2] == "bullet":
        span = trim_span(ctx.text, paras[nxt][0], paras[nxt][1])
        if span:
            spans.append(span)
        nxt += 1
    return spans


def _one_per_bullet(cand: Cand, spans: list[tuple[int, int]]) -> list[Cand]:
    """The first bullet becomes ``cand``'s content; copies of it (same source, cue and frame) take the
    others, one attribution per bullet."""
    cand.content = [spans[0]]
    cand.kind = "colon-list"
    return [
        replace(cand, content=[span], sources=list(cand.sources), via=list(cand.via), heads=[]) for span in spans[1:]
    ]


def _next_paragraph(ctx: DocContext, cand: Cand, k: int) -> None:
    """The paragraph after paragraph ``k`` becomes the content (a quote when it opens with a mark)."""
    paras, text = ctx.paragraphs, ctx.text
    if k + 1 >= len(paras):
        return
    a, b = paras[k + 1][0], paras[k + 1][1]
    quoted = text[a] in QUOTE_OPENERS
    span = trim_span(text, a + 1 if quoted else a, b)
    if not span:
        return
    cand.content = [span]
    if quoted:
        cand.direct = True
        if cand.kind == AttributionKind.REPORTED_SPEECH:
            cand.kind = "direct-quote"


def colon_content(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> list[Cand]:
    """Cands with colon-introduced content filled in; the narrator's own list introductions dropped."""
    qi = QuoteIndex(ctx, quotes)
    narrated: set[int] = set()
    starts = [p[0] for p in ctx.paragraphs]
    extra: list[Cand] = []
    for cand in cands:
        if cand.content or cand.kind not in COLON_KINDS or not ends_with_colon(ctx, cand):
            continue
        if is_narrator(ctx, qi, cand):
            narrated.add(id(cand))
            continue
        k = bisect_right(starts, cand.cue[0]) - 1
        if k < 0:
            continue
        spans = _bullets_after(ctx, k)
        if spans:
            extra += _one_per_bullet(cand, spans)
        else:
            _next_paragraph(ctx, cand, k)
    return [c for c in cands if id(c) not in narrated] + extra
