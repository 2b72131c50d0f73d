"""Readings that exclude each other across claims: where someone went, a rank, a comparison, where an
event happened.

The grouping keeps apart mentions that share too little wording, so "he had landed in Varna" and "he
flew on a chartered jet to Thessaly", "making it the second vaccine" and "is now the third of its kind",
"slightly higher than Norvacin" and "less expensive than Norvacin" land in different claims and the
disagreement would be lost. Like the rival figures (``rivals.py``), each such pair of claims gets a
conflict naming both sides' mentions and chains; both claims keep their own verdicts and are never joined.

- *Destination* (kind ``place``): each mention has a travel verb followed by a place phrase
  ("landed in", "is heading to", "took a chartered jet to"; "took place in" says where something happened);
  the two mentions share a named entity that is not a place either sends someone to (who went), and
  neither phrase's head place (its first name that is not a possessive: "Greece's central region of
  Thessaly" -> Thessaly) is named anywhere in the other phrase. Containment is not known: "landed
  in Larissa" and "landed in Thessaly" are read as excluding each other.
- *Rank* (kind ``rank``): each mention ranks its subject with a copula and an ordinal ("making it the
  second vaccine", "it's only the second drug", "is now the third of its kind"); the two mentions share a
  named entity, the ordinals differ, and they rank the same kind of thing (the same noun, or "of its kind",
  never a superlative against a noun: "the second largest" / "the third drug"). Times and occasions ("the
  second time", "the third day") are no rank.
- *Comparison* (kind ``comparison``): each mention compares with one named thing ("than Halvard's Norvacin",
  "than for a year of Norvacin") in one dimension (the comparative's own, "less expensive", or a cost word
  in the sentence for a bare "higher"), and the two go opposite ways. "more than 1,000" is a figure, not a
  comparison.
- *Level* (kind ``level``): each mention puts something on a graded scale of warning ("the third highest of
  four alert levels", "raised the alert to the second-highest level", "the second alert level of the
  four-step warning scale", "alert level 3"); the two mentions name the same scale word ("alert") and put it
  at different places, counted from one end (a size of the scale, given by either, turns a place counted
  from the bottom into one counted from the top: the second of four from the bottom is the third highest).
- *Lead* (kind ``number``): each mention gives a lead in points over a named rival ("more than 30 percentage
  points ahead of Ana Ruiz", "a 28-point lead over Ruiz"); the two name the same rival (by the last word of
  the name, accents aside) and their figures cannot both be true (``conflicts.compatible``: "more than 30" /
  "28"). Leads over different rivals are not compared.
- *Where it happened* (kind ``place``): a where-statement ("the attack occurred in Ardania", "the blast did
  not happen in Ardania") against a mention of another claim naming the same event noun with a place
  written in it ("killed in an attack in Borduria"); see ``occurrences_exclude``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.en import conflicts as cw
from ..lang.en.clauses import NEGATIONS
from ..lang.en.marks import APOSTROPHES
from ..lang.en.numbers import NUMBER_WORDS
from ..lang.en.opposed import (
    COMPARATIVES,
    COMPARED_GAP,
    COMPARISON_WORD,
    COMPASS_WORDS,
    DESTINATION_CONTINUE,
    DESTINATION_GAP,
    DESTINATION_PREPOSITIONS,
    DIMENSION_NOUNS,
    LEAD_AHEAD,
    LEAD_NAME_GAP,
    LEAD_OVER,
    LEAD_POINT_FILLERS,
    LEAD_POINTS,
    LEAD_WHAT,
    LEVEL_BOTTOM_WORDS,
    LEVEL_GAP,
    LEVEL_NOUNS,
    LEVEL_SCALES,
    LEVEL_SIZE_WORDS,
    LEVEL_TOP_WORDS,
    LEVEL_WHAT,
    NOT_PLACE_NAMES,
    OCCURRENCE_AUXILIARIES,
    OCCURRENCE_EVENT_NOUNS,
    OCCURRENCE_GAP,
    OCCURRENCE_PLACE_NOUN,
    OCCURRENCE_PREPOSITIONS,
    OCCURRENCE_TAKE_VERBS,
    OCCURRENCE_VERBS,
    ORDINALS,
    RANK_ARTICLE,
    RANK_FILLERS,
    RANK_GAP,
    RANK_LINKS,
    RANK_NOT_NOUNS,
    RANK_OF_KIND,
    ROMAN_LEVELS,
    SUPERLATIVE_PATTERN,
    TRAVEL_VERBS,
)
from ..models import Conflict
from .candidates import NumberFact
from .conflicts import MentionRecord, claim_side, compatible, pairs_in_blocks, sides_of
from .counts import qualifier_before

_APOSTROPHE = f"[{re.escape(APOSTROPHES)}]"
_TOKEN = re.compile(rf"\w+(?:{_APOSTROPHE}\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(rf"{_APOSTROPHE}s$")
_DESTINATION_WINDOW = 14
_SUPERLATIVE = re.compile(SUPERLATIVE_PATTERN)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_name(tok: str) -> bool:
    """A capitalised word that can be a name (an acronym too, never "The" or a weekday)."""
    return tok[:1].isupper() and tok.lower() not in NOT_PLACE_NAMES


def _shown(toks: Sequence[str]) -> str:
    """Tokens back to text, up to the first clause mark: "Larissa, the capital of Thessaly"."""
    return re.sub(rf" ([,.;:!?]|{_APOSTROPHE})", r"\1", " ".join(toks)).strip(" ,")


@dataclass(slots=True, frozen=True)
class Destination:
    """Where a mention says someone went: the head place and every place named in the phrase."""

    head: str
    names: frozenset[str]
    phrase: str


def _place_phrase(toks: Sequence[str], start: int, cont: frozenset[str]) -> tuple[list[tuple[str, bool]], list[str]]:
    """The names (name, possessive) of the place phrase starting at ``toks[start]`` and its words, through
    the lower-case words of ``cont``."""
    names: list[tuple[str, bool]] = []  # (name, possessive)
    words: list[str] = []
    current: list[str] = []
    for end in range(start, min(len(toks), start + _DESTINATION_WINDOW)):
        t = toks[end]
        name = _is_name(t)
        if not name and t.lower() not in cont:
            break
        words.append(t)
        if name:
            current.append(_POSSESSIVE.sub("", t).lower())
            if _POSSESSIVE.search(t):
                names.append((" ".join(current), True))
                current = []
            continue
        if current:
            names.append((" ".join(current), False))
            current = []
    if current:
        names.append((" ".join(current), False))
    while words and not _is_name(words[-1]):
        words.pop()  # "Ardania in" (June): the phrase ends with its last name
    return names, words


def destination(text: str) -> Destination | None:
    """The place phrase after the mention's first travel verb ("he had landed in Larissa, the capital
    of Thessaly" -> head "larissa", names {"larissa", "thessaly"}); None when there is none."""
    toks = _tokens(text)
    for i, tok in enumerate(toks):
        if tok.lower() not in TRAVEL_VERBS:
            continue
        if tok.lower() in OCCURRENCE_TAKE_VERBS and toks[i + 1 : i + 2] == [OCCURRENCE_PLACE_NOUN]:
            continue  # "the swap took place in the capital": where it happened, not where someone went
        found = _place_after(toks, i + 1, DESTINATION_GAP, DESTINATION_PREPOSITIONS, DESTINATION_CONTINUE)
        if found is not None:
            _prep, names, words, heads = found
            return Destination(heads[0], frozenset(n for n, _ in names), _shown(words))
    return None


