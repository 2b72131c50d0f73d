"""Disagreements inside one claim: figures, places, figures changed along a chain, dropped hedges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Conflict
from .candidates import MentionCandidate, NumberFact
from .cluster import MIN_BLOCK_FIGURE, UnionFind

#: Figures this close are versions of one figure (10,000 / 11,000 / 12,000 troops).
GROUP_RATIO = 1.5


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


def _fmt(x: NumberFact) -> str:
    v = int(x.value) if x.value == int(x.value) else x.value
    num = f"{v:,}" if isinstance(v, int) else str(v)
    return f"{x.qualifier} {num}".strip()


def _chains(rec: MentionRecord) -> list[list[str]]:
    """Every chain of the mention: one per parallel source ("according to U.S. and South Korean officials")."""
    return [list(c) for c in rec.chains] or [[rec.outlet]]


def _chain_keys(rec: MentionRecord, names: dict[str, str]) -> dict[str, object]:
    """A conflict value's chains: ``chain``/``chain_names`` the first (the original contract keys),
    ``chains``/``chains_names`` all of them, so a mention with parallel sources shows each."""
    chains = _chains(rec)
    named = [[names.get(x, x) for x in c] for c in chains]
    return {"chain": chains[0], "chain_names": named[0], "chains": chains, "chains_names": named}


def _value(rec: MentionRecord, fig: NumberFact, names: dict[str, str]) -> dict[str, object]:
    return {
        "value": fig.value,
        "qualifier": fig.qualifier,
        "figure": _fmt(fig),
        "as_written": fig.text,
        "article": rec.article,
        "outlet": rec.outlet_name,
        "text": rec.cand.text,
        **_chain_keys(rec, names),
    }


def figure_groups(records: Sequence[MentionRecord]) -> list[list[tuple[int, NumberFact]]]:
    """Figures (record index, figure) grouped by closeness, only groups stated by 2+ mentions.

    A sweep in value order joins each figure to the latest figure of a compatible noun within
    GROUP_RATIO (a figure with no noun is compatible with all): O(F log F), not all pairs.
    """
    figs = [(r, x) for r, rec in enumerate(records) for x in rec.cand.numbers if x.value >= MIN_BLOCK_FIGURE]
    order = sorted(range(len(figs)), key=lambda i: (figs[i][1].value, figs[i][1].noun or "", i))
    uf = UnionFind(len(figs))
    last: dict[str | None, int] = {}  # noun -> index of the latest figure with that noun in the sweep
    for i in order:
        x = figs[i][1]
        keys = list(last) if x.noun is None else [x.noun, None]
        for key in keys:
            j = last.get(key)
            if j is None:
                continue
            lo = max(min(figs[j][1].value, x.value), 1e-9)
            if max(figs[j][1].value, x.value) / lo <= GROUP_RATIO:
                uf.union(i, j)
        last[x.noun] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(figs)):
        groups.setdefault(uf.find(i), []).append(i)
    out = []
    for members in sorted(groups.values()):
        if len({figs[k][0] for k in members}) >= 2:
            out.append([figs[k] for k in members])
    return out


def _variants(records: Sequence[MentionRecord], items: Sequence[tuple[int, NumberFact]]) -> str:
    """ "more than 3,000 (A, B) / nearly 3,000 (C)" """
    by_variant: dict[tuple[float, str], set[str]] = {}
    for r, x in items:
        by_variant.setdefault((x.value, x.qualifier), set()).add(records[r].outlet_name)
    parts = []
    for (v, q), outlets in sorted(by_variant.items()):
        parts.append(f"{_fmt(NumberFact(v, q, None, ''))} ({', '.join(sorted(outlets))})")
    return " / ".join(parts)


def number_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    out = []
    for group in figure_groups(records):
        distinct = sorted({(x.value, x.qualifier) for _, x in group})
        if len(distinct) < 2:
            continue
        shown = _variants(records, group)
        out.append(
            Conflict(
                kind="number",
                description=f"The outlets give different figures: {shown}.",
                values=[_value(records[r], x, names) for r, x in group],
            )
        )
        # the same origin's figure reported differently: it changed along the chain
        by_origin: dict[str, list[tuple[int, NumberFact]]] = {}
        for r, x in group:
            for o in sorted(set(records[r].origins)):
                by_origin.setdefault(o, []).append((r, x))
        for o, items in sorted(by_origin.items()):
            variants = sorted({(x.value, x.qualifier) for _, x in items})
            if len(variants) < 2:
                continue
            forms = _variants(records, items)
            out.append(
                Conflict(
                    kind="changed-along-chain",
                    description=f"{names.get(o, o)} is one origin, yet its figure reaches readers as {forms}: "
                    "an outlet or intermediary changed it.",
                    values=[_value(records[r], x, names) for r, x in items],
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
                **_chain_keys(rec, names),
            }
        )
        vias = [" -> ".join(names.get(c, c) for c in chain[1:]) for chain in _chains(rec)]
        via = "; ".join(dict.fromkeys(v for v in vias if v)) or rec.outlet_name
        shown_parts.append(f"{_place_text(rec.cand.places)} ({via})")
    shown = " / ".join(shown_parts)
    return [Conflict(kind="place", description=f"The sources disagree about where: {shown}.", values=vals)]


def hedge_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    out = []
    by_origin: dict[str, list[MentionRecord]] = {}
    for rec in records:
        # mentions naming no source are the outlets' own account: a hedge one outlet keeps ("the plant
        # had reportedly failed an inspection") and another drops is flagged there too
        for o in sorted(set(rec.origins)) or [""]:
            by_origin.setdefault(o, []).append(rec)
    for o, recs in sorted(by_origin.items()):
        hedged = [r for r in recs if r.cand.hedges]
        plain = [r for r in recs if not r.cand.hedges]
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
                        **_chain_keys(r, names),
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
                    {"day": _day_text(k), "article": r.article, "outlet": r.outlet_name, "text": r.cand.text,
                     **_chain_keys(r, names)}
                    for k, recs in sorted(by_key.items())
                    for r in recs
                ],  # fmt: skip
            )
        )
    return out


def find_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    return [
        *number_conflicts(records, names),
        *place_conflicts(records, names),
        *date_conflicts(records, names),
        *hedge_conflicts(records, names),
    ]
