"""Reported speech with a verb cue: "X said/told/stated/confirmed ... that CLAUSE".

Forms handled here (all from the UD tree of one sentence):

- subject + cue verb + ccomp/parataxis content, in any order (sentence-initial,
  sentence-final "..., X said Friday", or a quote before/after the cue);
- relative clauses: "Militarnyi, which initially reported the soldier was
  captured" (source = the antecedent); "who it said was taken" (source "it");
- coordinated and participial cues share the speaker: "said X but warned Y",
  "..., saying ...", "..., adding that ...", "Confirming reports ..., the NIS said";
- a participle on a document noun: "a video alleging that", "reports suggesting";
- parenthetical attributions with no clausal complement ("X, a source told AFP,");
- "told AFP / the BBC": a news organisation as listener is an intermediary (via);
- light verb + estimate noun + "at NUMBER": "put the number killed at 3,000".

Passive cues ("it is reported", "reported by X") belong to ``passive.py`` and
``prepositional.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..doc import Token
from ..lang.en.cues import (
    ACCORDING,
    ACCUSATION_MARKS,
    ACCUSATION_VERBS,
    AS_COMPLEMENT_FILING_VERBS,
    AS_COMPLEMENT_MARK,
    BARE_PREDICATE_VERBS,
    CATAPHORIC_MODIFIERS,
    CITE_LEMMAS,
    CLAIMED_TOLL_NOUNS,
    CONTENT_DEPS,
    CUE_VERBS,
    DEICTIC_PRONOUNS,
    DENIAL_VERBS,
    DIRECTIVE_LISTENER_CASES,
    DIRECTIVE_VERBS,
    EMERGENCE_SUBJECT,
    EMERGENCE_VERBS,
    ESTIMATE_AT_CASE,
    ESTIMATE_NOUNS,
    EVALUATIVE_MARKS,
    EVALUATIVE_VERBS,
    EVIDENCE_NOUNS,
    EVIDENCE_VERBS,
    FILING_CASES,
    FILING_VERBS,
    INTERVIEW_NOUNS,
    INTERVIEW_PARTNER_CASES,
    LIGHT_ESTIMATE_VERBS,
    LISTENER_TO_CASE,
    NOMINAL_UPOS,
    NONRESTRICTIVE_RELATIVES,
    OBJECT_CONTENT_VERBS,
    PARENTHETICAL_VERBS,
    PARTICIPLE_SPEECH_VERBS,
    PERSON_RELATIVE,
    PUBLICATION_VERBS,
    QUOTED_AS_MARK,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    REPORT_VENUE_CASE,
    RESPONSIBILITY_NOUNS,
    SEPARATE_CLAUSE_DEPS,
    STORY_NOUNS,
    TELL_VERBS,
    TOLL_CLAIM_VERBS,
    WARNING_MARKS,
    WARNING_TAIL_DEPS,
    WARNING_VERBS,
    XCOMP_CONTENT_VERBS,
)
from ..rules import Rule, RuleSet
from .collective import classify, content_clause
from .content import (
    clause_around,
    clause_content,
    fronted_citings,
    has_predicate,
    is_embedded_question,
    is_infinitive,
    is_negated_noun,
    opens_with_that,
)
from .context import Cand, DocContext, SentTree
from .mentions import is_intermediary, is_source_like, published_by, quoted_by, source_mentions
from .types import SourceMention

#: Non-cue verbs that still attribute in one form: urging ("urged X to V") and evaluating ("called X Y").
FRAME_ONLY_VERBS = (DIRECTIVE_VERBS | EVALUATIVE_VERBS) - CUE_VERBS
#: Parts of speech a predicate of evaluation has ("as despicable", "as a betrayal", "as 'Project Fear'"):
#: "as" heading a phrase of these words gives the predicate; "as" over a number or a clause does not.
PREDICATE_POS = frozenset({"ADJ", "NOUN", "PROPN"})
#: Relations marking a passive verb (handled by passive.py).
PASSIVE_MARKS = frozenset({"aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"})
#: Relations of a verb's own subject.
SUBJECTS = frozenset({"nsubj"})
#: Relations of a listener ("told AFP", "told the BBC").
LISTENER_DEPS = frozenset({"obj", "iobj"})


def cue_tokens(ctx: DocContext, tree: SentTree) -> set[int]:
    """Every token that may open an attribution in this sentence (for cutting content)."""
    toks = ctx.doc.tokens
    out = set()
    for i in range(tree.lo, tree.hi):
        t = toks[i]
        lem = t.lemma.lower()
        if (t.upos == "VERB" and (lem in CUE_VERBS or lem in CITE_LEMMAS or lem in LIGHT_ESTIMATE_VERBS)) or (
            t.text.lower() == ACCORDING
        ):
            out.add(i)
    return out


def is_passive(ctx: DocContext, tree: SentTree, v: int) -> bool:
    toks = ctx.doc.tokens
    if any(toks[c].deprel in PASSIVE_MARKS for c in tree.children(v)):
        return True
    # a reduced passive participle: "Reported by X, ..." / "the man cited for bravery"
    t = toks[v]
    return t.xpos == "VBN" and not any(toks[c].deprel in ("aux", "nsubj") for c in tree.children(v))


def _frame_modifier(ctx: DocContext, tree: SentTree, cue: int, c: int, src_tok: int | None, heads: list[int]) -> bool:
    """Dependent ``c`` of the cue belongs to its frame: not content, not a separate clause or
    punctuation, not a fronted adverbial before the source ("Later on Friday, X announced")."""
    toks = ctx.doc.tokens
    if c in heads or toks[c].deprel in SEPARATE_CLAUSE_DEPS or toks[c].deprel == "punct" or c == src_tok:
        return False
    if toks[c].deprel in ("mark", "cc") and c < cue:
        return False
    ca, cb = tree.bounds(c)
    if any(h is not None and ca <= h < cb for h in heads):
        return False
    return not (c < cue and src_tok is not None and c < tree.bounds(src_tok)[0])


def frame_of(ctx: DocContext, tree: SentTree, cue: int, src_tok: int | None, heads: list[int]) -> tuple[int, int]:
    """Token bounds of the attribution frame: source + cue + the cue's non-content modifiers."""
    a, b = cue, cue + 1
    if src_tok is not None:
        sa, sb = tree.bounds(src_tok)
        a, b = min(a, sa), max(b, sb)
    for c in tree.children(cue):
        if _frame_modifier(ctx, tree, cue, c, src_tok, heads):
            ca, cb = tree.bounds(c)
            a, b = min(a, ca), max(b, cb)
    return a, b