def _place_after(
    toks: Sequence[str], start: int, gap: int, prepositions: frozenset[str], cont: frozenset[str]
) -> tuple[int, list[tuple[str, bool]], list[str], list[str]] | None:
    """The place phrase after the first of ``prepositions`` within ``gap`` words of ``toks[start]``: the
    preposition's index, the phrase's names (name, possessive), its words and the names that are no possessive
    (at least one); None when there is no such phrase."""
    prep = next((j for j in range(start, min(len(toks), start + 1 + gap)) if toks[j].lower() in prepositions), None)
    if prep is None:
        return None
    names, words = _place_phrase(toks, prep + 1, cont)
    heads = [n for n, poss in names if not poss]
    return (prep, names, words, heads) if heads else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()) if " " in name else ""


def _named(head: str, names: frozenset[str]) -> bool:
    """The place is among the names, as written or as an acronym ("the ISS" / "the International Space
    Station")."""
    short = _initials(head)
    return head in names or any(n == short or _initials(n) == head for n in names)


def destinations_exclude(a: Destination, b: Destination) -> bool:
    """Neither phrase names the other's head place."""
    return not _named(a.head, b.names) and not _named(b.head, a.names)


@dataclass(slots=True, frozen=True)
class Rank:
    """A rank a mention gives its subject: the ordinal and what it ranks ("" for "of its kind")."""

    ordinal: int
    noun: str
    phrase: str


