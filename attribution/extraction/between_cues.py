"""Sentences with no cue of their own between two cues of one speaker, in one paragraph.

"The bridge will reopen on Friday, said Mayor Ana Ruiz. Repairs are finished. Traffic will be limited at
first, Ruiz said." The middle sentence has no attribution of its own, but the paragraph gives the same
speaker before and after it: news writing keeps one speaker's account running between the two cues, so the
middle sentence is the speaker's too. The rule is kept narrow on purpose: the two cues open and close one
paragraph (the speaker frames it), nothing between them has a cue or a quotation of its own, and the two
speakers are one name (the same proper head word: "Mayor Ana Ruiz" and "Ruiz"), never two pronouns or two
descriptions ("he" and "he" may be two people; "an official" and "an official" often are). Each sentence between
becomes its own attribution (same source, cue and kind as the cue before it), as the continuation rule does.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..kinds import AttributionKind
from .context import Cand, DocContext, trim_span
from .quotes import Quote


def paragraph_of(ctx: DocContext, char: int) -> int:
    """The index of the paragraph holding character ``char``."""
    return bisect_right([p[0] for p in ctx.paragraphs], char) - 1


def _frame_one_paragraph(ctx: DocContext, first: int, second: int) -> bool:
    """Sentences ``first`` and ``second`` open and close one paragraph: the speaker frames it. A page stored
    without paragraph breaks (a whole story on one line) gives no such frame between two of its sentences."""
    sentences = ctx.doc.sentences
    para = paragraph_of(ctx, sentences[first].start)
    if para != paragraph_of(ctx, sentences[second].start):
        return False
    opens = first == 0 or paragraph_of(ctx, sentences[first - 1].start) != para
    closes = second + 1 >= len(sentences) or paragraph_of(ctx, sentences[second + 1].start) != para
    return opens and closes


def _proper_head(ctx: DocContext, cand: Cand) -> str | None:
    """The lowercased proper head word of ``cand``'s one source ("Ruiz"), or None (no source, several, or a
    head that is no proper noun)."""
    if len(cand.sources) != 1:
        return None
    head = ctx.doc.tokens[cand.sources[0].head]
    return head.text.lower() if head.upos == "PROPN" else None


def quoted(quotes: list[Quote], start: int, end: int) -> bool:
    """Whether characters ``start:end`` overlap a quotation."""
    return any(q.open < end and start < q.close for q in quotes)


def continued(cand: Cand, span: tuple[int, int], sentence: int, step: str | None = None) -> Cand:
    """``cand``'s speaker given sentence ``sentence`` (characters ``span``) as more of their account: reported
    speech, never a direct quote (the sentence is not their quoted words), ``step`` added to its steps."""
    kind = AttributionKind.REPORTED_SPEECH if cand.kind == AttributionKind.DIRECT_QUOTE else cand.kind
    return replace(
        cand,
        kind=kind,
        direct=False,
        content=[span],
        sentence=sentence,
        sources=list(cand.sources),
        via=list(cand.via),
        heads=[],
        steps=[*cand.steps, step] if step else list(cand.steps),
    )


def between_one_speakers_cues(ctx: DocContext, cands: list[Cand], quotes: list[Quote]) -> list[Cand]:
    """One attribution per cue-less sentence that stands between two cues of one named speaker in one
    paragraph (the earlier cue's source, cue and kind)."""
    sentences = ctx.doc.sentences
    with_cue = {c.sentence for c in cands}
    by_sentence: dict[int, list[Cand]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    extra: list[Cand] = []
    order = sorted(by_sentence)
    for first, second in zip(order, order[1:], strict=False):
        if second - first < 2 or not _frame_one_paragraph(ctx, first, second):
            continue
        before = {h: c for c in by_sentence[first] if (h := _proper_head(ctx, c)) is not None}
        after = {_proper_head(ctx, c) for c in by_sentence[second]}
        shared = sorted(h for h in before if h in after)
        if len(shared) != 1:
            continue  # no speaker of both cues, or several: nothing to read between them
        between = range(first + 1, second)
        found = [trim_span(ctx.text, sentences[s].start, sentences[s].end) for s in between]
        spans = [span for span in found if span is not None and not quoted(quotes, *span)]
        if any(s in with_cue for s in between) or len(spans) != len(found):
            continue  # a cue or a quotation of its own between: the account is not one run
        cand = before[shared[0]]
        extra.extend(continued(cand, span, s) for s, span in zip(between, spans, strict=True))
    return cands + extra
