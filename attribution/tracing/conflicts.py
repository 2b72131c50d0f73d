"""Disagreements inside one claim: figures, places, figures changed along a chain, dropped hedges."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, TypeVar

from ..lang.en import conflicts as cw
from ..lang.en import marks
from ..lang.en.clauses import NEGATING_PREPOSITIONS, NEGATING_SUBJECTS, NEGATIONS
from ..lang.en.hedges import DOUBTING_CUE_FORMS, HEDGE_WORDS, UNCONFIRMED_PATTERNS
from ..lang.en.identity import ARTICLES
from ..lang.en.numbers import (
    CELSIUS_SIGN,
    COMPANION_PREFIX,
    COMPANION_WINDOW,
    COUNT_KIND_PHRASES,
    COUNT_KINDS,
    COUNT_NOUN_JOINERS,
    COUNTED_NOUN_PHRASE,
    CURRENCY_NOUNS,
    DEGREE_NOUNS,
    DIMENSION_WORDS,
    EXTENT_NOUNS,
    LENGTH_UNIT_WORDS,
    MEASURE_KINDS,
    MEASURE_UNIT_NOUNS,
    NUMBER_WORDS,
    OTHERS_WORDS,
    PERCENT_NOUN,
    PERCENT_SIGN,
    QUALIFIER_INTERVALS,
    TEMPERATURE_CHANGE_NOUN,
    TEMPERATURE_NOUN,
)
from ..models import Conflict
from .candidates import MentionCandidate, NumberFact
from .cluster import MAX_BLOCK, MIN_BLOCK_FIGURE, UnionFind
from .counts import (
    WORD_RE,
    counted_kind,
    figure_bounds,
    figures_compatible,
    one_spelling,
    percentages,
    range_ends,
    temperatures,
    thing_counted,
    toll_kind,
)
from .fingerprint import words

#: Units a figure may be compared in (read by ``counts``): compared only with figures in the same unit.
UNIT_NOUNS = frozenset({PERCENT_NOUN, TEMPERATURE_NOUN, TEMPERATURE_CHANGE_NOUN})
UNIT_SIGNS = {PERCENT_NOUN: PERCENT_SIGN, TEMPERATURE_NOUN: CELSIUS_SIGN, TEMPERATURE_CHANGE_NOUN: CELSIUS_SIGN}

#: Figures this close are versions of one figure (10,000 / 11,000 / 12,000 troops).
GROUP_RATIO = 1.5
#: A figure this small is compared only when what it counts is known ("seven dead" / "eight dead").
MIN_KNOWN_KIND_FIGURE = 2.0


@dataclass(slots=True)
class MentionRecord:
    """One mention with what the claim-level steps need."""

    article: str
    outlet: str
    outlet_name: str
    cand: MentionCandidate
    chains: list[list[str]]
    origins: list[str]  # effective origin per attributed chain (merged), empty when unattributed
    attribution: str | None
    #: the cue as written when only the trained model read the mention's attributions (no rule did):
    #: such a reading does not confirm another origin (rule ``model_only_reading``); None otherwise
    model_cue: str | None = None
    #: the source phrases as the article writes them, one per attribution of the mention ("He", "the agency")
    written: tuple[str, ...] = ()
    #: the cues as written, one per attribution of the mention ("said", "accused")
    cues: tuple[str, ...] = ()
    #: the listeners of the mention's attributions ("told la Stampa", "quoted by Reuters": ``Attribution.via``):
    #: they passed the words on and never stand in for the speaker as origin (rule ``listener_is_no_origin``)
    listeners: frozenset[str] = frozenset()


def _num(value: float, noun: str | None) -> str:
    v = int(value) if value == int(value) else value
    num = f"{v:,}" if isinstance(v, int) else str(v)
    return num + UNIT_SIGNS.get(noun or "", "")


def _fmt(x: NumberFact) -> str:
    ends = range_ends(x)
    if ends is not None:
        return f"{_num(ends[0], x.noun)}-{_num(ends[1], x.noun)}"
    return f"{x.qualifier} {_num(x.value, x.noun)}".strip()


def _chains(rec: MentionRecord) -> list[list[str]]:
    """Every chain of the mention: one per parallel source ("according to U.S. and South Korean officials")."""
    return [list(c) for c in rec.chains] or [[rec.outlet]]


def _chain_keys(rec: MentionRecord, names: dict[str, str], mention: int) -> dict[str, object]:
    """A conflict value's chains: ``chain``/``chain_names`` the first (the original contract keys),
    ``chains``/``chains_names`` all of them, so a mention with parallel sources shows each."""
    chains = _chains(rec)
    named = [[names.get(x, x) for x in c] for c in chains]
    return {
        "chain": chains[0],
        "chain_names": named[0],
        "chains": chains,
        "chains_names": named,
        "mention": mention,
        "start": rec.cand.start,
        "end": rec.cand.end,
    }


def claim_side(rec: MentionRecord, claim_id: str, index: int, own: bool, names: dict[str, str]) -> dict[str, object]:
    """The part every side of a conflict between claims shares: which claim, article, outlet and words, and the
    mention's chains; a mention of the other claim is named by ``mention_in_claim`` (an index into that
    claim's mentions, not this one's) instead of ``mention``."""
    keys = _chain_keys(rec, names, index)
    if not own:
        keys.pop("mention")
        keys["mention_in_claim"] = index
    return {"claim": claim_id, "article": rec.article, "outlet": rec.outlet_name, "text": rec.cand.text, **keys}


#: A side's reading in a conflict between two claims (a figure, a date reading, a time in office, ...).
R = TypeVar("R")
#: A block's key (a place, a unit, an activity and phase): blocks are compared in key order.
K = TypeVar("K")


def sides_of(
    found: Iterable[tuple[int, int, int, int, R, R]], own: int
) -> list[tuple[tuple[int, int], tuple[R, bool]]]:
    """The mentions on both sides of a conflict between two claims, from its pairs ``(claim, mention, claim,
    mention, reading, reading)``: (claim, mention) -> (its reading, whether it is ``own``'s), ``own``'s first."""
    sides: dict[tuple[int, int], tuple[R, bool]] = {}
    for c1, r1, c2, r2, x1, x2 in found:
        sides[(c1, r1)] = (x1, c1 == own)
        sides[(c2, r2)] = (x2, c2 == own)
    return sorted(sides.items(), key=lambda s: (not s[1][1], s[0]))


#: A reading of one mention in a block: (claim, mention, reading).
Member = tuple[int, int, R]


def pairs_in_blocks(
    blocks: Mapping[K, Sequence[tuple[int, int, R]]],
    conflict: Callable[[Member[R], Member[R]], bool],
    order: Callable[[K], Any] | None = None,
) -> list[tuple[int, int, int, int, R, R]]:
    """Mentions of different claims whose readings ``conflict``, compared two by two inside each block (blocks in
    key order, or by ``order`` of their keys; each capped at MAX_BLOCK members, so the cost stays linear); each
    pair as ``(claim, mention, claim, mention, reading, reading)``, the lower claim first."""
    out: list[tuple[int, int, int, int, R, R]] = []
    keys = sorted(blocks, key=order) if order is not None else sorted(blocks)  # type: ignore[type-var]
    for block in (blocks[k] for k in keys):
        members = block[:MAX_BLOCK]
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = sorted((members[x], members[y]), key=lambda m: (m[0], m[1]))
                if a[0] != b[0] and conflict(a, b):
                    out.append((a[0], a[1], b[0], b[1], a[2], b[2]))
    return out


def _value(records: Sequence[MentionRecord], r: int, fig: NumberFact, names: dict[str, str]) -> dict[str, object]:
    rec = records[r]
    return {
        "counts": kind_of(rec.cand.text, fig) or fig.noun,
        "value": fig.value,
        "qualifier": fig.qualifier,
        "figure": _fmt(fig),
        "as_written": fig.text,
        "article": rec.article,
        "outlet": rec.outlet_name,
        "text": rec.cand.text,
        **_chain_keys(rec, names, r),
    }


@dataclass(slots=True, frozen=True)
class _Fig:
    record: int
    fig: NumberFact
    kind: str | None
    #: the places the mention asserts (``claim_places``): read for a count of a noun alone (``_one_count``)
    places: frozenset[str] = frozenset()


def kind_of(text: str, x: NumberFact) -> str | None:
    """What a figure counts, as the conflicts read it: the count the counted noun is said to be ("17 people
    evacuated from the plane were injured": the injured), see ``counts.counted_kind``."""
    return counted_kind(text, x, predicate=True)


#: Joins the nouns of a figure counting two groups at once ("passengers and crew").
NOUN_JOIN = "+"


def _words_after(low: str, x: NumberFact, n: int) -> list[str]:
    at = low.find(x.text.lower()) if x.text else -1
    return [] if at < 0 else WORD_RE.findall(low[at + len(x.text) :])[:n]


def _joined_counts(text: str, numbers: Sequence[NumberFact], known: frozenset[str] = frozenset()) -> list[NumberFact]:
    """What a mention counts when its words join counted nouns: "379 passengers and crew" counts both groups
    (its noun becomes "crew+passenger", never compared with a figure of passengers alone), and "367
    passengers and 12 crew" gives their total too (379 "crew+passenger"), so that the whole and its parts
    are compared with figures of the same thing. The joined noun must be one some figure counts (of this
    mention, or ``known``: the nouns the other mentions of the claim count); a total needs two figures of
    different nouns joined by a joiner with no other figure between. Returns the figures, changed and added."""
    low = text.lower()
    nouns = {x.noun for x in numbers if x.noun} | known
    out: list[NumberFact] = []
    for n, x in enumerate(numbers):
        after = _words_after(low, x, 3)
        joined = None
        if x.noun and len(after) == 3 and after[1] in COUNT_NOUN_JOINERS and not after[2][0].isdigit():
            other = after[2]
            for noun in sorted(nouns - {x.noun}):
                if other in (noun, noun + "s"):
                    joined = noun
        out.append(replace(x, noun=NOUN_JOIN.join(sorted({x.noun, joined}))) if x.noun and joined else x)
        y = numbers[n + 1] if n + 1 < len(numbers) else None
        if y is None or not (x.noun and y.noun) or x.noun == y.noun or x.qualifier or y.qualifier:
            continue
        at, end = low.find(x.text.lower()), low.find(y.text.lower())
        if at < 0 or end <= at:
            continue
        between = WORD_RE.findall(low[at + len(x.text) : end])
        if len(between) in (2, 3) and between[-1] in COUNT_NOUN_JOINERS and not any(w[0].isdigit() for w in between):
            total = text[at : end + len(y.text)]
            out.append(NumberFact(x.value + y.value, "", NOUN_JOIN.join(sorted({x.noun, y.noun})), total))
    return out


_UNITS_RE = "|".join(sorted(LENGTH_UNIT_WORDS, key=len, reverse=True))
_DIMENSIONS_RE = "|".join(sorted(DIMENSION_WORDS))
#: A figure joined to a unit of length by a hyphen, maybe a dimension after it, then the noun it describes
#: ("56-metre Bayesian", "184-foot yacht", "2,900-metre-high mountain", "(9,480-foot) mountain"), its conversion
#: in brackets between them ("56-metre-long (184ft) sailboat").
_ATTRIBUTIVE_AFTER = re.compile(
    rf"^-(?:{_UNITS_RE})(?:-(?:{_DIMENSIONS_RE}))?(?:\s*\([^()]*\))?\)?\s+([^\W\d_]+)"
)
#: A figure in brackets right after such a compound, its conversion into another unit ("56-metre-long (184ft)
#: sailboat"): the compound before the bracket, and the unit and bracket after the figure.
_COMPOUND_BEFORE = re.compile(rf"\d-(?:{_UNITS_RE})(?:-(?:{_DIMENSIONS_RE}))?\s*\(\s*$")
_CONVERSION_AFTER = re.compile(rf"^\s?(?:{_UNITS_RE})s?\s?\)\s+([^\W\d_]+)")


_ARTICLES_RE = "|".join(sorted(ARTICLES))
#: The words of a measure's kind ("a 10 km depth", "a 10-km deep quake"): the length is the measure, a figure.
_MEASURE_WORDS = frozenset(w for k, ws in COUNT_KINDS if k in MEASURE_KINDS for w in ws)
#: The same compound written with spaces, after an article ("the 1,200 km (745 miles) cable", "the 2,891 metre (9,485
#: ft) high volcano", "a 56 metre yacht"): the article makes the figure part of the noun phrase it describes. Without
#: the article ("spans 1,173 km and", "up to 3,000 meters in the sky") a spaced unit gives a figure.
_SPACED_AFTER = re.compile(
    rf"^\s(?:{_UNITS_RE})s?(?:\s(?:{_DIMENSIONS_RE}))?(?:\s*\([^()]*\))?(?:\s(?:{_DIMENSIONS_RE}))?\s+([^\W\d_]+)"
)
_ARTICLE_BEFORE = re.compile(rf"(?:^|[^\w])(?:{_ARTICLES_RE})\s+$")
_SPACED_COMPOUND_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{_ARTICLES_RE})\s+\d[\d,.]*\s(?:{_UNITS_RE})s?(?:\s(?:{_DIMENSIONS_RE}))?\s*\(\s*$"
)


def attributive_size(text: str, x: NumberFact) -> bool:
    """A figure of length in a compound before the noun it describes ("the 56-metre Bayesian", "a 184-foot
    yacht", "a 2,891-metre (9,485-foot) volcano"), or its conversion in brackets right after one ("the 56-metre-long
    (184ft) sailboat"): the outlet's description of a thing the claim names, not a figure any source of the
    claim gives. "At a depth of 49 metres", "the yacht is 56 metres long" and the extent an event or order sets
    ("within a 2-km radius": ``EXTENT_NOUNS``) give a figure."""
    low = text.lower()
    at = low.find(x.text.lower()) if x.text else -1
    if at < 0:
        return False
    after = low[at + len(x.text) :]
    found = _ATTRIBUTIVE_AFTER.match(after)
    if found is None and _ARTICLE_BEFORE.search(low[:at]):  # rule ``spaced_size_after_an_article``
        found = _SPACED_AFTER.match(after)
    if found is None and (_COMPOUND_BEFORE.search(low[:at]) or _SPACED_COMPOUND_BEFORE.search(low[:at])):
        found = _CONVERSION_AFTER.match(after)
    return found is not None and found.group(1) not in EXTENT_NOUNS | _MEASURE_WORDS


def figures_of(cand: MentionCandidate, known: frozenset[str] = frozenset()) -> list[NumberFact]:
    """The figures a mention's conflicts compare: its figures (with counted nouns joined and totals of parts,
    ``_joined_counts``, which reads the other mentions' counted nouns in ``known``), its percentages
    (``counts.percentages``) and its temperatures in degrees Celsius (``counts.temperatures``, in place of
    the same figures read as plain degrees), less the lengths that describe a thing in passing
    (``attributive_size``: "the 56-metre yacht"). The candidates leave percentages out and read temperatures
    without their scale, so these readings never decide grouping or what is a claim."""
    temps = temperatures(cand.text)
    shown = {x.text.lower() for x in temps}
    plain = [
        x
        for x in cand.numbers
        if not (x.noun in DEGREE_NOUNS and any(x.text.lower() in t for t in shown))
        and not attributive_size(cand.text, x)  # "the 56-metre yacht": a description, no figure of the claim
    ]
    return [*_joined_counts(cand.text, plain, known), *percentages(cand.text), *temps]


def _unit(x: NumberFact) -> str | None:
    """The unit a figure is compared in when it says one (a percentage, a temperature or its change)."""
    return x.noun if x.noun in UNIT_NOUNS else None


def _one_count(a: _Fig, b: _Fig) -> bool:
    """Two figures of one claim that count the same people the same way (a known kind and one counted noun:
    "12 climbers still missing" / "22 missing climbers") are versions of one count however far apart; so are two
    figures of no known kind counting one noun alone (rule ``one_noun_one_count``, ``counts.thing_counted``: "the
    30,000 polling centres" / "the 15,797 voting centers"), unless different things are said of it ("14,000 homes
    were damaged" / "3,000 homes burnt down") or the two mentions place it differently ("12 climbers set out from the
    north face" / "22 climbers set out": a part), as between claims (``rivals.rival_pairs``)."""
    if a.kind is not None:
        return a.kind == b.kind and a.fig.noun is not None and a.fig.noun == b.fig.noun
    if b.kind is not None or not (is_count(a.fig) and is_count(b.fig)):
        return False
    noun = thing_counted(a.fig)
    if noun is None or noun != thing_counted(b.fig):
        return False
    if a.places != b.places:
        return False
    return not (a.fig.said and b.fig.said and a.fig.said != b.fig.said)


def figure_groups(records: Sequence[MentionRecord]) -> list[list[tuple[int, NumberFact]]]:
    """Figures (record index, figure) grouped by closeness, only groups stated by 2+ mentions.

    Figures of different counted nouns or of different kinds ("killed" / "injured") never share a
    group. A sweep in value order joins each figure to the latest figure of each compatible (noun, kind)
    within GROUP_RATIO (a figure with no noun or no kind is compatible with all): O(F log F) for the few
    (noun, kind) pairs of one claim, not all pairs of figures. Closeness is of magnitudes (rule
    ``a_lost_sign_is_a_changed_figure``): a negative percentage and the same figure without its sign ("-0.1%" /
    "0.1%": a minus sign lost on the way) are versions of one figure, which ``compatible`` then tells apart, and a
    negative figure is never near zero or a positive one by a ratio its sign turns negative.
    """
    figs: list[_Fig] = []
    known = frozenset(x.noun for rec in records for x in rec.cand.numbers if x.noun)
    for r, rec in enumerate(records):
        places = frozenset(p for p, ok in claim_places(rec) if ok)
        for x in figures_of(rec.cand, known):
            kind = kind_of(rec.cand.text, x)
            if _unit(x) is not None:  # a percentage or a temperature says what it measures, however small
                figs.append(_Fig(r, x, None))
            elif x.value >= (MIN_KNOWN_KIND_FIGURE if kind is not None else MIN_BLOCK_FIGURE):
                figs.append(_Fig(r, x, kind, places))
    order = sorted(
        range(len(figs)), key=lambda i: (abs(figs[i].fig.value), figs[i].fig.noun or "", figs[i].kind or "", i)
    )
    uf = UnionFind(len(figs))
    last: dict[tuple[str | None, str | None], int] = {}  # (noun, kind) -> latest figure index in the sweep
    for i in order:
        x, kind = figs[i].fig, figs[i].kind
        xn = one_spelling(x.noun) if x.noun is not None else None  # "centre" / "center": one noun
        for (noun, k), j in list(last.items()):
            if (
                not (xn is None or noun is None or noun == xn)
                or (_unit(x) or noun) in UNIT_NOUNS
                and noun != xn
            ):
                continue  # a figure in a unit is compared only with figures in that unit
            if not (kind is None or k is None or k == kind):
                continue
            y = figs[j].fig
            lo = max(min(abs(y.value), abs(x.value)), 1e-9)
            if max(abs(y.value), abs(x.value)) / lo <= GROUP_RATIO or _one_count(figs[i], figs[j]):
                uf.union(i, j)
        last[(xn, kind)] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(figs)):
        groups.setdefault(uf.find(i), []).append(i)
    out = []
    for members in sorted(groups.values()):
        if len({figs[k].record for k in members}) >= 2:
            out.append([(figs[k].record, figs[k].fig) for k in members])
    return out