def rank(text: str) -> Rank | None:
    """The subject's rank ("making it the second therapy" -> 2, "therapy"); None when there is none."""
    toks = _tokens(text)
    low = [t.lower() for t in toks]
    for k, tok in enumerate(low):
        if tok not in ORDINALS or k == 0 or low[k - 1] != RANK_ARTICLE:
            continue
        back = k - 2
        while back >= 0 and k - 1 - back <= RANK_GAP and low[back] in RANK_FILLERS:
            back -= 1
        if back < 0 or low[back] not in RANK_LINKS:
            continue
        nxt = low[k + 1] if k + 1 < len(low) else ""
        if nxt == "-" and k + 2 < len(low):
            nxt = low[k + 2]
        if not nxt or nxt in RANK_NOT_NOUNS or not nxt.isalpha():
            continue
        return Rank(ORDINALS[tok], "" if nxt == RANK_OF_KIND else nxt, _shown(toks[k - 1 : k + 3]))
    return None


def ranks_exclude(a: Rank, b: Rank) -> bool:
    """Different ordinals for the same kind of thing."""
    if a.ordinal == b.ordinal:
        return False
    if not a.noun or not b.noun or a.noun == b.noun:
        return True
    return not _SUPERLATIVE.search(a.noun) and not _SUPERLATIVE.search(b.noun)


@dataclass(slots=True, frozen=True)
class Level:
    """A place on a graded scale: counted from the top, from the bottom (either may be None), the scale's size
    when the mention gives it, and the scale word ("alert")."""

    scale: str
    top: int | None
    bottom: int | None
    size: int | None
    phrase: str


_DIGITS = re.compile(r"[0-9]+")


def _count_word(tok: str) -> int | None:
    if _DIGITS.fullmatch(tok):
        return int(tok)
    return NUMBER_WORDS.get(tok) if tok in NUMBER_WORDS and NUMBER_WORDS[tok] <= 10 else None


def _scale_size(low: Sequence[str]) -> int | None:
    """The size the mention gives its scale: "of four (alert) levels", "a four-step scale", "four-tier"."""
    for k, tok in enumerate(low):
        n = _count_word(tok)
        if n is None or k + 1 >= len(low):
            continue
        nxt = low[k + 2] if low[k + 1] == "-" and k + 2 < len(low) else low[k + 1]
        if nxt in LEVEL_SIZE_WORDS and k > 0 and low[k - 1] != "the":
            return n
        if k > 0 and low[k - 1] == "of" and any(w in LEVEL_NOUNS for w in low[k + 1 : k + 3]):
            return n
    return None


