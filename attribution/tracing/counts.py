"""What a figure counts ("25 people were injured": the injured) and whether two figures of one count can
both be true ("more than 150" / "186"): used by grouping (a figure of the same counted thing that
agrees) and by figure conflicts. Also the figures only conflicts read, in a unit of their own:
percentages and ranges of them, and temperatures in degrees Celsius."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from ..lang.en.numbers import (
    COUNT_KIND_JOINERS,
    COUNT_KINDS,
    CURRENCY_NOUNS,
    DEGREE_WORDS,
    GENERAL_COUNT_NOUNS,
    GENERIC_COUNT_NOUNS,
    JOINED_COUNT_KINDS,
    MEASURE_KINDS,
    MEASURE_NOUNS,
    MEASURE_UNIT_NOUNS,
    NEGATIVE_SIGN_NOT_AFTER,
    NEGATIVE_SIGNS,
    NEGATIVE_WORDS,
    NOUN_SPELLING_ENDINGS,
    PARTITIVE_WORDS,
    PERCENT_NOUN,
    PERCENT_WORDS,
    PREDICATE_AUXILIARIES,
    QUALIFIER_GAP_WORDS,
    QUALIFIER_INTERVALS,
    QUALIFIERS,
    RANGE_DASHES,
    RANGE_JOINERS,
    RANGE_OPENERS,
    RANGE_QUALIFIER,
    TEMPERATURE_CHANGE_NOUN,
    TEMPERATURE_CONTEXT_AFTER,
    TEMPERATURE_CONTEXT_BEFORE,
    TEMPERATURE_DIFFERENCE_WORDS,
    TEMPERATURE_NOUN,
    TEMPERATURE_SCALES,
    TOLL_FIGURE_MARKERS,
    TOLL_NOUN,
    UNIT_SPELLINGS,
)
from .candidates import NumberFact

#: Words after a figure searched for what it counts (the counted noun and its participle), and before it
#: ("a death toll of 40").
KIND_WINDOW_AFTER = 8
KIND_WINDOW_BEFORE = 6
_KIND_OF = {w: k for k, ws in COUNT_KINDS for w in ws}
WORD_RE = re.compile(r"[^\W\d_]+|\d[\d,.]*")


def _kind_at(words: Sequence[str], n: int, step: int) -> str:
    """The kind of ``words[n]`` (a count word), or the kind it makes with the count word two places away in
    direction ``step`` when a joiner stands between them ("killed or injured": casualties)."""
    kind = _KIND_OF[words[n]]
    m = n + 2 * step
    if 0 <= m < len(words) and words[n + step] in COUNT_KIND_JOINERS and words[m] in _KIND_OF:
        return JOINED_COUNT_KINDS.get(frozenset({kind, _KIND_OF[words[m]]}), kind)
    return kind


def toll_kind(before: Sequence[str]) -> str | None:
    """What a toll counts when the figure is the level it reached: "the death toll from the 6.9-magnitude
    quake that struck on September 30 has climbed to 26" counts the dead, however far the toll is from
    the figure and whatever figures stand between. ``before`` are the words before the figure."""
    if not before or before[-1] not in TOLL_FIGURE_MARKERS:
        return None
    for n in range(len(before) - 2, 0, -1):
        if before[n] in _KIND_OF:
            return None  # a count word nearer the figure than the toll says what it counts
        if before[n] == TOLL_NOUN:
            return _KIND_OF.get(before[n - 1])
    return None


def governing_kind(before: Sequence[str]) -> str | None:
    """The kind of the verb right before the figure, whose object it is: "militants killed three soldiers
    and wounded several others" counts three dead, whatever the words after the figure say."""
    return _KIND_OF.get(before[-1]) if before else None


#: Words a count word may stand after its auxiliary and still be the predicate ("were seriously injured").
PREDICATE_REACH = 2


