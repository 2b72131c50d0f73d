"""Two sources' statements chained through an outlet's own words are no confirmation of each other (rule
``pooled-origins-need-a-direct-pair``, ``cluster.cluster_mentions``): the regulator ordering the jets out of service
and the carrier taking its own fleet out of service both come near "the jets were taken out of service", but the
strict pass may pool two origins only when an attributed mention of each side states the same proposition as one of
the other; sentences written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import Art, mention, run, src

from attribution.tracing import cluster as C

REGULATOR = (
    "the regulator ordered every such jet out of service for checks",
    ["regulator", "order", "jet", "service", "check"],
)
OUTLET = (
    "the jets were taken out of service for checks by the carrier",
    ["jet", "service", "check", "carrier", "take"],
)
CARRIER = ("the carrier took its own fleet out of service", ["carrier", "take", "fleet", "own", "service"])
# the regulator's order in a minister's words: the same proposition as REGULATOR, stated by another source
MINISTER = ("every such jet was ordered out of service for checks", ["order", "jet", "service", "check"])


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule ships off (``DIRECT_PAIR_FOR_POOLING``); these tests read it on."""
    monkeypatch.setattr(C, "DIRECT_PAIR_FOR_POOLING", True)


def _corpus(*texts: tuple[str, list[str]]) -> list:  # type: ignore[type-arg]
    return [mention(*t) for t in texts] + [mention(f"other statement {i}", [f"w{i}", f"v{i}"]) for i in range(6)]


def _together(groups: list[list[int]], *members: int) -> bool:
    return any(all(m in g for m in members) for g in groups)


def test_the_chain_is_close_pair_by_pair_but_its_ends_are_not() -> None:
    feats, _ = C._features(_corpus(REGULATOR, OUTLET, CARRIER))
    assert C.similar(feats[0], feats[1]) and C.similar(feats[1], feats[2])
    assert not C.similar(feats[0], feats[2])


@pytest.mark.parametrize(
    ("origins", "ends_together"),
    [
        (["regulator", "", "carrier"], False),  # two sources chained through the outlet's words: kept apart
        (["regulator", "", "regulator"], True),  # one source: nothing pooled, single linkage as before
        (["regulator", "", ""], True),  # one side rests on no source: nothing pooled
        (["regulator", "agency", "carrier"], True),  # every link compares two attributed mentions itself
    ],
)
def test_two_origins_pool_only_through_attributed_mentions(origins: list[str], ends_together: bool) -> None:
    ms = _corpus(REGULATOR, OUTLET, CARRIER)
    given = [frozenset({o}) if o else frozenset() for o in origins] + [frozenset()] * (len(ms) - 3)
    assert _together(C.cluster_mentions(ms, origins=given), 0, 2) is ends_together


def test_without_the_rule_the_chain_pools_the_two_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(C, "DIRECT_PAIR_FOR_POOLING", False)
    ms = _corpus(REGULATOR, OUTLET, CARRIER)
    given = [frozenset({"regulator"}), frozenset(), frozenset({"carrier"})] + [frozenset()] * (len(ms) - 3)
    assert _together(C.cluster_mentions(ms, origins=given), 0, 1, 2)


def test_two_sources_stating_the_same_proposition_still_join_through_the_outlets_words() -> None:
    # the outlet's sentence is met first; the regulator's and the minister's mentions are close to one another
    ms = _corpus(OUTLET, REGULATOR, MINISTER)
    given = [frozenset(), frozenset({"regulator"}), frozenset({"minister"})] + [frozenset()] * (len(ms) - 3)
    feats, _ = C._features(ms)
    assert C.similar(feats[1], feats[2])
    assert _together(C.cluster_mentions(ms, origins=given), 0, 1, 2)


def test_a_chain_of_two_sources_statements_makes_no_claim_of_both() -> None:
    a, b, c = Art("a", "Outlet A"), Art("b", "Outlet B"), Art("c", "Outlet C")
    a.mentions.append(mention(*REGULATOR, attributions=[a.attribute("regulator")]))
    b.mentions.append(mention(*OUTLET))
    c.mentions.append(mention(*CARRIER, attributions=[c.attribute("carrier")]))
    for art in (a, b, c):
        art.mentions.extend(mention(f"{art.id} other {i}", [f"{art.id}w{i}", f"{art.id}v{i}"]) for i in range(3))
    sources = [src("regulator", "Aviation Regulator", "government"), src("carrier", "Blue Air", "company")]
    claims, _ = run([a, b, c], sources)
    assert all(len(c.origins) == 1 for c in claims if len(c.mentions) > 1)
    assert all(c.verdict != "independently-confirmed" for c in claims)