def level(text: str) -> Level | None:
    """The place on a scale of warning a mention gives ("the third highest of four alert levels" -> 3 from
    the top of 4), or None. The scale word must stand in the words before the level noun or beside the
    ordinal; "the second time", "water levels" and a level with no scale word are no reading."""
    toks = _tokens(text)
    low = [t.lower() for t in toks]
    size = _scale_size(low)
    for k, tok in enumerate(low):
        if tok not in LEVEL_NOUNS:
            continue
        scales = [w for w in low[max(0, k - LEVEL_GAP - 6) : k] if w in LEVEL_SCALES]
        if not scales:
            continue
        # "alert level 3", "level III": counted from the bottom
        after = low[k + 1] if k + 1 < len(low) else ""
        roman = ROMAN_LEVELS.get(after) if toks[k + 1 : k + 2] == [after.upper()] else None
        n = int(after) if _DIGITS.fullmatch(after) else roman
        if n is not None:
            return Level(scales[-1], None, n, size, _shown(toks[k : k + 2]))
        # "the third highest of four alert levels", "the second-highest level", "the second alert level"
        for back in range(k - 1, max(-1, k - 1 - LEVEL_GAP), -1):
            word = low[back]
            if word not in ORDINALS and word not in LEVEL_TOP_WORDS | LEVEL_BOTTOM_WORDS:
                continue
            end = word if word in LEVEL_TOP_WORDS | LEVEL_BOTTOM_WORDS else None
            at = back
            if end is not None:
                prev = low[back - 2] if back >= 2 and low[back - 1] == "-" else low[back - 1] if back >= 1 else ""
                ordinal = ORDINALS.get(prev, 1)
                at = back - (2 if back >= 2 and low[back - 1] == "-" else 1) if prev in ORDINALS else back
            else:
                ordinal = ORDINALS[word]
                nxt = low[back + 2] if back + 2 < len(low) and low[back + 1] == "-" else low[back + 1]
                if nxt in LEVEL_TOP_WORDS | LEVEL_BOTTOM_WORDS:
                    end = nxt
            top = ordinal if end in LEVEL_TOP_WORDS else None
            bottom = ordinal if end is None or end in LEVEL_BOTTOM_WORDS else None
            return Level(scales[-1], top, bottom, size, _shown(toks[at : k + 1]).replace(" - ", "-"))
    return None


def _from_top(a: Level, size: int | None) -> int | None:
    if a.top is not None:
        return a.top
    return size - a.bottom + 1 if size is not None and a.bottom is not None else None


def levels_exclude(a: Level, b: Level) -> bool:
    """Two places on one scale that differ, counted from one end (a size either gives turns the bottom's
    count into the top's)."""
    if a.scale != b.scale:
        return False
    size = a.size or b.size
    ta, tb = _from_top(a, size), _from_top(b, size)
    if ta is not None and tb is not None:
        return ta != tb
    return a.bottom is not None and b.bottom is not None and a.bottom != b.bottom


#: The noun a lead's figure counts (figures of a lead are compared only with figures of a lead).
LEAD_POINTS_NOUN = "point"


@dataclass(slots=True, frozen=True)
class Lead:
    """A lead in points over a named rival: the figure (with its qualifier) and the rival's key (the last word
    of the name, lower case, accents aside)."""

    rival: str
    fig: NumberFact
    phrase: str


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _rival_after(toks: Sequence[str], start: int) -> tuple[str, str] | None:
    """The first name (a run of capitalised words) within LEAD_NAME_GAP tokens of ``start``: its key (the
    last word, lower case, accents aside) and the name as written."""
    k = start
    while k < min(len(toks), start + LEAD_NAME_GAP) and not _is_name(toks[k]):
        k += 1
    if k >= len(toks) or not _is_name(toks[k]):
        return None
    first = k
    while k + 1 < len(toks) and _is_name(toks[k + 1]):
        k += 1
    return _plain(_POSSESSIVE.sub("", toks[k])), _shown(toks[first : k + 1])


def _lead_figure(toks: Sequence[str], low: Sequence[str], end: int) -> tuple[NumberFact, int] | None:
    """The points figure ending just before index ``end`` ("more than 30 percentage points", "28-point"),
    and the index it starts at."""
    k = end - 1
    if k < 0 or low[k] not in LEAD_POINTS:
        return None
    k -= 1
    while k >= 0 and low[k] in LEAD_POINT_FILLERS:
        k -= 1
    if k < 0 or not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", toks[k]):
        return None
    qualifier = qualifier_before(low[max(0, k - 3) : k])
    shown = _shown(toks[k:end]).replace(" - ", "-")
    return NumberFact(float(toks[k]), qualifier, LEAD_POINTS_NOUN, f"{qualifier} {shown}".strip()), k


