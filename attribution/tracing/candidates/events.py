"""Events in a mention: predicate classes (phrases first), the main predicates, explanations, generic
statements, rank and series markers, dates and denied events, content word keys."""

from __future__ import annotations

import re

from ...doc import Document, Entity, Token
from ...lang.en.calendar import MONTHS, ORDINAL_SUFFIX_PATTERN, WEEKDAYS
from ...lang.en.clauses import (
    CAUSE_FROM_CASE,
    COPULA,
    DATING_PREPOSITIONS,
    EXPLAINING_ADJECTIVES,
    EXPLAINING_FROM_VERBS,
    EXPLAINING_PARTICLES,
    EXPLAINING_PASSIVE_VERBS,
    FOR_TO_MARK,
    NEGATING_PREPOSITIONS,
    NEGATING_SUBJECTS,
    NEGATIONS,
    NEGATIVE_DETERMINER,
    TEMPORAL_PREPOSITIONS,
)
from ...lang.en.events import (
    ADJECTIVE_SYNONYMS,
    ASPECTUAL_VERBS,
    CAUSATIVE_VERBS,
    CONATIVE_VERBS,
    CONTENT_UPOS,
    DEGREE_SYNONYMS,
    EVENT_CLASSES,
    IDENTIFYING_VERBS,
    NOUN_SYNONYMS,
    OF,
    OPPOSITE_FORMS,
    PREDICATE_PHRASES,
    RANK_WORDS,
    REGISTER_NOUN,
    SERIES_WORDS,
    STOP_LEMMAS,
    UNIQUENESS_WORD,
    predicate_class,
)
from ...lang.en.sources import TIME_ENTITY_LABELS
from ..data import country_key
from .clauses import (
    _AUX_DEPRELS,
    _CLAUSE_DEPRELS,
    _FINITE_XPOS,
    _SIDE_DEPRELS,
    _depths,
    _finite,
    _free_relative_verbs,
    _under,
)

#: PREDICATE_PHRASES indexed by first lemma: (order in the lexicon, phrase, class), so a mention's
#: tokens are looked up once instead of once per phrase.
_PHRASES_BY_FIRST: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}


for _n, (_phrase, _cls) in enumerate(PREDICATE_PHRASES):
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_n, _phrase, _cls))


def _phrase_hits(toks: list[Token]) -> list[tuple[int, int, str]]:
    """(first token i, last token i, class) for multi-word predicate phrases, in lexicon order then
    token order (later hits win where phrases overlap, as callers fill a dict from this list)."""
    lem = [t.lemma.lower() for t in toks]
    found: list[tuple[int, int, int, int, str]] = []
    for k, first in enumerate(lem):
        for order, phrase, cls in _PHRASES_BY_FIRST.get(first, ()):
            n = len(phrase)
            if k + n <= len(lem) and tuple(lem[k : k + n]) == phrase:
                found.append((order, k, toks[k].i, toks[k + n - 1].i, cls))
    found.sort()
    return [(a, b, cls) for _o, _k, a, b, cls in found]


#: predicate class of a (lemma, text) pair; bounded by the vocabulary (cleared if it ever grows large)
_CLASS_CACHE: dict[tuple[str, str, str], str | None] = {}


def _token_class(t: Token, phrase_of: dict[int, str]) -> str | None:
    cls = phrase_of.get(t.i)
    if cls:
        return cls
    key = (t.lemma, t.text, t.upos)
    try:
        return _CLASS_CACHE[key]
    except KeyError:
        pass
    cls = predicate_class(t.lemma, t.upos) or predicate_class(t.text, t.upos)
    if len(_CLASS_CACHE) > 200_000:
        _CLASS_CACHE.clear()
    _CLASS_CACHE[key] = cls
    return cls


def _finite_events(toks: list[Token], phrase_of: dict[int, str], has_aux: set[int]) -> set[int]:
    """Finite event verbs (tensed, or with an auxiliary: "has died", "were killed"), and their conjuncts
    ("were killed or injured")."""
    finite: set[int] = set()
    for t in toks:
        cls = _token_class(t, phrase_of)
        if cls in EVENT_CLASSES and (t.xpos in _FINITE_XPOS or t.i in has_aux):
            finite.add(t.i)
    for t in toks:
        if t.deprel.startswith("conj") and t.head in finite and _token_class(t, phrase_of) in EVENT_CLASSES:
            finite.add(t.i)
    return finite