def _unit_kind(x: NumberFact) -> str | None:
    """What a figure of unknown count is, when its unit says it: a percentage, a temperature."""
    return _unit(x)


def _variant(x: NumberFact) -> tuple[float, str, str, str]:
    """One form of a figure: its value, qualifier, unit (a percentage's, a temperature's) and, for a range,
    its ends as written."""
    return x.value, x.qualifier, _unit(x) or "", _fmt(x) if range_ends(x) is not None else ""


def _by_variant(
    items: Sequence[tuple[int, NumberFact]],
) -> dict[tuple[float, str, str, str], tuple[NumberFact, set[int]]]:
    """Each form of the figures -> one figure of that form and the mentions giving it."""
    out: dict[tuple[float, str, str, str], tuple[NumberFact, set[int]]] = {}
    for r, x in items:
        out.setdefault(_variant(x), (x, set()))[1].add(r)
    return out


def _apart(ra: AbstractSet[object], rb: AbstractSet[object]) -> bool:
    """Two forms of a figure are given apart: some mention gives the first without the second, and some the
    second without the first. Two figures every mention gives together are two things it says ("89% of
    searches, rising to 95% on phones"), not two versions of one."""
    return bool(ra - rb) and bool(rb - ra)


_WRITTEN_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _written(x: NumberFact) -> tuple[float, int] | None:
    """The number as written in the figure's text and its decimals ("94.9%" -> 94.9, 1), or None when the
    text writes no number or writes it at another scale than its value ("$1.9 billion", "twelve")."""
    m = _WRITTEN_RE.search(x.text)
    if m is None:
        return None
    value = float(m.group(0).replace(",", ""))
    return (value, len(m.group(1) or "")) if value == x.value else None


