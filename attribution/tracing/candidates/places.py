"""Places of events: proper names after "in/near/at", polarity, and statements about where a thing is."""

from __future__ import annotations

from ...doc import Document, Token
from ...lang.en.calendar import CALENDAR_WORDS
from ...lang.en.clauses import (
    NEGATIONS,
)
from ...lang.en.events import (
    EVENT_CLASSES,
)
from ...lang.en.places import (
    KNOW_VERBS,
    LOCATION_NOUNS,
    OPERATION_NOUNS,
    OTHER_EVENT_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    PLACE_WINDOW_CONTINUE,
    UNKNOWN_WORDS,
)
from ...lang.en.resolve_words import INDEFINITE_ARTICLES
from ..data import country_key
from .clauses import _under
from .events import _token_class
from .types import MentionCandidate


def _governor_of_place(doc: Document, h: int) -> tuple[int, Token]:
    """(the head climbed to, the word it hangs from): past conjuncts ("in X and not in Y": Y's governor
    is X's) and conjoined prepositions ("and not in X")."""
    hops = 0
    while doc.tokens[h].deprel.startswith("conj") and doc.tokens[h].head != h and hops < 3:
        h = doc.tokens[h].head
        hops += 1
    gov = doc.tokens[doc.tokens[h].head]
    hops = 0
    while gov.upos == "ADP" and gov.head != gov.i and hops < 3:
        gov = doc.tokens[gov.head]
        hops += 1
    return h, gov


def _places_an_event(doc: Document, window: list[int], phrase_of: dict[int, str]) -> Token | None:
    """The place phrase modifies an event ("captured in X", "an operation in X"), not a
    thing ("the war in X", "the situation in X")."""
    inside = set(window)
    for h in (i for i in window if doc.tokens[i].head not in inside):
        h, gov = _governor_of_place(doc, h)
        if gov.i == h:
            return None
        if gov.upos in {"VERB", "AUX"} or _token_class(gov, phrase_of) in EVENT_CLASSES:
            return gov
        if gov.lemma.lower() in OPERATION_NOUNS:
            return gov
    return None


def _place_window(doc: Document, t: Token, idx: set[int], positive: bool) -> tuple[list[tuple[str, bool]], list[int]]:
    """(places, window tokens) of the phrase after the preposition ``t``: proper names (not dates,
    people, bodies or demonyms) through "of", "'s", articles, adjectives and region nouns."""
    found: list[tuple[str, bool]] = []
    window: list[int] = []
    run: list[Token] = []  # the name's words read so far, one after the other
    at = 0
    k = t.i + 1
    while k in idx:
        w = doc.tokens[k]
        low = w.text.lower()
        if (
            w.upos == "PROPN"
            and low not in CALENDAR_WORDS
            and w.ent not in {"PERSON", "ORG", "NORP", "DATE"}
            and not takes_an_article(doc, w)
        ):
            if not run or run[-1].i != k - 1:
                run, at = [], len(found)  # a new name starts; ``at``: where its places begin in ``found``
            run.append(w)
            whole = country_key(" ".join(x.text for x in run)) if len(run) > 1 else None
            if whole is not None:  # "the United States": one country, not "united" and "states"
                found[at:] = [(whole, positive)]
            else:
                found.append((country_key(w.text) or country_key(dotted(w.text)) or low, positive))
        elif not (low in PLACE_WINDOW_CONTINUE or w.upos in {"DET", "ADJ"} or w.deprel == "compound"):
            break
        window.append(k)
        k += 1
    return found, window


def dotted(name: str) -> str:
    """Rule ``an_acronym_without_its_dots``: a name in two or three capitals is read as its dotted form as well
    ("US" as "U.S.", the United States), which the countries' words list; "in US territory" and "in the United States"
    name one country."""
    if 2 <= len(name) <= 3 and name.isalpha() and name.isupper():
        return "".join(c + "." for c in name)
    return name


def takes_an_article(doc: Document, w: Token) -> bool:
    """Rule ``a_name_with_an_article_is_no_place``: a capitalised word with an indefinite article of its own ("the
    tragedy took place at a Satsang", "during a Mass") is a common noun written with a capital: a place's name takes
    none. "At a Paris hotel" keeps Paris: the article is the hotel's."""
    return any(c.deprel == "det" and c.text.lower() in INDEFINITE_ARTICLES for c in doc.children(w.i))