def _reduced_relatives(
    doc: Document, toks: list[Token], phrase_of: dict[int, str], finite: set[int], has_aux: set[int]
) -> set[int]:
    """A bare verb right after a noun with no object and a later finite event is a reduced relative
    ("the soldier captured on the 26th died", "the soldier taken prisoner ... has died")."""
    idx = {t.i for t in toks}
    demoted = set()
    for i in sorted(finite):
        if i in has_aux or i - 1 not in idx or doc.tokens[i - 1].upos not in {"NOUN", "PROPN"}:
            continue
        has_obj = any(c.head == i and c.deprel == "obj" and c.i not in phrase_of for c in toks)
        if not has_obj and any(j > i for j in finite):
            demoted.add(i)
    return demoted


def _timed_events(doc: Document, toks: list[Token], finite: set[int]) -> tuple[set[int], set[int]]:
    """(heads of time or reason clauses, the finite events in them)."""
    idx = {t.i for t in toks}
    clause_heads = {t.i for t in toks if t.deprel.startswith("advcl") and t.head in idx}
    timed = {
        i
        for i in finite
        if i in clause_heads or (doc.tokens[i].deprel == "conj" and doc.tokens[i].head in clause_heads)
    }
    return clause_heads, timed


def _cause_events(toks: list[Token], explained: tuple[set[int], set[int]], phrase_of: dict[int, str]) -> list[str]:
    cause = [t for t in toks if t.i in explained[1]]
    return _core_events(cause, {t.i for t in cause}, phrase_of)


def _main_predicates(
    doc: Document, toks: list[Token], phrase_of: dict[int, str], explained: tuple[set[int], set[int]] | None = None
) -> list[str]:
    """Predicate classes of the clause's main event.

    A finite event verb (tensed, or with an auxiliary: "has died", "were killed")
    closest to the content's root states the proposition; bare participles are
    usually reduced relatives ("the soldier captured on the 26th died" -> die), so
    they count only when no finite event verb exists. Otherwise breadth-first from
    the roots, skipping modifier clauses (event nouns: "the deployment of ...").
    """
    idx = {t.i for t in toks}
    if explained is not None and (found := _cause_events(toks, explained, phrase_of)):
        return found  # "the losses were due to inexperience" states the inexperience
    # infinitival "to" is tagged aux by some parsers: it does not make a verb finite ("to capture")
    has_aux = {t.head for t in toks if t.deprel.startswith(_AUX_DEPRELS) and t.xpos != "TO"}
    finite = _finite_events(toks, phrase_of, has_aux)
    demoted = _reduced_relatives(doc, toks, phrase_of, finite, has_aux)
    if finite - demoted:
        finite -= demoted
    # a clausal subject names who or what the statement is about ("whoever approved it will answer
    # for these deaths"): its event is presupposed, the statement is the predicate's
    in_subject = _under(toks, ("csubj",)) | _free_relative_verbs(toks)
    if in_subject and not finite - in_subject:
        return _core_events(toks, idx, phrase_of, skip=in_subject)
    finite -= in_subject
    # an event in a time or reason clause ("inside the network for weeks before they struck") is
    # not the statement's event when the clause is all that has one: then the core's own, if any
    # (not when a reduced relative was set aside: then the parser has likely hung the real main verb
    # under a clause: "the soldier taken prisoner while fighting for Russia has died")
    clause_heads, timed = _timed_events(doc, toks, finite)
    if finite and finite <= timed and not demoted:
        return _core_events(toks, idx, phrase_of, skip=_under(toks, (), clause_heads))
    if finite:
        return _shallowest_classes(doc, toks, finite, phrase_of)
    return _core_events(toks, idx, phrase_of)


