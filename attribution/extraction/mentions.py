"""Source phrases: from a head token to one SourceMention per coordinated source.

A source phrase is the head's subtree without what only describes it
(relative clauses, participles, comma-set appositions) and without
coordinated siblings, which become mentions of their own:

- "Moscow and Pyongyang" -> "Moscow", "Pyongyang";
- "U.S. and South Korean officials" -> "U.S." (name "U.S. officials") and
  "South Korean" (name "South Korean officials"): the shared head is
  distributed over the coordinated modifiers.

Names inside one entity ("Ministry of Trade and Industry") are never split.
"""

from __future__ import annotations

from ..lang.en.cues import (
    AUDIENCE_NOUNS,
    AUTHORING_VERBS,
    BARE_AUDIENCE_NOUNS,
    BODY_NAME_NOUNS,
    CITE_LEMMAS,
    COLLECTIVE_NOUNS,
    COPY_NOUNS,
    COPY_OF_CASE,
    CORRESPONDENCE_NOUNS,
    DISTRIBUTIVE_DEPS,
    DOCUMENT_NOUNS,
    DOCUMENT_PASSING_VERBS,
    GIVEN_NOUNS,
    GIVING_PARTICIPLES,
    LISTENER_NOT_ENTS,
    LISTENER_RELATIVE_VERBS,
    LISTENER_TO_CASE,
    MEDIA_CHANNEL_NOUNS,
    NOUN_CUE_SOURCE_CASES,
    PERSONAL_PRONOUNS,
    REPORT_NOUNS,
    REPORT_SOURCE_CASES,
    SHARED_DETERMINERS,
    SINGULAR_COMMON_NOUN_TAGS,
    SOURCE_ENTITY_LABELS,
    SOURCE_NOUNS,
    SOURCE_STRIP_DEPS,
    SOURCE_STRIP_ENTS,
    THING_RELATIVE,
)
from ..lang.en.sources import BARE_COUNT_HEADS, THING_ENTITY_LABELS, THING_HEADS, TIME_ENTITY_LABELS, TITLE_WORDS
from .context import DocContext, SentTree
from .types import SourceMention


def lemma(ctx: DocContext, i: int) -> str:
    return ctx.doc.tokens[i].lemma.lower()


def is_source_like(ctx: DocContext, tree: SentTree, i: int, *, pronouns: bool = False) -> bool:
    """Can the phrase headed by ``i`` name a source (person, organisation, role, document, media)?"""
    t = ctx.doc.tokens[i]
    if t.upos == "PRON":
        return pronouns and t.text.lower() in PERSONAL_PRONOUNS
    if t.upos == "PROPN" or t.ent in SOURCE_ENTITY_LABELS:
        return True
    lem = t.lemma.lower()
    if lem in SOURCE_NOUNS or lem in COLLECTIVE_NOUNS:
        return True
    toks = ctx.doc.tokens
    if any(toks[c].deprel == "appos" and toks[c].upos == "PROPN" for c in tree.children(i)):
        return True  # "the coast guard (NCG)": a named body
    # "the South Korean military" / "Ukrainian intelligence": nationality + institution noun
    return any(ctx.doc.tokens[c].ent in ("NORP", "GPE") for c in tree.children(i)) and t.upos in ("NOUN", "ADJ")


def names_a_thing(ctx: DocContext, tree: SentTree, i: int) -> bool:
    """Does the phrase headed by ``i`` name a thing, a quality, a need, a time or a bare count, never
    someone who speaks ("the need to rebuild", "the size of the firm", "March", "Thousands")?"""
    t = ctx.doc.tokens[i]
    if t.upos == "PRON":
        return False
    names = [c for c in tree.children(i) if ctx.doc.tokens[c].upos == "PROPN"]
    count = t.text.lower() in BARE_COUNT_HEADS and t.upos != "PROPN"  # not "The Harlow Hundreds"
    own = [i] if t.upos == "PROPN" else []
    timed = t.ent in THING_ENTITY_LABELS and all(ctx.doc.tokens[c].ent in TIME_ENTITY_LABELS for c in [*own, *names])
    if count or timed:
        # "Thousands" is no speaker; "thousands of residents", "two of the guards" are
        return not any(ctx.doc.tokens[c].upos in ("NOUN", "PROPN", "PRON") for c in tree.kids(i, ("nmod",)))
    return t.upos == "NOUN" and t.lemma.lower() in THING_HEADS


