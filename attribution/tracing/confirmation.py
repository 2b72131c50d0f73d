"""The confirmation gate: the last check before a claim is called ``independently-confirmed``.

The steps of :mod:`.independence` decide whether a claim has two origins that are distinct bodies carried by
articles that do not depend on each other. Rules over the words of origin names, chosen on the stories the team
had read, kept passing claims on new stories that were not confirmations at all (a large claim of loosely related
mentions whose origins "confirm" one another only through the chaining that grouped them). The gate asks
structural questions of the evidence itself, measured per claim (:class:`Evidence`):

- confirming pairs: two mentions, each carried by a different counted origin, in articles that do not depend on
  each other; how much the best one shares, whether the grouping's strict test joins them directly, whether a
  figure agrees;
- the claim's coherence (its mentions' mean word overlap two by two), size, counted and named origins, how
  closely a second origin says the printed statement;
- how many doubts the identity and dependence steps raised about its origins.

Which checks the verdict makes, and at what bar, ship as data (``attribution/data/confirmation/gate.json``),
chosen by ``scripts/fit_confirmation_gate.py`` leave-one-story-out over the real development stories (chosen on
all stories but one, judged on the one left out, pooled): a check ships only where it held up on stories it was
not chosen on (this round: at most two doubts; docs/evaluation.md, "Round eight"). A claim that fails the gate
keeps the cautious verdict (single-origin) with a doubt naming what was missing; one that passes says which
checks it passed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from functools import lru_cache
from typing import Any

from ..errors import AttributionError
from ..lang.en import confirmation as cx
from ..lang.en import marks
from ..packaged import damaged, read_json
from .cluster import _features as cluster_features
from .cluster import figure_relation, similar
from .conflicts import MentionRecord
from .statement import statement_record

#: The features a gate rule may test, each with the direction that makes confirmation more credible
#: (``min``: the value must be at least the bar; ``max``: at most).
FEATURES = {
    "best_pair": "min",
    "pair_words": "min",
    "coherence": "min",
    "mentions": "max",
    "origins": "min",
    "named": "min",
    "carried_share": "min",
    "doubts": "max",
    "strict_pairs": "min",
    "figure_pairs": "min",
    "core": "min",
    "pairs": "min",
}

#: The features read from the confirming pairs: the one measurement that grows as the square of a claim's
#: distinct wordings (2.7 million pair tests, 70% of the cross-article stage, at 1,000 benchmark articles), so it
#: is taken only when a rule of the gate in force, or the fitting script, reads them (``pairs_wanted``).
PAIR_FEATURES = frozenset({"best_pair", "pair_words", "strict_pairs", "figure_pairs", "pairs"})

#: The shipped gate, inside the package.
GATE_DATA = "data/confirmation/gate.json"

#: Mentions compared pairwise for the coherence at most (the first ones by position): bounds the cost on a
#: claim carried by thousands of copies; the figure is a mean, so a sample of this size is plenty.
MAX_COHERENCE_MENTIONS = 60


@dataclass(slots=True, frozen=True)
class Evidence:
    """What a claim's confirmation rests on, measured on its mentions (every share between 0 and 1)."""

    #: mentions in the claim's group
    mentions: int
    #: distinct articles carrying it
    articles: int
    #: origins counted as distinct and independent by the identity and dependence steps
    origins: int
    #: of those, the ones with a proper name (a capitalised word that is not a description's head)
    named: int
    #: the best confirming pair: the highest word overlap (Dice over content keys) between a mention of one
    #: counted origin and a mention of another, in articles that do not depend on each other
    best_pair: float
    #: the content keys that best pair shares
    pair_words: int
    #: mean word overlap (Dice) of the group's mentions two by two
    coherence: float
    #: share of the group's mentions carried by a counted origin
    carried_share: float
    #: doubts the identity and dependence steps raised (the line saying every origin is part of one
    #: institution is a signal, not a doubt: it is not counted)
    doubts: int
    #: confirming pairs the grouping's strict test joins directly
    strict_pairs: int = 0
    #: confirming pairs that give an agreeing figure
    figure_pairs: int = 0
    #: how closely the second-closest counted origin says the claim's statement: each counted origin's
    #: closest mention to the mention the statement is drawn from (Dice; 1 for the statement's own origin),
    #: the second highest of them (two origins must say what the reader is shown)
    core: float = 0.0
    #: confirming pairs: two mentions, each carried by a different counted origin, in articles of different
    #: dependence groups (copies of one wording counted once); none means no two independent articles carry
    #: two of the origins, whatever else the claim shows
    pairs: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


@dataclass(slots=True, frozen=True)
class Rule:
    """One check of the gate: a feature and its bar (``min``: at least; ``max``: at most)."""

    feature: str
    bar: float
    direction: str

    def passes(self, ev: Evidence) -> bool:
        value = float(getattr(ev, self.feature))
        return value >= self.bar if self.direction == "min" else value <= self.bar