def _shallowest_classes(doc: Document, toks: list[Token], finite: set[int], phrase_of: dict[int, str]) -> list[str]:
    """Classes of the finite events closest to the content's root."""
    depths = _depths(toks)
    best = min(depths[i] for i in finite)
    return sorted({pc for i in finite if depths[i] == best and (pc := _token_class(doc.tokens[i], phrase_of))})


def _explaining_heads(r: Token, around: list[Token]) -> list[Token] | None:
    """The root and its particle when it explains by a cause ("due to", "be down to"); None when not."""
    low = r.lemma.lower()
    heads = [r, *(c for c in around if c.lemma.lower() in EXPLAINING_PARTICLES)]
    return heads if low in EXPLAINING_ADJECTIVES or (low == COPULA and len(heads) > 1) else None


def _from_phrases(around: list[Token], kids: dict[int, list[Token]]) -> list[Token]:
    """Oblique "from" phrases ("stemmed from an update")."""
    return [
        c
        for c in around
        if c.deprel.startswith("obl") and any(k.lemma.lower() == CAUSE_FROM_CASE for k in kids.get(c.i, []))
    ]


def _causes(r: Token, kids: dict[int, list[Token]]) -> list[Token]:
    """The cause phrases of an explaining root: "due to X", "down to X", "stemmed from X", "caused by X"."""
    low = r.lemma.lower()
    around = kids.get(r.i, [])
    heads = _explaining_heads(r, around)
    if heads is not None:
        return [c for h in heads for c in kids.get(h.i, []) if c.deprel.startswith("obl")]
    if low in EXPLAINING_FROM_VERBS:
        return _from_phrases(around, kids)
    if low in EXPLAINING_PASSIVE_VERBS:
        return [c for c in around if c.deprel == "obl:agent"]
    return []


def _explanation(toks: list[Token]) -> tuple[set[int], set[int]] | None:
    """(explained, cause) token sets when the content explains something by a cause: "the casualty
    rate could be down to an unfamiliar environment", "the delay was due to a fault", "the outage
    stemmed from an update", "the collapse was caused by rain". The cause is what the statement says;
    the thing explained (its subject) is known already, so it weighs as a side part."""
    idx = {t.i: t for t in toks}
    kids: dict[int, list[Token]] = {}
    for t in toks:
        if t.head in idx and t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    for r in toks:
        if r.head in idx and r.head != r.i:
            continue  # only the content's root (or roots) can explain
        causes = _causes(r, kids)
        subjects = {c.i for c in kids.get(r.i, []) if c.deprel.startswith("nsubj")}
        if causes and subjects:
            return _under(toks, (), subjects), _under(toks, (), {c.i for c in causes})
    return None


def _frontier_events(frontier: list[Token], phrase_of: dict[int, str], skip: set[int]) -> set[str]:
    found: set[str] = set()
    for ft in frontier:
        fc = _token_class(ft, phrase_of)
        if fc is not None and fc in EVENT_CLASSES and not (skip and ft.i in skip):
            found.add(fc)
    return found


def _breadth_first_events(
    roots: list[Token],
    kids: dict[int, list[Token]],
    phrase_of: dict[int, str],
    skip: set[int],
    side: tuple[str, ...],
) -> list[str]:
    """Event classes of the first of four levels below ``roots`` that has one, not entering ``side``."""
    frontier = list(roots)
    seen: set[int] = set()
    level = 0
    while frontier and level < 4:
        found = _frontier_events(frontier, phrase_of, skip)
        if found:
            return sorted(found)
        seen.update(ft.i for ft in frontier)
        frontier = [
            c for ft in frontier for c in kids.get(ft.i, ()) if c.i not in seen and not c.deprel.startswith(side)
        ]
        level += 1
    return []