def _bare_audience(ctx: DocContext, tree: SentTree, i: int) -> bool:
    """ "told media" / "told the media": the press at large, an audience as "reporters" are (rule
    ``bare-media-is-audience``); "told state media" names a medium."""
    toks = ctx.doc.tokens
    if toks[i].lemma.lower() not in BARE_AUDIENCE_NOUNS and toks[i].text.lower() not in BARE_AUDIENCE_NOUNS:
        return False
    return all(toks[c].deprel in ("det", "case", "punct") for c in tree.children(i))


def _titled_person(ctx: DocContext, tree: SentTree, i: int) -> bool:
    """ "told President Ana Ruiz": a person named with an office title heard the words, no medium passed them on
    (rule ``titled-person-is-audience``); "told Radio Sava correspondent Ana Ruiz" keeps the medium's name."""
    toks = ctx.doc.tokens
    if toks[i].ent != "PERSON":
        return False
    lo = tree.bounds(i)[0]
    words = [j for j in range(lo, i) if toks[j].ent != "PERSON" and toks[j].upos not in ("DET", "PUNCT")]
    return bool(words) and all(toks[j].text.lower() in TITLE_WORDS for j in words)


def is_intermediary(ctx: DocContext, tree: SentTree, i: int) -> bool:
    """A listener that passes the words on (a news organisation), not an audience ("reporters")."""
    t = ctx.doc.tokens[i]
    if (
        t.upos == "PRON"
        or t.lemma.lower() in AUDIENCE_NOUNS
        or _bare_audience(ctx, tree, i)
        or _titled_person(ctx, tree, i)
    ):
        return False
    # "told Mercia TV" / "told state television": a news medium, whether or not the parser tagged a name
    return (
        t.upos == "PROPN"
        or t.ent in ("ORG", "PERSON")
        or t.lemma.lower() in COLLECTIVE_NOUNS
        or t.lemma.lower() in MEDIA_CHANNEL_NOUNS
    )


def quoted_by(ctx: DocContext, tree: SentTree, head: int) -> list[SourceMention]:
    """Intermediaries of a source "quoted by" / "cited by" a news organisation.

    "according to a ministry official quoted by Reuters": Reuters passed the
    official's words on, as in "the official told Reuters". An audience
    ("quoted by reporters") is not an intermediary.
    """
    toks = ctx.doc.tokens
    out: list[SourceMention] = []
    for c in tree.kids(head, ("acl",)):
        if toks[c].lemma.lower() not in CITE_LEMMAS or toks[c].xpos != "VBN":
            continue
        for agent in tree.kids(c, ("obl:agent",)):
            if is_intermediary(ctx, tree, agent):
                out.extend(source_mentions(ctx, tree, agent, unwrap=False))
    return out


def is_listener(ctx: DocContext, tree: SentTree, c: int) -> bool:
    """``c`` is "to X" with X a news medium or organisation (not a person, not an audience)."""
    toks = ctx.doc.tokens
    case = tree.kid(c, ("case",))
    if case is None or toks[case].lemma.lower() != LISTENER_TO_CASE or toks[c].ent in LISTENER_NOT_ENTS:
        return False
    # "the news agency": a medium by its compound, whatever the parser tagged the name after it
    return is_intermediary(ctx, tree, c) or any(
        toks[k].deprel == "compound" and toks[k].lemma.lower() in MEDIA_CHANNEL_NOUNS for k in tree.children(c)
    )


