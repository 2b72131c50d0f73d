"""Rule ``percentages-disagree`` (``cluster.percent_relation``): the grouping compares percentages, which the
mention's figures leave out. Two mentions whose percentages are all more than PERCENT_POINTS apart state different
facts however many words they share ("the Yes side took 62% of the ballots" / "the Yes side took 38%"), and no chain
of joins puts them in one claim; a percentage both give (within the points, their intervals compared) is evidence of
one fact, as a shared count is, and one a little changed on its way stays in the claim for the conflicts to list. A
percentage on one side only decides nothing. Sentences written for the rule."""

from __future__ import annotations

import pytest
from trace_helpers import mention

from attribution.tracing.cluster import cluster_mentions, percent_relation
from attribution.tracing.counts import percentages

#: words both mentions of a pair share (no event class, no count: only the percentages differ)
SHARED = ["side", "ballot", "referendum", "#lorvania", "night", "count"]


@pytest.mark.parametrize(
    "first,second",
    [
        ("The Yes side took 62% of the ballots in the Lorvania referendum", "The Yes side took 38% of the ballots"),
        ("Turnout in the Lorvania vote reached 71 percent", "Turnout in the Lorvania vote reached 54 percent"),
        ("The Yes side led with 55.4% and the No side had 44.6%", "The Yes side won 70% against 30% for the No side"),
        ("between 40% and 45% of the ballots were spoiled", "about 12 per cent of the ballots were spoiled"),
    ],
)
def test_mentions_whose_percentages_all_disagree_stay_apart(first: str, second: str) -> None:
    groups = cluster_mentions([mention(first, SHARED, start=0), mention(second, SHARED, start=1)])
    assert groups == [[0], [1]]


@pytest.mark.parametrize(
    "first,second",
    [
        ("The Yes side took 62% of the ballots", "The Yes side took 62.4 percent of the ballots"),
        ("The Yes side took more than 60% of the ballots", "The Yes side took 62% of the ballots"),
        ("The Yes side took between 58% and 63% of the ballots", "The Yes side took 61 per cent of the ballots"),
        ("The Yes side took 62% and the No side 38%", "the No side was held to 38%"),
    ],
)
def test_a_percentage_both_give_joins_what_their_words_alone_would_not(first: str, second: str) -> None:
    # three shared words against five of each mention's own: a weighted Dice of about .27, under the bar (.34) and
    # over the bar a shared figure sets (.24)
    own_a = ["alpha", "bravo", "charlie", "delta", "echo"]
    own_b = ["foxtrot", "golf", "hotel", "india", "juliet"]
    shared = ["side", "ballot", "#lorvania"]
    groups = cluster_mentions([mention(first, [*shared, *own_a], start=0), mention(second, [*shared, *own_b], start=1)])
    assert groups == [[0, 1]]


@pytest.mark.parametrize(
    "with_figure,without",
    [
        ("The Yes side took 62% of the ballots in the Lorvania referendum", "The Yes side won the Lorvania referendum"),
        ("Turnout in the Lorvania referendum reached 71 percent", "Turnout in the Lorvania referendum was high"),
    ],
)
def test_a_percentage_on_one_side_only_keeps_nothing_apart(with_figure: str, without: str) -> None:
    groups = cluster_mentions([mention(with_figure, SHARED, start=0), mention(without, SHARED, start=1)])
    assert groups == [[0, 1]]


def test_a_vague_mention_cannot_chain_two_claims_of_different_percentages() -> None:
    # the middle mention gives no percentage and shares every word with both: joined to one side first, the group
    # then carries that side's percentage, which the other's contradicts
    ms = [
        mention("The Yes side took 62% of the ballots in the referendum", SHARED, start=0),
        mention("The Yes side's share of the ballots in the referendum", SHARED, start=1),
        mention("The Yes side took 38% of the ballots in the referendum", SHARED, start=2),
    ]
    groups = cluster_mentions(ms)
    assert not any(0 in g and 2 in g for g in groups)


@pytest.mark.parametrize(
    "a,b,relation",
    [
        ("51% of the vote", "51.2 percent of the vote", 1),
        ("51% of the vote", "70% of the vote", -1),
        ("51% of the vote", "a majority of the vote", 0),
        ("between 33.1% and 35.4% of the vote", "36.2% of the vote", 1),  # one figure changed: a conflict, one claim
        ("80% of the ballots counted", "70% of the vote", -1),
        ("Maduro 51% and Gonzalez 44%", "Gonzalez 44 per cent", 1),
    ],
)
def test_percent_relation_reads_agreement_disagreement_and_silence(a: str, b: str, relation: int) -> None:
    assert percent_relation(percentages(a), percentages(b)) == relation
