"""A line opening with "X reports:" (a blog or an aggregator quoting a medium's report) names a news outlet: rule
``report_line_outlet``, whatever the name's words or the tagger say; the same name with another cue, or not opening
its line, keeps the kind its words give it."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of

AFTER = "The Port Authority on Saturday ordered all ships to leave the harbour before the storm."


@pytest.mark.parametrize(
    ("text", "name", "cue", "outlet"),
    [
        (f"MarketWire Group reports:\n{AFTER}", "MarketWire Group", "reports", True),
        (f"Bayline Inc. wrote:\n{AFTER}", "Bayline Inc.", "wrote", True),
        (f"Ships left early.\nMarketWire Group reports: {AFTER}", "MarketWire Group", "reports", True),  # its line
        (f"MarketWire Group said:\n{AFTER}", "MarketWire Group", "said", False),  # no report line
        (f"MarketWire Group reports that {AFTER}", "MarketWire Group", "reports", False),  # no colon
        (f"On Friday MarketWire Group reports:\n{AFTER}", "MarketWire Group", "reports", False),  # not the line's start
    ],
)  # fmt: skip
def test_a_name_opening_a_report_line_is_a_news_outlet(text: str, name: str, cue: str, outlet: bool) -> None:
    _, res = resolve(text, [(name, 1, cue)])
    assert (source_of(res, 0).kind == "media outlet") == outlet, source_of(res, 0)
