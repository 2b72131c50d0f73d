"""Passive cues and "through" sources.

- "it is believed by analysts that X" / "X was announced by the ministry":
  a passive cue with an agent -> kind "passive-agent", source = the agent;
- "It is reported that X", "It is believed that X", "X are believed to be Y":
  a passive cue with no agent -> kind "vague-report", source None;
- "it has been confirmed through an allied intelligence agency that X",
  "The NIS confirmed the death through allied intelligence", "obtained the
  confirmation through information sharing with Y": the origin of the
  information -> kind "through" (a child of the cue's own attribution when it
  has one). A channel noun ("sharing", "cooperation") hands over to its
  "with Y" partner.
"""

from __future__ import annotations

from ..lang.en.cues import (
    CHANNEL_NOUNS,
    CHANNEL_PARTNER_CASES,
    CUE_VERBS,
    EXPLETIVES,
    FROM_KNOWLEDGE_VERBS,
    KNOWLEDGE_FROM_CASE,
    KNOWLEDGE_VERBS,
    MOVEMENT_CASES,
    MOVEMENT_PARTICLES,
    RAISING_VAGUE_VERBS,
    THROUGH_CASES,
    VAGUE_PASSIVE_VERBS,
)
from .collective import content_clause
from .content import clause_content, is_embedded_question, is_infinitive, shared_conjuncts
from .context import Cand, DocContext, SentTree
from .mentions import is_source_like, source_mentions, unwrap_owner
from .types import SourceMention


def _span(ctx: DocContext, a: int, b: int) -> tuple[int, int]:
    toks = ctx.doc.tokens
    return toks[a].start, toks[b - 1].end


def _channel_partner(ctx: DocContext, tree: SentTree, c: int) -> int | None:
    """The partner of a channel ("through talks with X", "via an exchange from X")."""
    toks = ctx.doc.tokens
    for n in tree.kids(c, ("nmod", "obl")):
        ncase = tree.kid(n, ("case",))
        if ncase is not None and toks[ncase].lemma.lower() in CHANNEL_PARTNER_CASES:
            return n
    return None


def _knowledge_case(ctx: DocContext, tree: SentTree, v: int, c: int) -> int | None:
    """The "through"/"via" (or "from" under "learned") opening phrase ``c`` of verb ``v``."""
    toks = ctx.doc.tokens
    case = tree.kid(c, ("case", "mark"))
    if case is None:
        return None
    case_lem = toks[case].lemma.lower()
    if case_lem in THROUGH_CASES or (case_lem == KNOWLEDGE_FROM_CASE and toks[v].lemma.lower() in FROM_KNOWLEDGE_VERBS):
        return case
    return None


def through_source(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int] | None:
    """(case token, source head) of "through X" / "via X" / "learned from X" under a knowledge verb."""
    toks = ctx.doc.tokens
    if toks[v].lemma.lower() not in KNOWLEDGE_VERBS or is_movement(ctx, tree, v):
        return None
    for c in tree.kids(v, ("obl", "advcl")):
        case = _knowledge_case(ctx, tree, v, c)
        if case is None:
            continue
        src: int | None = c
        if toks[c].lemma.lower() in CHANNEL_NOUNS or toks[c].upos == "VERB":
            src = _channel_partner(ctx, tree, c)
        if src is not None and is_source_like(ctx, tree, src):
            return case, src
    return None