#: Half the unit a whole number is rounded to: "95 percent" is 94.9% rounded.
ROUNDING_REACH = 0.5


def rounded(a: NumberFact, b: NumberFact) -> bool:
    """One figure is the other rounded to a whole number: "95 percent" / "94.9%", "90%" / "89.6%" (both
    unqualified, each written at its value; one without decimals, the other with one)."""
    if a.qualifier or b.qualifier:
        return False
    wa, wb = _written(a), _written(b)
    if wa is None or wb is None or sorted((wa[1], wb[1])) != [0, 1]:
        return False
    return abs(a.value - b.value) <= ROUNDING_REACH


#: A plain figure that is a multiple of this is written round ("3,000 metres", "50%"): a writer's rounding.
ROUND_FIGURE_STEP = 10


def round_and_qualified(a: NumberFact, b: NumberFact) -> bool:
    """One figure is a round number given plain and the other the same number qualified ("3,000" / "nearly
    3,000", "50%" / "almost a 50%"): the plain one is the other rounded, not a different figure. A plain
    figure that is not round ("49" / "more than 49") keeps its exact value."""
    if a.value != b.value or range_ends(a) is not None or range_ends(b) is not None:
        return False
    plain = [x for x in (a, b) if not x.qualifier]
    return len(plain) == 1 and plain[0].value >= ROUND_FIGURE_STEP and plain[0].value % ROUND_FIGURE_STEP == 0


