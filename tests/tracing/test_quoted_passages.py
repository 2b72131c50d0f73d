"""One finder of the passages between double quotation marks (``attribution.tracing.quoted``), read alike by the
three steps that leave quoted words out or compare them: an article's text-reuse words (``candidates``), the
reworded-sentence step (``dependence``) and the quotations two articles share (``independence.copies``)."""

from __future__ import annotations

import pytest

from attribution.tracing.dependence import _unquoted_words
from attribution.tracing.fingerprint import words
from attribution.tracing.independence import _quoted_parts
from attribution.tracing.quoted import quoted_parts, unquoted

L, R, S = "\u201c", "\u201d", '"'  # curly opening, curly closing, straight
LG, RG = "\u00ab", "\u00bb"  # guillemets
LS, RS = "\u2018", "\u2019"  # curly single marks

PASSAGES = [
    # curly and straight pairs, one or several
    (f"she said {L}the port is closed{R} on Monday", ["the port is closed"], "she said   on Monday"),
    (f"she said {S}the port is closed{S} on Monday", ["the port is closed"], "she said   on Monday"),
    (f"{L}we left{R} and {L}we came back{R}", ["we left", "we came back"], "  and  "),
    (f"{S}one{S} and {S}two{S}", ["one", "two"], "  and  "),
    (f"the agency called it {LG}a disaster{RG}", ["a disaster"], "the agency called it  "),
    # marks of another pair inside a passage are part of it: one passage, the outer one
    (f"{S}he said {L}no{R} twice{S} she wrote", [f"he said {L}no{R} twice"], "  she wrote"),
    (f"{L}he said {S}no{S} twice{R} she wrote", [f"he said {S}no{S} twice"], "  she wrote"),
    # a second opening of the same pair: the passage runs to the first closing mark
    (f"{L}a {L}b{R} c{R} d", [f"a {L}b"], f"  c{R} d"),
    # crossing pairs: the one that opens first wins, the other's marks are left
    (f"{L}a {S}b{R} c{S} d", [f"a {S}b"], f"  c{S} d"),
    # unclosed marks open nothing; the scan goes on at the next mark
    (f"an open mark {L}never closed", [], f"an open mark {L}never closed"),
    (f"an open mark {S}never closed", [], f"an open mark {S}never closed"),
    (f"{L}unclosed and {S}closed{S} after", ["closed"], f"{L}unclosed and   after"),
    (f"a closing mark{R} alone", [], f"a closing mark{R} alone"),
    # an apostrophe is no mark, nor are single quotation marks
    ("the company's pad slipped, the agency's notice says", [], "the company's pad slipped, the agency's notice says"),
    (f"the {LS}Tea{RS} app's users", [], f"the {LS}Tea{RS} app's users"),
    (f"the company{RS}s {S}new{S} pad", ["new"], f"the company{RS}s   pad"),
]


@pytest.mark.parametrize(("text", "parts", "left"), PASSAGES)
def test_a_passage_runs_from_an_opening_double_mark_to_the_first_closing_mark_of_its_pair(
    text: str, parts: list[str], left: str
) -> None:
    assert quoted_parts(text) == parts
    assert unquoted(text) == left


@pytest.mark.parametrize(("text", "parts", "left"), PASSAGES)
def test_the_steps_that_read_quotations_read_the_same_passages(text: str, parts: list[str], left: str) -> None:
    assert _quoted_parts(text, False) == parts  # independence.copies
    assert _unquoted_words(text) == words(left)  # dependence


def test_a_direct_quotation_is_quoted_whole() -> None:
    assert _quoted_parts(f"we said {L}no{R}", True) == [f"we said {L}no{R}"]
