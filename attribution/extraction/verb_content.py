"""What a cue verb reports: its clause, or the parts its form takes when it has none.

A clause-less cue's content comes from ``CONTENT_FORMS``, a sieve over the verb's form: an
accusation ("accused X of Y"), an object ("confirmed the deaths"), a warning ("warned of floods"),
a directive ("urged residents to leave"), an evaluation ("slammed the plan as a betrayal").
"""

from __future__ import annotations

from collections.abc import Callable

from ..lang.en.cues import (
    ACCUSATION_MARKS,
    ACCUSATION_VERBS,
    AS_COMPLEMENT_FILING_VERBS,
    AS_COMPLEMENT_MARK,
    BARE_PREDICATE_VERBS,
    CATAPHORIC_MODIFIERS,
    CITE_AS_VERBS,
    CITE_LEMMAS,
    CLAIMED_TOLL_NOUNS,
    CONTENT_DEPS,
    CUE_VERBS,
    DEICTIC_PRONOUNS,
    DIRECTIVE_LISTENER_CASES,
    DIRECTIVE_VERBS,
    DISMISSAL_PARTICLES,
    DISMISSAL_VERBS,
    EMPHASIS_VERBS,
    EVALUATIVE_MARKS,
    EVALUATIVE_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FILING_CASES,
    FILING_VERBS,
    LIKENING_MARKS,
    LIKENING_VERBS,
    MEASURE_NOUNS,
    OBJECT_CONTENT_VERBS,
    PUBLICATION_VERBS,
    REACTION_MARKS,
    REACTION_VERBS,
    REPORT_NOUNS,
    REPORT_VENUE_CASE,
    SOURCE_STRIP_ENTS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    STANCE_VERBS,
    STORY_NOUNS,
    TOLL_CLAIM_VERBS,
    WARNING_MARKS,
    WARNING_NOUN_VERBS,
    WARNING_NOUNS,
    WARNING_TAIL_DEPS,
    WARNING_VERBS,
    XCOMP_CONTENT_VERBS,
)
from ..rules import Rule, RuleSet
from .collective import content_clause
from .content import (
    is_infinitive,
    is_negated_noun,
    opens_with_that,
)
from .context import OPEN_QUOTES, DocContext, SentTree
from .speakers import SUBJECTS, _fronted_subject, inverted_clause_subject, stolen_subject