#: The steps a writer rounds a figure to, times a power of ten: "1,000" is rounded to the thousand, "150" to
#: the fifty, "275" to the twenty-five, "13" to the unit.
ROUNDING_STEPS = (5.0, 2.5, 1.0)
#: Decimals a figure's rounding step is looked for in ("2.5 million" is rounded to the half million).
ROUNDING_DECIMALS = 3


def rounding_step(value: float) -> float:
    """The coarsest step the figure is a whole multiple of (``ROUNDING_STEPS`` times a power of ten, at most
    the figure itself): 1,000 -> 1,000; 150 -> 50; 275 -> 25; 13 -> 1; 5 -> 5; 0.25 -> 0.25."""
    value = abs(value)
    if value == 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    while power >= 10.0**-ROUNDING_DECIMALS:
        for step in ROUNDING_STEPS:
            unit = step * power
            if unit <= value and abs(value / unit - round(value / unit)) < 1e-9:
                return unit
        power /= 10.0
    return 10.0**-ROUNDING_DECIMALS


_NOT_COUNTS = MEASURE_UNIT_NOUNS | frozenset(CURRENCY_NOUNS.values())


def is_count(x: NumberFact) -> bool:
    """The figure counts people or things: not a percentage, a temperature, a sum of money or a measure in
    a unit ("445 litres", "10 km")."""
    return _unit(x) is None and x.noun not in _NOT_COUNTS


def beyond_reach(a: NumberFact, b: NumberFact) -> bool:
    """One figure is an open bound ("more than X", "at least X", "up to X", "less than X") and the other lies
    wholly beyond the bound's rounding step past it: a writer who knew "13" would not write "at least
    five", so the two report different counts; "more than 1,000" and "about 1,200" (short of 2,000), "more
    than 150" and "186" (short of 200), "more than 6 million" and "nearly 7 million" stay within it. Counts
    only (``is_count``): a bound of a measure or a sum ("more than 445 litres fell in some areas" / "491
    litres in one town") is no rounding of it."""
    if not (is_count(a) and is_count(b)):
        return False
    for bound, other in ((a, b), (b, a)):
        found = QUALIFIER_INTERVALS.get(bound.qualifier)
        if found is None or range_ends(bound) is not None:
            continue
        lo, hi, _, _ = found
        lo2, hi2, _, _ = figure_bounds(other)
        step = rounding_step(bound.value)
        if hi is None and lo2 >= bound.value + step:
            return True
        if lo == 0.0 and hi2 <= bound.value - step:
            return True
    return False


def compatible(a: NumberFact, b: NumberFact) -> bool:
    """Two reports of one figure can both be true (``counts.figures_compatible``) and neither lies beyond the
    other's open bound by more than its rounding (``beyond_reach``), or one rounds the other (``rounded``,
    ``round_and_qualified``)."""
    if rounded(a, b) or round_and_qualified(a, b):
        return True
    return figures_compatible(a, b) and not beyond_reach(a, b)


def _ranks(items: Sequence[tuple[int, NumberFact]]) -> dict[int, list[float]]:
    """Each mention's values of the group, in order: a mention giving two ("89.2% of searches, 94.9% on
    phones") gives two things, the first and the second."""
    out: dict[int, set[float]] = {}
    for r, x in items:
        out.setdefault(r, set()).add(x.value)
    return {r: sorted(vs) for r, vs in out.items()}


def _same_place(a: NumberFact, ra: set[int], b: NumberFact, rb: set[int], ranks: dict[int, list[float]]) -> bool:
    """Some mention gives ``a`` without ``b`` and some ``b`` without ``a`` (``_apart``) where the two stand for
    the same thing: both mentions give one figure of the group; one gives one and the other's figure nearest to it is
    the other of the two (``_nearest``); or both give several and the two stand at the same place in their order
    ("89.2% ... 94.9% on mobile" / "about 90% ... 95% on smartphones" compares 89.2 with 90 and 94.9 with 95, never
    89.2 with 95)."""
    for x in sorted(ra - rb):
        for y in sorted(rb - ra):
            vx, vy = ranks[x], ranks[y]
            if len(vx) == 1 and len(vy) == 1 or len(vx) > 1 and len(vy) > 1 and vx.index(a.value) == vy.index(b.value):
                return True
            if len(vx) == 1 and _nearest(b.value, vy, a.value) or len(vy) == 1 and _nearest(a.value, vx, b.value):
                return True
    return False


def _nearest(value: float, values: Sequence[float], to: float) -> bool:
    """Rule ``one_figure_meets_its_nearest``: a mention giving one figure of the group stands for the figure nearest
    to it of a mention giving several ("Gonzalez had 44.2%" / "Maduro secured 51%, Gonzalez 44%": 44.2 stands for 44,
    not for 51): ``value``, one of ``values``, is the one nearest to ``to`` (or as near as the nearest)."""
    return abs(value - to) <= min(abs(v - to) for v in values)


def counts_others(text: str, x: NumberFact) -> bool:
    """The figure counts the others beside someone the sentence names: "Pelicot and 50 other men", "the
    driver and 12 others", "all 50 of his co-defendants" (the whole is one more)."""
    after = _words_after(text.lower(), x, 1)
    if after and after[0] in OTHERS_WORDS:
        return True
    low = text.lower()
    at = low.find(x.text.lower()) if x.text else -1
    return at >= 0 and any(
        w.startswith(COMPANION_PREFIX) for w in low[at + len(x.text) :].split()[:COMPANION_WINDOW]
    )


def _with_one_more(x: NumberFact) -> NumberFact:
    return replace(x, value=x.value + 1)


def _disagree(items: Sequence[tuple[int, NumberFact]], others: AbstractSet[int] = frozenset()) -> bool:
    """Figures given apart (``_apart``) for the same thing (``_same_place``) that cannot both be true (see
    ``compatible``). A figure of the others beside someone (``others``: indexes into ``items``, see
    ``counts_others``) may also be read as the whole, one more: "50 other men" and "all 51 defendants"
    can both be true; "12 others were injured" beside "12 injured" still can."""
    forms = sorted(_by_variant(items).items())
    ranks = _ranks(items)
    plus = {_variant(x) for k, (_, x) in enumerate(items) if k in others}

    def fits(key_a: object, a: NumberFact, key_b: object, b: NumberFact) -> bool:
        return (
            compatible(a, b)
            or key_a in plus and compatible(_with_one_more(a), b)
            or key_b in plus and compatible(a, _with_one_more(b))
        )

    return any(
        _apart(ra, rb) and not fits(ka, a, kb, b) and _same_place(a, ra, b, rb, ranks)
        for n, (ka, (a, ra)) in enumerate(forms)
        for kb, (b, rb) in forms[n + 1 :]
    )


