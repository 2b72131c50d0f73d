"""Attributions to documents, images, media and vague collectives.

- "Images and footage suggest that ...", "local media reports", "Ukrainian
  media outlets report that ..." -> kind "collective" (the source names no
  person or organisation);
- bare "reports" / "rumors" name nobody: "There are reports suggesting that
  ...", "amid reports they have been ..." -> kind "vague-report", source None;
- "reports in Ukrainian media that ..." -> the "in/from/by" phrase is the source.

``classify`` decides the kind from the source phrase, whatever the cue form.
"""

from __future__ import annotations

from ..kinds import AttributionKind
from ..lang.en.cues import (
    ACCORDING,
    COLLECTIVE_NOUNS,
    CUE_VERBS,
    NOUN_CUE_SOURCE_CASES,
    NOUN_CUES,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    REPORT_OWNER_CASES,
    REPORT_VENUE_CASE,
    VAGUE_NOUNS,
)
from .content import clause_around, clause_content, clause_head, is_negated_noun, opens_with_that
from .context import Cand, DocContext, SentTree
from .mentions import is_source_like, source_mentions
from .types import SourceMention

#: Modifiers that make a report noun specific enough to be a (collective) source.
SPECIFYING_DEPS = frozenset({"amod", "compound", "nmod", "nmod:poss", "appos", "nummod"})
#: Entity labels that make a phrase a named source rather than a collective.
NAMED_LABELS = frozenset({"ORG", "PERSON", "FAC", "WORK_OF_ART"})
#: Relations by which a name is given to a noun.
NAMING_DEPS = frozenset({"appos", "compound", "flat", "nmod:poss"})


def is_vague(ctx: DocContext, tree: SentTree, head: int) -> bool:
    """A bare report noun ("reports", "rumors") that names nobody."""
    toks = ctx.doc.tokens
    if toks[head].lemma.lower() not in VAGUE_NOUNS:
        return False
    return not any(toks[c].deprel in SPECIFYING_DEPS for c in tree.children(head))


def is_collective(ctx: DocContext, tree: SentTree, head: int) -> bool:
    """A document/image/media noun phrase with no proper name in it."""
    toks = ctx.doc.tokens
    if toks[head].lemma.lower() not in COLLECTIVE_NOUNS or toks[head].upos == "PROPN":
        return False
    # a name given to the noun itself ("the news site “Militarnyi”", "the Kyiv
    # Post newspaper") makes it a named outlet; "photo from Telegram" stays collective
    for c in tree.children(head):
        t = toks[c]
        if t.deprel not in NAMING_DEPS:
            continue
        if t.ent in NAMED_LABELS or (
            t.upos == "PROPN" and (t.deprel in ("appos", "flat") or t.ent not in ("NORP", "GPE"))
        ):
            return False
    return True


def classify(ctx: DocContext, tree: SentTree, head: int, kind: str) -> str:
    """The kind for an attribution whose source phrase is headed by ``head``."""
    if is_vague(ctx, tree, head):
        return "vague-report"
    if is_collective(ctx, tree, head):
        return "collective"
    return kind


def _complements_the_noun(ctx: DocContext, tree: SentTree, c: int) -> bool:
    """Clause ``c`` opens with "that" or has a subject of its own (not a gerund), and is no relative
    clause ("reports which said ...")."""
    toks = ctx.doc.tokens
    kids = tree.children(c)
    if any(toks[k].text.lower() in RELATIVE_PRONOUNS and toks[k].deprel != "mark" for k in kids):
        return False  # a real relative clause: "reports which said ..."
    if opens_with_that(ctx, tree, c):
        return True
    has_subj = any(toks[k].deprel in ("nsubj", "nsubj:pass", "expl") for k in kids)
    return has_subj and toks[c].xpos not in ("VBG",)


def content_clause(ctx: DocContext, tree: SentTree, noun: int) -> int | None:
    """A "that"-clause (or a clause with its own subject) complementing a report noun."""
    toks = ctx.doc.tokens
    for c in tree.kids(noun, ("acl", "ccomp", "acl:relcl")):
        if c < noun or toks[c].upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if _complements_the_noun(ctx, tree, c):
            return c
    return None


def _frames_a_cue(ctx: DocContext, tree: SentTree, n: int) -> bool:
    """Is the report noun the "in a statement" / "in a post" frame of a cue verb?"""
    toks = ctx.doc.tokens
    gov = tree.head(n)
    case = tree.kid(n, ("case",))
    return (
        gov is not None
        and toks[n].deprel == "obl"
        and toks[gov].upos == "VERB"
        and toks[gov].lemma.lower() in CUE_VERBS
        and case is not None
        and toks[case].lemma.lower() == REPORT_VENUE_CASE
    )


