"""Figure conflicts between claims: two claims the grouping kept apart only because their figures of one
count disagree ("the death toll rose to at least 69" / "the death toll has climbed to 26").

The grouping never joins two different figures of one count (a false "independently confirmed" is the
worst thing we print), so such mentions land in two claims and the disagreement would be lost. Here each
such pair of claims gets a conflict naming both sides' mentions and chains, and both claims keep their own
verdicts. A pair is a rival when each mention gives exactly one figure of the same counted thing (the
dead, the injured, a depth, a sum in one currency), the two figures cannot both be true, and the two
mentions are about the same thing apart from the figure: same modality, places that do not exclude
each other, and enough shared content (IDF-weighted Dice over the
grouping's own keys, figures left out), or one same figure of another counted thing given by both
(``shares_anchor``: "EUR 1.8 billion ($1.9 billion)" / "over EUR 1.8 billion ($1.95 billion)"), or a
measure of one event both name (``measures_one_event``: "the quake struck at a depth of 10 km" / "the quake
hit ... at a shallow depth of five kilometres").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..lang.en import conflicts as cw
from ..lang.en.numbers import (
    COUNT_KIND_PHRASES,
    COUNTED_NOUN_PHRASE,
    CURRENCY_NOUNS,
    GENERIC_COUNT_NOUNS,
    MEASURE_KINDS,
    QUALIFIER_INTERVALS,
)
from ..lang.en.opposed import OCCURRENCE_EVENT_NOUNS, OCCURRENCE_EVENT_SAME
from ..models import Conflict
from .candidates import MentionCandidate, NumberFact
from .cluster import MAX_BLOCK, WINDOW, _Feat, _features, weighted_dice
from .conflicts import GROUP_RATIO, MIN_KNOWN_KIND_FIGURE, MentionRecord, _fmt, claim_side, compatible, sides_of
from .counts import WORD_RE, counted_kind, is_part, same_unit, thing_counted, toll_kind

#: Content overlap (Dice, figures left out) two mentions in different claims need before their figures of
#: one count are compared: they say the same thing but for the figure.
RIVAL_THRESHOLD = 0.3
_MONEY = frozenset(CURRENCY_NOUNS.values())


@dataclass(slots=True, frozen=True)
class Count:
    """One mention's one figure of a counted thing."""

    kind: str
    fig: NumberFact
    #: the figure is the level a toll reached ("the death toll rose to 26"): a running total
    toll: bool = False
    #: the kind is the counted noun alone (``thing_counted``: "36 ports")
    by_noun: bool = False


def single_counts(text: str, numbers: Sequence[NumberFact]) -> list[Count]:
    """The counted things the mention gives exactly one figure of: what each figure counts (a sum of money
    counts its currency), dropping parts of a larger count ("30 of them") and kinds given twice ("41
    deaths, 12 of them in Dorval" keeps 41; "18 killed in Harwick, 7 in Lenmouth" keeps none)."""
    by_kind: dict[str, list[NumberFact]] = {}
    nouns: set[str] = set()
    for x in numbers:
        # a sum of money counts its currency, never people ("$50,000 each to those injured" is no count of the injured)
        kind = x.noun if x.noun in _MONEY else counted_kind(text, x, predicate=True)
        if kind is None and (kind := thing_counted(x)) is not None:
            nouns.add(kind)
        if kind is None or x.value < MIN_KNOWN_KIND_FIGURE or is_part(text, x):
            continue
        by_kind.setdefault(kind, []).append(x)
    low = text.lower()
    return [
        Count(
            k,
            xs[0],
            toll_kind(WORD_RE.findall(low[: max(low.find(xs[0].text.lower()), 0)])) is not None,
            by_noun=k in nouns,
        )
        for k, xs in sorted(by_kind.items())
        if len(xs) == 1
    ]


def figures_rival(a: Count, b: Count) -> bool:
    """Two figures of one counted thing, in one unit, that cannot both be true, and close enough to be
    versions of one figure (GROUP_RATIO: "25 injured" / "at least 34 injured"; "49 cases" against "26 in
    Colorado" is a part, not a rival) unless both are levels of a toll, a running total whose successive
    counts may lie far apart ("rose to at least 69" / "climbed to 26"), or both are running counts of one
    noun (``one_count``: "at least five people were killed" / "at least 13 people killed"), or both measure
    one thing (a depth: MEASURE_KINDS), which has no parts."""
    if a.kind != b.kind or not same_unit(a.fig.noun, b.fig.noun) or compatible(a.fig, b.fig):
        return False
    if a.by_noun and b.by_noun and a.fig.said and b.fig.said and a.fig.said != b.fig.said:
        return False  # "14,000 homes have been damaged" / "3,000 homes had been burnt down": two counts
    # a measure of one thing ("a depth of 10 kilometres" / "a shallow depth of five kilometres") has no parts
    # that could pass for another version of it (``far_apart``): any two that cannot both be true are rivals
    return not far_apart(a, b) or one_count(a, b)