def denies_its_place(doc: Document, gov: Token, idx: set[int]) -> bool:
    """The verb the place phrase hangs from is negated: "the attack did not happen in X" denies X as much as
    "it happened not in X". A negation on another verb ("did not say it happened in X") denies nothing
    about the place."""
    return gov.upos in {"VERB", "AUX"} and any(
        k in idx and doc.tokens[k].head == gov.i and doc.tokens[k].text.lower() in NEGATIONS
        for k in range(max(gov.i - 3, 0), gov.i)
    )


def _place_unknown(toks: list[Token]) -> bool:
    """ "the location is unknown", "did not disclose the site": the place is not known."""
    lemmas = {t.lemma.lower() for t in toks}
    return bool(lemmas & LOCATION_NOUNS) and bool(
        lemmas & UNKNOWN_WORDS or (lemmas & KNOW_VERBS and lemmas & NEGATIONS)
    )


def _places(doc: Document, toks: list[Token], phrase_of: dict[int, str]) -> list[tuple[str, bool]]:
    """Places of events: proper names after "in/near/at" (window through "of", "'s", region nouns).

    Polarity is False for "not in X". A sentence saying the location is not known
    gives the place "?" (asserted), so it can be shown against named places.
    """
    out: list[tuple[str, bool]] = []
    idx = {t.i for t in toks}
    for t in toks:
        if t.upos != "ADP" or t.text.lower() not in PLACE_PREPOSITIONS:
            continue
        positive = not (t.i - 1 in idx and doc.tokens[t.i - 1].text.lower() in NEGATIONS)
        found, window = _place_window(doc, t, idx, positive)
        gov = _places_an_event(doc, window, phrase_of) if found else None
        if gov is None:
            continue
        if positive and denies_its_place(doc, gov, idx):
            found = [(p, False) for p, _ in found]
        out.extend(found)
    if _place_unknown(toks):
        out.append(("?", True))
    return sorted(set(out))


def _place_parents(mentions: list[MentionCandidate]) -> None:
    """The parent of every statement that only says where (or that nobody knows where): the mention just
    before it, whose event it is about. The reduce lists such a statement with that mention's claim, for
    its place conflict alone (``Mention.where_only``)."""
    for k, m in enumerate(mentions):
        only_where = ("?", True) in m.places and not m.main_predicates
        if only_where and k > 0 and 0 <= m.sentence - mentions[k - 1].sentence <= 1:
            m.parent = k - 1


def _other_event_tokens(toks: list[Token]) -> set[int]:
    """Tokens of a phrase or clause that dates the content by another event (``OTHER_EVENT_PREPOSITIONS``): a
    phrase "since January (, when he returned ...)" or a clause "after it left port" ("following" read as written, its
    lemma is "follow"); also the phrase of such a word the parser reads as a verb with its object ("ordered the
    grounding following a blowout late Friday")."""
    idx = {t.i: t for t in toks}
    roots = {
        t.head
        for t in toks
        if t.deprel in ("case", "mark")
        and (t.lemma.lower() in OTHER_EVENT_PREPOSITIONS or t.text.lower() in OTHER_EVENT_PREPOSITIONS)
        and t.head in idx
        and idx[t.head].deprel.startswith(("obl", "nmod", "advcl"))
        and idx[t.head].head in idx
    }
    heads = {t.head for t in toks if t.deprel.startswith("obj")}
    roots |= {
        t.i
        for t in toks
        if t.upos == "VERB"
        and t.text.lower() in OTHER_EVENT_PREPOSITIONS
        and t.deprel.startswith(("advmod", "advcl", "obl", "acl"))
        and t.head in idx
        and t.i in heads
    }
    return _under(toks, (), roots) if roots else set()


def _side_places(doc: Document, toks: list[Token], phrase_of: dict[int, str], places: list[tuple[str, bool]]
                 ) -> list[tuple[str, bool]]:  # fmt: skip
    """The named places of ``places`` found only inside a phrase or clause dating the content by another event
    (``_other_event_tokens``): "Navalny had been in jail since January, when he returned after recuperating in
    Germany" places his recuperation, not his jail."""
    other = _other_event_tokens(toks) if places else set()
    if not other:
        return []
    core = set(_places(doc, [t for t in toks if t.i not in other], phrase_of))
    return [p for p in places if p[0] != "?" and p not in core]
