"""Content that runs on into the next sentence through a subject pronoun.

"Reported by X on Monday, the rangers found the wreck. They sent photos to the
coast guard." The second sentence has no attribution of its own and its subject
("They") points back at a subject inside X's content: news writing keeps the
attribution running over such a sentence, so it joins X's content. The rule is
kept narrow on purpose: only frames that open their sentence ("according to X,",
"reported by X,"), only the next sentence of the same paragraph, only when that
sentence has no cue of its own, and only when the pronoun agrees in number with
a subject inside the content. The run-on sentence is its own proposition, so it
becomes its own attribution (same source, cue and kind), as colon-list bullets do.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..kinds import AttributionKind
from ..lang.en import marks
from ..lang.en.cues import PLURAL_SUBJECT_PRONOUNS, SINGULAR_SUBJECT_PRONOUNS
from .context import Cand, DocContext, trim_span

#: Frames that open the sentence and whose reach may run on into the next one.
CONTINUATION_KINDS = frozenset({AttributionKind.ACCORDING_TO, AttributionKind.REPORTED_BY})
#: Penn tags of plural and singular nouns (the number of a content subject).
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
SUBJECT_DEPRELS = frozenset({"nsubj", "nsubj:pass"})
#: What may stand between the content's end and the sentence's end.
TRAILING = " \t\r\n.!?" + marks.STRAIGHT_DOUBLE + marks.RIGHT_DOUBLE + marks.APOSTROPHES


def _paragraph(ctx: DocContext, char: int) -> int:
    return bisect_right([p[0] for p in ctx.paragraphs], char) - 1


def _pronoun_subject(ctx: DocContext, s: int) -> str | None:
    """The lowercased subject pronoun of sentence ``s``'s root verb, if it has one."""
    sent = ctx.doc.sentences[s]
    toks = ctx.doc.tokens
    for t in toks[sent.start_token : sent.end_token]:
        if t.deprel in SUBJECT_DEPRELS and toks[t.head].deprel == "root" and t.upos == "PRON":
            return t.text.lower()
    return None


def _agreeing_subject(ctx: DocContext, span: tuple[int, int], pronoun: str) -> bool:
    tags = PLURAL_NOUN_TAGS if pronoun in PLURAL_SUBJECT_PRONOUNS else SINGULAR_NOUN_TAGS
    a, b = ctx.tokens_in(*span)
    return any(t.deprel in SUBJECT_DEPRELS and t.xpos in tags for t in ctx.doc.tokens[a:b])


def _opens_its_sentence(ctx: DocContext, cand: Cand) -> bool:
    """The frame opens the sentence and its content runs to the sentence's end."""
    last = max(cand.content)
    end = ctx.doc.sentences[cand.sentence].end
    return cand.cue[0] <= min(cand.content)[0] and not ctx.text[last[1] : end].strip(TRAILING)


def _continued_by(ctx: DocContext, cand: Cand, nxt: int) -> bool:
    """Sentence ``nxt`` (same paragraph) goes on with ``cand``'s content: its subject is a pronoun that
    agrees with the content's subject ("... the drivers were stopped. They were carrying ...")."""
    sentences = ctx.doc.sentences
    if _paragraph(ctx, sentences[nxt].start) != _paragraph(ctx, sentences[cand.sentence].start):
        return False
    pronoun = _pronoun_subject(ctx, nxt)
    if pronoun not in PLURAL_SUBJECT_PRONOUNS | SINGULAR_SUBJECT_PRONOUNS:
        return False
    return _agreeing_subject(ctx, max(cand.content), pronoun)


def continue_content(ctx: DocContext, cands: list[Cand]) -> None:
    """Extend sentence-opening frames over a next sentence that continues their content by a pronoun."""
    sentences = ctx.doc.sentences
    with_cue = {c.sentence for c in cands}
    extra: list[Cand] = []
    for cand in cands:
        if cand.kind not in CONTINUATION_KINDS or not cand.content:
            continue
        nxt = cand.sentence + 1
        if nxt >= len(sentences) or nxt in with_cue:
            continue
        if not _opens_its_sentence(ctx, cand) or not _continued_by(ctx, cand, nxt):
            continue  # the frame does not open the sentence, or trails after its content
        span = trim_span(ctx.text, sentences[nxt].start, sentences[nxt].end)
        if span:
            extra.append(replace(cand, content=[span], sources=list(cand.sources), via=list(cand.via), heads=[]))
    cands.extend(extra)
