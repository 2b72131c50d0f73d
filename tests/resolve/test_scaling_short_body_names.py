"""``_join_short_body_names`` tests a short body name against each distinct longer name of its head once, not
against every source carrying it (wire copy names one body in thousands of articles): the same joins, in the same
order, as main's code (kept here as the oracle) on generated corpora of bodies sharing heads and words, repeated
under one name, with descriptions, countries and alias entries that forbid a join, and short names that fit
several bodies."""

from __future__ import annotations

import random

import pytest

from attribution.resolve.corpus import (
    PERSON_KINDS,
    _body_words,
    _compatible,
    _join_short_body_names,
    _UnionFind,
    _word_fits,
)
from attribution.resolve.local import LocalSource
from attribution.resolve.mention import is_acronym

HEADS = ["Bureau", "Ministry", "Agency", "Office"]
WORDS = ["Fire", "Protection", "Environment", "Environmental", "Management", "Health", "National", "Weather",
         "Interior", "Rail", "Safety", "State"]  # fmt: skip


def _oracle(uf: _UnionFind, srcs: list[LocalSource], entries: list[str | None], countries: list[str]) -> None:
    """main 1a12adb's ``_join_short_body_names``: every source's name tested for each distinct short name."""
    by_head: dict[str, list[tuple[list[str], int, bool]]] = {}
    for k, s in enumerate(srcs):
        if s.scoped or s.person or s.kind in PERSON_KINDS:
            continue
        for n, is_name in [*((n, True) for n in s.names), *((d, False) for d in s.descriptions)]:
            if not is_acronym(n) and (found := _body_words(n)) is not None:
                by_head.setdefault(found[0], []).append((found[1], k, is_name))
    for head in sorted(by_head):
        named = by_head[head]
        fits: dict[tuple[str, ...], list[int]] = {}
        for short, k, is_name in named:
            if not is_name:
                continue
            key = tuple(short)
            if key not in fits:
                fits[key] = [
                    j
                    for long_, j, _n in named
                    if len(long_) > len(short) and all(any(_word_fits(w, x) for x in long_) for w in short)
                ]
            targets = {uf.find(j) for j in fits[key]}
            targets.discard(uf.find(k))
            if len(targets) == 1:
                target = next(iter(targets))
                if _compatible(countries[k], countries[target], entries[k], entries[target]):
                    uf.union(target, k)


def _name(rng: random.Random) -> str:
    head = rng.choice(HEADS)
    words = rng.sample(WORDS, rng.randint(1, 3))
    if rng.random() < 0.4:
        return f"{head} of {' '.join(words)}"
    return f"{' '.join(words)} {head}"


def _corpus(rng: random.Random) -> tuple[list[LocalSource], list[str | None], list[str]]:
    bodies = [_name(rng) for _ in range(rng.randint(2, 10))]
    srcs = []
    for _ in range(rng.randint(5, 60)):  # bodies repeated as wire copy repeats them
        name = rng.choice(bodies)
        s = LocalSource(name=name, kind=rng.choice(["government", "organization", "person"]), names=[name])
        if rng.random() < 0.2:
            s.descriptions = [rng.choice(bodies)]
        s.scoped = rng.random() < 0.05
        srcs.append(s)
    entries = [rng.choice([None, None, None, "Entry A", "Entry B"]) for _ in srcs]
    countries = [rng.choice(["", "", "", "Spain", "Chile"]) for _ in srcs]
    return srcs, entries, countries


@pytest.mark.parametrize("seed", range(150))
def test_short_body_names_join_as_main_joined_them(seed: int) -> None:
    srcs, entries, countries = _corpus(random.Random(seed))
    want, got = _UnionFind(len(srcs)), _UnionFind(len(srcs))
    _oracle(want, srcs, entries, countries)
    _join_short_body_names(got, srcs, entries, countries)
    assert got.edges == want.edges
    assert [got.find(i) for i in range(len(srcs))] == [want.find(i) for i in range(len(srcs))]


def test_the_generated_corpora_join_and_refuse() -> None:
    joined = refused = 0
    for seed in range(150):
        srcs, entries, countries = _corpus(random.Random(seed))
        uf = _UnionFind(len(srcs))
        _oracle(uf, srcs, entries, countries)
        joined += len(uf.edges)
        refused += uf.edges == []
    assert joined and refused
