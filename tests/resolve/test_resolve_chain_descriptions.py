"""A chain of shops, restaurants or hotels described as "the chain" ("the fast food chain said") is the company
named before it, never a new unnamed source."""

from __future__ import annotations

import pytest
from resolve_helpers import resolve, source_of


@pytest.mark.parametrize(
    ("text", "company", "description"),
    [
        (
            "Brenner Foods said the onions came from one supplier. "
            "\u201cWe have paused all deliveries,\u201d the fast food chain said in a statement.",
            "Brenner Foods",
            "the fast food chain",
        ),
        (
            "The Orla Hotel Group said it would close two sites. Mayor Ines Dahl said the town would suffer. "
            "The hotel chain said 40 staff would move to other sites.",
            "The Orla Hotel Group",
            "The hotel chain",
        ),
    ],
)
def test_the_chain_is_the_company_named_before(text: str, company: str, description: str) -> None:
    _, res = resolve(text, [(company, 1, "said"), (description, 1, "said")])
    assert source_of(res, 1) is source_of(res, 0)
    assert source_of(res, 1).kind == "organization"


def test_the_chain_with_no_company_before_it_stays_unnamed() -> None:
    text = "Mayor Ines Dahl said the town would suffer. The hotel chain said 40 staff would move."
    _, res = resolve(text, [("Mayor Ines Dahl", 1, "said"), ("The hotel chain", 1, "said")])
    assert source_of(res, 1) is not source_of(res, 0)