def _core_events(
    toks: list[Token], idx: set[int], phrase_of: dict[int, str], skip: set[int] | None = None
) -> list[str]:
    """Event classes met breadth-first from the content's roots, first without its oblique, adverbial
    and relative parts, then with its oblique phrases."""
    roots: list[Token] = [t for t in toks if t.head not in idx or t.head == t.i]
    # an event named only to date something ("flagged the valve weeks before the blast") is not the
    # statement's event
    timed = {t.head for t in toks if t.deprel == "case" and t.lemma.lower() in DATING_PREPOSITIONS}
    skip = (skip or set()) | timed
    # first the core of the clause; failing that, its oblique phrases too ("operating under fake
    # identities" is about the identities), still never its adverbial or relative clauses
    kids: dict[int, list[Token]] = {}  # dependents within the content, in token order
    for c in toks:
        if c.head != c.i:
            kids.setdefault(c.head, []).append(c)
    for side in (_SIDE_DEPRELS, _CLAUSE_DEPRELS):
        found = _breadth_first_events(roots, kids, phrase_of, skip, side)
        if found:
            return found
    return []


def _governs_a_possibility(head: Token, has_aux: set[int]) -> bool:
    """A governor under which an infinitive is only possible: not "attempts to destroy" (which reports
    the attempts), "continued to deploy", "forced residents to flee" or a finite "are trying to burn"."""
    lem = head.lemma.lower()
    return (
        head.upos in {"VERB", "AUX", "ADJ"}
        and lem not in ASPECTUAL_VERBS
        and lem not in CAUSATIVE_VERBS
        and not (lem in CONATIVE_VERBS and _finite(head, has_aux))
    )


def _generic_event(
    doc: Document, t: Token, has_aux: set[int], has_to: set[int], for_to: set[int]
) -> bool:
    """An event verb as a bare infinitive of a possibility or goal, or a gerund standing as a subject."""
    anchor = t
    if t.i not in has_to and t.deprel.startswith("conj") and t.head in has_to:
        anchor = doc.tokens[t.head]  # "to fight and die": "die" is an infinitive too
    head = doc.tokens[anchor.head]
    if t.xpos == "VB" and anchor.i in has_to and (anchor.i in for_to or _governs_a_possibility(head, has_aux)):
        return True
    return (
        t.xpos == "VBG"
        and t.i not in has_aux
        and (t.deprel.startswith(("csubj", "nsubj")) or (t.deprel == "amod" and head.upos in {"NOUN", "PROPN"}))
    )


def _verb_marks(toks: list[Token]) -> tuple[set[int], set[int], set[int]]:
    """(verbs with an auxiliary, verbs with infinitival "to", verbs of "for X to V")."""
    has_aux = {t.head for t in toks if t.deprel.startswith(_AUX_DEPRELS) and t.xpos != "TO"}
    has_to = {t.head for t in toks if t.xpos == "TO"}
    # "for X to V": an infinitive with its own subject states what would be, whatever governs it
    # ("no reason for them to fight and die")
    for_to = has_to & {t.head for t in toks if t.deprel == "mark" and t.lemma.lower() == FOR_TO_MARK}
    return has_aux, has_to, for_to


def _is_generic(doc: Document, toks: list[Token], phrase_of: dict[int, str]) -> bool:
    """The content names an event only as a possibility, a goal or a topic, never as having
    happened: every event verb is a bare infinitive ("it is better to capture them", "try to
    exchange them") or a gerund standing as a subject ("Capturing troops could help"), and no
    event verb is finite. Such a statement is an opinion about the event, not a report of it."""
    has_aux, has_to, for_to = _verb_marks(toks)
    saw_generic = False
    for t in toks:
        if t.upos not in {"VERB", "AUX"} or _token_class(t, phrase_of) not in EVENT_CLASSES:
            continue
        if t.xpos in _FINITE_XPOS or t.i in has_aux:
            return False
        saw_generic = _generic_event(doc, t, has_aux, has_to, for_to) or saw_generic
    return saw_generic


def _frames(doc: Document, t: Token) -> bool:
    """A marker word frames the proposition: "only" does so as "the only ..." (a claim of
    uniqueness), not as a focus adverb ("only 100 were confirmed")."""
    low = t.text.lower()
    if low == REGISTER_NOUN and t.i + 1 < len(doc.tokens) and doc.tokens[t.i + 1].text.lower() == OF:
        return False  # "no record of it being licensed" is a register, "a record toll" frames
    if low == UNIQUENESS_WORD and not (t.i > 0 and doc.tokens[t.i - 1].xpos in {"DT", "PRP$", "WP$", "POS"}):
        return False
    if low in RANK_WORDS and _in_subject_of_event(doc, t):
        return False  # "the first soldier captured ... has died" is a claim about the death
    if low in RANK_WORDS and _in_time_adjunct(doc, t):
        return False  # "after first combats, they burn ..." dates the burning, it does not rank it
    if low in RANK_WORDS and _dates_a_clause(doc, t):
        return False  # "reached 2.12 degrees above the average last year": a date of the clause, no rank
    return True


