"""The origin a passage's copies are counted as (``_kept_copy``) reads each origin's dependence groups once per claim
and only for origins copied by every mention, and keeps exactly the origin main's code kept (below as the oracle:
every copied origin's mentions walked for each unit), on generated origins said in several groups or none, copied by
some or all of a unit's mentions, written alike or not."""

from __future__ import annotations

import random

import pytest

from attribution.tracing.independence import _cover, _kept_copy, _Said


def _oracle(u: str, copies: dict[str, int], alike: set[str], said: dict[str, list[_Said]]) -> str | None:
    """main 1a12adb's lines in ``_one_passage_in_two_articles``."""
    mine_groups = {s.group for s in said[u]}
    fit = {v: n for v, n in copies.items() if v in alike or any(s.group not in mine_groups for s in said[v])}
    return _cover(fit, said, len(said[u]))


def _claim(rng: random.Random) -> dict[str, list[_Said]]:
    said: dict[str, list[_Said]] = {}
    for i in range(rng.randint(2, 9)):
        said[f"u{i}"] = [
            _Said(f"a{rng.randint(0, 5)}", rng.choice((None, 0, 1, 2)), set(), (), f"text {rng.randint(0, 3)}")
            for _ in range(rng.randint(1, 5))
        ]
    return said


@pytest.mark.parametrize("seed", range(200))
def test_kept_copy_is_main_s_choice(seed: int) -> None:
    rng = random.Random(seed)
    said = _claim(rng)
    groups: dict[str, set[int | None]] = {}  # shared by every unit of the claim, as in the step
    for u in sorted(said):
        need = len(said[u])
        others = [v for v in said if v != u]
        copies = {
            v: rng.choice((need, need, rng.randint(1, need))) for v in rng.sample(others, rng.randint(0, len(others)))
        }
        alike = {v for v in copies if rng.random() < 0.3}
        assert _kept_copy(u, copies, alike, said, groups) == _oracle(u, copies, alike, said)


def test_the_generated_claims_keep_and_refuse() -> None:
    """Not idle: some units keep an origin, some keep none because every copy is of their own groups only."""
    kept, refused = 0, 0
    for seed in range(200):
        rng = random.Random(seed)
        said = _claim(rng)
        for u in sorted(said):
            need = len(said[u])
            copies = {v: need for v in said if v != u}
            if _oracle(u, copies, set(), said) is None and _cover(copies, said, need) is not None:
                refused += 1
            elif _oracle(u, copies, set(), said) is not None:
                kept += 1
    assert kept and refused