def _reworded(a: NumberFact, b: NumberFact) -> bool:
    """Two forms of one origin's figure that say something else. An exact figure and a qualified one that
    keeps it true ("49" / "at least 49", "89.2%" / "about 90%"), or a figure rounded ("94.9%" / "95%"), is
    how outlets write the origin's figure, not a change of it; two qualified forms ("more than 11,000" /
    "about 12,000") or a point for a range ("33.1%-35.4%" / "34%") are."""
    if rounded(a, b) or round_and_qualified(a, b):
        return False
    exact = [x for x in (a, b) if not x.qualifier]
    ranged = any(range_ends(x) is not None for x in (a, b))
    return not (exact and not ranged and figures_compatible(a, b))


def _changed(items: Sequence[tuple[int, NumberFact]]) -> bool:
    """One origin's figure reaches readers in two forms given apart (``_apart``) for the same thing
    (``_same_place``) that say something else (``_reworded``)."""
    forms = list(_by_variant(items).values())
    ranks = _ranks(items)
    return any(
        _apart(ra, rb) and _reworded(a, b) and _same_place(a, ra, b, rb, ranks)
        for n, (a, ra) in enumerate(forms)
        for b, rb in forms[n + 1 :]
    )


def _variants(records: Sequence[MentionRecord], items: Sequence[tuple[int, NumberFact]]) -> str:
    """ "more than 3,000 (A, B) / nearly 3,000 (C)" """
    parts = []
    for _, (x, rs) in sorted(_by_variant(items).items()):
        parts.append(f"{_fmt(x)} ({', '.join(sorted({records[r].outlet_name for r in rs}))})")
    return " / ".join(parts)


def number_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    out = []
    for group in figure_groups(records):
        # "more than 1,000" and "about 1,200" can both be true: no conflict between outlets
        others = {k for k, (r, x) in enumerate(group) if counts_others(records[r].cand.text, x)}
        if _disagree(group, others):
            shown = _variants(records, group)
            kinds = {kind_of(records[r].cand.text, x) or _unit_kind(x) for r, x in group} - {None}
            (kind,) = kinds if len(kinds) == 1 else (None,)
            phrase = COUNT_KIND_PHRASES.get(kind, kind) if kind is not None else None
            things = {thing_counted(x) for _, x in group}
            if kind is None and not kinds and len(things) == 1 and None not in things:
                phrase = COUNTED_NOUN_PHRASE.format(noun=next(iter(things)))  # "the center count"
            what = cw.FIGURES_FOR.format(kind=phrase) if phrase is not None else ""
            out.append(
                Conflict(
                    kind="number",
                    description=cw.FIGURES_DIFFER.format(what=what, shown=shown),
                    values=[_value(records, r, x, names) for r, x in group],
                )
            )
        # the same origin's figure reported in two forms: one origin said one thing, so an outlet or
        # intermediary changed it, even when both forms could be true
        by_origin: dict[str, list[tuple[int, NumberFact]]] = {}
        for r, x in group:
            for o in sorted(set(records[r].origins)):
                by_origin.setdefault(o, []).append((r, x))
        for o, items in sorted(by_origin.items()):
            if not _changed(items):
                continue
            forms = _variants(records, items)
            out.append(
                Conflict(
                    kind="changed-along-chain",
                    description=cw.CHANGED_ALONG_CHAIN.format(origin=names.get(o, o), forms=forms),
                    values=[_value(records, r, x, names) for r, x in items],
                )
            )
    return out


def _place_text(places: Sequence[tuple[str, bool]]) -> str:
    parts = []
    for p, pos in places:
        if p == "?":
            parts.append("location not known")
        else:
            parts.append(("in " if pos else "not in ") + p.title())
    return ", ".join(parts)


def claim_places(rec: MentionRecord) -> list[tuple[str, bool]]:
    """The places of the mention that place its claim: not those named only inside a phrase or clause dating it by
    another event ("in jail since January, when he returned after recuperating in Germany",
    ``MentionCandidate.side_places``)."""
    return [p for p in rec.cand.places if p not in rec.cand.side_places]


def place_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """Mentions that disagree about where: a place asserted by one and denied by another, an
    unknown place against a named one, or named places with nothing in common. Computed on
    place sets (few distinct ones per claim), not on all pairs of mentions. Only the places that place
    the claim (``claim_places``) are compared."""
    placed = [(r, rec, claim_places(rec)) for r, rec in enumerate(records)]
    placed = [(r, rec, places) for r, rec, places in placed if places]
    pos: dict[str, set[int]] = {}
    neg: dict[str, set[int]] = {}
    unknown: set[int] = set()
    by_set: dict[frozenset[str], set[int]] = {}
    for r, _rec, places in placed:
        pa = frozenset(p for p, ok in places if ok and p != "?")
        for p, ok in places:
            if p == "?":
                unknown.add(r)
            elif ok:
                pos.setdefault(p, set()).add(r)
            else:
                neg.setdefault(p, set()).add(r)
        if pa:
            by_set.setdefault(pa, set()).add(r)
    involved: set[int] = set()
    for p in sorted(set(pos) & set(neg)):
        if len(pos[p] | neg[p]) >= 2 and not (pos[p] == neg[p] and len(pos[p]) == 1):
            involved |= pos[p] | neg[p]
    named = set().union(*by_set.values()) if by_set else set()
    if unknown and named and len(unknown | named) >= 2:
        involved |= unknown | named
    sets = sorted(by_set, key=lambda fs: sorted(fs))
    for x in range(len(sets)):
        for y in range(x + 1, len(sets)):
            if not sets[x] & sets[y]:
                involved |= by_set[sets[x]] | by_set[sets[y]]
    if not involved:
        return []
    vals: list[dict[str, object]] = []
    shown_parts: list[str] = []
    for r in sorted(involved):
        rec = records[r]
        vals.append(
            {
                "place": _place_text(claim_places(rec)),
                "article": rec.article,
                "outlet": rec.outlet_name,
                "text": rec.cand.text,
                **_chain_keys(rec, names, r),
            }
        )
        vias = [" -> ".join(names.get(c, c) for c in chain[1:]) for chain in _chains(rec)]
        via = "; ".join(dict.fromkeys(v for v in vias if v)) or rec.outlet_name
        shown_parts.append(f"{_place_text(claim_places(rec))} ({via})")
    shown = " / ".join(shown_parts)
    return [Conflict(kind="place", description=cw.DISAGREE_WHERE.format(shown=shown), values=vals)]


def states_as_established(rec: MentionRecord, origin: str) -> bool:
    """An unhedged mention states the claim as established: under a named origin, any; where no source is
    named (``origin`` empty), only the outlet's own words. A mention that cites someone the tracer could not
    name ("the memos said", "the channel reported that") reports the claim, it does not establish it."""
    return bool(origin) or rec.attribution is None


def claim_hedges(rec: MentionRecord) -> list[str]:
    """The hedges of the mention that hedge its claim: not those only inside a side clause of its content
    ("footage apparently shot by a passenger showed flames", ``MentionCandidate.side_hedges``)."""
    return [h for h in rec.cand.hedges if h not in rec.cand.side_hedges]


