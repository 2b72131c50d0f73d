"""Grouping mentions into claims: blocking on rare keys, pairwise test inside blocks, union-find.

Two mentions state the same proposition when their main events agree (predicate
classes: "captured" / "taken prisoner"), their figures agree (3,000 ~ "over 3000")
and their content overlaps enough (IDF-weighted Dice over synonym-mapped lemmas,
entities and predicate classes). Mentions are only compared inside blocks that
share a rare key (a predicate class, a figure's magnitude bucket, a rare entity,
a pair of rare lemmas); a block too big for all pairs is sorted by content and
compared in a sliding window, so the work grows about linearly with the corpus.

A looser second pass (``cluster_mentions`` with ``may_join``) joins the strict groups on weaker
evidence where the join changes nothing a fact-checker is told; groups resting on the same origins
meet there in blocks of their own and join by average linkage over ``affinity`` (round eight).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..lang.en import marks
from ..lang.en.events import COUNT_COMPATIBLE_EVENTS
from ..lang.en.grouping import FRAMING_WORDS, MODAL_MARKERS
from ..lang.en.numbers import CURRENCY_NOUNS
from .candidates import MentionCandidate, NumberFact
from .counts import counted_kind, figure_bounds, figures_compatible, percentages
from .fingerprint import words

#: Dice overlap two mentions need to join (no shared figure, same main event or none).
BASE_THRESHOLD = 0.34
#: A shared compatible figure is strong evidence: lower the bar.
FIGURE_BONUS = 0.1
#: One mention gives a figure and the other none: a count and a description differ.
FIGURE_ONE_SIDED_PENALTY = 0.4
#: Both mentions have the same main event ("fake identities" / "fake identification"): lower the bar a little.
MAIN_EVENT_BONUS = 0.04
#: Different modality (a hypothetical "could benefit" against a report of fact) raises the bar.
MODALITY_PENALTY = 0.08
#: Framing words that make a different proposition of the same event: "the first captured" is a
#: claim of its own next to "captured".
FRAMING_MARKERS = FRAMING_WORDS | frozenset({"<generic>", "<where>", "<series>", "<evaluation>", "<directive>"})
# "<generic>": the event only as a possibility or goal ("it is better to capture them"), never the
# report that it happened; "<where>": a statement of where an event took place (its own claim);
# "<series>": "the first of many", a prediction that more will follow; "<evaluation>" and
# "<directive>": a speaker judging or urging something (candidates.EVALUATION_MARKER).

#: Weight of a key met only in a side clause or cause phrase of the mention (see
#: ``MentionCandidate.side``): "soldiers operating as mixed units in airborne forces have suffered
#: severe losses due to attacks" is about the losses; the units and the attacks say less.
SIDE_WEIGHT = 0.5

#: Words a direct quote needs before quoting it word for word makes two mentions one statement.
MIN_QUOTE_WORDS = 4

#: Figure nouns of sums of money (candidates' currency signs and NOUN_SYNONYMS).
MONEY_NOUNS = frozenset(CURRENCY_NOUNS.values())

#: Figures agree when within this ratio (3,000 vs "nearly 3,000"; 1,000 vs 1,100; 11,000 vs 12,000).
FIGURE_RATIO = 1.25
#: Two percentages this many points apart or closer are one figure, perhaps changed on its way (``percent_relation``).
PERCENT_POINTS = 2.0
#: Figures below this are too common ("two soldiers") to key a block.
MIN_BLOCK_FIGURE = 10.0
#: Width of a figure bucket in log10 units; two offset grids catch neighbours.
BUCKET_WIDTH = 0.2
#: Blocks larger than this are compared in a sliding window of WINDOW neighbours.
MAX_BLOCK = 48
WINDOW = 5
#: Keys in more than this share of mentions are too common to block on.
MAX_KEY_SHARE = 0.2
#: Rare words whose pairs key a mention's blocks (the strict pass).
RARE_WORDS = 4
#: The second, looser pass (``cluster_mentions`` with ``may_join``): pairs of more rare words meet,
#: and the Dice bar is this much lower. Its joins are checked by the caller (see ``claims.build_claims``:
#: a loose join may not change what either claim rests on).
LOOSE_RARE_WORDS = 6
LOOSE_SLACK = 0.05

#: The loose pass also meets the mentions that rest on the same origins (one block per origin set), and
#: two groups resting on the same origins join when the mean affinity of their pairs (``affinity``: the
#: Dice as a share of its bar, each pair capped at AFFINITY_CAP, no pair vetoed) reaches SAME_ORIGIN_BAR:
#: such a join cannot make a confirmation (one origin either way), so weaker word evidence may make it.
#: Chosen leaving one story out on the 18 development stories (docs/evaluation.md, "Round eight:
#: grouping"); None turns it off.
SAME_ORIGIN_BAR: float | None = 0.3
AFFINITY_CAP = 1.5

#: Rule ``pooled-origins-need-a-direct-pair``: the strict pass joins two groups through one close pair (single
#: linkage), so a chain through the outlets' own words (A, from one source ~ B, unattributed ~ C, from another) can make
#: one claim of two sources' different statements and count them as two origins of one fact (the regulator's grounding
#: order and the airline's grounding of its own fleet, both near "the planes were grounded"). When the two groups rest
#: on origins that share none, the join pools them, and it needs an attributed mention of one side that states the same
#: proposition (``similar``) as an attributed mention of the other: two sources are compared directly before they may
#: confirm each other. Joins within shared origins, or of a group with no origin, are the single linkage's as before.
#: Off by default: on the 42 development stories it raises the purity of confirmed claims from .650 to .892 but
#: removes two confirmations that were right only through the pooled statement (Key Bridge's crew on the bridge, the
#: fourth probe's evacuation, whose own second origin the independence step discounts), which takes the fourth probe's
#: verdict under its floor (docs/evaluation.md, "Round sixteen: coherent claims"). True turns it on.
DIRECT_PAIR_FOR_POOLING = False
#: At most this many attributed mentions of each side are compared (the first by index): the check stays bounded.
DIRECT_PAIR_SIDE = 48

#: ``may_join(a, b)``: whether the mentions of two groups (flat indexes) may become one claim.
JoinCheck = Callable[[list[int], list[int]], bool]


@dataclass(slots=True)
class ClusterStats:
    mentions: int = 0
    blocks: int = 0
    comparisons: int = 0
    unions: int = 0
    #: joins made by the looser second pass (counted in ``unions`` too)
    loose_unions: int = 0


@dataclass(slots=True)
class _Feat:
    keys: dict[str, float]
    weight: float
    main: frozenset[str]
    numbers: list[NumberFact] = field(default_factory=list)
    framing: frozenset[str] = frozenset()
    modal: bool = False
    #: the quoted passages: the whole text of a direct quote, and the passages in quotation marks
    #: inside a paraphrase ('called it "cronyism of the worst kind"'), lowercased and space-joined
    quotes: tuple[str, ...] = ()
    #: the mention's one figure and what it counts ("more than 150 people were injured": the injured),
    #: when it gives exactly one figure and the words say what it counts (see ``same_count``)
    count: tuple[str, NumberFact] | None = None
    #: the places the mention asserts
    places: frozenset[str] = frozenset()
    #: the percentages the mention gives ("51% of the vote"; ``counts.percentages``), which ``numbers`` leaves out
    percents: tuple[NumberFact, ...] = ()


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra  # smallest index is the root: deterministic
        return ra


def figure_relation(a: Sequence[NumberFact], b: Sequence[NumberFact]) -> int:
    """+1 a figure agrees, -1 figures of the same thing disagree, 0 nothing to compare."""
    sa = [x for x in a if x.value >= MIN_BLOCK_FIGURE]
    sb = [x for x in b if x.value >= MIN_BLOCK_FIGURE]
    if not sa or not sb:
        return 0
    clash = False
    ys = [(y.noun, y.value) for y in sb]
    for x in sa:
        xn, xv = x.noun, x.value
        for yn, yv in ys:  # the pairs of two long lists of figures: plain comparisons, no calls
            if xn is not None and yn is not None and xn != yn:
                continue
            hi, lo = (xv, yv) if xv >= yv else (yv, xv)
            if lo > 0 and hi / lo <= FIGURE_RATIO:
                return 1
            clash = True
    return -1 if clash else 0


def percent_relation(a: Sequence[NumberFact], b: Sequence[NumberFact]) -> int:
    """Rule ``percentages-disagree``: the percentages two mentions give (``counts.percentages``, which
    ``MentionCandidate.numbers`` leaves out), compared only with percentages: +1 when one of each side lies within
    PERCENT_POINTS of the other (their intervals, ``counts.figure_bounds``: "51%" / "51.2 percent", "between 33.1%
    and 35.4%" / "36.2%": one figure, perhaps changed on its way, which the conflicts then list), -1 when both give
    percentages and none does ("Maduro won 51% of the vote" / "Gonzalez won 70% of the vote": two facts), 0 when a
    side gives none. Points, not a ratio as for counts: a share of a whole is bounded, and 70% and 80% are as far
    apart as 10% and 20%."""
    if not a or not b:
        return 0
    for x in a:
        lo1, hi1, _, _ = figure_bounds(x)
        for y in b:
            lo2, hi2, _, _ = figure_bounds(y)
            if max(lo2 - hi1, lo1 - hi2) <= PERCENT_POINTS:
                return 1
    return -1


def figure_buckets(value: float) -> list[tuple[int, int]]:
    if value < MIN_BLOCK_FIGURE:
        return []
    x = math.log10(value) / BUCKET_WIDTH
    return [(0, math.floor(x)), (1, math.floor(x + 0.5))]


def _features(mentions: Sequence[MentionCandidate]) -> tuple[list[_Feat], dict[str, int]]:
    df: dict[str, int] = {}
    all_keys = []
    for m in mentions:
        # a figure is content too: "3,000 killed" says more than "heavy casualties"
        # a sum of money names the thing ("a GBP 48m contract") more than it states what happened to it
        counts = [x for x in m.numbers if x.noun not in MONEY_NOUNS]
        ks = [*m.lemmas, *sorted({f"={b}" for x in counts for g, b in figure_buckets(x.value) if g == 0})]
        all_keys.append(ks)
        for k in ks:
            df[k] = df.get(k, 0) + 1
    n = max(len(mentions), 1)
    feats = []
    for m, ks in zip(mentions, all_keys, strict=True):
        keys = {}
        side = set(m.side)
        for k in ks:
            w = math.log(1.0 + n / df[k])
            if k.startswith(("~", "=")):
                w *= 1.5  # the event and its figure weigh more than its participants
            if k in side:
                w *= SIDE_WEIGHT
            keys[k] = w
        feats.append(
            _Feat(
                keys=keys,
                weight=sum(keys.values()),
                main=frozenset(m.main_predicates),
                numbers=m.numbers,
                framing=frozenset(m.markers) & FRAMING_MARKERS,
                modal=bool(set(m.markers) & MODAL_MARKERS),
                quotes=tuple(" ".join(q) for q in quoted_passages(m)),
                count=_the_count(m),
                places=frozenset(p for p, asserted in m.places if asserted and p != "?"),
                percents=tuple(percentages(m.text)),
            )
        )
    return feats, df


def _the_count(m: MentionCandidate) -> tuple[str, NumberFact] | None:
    """The mention's only figure (not a sum of money) and what it counts, when the words say."""
    big = [x for x in m.numbers if x.value >= MIN_BLOCK_FIGURE and x.noun not in MONEY_NOUNS]
    if len(big) != 1:
        return None  # no figure, or several ("53 deaths and 154 injured"): no one count to compare
    kind = counted_kind(m.text, big[0])
    return (kind, big[0]) if kind is not None else None


def same_count(a: _Feat, b: _Feat) -> bool:
    """Same event class and the same counted thing at a figure both can hold: "the number of injured
    stood at 186" and "more than 150 people were injured" report one count, whatever else their words
    share. Not across a modal ("could rise to"), nor when the two assert different places."""
    if a.count is None or b.count is None or not (a.main & b.main) or a.modal != b.modal:
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    (ka, xa), (kb, xb) = a.count, b.count
    return ka == kb and figures_compatible(xa, xb)


_LD, _RD, _SD = marks.LEFT_DOUBLE, marks.RIGHT_DOUBLE, re.escape(marks.STRAIGHT_DOUBLE)
_LS, _RS, _SS = marks.LEFT_SINGLE, marks.RIGHT_SINGLE, marks.STRAIGHT_SINGLE

#: Passages in quotation marks: curly or straight double quotes, curly single quotes, and straight
#: single quotes not inside a word (so "Acme's" is no quote mark).
_QUOTED_RE = re.compile(
    rf"[{_LD}{_SD}]([^{_RD}{_SD}]+)[{_RD}{_SD}]|{_LS}([^{_RS}]+){_RS}|(?<!\w){_SS}([^{_SS}]+){_SS}(?!\w)"
)


def quoted_passages(m: MentionCandidate) -> list[list[str]]:
    """The words of each quoted passage of a mention with at least MIN_QUOTE_WORDS words: the whole
    text of a direct quote, or the passages in quotation marks inside a paraphrase."""
    found = [words(m.text)] if m.direct else []
    found += [words(next(g for g in q.groups() if g)) for q in _QUOTED_RE.finditer(m.text)]
    return [w for w in found if len(w) >= MIN_QUOTE_WORDS]


def _same_quote(a: _Feat, b: _Feat) -> bool:
    """One quoted passage holds the other word for word ("We could hardly breathe" in "We could hardly
    breathe. The children were coughing"; 'called it "cronyism of the worst kind"'): the same words
    quoted are the same statement."""
    for x in a.quotes:
        for y in b.quotes:
            short, long_ = (x, y) if len(x) <= len(y) else (y, x)
            if f" {short} " in f" {long_} ":
                return True
    return False


def events_agree(a_main: frozenset[str], b_main: frozenset[str], counted: bool) -> bool:
    """Main events are compatible: none given, one shared, or (when both give a figure) the same
    count under two wordings ("40 killed" / "nearly 50 died")."""
    if not a_main or not b_main or a_main & b_main:
        return True
    return counted and (a_main | b_main) <= COUNT_COMPATIBLE_EVENTS


def _counts(f: _Feat) -> bool:
    return any(x.value >= MIN_BLOCK_FIGURE for x in f.numbers)


def similar(a: _Feat, b: _Feat, slack: float = 0.0) -> bool:
    """Two mentions state the same proposition; ``slack`` lowers the Dice bar (the loose pass)."""
    found = _dice_and_bar(a, b)
    return found is not None and found[0] >= found[1] - slack


def _figures_unless_vetoed(a: _Feat, b: _Feat) -> int | None:
    """None when the two mentions cannot state one proposition: different main events (the capture is
    not the death), a framing word on one side only ("the first captured" is not "captured"), figures
    of one count that disagree, or percentages none of which agree (rule ``percentages-disagree``); else
    ``figure_relation`` of their figures, or +1 when a percentage agrees (``percent_relation``): 0 or +1. The same
    words quoted on both sides (``_same_quote``) are one statement whatever framing word the longer quote's other
    sentences carry (rule ``same-quote-over-framing``); different events and figures still veto."""
    if not events_agree(a.main, b.main, _counts(a) and _counts(b)):
        return None
    if a.framing != b.framing and not _same_quote(a, b):
        return None
    fig = figure_relation(a.numbers, b.numbers)
    pct = percent_relation(a.percents, b.percents)
    if fig < 0 or pct < 0:
        return None
    return max(fig, pct)


def _vetoed(a: _Feat, b: _Feat) -> bool:
    """A veto keeps the two mentions apart whatever their words (``_figures_unless_vetoed``)."""
    return _figures_unless_vetoed(a, b) is None


def affinity(a: _Feat, b: _Feat) -> float | None:
    """How close two mentions come to stating one proposition: None when a veto keeps them apart
    (``_vetoed``), 1.0 or more when the strict rule joins them (the same quoted words, the same count, or
    a weighted Dice at or over its bar), else the Dice as a share of its bar."""
    found = _dice_and_bar(a, b)
    if found is None:
        return None
    dice, bar = found
    return dice / bar if bar > 0 else 1.0


def weighted_dice(a: _Feat, b: _Feat, common: Iterable[str]) -> float:
    """The Dice of two mentions' weighted keys over the keys they share (``common``, not empty). Summed with
    ``math.fsum``: the shared keys are a set, whose order follows the run's string hashing, and a plain sum's last
    bit would follow it too; fsum is exact whatever the order, so the same input gives the same bytes."""
    shared = math.fsum(a.keys[k] + b.keys[k] for k in common) / 2  # symmetric: a side key weighs less on one side
    return 2.0 * shared / (a.weight + b.weight)


def _dice_and_bar(a: _Feat, b: _Feat) -> tuple[float, float] | None:
    """The pair's weighted Dice and the bar it must reach to join (None: vetoed). The same quoted words
    or the same count join whatever the words: Dice 1, bar 0."""
    fig = _figures_unless_vetoed(a, b)
    if fig is None:
        return None
    if _same_quote(a, b) or same_count(a, b):
        return 1.0, 0.0
    if not a.weight or not b.weight:
        return 0.0, BASE_THRESHOLD
    common = a.keys.keys() & b.keys.keys()
    if not common:
        return 0.0, BASE_THRESHOLD
    dice = weighted_dice(a, b, common)
    threshold = BASE_THRESHOLD
    participants = any(k[0] not in "~=" for k in common)
    if fig > 0 and participants:
        threshold -= FIGURE_BONUS  # same figure about the same participants
    else:
        has_a = any(x.value >= MIN_BLOCK_FIGURE for x in a.numbers)
        has_b = any(x.value >= MIN_BLOCK_FIGURE for x in b.numbers)
        if has_a != has_b:
            threshold += FIGURE_ONE_SIDED_PENALTY
    if a.modal != b.modal:
        threshold += MODALITY_PENALTY
    if a.main and a.main == b.main and participants:
        threshold -= MAIN_EVENT_BONUS  # the same main event: the wording around it may vary more
    return dice, threshold


def _block_keys(
    m: MentionCandidate, quotes: tuple[str, ...], df: dict[str, int], max_df: float, rare_words: int = RARE_WORDS
) -> list[tuple[object, ...]]:
    keys: list[tuple[object, ...]] = []
    for p in m.main_predicates or m.predicates:
        keys.append(("p", p))
    for x in m.numbers:
        for grid, b in figure_buckets(x.value):
            keys.append(("n", grid, b))
    # every run of MIN_QUOTE_WORDS quoted words: a passage quoted inside a longer quote meets it
    for quote in quotes:
        qw = quote.split()
        keys.extend(("q", " ".join(qw[k : k + MIN_QUOTE_WORDS])) for k in range(len(qw) - MIN_QUOTE_WORDS + 1))
    by_rarity = sorted((k for k in m.lemmas if not k.startswith("~") and df[k] > 1), key=lambda k: (df[k], k))
    rare = [k for k in by_rarity if df[k] <= max_df][:rare_words]
    if len(rare) < 2 and not keys:
        # a short statement with no event, figure or quote and at most one rare word ("2023 was the
        # hottest year ever recorded", where "hot" is the story's own word) would meet no other
        # mention: it meets those sharing two of its words, however common the words
        rare = by_rarity[:rare_words]
    for i in range(len(rare)):
        for j in range(i + 1, len(rare)):
            keys.append(("l", rare[i], rare[j]))
    return keys


_EVERY_PAIR: dict[int, tuple[np.ndarray, np.ndarray]] = {}


class _Meetings:
    """The pairs of mentions blocks offer, in order: every pair of a block (``every_pair``, first by first
    member) or each mention with the next ``width`` (``window``). ``first_meetings`` gives each pair once, where
    it is first met, in order: a pair met again is never compared again, so the clustering reads the same pairs
    in the same order as comparing block by block with a set of the pairs compared, at a fraction of the cost
    (wire copy makes blocks share most of their pairs). The meetings are kept a million or so at a time: each
    batch is cut to the pairs not met before (``_flush``), so memory follows the distinct pairs."""

    def __init__(self, count: int) -> None:
        self.count = max(count, 1)
        self.firsts: list[np.ndarray] = []
        self.seconds: list[np.ndarray] = []
        self.pending = 0
        self.kept_firsts: list[np.ndarray] = []
        self.kept_seconds: list[np.ndarray] = []
        self.met = np.empty(0, dtype=np.int64)  # the codes of the pairs kept so far, sorted

    def every_pair(self, members: list[int]) -> None:
        m = len(members)
        if m not in _EVERY_PAIR:
            _EVERY_PAIR[m] = np.triu_indices(m, 1)
        x, y = _EVERY_PAIR[m]
        arr = np.asarray(members, dtype=np.int64)
        self._add(arr[x], arr[y])

    def window(self, ordered: list[int], width: int) -> None:
        n = len(ordered)
        # position a meets a + 1 .. a + width (within the block), a by a
        counts = np.minimum(width, n - 1 - np.arange(n))
        x = np.repeat(np.arange(n), counts)
        y = x + 1 + np.arange(len(x)) - np.repeat(np.cumsum(counts) - counts, counts)
        arr = np.asarray(ordered, dtype=np.int64)
        self._add(arr[x], arr[y])

    def _add(self, a: np.ndarray, b: np.ndarray) -> None:
        self.firsts.append(a)
        self.seconds.append(b)
        self.pending += len(a)
        if self.pending >= _MEETINGS_AT_ONCE:
            self._flush()

    def _flush(self) -> None:
        if not self.firsts:
            return
        a, b = np.concatenate(self.firsts), np.concatenate(self.seconds)
        self.firsts, self.seconds, self.pending = [], [], 0
        code = np.minimum(a, b) * self.count + np.maximum(a, b)
        _, first = np.unique(code, return_index=True)  # the index of each pair's first meeting in the batch
        first.sort()
        code = code[first]
        new = ~np.isin(code, self.met, assume_unique=True)
        self.kept_firsts.append(a[first][new])
        self.kept_seconds.append(b[first][new])
        self.met = np.sort(np.concatenate((self.met, code[new])))  # the new codes are distinct and not in it

    def first_meetings(self) -> Iterator[tuple[int, int]]:
        self._flush()
        if not self.kept_firsts:
            return iter(())
        a, b = np.concatenate(self.kept_firsts), np.concatenate(self.kept_seconds)
        self.kept_firsts, self.kept_seconds, self.met = [], [], np.empty(0, dtype=np.int64)
        return zip(a.tolist(), b.tolist(), strict=True)


#: How many meetings ``_Meetings`` gathers before cutting them to the pairs not met before.
_MEETINGS_AT_ONCE = 1 << 20


def _distinct_figures(a: list[NumberFact], b: list[NumberFact]) -> list[NumberFact]:
    """The figures of a merged cluster, one per (value, noun): a cluster of thousands of mentions
    has a handful of distinct figures, so the cluster-level figure test stays cheap."""
    seen = {(x.value, x.noun) for x in a}
    out = list(a)
    for x in b:
        if (x.value, x.noun) not in seen:
            seen.add((x.value, x.noun))
            out.append(x)
    return out


def cluster_mentions(
    mentions: Sequence[MentionCandidate],
    stats: ClusterStats | None = None,
    origins: Sequence[frozenset[str]] | None = None,
    may_join: JoinCheck | None = None,
) -> list[list[int]]:
    """Groups of mention indexes (each sorted, groups ordered by first index).

    With ``may_join`` (and ``origins``, each mention's origin ids), a second, looser pass follows the
    strict one: more rare-word pairs meet (LOOSE_RARE_WORDS) at a lower Dice bar (LOOSE_SLACK), under the
    same vetoes, and two groups join only when one group's origins hold the other's (no origin the other
    lacks on both sides) and ``may_join`` agrees."""
    stats = stats if stats is not None else ClusterStats()
    stats.mentions = len(mentions)
    feats, df = _features(mentions)
    max_df = max(2.0, MAX_KEY_SHARE * len(mentions))
    blocks: dict[tuple[object, ...], list[int]] = {}
    for i, m in enumerate(mentions):
        for key in _block_keys(m, feats[i].quotes, df, max_df):
            blocks.setdefault(key, []).append(i)
    uf = UnionFind(len(mentions))
    direct = DIRECT_PAIR_FOR_POOLING and origins is not None
    # each root's attributed members (those with an origin) and its origins (rule ``pooled-origins-need-a-direct-pair``)
    root_sourced: dict[int, list[int]] = {}
    root_origins: dict[int, frozenset[str]] = {}
    if direct and origins is not None:
        root_sourced = {i: ([i] if origins[i] else []) for i in range(len(mentions))}
        root_origins = dict(enumerate(origins))
    root_main: dict[int, frozenset[str]] = {i: f.main for i, f in enumerate(feats)}
    root_figs: dict[int, list[NumberFact]] = {i: list(f.numbers) for i, f in enumerate(feats)}
    root_pcts: dict[int, list[NumberFact]] = {i: list(f.percents) for i, f in enumerate(feats)}
    order_keys: dict[int, list[str]] = {}
    refused: set[tuple[int, int, int, int]] = set()  # groups refused a pooling join as they stand

    def pooling_holds(i: int, j: int, ri: int, rj: int) -> bool:
        """Rule ``pooled-origins-need-a-direct-pair`` for joining roots ``ri`` and ``rj`` met through ``i``, ``j``."""
        a, b = root_sourced[ri], root_sourced[rj]
        if origins is not None and origins[i] and origins[j]:
            return True  # the pair met compares two attributed mentions itself
        tried = (ri, rj, len(a), len(b)) if ri < rj else (rj, ri, len(b), len(a))
        if tried in refused:
            return False
        if _direct_pair(a, b, root_origins[ri], root_origins[rj], feats):
            return True
        refused.add(tried)
        return False

    def consider(i: int, j: int) -> None:
        """Compare a pair met for the first time (``_first_meetings``: a pair met again is not compared again)."""
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            return
        stats.comparisons += 1
        if not similar(feats[i], feats[j]):
            return
        mi, mj = root_main[ri], root_main[rj]
        if not events_agree(mi, mj, _counts(feats[i]) and _counts(feats[j])):
            return  # joining would chain two different events through a vague mention
        if figure_relation(root_figs[ri], root_figs[rj]) < 0 or percent_relation(root_pcts[ri], root_pcts[rj]) < 0:
            return  # nor two different figures for one count (or percentages none of which agree)
        if direct and not pooling_holds(i, j, ri, rj):
            return  # rule ``pooled-origins-need-a-direct-pair``: two origins pooled through unattributed words only
        r = uf.union(ri, rj)
        if direct:
            big, small = (ri, rj) if len(root_sourced[ri]) >= len(root_sourced[rj]) else (rj, ri)
            joined = root_sourced.pop(big)
            joined.extend(root_sourced.pop(small))
            root_sourced[r] = joined
            root_origins[r] = root_origins.pop(ri) | root_origins.pop(rj)
        root_main[r] = mi | mj
        root_figs[r] = _distinct_figures(root_figs[ri], root_figs[rj])
        root_pcts[r] = _distinct_figures(root_pcts[ri], root_pcts[rj])
        stats.unions += 1

    # the pairs each block offers, in the order of the blocks (which pairs are met does not depend on what
    # joins: only each pair's first meeting is compared, in the order of the meetings)
    met = _Meetings(len(mentions))
    for key in sorted(blocks):  # keys of one kind share a shape, so tuples compare
        raw = blocks[key]
        if len(raw) < 2:
            continue
        members = sorted(set(raw))
        if len(members) < 2:
            continue
        stats.blocks += 1
        if len(members) <= MAX_BLOCK:
            met.every_pair(members)
        else:
            # sorted neighbourhood: order by the rarest content keys so similar mentions sit together
            for i in members:
                if i not in order_keys:
                    order_keys[i] = sorted(mentions[i].lemmas, key=lambda k: (df[k], k))[:3]
            ordered = sorted(members, key=lambda i: (order_keys[i], i))
            met.window(ordered, WINDOW)
    for i, j in met.first_meetings():
        consider(i, j)
    if may_join is not None:
        state = _Roots(uf, root_main, root_figs, root_pcts)
        _loose_pass(mentions, feats, df, max_df, state, origins or [frozenset()] * len(mentions), may_join, stats)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(uf.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _direct_pair(a: list[int], b: list[int], oa: frozenset[str], ob: frozenset[str], feats: list[_Feat]) -> bool:
    """Rule ``pooled-origins-need-a-direct-pair``: the join of groups with attributed members ``a`` and ``b`` and
    origins ``oa`` and ``ob``, met through a similar pair not attributed on both sides, holds when a side has no origin
    or the two share one, or when some attributed mention of one side is ``similar`` to one of the other (at most
    DIRECT_PAIR_SIDE a side, the first by index)."""
    if not oa or not ob or oa & ob:
        return True
    xs, ys = heapq.nsmallest(DIRECT_PAIR_SIDE, a), heapq.nsmallest(DIRECT_PAIR_SIDE, b)
    return any(similar(feats[x], feats[y]) for x in xs for y in ys)


def _mean_affinity(a: list[int], b: list[int], feats: list[_Feat]) -> float | None:
    """Mean ``affinity`` of the pairs across two groups (each pair capped at AFFINITY_CAP); None when a
    pair is vetoed: groups join as a whole, never through one close pair (average linkage)."""
    total = 0.0
    for x in a:
        for y in b:
            s = affinity(feats[x], feats[y])
            if s is None:
                return None
            total += min(s, AFFINITY_CAP)
    return total / (len(a) * len(b))


def _same_origin_join(a: list[int], b: list[int], oa: frozenset[str], ob: frozenset[str], feats: list[_Feat]) -> bool:
    """Two groups resting on the same origins state one claim by average linkage (SAME_ORIGIN_BAR)."""
    if SAME_ORIGIN_BAR is None or not oa or oa != ob:
        return False
    mean = _mean_affinity(a, b, feats)
    return mean is not None and mean >= SAME_ORIGIN_BAR


@dataclass(slots=True)
class _Roots:
    """The strict pass's union-find with each root's main events and figures."""

    uf: UnionFind
    main: dict[int, frozenset[str]]
    figs: dict[int, list[NumberFact]]
    pcts: dict[int, list[NumberFact]]


def _loose_pass(
    mentions: Sequence[MentionCandidate],
    feats: list[_Feat],
    df: dict[str, int],
    max_df: float,
    roots: _Roots,
    origins: Sequence[frozenset[str]],
    may_join: JoinCheck,
    stats: ClusterStats,
) -> None:
    """Join the strict pass's groups on weaker evidence (see ``cluster_mentions``). Blocks larger than
    MAX_BLOCK are skipped and no loosely joined group grows past MAX_BLOCK mentions, so the pass and the
    caller's checks (each over at most MAX_BLOCK mentions) stay linear in the corpus."""
    uf = roots.uf
    members: dict[int, list[int]] = {}
    root_origins: dict[int, frozenset[str]] = {}
    for i in range(len(mentions)):
        r = uf.find(i)
        members.setdefault(r, []).append(i)
        root_origins[r] = root_origins.get(r, frozenset()) | origins[i]
    blocks: dict[tuple[object, ...], list[int]] = {}
    for i, m in enumerate(mentions):
        for key in _block_keys(m, feats[i].quotes, df, max_df, LOOSE_RARE_WORDS):
            blocks.setdefault(key, []).append(i)
        if SAME_ORIGIN_BAR is not None and origins[i]:
            blocks.setdefault(("o", *sorted(origins[i])), []).append(i)
    met = _Meetings(len(mentions))
    refused: set[tuple[int, int, int, int]] = set()
    for key in sorted(blocks):
        block = sorted(set(blocks[key]))
        if len(block) < 2 or len(block) > MAX_BLOCK:
            continue
        met.every_pair(block)
    for i, j in met.first_meetings():  # one pair at a time, at its first meeting, in order
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        if len(members[ri]) + len(members[rj]) > MAX_BLOCK:
            continue  # a loose join makes no big claim (and each check stays small)
        oi, oj = root_origins[ri], root_origins[rj]
        if not (oi <= oj or oj <= oi):
            continue  # each group rests on an origin the other lacks: the strict bar only
        if not similar(feats[i], feats[j], LOOSE_SLACK):
            # groups are tried once as they stand (a join changes a root's members)
            tried = (ri, rj, len(members[ri]), len(members[rj]))
            if tried in refused or not _same_origin_join(members[ri], members[rj], oi, oj, feats):
                refused.add(tried)
                continue
        mi, mj = roots.main[ri], roots.main[rj]
        if not events_agree(mi, mj, _counts(feats[i]) and _counts(feats[j])):
            continue
        if figure_relation(roots.figs[ri], roots.figs[rj]) < 0 or percent_relation(roots.pcts[ri], roots.pcts[rj]) < 0:
            continue
        if not may_join(members[ri], members[rj]):
            continue
        r = uf.union(ri, rj)
        roots.main[r] = mi | mj
        roots.figs[r] = _distinct_figures(roots.figs[ri], roots.figs[rj])
        roots.pcts[r] = _distinct_figures(roots.pcts[ri], roots.pcts[rj])
        root_origins[r] = oi | oj
        joined = members.pop(ri) + members.pop(rj)
        members[r] = sorted(joined)
        stats.unions += 1
        stats.loose_unions += 1
