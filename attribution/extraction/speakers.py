"""Who speaks through a cue verb: its subject, the subject the parser lost before a final cue,
the antecedent of a relative pronoun, the speaker of "X was quoted as saying", or the clause a
participle or a coordinated cue continues."""

from __future__ import annotations

from dataclasses import dataclass

from ..lang.en import marks
from ..lang.en.clauses import NEGATING_SUBJECTS, NEGATIONS
from ..lang.en.cues import (
    CITE_LEMMAS,
    EXPLETIVES,
    FRAME_ONLY_VERBS,
    NOMINAL_UPOS,
    NONRESTRICTIVE_RELATIVES,
    PARENTHETICAL_VERBS,
    PARTICIPLE_SPEECH_VERBS,
    PERSON_RELATIVE,
    QUOTED_AS_MARK,
    RELATIVE_PRONOUNS,
    TELL_VERBS,
)
from .context import DocContext, SentTree
from .mentions import is_source_like, names_a_thing

#: Relations of a verb's own subject.
SUBJECTS = frozenset({"nsubj"})
#: Relations of a clause's own subject (a clause with none of them lost its subject to another verb).
CLAUSE_SUBJECTS = ("nsubj", "nsubj:pass", "expl", "csubj")


#: A comma, closing quote or dash before a verbless nominal run ("..., the ministry's spokesman said").
_BEFORE_NOMINAL = frozenset({",", marks.RIGHT_DOUBLE, marks.STRAIGHT_DOUBLE, "—"})
#: Closing brackets and quote marks skipped backwards.
_CLOSERS = frozenset({")", marks.RIGHT_DOUBLE, marks.STRAIGHT_DOUBLE})


