"""Whether some name of one origin stands whole inside some name of the other is looked up (each name's inner runs
of words, once per set of names) and gives exactly what testing every pair of names gives (``_name_inside``)."""

from __future__ import annotations

import random

import pytest

from attribution.tracing.independence import _may_hold, _name_inside, _one_name_inside

WORDS = ["Ines", "Duarte", "Rear", "Adm.", "T.", "Shannon", "Gilreath", "Health", "Ministry", "of", "the",
         "Interior", "CEO", "George", "Kurtz", "on", "social", "media", "INES", "duarte,", "Crowd-Strike"]  # fmt: skip


def _every_pair(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """The definition (the code before it had to scale): every name of one against every name of the other."""
    return _may_hold(mine, theirs) and any(_name_inside(x, y) for x in mine for y in theirs)


def _names(rng: random.Random) -> tuple[str, ...]:
    base = [rng.choice(WORDS) for _ in range(rng.randint(1, 6))]
    out = [" ".join(base)]
    for _ in range(rng.randint(0, 5)):
        if rng.random() < 0.5 and len(base) > 1:  # a run of words of the first name, or the name with a title
            i = rng.randrange(len(base))
            out.append(" ".join(base[i : rng.randint(i + 1, len(base))]))
        else:
            out.append(" ".join([rng.choice(WORDS), *base, *rng.sample(WORDS, rng.randint(0, 2))]))
    return tuple(out)


@pytest.mark.parametrize("seed", range(300))
def test_one_name_inside_is_testing_every_pair_of_names(seed: int) -> None:
    rng = random.Random(seed)
    mine = _names(rng)
    theirs = _names(rng) if rng.random() < 0.6 else tuple(rng.sample(mine, rng.randint(1, len(mine))))
    assert _one_name_inside(mine, theirs) == _every_pair(mine, theirs)
    assert _one_name_inside(theirs, mine) == _every_pair(theirs, mine)


@pytest.mark.parametrize(
    ("mine", "theirs", "inside"),
    [
        (("Shannon Gilreath",), ("Rear Adm. Shannon Gilreath",), True),
        (("Rear Adm. Shannon Gilreath",), ("Shannon Gilreath",), True),
        (("Shannon Gilreath",), ("Shannon Gilreath",), False),  # the same name is not one inside the other
        (("Gilreath",), ("Rear Adm. Shannon Gilreath",), False),  # a name of one word stands inside nothing
        (("Shannon Gilreath", "S. Gilreath"), ("Adm. S. Gilreath",), True),
        (("Gilreath Shannon",), ("Rear Adm. Shannon Gilreath",), False),  # the words in another order
    ],
)
def test_one_name_inside_on_names_written_for_it(mine: tuple[str, ...], theirs: tuple[str, ...], inside: bool) -> None:
    assert _one_name_inside(mine, theirs) is inside
    assert _every_pair(mine, theirs) is inside


def test_the_random_names_meet_both_answers() -> None:
    found = set()
    for seed in range(300):
        rng = random.Random(seed)
        mine = _names(rng)
        theirs = _names(rng) if rng.random() < 0.6 else tuple(rng.sample(mine, rng.randint(1, len(mine))))
        found.add(_every_pair(mine, theirs))
    assert found == {True, False}