def lead(text: str) -> Lead | None:
    """The lead over a named rival a mention gives ("28 points ahead of Ruiz", "a 12-point lead over Ruiz"),
    or None."""
    toks = _tokens(text)
    low = [t.lower() for t in toks]
    for k in range(len(low)):
        for words in (*LEAD_AHEAD, *LEAD_OVER):
            if tuple(low[k : k + len(words)]) != words:
                continue
            found = _lead_figure(toks, low, k)
            rival = _rival_after(toks, k + len(words))
            if found is not None and rival is not None:
                shown = f"{found[0].text} {_shown(toks[k : k + len(words)])} {rival[1]}"
                return Lead(rival[0], found[0], shown)
    return None


def leads_exclude(a: Lead, b: Lead) -> bool:
    """Two leads over one rival whose figures cannot both be true."""
    return a.rival == b.rival and not compatible(a.fig, b.fig)


@dataclass(slots=True, frozen=True)
class Comparison:
    """A comparison with one named thing: in which dimension, which way (+1 more, -1 less)."""

    compared: str
    dimension: str
    sign: int
    phrase: str


def comparison(text: str) -> Comparison | None:
    """ "That's slightly higher than Halvard's Norvacin, which costs $9,800 a year" -> norvacin, cost, +1;
    None when the mention compares with no named thing or in no known dimension."""
    toks = _tokens(text)
    low = [t.lower() for t in toks]
    for t, tok in enumerate(low):
        if tok != COMPARISON_WORD or t == 0:
            continue
        found = next(
            ((words, COMPARATIVES[words]) for n in (2, 1) if t - n >= 0
             for words in [tuple(low[t - n : t])] if words in COMPARATIVES),
            None,
        )  # fmt: skip
        if found is None:
            continue
        words, (dimension, sign) = found
        after = toks[t + 1 : t + 1 + COMPARED_GAP]
        if after and after[0][:1].isdigit():
            continue  # "more than 1,000": a figure's qualifier
        compared = next(
            (_POSSESSIVE.sub("", w).lower() for w in after if _is_name(w) and not _POSSESSIVE.search(w)), None
        )
        if compared is None:
            continue
        dim = dimension or next((DIMENSION_NOUNS[w] for w in low if w in DIMENSION_NOUNS), None)
        if dim is None:
            continue
        tail = toks[t + 1 : t + 1 + COMPARED_GAP]
        cut = next((n for n, w in enumerate(tail) if w in {",", ".", ";"}), len(tail))
        return Comparison(compared, dim, sign, _shown(toks[t - len(words) : t + 1] + tail[:cut]))
    return None


@dataclass(slots=True, frozen=True)
class Occurrence:
    """Where a mention puts an event. A where-statement ("the attack occurred in Ardania", ``stated``) has a
    head place and may deny it ("did not happen in Ardania"); a mention naming the event beside places of
    its own ("killed in an attack in Ardania") puts it there (no head, never denied)."""

    event: str
    head: str
    names: frozenset[str]
    denied: bool
    stated: bool
    phrase: str


_OCCURRENCE_CONTINUE = DESTINATION_CONTINUE | COMPASS_WORDS


def _occurrence_verb(low: Sequence[str], i: int) -> int | None:
    """The last token of an occurrence verb starting at ``low[i]`` ("occurred"; "took place"), or None."""
    if low[i] in OCCURRENCE_VERBS:
        return i
    if low[i] in OCCURRENCE_TAKE_VERBS and i + 1 < len(low) and low[i + 1] == OCCURRENCE_PLACE_NOUN:
        return i + 1
    return None