def listener_phrases(ctx: DocContext, tree: SentTree, head: int) -> list[int]:
    """Heads of the phrases on a source phrase that name who heard it and passed it on: a comma-set "to X"
    ("said Ana Ruiz, the mayor, to the Daily Courier") or the "to X" of a speech verb in a relative clause
    ("according to officials who spoke to the news agency") -- not "the ambassador to France"."""
    toks = ctx.doc.tokens
    lo, hi = tree.bounds(head)
    last = hi - 1
    while last > lo and toks[last].upos == "PUNCT":
        last -= 1
    out = []
    for k in range(head + 1, hi):
        # a comma-set "to X" closing the source phrase, wherever the parser hung it in the phrase
        first, end = tree.bounds(k)
        if toks[k].deprel in ("nmod", "obl") and toks[first - 1].text == "," and end - 1 >= last:
            if is_listener(ctx, tree, k):
                out.append(k)
    for c in tree.kids(head, ("acl:relcl",)):
        if toks[c].lemma.lower() in LISTENER_RELATIVE_VERBS:
            out.extend(k for k in tree.kids(c, ("obl",)) if is_listener(ctx, tree, k))
    return out


def spoken_to(ctx: DocContext, tree: SentTree, head: int) -> list[SourceMention]:
    """Intermediaries named on the source phrase (``listener_phrases``): they passed the words on."""
    toks = ctx.doc.tokens
    out = []
    for c in listener_phrases(ctx, tree, head):
        a, b = tree.bounds(c)
        while a < c and toks[a].deprel == "case":
            a += 1  # "to the news agency": the preposition is no part of the name
        if b < tree.hi and toks[b].upos == "PROPN" and toks[b].head == toks[c].head:
            # "spoke to the news agency Reuters" with the name hung on the verb: the name is the medium's
            out.append(ctx.mention(a, tree.bounds(b)[1], b, None))
        else:
            out.extend(source_mentions(ctx, tree, c, unwrap=False))
    return out


def passing_participle(ctx: DocContext, tree: SentTree, head: int) -> tuple[int, int] | None:
    """(participle, agent) of a document noun passed on by someone: "documents published by the Acme Bureau"."""
    toks = ctx.doc.tokens
    if toks[head].lemma.lower() not in DOCUMENT_NOUNS or toks[head].upos != "NOUN":
        return None
    for c in tree.kids(head, ("acl",)):
        if toks[c].xpos != "VBN" or toks[c].lemma.lower() not in DOCUMENT_PASSING_VERBS:
            continue
        agent = tree.kid(c, ("obl:agent",))
        if agent is not None and is_intermediary(ctx, tree, agent):
            return c, agent
    return None


def published_by(ctx: DocContext, tree: SentTree, head: int) -> list[SourceMention]:
    """Intermediaries of a document source passed on by an outlet: "documents published by the Acme
    Bureau show that X" is the documents' claim, which reached the reporter through the Acme Bureau."""
    found = passing_participle(ctx, tree, head)
    return source_mentions(ctx, tree, found[1], unwrap=False) if found is not None else []


def _copy_original(ctx: DocContext, tree: SentTree, head: int) -> int | None:
    """ "a copy of the email" -> the email (None when ``head`` is no copy noun with an original)."""
    toks = ctx.doc.tokens
    if lemma(ctx, head) not in COPY_NOUNS or toks[head].upos != "NOUN":
        return None
    for c in tree.kids(head, ("nmod",)):
        case = tree.kid(c, ("case",))
        if case is not None and toks[case].lemma.lower() == COPY_OF_CASE and is_source_like(ctx, tree, c):
            return c
    return None


def _owner_of_report(ctx: DocContext, tree: SentTree, head: int) -> tuple[int, bool] | None:
    """(owner, unwrap it too) of a report noun: "the ministry's statement", "reports from Yonhap"."""
    toks = ctx.doc.tokens
    for c in tree.children(head):
        dep = toks[c].deprel
        if dep == "nmod:poss" and is_source_like(ctx, tree, c, pronouns=True):
            return c, False
        if dep == "nmod":
            case = tree.kid(c, ("case",))
            if case is not None and toks[case].lemma.lower() in REPORT_SOURCE_CASES and is_source_like(ctx, tree, c):
                return c, True
    return None


