"""Someone's time in a post, compared across claims: "After just 91 days in office, he has served the
shortest time" / "the prime minister with the shortest tenure, serving for only 90 days".

A duration is a figure with a unit (days, weeks, months, years) that the tagger reads as a date, so the figure
conflicts never see it, and mentions giving it share too few words to be grouped. A mention gives a *tenure*
when it gives exactly one duration tied to a post: followed by TENURE_AFTER ("in office", "in power") or preceded,
at most TENURE_GAP words before, by a tenure word (TENURE_BEFORE: "serving for only", "a tenure of"). Two tenures
of different claims conflict when they are in one unit, cannot both be true (``conflicts.compatible``: "91" /
"90" cannot; "about three months" / "three months" can), are close enough to be versions of one figure (within
GROUP_RATIO: "eight months" for a predecessor is another person's time), and the two mentions do not name
different people (when both name a person, they share one). Each such pair of claims gets a ``number`` conflict
naming both sides' mentions and chains; both keep their own verdicts and are never joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.en import conflicts as cw
from ..lang.en.numbers import NUMBER_WORDS, QUALIFIERS
from ..lang.en.phases import DURATION_UNITS, TENURE_AFTER, TENURE_BEFORE, TENURE_FILLERS, TENURE_GAP
from ..models import Conflict
from .candidates import NumberFact
from .conflicts import GROUP_RATIO, MentionRecord, _fmt, claim_side, compatible, pairs_in_blocks, sides_of
from .counts import WORD_RE

_PERSON = "PERSON"


@dataclass(slots=True, frozen=True)
class Tenure:
    """A mention's one duration of someone's time in a post: its figure (value, qualifier, unit as the noun)."""

    fig: NumberFact
    unit: str


def _value(word: str) -> float | None:
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


def _qualifier(low: Sequence[str], at: int) -> tuple[str, int]:
    """The qualifier right before the figure at ``at`` and its length in words ("nearly three months" ->
    nearly, 1), else ("", 0)."""
    for words, norm in QUALIFIERS:
        if at >= len(words) and tuple(low[at - len(words) : at]) == words:
            return norm, len(words)
    return "", 0


def _tied_to_post(low: Sequence[str], at: int, opens: int) -> bool:
    """The duration at ``at`` (figure, unit; its qualifier opens at ``opens``) is said to be a time in a post."""
    after = low[at + 2 :]
    if any(tuple(after[: len(p)]) == p for p in TENURE_AFTER):
        return True
    k = opens - 1
    while k >= 0 and opens - k <= TENURE_GAP and low[k] in TENURE_FILLERS:
        k -= 1
    return k >= 0 and opens - k <= TENURE_GAP and low[k] in TENURE_BEFORE


def tenure(text: str) -> Tenure | None:
    """The one duration of a time in a post the mention gives, or None (none, or several)."""
    low = [w.lower() for w in WORD_RE.findall(text)]
    found: list[Tenure] = []
    for k in range(len(low) - 1):
        unit = DURATION_UNITS.get(low[k + 1])
        value = _value(low[k]) if unit is not None else None
        qualifier, width = _qualifier(low, k) if unit is not None else ("", 0)
        if unit is None or value is None or not _tied_to_post(low, k, k - width):
            continue
        found.append(Tenure(NumberFact(value, qualifier, unit, f"{low[k]} {low[k + 1]}"), unit))
    return found[0] if len(found) == 1 else None


def _persons(rec: MentionRecord) -> frozenset[str]:
    return frozenset(key for key, label in rec.cand.entities if label == _PERSON)


def tenures_conflict(a: Tenure, b: Tenure) -> bool:
    """Two tenures in one unit that cannot both be true and are versions of one figure (within GROUP_RATIO)."""
    if a.unit != b.unit or compatible(a.fig, b.fig):
        return False
    lo, hi = sorted((a.fig.value, b.fig.value))
    return lo > 0 and hi / lo <= GROUP_RATIO


def tenure_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[tuple[int, int, int, int, Tenure, Tenure]]:
    """Mentions of different claims whose tenures conflict and who name no different people, compared inside
    blocks of one unit (each capped at MAX_BLOCK members)."""
    blocks: dict[str, list[tuple[int, int, Tenure]]] = {}
    read: dict[str, Tenure | None] = {}  # once per distinct text (wire copy repeats it; a tenure is frozen)
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            text = rec.cand.text
            t = read[text] if text in read else read.setdefault(text, tenure(text))
            if t is not None:
                blocks.setdefault(t.unit, []).append((c, r, t))

    def conflict(a: tuple[int, int, Tenure], b: tuple[int, int, Tenure]) -> bool:
        if not tenures_conflict(a[2], b[2]):
            return False
        pa, pb = _persons(claims[a[0]][a[1]]), _persons(claims[b[0]][b[1]])
        return not (pa and pb and not pa & pb)  # two people's times in office

    return sorted(pairs_in_blocks(blocks, conflict), key=lambda p: p[:4])


def tenure_conflicts(
    claims: Sequence[Sequence[MentionRecord]], ids: Sequence[str], names: dict[str, str]
) -> dict[int, list[Conflict]]:
    """Claim index -> a ``number`` conflict per other claim giving another time in the post, naming both sides'
    mentions and chains (each value says which claim it belongs to)."""
    by_pair: dict[tuple[int, int], list[tuple[int, int, int, int, Tenure, Tenure]]] = {}
    for p in tenure_pairs(claims):
        by_pair.setdefault((p[0], p[2]), []).append(p)
    out: dict[int, list[Conflict]] = {}
    for (ca, cb), found in sorted(by_pair.items()):
        for own, other in ((ca, cb), (cb, ca)):
            ordered = sides_of(found, own)
            values = [
                {"counts": "time in office", "value": t.fig.value, "qualifier": t.fig.qualifier, "unit": t.unit,
                 "figure": f"{_fmt(t.fig)} {t.fig.text.split()[-1]}", "as_written": t.fig.text,
                 **claim_side(claims[c][r], ids[c], r, mine, names)}
                for (c, r), (t, mine) in ordered
            ]  # fmt: skip
            mine_text = " / ".join(sorted({f"{v['figure']} ({v['outlet']})" for v in values if "mention" in v}))
            other_text = " / ".join(sorted({f"{v['figure']} ({v['outlet']})" for v in values if "mention" not in v}))
            out.setdefault(own, []).append(
                Conflict(
                    kind="number",
                    description=cw.ACROSS_TENURE.format(other=ids[other], mine=mine_text, theirs=other_text),
                    values=values,
                )
            )
    return out