def where_statement(text: str) -> Occurrence | None:
    """The mention's statement of where an event happened: an event noun, its occurrence verb (through
    auxiliaries, negations and quotation marks) and a place phrase ("the attack did not happen in Ardania"
    -> attack, ardania, denied); None when there is none."""
    toks = _tokens(text)
    low = [t.lower() for t in toks]
    for i in range(1, len(low)):
        last = _occurrence_verb(low, i)
        if last is None:
            continue
        k, between = i - 1, []
        while k >= 0 and (low[k] in OCCURRENCE_AUXILIARIES or not low[k][:1].isalnum()):
            between.append(low[k])
            k -= 1
        if k < 0 or low[k] not in OCCURRENCE_EVENT_NOUNS:
            continue
        found = _place_after(toks, last + 1, OCCURRENCE_GAP, OCCURRENCE_PREPOSITIONS, _OCCURRENCE_CONTINUE)
        if found is not None:
            prep, names, words, heads = found
            denied = any(w in NEGATIONS for w in between)
            return Occurrence(low[k], heads[0], frozenset(n for n, _ in names), denied, True,
                              ("not " if denied else "") + _shown(toks[prep : prep + 1] + words))  # fmt: skip
    return None


def _placed_in(low: Sequence[str], place: str) -> bool:
    """The place is written inside ("in northeastern Ardania", "at Ardania"), not beside ("near the Ardania
    border"): an occurrence preposition stands right before its first word or one word before it."""
    first = place.split()[0]
    return any(
        w == first and any(low[j] in OCCURRENCE_PREPOSITIONS for j in range(max(k - 2, 0), k))
        for k, w in enumerate(low)
    )


def located_events(rec: MentionRecord) -> list[Occurrence]:
    """The events a mention names beside the places it asserts ("killed in an aerial attack in Ardania"):
    one reading per event noun, the places as read for the mention."""
    low = [t.lower() for t in _tokens(rec.cand.text)]
    places = frozenset(p for p, ok in rec.cand.places if ok and p != "?" and _placed_in(low, p))
    if not places:
        return []
    events = sorted({w for w in low if w in OCCURRENCE_EVENT_NOUNS})
    shown = ", ".join(sorted(p.title() for p in places))
    return [Occurrence(e, "", places, False, False, f"in {shown}") for e in events]


def where_readings(rec: MentionRecord) -> list[Occurrence]:
    """The mention's where-statement, or else the events it names beside its places. A mention that states
    where and names another place of its own ("X said the attack occurred in Borduria; Y said it was at an
    outpost in Ardania") holds both sides of the disagreement in itself: it is read as neither."""
    stated = where_statement(rec.cand.text)
    if stated is None:
        return located_events(rec)
    own = {p for p, ok in rec.cand.places if ok and p != "?"}
    return [stated] if all(_named(p, stated.names) for p in own) else []


def occurrences_exclude(a: Occurrence, b: Occurrence) -> bool:
    """At least one side is a where-statement, and the other puts the event where it denies, or elsewhere
    than where it says: "did not happen in Ardania" / "an attack in Ardania"; "occurred in Borduria" / "an
    attack in Ardania". Two mentions that only name places beside the event are not compared."""
    if not (a.stated or b.stated):
        return False
    s, o = (a, b) if a.stated else (b, a)
    if s.denied and o.denied:
        return False
    if s.denied:
        return _named(s.head, o.names)
    if o.denied:
        return _named(o.head, s.names)
    return not _named(s.head, o.names) and not (o.stated and _named(o.head, s.names))


Reading = Destination | Rank | Comparison | Occurrence | Level | Lead


def _excludes(kind: str, a: Reading, b: Reading) -> bool:
    if kind == "place":
        return isinstance(a, Destination) and isinstance(b, Destination) and destinations_exclude(a, b)
    if kind == "rank":
        return isinstance(a, Rank) and isinstance(b, Rank) and ranks_exclude(a, b)
    if kind == "where":
        return isinstance(a, Occurrence) and isinstance(b, Occurrence) and occurrences_exclude(a, b)
    if kind == "level":
        return isinstance(a, Level) and isinstance(b, Level) and levels_exclude(a, b)
    if kind == "lead":
        return isinstance(a, Lead) and isinstance(b, Lead) and leads_exclude(a, b)
    return isinstance(a, Comparison) and isinstance(b, Comparison) and a.sign != b.sign


