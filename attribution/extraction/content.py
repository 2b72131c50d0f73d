"""Content spans: the reported clause only, as exact character spans.

Content never includes the cue, the source or the frame around them
("said Friday", "according to X"); the complementiser "that" is dropped; edges
are trimmed of separators and of quote marks whose partner lies outside.
"""

from __future__ import annotations

import re

from ..lang.en.cues import (
    ACCOUNT_VERBS,
    ACCOUNT_WORD,
    CITE_LEMMAS,
    CLAUSE_BOUNDARY_DEPS,
    CONTENT_THAT,
    EMBEDDED_QUESTION_WORDS,
    INFINITIVE_TO,
    NEGATING_WORDS,
    NEGATION_POLARITY_DETERMINERS,
    NOMINAL_UPOS,
    NONRESTRICTIVE_RELATIVES,
    SEPARATE_CLAUSE_DEPS,
    TEMPORAL_MARKS,
)
from .context import DocContext, SentTree

CLAUSE_UPOS = frozenset({"VERB", "AUX"})


def _drop_marks(ctx: DocContext, tree: SentTree, heads: list[int], members: set[int]) -> None:
    toks = ctx.doc.tokens
    for h in heads:
        # the complementiser opens the clause (once cut-out frame words are gone); parsers
        # sometimes hang it on an auxiliary ("added that two bridges were closed", on "were")
        a, b = tree.bounds(h)
        words = [m for m in members if a <= m < b and toks[m].upos != "PUNCT"]
        c = min(words, default=a)
        # (a parser may label the complementiser an object; its SCONJ tag still tells)
        if toks[c].text.lower() == CONTENT_THAT and (toks[c].deprel == "mark" or toks[c].upos == "SCONJ"):
            members.discard(c)


#: A dateline glued to the first clause of a story ("Dec. 27 (UPI) — ",
#: "SEOUL, Dec. 27 (Yonhap) -- "): never part of a reported clause.
DATELINE = re.compile(r"[A-Z][\w.,' ]{0,40}\([A-Za-z][\w.&/ -]{0,30}\)\s*(?:—|–|--|-)\s*")
#: Sentence-final marks dropped from the end of a reported clause.
FINAL_PUNCT = frozenset({".", "!", "?"})

def opens_with_that(ctx: DocContext, tree: SentTree, c: int) -> bool:
    """The clause headed by ``c`` has "that" as its marker ("said that ...", "emerged that ...")."""
    toks = ctx.doc.tokens
    return any(toks[k].deprel == "mark" and toks[k].text.lower() == CONTENT_THAT for k in tree.children(c))


def is_infinitive(ctx: DocContext, tree: SentTree, x: int) -> bool:
    """``x`` is a "to"-infinitive ("urged residents to leave", "are believed to be")."""
    toks = ctx.doc.tokens
    return any(toks[k].text.lower() == INFINITIVE_TO for k in tree.kids(x, ("aux", "mark")))


