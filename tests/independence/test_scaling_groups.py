"""Grouping dependent origins and folding a state's own bodies scale with the origins, not their pairs, and
give exactly what comparing every pair gives: the same groups, the same doubt lines in the same order."""

from __future__ import annotations

import random

import pytest

from attribution.lang.en.independence import MORE_DEPENDENT_PAIRS
from attribution.models import Source
from attribution.tracing.independence import (
    PAIR_DOUBTS_SHOWN,
    ArticleLinks,
    _fold_state_parts,
    _independent_groups,
    _name,
)


def _all_pairs_groups(units, arts, sources, names, links, doubts):  # type: ignore[no-untyped-def]
    """The definition: every pair of units compared (what the code did before it had to scale)."""
    parent = {u: u for u in units}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, u in enumerate(units):
        for v in units[i + 1 :]:
            if arts[u] & arts[v]:
                continue
            if all(links.group[x] == links.group[y] for x in arts[u] for y in arts[v]):
                ru, rv = find(u), find(v)
                if ru != rv:
                    parent[max(ru, rv)] = min(ru, rv)
                outs = sorted({links.outlet_name.get(a, a) for a in arts[u] | arts[v]})
                why = sorted({t for a in arts[u] | arts[v] for t in links.ties.get(a, [])})
                doubts.append(
                    f"{_name(u, sources, names)} and {_name(v, sources, names)} come only through articles that "
                    f"depend on one another ({', '.join(outs)}" + (f": {'; '.join(why[:3])}" if why else "") + ")"
                )
    return sorted({find(u) for u in units})


def _all_pairs_fold(carried, sources, names, evidence):  # type: ignore[no-untyped-def]
    for us in carried.values():
        for u in sorted(us):
            parts = [v for x in carried.values() for v in x if v != u and _parent_of(u, v, sources)]
            if parts:
                part = min(parts)
                evidence.append(f"{_name(part, sources, names)} is part of {_name(u, sources, names)}: counted as one")
                for x in carried.values():
                    if u in x:
                        x.discard(u)
                        x.add(part)


def _parent_of(u: str, v: str, sources: dict[str, Source]) -> bool:
    src = sources.get(v)
    return src is not None and len(src.affiliation_path) > 1 and src.affiliation_path[-1] == u


def _random_claim(rng: random.Random):  # type: ignore[no-untyped-def]
    n_arts, n_units = rng.randint(1, 9), rng.randint(1, 12)
    articles = [f"art{k}" for k in range(n_arts)]
    links = ArticleLinks(
        group={a: rng.randint(0, 2) for a in articles},
        outlet_name={a: rng.choice(["Outlet A", "Outlet B", "Outlet C"]) for a in articles if rng.random() < 0.8},
        ties={a: rng.sample(["copies text", "cites B", "shares a wire credit"], rng.randint(0, 2)) for a in articles},
    )
    units = sorted(f"s{k}" for k in range(n_units))
    arts = {u: set(rng.sample(articles, rng.randint(1, min(3, n_arts)))) for u in units}
    names = {u: rng.choice(["the coast guard", "the ministry", "a spokesman"]) for u in units}
    return units, arts, {}, names, links


@pytest.mark.parametrize("seed", range(300))
def test_grouping_gives_what_comparing_every_pair_gives(seed: int) -> None:
    units, arts, sources, names, links = _random_claim(random.Random(seed))
    want_doubts: list[str] = []
    want = _all_pairs_groups(units, arts, sources, names, links, want_doubts)
    got_doubts: list[str] = []
    got = _independent_groups(units, arts, sources, names, links, got_doubts)
    assert got == want
    assert list(dict.fromkeys(got_doubts)) == _shown(list(dict.fromkeys(want_doubts)))


def _shown(lines: list[str]) -> list[str]:
    """What a reader is shown of the dependent-pair lines: the first few, then one line counting the rest."""
    rest = len(lines) - PAIR_DOUBTS_SHOWN
    return lines[:PAIR_DOUBTS_SHOWN] + ([MORE_DEPENDENT_PAIRS.format(count=rest)] if rest > 0 else [])


@pytest.mark.parametrize(
    ("origins", "lines_shown", "counted"), [(3, 3, None), (5, 10, None), (6, 10, 5), (40, 10, 770)]
)
def test_a_claim_spread_over_many_dependent_outlets_shows_a_few_pair_doubts_and_counts_the_rest(
    origins: int, lines_shown: int, counted: int | None
) -> None:
    articles = [f"art{k}" for k in range(origins)]
    links = ArticleLinks(group=dict.fromkeys(articles, 0), outlet_name={a: "Wire copy" for a in articles}, ties={})
    units = [f"s{k:02d}" for k in range(origins)]
    arts = {u: {a} for u, a in zip(units, articles, strict=True)}
    names = {u: f"Official {u}" for u in units}
    doubts: list[str] = []
    groups = _independent_groups(units, arts, {}, names, links, doubts)
    assert groups == ["s00"]  # every origin comes through articles that depend on one another: one origin
    more = [d for d in doubts if d.startswith("and ")]
    pair_lines = [d for d in doubts if d not in more]
    assert len(pair_lines) == lines_shown
    assert more == ([MORE_DEPENDENT_PAIRS.format(count=counted)] if counted else [])


@pytest.mark.parametrize("seed", range(200))
def test_folding_state_parts_gives_what_comparing_every_unit_gives(seed: int) -> None:
    rng = random.Random(seed)
    ids = [f"u{k}" for k in range(8)]
    sources = {}
    for u in ids:
        path = [u] if rng.random() < 0.4 else [u, *rng.sample([x for x in ids if x != u], rng.randint(1, 2))]
        sources[u] = Source(id=u, name=f"name {u}", kind="organization", affiliation_path=path)
    carried = {f"a{k}": set(rng.sample(ids, rng.randint(1, 4))) for k in range(rng.randint(1, 6))}
    want_carried = {a: set(us) for a, us in carried.items()}
    want: list[str] = []
    _all_pairs_fold(want_carried, sources, {}, want)
    got: list[str] = []
    _fold_state_parts(carried, sources, {}, got)
    assert got == want
    assert carried == want_carried


def test_a_claim_over_thousands_of_copies_is_grouped_in_one_pass() -> None:
    """30,000 copies of one story, each its own "coast guard": one group, one doubt line (the pairs are
    never enumerated: this would take hours if they were)."""
    n = 30_000
    units = sorted(f"s{k:05d}" for k in range(n))
    arts = {u: {f"art{k}"} for k, u in enumerate(units)}
    links = ArticleLinks(group={f"art{k}": 0 for k in range(n)}, outlet_name={f"art{k}": "wire" for k in range(n)})
    doubts: list[str] = []
    groups = _independent_groups(units, arts, {}, dict.fromkeys(units, "the coast guard"), links, doubts)
    assert groups == [units[0]]
    assert doubts == [
        "the coast guard and the coast guard come only through articles that depend on one another (wire)"
    ]