def far_apart(a: Count, b: Count) -> bool:
    """Two figures too far apart to be versions of one figure (beyond GROUP_RATIO), not both levels of a
    toll, nor measures."""
    lo, hi = sorted((a.fig.value, b.fig.value))
    return not ((a.toll and b.toll) or a.kind in MEASURE_KINDS or (lo > 0 and hi / lo <= GROUP_RATIO))


def one_count(a: Count, b: Count) -> bool:
    """Two figures of one known kind and one counted noun that are versions of one count however far
    apart, as a toll's levels are: the noun names a group of its own ("12 climbers still missing" / "22
    missing climbers"), or both are running counts given as lower bounds ("at least five people were shot
    dead" / "at least 13 people killed"). A plain count of people far from another may be a part ("two
    people dead" in one town); a part names where ("26 climbers rescued on the north face"):
    ``rival_pairs`` asks that neither mention name a place the other does not."""
    if a.fig.noun is None or a.fig.noun != b.fig.noun or a.fig.noun in _MONEY:
        return False
    if a.fig.noun not in GENERIC_COUNT_NOUNS:
        return True
    return all(QUALIFIER_INTERVALS.get(x.fig.qualifier, (0.0, 0.0, False, False))[1] is None for x in (a, b))


def _content_overlap(a: _Feat, b: _Feat) -> float:
    common = a.keys.keys() & b.keys.keys()
    if not common or not a.weight or not b.weight:
        return 0.0
    return weighted_dice(a, b, common)


def same_but_for_figure(a: _Feat, b: _Feat) -> bool:
    """Two mentions (features computed with their figures left out) say the same thing but for the
    figure: same modality, no two places that exclude each other, and enough shared content. Their main
    events and framing words are not compared: the counted thing both figures count already names the
    event ("the death toll ... has climbed to 26" and "at least 69 people have died"), and "its first ever
    fine of $1.95 billion" and "a $1.9 billion fine" give one sum."""
    if a.modal != b.modal:
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # "7 killed in Lenmouth" is not the toll of the whole flood
    return _content_overlap(a, b) >= RIVAL_THRESHOLD


def shares_anchor(a: Sequence[Count], b: Sequence[Count], kind: str) -> bool:
    """The two mentions give one same figure of another counted thing (its value and unit): "fined EUR 1.8
    billion ($1.9 billion)" and "a fine of over EUR 1.8 billion ($1.95 billion)" state one fine, so their
    figures of ``kind`` (the dollars) are two versions of one figure however few other words they share."""
    theirs = {(c.kind, c.fig.value) for c in b if c.kind != kind}
    return any((c.kind, c.fig.value) in theirs for c in a if c.kind != kind)


def event_nouns(text: str) -> frozenset[str]:
    """The event nouns a mention names ("the quake struck at a depth of 10 km": quake), one word per event."""
    return frozenset(
        OCCURRENCE_EVENT_SAME.get(w, w) for w in WORD_RE.findall(text.lower()) if w in OCCURRENCE_EVENT_NOUNS
    )


def measures_one_event(a: str, b: str, kind: str) -> bool:
    """Two mentions give a measure (a depth: MEASURE_KINDS) of an event both name, and neither names an event
    the other does not ("the quake struck at a depth of 10 kilometres" / "the quake hit ... at a shallow depth
    of five kilometres"): one measure of one event, however few other words they share."""
    if kind not in MEASURE_KINDS:
        return False
    ea, eb = event_nouns(a), event_nouns(b)
    return bool(ea) and ea == eb


def _blind(cand: MentionCandidate, counts: Sequence[Count]) -> MentionCandidate:
    """The mention with its figures left out, and the nouns it counts by noun alone (``thing_counted``): for such a
    count the noun is what is counted, part of the figure, so two mentions must share other words to say one thing
    ("240 patients" and "samples from six patients" share only the noun)."""
    nouns = {c.kind for c in counts if c.by_noun}
    return replace(cand, numbers=[], lemmas=[w for w in cand.lemmas if w not in nouns] if nouns else cand.lemmas)


@dataclass(slots=True, frozen=True)
class Rival:
    """Mention ``a`` of claim ``claim_a`` and mention ``b`` of claim ``claim_b`` give rival figures."""

    claim_a: int
    a: int
    claim_b: int
    b: int
    kind: str
    fig_a: NumberFact
    fig_b: NumberFact
    by_noun: bool = False