def _predicate_at(words: Sequence[str]) -> int | None:
    """Where, in the words after a figure, the count word the counted noun is the subject of stands: the first
    count word right after a form of "be" or "have" (an adverb may stand between: "were seriously injured").
    "17 people evacuated from the plane were injured": "injured", not the participle "evacuated" that only
    modifies "people"."""
    for n, w in enumerate(words):
        if w in _KIND_OF and any(x in PREDICATE_AUXILIARIES for x in words[max(0, n - PREDICATE_REACH) : n]):
            return n
    return None


def _window_kind(low: str, at: int, fig: NumberFact, predicate: bool = False) -> str | None:
    """The kind read from the words right after the figure, up to the next figure, then from the words
    before it, back to the previous figure. With ``predicate``, a count word that is the predicate of the
    counted noun (``_predicate_at``) goes before one that only modifies it."""
    after: list[str] = []
    for w in WORD_RE.findall(low[at + len(fig.text) :])[: KIND_WINDOW_AFTER + 2]:  # + a joined kind
        if w[0].isdigit():
            break  # the next figure counts its own thing
        after.append(w)
    said = _predicate_at(after[:KIND_WINDOW_AFTER]) if predicate else None
    if said is not None:
        return _kind_at(after, said, 1)
    for n, w in enumerate(after[:KIND_WINDOW_AFTER]):
        if w in _KIND_OF:
            return _kind_at(after, n, 1)
    before: list[str] = []
    for w in reversed(WORD_RE.findall(low[:at])[-KIND_WINDOW_BEFORE:]):
        if w[0].isdigit():
            break  # the previous figure counts its own thing
        before.insert(0, w)
    for n in range(len(before) - 1, -1, -1):
        if before[n] in _KIND_OF:
            return _kind_at(before, n, -1)
    return None


def _said_kind(low: str, at: int, fig: NumberFact) -> str | None:
    """The kind of the word the parse makes the counted noun the subject or object of (``NumberFact.said``),
    joined with a count word after it ("had been killed or injured": casualties), or None."""
    if not fig.said or fig.said not in _KIND_OF:
        return None
    after = WORD_RE.findall(low[at + len(fig.text) :])[: KIND_WINDOW_AFTER + 2]
    if fig.said in after:
        return _kind_at(after, after.index(fig.said), 1)
    return _KIND_OF[fig.said]


def counted_kind(text: str, fig: NumberFact, predicate: bool = False) -> str | None:
    """What a figure counts in its mention ("dead", "injured", "affected", ...), or None when unknown.

    The level a toll reached ("the death toll ... rose to at least 69") counts what the toll counts, and
    the object of a count verb ("killed three") what the verb counts; otherwise read from the words right
    after the figure ("25 people were injured"), up to the next figure, then from the words before it,
    back to the previous figure ("a death toll of 40"). Two kinds
    joined ("killed or injured", "the number of killed or wounded") are one. A figure with a unit of
    measure ("10 kilometres", "a 6.9-magnitude quake") measures, never counts people: only a measure
    kind ("a depth of 10 kilometres") is its kind. With ``predicate`` (the conflicts' reading), what the
    counted noun is said to be ("17 people evacuated from the plane were injured": the injured) goes before
    a word that only modifies it: the word the parse makes it the subject or object of (``NumberFact.said``)
    when that word is a count word, else the words after it (``_predicate_at``); grouping reads without it.

    Read once per text and the figure's written form, noun and ``said`` (all it reads of the figure): wire copy
    repeats one sentence in many articles, and grouping, the conflicts and the rival figures each ask."""
    return _counted_kind(text, fig.text, fig.noun, fig.said, predicate)


@lru_cache(maxsize=1 << 16)
def _counted_kind(text: str, written: str, noun: str | None, said: str | None, predicate: bool) -> str | None:
    fig = NumberFact(0.0, "", noun, written, said)  # the parts of the figure ``counted_kind`` reads
    low = text.lower()
    at = low.find(fig.text.lower()) if fig.text else -1
    if at < 0:
        return None
    before = WORD_RE.findall(low[:at])
    said_kind = _said_kind(low, at, fig) if predicate else None
    kind = toll_kind(before) or said_kind or governing_kind(before) or _window_kind(low, at, fig, predicate)
    if kind is not None and fig.noun in MEASURE_NOUNS and kind not in MEASURE_KINDS:
        return None
    return kind


