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


# -- what a figure counts, read once per text and figure (``counts.counted_kind``) -------------------------------------
def _old_counted_kind(text: str, fig: Any, predicate: bool = False) -> str | None:
    """main a9d457d's ``counted_kind``, reading the whole figure."""
    from attribution.tracing import counts

    low = text.lower()
    at = low.find(fig.text.lower()) if fig.text else -1
    if at < 0:
        return None
    before = counts.WORD_RE.findall(low[:at])
    said = counts._said_kind(low, at, fig) if predicate else None
    kind = counts.toll_kind(before) or said or counts.governing_kind(before)
    kind = kind or counts._window_kind(low, at, fig, predicate)
    if kind is not None and fig.noun in counts.MEASURE_NOUNS and kind not in counts.MEASURE_KINDS:
        return None
    return kind


COUNT_TEXTS = [
    "The death toll rose to at least 69, officials said.",
    "17 people evacuated from the plane were injured and 3 killed.",
    "Some 25 people were injured and the quake struck at a depth of 10 kilometres.",
    "Soldiers killed three militants; 40 people had been killed or injured.",
    "A death toll of 40 was given, and 1,200 homes were damaged.",
]
FIGURES = [("69", None, None), ("at least 69", None, None), ("17", "person", "injured"), ("3", None, None),
           ("25", "person", None), ("10 kilometres", "kilometre", None), ("three", None, None),
           ("40", "person", "killed"), ("1,200", "home", "damaged"), ("40", None, None)]  # fmt: skip


def test_what_a_figure_counts_is_read_once_per_text_and_figure_alike() -> None:
    from attribution.tracing.candidates import NumberFact
    from attribution.tracing.counts import counted_kind

    rng = random.Random(7)
    kinds = set()
    for _ in range(400):
        text = rng.choice(COUNT_TEXTS)
        written, noun, said = rng.choice(FIGURES)
        fig = NumberFact(rng.choice([3.0, 40.0, 1200.0]), rng.choice(["", "at least"]), noun, written, said,
                         rng.random() < 0.5)  # fmt: skip
        predicate = rng.random() < 0.5
        expected = _old_counted_kind(text, fig, predicate)
        assert counted_kind(text, fig, predicate) == expected, (text, fig, predicate)
        kinds.add(expected)
    assert len(kinds) >= 4  # the table reaches several kinds and none


# -- the hedged and plain mentions of one origin that say the same (``conflicts.hedge_conflicts``) ---------------------
def test_hedged_and_plain_mentions_saying_the_same_are_found_over_distinct_keys_alike() -> None:
    from attribution.tracing.conflicts import _saying_the_same_as, says_the_same

    rng = random.Random(11)
    words = ["crew", "construction", "road", "part", "worker", "~believe", "six", "hospital", "gang", "attack"]
    reached = 0
    for _ in range(300):
        pool = [rng.sample(words, rng.randint(0, 6)) for _ in range(rng.randint(1, 5))]  # a few wordings, repeated
        own, others = [], []
        for k in range(rng.randint(0, 25)):
            rec = _record(rng, k)
            rec.cand.lemmas = list(rng.choice(pool))
            (own if rng.random() < 0.5 else others).append(rec)
        for a, b in ((own, others), (others, own)):
            # main a9d457d: every pair of a hedged and a plain mention
            expected = [r for r in a if any(says_the_same(r, o) if a is own else says_the_same(o, r) for o in b)]
            found = _saying_the_same_as(a, b)
            assert [id(r) for r in found] == [id(r) for r in expected]
            reached += 0 < len(expected) < len(a)
    assert reached >= 20  # the generated mentions reach both sides of the share
