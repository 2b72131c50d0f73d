"""The dependent-pair doubts of a claim are counted on their parts (names, outlets, first ties) instead of
being written out one by one, and give exactly what writing every line out gave: the same lines shown, in
the same order, and the same count of the rest, also when names, outlets or ties hold the very words and
marks a line is joined with."""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from attribution.lang.en import independence as lx
from attribution.tracing.independence import (
    PAIR_DOUBTS_SHOWN,
    ArticleLinks,
    _independent_groups,
    _joined,
    _keys_tell_lines_apart,
    _name,
    _sharing,
)
from attribution.tracing.independence import groups as groups_module

#: names, outlets and ties of which some are built to collide once written: a name that is two names joined
#: by the words between the names of a line, outlets that read as two outlets, ties that read as two ties
PLAIN_NAMES = ["the coast guard", "the ministry", "a spokesman", "Ana Berg", "the navy"]
TRICKY_NAMES = ["the ministry and the navy", "the navy and a spokesman", "Ana Berg and the ministry and the navy"]
PLAIN_OUTLETS = ["Outlet A", "Outlet B", "Outlet C", "Wire"]
TRICKY_OUTLETS = ["Outlet A, Outlet B", "Wire: Outlet C"]
PLAIN_TIES = ["copies text", "cites B", "shares a wire credit", "draws on Wire", "quotes C"]
TRICKY_TIES = ["copies text; cites B", "cites B; quotes C"]


def _old_independent_groups(units, arts, sources, names, links, doubts):  # type: ignore[no-untyped-def]
    """The code before the lines were counted on their parts (main 95bcf4d): every line written out."""
    order = {u: n for n, u in enumerate(units)}
    buckets: dict[int, list[str]] = {}
    for u in units:
        groups = {links.group[a] for a in arts[u]}
        if len(groups) == 1:
            buckets.setdefault(next(iter(groups)), []).append(u)
    root = {u: u for u in units}
    found: list[tuple[int, int, str]] = []
    for members in buckets.values():
        sharing = _sharing(members, arts)
        for comp in _joined(members, sharing):
            low = min(comp)
            for u in comp:
                root[u] = low
        found.extend(_old_pair_doubts(members, sharing, order, arts, sources, names, links))
    distinct = list(dict.fromkeys(line for _i, _j, line in sorted(found)))
    doubts.extend(distinct[:PAIR_DOUBTS_SHOWN])
    if len(distinct) > PAIR_DOUBTS_SHOWN:
        doubts.append(lx.MORE_DEPENDENT_PAIRS.format(count=len(distinct) - PAIR_DOUBTS_SHOWN))
    return sorted(set(root.values()))


def _old_pair_doubts(members, sharing, order, arts, sources, names, links):  # type: ignore[no-untyped-def]
    profile = {}
    for u in members:
        outs = frozenset(links.outlet_name.get(a, a) for a in arts[u])
        ties = frozenset(t for a in arts[u] for t in links.ties.get(a, []))
        profile[u] = (_name(u, sources, names), outs, ties)
    where: dict = {}
    for n, u in enumerate(members):
        where.setdefault(profile[u], []).append(n)
    kinds = list(where)
    done: dict = {}
    out = []
    for n, u in enumerate(members):
        mine = profile[u]
        seen = done.setdefault(mine, set())
        if len(seen) == len(kinds):
            continue
        for k, other in enumerate(kinds):
            if k in seen:
                continue
            at = where[other]
            pos = bisect_right(at, n)
            while pos < len(at) and members[at[pos]] in sharing[u]:
                pos += 1
            if pos == len(at):
                continue
            seen.add(k)
            v = members[at[pos]]
            outs, why = sorted(mine[1] | other[1]), sorted(mine[2] | other[2])
            line = lx.DEPENDENT_PAIR.format(
                a=mine[0], b=other[0], outlets=", ".join(outs),
                why=lx.DEPENDENT_WHY.format(ties="; ".join(why[:3])) if why else "",
            )  # fmt: skip
            out.append((order[u], order[v], line))
    return out