_NOT_THINGS = frozenset(CURRENCY_NOUNS.values()) | MEASURE_UNIT_NOUNS | GENERIC_COUNT_NOUNS | GENERAL_COUNT_NOUNS
_KIND_NAMES = frozenset(k for k, _ in COUNT_KINDS)


def one_spelling(noun: str) -> str:
    """A noun in one spelling of its ending (``NOUN_SPELLING_ENDINGS``): "centre" and "center" are one noun."""
    for written, common in NOUN_SPELLING_ENDINGS:
        if noun.endswith(written) and len(noun) > len(written) + 1:
            return noun[: -len(written)] + common
    return noun


def thing_counted(fig: NumberFact) -> str | None:
    """What a figure of no known kind counts, by its noun alone (in one spelling, ``one_spelling``): "36 ports" and
    "14 ports" are two figures of one count of ports, whatever verb or none the mention gives them ("it impacts 36
    ports" / "the strike affects some 24,000 workers and at 14 ports"). Not a unit of measure ("10 kilometres"), nor
    people in general ("2 people": of what?), nor a sum of money (counted by its currency)."""
    noun = fig.noun
    if noun is None or noun in _NOT_THINGS or noun in _KIND_NAMES:
        return None
    return one_spelling(noun)


def is_part(text: str, fig: NumberFact) -> bool:
    """The figure is a part of a larger count ("12 of them from Dorval", "nine of the dead"), not a count
    of its own."""
    low = text.lower()
    at = low.find(fig.text.lower()) if fig.text else -1
    if at < 0:
        return False
    nxt = WORD_RE.findall(low[at + len(fig.text) :])[:1]
    return bool(nxt) and nxt[0] in PARTITIVE_WORDS


def same_unit(a: str | None, b: str | None) -> bool:
    """Two figure nouns measure in one unit, or one of them names none: "kilometres" and "kilometers"."""
    if a is None or b is None:
        return True
    return UNIT_SPELLINGS.get(a, a) == UNIT_SPELLINGS.get(b, b)


def figure_bounds(x: NumberFact) -> tuple[float, float, bool, bool]:
    """The interval a figure allows: (low, high, low open, high open); a range allows its two ends."""
    ends = range_ends(x)
    if ends is not None:
        return ends[0], ends[1], False, False
    found = QUALIFIER_INTERVALS.get(x.qualifier)
    if found is None:
        return x.value, x.value, False, False
    lo, hi, lo_open, hi_open = found
    return x.value * lo, math.inf if hi is None else x.value * hi, lo_open, hi_open


def figures_compatible(x: NumberFact, y: NumberFact) -> bool:
    """Two reports of one count can both be true: "more than 1,000" and "about 1,200" can; "10,000" and
    "12,000" cannot, nor can "more than 3,000" and "nearly 3,000". Two figures of the same form at
    different values ("more than 10,000" / "more than 11,000") are different figures as reported; two ranges
    ("between 58% and 61%" / "59-60 percent") can both be true when they overlap."""
    if x.qualifier == y.qualifier and x.qualifier != RANGE_QUALIFIER:
        return x.value == y.value
    lo1, hi1, lo1_open, hi1_open = figure_bounds(x)
    lo2, hi2, lo2_open, hi2_open = figure_bounds(y)
    lo, lo_open = max((lo1, lo1_open), (lo2, lo2_open))
    hi, hi_closed = min((hi1, not hi1_open), (hi2, not hi2_open))
    if lo < hi:
        return True
    return lo == hi and not lo_open and hi_closed