def rival_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[Rival]:
    """Mentions of different claims giving rival figures of one count (see the module's docstring).

    Mentions are compared only inside a block of one counted thing; a block larger than MAX_BLOCK is
    compared in a sliding window of WINDOW neighbours ordered by value, so the work stays about linear."""
    flat: list[tuple[int, int]] = []
    counts: list[list[Count]] = []
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            flat.append((c, r))
            counts.append(single_counts(rec.cand.text, rec.cand.numbers))
    blocks: dict[str, list[tuple[float, int, Count]]] = {}
    for k, cs in enumerate(counts):
        for count in cs:
            blocks.setdefault(count.kind, []).append((count.fig.value, k, count))
    if not blocks:
        return []
    # the content of mentions counting a known kind and of those counting a noun alone is weighed apart (each
    # word's weight is read from the mentions of its own group), so the nouns' counts move no other comparison
    by_noun = {count.kind for cs in counts for count in cs if count.by_noun}
    feats: dict[bool, dict[int, _Feat]] = {}
    for nouns in (False, True):
        counted = sorted({k for kind, block in blocks.items() if (kind in by_noun) is nouns for _, k, _ in block})
        blind = [_blind(claims[flat[k][0]][flat[k][1]].cand, counts[k] if nouns else ()) for k in counted]
        feats[nouns] = dict(zip(counted, _features(blind)[0], strict=True)) if counted else {}
    out: list[Rival] = []
    seen: set[tuple[int, int, str]] = set()
    for kind in sorted(blocks):
        members = sorted(blocks[kind], key=lambda t: (t[0], t[1]))
        fs = feats[kind in by_noun]
        width = len(members) if len(members) <= MAX_BLOCK else WINDOW + 1
        for x in range(len(members)):
            for y in range(x + 1, min(len(members), x + width)):
                (_, i, ci), (_, j, cj) = members[x], members[y]
                i, j, ci, cj = (i, j, ci, cj) if i < j else (j, i, cj, ci)
                if flat[i][0] == flat[j][0] or (i, j, kind) in seen or not figures_rival(ci, cj):
                    continue
                ti = claims[flat[i][0]][flat[i][1]].cand.text
                tj = claims[flat[j][0]][flat[j][1]].cand.text
                if far_apart(ci, cj) and fs[i].places != fs[j].places:
                    continue  # one count of one noun, far apart: only where neither names another place
                if not (
                    shares_anchor(counts[i], counts[j], kind)
                    or measures_one_event(ti, tj, kind)
                    or same_but_for_figure(fs[i], fs[j])
                ):
                    continue
                seen.add((i, j, kind))
                out.append(Rival(flat[i][0], flat[i][1], flat[j][0], flat[j][1], kind, ci.fig, cj.fig, ci.by_noun))
    return sorted(out, key=lambda p: (p.claim_a, p.claim_b, p.kind, p.a, p.b))


def _side(rec: MentionRecord, fig: NumberFact, kind: str, claim_id: str, index: int, own: bool,
          names: dict[str, str]) -> dict[str, object]:  # fmt: skip
    return {
        "counts": kind,
        "value": fig.value,
        "qualifier": fig.qualifier,
        "figure": _fmt(fig),
        "as_written": fig.text,
        **claim_side(rec, claim_id, index, own, names),
    }


def rival_conflicts(
    claims: Sequence[Sequence[MentionRecord]], ids: Sequence[str], names: dict[str, str]
) -> dict[int, list[Conflict]]:
    """Claim index -> a conflict per other claim that gives a rival figure of one of its counts, naming
    both sides' mentions and chains (each value says which claim it belongs to)."""
    by_pair: dict[tuple[int, int, str], list[Rival]] = {}
    nouns: set[str] = set()
    for p in rival_pairs(claims):
        by_pair.setdefault((p.claim_a, p.claim_b, p.kind), []).append(p)
        if p.by_noun:
            nouns.add(p.kind)
    out: dict[int, list[Conflict]] = {}
    for (ca, cb, kind), pairs in sorted(by_pair.items()):
        for own, other in ((ca, cb), (cb, ca)):
            ordered = sides_of(((p.claim_a, p.a, p.claim_b, p.b, p.fig_a, p.fig_b) for p in pairs), own)
            values = [_side(claims[c][r], fig, kind, ids[c], r, mine, names) for (c, r), (fig, mine) in ordered]
            mine_text = _shown(claims, [(k, f) for k, (f, m) in ordered if m])
            other_text = _shown(claims, [(k, f) for k, (f, m) in ordered if not m])
            what = COUNTED_NOUN_PHRASE.format(noun=kind) if kind in nouns else COUNT_KIND_PHRASES.get(kind, kind)
            out.setdefault(own, []).append(
                Conflict(
                    kind="number",
                    description=cw.ACROSS_FIGURE.format(other=ids[other], what=what, mine=mine_text, theirs=other_text),
                    values=values,
                )
            )
    return out


def _shown(claims: Sequence[Sequence[MentionRecord]], items: Sequence[tuple[tuple[int, int], NumberFact]]) -> str:
    """ "at least 69 (Outlet A, Outlet B) / 53 (Outlet C)" """
    by_figure: dict[tuple[float, str], set[str]] = {}
    for (c, r), fig in items:
        by_figure.setdefault((fig.value, fig.qualifier), set()).add(claims[c][r].outlet_name)
    return " / ".join(
        f"{_fmt(NumberFact(v, q, None, ''))} ({', '.join(sorted(o))})" for (v, q), o in sorted(by_figure.items())
    )
