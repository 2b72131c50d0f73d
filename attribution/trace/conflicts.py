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


def _value(rec: MentionRecord, fig: NumberFact, names: dict[str, str]) -> dict[str, object]:
    return {
        "value": fig.value,
        "qualifier": fig.qualifier,
        "figure": _fmt(fig),
        "as_written": fig.text,
        "article": rec.article,
        "outlet": rec.outlet_name,
        "text": rec.cand.text,
        "chain": rec.chains[0] if rec.chains else [rec.outlet],
        "chain_names": [names.get(x, x) for x in (rec.chains[0] if rec.chains else [rec.outlet])],
    }


def figure_groups(records: Sequence[MentionRecord]) -> list[list[tuple[int, NumberFact]]]:
    """Figures (record index, figure) grouped by closeness, only groups stated by 2+ mentions."""
    figs = [(r, x) for r, rec in enumerate(records) for x in rec.cand.numbers if x.value >= MIN_BLOCK_FIGURE]
    uf = UnionFind(len(figs))
    for i in range(len(figs)):
        for j in range(i + 1, len(figs)):
            a, b = figs[i][1], figs[j][1]
            if a.noun and b.noun and a.noun != b.noun:
                continue
            if max(a.value, b.value) / max(min(a.value, b.value), 1e-9) <= GROUP_RATIO:
                uf.union(i, j)
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
    parts = []
    for v, q in sorted({(x.value, x.qualifier) for _, x in items}):
        outlets = sorted({records[r].outlet_name for r, x in items if (x.value, x.qualifier) == (v, q)})
        parts.append(f"{_fmt(NumberFact(v, q, None, ''))} ({', '.join(outlets)})")
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
    placed = [(r, rec) for r, rec in enumerate(records) if rec.cand.places]
    involved: set[int] = set()
    for x in range(len(placed)):
        for y in range(x + 1, len(placed)):
            ra, a = placed[x]
            rb, b = placed[y]
            pa = {p for p, pos in a.cand.places if pos and p != "?"}
            na = {p for p, pos in a.cand.places if not pos}
            pb = {p for p, pos in b.cand.places if pos and p != "?"}
            nb = {p for p, pos in b.cand.places if not pos}
            ua = ("?", True) in a.cand.places
            ub = ("?", True) in b.cand.places
            clash = (
                bool(pa & nb or pb & na) or (ua and bool(pb)) or (ub and bool(pa)) or (bool(pa and pb) and not pa & pb)
            )
            if clash:
                involved.update((ra, rb))
    if not involved:
        return []
    vals: list[dict[str, object]] = []
    shown_parts: list[str] = []
    for r in sorted(involved):
        rec = records[r]
        chain = rec.chains[0] if rec.chains else [rec.outlet]
        vals.append(
            {
                "place": _place_text(rec.cand.places),
                "article": rec.article,
                "outlet": rec.outlet_name,
                "text": rec.cand.text,
                "chain": chain,
                "chain_names": [names.get(c, c) for c in chain],
            }
        )
        via = " -> ".join(names.get(c, c) for c in chain[1:]) or rec.outlet_name
        shown_parts.append(f"{_place_text(rec.cand.places)} ({via})")
    shown = " / ".join(shown_parts)
    return [Conflict(kind="place", description=f"The sources disagree about where: {shown}.", values=vals)]


def hedge_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    out = []
    by_origin: dict[str, list[MentionRecord]] = {}
    for rec in records:
        for o in sorted(set(rec.origins)):
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
                description=f"{', '.join(h_out)} hedge{'s' if len(h_out) == 1 else ''} what {names.get(o, o)} said "
                f"({', '.join(words)}); {', '.join(p_out)} state{'s' if len(p_out) == 1 else ''} it as established.",
                values=[
                    {
                        "article": r.article,
                        "outlet": r.outlet_name,
                        "text": r.cand.text,
                        "hedges": list(r.cand.hedges),
                        "chain": r.chains[0] if r.chains else [r.outlet],
                    }
                    for r in recs
                ],
            )
        )
    return out


def find_conflicts(records: Sequence[MentionRecord], names: dict[str, str]) -> list[Conflict]:
    return [*number_conflicts(records, names), *place_conflicts(records, names), *hedge_conflicts(records, names)]