_FIGURE = r"\d+(?:\.\d+)?"
_PERCENT_SIGN = "|".join(re.escape(w) for w in sorted(PERCENT_WORDS, key=len, reverse=True))
_JOINER = "|".join(re.escape(w) for w in RANGE_JOINERS)
_NOT_BEFORE_SIGN = re.escape("".join(NEGATIVE_SIGN_NOT_AFTER + NEGATIVE_SIGNS))
#: The sign of a figure, directly before it: a minus word ("minus 0.1"), or a dash or minus sign glued to the
#: figure that stands after no figure, word, percent sign, slash or plus ("-0.1%", not "58-60" nor "+/-1.5%").
_NEGATIVE = (
    rf"(?:\b(?:{'|'.join(re.escape(w) for w in NEGATIVE_WORDS)})\s+"
    rf"|(?<![\w{_NOT_BEFORE_SIGN}])(?:{'|'.join(re.escape(w) for w in NEGATIVE_SIGNS)})(?=\d))"
)
#: A figure with its sign, if any: "0.1", "-0.1", "minus 0.1".
_SIGNED = rf"(?:{_NEGATIVE})?{_FIGURE}"
_SIGNED_RE = re.compile(rf"(?P<neg>{_NEGATIVE})?(?P<fig>{_FIGURE})", re.IGNORECASE)
#: "26.6%", "58 percent", "minus 0.1 percent"; or a range "26.6% and 28.6%", "58-60 percent", "between -0.1% and
#: 0%" (the low end's percent sign optional).
_PERCENT_RE = re.compile(
    rf"(?<![\w.])(?P<low>{_SIGNED})(?:\s?(?:{_PERCENT_SIGN}))?\s?(?P<join>{_JOINER})\s?(?P<high>{_SIGNED})\s?(?:{_PERCENT_SIGN})"
    rf"|(?<![\w.])(?P<one>{_SIGNED})\s?(?:{_PERCENT_SIGN})(?!\w)",
    re.IGNORECASE,
)


def signed_value(written: str) -> float:
    """The value of a figure written with its sign, if any (``_SIGNED``): "minus 0.1" and "-0.1" are -0.1."""
    m = _SIGNED_RE.search(written)
    if m is None:
        raise ValueError(f"no figure in {written!r}")
    value = float(m.group("fig"))
    return -value if m.group("neg") else value


def qualifier_before(words: Sequence[str]) -> str:
    """The normalised qualifier the words before a figure end with ("more than", "around"), or ""; an article
    may stand between ("almost a 50% increase")."""
    if len(words) > 1 and words[-1] in QUALIFIER_GAP_WORDS:
        return qualifier_before(words[:-1]) or ""
    for phrase, norm in QUALIFIERS:
        if len(words) >= len(phrase) and tuple(words[-len(phrase) :]) == phrase:
            return norm
    return ""


def percentages(text: str) -> list[NumberFact]:
    """The percentages a mention gives, in the unit ``percent``: "more than 58%" is one figure qualified
    "more than"; a range ("between 26.6% and 28.6%", "58-60 percent", "from 4 to 6 percent") is one figure
    qualified RANGE_QUALIFIER whose ends ``range_ends`` reads back, so that "29%" falls outside it and "27%"
    inside. Two percentages joined without an opener ("fell 12% to 9%") are two figures."""
    out: list[NumberFact] = []
    for m in _PERCENT_RE.finditer(text):
        before = WORD_RE.findall(text[: m.start()].lower())[-3:]
        if m.group("one") is not None:
            out.append(NumberFact(signed_value(m.group("one")), qualifier_before(before), PERCENT_NOUN, m.group(0)))
            continue
        low, high = signed_value(m.group("low")), signed_value(m.group("high"))
        opener = before[-1] if before else ""
        if low < high and (m.group("join").lower() in RANGE_DASHES or opener in RANGE_OPENERS):
            out.append(NumberFact(low, RANGE_QUALIFIER, PERCENT_NOUN, m.group(0)))
            continue
        # not a range: two percentages side by side ("rose 9% to 12%" with no "from")
        cut_low, cut_high = m.start("join") - m.start(), m.end("join") - m.start()
        out.append(NumberFact(low, qualifier_before(before), PERCENT_NOUN, m.group(0)[:cut_low].strip()))
        out.append(NumberFact(high, "", PERCENT_NOUN, m.group(0)[cut_high:].strip()))
    return out


_ENDS_RE = re.compile(_SIGNED, re.IGNORECASE)