def given_by(ctx: DocContext, tree: SentTree, head: int) -> int | None:
    """ "figures released by the health ministry", "the information received from the police": the body a
    report noun (or a noun of what is given, ``GIVEN_NOUNS``) came from through a participle of giving
    (``GIVING_PARTICIPLES``) with "by" or "from" (rule ``given-by``); None when there is none. A document noun
    is passed on, not given ("documents released by X": ``published_by``)."""
    toks = ctx.doc.tokens
    words = {lemma(ctx, head), toks[head].text.lower()}  # "data": the tagger's lemma is "datum"
    if not words & (REPORT_NOUNS | GIVEN_NOUNS) or words & DOCUMENT_NOUNS or toks[head].upos != "NOUN":
        return None
    for c in tree.kids(head, ("acl",)):
        if c < head or toks[c].xpos != "VBN" or toks[c].lemma.lower() not in GIVING_PARTICIPLES:
            continue
        for o in tree.kids(c, ("obl", "obl:agent")):
            case = tree.kid(o, ("case",))
            if case is None or toks[case].lemma.lower() not in NOUN_CUE_SOURCE_CASES:
                continue
            if is_source_like(ctx, tree, o):
                return o
    return None


#: The step of a source named through the participle that gave its report noun (``given_by``).
GIVEN_BY_STEP = "given-by"


def written_by(ctx: DocContext, tree: SentTree, head: int) -> int | None:
    """ "according to a memo she sent to staff", "a letter written by the minister", "a memo shared by the chief
    executive": the author of a piece of correspondence (``CORRESPONDENCE_NOUNS``) named by a verb of writing or
    sending (``AUTHORING_VERBS``): the subject of a relative clause whose object the memo is, or the agent of a
    participle (rule ``written-by``); None when the phrase names no one so."""
    toks = ctx.doc.tokens
    if lemma(ctx, head) not in CORRESPONDENCE_NOUNS or toks[head].upos != "NOUN":
        return None
    for c in tree.kids(head, ("acl:relcl",)):
        if c < head or toks[c].lemma.lower() not in AUTHORING_VERBS:
            continue
        obj = tree.kid(c, ("obj",))
        if obj is not None and toks[obj].upos != "PRON":
            continue  # "a memo that told staff ...": the memo does the telling
        subj = tree.kid(c, ("nsubj",))  # a relative "that" is no personal pronoun: never a source
        if subj is not None and is_source_like(ctx, tree, subj, pronouns=True):
            return subj
    for c in tree.kids(head, ("acl",)):
        if c < head or toks[c].xpos != "VBN" or toks[c].lemma.lower() not in AUTHORING_VERBS:
            continue
        agent = tree.kid(c, ("obl:agent",))
        if agent is not None and is_source_like(ctx, tree, agent):
            return agent
    return None


#: The step of a source named as the author of the correspondence the phrase names (``written_by``).
WRITTEN_BY_STEP = "written-by"


def unwrap_owner(ctx: DocContext, tree: SentTree, head: int) -> int:
    """For a report/document noun with an owner, the owner is the source.

    "reports from Yonhap News Agency" -> Yonhap News Agency; "the ministry's
    statement" -> the ministry; "figures released by the ministry" -> the ministry (``given_by``);
    "local media reports" stays as it is.
    """
    if (original := _copy_original(ctx, tree, head)) is not None:
        return unwrap_owner(ctx, tree, original)  # "a copy of the email" -> the email
    if (giver := given_by(ctx, tree, head)) is not None:
        return unwrap_owner(ctx, tree, giver)
    if (author := written_by(ctx, tree, head)) is not None:
        return author
    if lemma(ctx, head) not in REPORT_NOUNS or ctx.doc.tokens[head].upos == "PROPN":
        return head
    found = _owner_of_report(ctx, tree, head)
    if found is None:
        return head
    owner, deeper = found
    return unwrap_owner(ctx, tree, owner) if deeper else owner


def _comma_appositions(ctx: DocContext, tree: SentTree, head: int) -> list[int]:
    """Appositions set off by a comma (descriptions); parenthesised ones ("(NIS)") stay in the name."""
    toks = ctx.doc.tokens
    out = []
    for c in tree.kids(head, ("appos",)):
        a, _ = tree.bounds(c)
        if a > 0 and toks[a - 1].text in (",", "—", "–") and a - 1 >= tree.lo:
            out.append(c)
    return out