def _interview_partners(ctx: DocContext, tree: SentTree, c: int) -> list[SourceMention]:
    """The partner of "in an interview with/to/on X" when it is an intermediary."""
    toks = ctx.doc.tokens
    out: list[SourceMention] = []
    for n in tree.kids(c, ("nmod",)):
        ncase = tree.kid(n, ("case",))
        if ncase is not None and toks[ncase].lemma.lower() in INTERVIEW_PARTNER_CASES and is_intermediary(ctx, tree, n):
            out.extend(source_mentions(ctx, tree, n, unwrap=False))
    return out


def _oblique_via(ctx: DocContext, tree: SentTree, c: int) -> list[SourceMention]:
    """ "said to Reuters", "in an interview with the BBC"."""
    toks = ctx.doc.tokens
    case = tree.kid(c, ("case",))
    case_lem = toks[case].lemma.lower() if case is not None else ""
    if case_lem == LISTENER_TO_CASE and is_intermediary(ctx, tree, c):
        return source_mentions(ctx, tree, c, unwrap=False)  # "said to Reuters"
    if toks[c].lemma.lower() in INTERVIEW_NOUNS:
        return _interview_partners(ctx, tree, c)
    return []


def via_of(ctx: DocContext, tree: SentTree, cue: int) -> list[SourceMention]:
    """Intermediaries named with the cue: the listener of "told", the partner of "in an interview with"."""
    toks = ctx.doc.tokens
    out: list[SourceMention] = []
    lem = toks[cue].lemma.lower()
    for c in tree.children(cue):
        dep = toks[c].deprel
        if lem in TELL_VERBS and dep in LISTENER_DEPS and is_intermediary(ctx, tree, c):
            out.extend(source_mentions(ctx, tree, c, unwrap=False))
        elif dep == "obl":
            out.extend(_oblique_via(ctx, tree, c))
    return out


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
            "evaluation",
            _form(EVALUATIVE_VERBS, lambda c, t, v: _evaluation(c, t, v)),
            "The union slammed the plan as a betrayal.",
        ),
    ],
)