def range_ends(x: NumberFact) -> tuple[float, float] | None:
    """The two ends of a range figure ("between 26.6% and 28.6%" -> 26.6, 28.6; "between minus 0.1 and 0 percent"
    -> -0.1, 0), read back from its text with their signs; None for any other figure."""
    if x.qualifier != RANGE_QUALIFIER:
        return None
    ends = [signed_value(v) for v in _ENDS_RE.findall(x.text)]
    return (ends[0], ends[-1]) if len(ends) >= 2 else (x.value, x.value)


_DEGREE = "|".join(re.escape(w) for w in sorted(DEGREE_WORDS, key=len, reverse=True))
_SCALE_WORD = "|".join(re.escape(w) for w in sorted(TEMPERATURE_SCALES, key=len, reverse=True) if len(w) > 1)
_SCALE_LETTER = "|".join(re.escape(w) for w in sorted(TEMPERATURE_SCALES) if len(w) == 1)
#: "1.35 degrees Celsius", "2.43 °F", "0.06°C"; or a scale letter glued to the figure: "1.48C".
_TEMPERATURE_RE = re.compile(
    rf"(?<![\w.])(?P<v>-?{_FIGURE})(?:\s?(?:{_DEGREE})\s?(?P<s1>{_SCALE_WORD}|{_SCALE_LETTER})|(?P<s2>{_SCALE_LETTER}))(?!\w)",
    re.IGNORECASE,
)
#: Fahrenheit degrees per Celsius degree, and the freezing point in Fahrenheit.
_F_PER_C = 1.8
_F_FREEZING = 32.0


#: A clause mark: the words that say whether a temperature is a difference stand in its own clause.
_CLAUSE_END_RE = re.compile(r"[,;:\u2013\u2014]|\.(?!\d)")
#: A parenthesis right after a figure: the same figure in another scale, passed over to reach its words.
_PARENTHETICAL_RE = re.compile(r"^\s*\([^)]*\)")


def _clause_words(words: Sequence[str]) -> list[str]:
    """The words up to the next figure (which has its own words)."""
    out: list[str] = []
    for w in words:
        if w[0].isdigit():
            break
        out.append(w)
    return out


def temperatures(text: str) -> list[NumberFact]:
    """The temperatures a mention gives with their scale, in degrees Celsius so that "1.35 degrees Celsius"
    and "2.43 degrees Fahrenheit" above an average are one figure: a difference ("above", "warmer",
    "rose by": ``TEMPERATURE_DIFFERENCE_WORDS`` near it) converts without the freezing point, a level
    ("the average temperature was 14.98C") with it; the two are different units (nouns) and never compared.
    A figure given in both scales in one mention is one figure."""
    out: list[NumberFact] = []
    seen: set[tuple[float, str | None]] = set()
    for m in _TEMPERATURE_RE.finditer(text):
        scale = TEMPERATURE_SCALES[(m.group("s1") or m.group("s2")).lower()]
        before = WORD_RE.findall(text[: m.start()].lower())
        after = _PARENTHETICAL_RE.sub("", text[m.end() :].lower(), count=1)  # "(2.43 degrees Fahrenheit)"
        near = _clause_words(WORD_RE.findall(_CLAUSE_END_RE.split(after)[0]))
        near = near[:TEMPERATURE_CONTEXT_AFTER]
        near += _clause_words(WORD_RE.findall(_CLAUSE_END_RE.split(text[: m.start()].lower())[-1])[::-1])[
            :TEMPERATURE_CONTEXT_BEFORE
        ]
        change = any(w in TEMPERATURE_DIFFERENCE_WORDS for w in near)
        value = float(m.group("v"))
        if scale == "f":
            value = value / _F_PER_C if change else (value - _F_FREEZING) / _F_PER_C
        noun = TEMPERATURE_CHANGE_NOUN if change else TEMPERATURE_NOUN
        key = (round(value, 2), noun)
        if key in seen:
            continue  # "1.35 degrees Celsius (2.43 degrees Fahrenheit)": one figure in two scales
        seen.add(key)
        out.append(NumberFact(round(value, 2), qualifier_before(before[-3:]), noun, m.group(0)))
    return out