@dataclass(slots=True, frozen=True)
class Opposed:
    """Mention ``a`` of claim ``claim_a`` and mention ``b`` of claim ``claim_b`` give readings of one kind
    that exclude each other."""

    kind: str
    claim_a: int
    a: int
    claim_b: int
    b: int
    reading_a: Reading
    reading_b: Reading


def _entity_keys(rec: MentionRecord) -> set[str]:
    return {k for k, _ in rec.cand.entities}


#: Prefixes of entity keys (``candidates.features``): "#name", "@country".
_KEY_PREFIXES = "#@"


def _who_keys(rec: MentionRecord, went: Destination) -> set[str]:
    """The entities that may be who went: not a place the mention sends someone to ("10 were moved to
    Russia" and "the Americans, out of Russia, were flown to Ankara" share Russia, not a traveller)."""
    return {k for k, _ in rec.cand.entities if k.lstrip(_KEY_PREFIXES) not in went.names}


def _mention_readings(rec: MentionRecord) -> list[tuple[str, Reading]]:
    """Every reading of one mention, by kind."""
    text = rec.cand.text
    out: list[tuple[str, Reading]] = []
    for kind, reading in (("place", destination(text)), ("rank", rank(text)), ("comparison", comparison(text))):
        if reading is not None:
            out.append((kind, reading))
    out.extend(("where", oc) for oc in where_readings(rec))
    lv = level(text)
    if lv is not None:
        out.append(("level", lv))
    ld = lead(text)
    if ld is not None:
        out.append(("lead", ld))
    return out


_TextReadings = tuple[Destination | None, Rank | None, Comparison | None, Level | None, Lead | None]


def text_readings(text: str) -> _TextReadings:
    """The readings of a mention that depend on its words alone (destination, rank, comparison, level, lead):
    read once per distinct text, since wire copy repeats one sentence in many articles."""
    return destination(text), rank(text), comparison(text), level(text), lead(text)