def _comma_which_clause(ctx: DocContext, tree: SentTree, j: int, lo: int) -> bool:
    """Is ``j`` the head of a relative clause opening with ", which"?"""
    toks = ctx.doc.tokens
    first = tree.bounds(j)[0]
    return (
        toks[j].deprel == "acl:relcl"
        and first - 1 >= lo
        and toks[first - 1].text == ","
        and toks[first].text.lower() == THING_RELATIVE
    )


def _phrase(ctx: DocContext, tree: SentTree, head: int, extra_stop: set[int]) -> tuple[int, int, list[int]]:
    """Token bounds of the head's phrase without describing modifiers; also the cut appositions."""
    toks = ctx.doc.tokens
    appos = _comma_appositions(ctx, tree, head)
    stop = set(extra_stop) | set(appos)
    for c in tree.children(head):
        if toks[c].deprel in SOURCE_STRIP_DEPS or (toks[c].ent in SOURCE_STRIP_ENTS and toks[c].deprel != "compound"):
            stop.add(c)
    # "X, the mayor, to the Daily Courier": the listener is no part of the source
    stop.update(c for c in listener_phrases(ctx, tree, head) if toks[c].head == head)
    lo, hi = tree.bounds(head)
    # "the minutes of that meeting, which are among the documents": a comma-set "which" clause
    # describes whatever noun of the phrase it hangs from ("who asked not to be named" stays: it
    # tells that a person is anonymous)
    stop.update(j for j in range(lo, hi) if _comma_which_clause(ctx, tree, j, lo))
    members = tree.members([head], stop)
    runs = ctx.runs(members, merge_punct=True)
    for a, b in runs:
        if a <= head < b:
            return a, b, appos
    return head, head + 1, appos


def mention_of(ctx: DocContext, tree: SentTree, head: int, name: str | None = None) -> SourceMention:
    a, b, appos = _phrase(ctx, tree, head, set())
    toks = ctx.doc.tokens
    if (
        b < tree.hi
        and toks[head].deprel == "nsubj"
        and toks[b].deprel == "nsubj"
        and toks[b].head == toks[head].head
        and toks[b].upos == "PROPN"
    ):
        # "The state weather bureau PAGASA said" parsed as two subjects: one phrase, the name last
        head = b
        b = _phrase(ctx, tree, b, set())[1]
    m = ctx.mention(a, b, head, name)
    if appos:
        lo, hi = tree.bounds(appos[0])
        span = ctx.char_span(lo, hi)
        if span:
            m.description = ctx.text[span[0] : span[1]]
    return m


def _conj_chain(ctx: DocContext, tree: SentTree, head: int) -> list[int]:
    out: list[int] = []
    stack = [head]
    while stack:
        i = stack.pop()
        for c in tree.kids(i, ("conj",)):
            if not ctx.same_entity(c, head) and c not in out:
                out.append(c)
                stack.append(c)
    return sorted(out)


def _one_body_name(ctx: DocContext, tree: SentTree, head: int, conjs: list[int]) -> bool:
    """ "the disaster risk reduction and management office (DRRMO)": lowercase words joined by "and" that
    end in a body noun followed by its acronym in parentheses name one body, not two sources."""
    toks = ctx.doc.tokens
    last = conjs[-1]
    if len(conjs) != 1 or toks[last].lemma.lower() not in BODY_NAME_NOUNS or toks[head].upos != "NOUN":
        return False
    if not all(toks[i].text.islower() for i in range(head, last + 1) if toks[i].upos != "PUNCT"):
        return False
    k = last + 1
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and toks[k + 1].text.isupper()
        and len(toks[k + 1].text) >= 2
        and toks[k + 2].text == ")"
    )


def _one_described_person(ctx: DocContext, tree: SentTree, head: int, conjs: list[int]) -> bool:
    """ "the climate scientist and former mayor": two singular common nouns under one determiner (the second
    has none of its own) describe one person, not two sources; "the minister and the mayor" (a determiner
    each) and "police and firefighters" (plural, no determiner) stay two."""
    toks = ctx.doc.tokens
    if len(conjs) != 1:
        return False
    last = conjs[0]
    nouns = (head, last)
    if any(toks[i].upos != "NOUN" or toks[i].xpos not in SINGULAR_COMMON_NOUN_TAGS for i in nouns):
        return False
    det = [d for d in tree.kids(head, ("det",)) if d < head]
    own = [d for d in tree.kids(last, ("det", "nmod:poss")) if d < last]
    return bool(det) and toks[det[0]].text.lower() in SHARED_DETERMINERS and not own


