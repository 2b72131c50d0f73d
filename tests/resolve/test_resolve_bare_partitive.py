"""A bare "One said" / "Another said" after a plural unnamed source is one of that group (the partitive with
"of them" left out): the same unnamed source, never a source named "One"; with no such group before it, it
points nowhere."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve


@pytest.mark.parametrize(
    ("text", "group", "partitive"),
    [
        ("According to the Daily Ledger, several senior sources have told it the system has failed.\n\n"
         "One said restoring access could take weeks.", "several senior sources", "One"),
        ("Three people familiar with the talks said a deal was close. Another said it could be signed on Friday.",
         "Three people familiar with the talks", "Another"),
    ],
)  # fmt: skip
def test_a_bare_partitive_is_the_unnamed_group_before_it(text: str, group: str, partitive: str) -> None:
    cue = "have told" if "have told" in text else "said"
    _, res = resolve(text, [(group, 1, cue), (partitive, 1, "said")])
    assert res.attribution_sources[1] == res.attribution_sources[0]


def test_a_bare_partitive_with_no_group_before_is_no_source_named_one() -> None:
    _, res = resolve(
        "The mayor said the road was shut. One said it would reopen.", [("The mayor", 1, "said"), ("One", 1, "said")]
    )
    assert res.attribution_sources[1] != res.attribution_sources[0]