def spans_of(ctx: DocContext, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    toks = ctx.doc.tokens
    out = []
    for a, b in runs:
        while b > a + 1 and toks[b - 1].upos == "PUNCT" and toks[b - 1].text in FINAL_PUNCT:
            b -= 1
        span = ctx.char_span(a, b)
        if span:
            m = DATELINE.match(ctx.text, span[0], span[1])
            if m and m.end() < span[1]:
                span = (m.end(), span[1])
            out.append(span)
    return out


def clause_content(
    ctx: DocContext, tree: SentTree, heads: list[int], stop: set[int] | None = None
) -> list[tuple[int, int]]:
    """Spans of the clauses headed by ``heads`` (runs holding a head; a lone wh-word run is dropped)."""
    if not heads:
        return []
    members = tree.members(heads, stop)
    _drop_marks(ctx, tree, heads, members)
    runs = ctx.runs(members)
    keep = [r for r in runs if any(r[0] <= h < r[1] for h in heads)] or runs
    return spans_of(ctx, keep)


def shared_conjuncts(ctx: DocContext, tree: SentTree, v: int, heads: list[int]) -> list[int]:
    """Heads plus subjectless conjuncts of ``v`` after them.

    In "It has been confirmed that the soldier captured on the 26th has just
    passed away" parsers often attach "passed" to "confirmed" as a conjunct; in
    a passive report frame such a conjunct continues the reported clause.
    """
    if not heads:
        return heads
    toks = ctx.doc.tokens
    extra = [
        d
        for d in tree.kids(v, ("conj",))
        if d > max(heads) and toks[d].upos in CLAUSE_UPOS and not tree.kids(d, ("nsubj", "nsubj:pass", "expl"))
    ]
    return sorted([*heads, *extra])


def clause_head(ctx: DocContext, tree: SentTree, i: int) -> int:
    """The predicate a nominal hangs from: climb while the token is nominal and has a head."""
    toks = ctx.doc.tokens
    while toks[i].upos in NOMINAL_UPOS and toks[i].deprel not in ("root",):
        h = tree.head(i)
        if h is None:
            break
        i = h
    return i


def clause_around(
    ctx: DocContext,
    tree: SentTree,
    governor: int,
    cut: tuple[int, int],
    cue_tokens: set[int],
) -> list[tuple[int, int]]:
    """Content of the clause ``governor`` heads, minus the attribution phrase ``cut`` (token bounds).

    Other attribution clauses hanging off the governor (", citing X", ", adding
    that ...") are cut out too; after the phrase, only runs that still hold a
    predicate are kept (a trailing apposition of the source is not content).
    """
    toks = ctx.doc.tokens
    stop = {
        c
        for c in tree.children(governor)
        if c in cue_tokens and toks[c].deprel in SEPARATE_CLAUSE_DEPS and not _subordinate_event(ctx, tree, c)
    }
    stop |= {i for i in range(cut[0], cut[1])}
    if (rel_head := _relative_on_phrase(ctx, tree, cut)) is not None:
        stop.add(rel_head)
    members = tree.members([governor], stop)
    # after the phrase, a run with no predicate is no content (a trailing apposition of the source)
    keep = [
        (a, b)
        for a, b in ctx.runs(members)
        if a < cut[1] or any(toks[j].upos in CLAUSE_UPOS for j in range(a, b))
    ]
    return spans_of(ctx, keep)


def _relative_on_phrase(ctx: DocContext, tree: SentTree, cut: tuple[int, int]) -> int | None:
    """ "according to police, who said ...": a relative clause on the phrase is frame, wherever it hangs."""
    toks = ctx.doc.tokens
    if not (
        cut[1] + 1 < tree.hi
        and toks[cut[1]].text == ","
        and toks[cut[1] + 1].text.lower() in NONRESTRICTIVE_RELATIVES
    ):
        return None
    rel_head = tree.head(cut[1] + 1)
    if rel_head is not None and tree.bounds(rel_head)[0] == cut[1] + 1:
        return rel_head
    return None


def _subordinate_event(ctx: DocContext, tree: SentTree, c: int) -> bool:
    """ "sent a week after X told the board that ...": an adverbial clause with its own subject and a
    subordinator narrates an event of the clause, it is no second frame (", adding that ..." is)."""
    toks = ctx.doc.tokens
    kids = tree.children(c)
    return (
        toks[c].deprel == "advcl"
        and any(toks[k].deprel == "mark" and k < c and toks[k].lemma.lower() in TEMPORAL_MARKS for k in kids)
        and any(toks[k].deprel in ("nsubj", "nsubj:pass") for k in kids)
    )


def is_told_account(ctx: DocContext, tree: SentTree, v: int, head: int) -> bool:
    """Is the "how" clause of narration cue ``v`` an account of what happened ("Jo Lee told how she was pulled
    from the rubble": she was), not a question? "how" hangs on the clause's verb itself ("told how many
    died" asks), and the cue is not denied ("did not describe how it happened" asserts nothing)."""
    toks = ctx.doc.tokens
    if toks[v].lemma.lower() not in ACCOUNT_VERBS:
        return False
    first = tree.bounds(head)[0]
    if toks[first].text.lower() != ACCOUNT_WORD or tree.head(first) != head:
        return False
    return not any(toks[k].text.lower() in NEGATING_WORDS for k in tree.kids(v, ("advmod", "neg")))


def is_embedded_question(ctx: DocContext, tree: SentTree, head: int) -> bool:
    """Is the clause headed by ``head`` an embedded question ("where they are", "how many died", "whether")?

    Its first word is a wh-word (or "whether"/"if") that belongs to the clause
    itself and follows the cue: "said when the water rose, the wall cracked" opens
    with the mark of a side clause, which reaches the head through an ``advcl``.
    """
    toks = ctx.doc.tokens
    first = tree.bounds(head)[0]
    if toks[first].text.lower() not in EMBEDDED_QUESTION_WORDS or first == head:
        return False
    gov = tree.head(head)
    if gov is not None and first < gov:
        return False  # "the driver, who it said was speeding": a relative pronoun fronted over the cue
    i = first
    while i != head:
        if toks[i].deprel in CLAUSE_BOUNDARY_DEPS:
            return False
        up = tree.head(i)
        if up is None:
            return False
        i = up
    return True


def fronted_citings(ctx: DocContext, tree: SentTree, head: int) -> list[int]:
    """ "citing X" participles hung on a content clause although they stand before it.

    In "Reuters reported, citing the ministry, that an officer had said ..." the
    parser often attaches "citing" to "said", the head of the reported clause; but
    a participle between the cue and the clause's complementiser (or subject)
    qualifies the outer cue: the ministry is Reuters' source, not the officer's.
    """
    toks = ctx.doc.tokens
    gov = tree.head(head)
    if gov is None or gov > head:
        return []
    anchors = [c for c in tree.kids(head, ("mark", "nsubj", "nsubj:pass", "expl")) if c > gov]
    if not anchors:
        return []
    start = tree.bounds(min(anchors))[0]
    return [
        c
        for c in tree.kids(head, ("advcl", "dep", "parataxis"))
        if toks[c].lemma.lower() in CITE_LEMMAS and toks[c].xpos == "VBG" and gov < c and tree.bounds(c)[1] <= start
    ]


def has_predicate(ctx: DocContext, a: int, b: int) -> bool:
    return any(ctx.doc.tokens[j].upos in CLAUSE_UPOS for j in range(a, b))


def is_negated_noun(ctx: DocContext, tree: SentTree, noun: int) -> bool:
    """Is the noun denied: "no indication", "little evidence", "not any sign" ("did not see any sign")?"""
    toks = ctx.doc.tokens
    for c in tree.kids(noun, ("det", "advmod", "amod", "neg")):
        word = toks[c].text.lower()
        if word in NEGATING_WORDS:
            return True
        if word in NEGATION_POLARITY_DETERMINERS:
            gov = tree.head(noun)
            if gov is not None and any(
                toks[k].text.lower() in NEGATING_WORDS for k in tree.kids(gov, ("advmod", "neg"))
            ):
                return True
    return False
