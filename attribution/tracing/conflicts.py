"""Disagreements inside one claim: figures, places, figures changed along a chain, dropped hedges."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..lang.en import marks
from ..lang.en.hedges import UNCONFIRMED_PATTERNS
from ..lang.en.numbers import (
    CELSIUS_SIGN,
    COUNT_KIND_PHRASES,
    DEGREE_NOUNS,
    PERCENT_NOUN,
    PERCENT_SIGN,
    TEMPERATURE_CHANGE_NOUN,
    TEMPERATURE_NOUN,
)
from ..models import Conflict
from .candidates import MentionCandidate, NumberFact
from .cluster import MIN_BLOCK_FIGURE, UnionFind
from .counts import counted_kind, figures_compatible, percentages, range_ends, temperatures
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


def _value(records: Sequence[MentionRecord], r: int, fig: NumberFact, names: dict[str, str]) -> dict[str, object]:
    rec = records[r]
    return {
        "counts": counted_kind(rec.cand.text, fig) or fig.noun,
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


def figures_of(cand: MentionCandidate) -> list[NumberFact]:
    """The figures a mention's conflicts compare: its figures, its percentages (``counts.percentages``)
    and its temperatures in degrees Celsius (``counts.temperatures``, in place of the same figures read
    as plain degrees). The candidates leave percentages out and read temperatures without their scale, so
    these readings never decide grouping or what is a claim."""
    temps = temperatures(cand.text)
    shown = {x.text.lower() for x in temps}
    plain = [x for x in cand.numbers if not (x.noun in DEGREE_NOUNS and any(x.text.lower() in t for t in shown))]
    return [*plain, *percentages(cand.text), *temps]


def _unit(x: NumberFact) -> str | None:
    """The unit a figure is compared in when it says one (a percentage, a temperature or its change)."""
    return x.noun if x.noun in UNIT_NOUNS else None


def figure_groups(records: Sequence[MentionRecord]) -> list[list[tuple[int, NumberFact]]]:
    """Figures (record index, figure) grouped by closeness, only groups stated by 2+ mentions.

    Figures of different counted nouns or of different kinds ("killed" / "injured") never share a
    group. A sweep in value order joins each figure to the latest figure of each compatible (noun, kind)
    within GROUP_RATIO (a figure with no noun or no kind is compatible with all): O(F log F) for the few
    (noun, kind) pairs of one claim, not all pairs of figures.
    """
    figs: list[_Fig] = []
    for r, rec in enumerate(records):
        for x in figures_of(rec.cand):
            kind = counted_kind(rec.cand.text, x)
            if _unit(x) is not None:  # a percentage or a temperature says what it measures, however small
                figs.append(_Fig(r, x, None))
            elif x.value >= (MIN_KNOWN_KIND_FIGURE if kind is not None else MIN_BLOCK_FIGURE):
                figs.append(_Fig(r, x, kind))
    order = sorted(range(len(figs)), key=lambda i: (figs[i].fig.value, figs[i].fig.noun or "", figs[i].kind or "", i))
    uf = UnionFind(len(figs))
    last: dict[tuple[str | None, str | None], int] = {}  # (noun, kind) -> latest figure index in the sweep
    for i in order:
        x, kind = figs[i].fig, figs[i].kind
        for (noun, k), j in list(last.items()):
            if (
                not (x.noun is None or noun is None or noun == x.noun)
                or (_unit(x) or noun) in UNIT_NOUNS
                and noun != x.noun
            ):
                continue  # a figure in a unit is compared only with figures in that unit
            if not (kind is None or k is None or k == kind):
                continue
            y = figs[j].fig
            lo = max(min(y.value, x.value), 1e-9)
            if max(y.value, x.value) / lo <= GROUP_RATIO:
                uf.union(i, j)
        last[(x.noun, kind)] = i
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


def _apart(ra: set[int], rb: set[int]) -> bool:
    """Two forms of a figure are given apart: some mention gives the first without the second, and some the
    second without the first. Two figures every mention gives together are two things it says ("89% of
    searches, rising to 95% on phones"), not two versions of one."""
    return bool(ra - rb) and bool(rb - ra)


def _disagree(items: Sequence[tuple[int, NumberFact]]) -> bool:
    """Figures given apart (``_apart``) that cannot both be true (see ``figures_compatible``)."""
    forms = sorted(_by_variant(items).items())
    return any(
        _apart(ra, rb) and not figures_compatible(a, b)
        for n, (_, (a, ra)) in enumerate(forms)
        for _, (b, rb) in forms[n + 1 :]
    )


def _changed(items: Sequence[tuple[int, NumberFact]]) -> bool:
    """One origin's figure reaches readers in two forms given apart (``_apart``)."""
    forms = list(_by_variant(items).values())
    return any(_apart(ra, rb) for n, (_, ra) in enumerate(forms) for _, rb in forms[n + 1 :])


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
        if _disagree(group):
            shown = _variants(records, group)
            kinds = {counted_kind(records[r].cand.text, x) or _unit_kind(x) for r, x in group} - {None}
            (kind,) = kinds if len(kinds) == 1 else (None,)
            what = f" for {COUNT_KIND_PHRASES.get(kind, kind)}" if kind is not None else ""
            out.append(
                Conflict(
                    kind="number",
                    description=f"The outlets give different figures{what}: {shown}.",
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
                    description=f"{names.get(o, o)} is one origin, yet its figure reaches readers as {forms}: "
                    "an outlet or intermediary changed it.",
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


def place_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """Mentions that disagree about where: a place asserted by one and denied by another, an
    unknown place against a named one, or named places with nothing in common. Computed on
    place sets (few distinct ones per claim), not on all pairs of mentions."""
    placed = [(r, rec) for r, rec in enumerate(records) if rec.cand.places]
    pos: dict[str, set[int]] = {}
    neg: dict[str, set[int]] = {}
    unknown: set[int] = set()
    by_set: dict[frozenset[str], set[int]] = {}
    for r, rec in placed:
        pa = frozenset(p for p, ok in rec.cand.places if ok and p != "?")
        for p, ok in rec.cand.places:
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
                "place": _place_text(rec.cand.places),
                "article": rec.article,
                "outlet": rec.outlet_name,
                "text": rec.cand.text,
                **_chain_keys(rec, names, r),
            }
        )
        vias = [" -> ".join(names.get(c, c) for c in chain[1:]) for chain in _chains(rec)]
        via = "; ".join(dict.fromkeys(v for v in vias if v)) or rec.outlet_name
        shown_parts.append(f"{_place_text(rec.cand.places)} ({via})")
    shown = " / ".join(shown_parts)
    return [Conflict(kind="place", description=f"The sources disagree about where: {shown}.", values=vals)]


def states_as_established(rec: MentionRecord, origin: str) -> bool:
    """An unhedged mention states the claim as established: under a named origin, any; where no source is
    named (``origin`` empty), only the outlet's own words. A mention that cites someone the tracer could not
    name ("the memos said", "the channel reported that") reports the claim, it does not establish it."""
    return bool(origin) or rec.attribution is None


def hedge_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    out = []
    at = {id(rec): k for k, rec in enumerate(records)}
    by_origin: dict[str, list[MentionRecord]] = {}
    for rec in records:
        # mentions naming no source are the outlets' own account: a hedge one outlet keeps ("the plant
        # had reportedly failed an inspection") and another drops is flagged there too
        for o in sorted(set(rec.origins)) or [""]:
            by_origin.setdefault(o, []).append(rec)
    for o, recs in sorted(by_origin.items()):
        hedged = [r for r in recs if r.cand.hedges]
        plain = [r for r in recs if not r.cand.hedges and states_as_established(r, o)]
        if not hedged or not plain:
            continue
        if {r.outlet for r in hedged} == {r.outlet for r in plain} and len({r.outlet for r in recs}) == 1:
            continue
        words = sorted({h for r in hedged for h in r.cand.hedges})
        h_out = sorted({r.outlet_name for r in hedged})
        p_out = sorted({r.outlet_name for r in plain} - set(h_out)) or sorted({r.outlet_name for r in plain})
        out.append(
            Conflict(
                kind="hedge-dropped",
                description=f"{', '.join(h_out)} hedge{'s' if len(h_out) == 1 else ''} "
                + (f"what {names.get(o, o)} said" if o else "it without naming a source")
                + f" ({', '.join(words)}); {', '.join(p_out)} state{'s' if len(p_out) == 1 else ''} it as established.",
                values=[
                    {
                        "article": r.article,
                        "outlet": r.outlet_name,
                        "text": r.cand.text,
                        "hedges": list(r.cand.hedges),
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


def date_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """Mentions that put the event on different days: two weekdays, or two calendar dates (a weekday
    and a date are not compared: which weekday a date fell on needs the year)."""
    out = []
    at = {id(rec): k for k, rec in enumerate(records)}
    for kind in ("weekday", "date"):
        by_key: dict[str, list[MentionRecord]] = {}
        for rec in records:
            keys = [k for k in rec.cand.dates if k.startswith(kind + ":")]
            if len(keys) == 1:  # a mention naming two days ("from Saturday to Sunday") is a span
                by_key.setdefault(keys[0], []).append(rec)
        if len(by_key) < 2:
            continue
        shown = " / ".join(
            f"{_day_text(k)} ({', '.join(sorted({r.outlet_name for r in recs}))})" for k, recs in sorted(by_key.items())
        )
        out.append(
            Conflict(
                kind="date",
                description=f"The sources disagree about when: {shown}.",
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
            description=f"{', '.join(doubters)} say{'s' if len(doubters) == 1 else ''} it is not confirmed or "
            f"not commented on, while {', '.join(cited)} {'is' if len(cited) == 1 else 'are'} cited for it.",
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
#: Quotations shorter than this are not compared ("Yes", "We'll see").
MIN_QUOTE_COMPARE_WORDS = 3


def reworded(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two wordings (word lists) of one quotation that differ in their words, not just in where the
    excerpt starts or stops: an excerpt of the other is no rewording, nor is one word dropped."""
    if min(len(a), len(b)) < MIN_QUOTE_COMPARE_WORDS or list(a) == list(b):
        return False
    ops = SequenceMatcher(None, list(a), list(b), autojunk=False).get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    same_opening = list(a[:QUOTE_OPENING_WORDS]) == list(b[:QUOTE_OPENING_WORDS])
    if not same_opening and shared < QUOTE_SHARED_SHARE * min(len(a), len(b)):
        return False  # two different quotations
    while ops and ops[0][0] in ("insert", "delete"):
        ops.pop(0)  # one excerpt starts earlier
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()  # or stops later
    changed = sum(
        (i2 - i1) + (j2 - j1)
        for tag, i1, i2, j1, j2 in ops
        # "space flight" / "spaceflight": one word written in two ways
        if tag != "equal" and "".join(a[i1:i2]) != "".join(b[j1:j2])
    )
    return changed >= MIN_REWORDED_WORDS


_QUOTE_MARKS = (marks.LEFT_DOUBLE, marks.RIGHT_DOUBLE, marks.STRAIGHT_DOUBLE)


def quote_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    """One speaker's quotation in the claim reaches readers in different words: some copy reworded
    words it still prints inside quotation marks. Compared per origin over the distinct wordings (a few
    per claim), not all pairs of mentions, and only wordings printed by different articles."""
    out = []
    by_origin: dict[str, dict[tuple[str, ...], list[int]]] = {}
    for k, rec in enumerate(records):
        # a whole quotation, not a paraphrase with quoted words in it ('"out of caution," it removed ...')
        if rec.cand.direct and not any(q in rec.cand.text for q in _QUOTE_MARKS):
            for o in sorted(set(rec.origins)):
                by_origin.setdefault(o, {}).setdefault(tuple(words(rec.cand.text)), []).append(k)
    for o, wordings in sorted(by_origin.items()):
        forms = sorted(wordings)
        arts = {f: {records[k].article for k in wordings[f]} for f in forms}
        involved = sorted(
            {
                f
                for x, a in enumerate(forms)
                for b in forms[x + 1 :]
                # one article quoting the speaker twice quotes two things, not one thing in two wordings
                if arts[a] != arts[b] or len(arts[a]) > 1
                if reworded(a, b)
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
                description=f"{names.get(o, o)} is quoted in different words: {shown}.",
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


def find_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    return [
        *number_conflicts(records, names),
        *place_conflicts(records, names),
        *date_conflicts(records, names),
        *hedge_conflicts(records, names),
        *unconfirmed_conflicts(records, names),
        *quote_conflicts(records, names),
    ]
