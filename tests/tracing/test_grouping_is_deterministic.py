"""The words two mentions share weigh the same whatever order the run's string hashing gives their set."""

from fractions import Fraction
from itertools import permutations

from attribution.tracing.cluster import _Feat, weighted_dice

# each shared word weighs 0.1, 0.2 and 0.3 over the pair: (0.1 + 0.2) + 0.3 and 0.1 + (0.2 + 0.3) differ in floats
KEYS_A = {"ferry": 0.05, "capsized": 0.1, "harbour": 0.15, "night": 0.7}
KEYS_B = {"ferry": 0.05, "capsized": 0.1, "harbour": 0.15, "storm": 0.9}


def _feat(keys: dict[str, float]) -> _Feat:
    return _Feat(keys=keys, weight=sum(keys.values()), main=frozenset())


def test_shared_words_weigh_the_same_in_every_order():
    a, b = _feat(KEYS_A), _feat(KEYS_B)
    common = ["ferry", "capsized", "harbour"]
    values = {weighted_dice(a, b, order) for order in permutations(common)}
    assert len(values) == 1


def test_shared_words_weigh_their_exact_sum():
    a, b = _feat(KEYS_A), _feat(KEYS_B)
    common = ["harbour", "capsized", "ferry"]
    exact = sum(Fraction(a.keys[k] + b.keys[k]) for k in common) / 2
    assert weighted_dice(a, b, common) == 2.0 * float(exact) / (a.weight + b.weight)