def _series(doc: Document, t: Token) -> bool:
    """A rank word followed by "of many" / "of several": a series, not a rank."""
    if t.text.lower() not in RANK_WORDS or t.i + 2 >= len(doc.tokens):
        return False
    nxt, after = doc.tokens[t.i + 1], doc.tokens[t.i + 2]
    return nxt.text.lower() == OF and after.text.lower() in SERIES_WORDS


def _in_time_adjunct(doc: Document, t: Token) -> bool:
    """The word modifies the noun of a time phrase ("after first combats", "since the first day")."""
    tok, hops = t, 0
    while tok.deprel in {"amod", "det", "compound", "nummod", "advmod"} and tok.head != tok.i and hops < 4:
        tok = doc.tokens[tok.head]
        hops += 1
    if not tok.deprel.startswith(("obl", "nmod")):
        return False
    sent = doc.sentences[tok.sent]
    return any(
        c.head == tok.i and c.deprel == "case" and c.lemma.lower() in TEMPORAL_PREPOSITIONS
        for c in doc.tokens[sent.start_token : sent.end_token]
    )


def _dates_a_clause(doc: Document, t: Token) -> bool:
    """The rank word is part of a date or time ("last year", "last night") that dates a clause: the
    phrase hangs on a verb, adjective or adverb. A date hung on a noun ("an attack on London hospitals
    last year", "the hottest month in the last 120,000 years") sets that thing apart in time, and the
    word keeps its frame."""
    if t.ent not in TIME_ENTITY_LABELS:
        return False
    tok, hops = t, 0
    while tok.head != tok.i and doc.tokens[tok.head].ent in TIME_ENTITY_LABELS and hops < 4:
        tok = doc.tokens[tok.head]  # up to the date phrase's own head word
        hops += 1
    if tok.head == tok.i:
        return False
    return doc.tokens[tok.head].upos in {"VERB", "AUX", "ADJ", "ADV"}


def _in_subject_of_event(doc: Document, t: Token) -> bool:
    """The rank word modifies the subject of an event verb ("The first X ... has died"), not
    the predicate of an identifying clause ("he would be the first to be captured")."""
    tok = t
    hops = 0
    while tok.deprel in {"amod", "det", "compound", "nummod", "advmod"} and tok.head != tok.i and hops < 4:
        tok = doc.tokens[tok.head]
        hops += 1
    if not tok.deprel.startswith("nsubj") or tok.head == tok.i:
        return False
    return doc.tokens[tok.head].lemma.lower() not in IDENTIFYING_VERBS


_COUNTRY_CACHE: dict[str, str | None] = {}


def _country_of(word: str) -> str | None:
    """``country_key`` of one token's text, memoised (called for every content word of every mention;
    bounded by the vocabulary, cleared if it ever grows large)."""
    try:
        return _COUNTRY_CACHE[word]
    except KeyError:
        pass
    if len(_COUNTRY_CACHE) > 200_000:
        _COUNTRY_CACHE.clear()
    key = _COUNTRY_CACHE[word] = country_key(word)
    return key


#: content key of a (lemma, text, upos) triple; bounded by the vocabulary (cleared if it ever grows large)
_WORD_KEY_CACHE: dict[tuple[str, str, str], str | None] = {}


def _compute_word_key(lemma: str, text: str, upos: str) -> str | None:
    lem = lemma.lower()
    if upos not in CONTENT_UPOS or upos == "NUM" or lem in STOP_LEMMAS or not any(ch.isalpha() for ch in lem):
        return None
    ck = _country_of(text)
    if ck:
        return "@" + ck
    key = DEGREE_SYNONYMS.get(lem) or ADJECTIVE_SYNONYMS.get(lem) or NOUN_SYNONYMS.get(lem, lem)
    # an action noun and its verb are one key ("the vaccination campaign" / "begin vaccinating")
    if len(key) > 7 and key.endswith("ation"):
        key = key[: -len("ation")] + "ate"
    return key