def origin_hedges(rec: MentionRecord, origin: str, article_cues: AbstractSet[str] = frozenset()) -> list[str]:
    """The hedges of the mention that hedge what its named ``origin`` said (rule ``a_doubting_cue_is_the_outlets``):
    its claim's hedges (``claim_hedges``) less its own cue's doubting verb (``DOUBTING_CUE_FORMS``). "Bankman-Fried had
    claimed his goal was ..." is the outlet's distance from its source, not a hedge of the source's words: another
    outlet writing "Bankman-Fried testified he had intended ..." reports the same source, it does not state the claim
    as established. A hedge
    inside the source's words ("the company said the fire appeared to start ...") is the source's, and counts, as does a
    passive cue's ("according to the ministry, the outbreak is suspected to have started ..."); where no source is
    named (``origin`` empty) every hedge counts. ``article_cues``: the doubting cues of the article's other mentions of
    the origin (``doubting_cues``), set aside as well."""
    hedges = claim_hedges(rec)
    if not origin or not hedges:
        return hedges
    cue_words = ({w for cue in rec.cues for w in cue.lower().split()} & DOUBTING_CUE_FORMS) | set(article_cues)
    return [h for h in hedges if h.lower() not in cue_words]


def doubting_cues(records: Sequence[MentionRecord]) -> dict[str, frozenset[str]]:
    """Article -> the doubting verbs (``DOUBTING_CUE_FORMS``) that are the cues of its mentions in ``records`` (one
    origin's): rule ``a_nested_doubting_cue_is_the_outlets``. "González had won, claiming he was the rightful
    president-elect" holds "claiming" in its words, and "claiming" is the cue of the article's next mention of the same
    origin ("he was the rightful president-elect"): the outlet's distance from the speaker, as its own cue would be."""
    out: dict[str, set[str]] = {}
    for rec in records:
        words = {w for cue in rec.cues for w in cue.lower().split()} & DOUBTING_CUE_FORMS
        if words:
            out.setdefault(rec.article, set()).update(words)
    return {a: frozenset(ws) for a, ws in out.items()}


#: The share of the shorter mention's content keys two mentions of a claim must share before one is read as the
#: other with its hedge dropped ("workers believed to be part of a road construction crew" / "the six were part of
#: a construction crew"): at least half of what the shorter one says.
SAME_STATEMENT_SHARE = 0.5


def says_the_same(a: MentionRecord, b: MentionRecord) -> bool:
    """Two mentions of a claim make the same statement: they share at least SAME_STATEMENT_SHARE of the shorter
    one's content keys. A claim may hold several statements about one event; "a Russian gang is thought to be
    behind the attack" is not hedged again by "a critical incident has been declared at London hospitals".
    Mentions with no content keys are taken to say the same."""
    return _same_keys(frozenset(a.cand.lemmas), frozenset(b.cand.lemmas))