def _readings(claims: Sequence[Sequence[MentionRecord]]) -> dict[tuple[str, object], list[tuple[int, int, Reading]]]:
    """Blocks of readings: (kind, entity key) for destinations and ranks (who went, what is ranked);
    (kind, (compared thing, dimension)) for comparisons."""
    blocks: dict[tuple[str, object], list[tuple[int, int, Reading]]] = {}
    by_text: dict[str, _TextReadings] = {}
    # a mention's where-readings depend on its text and places alone (``where_readings``; frozen): once per pair
    by_where: dict[tuple[str, tuple[tuple[str, bool], ...]], list[Occurrence]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            text = rec.cand.text
            dest, rk, cp, lv, ld = by_text.get(text) or by_text.setdefault(text, text_readings(text))
            keys = sorted(_entity_keys(rec))
            for kind, reading in (("place", dest), ("rank", rk)):
                if reading is not None:
                    for key in sorted(_who_keys(rec, reading)) if isinstance(reading, Destination) else keys:
                        blocks.setdefault((kind, key), []).append((c, r, reading))
            if cp is not None:
                blocks.setdefault(("comparison", (cp.compared, cp.dimension)), []).append((c, r, cp))
            where_key = (text, tuple(rec.cand.places))
            where = by_where.get(where_key)
            if where is None:
                where = by_where[where_key] = where_readings(rec)
            for oc in where:
                blocks.setdefault(("where", oc.event), []).append((c, r, oc))
            if lv is not None:
                blocks.setdefault(("level", lv.scale), []).append((c, r, lv))
            if ld is not None:
                blocks.setdefault(("lead", ld.rival), []).append((c, r, ld))
    return blocks


def opposed_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[Opposed]:
    """Mentions of different claims whose destinations, ranks or comparisons exclude each other (see the
    module's docstring). Compared only inside blocks (a shared entity; one compared thing in one
    dimension), each block capped at MAX_BLOCK members, so the work stays about linear."""
    found: dict[tuple[str, int, int, int, int], Opposed] = {}
    readings = _readings(claims)
    for kind in sorted({k for k, _ in readings}):
        blocks = {key: block for (k, key), block in readings.items() if k == kind}

        def excludes(a: tuple[int, int, Reading], b: tuple[int, int, Reading], kind: str = kind) -> bool:
            return _excludes(kind, a[2], b[2])

        for ca, ra, cb, rb, va, vb in pairs_in_blocks(blocks, excludes, order=str):
            found.setdefault((kind, ca, ra, cb, rb), Opposed(kind, ca, ra, cb, rb, va, vb))
    return [found[k] for k in sorted(found)]


def _agrees(kind: str, own: Sequence[Reading], other: Sequence[Reading]) -> bool:
    """One of the claim's own readings of this kind is compatible with one of the other side's: the claim
    says both ("headed to Greece" beside "to Thessaly") and does not, as a whole, contradict the other
    ("landed in Larissa, Greece")."""
    return any(not _excludes(kind, a, b) for a in own for b in other)


_WHAT = {
    "place": "where they went",
    "rank": "the rank",
    "comparison": "the comparison",
    "where": "where it happened",
    "level": LEVEL_WHAT,
    "lead": LEAD_WHAT,
}
#: The conflict kind each reading's disagreement is reported as (a where-statement's is a place conflict).
_CONFLICT_KIND = {"where": "place", "lead": "number"}


def _side(
    rec: MentionRecord, reading: str, claim_id: str, index: int, own: bool, names: dict[str, str]
) -> dict[str, object]:
    return {"reading": reading, **claim_side(rec, claim_id, index, own, names)}


def opposed_conflicts(
    claims: Sequence[Sequence[MentionRecord]], ids: Sequence[str], names: dict[str, str]
) -> dict[int, list[Conflict]]:
    """Claim index -> a conflict per other claim and kind whose reading excludes one of its own, naming
    both sides' mentions and chains (each value says which claim it belongs to). A claim whose own
    readings of that kind also agree with the other side lists none (``_agrees``)."""
    by_pair: dict[tuple[int, int, str], list[Opposed]] = {}
    pairs = opposed_pairs(claims)
    for p in pairs:
        by_pair.setdefault((p.claim_a, p.claim_b, p.kind), []).append(p)
    own_readings: dict[tuple[int, str], list[Reading]] = {}
    for c in sorted({c for p in pairs for c in (p.claim_a, p.claim_b)}):
        for rec in claims[c]:  # every reading of the claim, whichever entities its mention names
            for kind, reading in _mention_readings(rec):
                own_readings.setdefault((c, kind), []).append(reading)
    out: dict[int, list[Conflict]] = {}
    for (ca, cb, kind), found in sorted(by_pair.items()):
        for own, other in ((ca, cb), (cb, ca)):
            ordered = sides_of(((p.claim_a, p.a, p.claim_b, p.b, p.reading_a, p.reading_b) for p in found), own)
            theirs = [rd for _, (rd, mine) in ordered if not mine]
            if _agrees(kind, own_readings.get((own, kind), []), theirs):
                continue
            values = [_side(claims[c][r], rd.phrase, ids[c], r, mine, names) for (c, r), (rd, mine) in ordered]
            mine_text = " / ".join(
                sorted({f'"{rd.phrase}" ({claims[c][r].outlet_name})' for (c, r), (rd, m) in ordered if m})
            )
            other_text = " / ".join(
                sorted({f'"{rd.phrase}" ({claims[c][r].outlet_name})' for (c, r), (rd, m) in ordered if not m})
            )
            out.setdefault(own, []).append(
                Conflict(
                    kind=_CONFLICT_KIND.get(kind, kind),
                    description=cw.ACROSS_DIFFERS.format(
                        other=ids[other], what=_WHAT[kind], mine=mine_text, theirs=other_text
                    ),
                    values=values,
                )
            )
    return out