@dataclass(slots=True, frozen=True)
class Gate:
    """The checks a confirmation must pass, all of them (an empty gate passes everything)."""

    rules: tuple[Rule, ...] = ()

    def failed(self, ev: Evidence) -> list[Rule]:
        """The checks the evidence fails. The checks that read no confirming pair come first: when one of them
        fails, the pair checks are not read (the pairs of such a claim are not measured, see :func:`measure`),
        so a claim's doubts name only checks it was actually measured against."""
        cheap = [r for r in self.rules if r.feature not in PAIR_FEATURES and not r.passes(ev)]
        if cheap:
            return cheap
        return [r for r in self.rules if r.feature in PAIR_FEATURES and not r.passes(ev)]

    @staticmethod
    def from_data(data: dict[str, Any]) -> Gate:
        rules = []
        for item in data.get("rules", []):
            feature = str(item["feature"])
            if feature not in FEATURES:
                raise AttributionError(f"unknown feature {feature!r} in the confirmation gate", path=GATE_DATA)
            rules.append(Rule(feature, float(item["bar"]), str(item.get("direction", FEATURES[feature]))))
        return Gate(tuple(rules))


@lru_cache(maxsize=1)
def default_gate() -> Gate:
    """The gate shipped with the package (``attribution/data/confirmation/gate.json``)."""
    data = read_json(GATE_DATA)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):  # an empty list is a gate; none is not
        raise damaged(GATE_DATA, 'no "rules" list')
    try:
        return Gate.from_data(data)
    except (AttributeError, KeyError, TypeError, ValueError) as err:
        raise damaged(GATE_DATA, f"{type(err).__name__}: {err}") from None


#: Set by ``scripts/fit_confirmation_gate.py`` only: called with each claim's mentions and its evidence
#: wherever a claim reaches the gate, so the fitting script can label the evidence against gold stories.
RECORDER: Callable[[Sequence[MentionRecord], Evidence, Sequence[Pair]], None] | None = None
#: Set by the fitting script only: the gate to apply instead of the shipped one (an empty gate to measure
#: the verdicts before any gate).
OVERRIDE: Gate | None = None


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def proper_name(name: str, plain_heads: frozenset[str]) -> bool:
    """A name with a proper word: a capitalised word that is not a description's head, and not the capital
    opening a phrase whose other words are all lower case ("Harbour master" and "Officials" are not names;
    "Veltra" and "Northfield County Police" are). A word shape: measured, never searched by the fitting script."""
    words = [w for w in name.replace("-", " ").split() if w]
    for n, w in enumerate(words):
        if not w[:1].isupper():
            continue
        low = w.lower().strip(".," + marks.APOSTROPHES)
        if low in plain_heads or low.rstrip("s") in plain_heads or low in cx.NOT_A_NAME:
            continue
        if n == 0 and len(words) > 1 and all(not x[:1].isupper() for x in words[1:]):
            continue  # "Officials familiar with ..." opening a sentence: the capital is the sentence's
        return True
    return False


@dataclass(slots=True, frozen=True)
class Pair:
    """Two mentions of a claim carried by different counted origins, in articles that do not depend on each
    other: ``i`` and ``j`` index the claim's mentions."""

    i: int
    j: int
    #: word overlap (Dice over content keys)
    dice: float
    #: content keys shared
    shared: int
    #: both give a figure and a figure agrees
    figure: bool
    #: the grouping's own strict test (no chaining, no loose pass) joins them directly
    strict: bool


def confirming_pairs(
    records: Sequence[MentionRecord],
    counted: Sequence[str],
    unit_of: Callable[[str], str],
    group_of: dict[str, int],
) -> list[Pair]:
    """Every pair of the claim's mentions that could confirm each other: each carried by a counted origin, not
    both by one and the same, in two articles of different dependence groups."""
    keys = [frozenset(r.cand.lemmas) for r in records]
    wanted = set(counted)
    units_of = [{unit_of(o) for o in r.origins} & wanted for r in records]
    # copies (one wording, one origin, one dependence group) are compared once: a claim carried by thousands
    # of copies of one story costs what its distinct wordings cost
    firsts: dict[tuple[frozenset[str], frozenset[str], int], int] = {}
    for n, r in enumerate(records):
        if units_of[n]:
            firsts.setdefault((frozenset(units_of[n]), keys[n], group_of.get(r.article, -1 - n)), n)
    kept = sorted(firsts.values())
    feats: list[Any] | None = None
    out = []
    for x, i in enumerate(kept):
        ri = records[i]
        for j in kept[x + 1 :]:
            rj = records[j]
            if len(units_of[i] | units_of[j]) < 2:
                continue  # both carried by one and the same origin: no confirmation
            ai, aj = ri.article, rj.article
            if ai == aj or (ai in group_of and group_of.get(ai) == group_of.get(aj)):
                continue
            if feats is None:
                feats = cluster_features([r.cand for r in records])[0]
            a, b = keys[i], keys[j]
            out.append(
                Pair(
                    i=i,
                    j=j,
                    dice=round(_dice(a, b), 4),
                    shared=len(a & b),
                    figure=figure_relation(ri.cand.numbers, rj.cand.numbers) > 0,
                    strict=similar(feats[i], feats[j]),
                )
            )
    return out