def is_movement(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """ "got in through X", "got into the network via Y": a particle, adverb or phrase of direction
    on the verb makes it a movement, and its "through" phrase a way in, not a source."""
    toks = ctx.doc.tokens
    if any(toks[c].lemma.lower() in MOVEMENT_PARTICLES for c in tree.kids(v, ("compound:prt", "advmod"))):
        return True
    for c in tree.kids(v, ("obl",)):
        case = tree.kid(c, ("case",))
        if case is not None and toks[case].lemma.lower() in MOVEMENT_CASES:
            return True
    return False


def through(ctx: DocContext, tree: SentTree, known: list[Cand]) -> list[Cand]:
    toks = ctx.doc.tokens
    by_cue = {c.cue_tok: c for c in known}
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        if toks[v].upos != "VERB":
            continue
        found = through_source(ctx, tree, v)
        if found is None:
            continue
        case, src = found
        src = unwrap_owner(ctx, tree, src)
        parent = by_cue.get(v)
        heads = shared_conjuncts(ctx, tree, v, tree.kids(v, ("ccomp",)))
        if not heads:
            # "confirmed through X that CLAUSE" is often parsed with the clause on X
            clause = content_clause(ctx, tree, src)
            heads = [clause] if clause is not None else []
        content = list(parent.content) if parent is not None else clause_content(ctx, tree, heads)
        cand = Cand(
            "through",
            source_mentions(ctx, tree, src, unwrap=False),
            (toks[case].start, toks[case].end),
            case,
            content,
            tree.index,
            heads=heads,
            frame=(toks[case].start, toks[tree.bounds(src)[1] - 1].end),
        )
        if parent is not None:
            cand.parent = parent
            cand.explicit_parent = True
        out.append(cand)
    return out


def _raised_infinitives(ctx: DocContext, tree: SentTree, v: int, subj: int | None) -> list[int]:
    """ "X are believed to be Y": the "to"-infinitives of a raising verb with a real subject; and its
    predicative participle or adjective ("more people were reported killed", "two were feared dead"), the
    same claim with "to be" left out."""
    toks = ctx.doc.tokens
    if subj is None or toks[v].lemma.lower() not in RAISING_VAGUE_VERBS or toks[subj].text.lower() in EXPLETIVES:
        return []
    return [
        x
        for x in tree.kids(v, ("xcomp",))
        if is_infinitive(ctx, tree, x) or (x > v and (toks[x].xpos in ("VBN", "VBG") or toks[x].upos == "ADJ"))
    ]


def _passive_content(
    ctx: DocContext, tree: SentTree, v: int, subj: int | None
) -> tuple[list[int], list[tuple[int, int]]]:
    """(heads, content) of a passive cue: its clause ("it is reported that X") or its raised subject
    and infinitive ("X are believed to be Y")."""
    toks = ctx.doc.tokens
    # "it is not known whether ...": an embedded question reports nothing
    ccomps = [c for c in tree.kids(v, ("ccomp",)) if not is_embedded_question(ctx, tree, c)]
    if ccomps and (subj is None or toks[subj].text.lower() in EXPLETIVES):
        heads = shared_conjuncts(ctx, tree, v, ccomps)
        return heads, clause_content(ctx, tree, heads)
    xcomps = _raised_infinitives(ctx, tree, v, subj)
    if not xcomps or subj is None:
        return [], []
    # raising: "X are believed to be Y" (an infinitive complement only)
    sa, sb = tree.bounds(subj)
    subj_span = ctx.char_span(sa, sb)
    return xcomps, [s for s in [subj_span, *clause_content(ctx, tree, xcomps)] if s]


def _passive_source(
    ctx: DocContext, tree: SentTree, v: int, through_verbs: set[int]
) -> tuple[str, list[SourceMention]] | None:
    """(kind, sources): the agent of "it was confirmed by X that", or none for a vague report (None: the
    cue attributes nothing here)."""
    agent = tree.kid(v, ("obl:agent",))
    if agent is not None:
        src = unwrap_owner(ctx, tree, agent)
        return "passive-agent", source_mentions(ctx, tree, src, unwrap=False)
    if v in through_verbs:
        return None  # "it has been confirmed through X": the through rule names the source
    if ctx.doc.tokens[v].lemma.lower() in VAGUE_PASSIVE_VERBS:
        return "vague-report", []
    return None


def _is_passive_cue(ctx: DocContext, tree: SentTree, v: int) -> bool:
    toks = ctx.doc.tokens
    t = toks[v]
    lem = t.lemma.lower()
    if t.upos != "VERB" or t.xpos != "VBN" or (lem not in CUE_VERBS and lem not in VAGUE_PASSIVE_VERBS):
        return False
    # reduced participles belong to prepositional.reported_by
    return any(toks[c].deprel in ("aux:pass", "nsubj:pass") for c in tree.children(v))


def passive_cues(ctx: DocContext, tree: SentTree, through_verbs: set[int]) -> list[Cand]:
    """ "It is reported that X", "X are believed to be Y", "it was confirmed by X that Y"."""
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        if not _is_passive_cue(ctx, tree, v):
            continue
        subj = tree.kid(v, ("nsubj:pass",))
        heads, content = _passive_content(ctx, tree, v, subj)
        if not content:
            continue
        found = _passive_source(ctx, tree, v, through_verbs)
        if found is None:
            continue
        kind, sources = found
        t = toks[v]
        a = subj if subj is not None and subj < v else v
        out.append(
            Cand(kind, sources, (t.start, t.end), v, content, tree.index, heads=heads, frame=_span(ctx, a, v + 1))
        )
    return out