def _word_key(lemma: str, text: str, upos: str) -> str | None:
    """The content key of a non-entity word: its country ("@south korea"), its synonym class, its
    lemma; None for function words, stop lemmas, numbers and punctuation."""
    k = (lemma, text, upos)
    try:
        return _WORD_KEY_CACHE[k]
    except KeyError:
        pass
    key = _compute_word_key(lemma, text, upos)
    if len(_WORD_KEY_CACHE) > 200_000:
        _WORD_KEY_CACHE.clear()
    _WORD_KEY_CACHE[k] = key
    return key


_DAY_RE = re.compile(r"\b(\d{1,2})" + ORDINAL_SUFFIX_PATTERN + r"?\b")


def _day_keys(words: list[str]) -> set[str]:
    """ "weekday:sunday" for a weekday, "date:3-9" for one month with one day ("March 9", "9 March")."""
    out = {f"weekday:{w}" for w in words if w in WEEKDAYS}
    months = [MONTHS[w] for w in words if w in MONTHS]
    days = [int(d.group(1)) for w in words if (d := _DAY_RE.fullmatch(w)) and 1 <= int(d.group(1)) <= 31]
    if len(months) == 1 and len(days) == 1:
        out.add(f"date:{months[0]}-{days[0]}")
    return out


def _event_dates(doc: Document, toks: list[Token], side: set[int], ents_at: dict[int, list[Entity]]) -> list[str]:
    """Day keys of the DATE phrases of the content's core: a weekday ("early on Sunday",
    "Saturday night") and a month with its day ("March 9", "9 March", "Dec. 26th")."""
    idx = {t.i for t in toks}
    out: set[str] = set()
    for e in (e for i in sorted(idx) for e in ents_at.get(i, ())):
        if e.label not in ("DATE", "TIME") or any(j in side or j not in idx for j in range(e.start_token, e.end_token)):
            continue
        out |= _day_keys([doc.tokens[j].text.lower().rstrip(".") for j in range(e.start_token, e.end_token)])
    return sorted(out)


def _negates(c: Token) -> bool:
    """A dependent that denies its head: "not", "never", "nobody", "without", "no"."""
    low = c.lemma.lower()
    if c.deprel.startswith(("advmod", "neg")) and low in NEGATIONS:
        return True
    if c.deprel.startswith("nsubj") and low in NEGATING_SUBJECTS:
        return True
    if c.deprel in ("case", "mark") and low in NEGATING_PREPOSITIONS:
        return True
    return c.deprel == "det" and low == NEGATIVE_DETERMINER


def _denied(doc: Document, t: Token, idx: set[int], kids: dict[int, list[Token]]) -> bool:
    """``t`` or the noun it hangs from (two steps up at most) is denied: "no record of the dam being
    licensed" denies the licensing on "record"."""
    cur, hops = t, 0
    while True:
        if any(_negates(c) for c in kids.get(cur.i, ())):
            return True
        if hops >= 2 or cur.head not in idx or cur.head == cur.i or not cur.deprel.startswith(("acl", "nmod")):
            return False
        cur, hops = doc.tokens[cur.head], hops + 1


def _denied_events(doc: Document, toks: list[Token], phrase_of: dict[int, str], main: list[str]) -> list[str]:
    """Main event classes the content denies: "not/never licensed", "nobody signed off", "built
    without approval", "no record of it being licensed"."""
    if not main:
        return []
    idx = {t.i for t in toks}
    kids: dict[int, list[Token]] = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    out = set()
    for t in toks:
        cls = _token_class(t, phrase_of)
        if cls not in main or t.lemma.lower() in OPPOSITE_FORMS:
            continue  # "not familiar with" states inexperience, it does not deny it
        if _denied(doc, t, idx, kids):
            out.add(cls)
    return sorted(out)