def measure(
    records: Sequence[MentionRecord],
    counted: Sequence[str],
    unit_of: Callable[[str], str],
    names: Callable[[str], str],
    group_of: dict[str, int],
    plain_heads: frozenset[str],
    doubts: int,
) -> tuple[Evidence, list[Pair]]:
    """The evidence of one claim: ``records`` its mentions, ``counted`` the origins (units) counted as
    distinct and independent, ``unit_of`` the unit an origin id counts as, ``group_of`` each article's
    dependence group. Returns the evidence and the confirming pairs it was read from."""
    ev = _evidence(records, counted, unit_of, names, plain_heads, doubts)
    # the pairs grow as the square of a claim's distinct wordings: measured only when a check of the gate in
    # force reads them and the claim passed every other check (or for the fitting script, which reads all)
    if not pairs_wanted() or (RECORDER is None and any(not r.passes(ev) for r in _cheap_rules())):
        return ev, []
    pairs = confirming_pairs(records, counted, unit_of, group_of)
    best = max(pairs, key=lambda p: (p.dice, p.shared), default=None)
    ev = replace(
        ev,
        best_pair=best.dice if best else 0.0,
        pair_words=best.shared if best else 0,
        strict_pairs=sum(1 for p in pairs if p.strict),
        figure_pairs=sum(1 for p in pairs if p.figure),
        pairs=len(pairs),
    )
    return ev, pairs


def _cheap_rules() -> list[Rule]:
    return [r for r in gate_rules() if r.feature not in PAIR_FEATURES]


def _evidence(
    records: Sequence[MentionRecord],
    counted: Sequence[str],
    unit_of: Callable[[str], str],
    names: Callable[[str], str],
    plain_heads: frozenset[str],
    doubts: int,
) -> Evidence:
    """The evidence read without the confirming pairs (their features 0)."""
    keys = [frozenset(r.cand.lemmas) for r in records]
    sample = keys[:MAX_COHERENCE_MENTIONS]
    sims = [_dice(a, b) for n, a in enumerate(sample) for b in sample[n + 1 :]]
    wanted = set(counted)
    carried = sum(1 for r in records if {unit_of(o) for o in r.origins} & wanted)
    central = statement_record(records)
    ck = frozenset(central.cand.lemmas)
    closest: dict[str, float] = {}
    for r, k in zip(records, keys, strict=True):
        d = 1.0 if r is central else _dice(ck, k)
        for u in {unit_of(o) for o in r.origins} & wanted:
            closest[u] = max(closest.get(u, 0.0), d)
    ranked = sorted(closest.values(), reverse=True)
    return Evidence(
        mentions=len(records),
        articles=len({r.article for r in records}),
        origins=len(counted),
        named=sum(1 for u in counted if proper_name(names(u), plain_heads)),
        best_pair=0.0,
        pair_words=0,
        coherence=round(sum(sims) / len(sims), 4) if sims else 1.0,
        carried_share=round(carried / len(records), 4) if records else 0.0,
        doubts=doubts,
        core=round(ranked[1], 4) if len(ranked) >= 2 else 0.0,
    )


def check(records: Sequence[MentionRecord], ev: Evidence, pairs: Sequence[Pair] = ()) -> list[Rule]:
    """The rules of the gate in force that the claim's evidence fails (none: it may be called confirmed)."""
    if RECORDER is not None:
        RECORDER(records, ev, pairs)
    gate = OVERRIDE if OVERRIDE is not None else default_gate()
    return gate.failed(ev)


def doubt_line(rule: Rule, ev: Evidence) -> str:
    """The plain-words doubt of a failed rule."""
    value = _shown(rule.feature, getattr(ev, rule.feature))
    return cx.FAILED[rule.feature].format(value=value, bar=_shown(rule.feature, rule.bar, rule.direction))


def evidence_line(gate_rules: Sequence[Rule], ev: Evidence) -> str | None:
    """The plain-words evidence that the claim passed the gate's checks (None for an empty gate)."""
    if not gate_rules:
        return None
    passed = "; ".join(
        cx.PASSED[r.feature].format(
            value=_shown(r.feature, getattr(ev, r.feature)), bar=_shown(r.feature, r.bar, r.direction)
        )
        for r in gate_rules
    )
    return cx.GATE_PASSED.format(checks=passed)


def _shown(feature: str, value: float, direction: str | None = None) -> str:
    """A figure as a reader sees it: a count as a whole number (a bar rounded to the count it allows), a share
    with two decimals."""
    if feature not in _COUNTS:
        return f"{float(value):.2f}"
    if direction == "min":
        return str(math.ceil(value))
    return str(math.floor(value))


#: The features that count things (their type is int), shown as whole numbers.
_COUNTS = frozenset(f.name for f in fields(Evidence) if f.type in (int, "int"))


def pairs_wanted() -> bool:
    """Whether the confirming pairs must be measured: the fitting script records every feature; a run reads
    only the features of the gate in force (the pair features of a claim whose gate reads none stay 0)."""
    return RECORDER is not None or any(r.feature in PAIR_FEATURES for r in gate_rules())


def gate_rules() -> tuple[Rule, ...]:
    gate = OVERRIDE if OVERRIDE is not None else default_gate()
    return gate.rules