def _fronted_subject(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """In an inverted parenthetical ("The fire, said the mayor, started ...") the cue has two subjects:
    the one after the cue speaks, the one before it (set off by a comma) opens the reported clause."""
    toks = ctx.doc.tokens
    subjects = tree.kids(v, SUBJECTS)
    before = [s for s in subjects if s < v]
    after = [s for s in subjects if s > v]
    if not before or not after or toks[v - 1].text != ",":
        return None
    # "Nelson, in a press conference Saturday, said astronauts ... will return": a comma-set phrase between
    # the first subject and the cue makes the first the speaker and the second the reported clause's subject
    if any(toks[j].text == "," for j in range(tree.bounds(before[0])[0], v - 1)):
        return None
    return before[0]


def stolen_subject(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The second subject the parser gave a cue whose first subject speaks ("Nelson, in a press conference, said
    astronauts Wilmore and Williams will return"): the subject of the reported clause (None: none)."""
    subjects = tree.kids(v, SUBJECTS)
    if _fronted_subject(ctx, tree, v) is not None or not any(s < v for s in subjects):
        return None
    return next((s for s in subjects if s > v), None)


def inverted_object_speaker(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The name after a closing inverted cue that the parser made its object (rule ``inverted-object-speaker``):
    in "The lake was warmer than ever, reported Radio Sava." the cue has no subject, its clause comes before it
    and ends at the comma right before it, and "Radio Sava" closes the sentence: Radio Sava speaks, as "said the
    mayor" does. Only a verb that may frame the words before it ("reported", not "praised Ana Ruiz"); a "tell"
    verb's object is its listener, never its speaker; a common noun ("reported the story") is what is reported
    (None: no such case)."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    if lem not in PARENTHETICAL_VERBS or lem in TELL_VERBS or toks[v - 1].text != ",":
        return None
    if tree.kid(v, CLAUSE_SUBJECTS) is not None:
        return None
    clause_before = any(c < v and tree.bounds(c)[1] == v - 1 for c in tree.kids(v, ("ccomp", "parataxis")))
    # "X found that ..., reported Reuters.": the parser coordinated the closing frame with the clause's own cue
    closing_conjunct = toks[v].deprel == "conj" and not tree.kids(v, ("cc",))
    if not (clause_before or closing_conjunct):
        return None
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].upos != "PROPN":
        return None
    end = tree.bounds(obj)[1]
    return obj if all(toks[j].upos == "PUNCT" for j in range(end, tree.hi)) else None


def _subject(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    if _fronted_subject(ctx, tree, v) is not None:
        return next(c for c in tree.kids(v, SUBJECTS) if c > v)  # "..., said the mayor, ...": the mayor
    found = tree.kid(v, SUBJECTS)
    return found if found is not None else inverted_object_speaker(ctx, tree, v)  # "..., reported Radio Sava."


def inside_quote_before(ctx: DocContext, tree: SentTree, i: int, v: int) -> int | None:
    """The token of the closing mark after token ``i`` and before cue ``v`` when ``i`` lies inside a quotation
    of the sentence (None: ``i`` is not inside one that closes before the cue)."""
    toks = ctx.doc.tokens
    text = ctx.text
    before = text[toks[tree.lo].start : toks[i].start]
    straight = before.count(marks.STRAIGHT_DOUBLE)
    last_open = max(before.rfind(o) for o in marks.OPENING_DOUBLES)
    last_close = max(before.rfind(c) for c in marks.CLOSING_DOUBLES)
    if straight % 2 == 0 and last_open <= last_close:
        return None
    for k in range(i + 1, v):
        if toks[k].text in marks.CLOSING_DOUBLES or (toks[k].text == marks.STRAIGHT_DOUBLE and straight % 2 == 1):
            return k
    return None


def outside_quote_subject(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int, int] | None:
    """(start, end, head) of the speaker after a quotation whose words the parser made the cue's subject:
    in "“... are coming home: Paul Whelan, Evan Gershkovich,” President Joe Biden said" a name inside the
    quotation is no speaker; the phrase between the closing mark and the cue is (None: no such case)."""
    subj = tree.kid(v, SUBJECTS)
    if subj is None or subj > v:
        return None
    k = inside_quote_before(ctx, tree, subj, v)
    if k is None or k + 1 >= v:
        return None
    a = k + 1
    if any(ctx.doc.tokens[j].upos in ("VERB", "AUX") for j in range(a, v)):
        return None
    head = _phrase_head(ctx, a, v)
    return (a, v, head) if head is not None else None


def inverted_clause_subject(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int, int] | None:
    """(start, end, head) of the speaker after a fronted clause that has no subject of its own and whose subject
    the parser gave the cue instead: in "Among those hurt were two nurses and a driver, the city council said"
    the clause "were" has no subject, the parser made "nurses ..., the city council" the subject of "said",
    and the words since the last comma speak (None: no such case)."""
    subj = tree.kid(v, SUBJECTS)
    if subj is None or subj > v:
        return None
    toks = ctx.doc.tokens
    clauses = [c for c in tree.kids(v, ("ccomp",)) if c < subj and toks[c].upos in ("VERB", "AUX")]
    if not clauses or any(tree.kids(c, CLAUSE_SUBJECTS) for c in clauses):
        return None
    span = _words_since_comma(ctx, tree, v)
    if span is None or span[0] <= subj:
        return None
    a, b = span
    head = _phrase_head(ctx, a, b)
    return (a, b, head) if head is not None else None


def surface_subject(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int, int] | None:
    """(start, end, head) of a sentence-final "..., NOUN PHRASE said" subject the parser lost.

    Parsers often hang the speaker of a trailing attribution somewhere in the
    clause before it ("near Lidrousburg, the agency (NBSA) told AFP" with the
    agency as an apposition of the town; "..., a senior official estimated"
    with "estimated" as a participle of "official"). When the cue is a root or
    a participle of the noun right before it, the words between the previous
    comma and the cue form the subject if they are a verbless noun phrase.
    """
    if not _may_have_lost_its_subject(ctx, tree, v):
        return None
    span = _words_since_comma(ctx, tree, v)
    if span is None:
        return None
    a, b = span
    head = _phrase_head(ctx, a, b)
    return (a, b, head) if head is not None else None


def _may_have_lost_its_subject(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """An active cue that is a root, a parataxis, or a participle of the noun right before it."""
    toks = ctx.doc.tokens
    t = toks[v]
    h = tree.head(v)
    if not (h is None or t.deprel in ("root", "parataxis") or (t.deprel == "acl" and h == v - 1)):
        return False
    return not any(toks[c].deprel in ("obl:agent", "aux:pass", "nsubj:pass") for c in tree.children(v))


def _words_since_comma(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int] | None:
    """Token bounds of the verbless, nominal words between the last comma (or quote, dash) and ``v``."""
    toks = ctx.doc.tokens
    comma = next((j for j in range(v - 1, tree.lo - 1, -1) if toks[j].text in _BEFORE_NOMINAL), None)
    if comma is None or comma + 1 >= v or v - comma > 16:
        return None
    a, b = comma + 1, v
    while a < b and toks[a].upos == "PUNCT":
        a += 1
    if a >= b or any(toks[j].upos in ("VERB", "AUX") for j in range(a, b)):
        return None
    if not any(toks[j].upos in ("NOUN", "PROPN", "PRON") for j in range(a, b)):
        return None
    return a, b


def _phrase_head(ctx: DocContext, a: int, b: int) -> int | None:
    """The nominal head of the phrase [a, b): its first nominal top token (None: it has none)."""
    toks = ctx.doc.tokens
    heads = [j for j in range(a, b) if not (a <= toks[j].head < b) or toks[j].head == j]
    # "..., the scoring sheets show": with the noun tagged a compound of the cue, its determiner also
    # hangs from the cue; the phrase's head is its first nominal top token
    heads = [j for j in heads if toks[j].upos in ("NOUN", "PROPN", "PRON")] or heads
    head = heads[0] if heads else b - 1
    return head if toks[head].upos in ("NOUN", "PROPN", "PRON") else None


def _antecedent(ctx: DocContext, tree: SentTree, rel: int) -> int | None:
    """The noun phrase right before ", who/which", however the parser attached the relative clause
    ("according to police, who said ..." with "said" hung on the main verb or its subject)."""
    toks = ctx.doc.tokens
    if toks[rel].text.lower() not in NONRESTRICTIVE_RELATIVES or rel - 2 < tree.lo or toks[rel - 1].text != ",":
        return None
    j = rel - 2
    while j > tree.lo and toks[j].upos == "PUNCT" and toks[j].text in _CLOSERS:
        j -= 1
    while (up := tree.head(j)) is not None and toks[up].upos in ("NOUN", "PROPN") and tree.bounds(up)[1] < rel:
        j = up
    if toks[j].upos not in ("NOUN", "PROPN"):
        return None
    # "who" speaks for people, who can all be sources; "which" only for bodies, documents, media
    return j if toks[rel].text.lower() == PERSON_RELATIVE or is_source_like(ctx, tree, j) else None


def _after_comma_without_and(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """The phrase of ``v`` follows a comma, with no "and"/"but" of its own before ``v``."""
    toks = ctx.doc.tokens
    first = tree.bounds(v)[0]
    if first != v and any(toks[k].deprel == "cc" for k in tree.children(v) if k < v):
        return False
    return first - 1 >= tree.lo and toks[first - 1].text == ","


def _closed_relative_antecedent(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The noun a comma-set relative clause describes when the parser made the main verb a conjunct of
    that clause: in "X, whose ward includes the depot, accused Y of Z" the cue "accused" follows the
    clause's closing comma with no "and", so it is X's verb, not the relative clause's."""
    toks = ctx.doc.tokens
    h = tree.head(v)
    if h is None or toks[v].deprel != "conj" or toks[h].deprel != "acl:relcl":
        return None
    if not _after_comma_without_and(ctx, tree, v):
        return None
    rel_first = tree.bounds(h)[0]
    if rel_first - 1 < tree.lo or toks[rel_first - 1].text != ",":
        return None
    ante = tree.head(h)
    return ante if ante is not None and toks[ante].upos in ("NOUN", "PROPN") else None


def stranded_subject(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """The subject of a coordinated cue that the parser hung as a conjunct of a noun in the clause before
    (rule ``stranded_conjunct_subject``): in "Smoke rose over the pier and witnesses said the ferry was
    sinking" the parse makes "witnesses" a second thing smoke rose over and "said" a subjectless conjunct of
    "rose"; the noun phrase right before the cue, opened by the "and"/"but" of its own and ending at the cue,
    is the cue's subject. None when the cue has a subject, is no conjunct, or no such phrase stands before it."""
    toks = ctx.doc.tokens
    if toks[v].deprel != "conj" or _subject(ctx, tree, v) is not None:
        return None
    h = tree.head(v)
    n = v - 1
    if h is None or n <= h or toks[n].upos not in ("NOUN", "PROPN"):
        return None
    while toks[n].deprel != "conj" and (up := tree.head(n)) is not None and up != n:
        if toks[up].upos not in ("NOUN", "PROPN"):
            break
        n = up  # "and the mayor of Lyon said": climb from "Lyon" to "mayor"
    if toks[n].deprel != "conj" or tree.bounds(n)[1] != v:
        return None
    lo = tree.bounds(n)[0]
    cc = tree.kid(n, ("cc",))
    if cc is None or cc != lo:
        return None  # the phrase opens with its own "and"/"but"
    first = tree.head(n)
    if first is None or first >= lo or toks[first].deprel.startswith("nsubj"):
        return None  # "The mayor and the police said" is one coordinated subject, read as such
    return n


def _quoted_as(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int] | None:
    """(speaker, cite verb) of "X was quoted/cited by Reuters as saying": the passive subject speaks."""
    toks = ctx.doc.tokens
    h = tree.head(v)
    if h is None or toks[v].xpos != "VBG" or toks[v].deprel != "advcl" or toks[h].lemma.lower() not in CITE_LEMMAS:
        return None
    if not any(toks[c].lemma.lower() == QUOTED_AS_MARK for c in tree.kids(v, ("mark", "case"))):
        return None
    subj = tree.kid(h, ("nsubj:pass",))
    if subj is not None:
        return subj, h
    return active_quoted_as(ctx, tree, v)


def active_quoted_as(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int] | None:
    """(speaker, cite verb) of "Reuters quoted X as saying" / "the agency cited X as saying": the object
    speaks, and the cite verb's subject passed the words on (``quoted_as_relay``)."""
    toks = ctx.doc.tokens
    h = tree.head(v)
    if h is None or h == v or toks[v].xpos != "VBG" or toks[v].deprel != "advcl":
        return None
    if toks[h].lemma.lower() not in CITE_LEMMAS or tree.kid(h, ("nsubj:pass",)) is not None:
        return None
    if not any(toks[c].lemma.lower() == QUOTED_AS_MARK for c in tree.kids(v, ("mark", "case"))):
        return None
    obj = tree.kid(h, ("obj",))
    if obj is None or tree.kid(h, SUBJECTS) is None:
        return None
    # the form says the object spoke: any noun phrase may ("cited the coast guard as saying")
    if toks[obj].upos not in NOMINAL_UPOS and not is_source_like(ctx, tree, obj, pronouns=True):
        return None
    return obj, h


@dataclass(slots=True)
class _Speaker:
    """Who speaks through one cue verb, as far as the verb's own clause tells."""

    #: the cue's subject token (it bounds the frame), when it has one
    subj: int | None
    #: the phrase that names the source ("the mayor"; the antecedent of "who said")
    src_head: int | None = None
    #: a participle or coordinated cue takes the speaker of this token ("said X, adding Y")
    inherit_from: int | None = None
    #: (speaker, cite verb) of "X was quoted by Reuters as saying"
    quoted_as: tuple[int, int] | None = None
    #: a sentence-final "..., NOUN PHRASE said" subject the parser lost (start, end, head)
    surface: tuple[int, int, int] | None = None


def _subject_source(ctx: DocContext, tree: SentTree, v: int, subj: int) -> int | None:
    """The phrase a cue's subject stands for: itself, or the noun a relative pronoun stands for."""
    toks = ctx.doc.tokens
    if (ante := _antecedent(ctx, tree, subj)) is not None:
        # ", who said ...": the phrase before the comma, wherever the parser hung the clause
        # ("X lay in Y, according to police, who said ..." with "who said" on X or on "lay")
        return ante
    if toks[subj].text.lower() in RELATIVE_PRONOUNS and toks[v].deprel == "acl:relcl":
        return tree.head(v)  # "Militarnyi, which reported ..." -> Militarnyi
    return subj


def _subjectless_speaker(ctx: DocContext, tree: SentTree, v: int) -> _Speaker | None:
    """The speaker of a cue with no subject: a comma-set relative's antecedent, the noun a participle
    hangs on ("a video alleging that"), or the clause a participle or conjunct continues (None: none)."""
    toks = ctx.doc.tokens
    t = toks[v]
    if (closed := _closed_relative_antecedent(ctx, tree, v)) is not None:
        return _Speaker(None, src_head=closed)  # "X, whose ward includes the depot, accused ...": X speaks
    if (stranded := stranded_subject(ctx, tree, v)) is not None:
        return _Speaker(stranded, src_head=stranded)  # "Smoke rose over the pier and witnesses said ...": witnesses
    h = tree.head(v)
    frame_verb = t.lemma.lower() in FRAME_ONLY_VERBS
    if h is None or (t.lemma.lower() not in PARTICIPLE_SPEECH_VERBS and not (frame_verb and t.deprel == "conj")):
        return None
    if t.deprel == "conj":
        # "after rejecting X's claim that Y lost nothing and accusing him of ...": a gerund is no conjunct of
        # the finite verb the parser hung it on, but of the gerund before it, whose speaker it takes
        return _Speaker(None, inherit_from=_gerund_partner(ctx, tree, v, h))
    if t.xpos == "VBG" and t.deprel == "acl" and toks[h].upos in NOMINAL_UPOS:
        if names_a_thing(ctx, tree, h) and (clause := _clause_of_thing(ctx, tree, h)) is not None:
            # "stressed the need to rebuild, stating ...": a need does not state; who stressed it does
            return _Speaker(None, inherit_from=clause)
        return _Speaker(None, src_head=h)  # "a video alleging that", "reports suggesting that"
    if t.xpos == "VBG" and t.deprel == "xcomp" and _expletive_adjective(ctx, tree, h):
        return None  # "It is worth noting that X": the writer's aside, nobody's statement
    if t.xpos == "VBG" and t.deprel in ("advcl", "xcomp", "dep", "conj", "acl"):
        return _Speaker(None, inherit_from=h)
    return None


def _expletive_adjective(ctx: DocContext, tree: SentTree, h: int) -> bool:
    """``h`` is an adjective predicate of an empty "it" ("it is worth noting", "it is worth recalling")."""
    toks = ctx.doc.tokens
    return toks[h].upos == "ADJ" and any(toks[c].text.lower() in EXPLETIVES for c in tree.kids(h, ("nsubj", "expl")))


#: Relations through which a participle's clause climbs from a thing to the clause that governs it.
CLAUSE_CLIMB_DEPS = frozenset({"ccomp", "advcl", "conj", "xcomp", "parataxis"})


def _clause_of_thing(ctx: DocContext, tree: SentTree, noun: int) -> int | None:
    """The verb whose clause holds the thing ``noun`` as an object or complement ("stressed the need")."""
    up = tree.head(noun)
    if up is None or ctx.doc.tokens[up].upos not in ("VERB", "AUX") or ctx.doc.tokens[noun].deprel.startswith("nsubj"):
        return None
    return up


def speaking_subject(ctx: DocContext, tree: SentTree, h: int) -> tuple[int | None, int]:
    """The subject a participle hung on clause ``h`` takes, and the clause it was found in: when the subject
    names a thing ("agreed that the size of the firm is part of it, saying ..."), the clause governing that
    one, as far as a subject that may speak goes."""
    toks = ctx.doc.tokens
    subj = _subject(ctx, tree, h)
    k = h
    # a gerund with no subject of its own ("closed the hearing after rejecting ...") is its clause's
    while subj is None and toks[k].xpos == "VBG" and toks[k].deprel in ("advcl", "xcomp"):
        up = tree.head(k)
        if up is None or up == k:
            break
        k = up
        subj = _subject(ctx, tree, k)
    if subj is not None and k != h and not names_a_thing(ctx, tree, subj):
        return subj, k
    k = h if subj is None else k
    while subj is not None and names_a_thing(ctx, tree, subj) and toks[k].deprel in CLAUSE_CLIMB_DEPS:
        up = tree.head(k)
        if up is None or up == k:
            break
        found = _subject(ctx, tree, up)
        if found is not None and not names_a_thing(ctx, tree, found):
            return found, up
        k = up
    return subj, h


def _gerund_partner(ctx: DocContext, tree: SentTree, v: int, h: int) -> int:
    """The clause a coordinated gerund ``v`` continues: its head ``h``, unless ``h`` is a finite verb and a
    gerund governs ``h`` (then that gerund: "rejecting [the claim that X lost] and accusing")."""
    toks = ctx.doc.tokens
    if toks[v].xpos != "VBG" or toks[h].xpos == "VBG":
        return h
    k: int | None = tree.head(h)
    while k is not None and k != h and toks[k].upos in ("VERB", "NOUN", "AUX"):
        if toks[k].xpos == "VBG" and k < v:
            return k
        up = tree.head(k)
        if up == k:
            break
        k = up
    return h


def denied_speaker(ctx: DocContext, tree: SentTree, subj: int) -> bool:
    """ "No one believes X", "Nobody said X": the subject denies there is any speaker (rule ``nobody-speaks``); the
    words are a claim of whoever says them, no attribution of their own."""
    toks = ctx.doc.tokens
    if toks[subj].text.lower() in NEGATING_SUBJECTS:
        return True
    return any(toks[c].text.lower() in NEGATIONS for c in tree.kids(subj, ("det",)))


def _speaker(ctx: DocContext, tree: SentTree, v: int, surface: tuple[int, int, int] | None) -> _Speaker | None:
    """Who speaks through cue ``v`` (None: the verb is no attribution)."""
    subj = _subject(ctx, tree, v) if surface is None else surface[2]
    if subj is not None and denied_speaker(ctx, tree, subj):
        return None
    quoted_as = _quoted_as(ctx, tree, v) if subj is None else None
    if quoted_as is not None:
        subj = quoted_as[0]  # "X was quoted by Reuters as saying": X speaks
    if subj is None:
        found = _subjectless_speaker(ctx, tree, v)
        if found is not None:
            found.surface = surface
        return found
    return _Speaker(subj, _subject_source(ctx, tree, v, subj), quoted_as=quoted_as, surface=surface)
