"""The conflicts across claims read each distinct text once (round fourteen, issue 16's cost target): wire copy repeats
one sentence in hundreds of articles, and the place counts, event phases, tenures and where-readings of a mention
depend on its words (with its entities, dates or places) alone. The per-mention reading of main a9d457d is the
oracle: on generated claims whose mentions repeat texts, with the same words under other entities, dates or places,
the pairs found are the same, in the same order."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from attribution.tracing import opposed, phases, place_counts, tenures
from attribution.tracing.candidates import MentionCandidate
from attribution.tracing.conflicts import MentionRecord, pairs_in_blocks

TEXTS = [
    "Most of the 61 cases were reported in Ardmore (27) and Bellport (nine), the agency said.",
    "Ardmore has the most cases, 26, followed by Bellport with nine.",
    "Ardmore reported more than 1,200 cases on Sunday.",
    "The rescue operation was wrapped up Saturday afternoon in Ardmore.",
    "The rescue operation ended on Sunday after the storm.",
    "The strike began on Monday and the strike ended on Tuesday.",
    "After just 64 days in office, the chancellor resigned.",
    "The chancellor with the shortest tenure, serving for only 63 days",
    "After 60 days in office the chancellor quit.",
    "The attack occurred in Bellport, officials said.",
    "The attack did not happen in Ardmore.",
    "Three people were killed in an attack in Ardmore.",
    "The explosion happened in Ardmore on Sunday.",
]
ENTITIES = [
    [("#ardmore", "GPE"), ("#bellport", "GPE")],
    [("#ardmore", "GPE")],
    [("#bellport", "GPE"), ("#jane roe", "PERSON")],
    [("#john doe", "PERSON")],
    [],
]
DATES = [[], ["weekday:sunday"], ["weekday:saturday"], ["date:10-2"], ["weekday:sunday", "weekday:monday"]]
PLACES: list[list[tuple[str, bool]]] = [
    [], [("ardmore", True)], [("bellport", True)], [("ardmore", True), ("bellport", False)], [("?", True)],
]


def _record(rng: random.Random, k: int) -> MentionRecord:
    cand = MentionCandidate(
        start=k,
        end=k + 1,
        text=rng.choice(TEXTS),
        attributions=[],
        sentence=0,
        lemmas=[],
        predicates=[],
        main_predicates=[],
        entities=list(rng.choice(ENTITIES)),
        dates=list(rng.choice(DATES)),
        places=list(rng.choice(PLACES)),
    )
    return MentionRecord(f"a{k}", f"o{k % 7}", f"Outlet {k % 7}", cand, [[f"o{k % 7}"]], [], None)


def _claims(seed: int) -> list[list[MentionRecord]]:
    rng = random.Random(seed)
    k = 0
    out = []
    for _ in range(rng.randint(2, 9)):
        records = []
        for _ in range(rng.randint(1, 30)):
            records.append(_record(rng, k))
            k += 1
        out.append(records)
    return out


# -- main a9d457d's loops, each reading every mention again ---------------------------------------------------------
def _old_place_count_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[Any]:
    blocks: dict[str, list[Any]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            for pc in place_counts.place_counts(rec.cand.text, rec.cand.entities):
                blocks.setdefault(pc.place, []).append((c, r, pc))
    out = pairs_in_blocks(blocks, lambda a, b: place_counts.place_counts_conflict(a[2], b[2]))
    return sorted(out, key=lambda p: (p[0], p[2], p[4].place, p[1], p[3]))


def _old_phase_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[Any]:
    blocks: dict[tuple[str, str], list[Any]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            for ph in phases.phase_readings(rec.cand.text, rec.cand.dates):
                blocks.setdefault((ph.event, ph.phase), []).append((c, r, ph))
    found: dict[tuple[int, int, int, int], Any] = {}
    for ca, ra, cb, rb, va, vb in pairs_in_blocks(blocks, lambda a, b: phases.phases_exclude(a[2], b[2])):
        found.setdefault((ca, ra, cb, rb), phases._Pair(ca, ra, cb, rb, va, vb))
    return [found[k] for k in sorted(found)]


def _old_tenure_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[Any]:
    blocks: dict[str, list[Any]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            t = tenures.tenure(rec.cand.text)
            if t is not None:
                blocks.setdefault(t.unit, []).append((c, r, t))

    def conflict(a: Any, b: Any) -> bool:
        if not tenures.tenures_conflict(a[2], b[2]):
            return False
        pa, pb = tenures._persons(claims[a[0]][a[1]]), tenures._persons(claims[b[0]][b[1]])
        return not (pa and pb and not pa & pb)

    return sorted(pairs_in_blocks(blocks, conflict), key=lambda p: p[:4])


def _old_where_blocks(claims: Sequence[Sequence[MentionRecord]]) -> dict[Any, list[Any]]:
    blocks: dict[Any, list[Any]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            for oc in opposed.where_readings(rec):
                blocks.setdefault(("where", oc.event), []).append((c, r, oc))
    return blocks


def _new_where_blocks(claims: Sequence[Sequence[MentionRecord]]) -> dict[Any, list[Any]]:
    return {key: block for key, block in opposed._readings(claims).items() if key[0] == "where"}


CASES: list[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = [
    ("place counts", _old_place_count_pairs, place_counts.place_count_pairs),
    ("event phases", _old_phase_pairs, phases.phase_pairs),
    ("tenures", _old_tenure_pairs, tenures.tenure_pairs),
    ("where readings", _old_where_blocks, _new_where_blocks),
]


@pytest.mark.parametrize(("what", "old", "new"), CASES, ids=[c[0] for c in CASES])
def test_reading_each_distinct_text_once_finds_the_same_pairs(what: str, old: Any, new: Any) -> None:
    found_any = 0
    for seed in range(60):
        claims = _claims(seed)
        expected = old(claims)
        assert new(claims) == expected, (what, seed)
        found_any += bool(expected)
    assert found_any >= 10  # the generated claims do reach pairs of each kind
