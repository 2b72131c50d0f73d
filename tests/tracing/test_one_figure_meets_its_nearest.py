"""A mention giving one figure of a claim stands for the figure nearest to it of a mention giving several (rule
``one_figure_meets_its_nearest``, issue 16 item 3): "the challenger had 44.2%" agrees with "the mayor took 51%, the
challenger 44%" and says nothing against the 51%; on hand-made mentions written for these tests."""

from __future__ import annotations

import pytest
from trace_helpers import mention

from attribution.tracing.conflicts import MentionRecord, number_conflicts

WORDS = ["mayor", "vote", "~election", "challenger"]


def _records(*texts: str) -> list[MentionRecord]:
    return [
        MentionRecord(
            article=f"a{k}",
            outlet=f"o{k}",
            outlet_name=f"Outlet {k}",
            cand=mention(text, WORDS),
            chains=[[f"o{k}"]],
            origins=[],
            attribution=None,
        )
        for k, text in enumerate(texts)
    ]


@pytest.mark.parametrize(
    ("texts", "conflict"),
    [
        # one figure agreeing with the nearest of two: no disagreement with the other
        (("the mayor took 51% of the vote, the challenger 44%", "the challenger had 44.2% of the vote"), False),
        (("the challenger had 44.2% of the vote", "the mayor took 51% of the vote, the challenger 44%"), False),
        (("the mayor took 51% of the vote, the challenger 44%", "the mayor won with 51% of the vote"), False),
        # one figure disagreeing with the nearest of two: a disagreement
        (("the mayor took 51% of the vote, the challenger 44%", "the challenger had 47% of the vote"), True),
        # two single figures that cannot both be true
        (("the challenger had 44% of the vote", "the challenger had 51% of the vote"), True),
        # several against several: compared in order, as before
        (("the mayor took 51% of the vote, the challenger 44%", "the mayor took 53% of the vote, the challenger 44%"),
         True),
    ],
)  # fmt: skip
def test_a_single_figure_is_compared_with_the_nearest_figure_of_a_mention_giving_several(
    texts: tuple[str, str], conflict: bool
) -> None:
    kinds = [c.kind for c in number_conflicts(_records(*texts), {})]
    assert ("number" in kinds) is conflict