def _coordinated_heads(ctx: DocContext, tree: SentTree, head: int, conjs: list[int]) -> list[SourceMention]:
    """ "the police and the army": one mention per conjunct; "Acme Holdings and Partners (AHP)": one;
    "the climate scientist and former mayor" (one determiner for both): one."""
    if _one_body_name(ctx, tree, head, conjs):
        stop = set(tree.kids(head, ("conj", "cc", "appos")))
        a, _b, _ = _phrase(ctx, tree, head, stop)
        return [ctx.mention(a, conjs[-1] + 4, conjs[-1])]  # up to the acronym's closing parenthesis
    if _one_described_person(ctx, tree, head, conjs):
        a, _b, _ = _phrase(ctx, tree, head, set(tree.kids(head, ("conj", "cc"))))
        _a, b, _ = _phrase(ctx, tree, conjs[0], set())
        return [ctx.mention(a, max(b, _b), head)]
    out = []
    for h in [head, *conjs]:
        stop = set(tree.kids(h, ("conj", "cc")))
        a, b, _ = _phrase(ctx, tree, h, stop)
        out.append(ctx.mention(a, b, h))
    return out


def _one_compound_body(ctx: DocContext, head: int, conjuncts: list[int]) -> bool:
    """ "the local search and rescue agency": common nouns joined by "and" that modify one singular common noun
    name one body of two tasks, not two sources ("U.S. and South Korean officials", a plural head, and
    "Russian and Ukrainian media", adjectives, stay one source each)."""
    toks = ctx.doc.tokens
    if toks[head].upos != "NOUN" or toks[head].xpos not in SINGULAR_COMMON_NOUN_TAGS:
        return False
    return all(toks[c].upos == "NOUN" for c in conjuncts)


def _distributed_modifiers(ctx: DocContext, tree: SentTree, head: int) -> list[SourceMention] | None:
    """Coordinated modifiers sharing the head, "U.S. and South Korean officials": one mention per
    modifier, each named with the shared head ("U.S. officials"); None when there are none."""
    toks = ctx.doc.tokens
    for m in tree.kids(head, DISTRIBUTIVE_DEPS):
        if m > head:
            continue
        chain = [c for c in _conj_chain(ctx, tree, m) if c < head]
        if not chain or ctx.same_entity(m, head):
            continue
        conjuncts = [m, *chain]
        if _one_compound_body(ctx, head, conjuncts):
            continue
        tail_from = max(tree.bounds(c)[1] for c in conjuncts)
        _tail_a, tail_b, _ = _phrase(ctx, tree, head, set())
        tail_text = ctx.text[toks[tail_from].start : toks[tail_b - 1].end] if tail_from < tail_b else ""
        out = []
        for c in conjuncts:
            stop = set(tree.kids(c, ("conj", "cc")))
            members = tree.members([c], stop)
            runs = [r for r in ctx.runs(members) if r[0] <= c < r[1]] or [(c, c + 1)]
            a, b = runs[0]
            mention = ctx.mention(a, b, c)
            mention.name = f"{mention.text} {tail_text}".strip()
            out.append(mention)
        return out
    return None


def source_mentions(ctx: DocContext, tree: SentTree, head: int, *, unwrap: bool = True) -> list[SourceMention]:
    """One mention per coordinated source of the phrase headed by ``head``."""
    if unwrap:
        head = unwrap_owner(ctx, tree, head)
    toks = ctx.doc.tokens
    conjs = [c for c in _conj_chain(ctx, tree, head) if toks[c].upos in ("NOUN", "PROPN", "PRON")]
    if conjs:
        return _coordinated_heads(ctx, tree, head, conjs)
    distributed = _distributed_modifiers(ctx, tree, head)
    return distributed if distributed is not None else [mention_of(ctx, tree, head)]