def _claim(rng: random.Random, tricky: bool, size: int):  # type: ignore[no-untyped-def]
    names_pool = PLAIN_NAMES + (TRICKY_NAMES if tricky else [])
    outlets_pool = PLAIN_OUTLETS + (TRICKY_OUTLETS if tricky else [])
    ties_pool = PLAIN_TIES + (TRICKY_TIES if tricky else [])
    n_arts = rng.randint(1, size)
    articles = [f"art{k}" for k in range(n_arts)]
    links = ArticleLinks(
        group={a: rng.randint(0, 2) for a in articles},
        outlet_name={a: rng.choice(outlets_pool) for a in articles if rng.random() < 0.85},
        ties={a: rng.sample(ties_pool, rng.randint(0, 4)) for a in articles},
    )
    units = sorted(f"s{k:03d}" for k in range(rng.randint(1, size)))
    arts = {u: set(rng.sample(articles, rng.randint(1, min(3, n_arts)))) for u in units}
    names = {u: rng.choice(names_pool) for u in units}
    return units, arts, {}, names, links


@pytest.mark.parametrize("tricky", [False, True])
@pytest.mark.parametrize("seed", range(150))
def test_counting_pair_lines_on_their_parts_gives_what_writing_them_out_gave(seed: int, tricky: bool) -> None:
    units, arts, sources, names, links = _claim(random.Random(seed), tricky, size=6 + seed % 40)
    want: list[str] = []
    want_groups = _old_independent_groups(units, arts, sources, names, links, want)
    got: list[str] = []
    assert _independent_groups(units, arts, sources, names, links, got) == want_groups
    assert got == want


@pytest.mark.parametrize(
    ("names", "outlets", "ties", "apart"),
    [
        (["the ministry", "the navy"], ["Wire"], ["copies text"], True),
        (["the ministry", "the ministry and the navy", "the navy"], ["Wire"], [], False),
        (["the Ministry of Health and Welfare", "the navy"], ["Wire"], [], True),
        (["the ministry", "the navy"], ["Outlet A, Outlet B"], [], False),
        (["the ministry", "the navy"], ["Wire: Outlet C"], [], False),
        (["the ministry", "the navy"], ["Wire"], ["copies text; cites B"], False),
    ],
)
def test_lines_are_counted_on_their_parts_only_where_the_parts_tell_them_apart(
    names: list[str], outlets: list[str], ties: list[str], apart: bool
) -> None:
    faces = [(n, frozenset(outlets), tuple(ties)) for n in names]
    assert _keys_tell_lines_apart(faces) is apart


def test_a_claim_over_hundreds_of_same_named_origins_counts_every_distinct_line() -> None:
    """Hundreds of "officials" each through its own outlet of one dependence group: the lines differ only by
    their outlets, and a pair of outlets read in either order is one line."""
    n = 120
    articles = [f"art{k:03d}" for k in range(n)]
    links = ArticleLinks(
        group=dict.fromkeys(articles, 0),
        outlet_name={a: f"Outlet {k % 30}" for k, a in enumerate(articles)},
        ties={a: [f"tie {k % 7}", f"tie {k % 5}"] for k, a in enumerate(articles)},
    )
    units = [f"s{k:03d}" for k in range(n)]
    arts = {u: {a} for u, a in zip(units, articles, strict=True)}
    names = dict.fromkeys(units, "officials")
    want: list[str] = []
    _old_independent_groups(units, arts, {}, names, links, want)
    got: list[str] = []
    _independent_groups(units, arts, {}, names, links, got)
    assert got == want
    assert got[-1].startswith("and ")


@pytest.mark.parametrize("at_once", [1, 7, 1 << 20])
def test_pairs_over_more_outlets_than_one_number_holds_and_taken_a_few_at_a_time_give_the_same_lines(
    at_once: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outlets past the bits of one number (150 of them) and the pairs of units taken a few at a time give the
    lines and count that writing every line out gives; units sharing an article are no pair."""
    monkeypatch.setattr(groups_module, "_PAIRS_AT_ONCE", at_once)
    rng = random.Random(at_once)
    articles = [f"art{k:03d}" for k in range(180)]
    links = ArticleLinks(
        group={a: k % 2 for k, a in enumerate(articles)},
        outlet_name={a: f"Outlet {k % 150:03d}" for k, a in enumerate(articles)},
        ties={a: rng.sample(PLAIN_TIES, rng.randint(0, 3)) for a in articles},
    )
    units = [f"s{k:03d}" for k in range(90)]
    arts = {u: set(rng.sample(articles[k % 2 :: 2], rng.randint(1, 3))) for k, u in enumerate(units)}
    names = {u: rng.choice(PLAIN_NAMES) for u in units}
    want: list[str] = []
    want_groups = _old_independent_groups(units, arts, {}, names, links, want)
    got: list[str] = []
    assert _independent_groups(units, arts, {}, names, links, got) == want_groups
    assert got == want
    assert got[-1].startswith("and ")
