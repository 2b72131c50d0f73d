"""A figure given for one named place, compared across claims: "most of the 49 cases reported in Colorado (27)
and Nebraska (nine)" / "Colorado has the most cases, 26, followed by Nebraska with nine".

A count split by place gives several figures in one mention, so the figure conflicts (which read one figure per
counted thing) and the rivals set it aside, and a figure in brackets after a name is not read as a figure at all.
A mention gives a *place count* for a place it names (a GPE or LOC entity) when the figure follows the name in
brackets ("Colorado (27)"), or follows the name and a link word (PLACE_FIGURE_LINKS: "has", "with", "reported")
at most PLACE_FIGURE_GAP words later with no other figure or named place between ("Colorado has the most cases,
26"); a place given two different figures in one mention gives none. Two place counts of different claims
conflict when they count one place and one kind of thing (both mentions name it: ``counts`` COUNT_KINDS, "cases"
is the affected), cannot both be true (``conflicts.compatible``) and are versions of one figure (within
GROUP_RATIO). Each such pair of claims gets a ``number`` conflict naming both sides' mentions and chains; both keep
their own verdicts and are never joined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.en import conflicts as cw
from ..lang.en.numbers import NUMBER_WORDS, PLACE_ENTITY_LABELS, PLACE_FIGURE_GAP, PLACE_FIGURE_LINKS, QUALIFIERS
from ..models import Conflict
from .candidates import NumberFact
from .conflicts import GROUP_RATIO, MentionRecord, _fmt, claim_side, compatible, pairs_in_blocks, sides_of
from .counts import _KIND_OF, WORD_RE

_FIGURE = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")


@dataclass(slots=True, frozen=True)
class PlaceCount:
    """A mention's figure for one named place (``place``: the entity key), of the kinds the mention counts."""

    place: str
    fig: NumberFact
    kinds: frozenset[str]


def _figure(word: str) -> float | None:
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    return float(word.replace(",", "")) if _FIGURE.match(word) else None


def _qualified(low: Sequence[str], at: int, value: float) -> NumberFact:
    for words, norm in QUALIFIERS:
        if at >= len(words) and tuple(low[at - len(words) : at]) == words:
            return NumberFact(value, norm, None, f"{' '.join(words)} {low[at]}")
    return NumberFact(value, "", None, low[at])


def _tokens(text: str) -> list[str]:
    """Words, figures and brackets, lower-cased ("Colorado (27)" -> colorado, (, 27, ))."""
    return [w.lower() for w in re.findall(r"[^\W\d_]+|\d+(?:,\d{3})*(?:\.\d+)?|[()]", text)]


def place_counts(text: str, entities: Sequence[tuple[str, str]]) -> list[PlaceCount]:
    """The figures the mention gives for named places (see the module's docstring)."""
    low = _tokens(text)
    words = [w for w in WORD_RE.findall(text.lower())]
    kinds = frozenset(_KIND_OF[w] for w in words if w in _KIND_OF)
    places = {key.lstrip("#"): key for key, label in entities if label in PLACE_ENTITY_LABELS}
    place_words = {w for name in places for w in name.split()}
    found: dict[str, set[tuple[float, str]]] = {}
    figs: dict[str, NumberFact] = {}
    for name, key in sorted(places.items()):
        name_toks = name.split()
        n = len(name_toks)
        for i in range(len(low) - n + 1):
            if low[i : i + n] != name_toks:
                continue
            end = i + n
            fig: NumberFact | None = None
            if end + 2 < len(low) and low[end] == "(" and low[end + 2] == ")":
                value = _figure(low[end + 1])
                fig = None if value is None else NumberFact(value, "", None, low[end + 1])
            elif end < len(low) and low[end] in PLACE_FIGURE_LINKS:
                for k in range(end + 1, min(len(low), end + 1 + PLACE_FIGURE_GAP)):
                    if low[k] in place_words:
                        break
                    value = _figure(low[k])
                    if value is not None:
                        fig = _qualified(low, k, value)
                        break
            if fig is not None:
                found.setdefault(key, set()).add((fig.value, fig.qualifier))
                figs[key] = fig
    return [PlaceCount(key, figs[key], kinds) for key in sorted(found) if len(found[key]) == 1 and kinds]


def place_counts_conflict(a: PlaceCount, b: PlaceCount) -> bool:
    """One place's count of one kind of thing, two figures that cannot both be true, close enough to be versions
    of one figure (within GROUP_RATIO)."""
    if a.place != b.place or not a.kinds & b.kinds or compatible(a.fig, b.fig):
        return False
    lo, hi = sorted((a.fig.value, b.fig.value))
    return lo > 0 and hi / lo <= GROUP_RATIO


_Pair = tuple[int, int, int, int, PlaceCount, PlaceCount]


def place_count_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[_Pair]:
    """Mentions of different claims whose counts of one place conflict, compared inside blocks of one place (each
    capped at MAX_BLOCK members)."""
    blocks: dict[str, list[tuple[int, int, PlaceCount]]] = {}
    # read once per distinct (text, entities): wire copy repeats one sentence in many articles (the counts are frozen)
    read: dict[tuple[str, tuple[tuple[str, str], ...]], list[PlaceCount]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            key = (rec.cand.text, tuple(rec.cand.entities))
            found = read.get(key)
            if found is None:
                found = read[key] = place_counts(*key)
            for pc in found:
                blocks.setdefault(pc.place, []).append((c, r, pc))
    out = pairs_in_blocks(blocks, lambda a, b: place_counts_conflict(a[2], b[2]))
    return sorted(out, key=lambda p: (p[0], p[2], p[4].place, p[1], p[3]))


def place_count_conflicts(
    claims: Sequence[Sequence[MentionRecord]], ids: Sequence[str], names: dict[str, str]
) -> dict[int, list[Conflict]]:
    """Claim index -> a ``number`` conflict per other claim and place giving another figure for that place,
    naming both sides' mentions and chains (each value says which claim it belongs to)."""
    by_pair: dict[tuple[int, int, str], list[_Pair]] = {}
    for p in place_count_pairs(claims):
        by_pair.setdefault((p[0], p[2], p[4].place), []).append(p)
    out: dict[int, list[Conflict]] = {}
    for (ca, cb, place), found in sorted(by_pair.items()):
        for own, other in ((ca, cb), (cb, ca)):
            ordered = sides_of(found, own)
            values = [
                {"counts": "/".join(sorted(pc.kinds)), "place": place.lstrip("#"), "value": pc.fig.value,
                 "qualifier": pc.fig.qualifier, "figure": _fmt(pc.fig), "as_written": pc.fig.text,
                 **claim_side(claims[c][r], ids[c], r, mine, names)}
                for (c, r), (pc, mine) in ordered
            ]  # fmt: skip
            mine_text = " / ".join(sorted({f"{v['figure']} ({v['outlet']})" for v in values if "mention" in v}))
            other_text = " / ".join(sorted({f"{v['figure']} ({v['outlet']})" for v in values if "mention" not in v}))
            where = str(values[0]["place"]).title()
            out.setdefault(own, []).append(
                Conflict(
                    kind="number",
                    description=cw.ACROSS_FIGURE.format(
                        other=ids[other], what=where, mine=mine_text, theirs=other_text
                    ),
                    values=values,
                )
            )
    return out
