"""Per-article (map stage): claim mentions with the features clustering needs.

A claim mention is every attributed content (one mention per cue+content, with
parallel sources merged) and every unattributed factual story sentence. The
features are computed here, once per article, so the reduce step only compares
small records: content lemmas (synonym-mapped), predicate classes, figures with
their qualifier and counted noun, entities, places with polarity, hedges.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..article import ArticleInput
from ..doc import STORY_BLOCK_KINDS, Document, Entity, Token
from ..extraction.types import RawAttribution, lineage
from ..lang.en.calendar import CALENDAR_WORDS, MONTHS, WEEKDAYS
from ..lang.en.clauses import (
    CAUSE_FROM_CASE,
    CAUSE_HEADS,
    CLAUSE_COORDINATORS,
    CONTINUING_PRONOUNS,
    COPULA,
    DATING_PREPOSITIONS,
    DENIED_SUFFIX,
    EXPLAINING_ADJECTIVES,
    EXPLAINING_FROM_VERBS,
    EXPLAINING_PARTICLES,
    EXPLAINING_PASSIVE_VERBS,
    FOR_TO_MARK,
    FREE_RELATIVE_PRONOUNS,
    NEGATING_PREPOSITIONS,
    NEGATING_SUBJECTS,
    NEGATIONS,
    OPEN_QUESTION_MARKS,
    OUTLET_VOICE,
    SIDE_CLAUSE_DEPRELS,
    TEMPORAL_PREPOSITIONS,
)
from ..lang.en.cues import DIRECTIVE_VERBS, EVALUATIVE_VERBS, SOURCE_PARTICIPLES
from ..lang.en.events import (
    ADJECTIVE_SYNONYMS,
    ASPECTUAL_VERBS,
    CAUSATIVE_VERBS,
    CHECKABLE_ENTITY_LABELS,
    CONATIVE_VERBS,
    CONTENT_UPOS,
    DEGREE_SYNONYMS,
    ENQUIRY_NOUNS,
    EVENT_CLASSES,
    IDENTIFYING_VERBS,
    MARKER_WORDS,
    NO_COMMENT_VERBS,
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
from ..lang.en.hedges import MENTION_HEDGE_WORDS
from ..lang.en.numbers import CURRENCY_NOUNS, GLUED_SCALES, NUMBER_WORDS, QUALIFIERS, SCALE_WORDS, SIGN_ONLY_SCALES
from ..lang.en.places import (
    KNOW_VERBS,
    LOCATION_NOUNS,
    OPERATION_NOUNS,
    PLACE_PREPOSITIONS,
    PLACE_WINDOW_CONTINUE,
    UNKNOWN_WORDS,
)
from .data import country_key
from .fingerprint import minhash, shingle_hashes

#: Attribution kinds that cover the whole article (a declared dependence), never a mention.
ARTICLE_LEVEL_KINDS = frozenset({"article-reference"})
#: Entity labels that never identify a proposition (dates and amounts are handled as figures).
_SKIP_ENTITY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
#: Dependency relations that do not carry the main event of a clause (modifiers, side clauses).
_SIDE_DEPRELS = ("advcl", "acl", "obl", "appos", "parataxis", "dislocated", "vocative", "discourse", "punct")
#: Side relations that open a clause of their own (the oblique phrase of a clause is not one).
_CLAUSE_DEPRELS = ("advcl", "acl", "appos", "parataxis", "dislocated", "vocative", "discourse", "punct")
_QUOTES = "\"“”„«»"
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
#: A figure with its scale glued on ("3.7million", "2bn"; "4m" and "50k" only after a currency sign,
#: where "m" cannot be metres)
_GLUED_SCALE_RE = re.compile(r"^(\d+(?:\.\d+)?)(million|billion|trillion|bn|m|k)$", re.IGNORECASE)
_CURRENCY_SIGNS = frozenset("$€£¥")
_PLATFORM_RE = re.compile(
    r"(?:\b(?:on|via|through|platform|app|post(?:ed)? on|channel on)\s+(?:the\s+)?(?:social media\s+platform\s+|"
    r"instant messaging app\s+|messaging app\s+|platform\s+)?(X)(?![\w-]))"
    r"|\b(twitter|telegram|facebook|instagram|tiktok|youtube|weibo|vkontakte|whatsapp|truth social|bluesky|reddit"
    r"|social media)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class NumberFact:
    value: float
    qualifier: str  # normalised ("more than", "nearly", "about", ...) or "" when exact
    noun: str | None  # counted noun class ("troop", "casualty") when known
    text: str  # as written ("more than 3,000")


@dataclass(slots=True)
class MentionCandidate:
    start: int
    end: int
    text: str
    attributions: list[int]  # raw attribution indexes (parallel sources); empty = unattributed
    sentence: int
    lemmas: list[str]  # content keys: lemmas, "~class" for predicates, "@country"/"#entity"
    predicates: list[str]  # predicate classes anywhere in the content
    main_predicates: list[str]  # predicate classes of the main clause
    numbers: list[NumberFact] = field(default_factory=list)
    entities: list[tuple[str, str]] = field(default_factory=list)  # (normalised key, label)
    places: list[tuple[str, bool]] = field(default_factory=list)  # (place key or "?", asserted)
    hedges: list[str] = field(default_factory=list)
    direct: bool = False
    social: str | None = None  # platform named with the claim ("X", "Telegram")
    markers: list[str] = field(default_factory=list)  # framing and modal words ("first", "could", "if")
    position: int = 0  # order of the mention in its article
    #: character spans of the place phrases tied to an event ("captured ... in Kursk")
    place_spans: list[tuple[int, int]] = field(default_factory=list)
    #: the clause a reader should see as the claim: the content's sentence with the main event
    #: (multi-sentence quotes), and whether it reads as a full statement (named subject, finite verb)
    lead: str = ""
    fluent: bool = False
    #: for a place statement: index (in its article's ``mentions``) of the mention it qualifies,
    #: the one whose event it locates ("..., adding that the location where he was taken was not known")
    parent: int | None = None
    #: the day the main event is said to have happened, as comparable keys ("weekday:sunday",
    #: "date:3-9"), from date phrases of the content outside its side clauses
    dates: list[str] = field(default_factory=list)
    #: content keys found only in side clauses and cause phrases ("soldiers operating as mixed
    #: units", "due to attacks"): they describe the proposition's participants or cause and weigh
    #: less when mentions are compared
    side: list[str] = field(default_factory=list)

    @property
    def attribution(self) -> int | None:
        return self.attributions[0] if self.attributions else None


@dataclass(slots=True)
class ArticleCandidates:
    article_id: str
    mentions: list[MentionCandidate]
    shingles: list[int]  # sorted unique 64-bit hashes of word 5-grams (quotes excluded)
    signature: list[int]  # MinHash of ``shingles``
    published: str | None = None
    outlet: str | None = None
    #: place statements cut out of the mentions (``parent`` set): "where" sub-claims, built in the
    #: reduce step only where the sources disagree about the place
    places: list[MentionCandidate] = field(default_factory=list)


# -- helpers --------------------------------------------------------------------
def _block_kind(doc: Document, article: ArticleInput, s: int) -> str:
    sent = doc.sentences[s]
    if 0 <= sent.block < len(doc.blocks):
        return doc.blocks[sent.block].kind
    blocks = doc.blocks or article.blocks
    for b in blocks:
        if b.start <= sent.start < b.end:
            return b.kind
    return "body" if not blocks else "boilerplate"


def _entity_key(text: str, label: str) -> str:
    ck = country_key(text) if label in {"GPE", "NORP", "LOC", "ORG"} else None
    if ck:
        return "@" + ck
    t = text.lower().replace("’", "'").strip()
    t = re.sub(r"^(the|a|an)\s+", "", t)
    t = re.sub(r"'s$", "", t)
    return "#" + re.sub(r"\s+", " ", t)


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
_CLASS_CACHE: dict[tuple[str, str], str | None] = {}


def _token_class(t: Token, phrase_of: dict[int, str]) -> str | None:
    cls = phrase_of.get(t.i)
    if cls:
        return cls
    key = (t.lemma, t.text)
    try:
        return _CLASS_CACHE[key]
    except KeyError:
        pass
    cls = predicate_class(t.lemma) or predicate_class(t.text)
    if len(_CLASS_CACHE) > 200_000:
        _CLASS_CACHE.clear()
    _CLASS_CACHE[key] = cls
    return cls


def _qualifier(doc: Document, i: int, lo: int) -> tuple[str, int]:
    """Normalised qualifier before token ``i`` (not before token ``lo``) and where it starts."""
    prev: list[tuple[str, str, int]] = []
    k = i - 1
    while k >= lo and len(prev) < 3:
        t = doc.tokens[k]
        if t.upos != "PUNCT":
            prev.insert(0, (t.text.lower(), t.lemma.lower(), k))
        k -= 1
    for words, norm in QUALIFIERS:
        n = len(words)
        if len(prev) >= n:
            tail = prev[-n:]
            if all(w == tx or w == lm for w, (tx, lm, _) in zip(words, tail, strict=True)):
                return norm, tail[0][2]
    return "", i


def _numbers(doc: Document, toks: list[Token], lo: int, hi: int) -> list[NumberFact]:
    out: list[NumberFact] = []
    for t in toks:
        if t.ent in {"DATE", "TIME", "ORDINAL", "PERCENT"}:
            continue
        txt = t.text
        value: float | None = None
        if _NUM_RE.match(txt):
            if "," not in txt and len(txt) == 4 and 1800 <= int(float(txt)) <= 2100:
                continue  # a year
            value = float(txt.replace(",", ""))
        elif t.upos == "NUM" and txt.lower() in NUMBER_WORDS:
            value = float(NUMBER_WORDS[txt.lower()])
        elif (g := _GLUED_SCALE_RE.match(txt)) is not None:
            scale = g.group(2).lower()
            after_sign = t.i > 0 and doc.tokens[t.i - 1].text in _CURRENCY_SIGNS
            if scale not in SIGN_ONLY_SCALES or after_sign:
                value = float(g.group(1)) * GLUED_SCALES[scale]
        if value is None:
            continue
        end_tok = t.i
        nxt = doc.tokens[t.i + 1].text.lower() if t.i + 1 < hi else ""
        if nxt in SCALE_WORDS:
            value *= SCALE_WORDS[nxt]
            end_tok = t.i + 1
        elif nxt in GLUED_SCALES and (
            nxt not in SIGN_ONLY_SCALES or (t.i > 0 and doc.tokens[t.i - 1].text in _CURRENCY_SIGNS)
        ):
            value *= GLUED_SCALES[nxt]  # "$4 m" split by the tokenizer: "4", "m"
            end_tok = t.i + 1
        qual, qstart = _qualifier(doc, t.i, lo)
        noun = None
        head = doc.tokens[t.head]
        sign = doc.tokens[t.i - 1].text if t.i > 0 else ""
        if sign in CURRENCY_NOUNS:
            noun = CURRENCY_NOUNS[sign]  # "$4m", "€3.7 million": an amount of that currency
        elif t.deprel.startswith("nummod") and head.upos in {"NOUN", "PROPN"} and head.i != end_tok:
            noun = head.lemma.lower()
        else:
            for k in range(end_tok + 1, min(hi, end_tok + 5)):
                nt = doc.tokens[k]
                if nt.upos == "NOUN":
                    noun = nt.lemma.lower()
                    break
                if nt.upos in {"VERB", "AUX", "PUNCT", "ADP"} and nt.text != ",":
                    break
        if noun is not None:
            noun = NOUN_SYNONYMS.get(noun, noun)
        text = doc.text[doc.tokens[qstart].start : doc.tokens[end_tok].end]
        out.append(NumberFact(value=value, qualifier=qual, noun=noun, text=text))
    return out


def _places_an_event(doc: Document, window: list[int], phrase_of: dict[int, str]) -> Token | None:
    """The place phrase modifies an event ("captured in X", "an operation in X"), not a
    thing ("the war in X", "the situation in X")."""
    inside = set(window)
    heads = [i for i in window if doc.tokens[i].head not in inside]
    for h in heads:
        hops = 0
        while doc.tokens[h].deprel.startswith("conj") and doc.tokens[h].head != h and hops < 3:
            h = doc.tokens[h].head  # "in X and not in Y": Y's governor is X's
            hops += 1
        gov = doc.tokens[doc.tokens[h].head]
        hops = 0
        while gov.upos == "ADP" and gov.head != gov.i and hops < 3:  # "and not in X": conjoined preposition
            gov = doc.tokens[gov.head]
            hops += 1
        if gov.i == h:
            return None
        if gov.upos in {"VERB", "AUX"} or _token_class(gov, phrase_of) in EVENT_CLASSES:
            return gov
        if gov.lemma.lower() in OPERATION_NOUNS:
            return gov
    return None


def _event_anchor(doc: Document, gov: Token, idx: set[int], phrase_of: dict[int, str]) -> Token:
    """The event verb a place phrase locates: its governor or the nearest event verb above it
    ("captured ... during an operation in X" -> captured)."""
    cur, hops = gov, 0
    while hops < 4:
        if cur.upos in {"VERB", "AUX"} and _token_class(cur, phrase_of) in EVENT_CLASSES:
            return cur
        if cur.head == cur.i or cur.head not in idx:
            break
        cur, hops = doc.tokens[cur.head], hops + 1
    return gov


def _places(
    doc: Document, toks: list[Token], phrase_of: dict[int, str], spans: list[tuple[int, int]] | None = None
) -> list[tuple[str, bool]]:
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
        k = t.i + 1
        found: list[tuple[str, bool]] = []
        window: list[int] = []
        while k in idx:
            w = doc.tokens[k]
            low = w.text.lower()
            if w.upos == "PROPN" and low not in CALENDAR_WORDS and w.ent not in {"PERSON", "ORG", "NORP", "DATE"}:
                key = country_key(w.text)
                found.append((key or low, positive))
            elif not (low in PLACE_WINDOW_CONTINUE or w.upos in {"DET", "ADJ"} or w.deprel == "compound"):
                break
            window.append(k)
            k += 1
        gov = _places_an_event(doc, window, phrase_of) if found else None
        if gov is not None:
            out.extend(found)
            if spans is not None:
                anchor = _event_anchor(doc, gov, idx, phrase_of)
                first = anchor if anchor.i < t.i else t
                spans.append((first.start, doc.tokens[window[-1]].end))
    lemmas = {t.lemma.lower() for t in toks}
    if lemmas & LOCATION_NOUNS and (
        lemmas & UNKNOWN_WORDS or (lemmas & KNOW_VERBS and lemmas & NEGATIONS)
    ):
        out.append(("?", True))
    return sorted(set(out))


_FINITE_XPOS = frozenset({"VBD", "VBZ", "VBP"})
#: Marker of a where-statement (see _place_statements).
WHERE_MARKER = "<where>"
#: Marker of a statement that names an event only as a possibility or a goal (see _is_generic).
GENERIC_MARKER = "<generic>"
#: Marker of a rank word that opens a series ("the first of many"): see _series.
SERIES_MARKER = "<series>"
_AUX_DEPRELS = ("aux", "cop")


def _depths(toks: list[Token]) -> dict[int, int]:
    idx = {t.i: t for t in toks}
    out: dict[int, int] = {}
    for t in toks:
        d, cur, seen = 0, t, set()
        while cur.head in idx and cur.head != cur.i and cur.i not in seen:
            seen.add(cur.i)
            cur = idx[cur.head]
            d += 1
        out[t.i] = d
    return out


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
    if explained is not None:
        cause = [t for t in toks if t.i in explained[1]]
        found = _core_events(cause, {t.i for t in cause}, phrase_of)
        if found:
            return found  # "the losses were due to inexperience" states the inexperience
    # infinitival "to" is tagged aux by some parsers: it does not make a verb finite ("to capture")
    has_aux = {t.head for t in toks if t.deprel.startswith(_AUX_DEPRELS) and t.xpos != "TO"}
    finite: set[int] = set()
    for t in toks:
        cls = _token_class(t, phrase_of)
        if cls in EVENT_CLASSES and (t.xpos in _FINITE_XPOS or t.i in has_aux):
            finite.add(t.i)
    # conjuncts of a finite event verb share its status ("were killed or injured")
    for t in toks:
        if t.deprel.startswith("conj") and t.head in finite and _token_class(t, phrase_of) in EVENT_CLASSES:
            finite.add(t.i)
    # a bare verb right after a noun with no object and a later finite event is a reduced
    # relative ("the soldier captured on the 26th died", "the soldier taken prisoner ... has died")
    demoted = set()
    for i in sorted(finite):
        if i in has_aux or i - 1 not in idx or doc.tokens[i - 1].upos not in {"NOUN", "PROPN"}:
            continue
        has_obj = any(c.head == i and c.deprel == "obj" and c.i not in phrase_of for c in toks)
        if not has_obj and any(j > i for j in finite):
            demoted.add(i)
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
    clause_heads = {t.i for t in toks if t.deprel.startswith("advcl") and t.head in idx}
    timed = {
        i
        for i in finite
        if i in clause_heads or (doc.tokens[i].deprel == "conj" and doc.tokens[i].head in clause_heads)
    }
    if finite and finite <= timed and not demoted:
        return _core_events(toks, idx, phrase_of, skip=_under(toks, (), clause_heads))
    if finite:
        depths = _depths(toks)
        best = min(depths[i] for i in finite)
        return sorted({pc for i in finite if depths[i] == best and (pc := _token_class(doc.tokens[i], phrase_of))})
    return _core_events(toks, idx, phrase_of)


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
        low = r.lemma.lower()
        around = kids.get(r.i, [])
        heads = [r, *(c for c in around if c.lemma.lower() in EXPLAINING_PARTICLES)]
        causes: list[Token] = []
        if low in EXPLAINING_ADJECTIVES or (low == COPULA and len(heads) > 1):
            causes = [c for h in heads for c in kids.get(h.i, []) if c.deprel.startswith("obl")]
        elif low in EXPLAINING_FROM_VERBS:
            causes = [
                c for c in around
                if c.deprel.startswith("obl") and any(k.lemma.lower() == CAUSE_FROM_CASE for k in kids.get(c.i, []))
            ]
        elif low in EXPLAINING_PASSIVE_VERBS:
            causes = [c for c in around if c.deprel == "obl:agent"]
        subjects = {c.i for c in around if c.deprel.startswith("nsubj")}
        if causes and subjects:
            return _under(toks, (), subjects), _under(toks, (), {c.i for c in causes})
    return None


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
        frontier = list(roots)
        seen: set[int] = set()
        level = 0
        while frontier and level < 4:
            found: set[str] = set()
            for ft in frontier:
                fc = _token_class(ft, phrase_of)
                if fc is not None and fc in EVENT_CLASSES and not (skip and ft.i in skip):
                    found.add(fc)
            if found:
                return sorted(found)
            seen.update(ft.i for ft in frontier)
            nxt: list[Token] = []
            for ft in frontier:
                for c in kids.get(ft.i, ()):
                    if c.i not in seen and not c.deprel.startswith(side):
                        nxt.append(c)
            frontier = nxt
            level += 1
    return []


def _is_generic(doc: Document, toks: list[Token], phrase_of: dict[int, str]) -> bool:
    """The content names an event only as a possibility, a goal or a topic, never as having
    happened: every event verb is a bare infinitive ("it is better to capture them", "try to
    exchange them") or a gerund standing as a subject ("Capturing troops could help"), and no
    event verb is finite. Such a statement is an opinion about the event, not a report of it."""
    has_aux = {t.head for t in toks if t.deprel.startswith(_AUX_DEPRELS) and t.xpos != "TO"}
    has_to = {t.head for t in toks if t.xpos == "TO"}
    # "for X to V": an infinitive with its own subject states what would be, whatever governs it
    # ("no reason for them to fight and die")
    for_to = has_to & {t.head for t in toks if t.deprel == "mark" and t.lemma.lower() == FOR_TO_MARK}
    saw_generic = False
    for t in toks:
        if t.upos not in {"VERB", "AUX"} or _token_class(t, phrase_of) not in EVENT_CLASSES:
            continue
        if t.xpos in _FINITE_XPOS or t.i in has_aux:
            return False
        anchor = t
        if t.i not in has_to and t.deprel.startswith("conj") and t.head in has_to:
            anchor = doc.tokens[t.head]  # "to fight and die": "die" is an infinitive too
        head = doc.tokens[anchor.head]
        if t.xpos == "VB" and anchor.i in has_to and (
            anchor.i in for_to
            or (
                head.upos in {"VERB", "AUX", "ADJ"}  # "attempts to destroy" reports the attempts
                and head.lemma.lower() not in ASPECTUAL_VERBS
                and head.lemma.lower() not in CAUSATIVE_VERBS
                and not (head.lemma.lower() in CONATIVE_VERBS and _finite(head, has_aux))
            )
        ):
            saw_generic = True
        elif t.xpos == "VBG" and t.i not in has_aux and (
            t.deprel.startswith(("csubj", "nsubj")) or (t.deprel == "amod" and head.upos in {"NOUN", "PROPN"})
        ):
            saw_generic = True
    return saw_generic


def _finite(t: Token, has_aux: set[int]) -> bool:
    return t.xpos in _FINITE_XPOS or t.i in has_aux


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


def _entities_by_start(doc: Document) -> dict[int, list[Entity]]:
    """The document's entities grouped by first token (one pass, shared by all its mentions)."""
    out: dict[int, list[Entity]] = {}
    for e in doc.entities:
        out.setdefault(e.start_token, []).append(e)
    return out


def _features(
    doc: Document, toks: list[Token], m: MentionCandidate, ents_at: dict[int, list[Entity]] | None = None
) -> None:
    hits = _phrase_hits(toks)
    phrase_of: dict[int, str] = {}
    for a, b, cls in hits:
        for i in range(a, b + 1):
            phrase_of[i] = cls
    idx = {t.i for t in toks}
    keys: set[str] = set()
    preds: set[str] = set()
    ents: set[tuple[str, str]] = set()
    ent_tokens: set[int] = set()
    if ents_at is None:
        ents_at = _entities_by_start(doc)
    explained = _explanation(toks)  # "X could be down to Y": the statement is Y
    side_toks = _side_tokens(doc, toks, explained)
    core_keys: set[str] = set()
    for e in (e for i in idx for e in ents_at.get(i, ())):
        if e.label not in _SKIP_ENTITY_LABELS:
            ekey = _entity_key(e.text, e.label)
            ents.add((ekey, e.label))
            keys.add(ekey)
            ent_tokens.update(range(e.start_token, e.end_token))
            if not all(j in side_toks for j in range(e.start_token, e.end_token)):
                core_keys.add(ekey)
    for t in toks:
        tcls = _token_class(t, phrase_of)
        key: str
        if tcls:
            preds.add(tcls)
            key = "~" + tcls
        elif t.i in ent_tokens:
            continue
        else:
            word = _word_key(t.lemma, t.text, t.upos)
            if word is None:
                continue
            key = word
        keys.add(key)
        if t.i not in side_toks:
            core_keys.add(key)
    lo, hi = (toks[0].i, toks[-1].i + 1) if toks else (0, 0)
    # a figure in a non-restrictive relative clause is background the writer adds ("the dam, which
    # burst on Monday killing at least 40 people, was never approved"), not the statement's figure
    aside = _nonrestrictive(doc, toks)
    m.numbers = _numbers(doc, [t for t in toks if t.i not in aside] if aside else toks, lo, hi)
    if side_toks and m.numbers:
        # a figure of the core makes the side clause's figures background ("demanded a EUR 3.7m ransom
        # after forcing it to cancel 1,000 operations" is about the ransom)
        core = _numbers(doc, [t for t in toks if t.i not in side_toks and t.i not in aside], lo, hi)
        if core:
            m.numbers = core
    m.lemmas = sorted(keys)
    m.side = sorted(keys - core_keys)
    m.predicates = sorted(preds)
    m.main_predicates = _main_predicates(doc, toks, phrase_of, explained)
    # the day of the statement's event: of its main event, or of its main verb when no event class
    # names it ("the contract was awarded on 3 March")
    if m.main_predicates or any(t.upos == "VERB" and (t.head not in idx or t.head == t.i) for t in toks):
        m.dates = _event_dates(doc, toks, side_toks, ents_at)
    for cls in _denied_events(doc, toks, phrase_of, m.main_predicates):
        m.lemmas = sorted({*m.lemmas, "~" + cls + DENIED_SUFFIX})
    m.entities = sorted(ents)
    spans: list[tuple[int, int]] = []
    m.places = _places(doc, toks, phrase_of, spans)
    m.place_spans = sorted(set(spans))
    markers = set()
    for t in toks:
        if t.text.lower() in MARKER_WORDS and _frames(doc, t):
            markers.add(SERIES_MARKER if _series(doc, t) else t.text.lower())
    if _is_generic(doc, toks, phrase_of):
        markers.add(GENERIC_MARKER)
    m.markers = sorted(markers)


#: content key of a (lemma, text, upos) triple; bounded by the vocabulary (cleared if it ever grows large)
_WORD_KEY_CACHE: dict[tuple[str, str, str], str | None] = {}


def _word_key(lemma: str, text: str, upos: str) -> str | None:
    """The content key of a non-entity word: its country ("@south korea"), its synonym class, its
    lemma; None for function words, stop lemmas, numbers and punctuation."""
    k = (lemma, text, upos)
    try:
        return _WORD_KEY_CACHE[k]
    except KeyError:
        pass
    key: str | None = None
    lem = lemma.lower()
    if upos in CONTENT_UPOS and upos != "NUM" and lem not in STOP_LEMMAS and any(ch.isalpha() for ch in lem):
        ck = _country_of(text)
        key = (
            "@" + ck
            if ck
            else DEGREE_SYNONYMS.get(lem) or ADJECTIVE_SYNONYMS.get(lem) or NOUN_SYNONYMS.get(lem, lem)
        )
        # an action noun and its verb are one key ("the vaccination campaign" / "begin vaccinating")
        if len(key) > 7 and key.endswith("ation"):
            key = key[: -len("ation")] + "ate"
    if len(_WORD_KEY_CACHE) > 200_000:
        _WORD_KEY_CACHE.clear()
    _WORD_KEY_CACHE[k] = key
    return key


def _under(toks: list[Token], deprels: tuple[str, ...], roots: set[int] | None = None) -> set[int]:
    """Tokens of ``toks`` under (or at) a token whose relation is one of ``deprels`` and whose head is
    inside ``toks`` (or under one of ``roots`` when given)."""
    idx = {t.i: t for t in toks}
    heads = roots if roots is not None else {
        t.i for t in toks if t.head in idx and t.head != t.i and t.deprel.startswith(deprels)
    }
    if not heads:
        return set()
    out: set[int] = set()
    for t in toks:
        cur, hops = t, 0
        while hops < 32:
            if cur.i in heads:
                out.add(t.i)
                break
            if cur.head not in idx or cur.head == cur.i:
                break
            cur, hops = idx[cur.head], hops + 1
    return out


def _free_relative_verbs(toks: list[Token]) -> set[int]:
    """Verbs whose subject is "whoever"/"whatever": the clause picks out a participant."""
    return {t.head for t in toks if t.deprel.startswith("nsubj") and t.lemma.lower() in FREE_RELATIVE_PRONOUNS}


def _nonrestrictive(doc: Document, toks: list[Token]) -> set[int]:
    """Tokens of relative clauses set off by a comma ("the dam, which burst on Monday, ...")."""
    idx = {t.i for t in toks}
    roots = set()
    for t in toks:
        if t.deprel.startswith("acl") and t.head in idx and t.head != t.i:
            first = min(_under(toks, (), {t.i}))
            if first - 1 in idx and doc.tokens[first - 1].text == ",":
                roots.add(t.i)
    return _under(toks, (), roots) if roots else set()


_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")


def _event_dates(doc: Document, toks: list[Token], side: set[int], ents_at: dict[int, list[Entity]]) -> list[str]:
    """Day keys of the DATE phrases of the content's core: a weekday ("early on Sunday",
    "Saturday night") and a month with its day ("March 9", "9 March", "Dec. 26th")."""
    idx = {t.i for t in toks}
    out: set[str] = set()
    for e in (e for i in sorted(idx) for e in ents_at.get(i, ())):
        if e.label not in ("DATE", "TIME") or any(j in side or j not in idx for j in range(e.start_token, e.end_token)):
            continue
        words = [doc.tokens[j].text.lower().rstrip(".") for j in range(e.start_token, e.end_token)]
        out.update(f"weekday:{w}" for w in words if w in WEEKDAYS)
        months = [MONTHS[w] for w in words if w in MONTHS]
        days = [int(d.group(1)) for w in words if (d := _DAY_RE.fullmatch(w)) and 1 <= int(d.group(1)) <= 31]
        if len(months) == 1 and len(days) == 1:
            out.add(f"date:{months[0]}-{days[0]}")
    return sorted(out)


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

    def denied(i: int) -> bool:
        for c in kids.get(i, ()):
            low = c.lemma.lower()
            if c.deprel.startswith(("advmod", "neg")) and low in NEGATIONS:
                return True
            if c.deprel.startswith("nsubj") and low in NEGATING_SUBJECTS:
                return True
            if c.deprel in ("case", "mark") and low in NEGATING_PREPOSITIONS:
                return True
            if c.deprel == "det" and low == "no":
                return True
        return False

    out = set()
    for t in toks:
        cls = _token_class(t, phrase_of)
        if cls not in main or t.lemma.lower() in OPPOSITE_FORMS:
            continue  # "not familiar with" states inexperience, it does not deny it
        cur, hops = t, 0
        while True:
            if denied(cur.i):
                out.add(cls)
                break
            # "no record of the dam being licensed": the denial sits on the noun the event hangs from
            if hops >= 2 or cur.head not in idx or cur.head == cur.i or not cur.deprel.startswith(("acl", "nmod")):
                break
            cur, hops = doc.tokens[cur.head], hops + 1
    return sorted(out)


def _side_tokens(
    doc: Document, toks: list[Token], explained: tuple[set[int], set[int]] | None = None
) -> set[int]:
    """Tokens of the content that sit in a side clause or a cause phrase under its core: below an
    ``acl``/``advcl`` or a "due to"/"because of" word that is not itself the content's root."""
    idx = {t.i: t for t in toks}
    side_roots = {
        t.i
        for t in toks
        if t.head in idx
        and t.head != t.i
        and (t.deprel.split(":")[0] in SIDE_CLAUSE_DEPRELS or t.lemma.lower() in CAUSE_HEADS)
    }
    # a phrase that dates the statement by another event ("weeks before the blast", "since the attack")
    side_roots |= {
        t.head
        for t in toks
        if t.deprel == "case"
        and t.lemma.lower() in DATING_PREPOSITIONS
        and t.head in idx
        and idx[t.head].deprel.startswith(("obl", "nmod"))
        and idx[t.head].head in idx
    }
    # a free relative's verb and its own arguments ("whoever approved it"), however it is attached
    free = _free_relative_verbs(toks)
    extra = {t.i for t in toks if t.i in free or (t.head in free and t.deprel.startswith(("nsubj", "obj")))}
    if explained is not None:
        extra |= explained[0]  # the thing a cause explains is known already
    return extra | _under(toks, (), side_roots) if side_roots else extra


def _gapped_object(doc: Document, raw: RawAttribution, toks: list[Token]) -> list[Token]:
    """The noun phrase a contact relative clause is about: in "the 11,000 troops officials say it
    has sent", the content ("it has sent") lacks its object, which is the phrase right before the
    source; in "more than 100 people the agency says are still missing" it lacks its subject.
    Only a phrase with a figure is taken (the figure is what the claim is about); the
    parse of such clauses is often wrong, so the test is on word order and the missing object."""
    if raw.source is None or not toks or raw.source.start > toks[0].start or raw.source.start_token < 1:
        return []
    noun = doc.tokens[raw.source.start_token - 1]
    if noun.upos not in {"NOUN", "PROPN"}:
        return []
    inside = {t.i for t in toks}
    events = [t for t in toks if t.upos == "VERB" and predicate_class(t.lemma) in EVENT_CLASSES]
    object_gap = bool(events) and not any(c.head == e.i and c.deprel.startswith("obj") for e in events for c in toks)
    # "more than 100 people the agency says are still missing": the content lacks its subject
    roots = {t.i for t in toks if t.head not in inside or t.head == t.i}
    subject_gap = not any(t.head in roots and t.deprel.startswith(("nsubj", "csubj", "expl")) for t in toks)
    if not (object_gap or subject_gap):
        return []
    phrase = [noun]
    k = noun.i - 1
    while k >= 0 and k not in inside:
        t = doc.tokens[k]
        cur, hops = t, 0
        while cur.i != noun.i and cur.head != cur.i and hops < 4:
            cur, hops = doc.tokens[cur.head], hops + 1
        if cur.i != noun.i:
            break
        phrase.insert(0, t)
        k -= 1
    while phrase and (phrase[0].deprel in {"case", "mark", "cc", "punct"} or phrase[0].upos == "ADP"):
        phrase.pop(0)  # "of more than 11,000 troops": the phrase starts after its preposition
    if not any(t.upos == "NUM" or _NUM_RE.match(t.text) for t in phrase):
        return []
    return phrase


def _only_hypothetical(doc: Document, toks: list[Token]) -> bool:
    """Every event of the sentence sits in a "whether"/"if" clause: the outlet asks, it does not
    report ("There is widespread interest in whether X will be questioned")."""
    events = [t for t in toks if predicate_class(t.lemma) in EVENT_CLASSES]
    if not events:
        return False
    marked = {t.head for t in toks if t.deprel == "mark" and t.lemma.lower() in OPEN_QUESTION_MARKS}
    for e in events:
        cur, hops, inside = e, 0, False
        while hops < 8:
            if cur.i in marked:
                inside = True
                break
            if cur.head == cur.i:
                break
            cur, hops = doc.tokens[cur.head], hops + 1
        if not inside:
            return False
    return True


def _lead(doc: Document, toks: list[Token], m: MentionCandidate) -> None:
    """The statement to show for the mention: the sentence of its content that holds the main
    event (a quote of several sentences shows one), and whether it reads as a full statement."""
    by_sent: dict[int, list[Token]] = {}
    for t in toks:
        by_sent.setdefault(t.sent, []).append(t)
    chosen = toks
    if len(by_sent) > 1:
        wanted = set(m.main_predicates) or (set(m.predicates) & EVENT_CLASSES)
        for s in sorted(by_sent):
            if any(predicate_class(t.lemma) in wanted for t in by_sent[s]):
                chosen = by_sent[s]
                break
        else:
            chosen = by_sent[min(by_sent)]
    words = [t for t in chosen if t.upos not in {"PUNCT", "SPACE"}]
    if not words:
        return
    m.lead = doc.text[words[0].start : words[-1].end]
    if len(chosen) < len(toks):
        m.lead += " …"
    first = words[0]
    has_finite = any(t.xpos in _FINITE_XPOS or t.xpos == "MD" for t in chosen)
    subjects = [t for t in chosen if t.deprel.startswith("nsubj")]
    m.fluent = has_finite and bool(subjects) and subjects[0].upos != "PRON" and first.upos != "PRON"


def _sentence_of_char(doc: Document, pos: int) -> int:
    for s, sent in enumerate(doc.sentences):
        if sent.start <= pos < sent.end:
            return s
    return -1


def _hedges_in(doc: Document, sents: set[int]) -> set[str]:
    out = set()
    for s in sents:
        for t in doc.sentence_tokens(s):
            if t.text.lower() in MENTION_HEDGE_WORDS:
                out.add(t.text.lower())
    return out


def _social(text: str) -> str | None:
    m = _PLATFORM_RE.search(text)
    if not m:
        return None
    name = m.group(1) or m.group(2)
    return "X" if name == "X" else name.title() if name.lower() != "social media" else "social media"


def _sentence_bounds(doc: Document) -> tuple[list[int], list[int]] | None:
    """Sentence start and end offsets, or None when sentences are not in order without overlap."""
    starts = [x.start for x in doc.sentences]
    ends = [x.end for x in doc.sentences]
    return (starts, ends) if starts == sorted(starts) and ends == sorted(ends) else None


def _sentences_overlapping(
    doc: Document, s: int, e: int, bounds: tuple[list[int], list[int]] | None
) -> list[int]:
    """Indexes of the sentences overlapping [s, e) (bisect on the ordered offsets when possible)."""
    if bounds is None:
        return [k for k, x in enumerate(doc.sentences) if x.start < e and s < x.end]
    starts, ends = bounds
    lo, hi = bisect_right(ends, s), bisect_left(starts, e)
    return [k for k in range(lo, hi) if starts[k] < e and s < ends[k]]


def _token_starts(doc: Document) -> list[int] | None:
    """Start offsets of the document's tokens (one pass), or None when they are not in offset order
    (then ``_tokens_in`` falls back to a full scan, so the result never depends on the order)."""
    starts = [t.start for t in doc.tokens]
    return starts if starts == sorted(starts) else None


def _tokens_in(
    doc: Document, spans: list[tuple[int, int]], minus: list[tuple[int, int]], starts: list[int] | None = None
) -> list[Token]:
    """Tokens wholly inside one of ``spans`` and inside none of ``minus``, in document order.

    With ``starts`` (``_token_starts``) only the tokens that begin inside each span are visited
    (bisect on start offsets), so an article's cost is linear in its attributions, not
    tokens x attributions.
    """
    if starts is None:
        out = []
        for t in doc.tokens:
            inside = any(s <= t.start and t.end <= e for s, e in spans)
            if inside and not any(s <= t.start and t.end <= e for s, e in minus):
                out.append(t)
        return out
    tokens = doc.tokens
    picked: set[int] = set()
    for s, e in spans:
        k = bisect_left(starts, s)
        n = len(starts)
        while k < n and starts[k] <= e:  # <=: an empty token at e is inside, as in the full scan
            if tokens[k].end <= e:
                picked.add(k)
            k += 1
    result = []
    for k in sorted(picked):
        t = tokens[k]
        if not any(s <= t.start and t.end <= e for s, e in minus):
            result.append(t)
    return result


#: Parts of speech that carry a sentence's content.
_CONTENT_UPOS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def _checkable(doc: Document, toks: list[Token], m: MentionCandidate) -> bool:
    """A sentence of the story states a checkable fact: a figure, a named entity, an event, or a
    finite clause with a subject of its own ("The plant failed a fire inspection in March",
    "Classes were suspended until Thursday")."""
    if m.numbers or any(lbl in CHECKABLE_ENTITY_LABELS for _, lbl in m.entities):
        return True
    if set(m.predicates) & EVENT_CLASSES:
        return True
    if sum(t.upos in _CONTENT_UPOS and t.deprel not in ("aux", "cop") for t in toks) < 3:
        return False  # "Of course he does.", "They deserve better.": too little to check
    idx = {t.i for t in toks}
    has_subject = {t.head for t in toks if t.deprel.startswith("nsubj")}
    has_aux = {t.head for t in toks if t.deprel.startswith(_AUX_DEPRELS) and t.xpos != "TO"}
    return any(
        t.upos == "VERB" and t.i in has_subject and (_finite(t, has_aux) and t.head not in idx or t.head == t.i)
        for t in toks
    )


def _is_commentary(toks: list[Token], text: str) -> bool:
    """The outlet's own voice: questions, appeals, first/second person, headings-like fragments."""
    stripped = text.rstrip().rstrip(_QUOTES + "'")
    if stripped.endswith("?") or stripped.endswith(":"):
        return True
    if any(t.text.lower() in OUTLET_VOICE and t.upos == "PRON" for t in toks):
        return True
    roots = [t for t in toks if t.head == t.i]
    if not any(t.upos in {"VERB", "AUX"} for t in toks):
        return True  # no verb: a label or fragment, not a statement
    if roots and roots[0].upos == "VERB" and not any(
        t.head == roots[0].i and t.deprel.startswith(("nsubj", "csubj", "expl")) for t in toks
    ):
        # imperative ("Explore related analyses", "Remind me later")
        return roots[0].xpos in {"VB", ""} and roots[0].i == toks[0].i
    return False


def _outlet_speaks(doc: Document, toks: list[Token], article: ArticleInput) -> bool:
    """The article's own outlet is the subject ("The Example Bureau will continue to investigate"):
    the outlet speaking of itself, not a claim about the story."""
    if not article.outlet:
        return False
    own = re.sub(r"^the\s+", "", article.outlet.strip().lower())
    idx = {t.i: t for t in toks}
    for t in toks:
        if t.deprel.startswith("nsubj") and t.head in idx and idx[t.head].head == t.head:
            words = [x.text for x in toks if x.i in _under(toks, (), {t.i})]
            if re.sub(r"^the\s+", "", " ".join(words).lower()) == own:
                return True
    return False


def _no_comment(toks: list[Token]) -> bool:
    """"X declined to comment", "did not respond to a request for comment": nobody said anything."""
    lemmas = {t.lemma.lower() for t in toks}
    if "comment" in lemmas and bool(lemmas & NO_COMMENT_VERBS):
        return True
    # "did not respond to emails and phone calls", "has not returned calls": nobody said anything
    negated = bool(lemmas & NEGATIONS)
    return negated and bool(lemmas & NO_COMMENT_VERBS) and bool(lemmas & ENQUIRY_NOUNS)


def _quoted(raws: list[RawAttribution], n: int) -> bool:
    """The relation or one it is nested in is a direct quote."""
    return any(raws[j].direct for j in lineage(raws, n))


#: Markers of what a speaker does with the content besides asserting it: judging it ("called the
#: attack despicable") or urging it ("urged hospitals to check their systems"). Either is a claim
#: of its own: "X called the attack despicable" is not a report that an attack happened.
EVALUATION_MARKER = "<evaluation>"
DIRECTIVE_MARKER = "<directive>"


def _speech_act(doc: Document, raw: RawAttribution, toks: list[Token]) -> str | None:
    """EVALUATION_MARKER or DIRECTIVE_MARKER from the cue verb of ``raw``, else None."""
    if not (0 <= raw.sentence < len(doc.sentences)):
        return None
    cue = next((t for t in doc.sentence_tokens(raw.sentence) if t.start == raw.cue[0]), None)
    if cue is None or cue.upos != "VERB":
        return None
    lem = cue.lemma.lower()
    directive = lem in DIRECTIVE_VERBS and any(t.xpos == "TO" for t in toks)
    if directive:
        return DIRECTIVE_MARKER
    return EVALUATION_MARKER if lem in EVALUATIVE_VERBS else None


def _sentence_pieces(doc: Document, toks: list[Token], start: int, end: int) -> list[tuple[list[Token], int, int]]:
    """The content's tokens cut at sentence boundaries, each with its character span (the part of
    [start, end) inside that sentence, whitespace trimmed)."""
    by_sent: dict[int, list[Token]] = {}
    for t in toks:
        by_sent.setdefault(t.sent, []).append(t)
    out = []
    for s in sorted(by_sent):
        sent = doc.sentences[s]
        ps, pe = max(start, sent.start), min(end, sent.end)
        while ps < pe and doc.text[ps].isspace():
            ps += 1
        while pe > ps and doc.text[pe - 1].isspace():
            pe -= 1
        if ps < pe:
            out.append((by_sent[s], ps, pe))
    return out


def _after_comma(cc: Token, idx: dict[int, Token]) -> bool:
    """A coordinating word right after a comma (", and")."""
    return cc.deprel == "cc" and cc.i - 1 in idx and idx[cc.i - 1].text == ","


def _clause_parts(toks: list[Token]) -> list[list[Token]] | None:
    """The content cut into the propositions it states side by side, main clause first, or None when
    it states one:
    - a coordinated independent clause: the root's conjunct with a subject of its own, opened by
      "and"/"but" ("Acme recalled 40,000 vans, and a dozen people were hurt"); a conjunct sharing
      the subject ("are not familiar with X and continue to use Y") does not count;
    - a result participle after a comma and its coordinated participles ("A tank exploded late on
      Tuesday, killing seven workers and forcing 12,000 residents to flee"): each consequence is a
      proposition a fact-checker checks on its own.
    Each part must be one stretch of the content (punctuation and "and" aside)."""
    idx = {t.i: t for t in toks}
    roots = [t for t in toks if t.head not in idx or t.head == t.i]
    if len(roots) != 1:
        return None
    root = roots[0]
    kids: dict[int, list[Token]] = {}
    for t in toks:
        if t.head in idx and t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    cuts: list[int] = []
    for c in toks:
        # a conjunct with a subject of its own opened by "and"/"but": under the root, or hung lower by
        # the parser after ", and" ("recalls 340,000 SUVs because the steering can fail, and a dozen
        # people have been hurt")
        own = kids.get(c.i, [])
        if c.deprel != "conj" or c.head not in idx or not any(k.deprel.startswith(("nsubj", "expl")) for k in own):
            continue
        opened = [k for k in own if k.deprel == "cc" and k.lemma.lower() in CLAUSE_COORDINATORS]
        if (c.head == root.i and c.i > root.i and opened) or (
            c.head != root.i and any(_after_comma(k, idx) for k in opened)
        ):
            cuts.append(c.i)
    for c in kids.get(root.i, ()):
        if c.i < root.i:
            continue
        own = kids.get(c.i, [])
        if c.deprel == "conj":
            continue  # coordinated clauses: above
        elif (
            c.deprel == "advcl"
            and c.xpos == "VBG"
            and c.i - 1 in idx
            and idx[c.i - 1].text == ","
            and c.lemma.lower() not in SOURCE_PARTICIPLES
        ):
            cuts.append(c.i)
            cuts.extend(k.i for k in own if k.deprel == "conj" and k.xpos == "VBG")
    if not cuts:
        return None
    owner: dict[int, int] = {}  # token -> the innermost cut above it (root's part: -1)
    for t in toks:
        cur, hops, found = t, 0, -1
        while hops < 32:
            if cur.i in cuts:
                found = cur.i
                break
            if cur.head not in idx or cur.head == cur.i:
                break
            cur, hops = idx[cur.head], hops + 1
        owner[t.i] = found
    parts: list[list[Token]] = []
    for key in [-1, *sorted(cuts)]:
        part = [t for t in toks if owner[t.i] == key]
        while part and (part[0].upos in {"PUNCT", "CCONJ"}):
            part.pop(0)
        while part and (part[-1].upos in {"PUNCT", "CCONJ"}):
            part.pop()
        if not part:
            return None
        # one stretch: nothing of another part between its first and last token
        between = (idx[j] for j in range(part[0].i, part[-1].i) if j in idx)
        if any(owner[b.i] != key and b.upos not in {"PUNCT", "CCONJ"} for b in between):
            return None
        parts.append(part)
    return parts


def _attributed_mention(
    doc: Document,
    toks: list[Token],
    start: int,
    end: int,
    members: list[int],
    raws: list[RawAttribution],
    minus: list[tuple[int, int]],
    bounds: tuple[list[int], list[int]] | None,
    ents_at: dict[int, list[Entity]],
) -> MentionCandidate | None:
    """The mention of one attributed content (or one sentence of it), or None when it only frames
    a nested attribution."""
    text = doc.text
    first = raws[members[0]]
    sents = set(_sentences_overlapping(doc, start, end, bounds))
    sents.add(first.sentence)
    m = MentionCandidate(
        start=start,
        end=end,
        text=text[start:end],
        attributions=sorted(members),
        sentence=first.sentence,
        lemmas=[],
        predicates=[],
        main_predicates=[],
    )
    _features(doc, toks, m, ents_at)
    speech = _speech_act(doc, first, toks)
    if speech:
        m.markers = sorted({*m.markers, speech})
    if minus and not (m.numbers or set(m.predicates) & EVENT_CLASSES):
        # the outer relation only frames the inner one ("According to X, Y said Z";
        # "it has been confirmed through X that Z"): the inner mention carries it
        return None
    hedges = set(_hedges_in(doc, {s for s in sents if s >= 0}))
    for n in members:
        hedges.update(h.lower() for h in raws[n].hedges)
    m.hedges = sorted(hedges)
    # a relation nested in a direct quote ('"It has been confirmed through X that ...," the agency
    # said') quotes its words too
    m.direct = any(_quoted(raws, n) for n in members) or text[start:end].lstrip()[:1] in _QUOTES
    sent_text = " ".join(text[doc.sentences[s].start : doc.sentences[s].end] for s in sorted(sents) if s >= 0)
    m.social = _social(sent_text)
    _lead(doc, toks, m)
    return m


def _story_mention(
    doc: Document, toks: list[Token], s: int, stext: str, ents_at: dict[int, list[Entity]]
) -> MentionCandidate | None:
    """The unattributed mention of a sentence of the story (or one of its coordinated clauses), or
    None when it states nothing checkable or only a hypothesis."""
    start, end = toks[0].start, toks[-1].end  # the span without surrounding whitespace
    m = MentionCandidate(
        start=start, end=end, text=doc.text[start:end], attributions=[], sentence=s,
        lemmas=[], predicates=[], main_predicates=[],
    )
    _features(doc, toks, m, ents_at)
    if not _checkable(doc, toks, m) or _only_hypothetical(doc, toks):
        return None
    _lead(doc, toks, m)
    m.hedges = sorted(_hedges_in(doc, {s}))
    m.social = _social(stext)
    return m


# -- the map-stage entry point --------------------------------------------------
def mention_candidates(doc: Document, raws: list[RawAttribution], article: ArticleInput) -> ArticleCandidates:
    """Claim mentions of one article with their features, and its text-reuse fingerprint."""
    text = doc.text
    mentions: list[MentionCandidate] = []
    covered: set[int] = set()
    bounds = _sentence_bounds(doc)
    starts = _token_starts(doc)
    ents_at = _entities_by_start(doc)
    for r in raws:
        if 0 <= r.sentence < len(doc.sentences):
            covered.add(r.sentence)
        for s, e in r.content:
            covered.update(_sentences_overlapping(doc, s, e, bounds))
    # parallel sources: same cue and content -> one mention
    groups: dict[tuple[tuple[int, int], tuple[tuple[int, int], ...]], list[int]] = {}
    for n, r in enumerate(raws):
        if r.kind in ARTICLE_LEVEL_KINDS or not r.content:
            continue
        groups.setdefault((r.cue, tuple(sorted(r.content))), []).append(n)
    children: dict[int, list[int]] = {}
    for n, r in enumerate(raws):
        if r.parent is not None:
            children.setdefault(r.parent, []).append(n)
    for (_cue, content), members in sorted(groups.items(), key=lambda kv: (kv[0][1][0], kv[0][0])):
        # spans of nested attributions are their own mentions: take them out of this one
        minus: list[tuple[int, int]] = []
        for n in members:
            for c in children.get(n, []):
                ch = raws[c]
                if ch.source is not None:
                    minus.append((ch.source.start, ch.source.end))
                minus.append(ch.cue)
                minus.extend(ch.content)
                minus.extend((v.start, v.end) for v in ch.via)
        toks = _tokens_in(doc, list(content), minus, starts)
        if not toks:
            continue
        start, end = min(s for s, _ in content), max(e for _, e in content)
        first = raws[members[0]]
        gapped = _gapped_object(doc, first, toks)
        if gapped:
            toks = [*gapped, *toks]
            start = gapped[0].start
        pieces = _sentence_pieces(doc, toks, start, end) if not gapped else []
        split = _clause_parts(toks) if len(pieces) == 1 else None
        if split is not None:
            # propositions side by side: one mention each, of one attribution, when each reports something
            spans = [(part, part[0].start, part[-1].end) for part in split]
            spans[0] = (split[0], pieces[0][1], split[0][-1].end)
            parts = [
                _attributed_mention(doc, part, s0, e0, members, raws, minus, bounds, ents_at) for part, s0, e0 in spans
            ]
            if all(pm is not None and (pm.numbers or set(pm.predicates) & EVENT_CLASSES) for pm in parts[1:]):
                mentions.extend(pm for pm in parts if pm is not None)
                continue
        if len(pieces) > 1 and all(ptoks[0].sent >= 0 for ptoks, _, _ in pieces):
            # a quote of several sentences states several propositions: each sentence is a mention
            # of its own (same attribution), so "They hid X. Now they burn Y," he said joins the
            # other reports of the burning rather than standing apart as one long mention
            kept = []
            for ptoks, ps, pe in pieces:
                pm = _attributed_mention(doc, ptoks, ps, pe, members, raws, minus, bounds, ents_at)
                # a sentence of a quote counts when it reports an event or a figure; one that only
                # names someone ("This is a demonstration of disrespect in Russia") is comment.
                # A quote none of whose sentences does stays one mention: its short sentences alone
                # share too few words to be told from other people's ("the water was inside the house")
                if pm is not None and (pm.numbers or set(pm.predicates) & EVENT_CLASSES):
                    pm.sentence = ptoks[0].sent
                    kept.append(pm)
            if kept:
                mentions.extend(kept)
                continue
        m = _attributed_mention(doc, toks, start, end, members, raws, minus, bounds, ents_at)
        if m is not None:
            mentions.append(m)
    # unattributed factual sentences of the story
    for s, sent in enumerate(doc.sentences):
        if s in covered or _block_kind(doc, article, s) not in STORY_BLOCK_KINDS:
            continue
        toks = [t for t in doc.sentence_tokens(s) if t.upos != "SPACE" and t.text.strip()]
        if len(toks) < 4:
            continue
        stext = text[sent.start : sent.end]
        if _is_commentary(toks, stext) or _no_comment(toks) or _outlet_speaks(doc, toks, article):
            continue
        split = _clause_parts(toks)
        found = [m for part in split or () if (m := _story_mention(doc, part, s, stext, ents_at)) is not None]
        if split is None or len(found) < len(split):
            # one proposition, or one of them reports nothing checkable: the whole sentence
            whole = _story_mention(doc, toks, s, stext, ents_at)
            found = [whole] if whole is not None else []
        mentions.extend(found)
    mentions.sort(key=lambda m: (m.start, m.end))
    for k, m in enumerate(mentions):
        m.position = k
    _frames_take_their_proposition(mentions)
    _pronoun_continuations(doc, mentions)
    places = _place_statements(mentions)
    shingles = shingle_hashes(_story_words(doc, article))
    return ArticleCandidates(
        article_id=article.id,
        mentions=mentions,
        shingles=shingles,
        signature=minhash(shingles),
        published=article.published,
        outlet=article.outlet,
        places=places,
    )


def _frames_take_their_proposition(mentions: list[MentionCandidate]) -> None:
    """A mention that only says a report was confirmed ("it had obtained the confirmation through
    information sharing") states no proposition of its own: it is about the proposition of the
    nearest mention of the same sentence that has an event ("Confirming reports that X had been
    captured, the agency said it had obtained the confirmation ..."), so it takes its content keys."""
    for k, m in enumerate(mentions):
        if not m.attributions or m.numbers or "confirm" not in m.predicates:
            continue
        if set(m.predicates) & EVENT_CLASSES:
            continue
        near = [
            (abs(j - k), j)
            for j, o in enumerate(mentions)
            if j != k and o.sentence == m.sentence and set(o.main_predicates) & EVENT_CLASSES
        ]
        if not near:
            continue
        o = mentions[min(near)[1]]
        m.lemmas = list(o.lemmas)
        m.predicates = sorted({*o.predicates, "confirm"})
        m.main_predicates = list(o.main_predicates)
        m.entities = list(o.entities)
        m.markers = list(o.markers)


def _pronoun_continuations(doc: Document, mentions: list[MentionCandidate]) -> None:
    """An unattributed sentence whose subject is a bare personal pronoun right after an attributed
    sentence goes on with that account ("X reported that forces captured a soldier. They released
    photos of him."): it keeps the previous sentence's attribution rather than becoming the
    outlet's own claim."""
    for k in range(1, len(mentions)):
        m, prev = mentions[k], mentions[k - 1]
        if m.attributions or not prev.attributions or m.sentence - prev.sentence != 1:
            continue
        toks = [t for t in doc.sentence_tokens(m.sentence) if t.upos not in {"SPACE", "PUNCT"}]
        if not toks or toks[0].text.lower() not in CONTINUING_PRONOUNS or not toks[0].deprel.startswith("nsubj"):
            continue
        m.attributions = list(prev.attributions)


def _place_statements(mentions: list[MentionCandidate]) -> list[MentionCandidate]:
    """Where-statements: the place phrase of every mention that locates its event, as a mention
    of its own (parent = that mention), and the parent of every statement that only says where
    (or that nobody knows where): the mention just before it, whose event it is about."""
    out: list[MentionCandidate] = []
    for k, m in enumerate(mentions):
        if ("?", True) in m.places and not m.main_predicates:
            if k > 0 and 0 <= m.sentence - mentions[k - 1].sentence <= 1:
                m.parent = k - 1
            continue
        if not m.place_spans:
            continue
        start = min(a for a, _ in m.place_spans)
        end = max(b for _, b in m.place_spans)
        if start < m.start or end > m.end:
            continue
        out.append(
            MentionCandidate(
                start=start,
                end=end,
                text=m.text[start - m.start : end - m.start],
                attributions=list(m.attributions),
                sentence=m.sentence,
                lemmas=list(m.lemmas),
                predicates=list(m.predicates),
                main_predicates=list(m.main_predicates),
                places=list(m.places),
                hedges=list(m.hedges),
                direct=m.direct,
                markers=sorted({*m.markers, WHERE_MARKER}),
                position=m.position,
                parent=k,
            )
        )
    return out


def _story_words(doc: Document, article: ArticleInput) -> list[str]:
    """Words of the story blocks with quoted passages left out: outlets quoting the same
    statement verbatim is not text reuse between them."""
    from .fingerprint import words

    out: list[str] = []
    for s, sent in enumerate(doc.sentences):
        if _block_kind(doc, article, s) not in STORY_BLOCK_KINDS:
            continue
        stext = doc.text[sent.start : sent.end]
        out.extend(words(_strip_quotes(stext)))
    return out


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


def _strip_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)