def _reported_clause(ctx: DocContext, tree: SentTree, n: int) -> int | None:
    """The clause report noun ``n`` reports, when no other rule owns it and the noun is not denied."""
    toks = ctx.doc.tokens
    clause = content_clause(ctx, tree, n)
    if clause is None or is_negated_noun(ctx, tree, n):
        return None  # "there was no indication that X" denies X: it reports nothing
    if _frames_a_cue(ctx, tree, n):
        return None  # "X said in a statement that ...": the verb rule owns the clause, X speaks
    if any(toks[c].text.lower() == ACCORDING for c in tree.kids(n, ("case",))):
        return None  # "according to reports that ...": the according-to rule owns it
    return clause


def _report_owner(ctx: DocContext, tree: SentTree, n: int) -> int | None:
    """Whose report it is: "the ministry's report", "reports in/from/by X"."""
    toks = ctx.doc.tokens
    for c in tree.children(n):
        dep = toks[c].deprel
        case = tree.kid(c, ("case",))
        owned = dep == "nmod:poss" or (
            dep == "nmod" and case is not None and toks[case].lemma.lower() in REPORT_OWNER_CASES
        )
        if owned and is_source_like(ctx, tree, c):
            return c
    return None


def _report_source(ctx: DocContext, tree: SentTree, n: int) -> tuple[list[SourceMention], str]:
    """(sources, kind) of report noun ``n``: its owner, nobody ("reports that ..."), or the noun itself."""
    owner = _report_owner(ctx, tree, n)
    if owner is not None:
        return source_mentions(ctx, tree, owner, unwrap=False), classify(ctx, tree, owner, "reported-speech")
    if is_vague(ctx, tree, n):
        return [], "vague-report"
    return source_mentions(ctx, tree, n, unwrap=False), "collective"


def report_nouns(ctx: DocContext, tree: SentTree) -> list[Cand]:
    """ "reports (in X) that CLAUSE": a report noun with a content clause."""
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for n in range(tree.lo, tree.hi):
        t = toks[n]
        if t.upos != "NOUN" or t.lemma.lower() not in REPORT_NOUNS:
            continue
        clause = _reported_clause(ctx, tree, n)
        if clause is None:
            continue
        sources, kind = _report_source(ctx, tree, n)
        content = clause_content(ctx, tree, [clause])
        if not content:
            continue
        out.append(
            Cand(kind, sources, (t.start, t.end), n, content, tree.index, heads=[clause], frame=(t.start, t.end))
        )
    return out


def _noun_cue_owner(ctx: DocContext, tree: SentTree, n: int) -> int | None:
    """The source phrase of a noun cue: "the estimate from/by X"."""
    toks = ctx.doc.tokens
    for c in tree.kids(n, ("nmod",)):
        case = tree.kid(c, ("case",))
        if case is not None and toks[case].lemma.lower() in NOUN_CUE_SOURCE_CASES and is_source_like(ctx, tree, c):
            return c
    return None


def _is_noun_cue(ctx: DocContext, n: int) -> bool:
    t = ctx.doc.tokens[n]
    return t.upos == "NOUN" and t.lemma.lower() in NOUN_CUES and t.deprel in ("nsubj", "nsubj:pass")


def noun_cues(ctx: DocContext, tree: SentTree, cues: set[int]) -> list[Cand]:
    """ "The estimate from X is much lower — 1,100": a report noun whose "from/by" phrase is the source.

    Only when the noun is the subject of its clause (the claim is about what the
    estimate says); content is the clause without the "from X" phrase.
    """
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for n in range(tree.lo, tree.hi):
        owner = _noun_cue_owner(ctx, tree, n) if _is_noun_cue(ctx, n) else None
        if owner is None:
            continue
        gov = clause_head(ctx, tree, n)
        if gov in cues:
            continue  # "a statement from X said ...": the verb rule owns it
        cut = tree.bounds(owner)
        case = tree.kid(owner, ("case",))
        if case is not None:
            cut = (min(cut[0], case), cut[1])
        content = clause_around(ctx, tree, gov, cut, cues)
        if len(content) < 2:
            continue  # nothing said beyond the noun phrase itself
        kind = classify(ctx, tree, owner, "reported-speech")
        sources = [] if kind == AttributionKind.VAGUE_REPORT else source_mentions(ctx, tree, owner, unwrap=False)
        t = toks[n]
        out.append(Cand(kind, sources, (t.start, t.end), n, content, tree.index, frame=(t.start, toks[cut[1] - 1].end)))
    return out