#: Parts of speech a predicate of evaluation has ("as despicable", "as a betrayal", "as 'Project Fear'"):
#: "as" heading a phrase of these words gives the predicate; "as" over a number or a clause does not.
PREDICATE_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def _object_content(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """ "confirmed the deaths", "reported the story that X": the object (or its noun's clause)."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None or toks[obj].upos == "PRON" or _object_is_no_claim(ctx, tree, v, obj):
        return []
    if toks[obj].lemma.lower() in REPORT_NOUNS | STORY_NOUNS:
        clause = content_clause(ctx, tree, obj)
        return [clause] if clause is not None else []
    return [] if toks[v].lemma.lower() in PUBLICATION_VERBS else [obj]


def shows_measured(ctx: DocContext, i: int) -> bool:
    """Is the phrase headed by ``i`` a poll or a count, which shows what it found ("exit polls", "a survey", "quick
    counts": ``MEASURE_NOUNS``)?"""
    t = ctx.doc.tokens[i]
    return t.upos == "NOUN" and t.lemma.lower() in MEASURE_NOUNS


def _measure_shows(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """ "independent exit polls showed a decisive victory for the challenger", "polls showing a wide margin": the
    noun-phrase object of an evidence verb whose subject (or the noun its participle describes) is a poll or a count
    is what it shows (rule ``measure-shows``); a person's "showed restraint" is no such form."""
    toks = ctx.doc.tokens
    shower = tree.kid(v, SUBJECTS)
    if shower is None and toks[v].deprel == "acl" and toks[v].xpos == "VBG":
        shower = tree.head(v)
    if shower is None or not shows_measured(ctx, shower):
        return []
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].upos == "PRON":
        return []
    return [obj]


def _form(
    verbs: frozenset[str], find: Callable[[DocContext, SentTree, int], list[int]]
) -> Callable[..., list[int] | None]:
    """A sieve step: ``find`` for a verb of ``verbs`` (None when it is not one or finds nothing)."""

    def step(ctx: DocContext, tree: SentTree, v: int) -> list[int] | None:
        if ctx.doc.tokens[v].lemma.lower() not in verbs:
            return None
        return find(ctx, tree, v) or None

    return step


#: Content of a cue with no clause, by the verb's form: the first form that finds some wins.
CONTENT_FORMS = RuleSet(
    "extraction.verbal.content",
    [
        Rule(
            "accusation",
            _form(ACCUSATION_VERBS, lambda c, t, v: _accusation(c, t, v)),
            "The mayor accused the contractor of cutting corners.",
        ),
        Rule(
            "object",
            _form(OBJECT_CONTENT_VERBS, _object_content),
            "The ministry confirmed the deaths of two workers.",
        ),
        Rule(
            "measure-shows",
            _form(EVIDENCE_VERBS, _measure_shows),
            "Independent exit polls showed a decisive victory for the challenger.",
        ),
        Rule(
            "warning",
            _form(WARNING_VERBS, lambda c, t, v: _warning(c, t, v)),
            "The agency warned of floods in the north.",
        ),
        Rule(
            "directive",
            _form(DIRECTIVE_VERBS, lambda c, t, v: _directive(c, t, v)),
            "The governor urged residents to leave the coast.",
        ),
        Rule(
            "pronoun-takes-up-clause",
            _form(EVALUATIVE_VERBS | CITE_AS_VERBS, lambda c, t, v: _clause_taken_up(c, t, v)),
            "Both ferries were sailing too fast and experts have cited it as the main reason for the collision.",
        ),
        Rule(
            "evaluation",
            _form(EVALUATIVE_VERBS | CITE_AS_VERBS, lambda c, t, v: _cited_or_evaluated(c, t, v)),
            "The union slammed the plan as a betrayal.",
        ),
        Rule(
            "reaction",
            _form(REACTION_VERBS, lambda c, t, v: reaction(c, t, v)),
            "The players' union welcomed the tribunal's decision.",
        ),
        Rule(
            "stance",
            _form(STANCE_VERBS, lambda c, t, v: _stance(c, t, v)),
            "Mayor Ana Ruiz expressed relief after the inquiry cleared her staff.",
        ),
        Rule(
            "warning-noun",
            _form(WARNING_NOUN_VERBS, lambda c, t, v: _stance(c, t, v, WARNING_NOUNS)),
            "President Lena Ruiz issued a warning about the rising death toll.",
        ),
        Rule(
            "dismissal",
            _form(DISMISSAL_VERBS, lambda c, t, v: _dismissal(c, t, v)),
            "Chief Inspector Lena Hart ruled out foul play.",
        ),
        Rule(
            "emphasis",
            _form(EMPHASIS_VERBS, lambda c, t, v: emphasis(c, t, v)),
            "Mayor Ana Ruiz emphasized her full cooperation with the inquiry.",
        ),
        Rule(
            "likening",
            _form(LIKENING_VERBS, lambda c, t, v: _likening(c, t, v)),
            "The fire chief likened the blaze to a furnace.",
        ),
    ],
)


def content_heads(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Heads of what cue ``v`` reports: its clause (or one the parser hung elsewhere), else the parts
    its form takes (``CONTENT_FORMS``)."""
    return content_heads_and_form(ctx, tree, v)[0]


def content_heads_and_form(ctx: DocContext, tree: SentTree, v: int) -> tuple[list[int], str | None]:
    """``content_heads`` and the name of the ``CONTENT_FORMS`` step that found them (None: the clause did)."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    heads = [c for c in tree.kids(v, CONTENT_DEPS) if c > v or toks[c].deprel == "ccomp"]
    heads = [h for h in heads if not _denied_clause(ctx, tree, v, h)]
    step = None
    if not heads and lem in CUE_VERBS:
        heads = _displaced_clause(ctx, tree, v)
        if not heads and (heads := _that_clause_on_object(ctx, tree, v)):
            step = THAT_ON_OBJECT_STEP
        elif not heads and (heads := _quoted_verb_in_object(ctx, tree, v)):
            step = QUOTED_VERB_IN_OBJECT_STEP
    if heads and (pre := _fronted_subject(ctx, tree, v)) is not None:
        heads = [pre, *heads]  # "The fire, said the mayor, started ...": the fronted subject is content
    elif heads and (stolen := stolen_subject(ctx, tree, v)) is not None:
        heads = [stolen, *heads]  # "X, in a press conference, said astronauts Y and Z will return": Y and Z too
    elif heads and inverted_clause_subject(ctx, tree, v) is not None and (subj := tree.kid(v, SUBJECTS)) is not None:
        heads = [*heads, subj]  # "Among those hurt were two nurses, the council said": the nurses too
    if lem in XCOMP_CONTENT_VERBS:
        heads += tree.kids(v, ("xcomp",))
    if not heads and (found := CONTENT_FORMS.first(ctx, tree, v)) is not None:
        return sorted(found.value), found.rule
    return sorted(heads), step


def _denied_clause(ctx: DocContext, tree: SentTree, v: int, h: int) -> bool:
    """ "found no indication that X": the clause after a denied evidence object belongs to the noun
    (the parser hung it on the verb); the verb reports the denial, not X."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    return obj is not None and obj < h and toks[obj].lemma.lower() in EVIDENCE_NOUNS and is_negated_noun(ctx, tree, obj)


def _displaced_clause(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """A reported clause the parser hung below the cue's frame instead of on the cue:
    "said in a statement that X" (on the report noun), "reported, citing two officials, that X"
    (on the participle). Only a "that"-clause after the frame word counts."""
    toks = ctx.doc.tokens
    hosts = [
        c
        for c in tree.kids(v, ("obl",))
        if c > v and toks[c].lemma.lower() in REPORT_NOUNS and _case_of(ctx, tree, c) == REPORT_VENUE_CASE
    ]
    hosts += [c for c in tree.kids(v, ("advcl", "xcomp", "dep")) if c > v and toks[c].lemma.lower() in CITE_LEMMAS]
    for host in hosts:
        for c in tree.kids(host, ("acl", "ccomp")):
            if c > host and opens_with_that(ctx, tree, c):
                return [c]
    return _that_clause_in_frame(ctx, tree, v)


def _that_clause_in_frame(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """ "acknowledged during his remarks to the judge that customers had suffered": a clause marked by the
    conjunction "that" (a relative "that" is a pronoun, not a mark) with a subject of its own, hung on a noun
    of the cue's oblique phrase after the cue, is what the cue reports."""
    toks = ctx.doc.tokens
    for o in tree.kids(v, ("obl",)):
        if o < v:
            continue
        lo, hi = tree.bounds(o)
        for c in range(lo, hi):
            if toks[c].deprel in ("acl", "acl:relcl") and opens_with_that(ctx, tree, c) and tree.kid(c, ("nsubj",)):
                return [c]
    return []


#: The step of a reported clause the parser hung on the noun it misread as the cue's object.
THAT_ON_OBJECT_STEP = "that-clause-on-object"


def _that_clause_on_object(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """ "explained on BBC Radio 4's Today programme that the group was behind the attack", parsed with
    "programme" as the object of "explained" and the clause as a modifier of it: a clause marked by the
    conjunction "that" with a subject of its own, hung on the object after a cue that takes no object as its
    content (``OBJECT_CONTENT_VERBS`` read "confirmed the report that X" by their object form), is what a speech
    cue reports (step ``that-clause-on-object``); never the clause of an evidence or report noun ("found no
    evidence that X")."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    lem = toks[v].lemma.lower()
    if obj is None or obj < v or lem not in SPEECH_VERBS or lem in OBJECT_CONTENT_VERBS:
        return []
    if toks[obj].lemma.lower() in EVIDENCE_NOUNS | REPORT_NOUNS or is_negated_noun(ctx, tree, obj):
        return []  # "found no evidence that X", "repeated the report that X": the clause is the noun's
    for c in tree.kids(obj, ("acl", "acl:relcl")):
        if c > obj and opens_with_that(ctx, tree, c) and tree.kid(c, ("nsubj", "nsubj:pass")):
            return [c]
    return []


#: Tags of a past verb form, which the parser reads as a participle modifying the noun after it.
PAST_VERB_TAGS = frozenset({"VBD", "VBN"})
#: The step of a clause whose quoted verb the parser misread as a modifier of the cue's object.
QUOTED_VERB_IN_OBJECT_STEP = "quoted-verb-in-object"


def _quoted_verb_in_object(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """'said the ferry “lost power” after leaving port', parsed with "power" as the object of "said" and the
    quoted verb "lost" and the subject "the ferry" as its modifiers: when the object phrase of a speech cue that
    takes no object as its content holds an opening double quotation mark with a past verb form right after it,
    hung on the object, and a noun or pronoun right before it (the clause's subject), the phrase is the reported
    clause (step ``quoted-verb-in-object``)."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    lem = toks[v].lemma.lower()
    if obj is None or obj < v or lem not in SPEECH_VERBS or lem in OBJECT_CONTENT_VERBS:
        return []
    lo, _ = tree.bounds(obj)
    for k in range(lo + 1, obj - 1):
        verb, before = toks[k + 1], toks[k - 1]
        if toks[k].text not in OPEN_QUOTES or verb.upos != "VERB" or verb.xpos not in PAST_VERB_TAGS:
            continue
        if verb.head == obj and before.upos in ("NOUN", "PROPN", "PRON"):
            return [obj]
    return []


def _case_of(ctx: DocContext, tree: SentTree, n: int) -> str:
    case = tree.kid(n, ("case",))
    return ctx.doc.tokens[case].lemma.lower() if case is not None else ""


def _filed_to(ctx: DocContext, tree: SentTree, v: int, obj: int) -> bool:
    """ "reported the breach to the regulator": a filing verb with a "to" phrase after its object."""
    if ctx.doc.tokens[v].lemma.lower() not in FILING_VERBS:
        return False
    return any(
        c > obj and _case_of(ctx, tree, c) in FILING_CASES
        for c in [*tree.kids(v, ("obl",)), *tree.kids(obj, ("nmod",))]
    )


def _filed_as(ctx: DocContext, v: int, obj: int) -> bool:
    """ "reported a valve on the tank as faulty": "as" + an adjective or participle right after the object."""
    toks = ctx.doc.tokens
    if toks[v].lemma.lower() not in AS_COMPLEMENT_FILING_VERBS:
        return False
    _lo, hi = ctx.doc.subtree(obj)
    return (
        hi + 1 < len(toks)
        and toks[hi].sent == toks[obj].sent
        and toks[hi].text.lower() == AS_COMPLEMENT_MARK
        and (toks[hi + 1].upos == "ADJ" or toks[hi + 1].xpos == "VBN")
    )


def _object_is_no_claim(ctx: DocContext, tree: SentTree, v: int, obj: int) -> bool:
    """Objects that make an object-content verb an act: "reported the breach to the regulator" (a
    filing), "has claimed 40 lives" (deaths caused), "published the following advice:" (announces)."""
    toks = ctx.doc.tokens
    if _filed_to(ctx, tree, v, obj):
        return True
    if toks[v].lemma.lower() in TOLL_CLAIM_VERBS and toks[obj].lemma.lower() in CLAIMED_TOLL_NOUNS:
        return True
    return _filed_as(ctx, v, obj) or is_cataphoric(ctx, tree, obj)


def is_cataphoric(ctx: DocContext, tree: SentTree, obj: int) -> bool:
    """ "the following advice", "these steps": an object pointing at what comes after the sentence."""
    toks = ctx.doc.tokens
    return any(toks[c].text.lower() in CATAPHORIC_MODIFIERS for c in tree.kids(obj, ("amod", "det", "advmod")))


def _directive(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Listener + infinitive of "urged hospitals to check", "called on drivers to avoid the area"."""
    listener = tree.kid(v, ("obj", "iobj"))
    if listener is None:
        listener = next(
            (c for c in tree.kids(v, ("obl",)) if c > v and _case_of(ctx, tree, c) in DIRECTIVE_LISTENER_CASES), None
        )
    if listener is None or listener < v:
        return []
    for x in tree.kids(v, ("xcomp", "advcl")):
        if x > listener and is_infinitive(ctx, tree, x):
            return [listener, x]
    return []


def _small_clause_predicate(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """ "called the ruling "shameful"" parsed as one small clause: the predicate holds the object."""
    toks = ctx.doc.tokens
    for x in tree.kids(v, ("xcomp",)):
        if x > v and toks[x].upos == "ADJ" and any(toks[d].deprel == "det" for d in tree.children(x)):
            return [x]
    return []


def _is_evaluation_predicate(ctx: DocContext, tree: SentTree, v: int, c: int) -> bool:
    """``c`` is the predicate of an evaluation: "as a betrayal", "as 'despicable'", "called it shameful"."""
    toks = ctx.doc.tokens
    dep = toks[c].deprel
    if dep in ("obl", "advcl", "xcomp") and _case_of(ctx, tree, c) in EVALUATIVE_MARKS:
        return True
    if dep in ("obl", "advcl") and _as_predicate(ctx, tree, c):
        return True
    return dep == "xcomp" and toks[v].lemma.lower() in BARE_PREDICATE_VERBS and toks[c].upos in ("ADJ", "NOUN")


def _evaluation(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Object + predicate of "called the attack 'despicable'", "slammed the plan as a betrayal"."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    bare = toks[v].lemma.lower() in BARE_PREDICATE_VERBS
    if obj is None and bare and (small := _small_clause_predicate(ctx, tree, v)):
        return small
    if obj is None or obj < v or (toks[obj].upos == "PRON" and toks[obj].text.lower() in DEICTIC_PRONOUNS):
        return []
    pred = next((c for c in tree.children(v) if c > obj and _is_evaluation_predicate(ctx, tree, v, c)), None)
    return [obj, pred] if pred is not None else []


def _cited_or_evaluated(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Form "evaluation" (``_evaluation``) for an evaluative verb, or for a cite verb with its own subject."""
    return _evaluation(ctx, tree, v) if _own_subject(ctx, tree, v) else []


def _own_subject(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """A verb of ``CITE_AS_VERBS`` names who cites with a subject of its own ("Police cited speeding as the
    cause"); one sharing the subject of a clause it is coordinated with ("X primes supporters ... and cites the
    crowds as an example") is left to the model: the rules took the wrong words for its speaker on PolNeAR."""
    return ctx.doc.tokens[v].lemma.lower() not in CITE_AS_VERBS or tree.kid(v, SUBJECTS) is not None


def _clause_taken_up(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """The clause a pronoun object takes up and the predicate given it (form ``pronoun-takes-up-clause``): the
    cue is the second conjunct of a clause whose first conjunct has a subject of its own ("Both trains were at
    high speed and experts have cited it as a main reason": the first conjunct and "as a main reason").
    Nothing for any other "it" ("called it a disgrace": what "it" is lies outside the sentence)."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].upos != "PRON" or toks[obj].text.lower() not in DEICTIC_PRONOUNS:
        return []
    h = tree.head(v)
    if h is None or h > v or toks[v].deprel != "conj" or tree.kid(v, SUBJECTS) is None:
        return []
    if tree.kid(h, SUBJECTS) is None:
        return []
    pred = next((c for c in tree.children(v) if c > obj and _is_evaluation_predicate(ctx, tree, v, c)), None)
    return [h, pred] if pred is not None else []


def _as_predicate(ctx: DocContext, tree: SentTree, c: int) -> bool:
    """The predicate of "slammed X as Y" in the shapes the parser gives it besides "as" as its case:
    "as" as a marker or adverb on it ("described the damage as severe"), or "as" heading the phrase
    with the predicate hung below it ("slammed the attack as 'despicable'")."""
    toks = ctx.doc.tokens
    if any(toks[k].text.lower() in EVALUATIVE_MARKS for k in tree.kids(c, ("mark", "advmod")) if k < c):
        return True
    return toks[c].text.lower() in EVALUATIVE_MARKS and any(
        toks[k].upos in PREDICATE_POS for k in tree.children(c) if k > c
    )


def _warning_tail(ctx: DocContext, tree: SentTree, v: int, c: int) -> list[int]:
    """The warning phrase ``c`` and the modifiers of ``v`` right after it ("of floods in the north
    this week")."""
    toks = ctx.doc.tokens
    heads = [c]
    end = tree.bounds(c)[1]
    for d in tree.children(v):
        if d > c and toks[d].deprel in WARNING_TAIL_DEPS and tree.bounds(d)[0] == end:
            heads.append(d)
            end = tree.bounds(d)[1]
    return heads


def _warning(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """What a warning with no clause is about: "warned residents to leave" (listener + infinitive),
    "warned of floods in the north this week" (the phrase and the modifiers right after it)."""
    obj = tree.kid(v, ("obj",))
    if obj is not None and obj > v:
        x = next((x for x in tree.kids(v, ("xcomp",)) if x > obj and is_infinitive(ctx, tree, x)), None)
        return [obj, x] if x is not None else []
    c = next((c for c in tree.kids(v, ("obl", "advcl")) if c > v and warning_mark(ctx, tree, c) is not None), None)
    return _warning_tail(ctx, tree, v, c) if c is not None else []


def warning_mark(ctx: DocContext, tree: SentTree, c: int) -> int | None:
    """The "of"/"about"/"against" opening the phrase ``c`` (None when it has none)."""
    toks = ctx.doc.tokens
    for k in tree.kids(c, ("case", "mark")):
        if toks[k].lemma.lower() in WARNING_MARKS and k == tree.bounds(c)[0]:
            return k
    return None


def _accusation(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Object and charge of "accused Russian forces of going to extreme lengths to hide ..." (the
    charge is a clause or a noun introduced by "of"/"for"/"with"); nothing when either is missing."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None:
        return []

    def charges(of: int, deps: tuple[str, ...]) -> list[int]:
        out = []
        for c in tree.kids(of, deps):
            intro = tree.kid(c, ("mark", "case"))
            if c > obj and intro is not None and toks[intro].lemma.lower() in ACCUSATION_MARKS:
                out.append(c)
        return out

    if charges(obj, ("acl", "nmod")):
        return [obj]  # the parser hung the charge on the object: its phrase holds both
    on_verb = charges(v, ("advcl", "obl", "nmod"))
    return [obj, on_verb[0]] if on_verb else []


def reaction(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Object (and the reason after it) of "welcomed the decision", "thanked allies for the swap",
    "congratulated her on the win": a noun object after the verb; nothing for a pronoun or no object."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].upos not in ("NOUN", "PROPN"):
        return []
    reason = next(
        (
            c
            for c in tree.kids(v, ("obl", "advcl"))
            if c > obj and _mark_of(ctx, tree, c) in REACTION_MARKS and toks[c].ent not in SOURCE_STRIP_ENTS
        ),
        None,
    )  # "congratulated her on the win", not "welcomed the plan on Friday"
    return [obj, reason] if reason is not None else [obj]


def _mark_of(ctx: DocContext, tree: SentTree, c: int) -> str:
    """The first "case" or "mark" word opening phrase ``c`` ("" when none opens it)."""
    intro = tree.kid(c, ("case", "mark"))
    return ctx.doc.tokens[intro].lemma.lower() if intro is not None and intro == tree.bounds(c)[0] else ""


def _stance(ctx: DocContext, tree: SentTree, v: int, nouns: frozenset[str] = STANCE_NOUNS) -> list[int]:
    """What a stance put into words is about (form "stance"): the stance noun with its phrase ("voiced doubts
    that the plan would work") and the phrases right after it ("expressed relief after the inquiry cleared her
    staff", "cast doubt on the figures"). Nothing when the object names no stance ("shared a flat"). Form
    "warning-noun" reads a delivered warning the same way, with its own nouns ("issued a warning about X")."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].lemma.lower() not in nouns:
        return []
    heads = [obj]  # "doubts that the plan would work" keeps its noun: the clause alone would assert what is doubted
    end = tree.bounds(obj)[1]
    for d in tree.children(v):
        if d > obj and toks[d].deprel in ("obl", "advcl", "xcomp") and tree.bounds(d)[0] == end:
            heads.append(d)
            end = tree.bounds(d)[1]
    return heads


def _likening(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """The thing and what it is likened to: "likened the blaze to a furnace" (form "likening")."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].upos not in ("NOUN", "PROPN"):
        return []
    to = next((c for c in tree.kids(v, ("obl",)) if c > obj and _mark_of(ctx, tree, c) in LIKENING_MARKS), None)
    if to is None:
        to = next((c for c in tree.kids(obj, ("nmod",)) if _mark_of(ctx, tree, c) in LIKENING_MARKS), None)
        return [obj] if to is not None else []  # the parser hung "to a furnace" on the thing: its phrase holds both
    return [obj, to]


def emphasis(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """What is put forward with emphasis: "stressed the need for calm" (form "emphasis"); nothing for a
    pronoun object ("stressed it") or one before the verb."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if obj is None or obj < v or toks[obj].upos not in ("NOUN", "PROPN"):
        return []
    return [obj]


def has_dismissal_particle(ctx: DocContext, tree: SentTree, v: int) -> bool:
    """ "ruled out": the verb carries the particle that makes it set something aside."""
    return any(ctx.doc.tokens[c].text.lower() in DISMISSAL_PARTICLES for c in tree.kids(v, ("compound:prt",)))


def _dismissal(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """What is set aside: "ruled out foul play" (form "dismissal"); nothing for a pronoun object ("an injury
    ruled him out") or a verb without its particle."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    if not has_dismissal_particle(ctx, tree, v) or obj is None or obj < v or toks[obj].upos not in ("NOUN", "PROPN"):
        return []
    return [obj]