def _same_keys(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """``says_the_same`` on the two mentions' content keys."""
    if not ka or not kb:
        return True
    return len(ka & kb) >= SAME_STATEMENT_SHARE * min(len(ka), len(kb))


def _saying_the_same_as(own: Sequence[MentionRecord], others: Sequence[MentionRecord]) -> list[MentionRecord]:
    """The mentions of ``own`` that say the same as some mention of ``others`` (``says_the_same``), in order. Decided
    once per distinct set of content keys on each side: wire copy repeats one sentence under one origin hundreds of
    times, and every pair of a hedged and a plain mention was compared."""
    theirs = list(dict.fromkeys(frozenset(r.cand.lemmas) for r in others))
    found: dict[frozenset[str], bool] = {}
    out = []
    for r in own:
        keys = frozenset(r.cand.lemmas)
        same = found.get(keys)
        if same is None:
            same = found[keys] = any(_same_keys(keys, k) for k in theirs)
        if same:
            out.append(r)
    return out


def hedge_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """Outlets that hedge a statement others state as established, under one origin (or, where no source is
    named, in the outlets' own words): a hedged mention and a plain one that make the same statement
    (``says_the_same``)."""
    out = []
    at = {id(rec): k for k, rec in enumerate(records)}
    by_origin: dict[str, list[MentionRecord]] = {}
    for rec in records:
        # mentions naming no source are the outlets' own account: a hedge one outlet keeps ("the plant
        # had reportedly failed an inspection") and another drops is flagged there too
        for o in sorted(set(rec.origins)) or [""]:
            by_origin.setdefault(o, []).append(rec)
    for o, recs in sorted(by_origin.items()):
        nested = doubting_cues(recs) if o else {}
        hedging = [r for r in recs if origin_hedges(r, o, nested.get(r.article, frozenset()))]
        stating = [r for r in recs if not r.cand.hedges and states_as_established(r, o)]
        hedged = _saying_the_same_as(hedging, stating)
        plain = _saying_the_same_as(stating, hedging)
        if not hedged or not plain:
            continue
        if {r.outlet for r in hedged} == {r.outlet for r in plain} and len({r.outlet for r in recs}) == 1:
            continue
        words = sorted({h for r in hedged for h in origin_hedges(r, o, nested.get(r.article, frozenset()))})
        h_out = sorted({r.outlet_name for r in hedged})
        p_out = sorted({r.outlet_name for r in plain} - set(h_out)) or sorted({r.outlet_name for r in plain})
        out.append(
            Conflict(
                kind="hedge-dropped",
                description=cw.HEDGE_DROPPED.format(
                    hedgers=", ".join(h_out),
                    s1=cw.VERB_S if len(h_out) == 1 else "",
                    what=cw.HEDGED_WHAT_SAID.format(origin=names.get(o, o)) if o else cw.HEDGED_UNSOURCED,
                    words=", ".join(words),
                    stating=", ".join(p_out),
                    s2=cw.VERB_S if len(p_out) == 1 else "",
                ),
                values=[
                    {
                        "article": r.article,
                        "outlet": r.outlet_name,
                        "text": r.cand.text,
                        "hedges": origin_hedges(r, o, nested.get(r.article, frozenset())),
                        **_chain_keys(r, names, at[id(r)]),
                    }
                    for r in recs
                ],
            )
        )
    return out


def _day_text(key: str) -> str:
    kind, value = key.split(":", 1)
    if kind == "weekday":
        return value.capitalize()
    month, day = value.split("-")
    return f"{_MONTH_NAMES[int(month) - 1]} {day}"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # fmt: skip


def _days_apart(by_key: dict[str, list[MentionRecord]]) -> bool:
    """Two of the days are given apart by different articles (``_apart`` over articles): one article that
    dates two events ("the attack on June 3", "the message on June 17") is no disagreement between
    sources."""
    arts = [{r.article for r in recs} for _, recs in sorted(by_key.items())]
    return any(_apart(a, b) for n, a in enumerate(arts) for b in arts[n + 1 :])


def dates_a_toll(rec: MentionRecord) -> bool:
    """The mention gives the level a toll reached ("the death toll climbed to at least 112 on Sunday", "officials
    raised the death toll to 123 on Monday", ``counts.toll_kind``): its day is when the count stood there, not
    when the event happened. "The toll from Friday's crash was revised down from 288" dates the crash."""
    low = rec.cand.text.lower()
    for x in rec.cand.numbers:
        at = low.find(x.text.lower()) if x.text else -1
        if at < 0:
            continue
        # the words before the figure, and before its number when its qualifier ends in a marker ("climbed up to 288")
        digit = _DIGIT_RE.search(x.text)
        ends = {at, at + digit.start()} if digit else {at}
        if any(toll_kind(WORD_RE.findall(low[:end])) is not None for end in ends):
            return True
    return False


_DIGIT_RE = re.compile(r"\d")


def date_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """Mentions that put the event on different days: two weekdays, or two calendar dates (a weekday
    and a date are not compared: which weekday a date fell on needs the year). The day of a toll's level
    (``dates_a_toll``) dates a count, not the event: a toll counted on two days is no disagreement about when."""
    out = []
    at = {id(rec): k for k, rec in enumerate(records)}
    for kind in ("weekday", "date"):
        by_key: dict[str, list[MentionRecord]] = {}
        for rec in records:
            if dates_a_toll(rec):
                continue
            keys = [k for k in rec.cand.dates if k.startswith(kind + ":")]
            if len(keys) == 1:  # a mention naming two days ("from Saturday to Sunday") is a span
                by_key.setdefault(keys[0], []).append(rec)
        if len(by_key) < 2 or not _days_apart(by_key):
            continue
        shown = " / ".join(
            f"{_day_text(k)} ({', '.join(sorted({r.outlet_name for r in recs}))})" for k, recs in sorted(by_key.items())
        )
        out.append(
            Conflict(
                kind="date",
                description=cw.DISAGREE_WHEN.format(shown=shown),
                values=[
                    {
                        "day": _day_text(k),
                        "article": r.article,
                        "outlet": r.outlet_name,
                        "text": r.cand.text,
                        **_chain_keys(r, names, at[id(r)]),
                    }
                    for k, recs in sorted(by_key.items())
                    for r in recs
                ],  # fmt: skip
            )
        )
    return out


_UNCONFIRMED_RE = re.compile("|".join(UNCONFIRMED_PATTERNS))


def says_unconfirmed(text: str) -> bool:
    """The mention says the claim is not confirmed or its party has not spoken ("there was no official
    confirmation", "could not be independently verified", "has not yet commented")."""
    return _UNCONFIRMED_RE.search(text.lower()) is not None


def unconfirmed_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """A claim some mentions call unconfirmed (or whose party, they say, has not commented) while others
    cite a source for it: often an early version of a story kept beside a later one ("there was no
    official confirmation" beside "the army chief confirmed"). A fact-checker must see both."""
    doubt = [k for k, rec in enumerate(records) if says_unconfirmed(rec.cand.text)]
    sourced = [k for k, rec in enumerate(records) if rec.origins and k not in doubt]
    if not doubt or not sourced:
        return []
    doubters = sorted({records[k].outlet_name for k in doubt})
    cited = sorted({names.get(o, o) for k in sourced for o in records[k].origins})
    return [
        Conflict(
            kind="unconfirmed",
            description=cw.UNCONFIRMED_BESIDE_CITED.format(
                doubters=", ".join(doubters),
                s=cw.VERB_S if len(doubters) == 1 else "",
                cited=", ".join(cited),
                be=cw.BE_ONE if len(cited) == 1 else cw.BE_MANY,
            ),
            values=[
                {
                    "status": "not confirmed" if k in doubt else "cited",
                    "article": records[k].article,
                    "outlet": records[k].outlet_name,
                    "text": records[k].cand.text,
                    **_chain_keys(records[k], names, k),
                }
                for k in sorted(doubt + sourced)
            ],
        )
    ]


#: Words two wordings of one quotation share at their start when one is a rewording of the other ("Having
#: multiple treatment options is ..." / "Having multiple treatment options has been ...").
QUOTE_OPENING_WORDS = 4
#: Or the share of the shorter wording's words the two share in order ("This is real progress" / "This
#: is substantial progress").
QUOTE_SHARED_SHARE = 0.7
#: Words changed inside the shared stretch (dropped plus added) that make a rewording: one word dropped or
#: added ("in a manner of our choosing" / "in a manner our choosing", "10 percent" / "10%") is a slip of
#: copy, a word swapped ("real" / "substantial") is a rewording.
MIN_REWORDED_WORDS = 2
#: The word standing for an editor's mark of words left out in a quotation's wording (``quoted_wording``): no word
#: a quotation can hold.
ELLIPSIS_WORD = marks.ELLIPSES[0]
#: The most words one stretch may leave out without an editor's mark and stay an excerpt (rule ``unmarked_omission``):
#: "the medical staff of the institution" / "medical staff"; a longer stretch is a clause dropped, an edit.
MAX_UNMARKED_OMISSION = 3
#: Quotations shorter than this are not compared ("Yes", "We'll see").
MIN_QUOTE_COMPARE_WORDS = 3


_Op = tuple[str, int, int, int, int]


def reworded(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two wordings (word lists) of one quotation that differ in their words, not just in where the
    excerpt starts or stops: an excerpt of the other is no rewording, nor is one word dropped."""
    return bool(_changes(a, b))


def _changes(a: Sequence[str], b: Sequence[str]) -> list[_Op]:
    """The stretches where two wordings of one quotation differ in their words (``reworded``), none when they
    are two quotations, one an excerpt of the other, or fewer than MIN_REWORDED_WORDS words changed."""
    if min(len(a), len(b)) < MIN_QUOTE_COMPARE_WORDS or list(a) == list(b):
        return []
    same_opening = list(a[:QUOTE_OPENING_WORDS]) == list(b[:QUOTE_OPENING_WORDS])
    if not same_opening and _words_in_common(tuple(a), tuple(b)) < QUOTE_SHARED_SHARE * min(len(a), len(b)):
        return []  # two different quotations: the words shared in order are no more than the words in common
    ops = SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if not same_opening and shared < QUOTE_SHARED_SHARE * min(len(a), len(b)):
        return []  # two different quotations
    while ops and (ops[0][0] in ("insert", "delete") or _article_at_edge(ops[0], a, b)):
        ops.pop(0)  # one excerpt starts earlier (and may open with an article of its own: "The medical staff")
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()  # or stops later
    changes: list[_Op] = [
        (tag, i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in ops
        # "space flight" / "spaceflight": one word written in two ways
        if tag != "equal" and "".join(a[i1:i2]) != "".join(b[j1:j2])
        # "the two parties have … signed": the words the other wording gives there were left out, not changed
        and not _left_out(a[i1:i2], b[j1:j2])
        # "medical staff arrived" / "the medical staff of the institution arrived": left out without the mark
        and not _unmarked_omission(a[i1:i2], b[j1:j2])
    ]
    changed = sum((i2 - i1) + (j2 - j1) for _, i1, i2, j1, j2 in changes)
    # one word of meaning dropped or swapped is a change, not a slip ("will release" / "will not release")
    return changes if changed >= MIN_REWORDED_WORDS or _meaning_differs(a, b, changes) else []


def _meaning_differs(a: Sequence[str], b: Sequence[str], changes: Sequence[_Op]) -> bool:
    """Two wordings whose changed stretches (``_changes``) differ in a word that changes what is said: a negation,
    hedge, figure, modal or degree word ("we will respond" / "we may respond", "12 crew" / "15 crew"). Other words
    changed are the same statement in other words, as two newsrooms transcribe or translate one speaker."""
    mine: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    for _, i1, i2, j1, j2 in changes:
        if ELLIPSIS_WORD in (*a[i1:i2], *b[j1:j2]):
            continue  # words left out at an editor's mark: what the other side gives there is not compared
        mine.update(w for w in a[i1:i2] if _carries_meaning(w))
        theirs.update(w for w in b[j1:j2] if _carries_meaning(w))
    return mine != theirs


def _carries_meaning(word: str) -> bool:
    return word in _MEANING_WORDS or any(c.isdigit() for c in word)


def _article_at_edge(op: _Op, a: Sequence[str], b: Sequence[str]) -> bool:
    """The first difference of two wordings is where one excerpt starts earlier, the other opening with nothing but
    an article of its own ("... lost consciousness. Medical staff arrived" / "The medical staff ... arrived"): rule
    ``unmarked_omission``, as an excerpt starting later."""
    tag, i1, i2, j1, j2 = op
    return tag == "replace" and any(set(side) <= ARTICLES for side in (a[i1:i2], b[j1:j2]))


def _left_out(a: Sequence[str], b: Sequence[str]) -> bool:
    """One side of a difference between two wordings is an editor's mark of words left out (rule
    ``ellipsis_leaves_out``): whatever the other side gives there is the omission."""
    return ELLIPSIS_WORD in (*a, *b) and (set(a) <= {ELLIPSIS_WORD} or set(b) <= {ELLIPSIS_WORD})


#: Words whose loss changes what a quotation says (``_unmarked_omission``): negations, hedges, numbers, modals and
#: degree words.
_MEANING_WORDS = (
    NEGATIONS | NEGATING_SUBJECTS | NEGATING_PREPOSITIONS | HEDGE_WORDS | cw.QUALIFYING_WORDS | set(NUMBER_WORDS)
)


def _unmarked_omission(a: Sequence[str], b: Sequence[str]) -> bool:
    """One side of a difference between two wordings is empty and the other's words carry no meaning of their own
    (rule ``unmarked_omission``): an outlet left words out without an editor's mark ("medical staff arrived" /
    "the medical staff of the institution arrived"), which is an excerpt, not a rewording. A negation, hedge,
    figure, modal or degree word left out changes the quotation ("we will" / "we will not")."""
    if a and b or len(a) + len(b) > MAX_UNMARKED_OMISSION:
        return False  # a clause dropped ("has held talks with the owners and recently agreed") is an edit
    return not any(_carries_meaning(w) for w in (*a, *b))


def quoted_wording(text: str) -> tuple[str, ...]:
    """A quotation's words, spelled out, with ELLIPSIS_WORD where an editor's mark leaves words out ("the two
    parties have … signed": ``marks.ELLIPSES``), so a comparison knows where the omission stands."""
    pieces = [text]
    for mark in marks.ELLIPSES:
        pieces = [part for piece in pieces for part in piece.split(mark)]
    out: list[str] = []
    for n, piece in enumerate(pieces):
        if n:
            out.append(ELLIPSIS_WORD)
        out.extend(words(piece))
    return spelled_out(out)


def spelled_out(wording: Sequence[str]) -> tuple[str, ...]:
    """A wording (word list) with its contractions written out ("we're" -> "we", "are"; ``CONTRACTED_ENDINGS``):
    "we do not believe we're going" and "we do not believe we are going" are one wording."""
    out: list[str] = []
    for w in wording:
        if w in cw.CONTRACTED_WORDS:
            out.extend(cw.CONTRACTED_WORDS[w])
            continue
        for ending, full in cw.CONTRACTED_ENDINGS:
            if w.endswith(ending) and len(w) > len(ending):
                out.extend((w[: -len(ending)], *full))
                break
        else:
            out.append(w)
    return tuple(out)


def _words_in_common(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words two wordings have in common, counted with repeats: a bound on the words they share in order,
    cheap beside the alignment (a claim's speaker may have hundreds of wordings, compared pair by pair)."""
    return (_word_counts(a) & _word_counts(b)).total()


@lru_cache(maxsize=65536)
def _word_counts(words: tuple[str, ...]) -> Counter[str]:
    return Counter(words)


_QUOTE_MARKS = (marks.LEFT_DOUBLE, marks.RIGHT_DOUBLE, marks.STRAIGHT_DOUBLE)


def quote_conflicts(
    records: Sequence[MentionRecord], names: dict[str, str], component: Mapping[str, int] | None = None
) -> list[Conflict]:
    """One speaker's quotation in the claim reaches readers in different words: some copy reworded
    words it still prints inside quotation marks. Compared per origin over the distinct wordings (a few
    per claim), not all pairs of mentions, and only wordings printed by different articles.

    With the articles' dependence components (article id -> component), two wordings printed only by
    independent reports conflict only when a word that changes the meaning differs (rule
    ``rewording_needs_a_copy``): two newsrooms that each transcribed or translated one speaker word it in their
    own ways ("is monitoring the situation" / "is watching this"); no copy changed what it copied."""
    out = []
    by_origin: dict[str, dict[tuple[str, ...], list[int]]] = {}
    wording: dict[str, tuple[str, ...]] = {}  # each distinct text spelled out once (wire copy repeats it)
    for k, rec in enumerate(records):
        # a whole quotation, not a paraphrase with quoted words in it ('"out of caution," it removed ...')
        text = rec.cand.text
        if rec.cand.direct and not any(q in text for q in _QUOTE_MARKS):
            said = wording.get(text)
            if said is None:
                said = wording[text] = quoted_wording(text)
            for o in sorted(set(rec.origins)):
                by_origin.setdefault(o, {}).setdefault(said, []).append(k)
    for o, wordings in sorted(by_origin.items()):
        forms = sorted(wordings)
        arts = {f: {records[k].article for k in wordings[f]} for f in forms}
        involved = sorted(
            {
                f
                for x, a in enumerate(forms)
                for b in forms[x + 1 :]
                # one article quoting the speaker twice quotes two things, not one thing in two wordings; so
                # do articles that each print both (a copy of such an article): some article must print one
                # wording without the other, and some the other without the first (as ``_apart``)
                if _apart(arts[a], arts[b])
                if (changes := _changes(a, b))
                if component is None or _copied(arts[a], arts[b], component) or _meaning_differs(a, b, changes)
                for f in (a, b)
            }
        )
        if not involved:
            continue
        outlets = {f: ", ".join(sorted({records[k].outlet_name for k in wordings[f]})) for f in involved}
        shown = " / ".join(
            f"{marks.LEFT_DOUBLE}{records[wordings[f][0]].cand.text}{marks.RIGHT_DOUBLE} ({outlets[f]})"
            for f in involved
        )
        out.append(
            Conflict(
                kind="quote-wording",
                description=cw.QUOTED_DIFFERENTLY.format(origin=names.get(o, o), shown=shown),
                values=[
                    {
                        "quote": records[k].cand.text,
                        "article": records[k].article,
                        "outlet": records[k].outlet_name,
                        **_chain_keys(records[k], names, k),
                    }
                    for k in sorted(k for f in involved for k in wordings[f])
                ],
            )
        )
    return out


def _copied(a: AbstractSet[str], b: AbstractSet[str], component: Mapping[str, int]) -> bool:
    """Some article printing one wording and some printing the other are in one dependence component (one copies
    the other, or both copy one report): a copy may have changed the words (``rewording_needs_a_copy``)."""
    mine = {component.get(x, -1 - n) for n, x in enumerate(sorted(a))}
    return any(component.get(x) in mine for x in b)


def find_conflicts(
    records: Sequence[MentionRecord],
    names: dict[str, str],
    where_only: Sequence[MentionRecord] = (),
    component: Mapping[str, int] | None = None,
) -> list[Conflict]:
    """The conflicts inside one claim. The statements that only say where its event happened
    (``where_only``, after ``records`` in the claim's mentions) take part in its place conflict alone. With the
    articles' dependence components (``component``), a quotation's rewording needs a copy (``quote_conflicts``)."""
    return [
        *number_conflicts(records, names),
        *place_conflicts([*records, *where_only], names),
        *date_conflicts(records, names),
        *hedge_conflicts(records, names),
        *unconfirmed_conflicts(records, names),
        *quote_conflicts(records, names, component),
    ]
