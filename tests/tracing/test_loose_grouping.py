"""The looser second grouping pass: weaker evidence joins groups only where the join changes nothing a
fact-checker is told (cluster.cluster_mentions with ``may_join``; claims._LooseJoin)."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run, src

from attribution.tracing.claims import CONFIRMED, _LooseJoin
from attribution.tracing.cluster import ClusterStats, cluster_mentions

# Dice .33 between the two (the strict bar is .34, the loose one .29): one fact in two outlets' words
FINED = ["regulator", "fine", "carmaker", "emission", "software", "over"]
PENALISED = ["watchdog", "penalise", "carmaker", "emission", "software", "cheat", "test", "company", "device"]
FINED_TEXT = "the regulator fined the carmaker over its emissions software"
PENALISED_TEXT = "the watchdog penalised the car company for a device and software that cheated emissions tests"


def _corpus():  # type: ignore[no-untyped-def]
    fined = mention(FINED_TEXT, FINED)
    penalised = mention(PENALISED_TEXT, PENALISED)
    others = [mention(f"other statement {i}", [f"w{i}", f"v{i}"]) for i in range(6)]
    return [fined, penalised, *others]


def _joined(groups: list[list[int]]) -> bool:
    return any(0 in g and 1 in g for g in groups)


def test_a_paraphrase_just_under_the_strict_bar_joins_only_in_the_loose_pass() -> None:
    ms = _corpus()
    assert not _joined(cluster_mentions(ms))
    stats = ClusterStats()
    assert _joined(cluster_mentions(ms, stats, may_join=lambda a, b: True))
    assert stats.loose_unions == 1


def test_the_loose_pass_joins_nothing_its_check_refuses() -> None:
    assert not _joined(cluster_mentions(_corpus(), may_join=lambda a, b: False))


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ({"regulator"}, {"ministry"}, False),  # each rests on an origin the other lacks
        ({"regulator"}, {"regulator", "ministry"}, True),  # one holds the other's
        (set(), {"regulator"}, True),  # an outlet's own words beside a sourced claim
    ],
)
def test_loose_joins_need_one_group_to_hold_the_others_origins(first: set, second: set, joined: bool) -> None:
    ms = _corpus()
    origins = [frozenset(first), frozenset(second)] + [frozenset()] * (len(ms) - 2)
    assert _joined(cluster_mentions(ms, origins=origins, may_join=lambda a, b: True)) is joined


def test_two_outlets_own_wordings_of_one_fact_join_in_the_claims() -> None:
    a, b = Art("a", "Outlet A"), Art("b", "Outlet B")
    a.mentions.append(mention(FINED_TEXT, FINED))
    b.mentions.append(mention(PENALISED_TEXT, PENALISED))
    for art in (a, b):
        art.mentions.extend(mention(f"{art.id} other {i}", [f"{art.id}w{i}", f"{art.id}v{i}"]) for i in range(3))
    claims, _ = run([a, b])
    [claim] = [c for c in claims if len(c.mentions) > 1]
    assert sorted(m.text for m in claim.mentions) == sorted([FINED_TEXT, PENALISED_TEXT])
    assert claim.verdict == "unattributed"


def test_a_sourced_claim_and_an_outlets_own_wording_stay_apart_when_their_verdicts_differ() -> None:
    a, b = Art("a", "Outlet A"), Art("b", "Outlet B")
    a.mentions.append(mention(FINED_TEXT, FINED, attributions=[a.attribute("eu")]))
    b.mentions.append(mention(PENALISED_TEXT, PENALISED))
    for art in (a, b):
        art.mentions.extend(mention(f"{art.id} other {i}", [f"{art.id}w{i}", f"{art.id}v{i}"]) for i in range(3))
    claims, _ = run([a, b], [src("eu", "European Commission", "government")])
    assert all(len(c.mentions) == 1 for c in claims)


def _check_with(verdicts: dict[tuple[int, ...], str]) -> _LooseJoin:
    check = _LooseJoin.__new__(_LooseJoin)
    check.known = dict(verdicts)
    return check


@pytest.mark.parametrize(
    ("first", "second", "together", "allowed"),
    [
        ("single-origin", "single-origin", "single-origin", True),
        ("unattributed", "unattributed", "unattributed", True),
        ("single-origin", "single-origin", CONFIRMED, False),  # a loose join never makes a confirmation
        (CONFIRMED, CONFIRMED, CONFIRMED, False),  # nor touches one
        ("single-origin", "unattributed", "single-origin", False),  # nor moves either side's verdict
    ],
)
def test_a_loose_join_keeps_every_verdict_and_never_confirms(
    first: str, second: str, together: str, allowed: bool
) -> None:
    check = _check_with({(0,): first, (1,): second, (0, 1): together})
    assert check([0], [1]) is allowed