def content_heads(ctx: DocContext, tree: SentTree, v: int) -> list[int]:
    """Heads of what cue ``v`` reports: its clause (or one the parser hung elsewhere), else the parts
    its form takes (``CONTENT_FORMS``)."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    heads = [c for c in tree.kids(v, CONTENT_DEPS) if c > v or toks[c].deprel == "ccomp"]
    heads = [h for h in heads if not _denied_clause(ctx, tree, v, h)]
    if not heads and lem in CUE_VERBS:
        heads = _displaced_clause(ctx, tree, v)
    if heads and (pre := _fronted_subject(ctx, tree, v)) is not None:
        heads = [pre, *heads]  # "The fire, said the mayor, started ...": the fronted subject is content
    if lem in XCOMP_CONTENT_VERBS:
        heads += tree.kids(v, ("xcomp",))
    if not heads and (found := CONTENT_FORMS.first(ctx, tree, v)) is not None:
        heads = found.value
    return sorted(heads)


def _noun_object_only(ctx: DocContext, tree: SentTree, v: int, heads: list[int]) -> bool:
    """The content is the cue's noun-phrase object alone, after it ("denied any wrongdoing"), with no
    clause and no infinitive ("denied that ...", "denied having ..." keep their own content)."""
    toks = ctx.doc.tokens
    obj = tree.kid(v, ("obj",))
    return heads == [obj] and obj is not None and obj > v and toks[obj].upos in ("NOUN", "PROPN")


def _relative_or_transitive(ctx: DocContext, tree: SentTree, v: int, subj: int) -> bool:
    """A cue that cannot be a parenthetical frame: one in a relative clause ("the site, which first
    reported the story,") or one with an object it did not take as content ("reported the story");
    the object of "told AFP" is its listener, so "X, a source told AFP." stays a frame."""
    toks = ctx.doc.tokens
    if toks[subj].text.lower() in RELATIVE_PRONOUNS:
        return True
    return toks[v].lemma.lower() not in TELL_VERBS and any(c > v for c in tree.kids(v, ("obj",)))


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
    return []


def _case_of(ctx: DocContext, tree: SentTree, n: int) -> str:
    case = tree.kid(n, ("case",))
    return ctx.doc.tokens[case].lemma.lower() if case is not None else ""


def _fronted_subject(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    """In an inverted parenthetical ("The fire, said the mayor, started ...") the cue has two subjects:
    the one after the cue speaks, the one before it (set off by a comma) opens the reported clause."""
    subjects = tree.kids(v, SUBJECTS)
    before = [s for s in subjects if s < v]
    after = [s for s in subjects if s > v]
    if not before or not after or ctx.doc.tokens[v - 1].text != ",":
        return None
    return before[0]


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


def _subject(ctx: DocContext, tree: SentTree, v: int) -> int | None:
    if _fronted_subject(ctx, tree, v) is not None:
        return next(c for c in tree.kids(v, SUBJECTS) if c > v)  # "..., said the mayor, ...": the mayor
    return tree.kid(v, SUBJECTS)


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
    comma = next((j for j in range(v - 1, tree.lo - 1, -1) if toks[j].text in (",", "”", '"', "—")), None)
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
    while j > tree.lo and toks[j].upos == "PUNCT" and toks[j].text in (")", "”", '"'):
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


def _quoted_as(ctx: DocContext, tree: SentTree, v: int) -> tuple[int, int] | None:
    """(speaker, cite verb) of "X was quoted/cited by Reuters as saying": the passive subject speaks."""
    toks = ctx.doc.tokens
    h = tree.head(v)
    if h is None or toks[v].xpos != "VBG" or toks[v].deprel != "advcl" or toks[h].lemma.lower() not in CITE_LEMMAS:
        return None
    if not any(toks[c].lemma.lower() == QUOTED_AS_MARK for c in tree.kids(v, ("mark", "case"))):
        return None
    subj = tree.kid(h, ("nsubj:pass",))
    return (subj, h) if subj is not None else None


def _ends_with_colon(ctx: DocContext, tree: SentTree, cue: int) -> bool:
    sent = ctx.doc.sentences[tree.index]
    tail = ctx.text[ctx.doc.tokens[cue].end : sent.end].rstrip()
    return tail.endswith(":")


def parenthetical_content(
    ctx: DocContext, tree: SentTree, frame: tuple[int, int], cues: set[int]
) -> list[tuple[int, int]]:
    """Content around a parenthetical frame: "X, a source told AFP, Y" -> X (and Y when it is a clause)."""
    toks = ctx.doc.tokens
    a, b = frame
    spans: list[tuple[int, int]] = []
    if a > tree.lo and toks[a - 1].text in (",", "—", "–", "”", '"', "’"):
        span = ctx.char_span(tree.lo, a)
        if span and has_predicate(ctx, tree.lo, a):
            spans.append(span)
    if not spans:
        return []
    end = tree.hi
    for j in range(b, tree.hi):
        if j in cues:
            end = j
            break
    if b < end and toks[b].text == "," and has_predicate(ctx, b, end):
        span = ctx.char_span(b, end)
        if span:
            spans.append(span)
    return spans


def _is_frame_cue(ctx: DocContext, tree: SentTree, c: int) -> bool:
    t = ctx.doc.tokens[c]
    return t.upos == "VERB" and t.lemma.lower() in FRAME_ONLY_VERBS and bool(content_heads(ctx, tree, c))


def _interrupted_clause(
    ctx: DocContext, tree: SentTree, v: int, frame: tuple[int, int], cues: set[int]
) -> list[tuple[int, int]]:
    """ "The attack, Verhagen said, was detected at 3 a.m.": a frame set off by commas inside the clause
    it reports; the content is that clause around the frame (two spans)."""
    toks = ctx.doc.tokens
    gov = tree.head(v)
    while gov is not None and toks[gov].deprel in ("aux", "aux:pass", "cop"):
        gov = tree.head(gov)  # parsers may hang the frame on the auxiliary ("was" in "was closed")
    a, b = frame
    if gov is None or gov < b or toks[v].deprel not in ("parataxis", "advcl", "dep", "ccomp"):
        return []
    if a - 1 <= tree.lo or toks[a - 1].text != "," or b >= tree.hi or toks[b].text != ",":
        return []
    spans = clause_around(ctx, tree, gov, (a, b), cues - {gov})
    if (pre := _fronted_subject(ctx, tree, v)) is not None:
        spans = clause_content(ctx, tree, [pre]) + spans  # "The leak, said the engineer, began ..."
    return sorted(spans) if len(spans) >= 2 else []


def _estimate_end(ctx: DocContext, tree: SentTree, v: int, obj: int) -> int | None:
    """Token end of the figure of "put the number at NUMBER" (None when there is no "at" + figure)."""
    toks = ctx.doc.tokens
    _lo, hi = tree.bounds(v)
    for j in range(obj, hi):
        if toks[j].text.lower() == ESTIMATE_AT_CASE and toks[j].deprel == "case":
            h = toks[j].head
            if toks[h].upos == "NUM" or any(toks[k].upos == "NUM" for k in tree.children(h)):
                return tree.bounds(h)[1]
    return None


def _light_verb_estimate(ctx: DocContext, tree: SentTree, v: int) -> Cand | None:
    toks = ctx.doc.tokens
    t = toks[v]
    if t.upos != "VERB" or t.lemma.lower() not in LIGHT_ESTIMATE_VERBS:
        return None
    obj = tree.kid(v, ("obj",))
    if obj is None or toks[obj].lemma.lower() not in ESTIMATE_NOUNS:
        return None
    at_end = _estimate_end(ctx, tree, v, obj)
    subj = _subject(ctx, tree, v) if at_end is not None else None
    if at_end is None or subj is None:
        return None
    span = ctx.char_span(tree.bounds(obj)[0], max(at_end, tree.bounds(obj)[1]))
    if span is None:
        return None
    frame = frame_of(ctx, tree, v, subj, [obj])
    return Cand(
        "reported-speech",
        source_mentions(ctx, tree, subj),
        (t.start, t.end),
        v,
        [span],
        tree.index,
        heads=[obj],
        frame=(toks[frame[0]].start, toks[frame[1] - 1].end),
    )


def light_verb_estimates(ctx: DocContext, tree: SentTree) -> list[Cand]:
    """ "X put the number (killed) at NUMBER": a figure attributed to X."""
    return [c for v in range(tree.lo, tree.hi) if (c := _light_verb_estimate(ctx, tree, v)) is not None]


def emergences(ctx: DocContext, tree: SentTree) -> list[Cand]:
    """ "after it emerged that X": X reported as come to light, with no source named (a vague report)."""
    toks = ctx.doc.tokens
    out: list[Cand] = []
    for v in range(tree.lo, tree.hi):
        t = toks[v]
        if t.upos != "VERB" or t.lemma.lower() not in EMERGENCE_VERBS:
            continue
        subj = tree.kid(v, ("nsubj", "expl"))
        if subj is None or toks[subj].text.lower() != EMERGENCE_SUBJECT:
            continue
        heads = [
            c
            for c in tree.kids(v, ("ccomp",))
            if c > v and opens_with_that(ctx, tree, c)
        ]
        content = clause_content(ctx, tree, heads) if heads else []
        if not content:
            continue
        frame = (toks[subj].start, t.end)
        out.append(Cand("vague-report", [], (t.start, t.end), v, content, tree.index, heads=heads, frame=frame))
    return out


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


def _is_cue_verb(ctx: DocContext, v: int, taken: dict[int, Cand]) -> bool:
    t = ctx.doc.tokens[v]
    lem = t.lemma.lower()
    return t.upos == "VERB" and (lem in CUE_VERBS or lem in FRAME_ONLY_VERBS) and v not in taken


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
    h = tree.head(v)
    frame_verb = t.lemma.lower() in FRAME_ONLY_VERBS
    if h is None or (t.lemma.lower() not in PARTICIPLE_SPEECH_VERBS and not (frame_verb and t.deprel == "conj")):
        return None
    if t.deprel == "conj":
        return _Speaker(None, inherit_from=h)
    if t.xpos == "VBG" and t.deprel == "acl" and toks[h].upos in NOMINAL_UPOS:
        return _Speaker(None, src_head=h)  # "a video alleging that", "reports suggesting that"
    if t.xpos == "VBG" and t.deprel in ("advcl", "xcomp", "dep", "conj", "acl"):
        return _Speaker(None, inherit_from=h)
    return None


def _speaker(ctx: DocContext, tree: SentTree, v: int, surface: tuple[int, int, int] | None) -> _Speaker | None:
    """Who speaks through cue ``v`` (None: the verb is no attribution)."""
    subj = _subject(ctx, tree, v) if surface is None else surface[2]
    quoted_as = _quoted_as(ctx, tree, v) if subj is None else None
    if quoted_as is not None:
        subj = quoted_as[0]  # "X was quoted by Reuters as saying": X speaks
    if subj is None:
        found = _subjectless_speaker(ctx, tree, v)
        if found is not None:
            found.surface = surface
        return found
    return _Speaker(subj, _subject_source(ctx, tree, v, subj), quoted_as=quoted_as, surface=surface)


def _heads_or_skip(ctx: DocContext, tree: SentTree, v: int, asks: set[int]) -> list[int] | None:
    """The cue's content heads without embedded questions (None: a frame-only verb with no content).
    A cue whose only complements are embedded questions joins ``asks``: it reports nothing."""
    heads = content_heads(ctx, tree, v)
    if ctx.doc.tokens[v].lemma.lower() in FRAME_ONLY_VERBS and not heads:
        return None  # "urged calm", "called the police": no proposition without the form's parts
    if heads and all(is_embedded_question(ctx, tree, h) for h in heads):
        asks.add(v)  # "until every family knows where ...": a question, no reported content
    return [h for h in heads if not is_embedded_question(ctx, tree, h)]


def _not_a_speaker(ctx: DocContext, tree: SentTree, v: int, heads: list[int], src_head: int) -> bool:
    """Verbs that need a speaking source and have none: "This indicates that ...", "Engineers had warned
    of cracks" (a narrated event), "Heavy rain encouraged farmers to plant early"."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    if lem in EVIDENCE_VERBS and not (is_source_like(ctx, tree, src_head) and toks[src_head].upos != "PRON"):
        return True
    if (
        lem in WARNING_VERBS
        and heads
        and not tree.kids(v, CONTENT_DEPS)
        and not is_source_like(ctx, tree, src_head, pronouns=True)
    ):
        return True
    return lem in FRAME_ONLY_VERBS - EVALUATIVE_VERBS and not is_source_like(ctx, tree, src_head, pronouns=True)


def _sources(
    ctx: DocContext, tree: SentTree, v: int, heads: list[int], src_head: int | None
) -> tuple[list[SourceMention], str] | None:
    """(sources, kind) named by ``src_head`` (None: the verb needs a speaker it does not have)."""
    if src_head is None:
        return [], "reported-speech"
    if _not_a_speaker(ctx, tree, v, heads, src_head):
        return None
    sources = source_mentions(ctx, tree, src_head)
    kind = classify(ctx, tree, src_head, "reported-speech")
    return ([] if kind == "vague-report" else sources), kind


def _via(ctx: DocContext, tree: SentTree, v: int, speaker: _Speaker) -> list[SourceMention]:
    """Intermediaries of the cue and of its source phrase ("an official quoted by Reuters said")."""
    via = via_of(ctx, tree, v)
    if speaker.src_head is not None:
        via += quoted_by(ctx, tree, speaker.src_head)  # "an official quoted by Reuters said ..."
        via += published_by(ctx, tree, speaker.src_head)  # "documents published by the Acme Bureau show ..."
    if speaker.quoted_as is not None:
        via += [
            m
            for a in tree.kids(speaker.quoted_as[1], ("obl:agent",))
            if is_intermediary(ctx, tree, a)
            for m in source_mentions(ctx, tree, a, unwrap=False)
        ]
    return via


def _form_stops(ctx: DocContext, tree: SentTree, v: int, heads: list[int]) -> set[int]:
    """Words of the verb's form inside its content: "called on drivers to ...", "warned of floods",
    "claimed responsibility for an attack that ..."."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    stop: set[int] = set()
    if lem in DIRECTIVE_VERBS and heads:  # "called on drivers to ...": the preposition is frame
        stop.update(k for k in tree.kids(heads[0], ("case",)) if toks[k].lemma.lower() in DIRECTIVE_LISTENER_CASES)
    if lem in WARNING_VERBS:  # "warned of floods": the preposition is frame
        stop.update(m for h in heads if (m := warning_mark(ctx, tree, h)) is not None)
    if lem in OBJECT_CONTENT_VERBS and heads and toks[heads[0]].lemma.lower() in RESPONSIBILITY_NOUNS:
        lo, hi = tree.bounds(heads[0])
        stop.update(c for c in range(lo, hi) if toks[c].deprel == "acl:relcl")  # "... for an attack that ..."
    return stop


def _content_stops(
    ctx: DocContext, tree: SentTree, v: int, heads: list[int], speaker: _Speaker, cues: set[int]
) -> set[int]:
    """Tokens under the content heads that belong to the frame, not to what is reported."""
    surface = speaker.surface
    stop = set(range(surface[0], surface[1])) if surface is not None else set()
    stop.update(c for h in heads for c in fronted_citings(ctx, tree, h))  # ", citing X," is frame
    stop |= _form_stops(ctx, tree, v, heads)
    # "urged X to stay indoors and called on Y to ...": a coordinated cue is an attribution of its own
    stop.update(c for h in heads for c in tree.kids(h, ("conj",)) if c in cues or _is_frame_cue(ctx, tree, c))
    return stop


def _verb_content(
    ctx: DocContext,
    tree: SentTree,
    v: int,
    heads: list[int],
    speaker: _Speaker,
    frame: tuple[int, int],
    cues: set[int],
) -> list[tuple[int, int]]:
    """What cue ``v`` reports: its clause, the denial itself, or the words around a parenthetical frame."""
    toks = ctx.doc.tokens
    lem = toks[v].lemma.lower()
    stop = _content_stops(ctx, tree, v, heads, speaker, cues)
    content = clause_content(ctx, tree, heads, stop) if heads else []
    if lem in DENIAL_VERBS and content and _noun_object_only(ctx, tree, v, heads):
        content = [(toks[v].start, max(e for _s, e in content))]  # "denied any wrongdoing": the denial is the claim
    subj = speaker.subj
    if (
        not content
        and not _ends_with_colon(ctx, tree, v)
        and lem in PARENTHETICAL_VERBS
        and subj is not None
        and not _relative_or_transitive(ctx, tree, v, subj)
    ):
        content = parenthetical_content(ctx, tree, frame, cues)
        if not content:
            content = _interrupted_clause(ctx, tree, v, frame, cues)
    return content


def _verb_cand(
    ctx: DocContext, tree: SentTree, v: int, cues: set[int], asks: set[int]
) -> tuple[Cand, int | None] | None:
    """The attribution of cue verb ``v`` and the token it inherits its speaker from (None: no attribution)."""
    toks = ctx.doc.tokens
    t = toks[v]
    surface = surface_subject(ctx, tree, v) if _subject(ctx, tree, v) is None else None
    if surface is None and is_passive(ctx, tree, v):
        return None
    heads = _heads_or_skip(ctx, tree, v, asks)
    if heads is None:
        return None
    speaker = _speaker(ctx, tree, v, surface)
    if speaker is None:
        return None
    named = _sources(ctx, tree, v, heads, speaker.src_head)
    if named is None:
        return None
    sources, kind = named
    via = _via(ctx, tree, v, speaker)
    if via and kind == "reported-speech":
        kind = "told"
    fa, fb = frame_of(ctx, tree, v, speaker.subj, heads)
    content = _verb_content(ctx, tree, v, heads, speaker, (fa, fb), cues)
    frame = (toks[fa].start, toks[fb - 1].end)
    cand = Cand(kind, sources, (t.start, t.end), v, content, tree.index, via=via, heads=heads, frame=frame)
    return cand, speaker.inherit_from


def _base_speaker(
    tree: SentTree, toks: list[Token], cand: Cand, h: int, by_cue: dict[int, Cand], earlier: list[Cand]
) -> tuple[Cand | None, int]:
    """The attribution whose speaker a participle or coordinated cue takes: the one of the cue it hangs
    from (climbing conjuncts), else the nearest earlier one with a source; and the token climbed to."""
    base = by_cue.get(h)
    up = tree.head(h)
    while base is None and toks[h].deprel == "conj" and up is not None:
        h, up = up, tree.head(up)
        base = by_cue.get(h)
    if base is None:
        before = [c for c in earlier if c.cue_tok < cand.cue_tok and c is not cand and c.sources]
        base = max(before, key=lambda c: c.cue_tok) if before else None
    return base, h


def _inherit_speaker(
    ctx: DocContext, tree: SentTree, cand: Cand, h: int, by_cue: dict[int, Cand], earlier: list[Cand]
) -> None:
    """Give a participle or coordinated cue the speaker of the clause it hangs from ("drop" when none)."""
    toks = ctx.doc.tokens
    base, h = _base_speaker(tree, toks, cand, h, by_cue, earlier)
    if base is not None and base.sources:
        cand.sources = list(base.sources)
        if not cand.via and base.via:
            # "X told AFP, adding that ...": the added words reached us the same way
            cand.via = list(base.via)
            if cand.kind == "reported-speech":
                cand.kind = "told"
        return
    subj = _subject(ctx, tree, h)
    up = tree.head(h)
    if subj is None and toks[h].deprel in ("conj", "xcomp") and up is not None:
        subj = _subject(ctx, tree, up)
    if subj is not None and toks[subj].text.lower() not in RELATIVE_PRONOUNS:
        cand.sources = source_mentions(ctx, tree, subj)
        cand.kind = classify(ctx, tree, subj, cand.kind)
        if cand.kind == "vague-report":
            cand.sources = []
    else:
        cand.sources = []
        cand.kind = "drop"


def verbal(ctx: DocContext, tree: SentTree, known: list[Cand], cues: set[int] | None = None) -> list[Cand]:
    """Verb-cue attributions of one sentence; ``known`` are cues already found (light verbs);
    ``cues`` is ``cue_tokens`` of the sentence when the caller has it already."""
    if cues is None:
        cues = cue_tokens(ctx, tree)
    by_cue: dict[int, Cand] = {c.cue_tok: c for c in known}
    out: list[Cand] = []
    pending: list[tuple[Cand, int]] = []  # (cand, token to inherit the speaker from)
    asks: set[int] = set()  # cues whose only complement is an embedded question: kept to lend their speaker
    for v in range(tree.lo, tree.hi):
        if not _is_cue_verb(ctx, v, by_cue):
            continue
        found = _verb_cand(ctx, tree, v, cues, asks)
        if found is None:
            continue
        cand, inherit_from = found
        by_cue[v] = cand
        if inherit_from is not None:
            pending.append((cand, inherit_from))
        out.append(cand)
    # participles and coordinated cues take the speaker of the clause they hang from
    for cand, h in pending:
        _inherit_speaker(ctx, tree, cand, h, by_cue, [*known, *out])
    return [c for c in out if c.kind != "drop" and c.cue_tok not in asks]
