"""Fragments resting on the same origins join on weaker word evidence, as whole groups (average linkage),
never across a veto (cluster.cluster_mentions's loose pass, SAME_ORIGIN_BAR)."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run, src

from attribution.tracing import cluster as C

# one fact in two wordings that share only the event: too few words for the strict or the loose bar
BURST = ("the dam burst after days of rain", ["dam", "burst", "day", "rain", "~collapse"])
GAVE_WAY = (
    "heavy rainfall overwhelmed the reservoir wall and it gave way",
    ["heavy", "rainfall", "overwhelm", "reservoir", "wall", "~collapse"],
)
# the same dam, another event
EVACUATED = ("the dam area was evacuated before it burst", ["dam", "area", "burst", "~evacuate"])


def _others() -> list:  # type: ignore[type-arg]
    return [mention(f"other statement {i}", [f"w{i}", f"v{i}"]) for i in range(6)]


def _corpus():  # type: ignore[no-untyped-def]
    return [mention(*BURST), mention(*GAVE_WAY), *_others()]


def _joined(groups: list[list[int]]) -> bool:
    return any(0 in g and 1 in g for g in groups)


def test_the_pair_is_under_both_word_bars_but_over_the_same_origin_bar() -> None:
    feats, _ = C._features(_corpus())
    assert not C.similar(feats[0], feats[1], C.LOOSE_SLACK)
    score = C.affinity(feats[0], feats[1])
    assert score is not None and C.SAME_ORIGIN_BAR is not None and C.SAME_ORIGIN_BAR <= score < 1.0


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ({"ministry"}, {"ministry"}, True),  # one origin: the join cannot make a confirmation
        ({"ministry"}, {"agency"}, False),  # two origins: the word bars only
        ({"ministry"}, set(), False),  # a sourced claim and an outlet's own words: the word bars only
        (set(), set(), False),  # nobody's: the word bars only
    ],
)
def test_fragments_join_on_weak_words_only_when_they_rest_on_the_same_origins(
    first: set, second: set, joined: bool
) -> None:
    ms = _corpus()
    origins = [frozenset(first), frozenset(second)] + [frozenset()] * (len(ms) - 2)
    assert _joined(C.cluster_mentions(ms, origins=origins, may_join=lambda a, b: True)) is joined


def test_same_origin_joins_still_ask_the_callers_check() -> None:
    ms = _corpus()
    origins = [frozenset({"ministry"})] * 2 + [frozenset()] * (len(ms) - 2)
    assert not _joined(C.cluster_mentions(ms, origins=origins, may_join=lambda a, b: False))


def test_a_group_joins_as_a_whole_never_through_one_close_pair() -> None:
    ms = [mention(*BURST), mention(*GAVE_WAY), mention(*EVACUATED), *_others()]
    feats, _ = C._features(ms)
    origin = frozenset({"ministry"})
    assert C._same_origin_join([0], [1], origin, origin, feats)
    # the evacuation is another event than the collapse: a vetoed pair keeps the groups apart
    assert C.affinity(feats[1], feats[2]) is None
    assert not C._same_origin_join([0, 2], [1], origin, origin, feats)


def test_affinity_is_none_exactly_when_a_veto_holds_and_reaches_one_exactly_when_the_strict_rule_joins() -> None:
    ms = [mention(*BURST), mention(*GAVE_WAY), mention(*EVACUATED), mention(BURST[0], BURST[1]), *_others()]
    feats, _ = C._features(ms)
    for i in range(4):
        for j in range(i + 1, 4):
            score = C.affinity(feats[i], feats[j])
            assert (score is None) is C._vetoed(feats[i], feats[j])
            assert (score is not None and score >= 1.0) is C.similar(feats[i], feats[j])


def test_one_sources_statement_in_two_outlets_words_is_one_single_origin_claim() -> None:
    a, b = Art("a", "Outlet A"), Art("b", "Outlet B")
    a.mentions.append(mention(*BURST, attributions=[a.attribute("ministry")]))
    b.mentions.append(mention(*GAVE_WAY, attributions=[b.attribute("ministry")]))
    for art in (a, b):
        art.mentions.extend(mention(f"{art.id} other {i}", [f"{art.id}w{i}", f"{art.id}v{i}"]) for i in range(3))
    claims, _ = run([a, b], [src("ministry", "Interior Ministry", "government")])
    [claim] = [c for c in claims if len(c.mentions) > 1]
    assert sorted(m.text for m in claim.mentions) == sorted([BURST[0], GAVE_WAY[0]])
    assert claim.verdict == "single-origin"


def test_two_sources_statements_in_such_words_stay_two_claims() -> None:
    a, b = Art("a", "Outlet A"), Art("b", "Outlet B")
    a.mentions.append(mention(*BURST, attributions=[a.attribute("ministry")]))
    b.mentions.append(mention(*GAVE_WAY, attributions=[b.attribute("agency")]))
    for art in (a, b):
        art.mentions.extend(mention(f"{art.id} other {i}", [f"{art.id}w{i}", f"{art.id}v{i}"]) for i in range(3))
    sources = [src("ministry", "Interior Ministry", "government"), src("agency", "Water Agency", "government")]
    claims, _ = run([a, b], sources)
    assert all(len(c.mentions) == 1 for c in claims)
