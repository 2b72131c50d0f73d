"""Rule ``denial_is_no_confirmation``: a source that denies, rejects or disputes a claim ("the harbour
authority denied that ..."), or whose claim is reported as rejected ("the inquiry closed after rejecting the
harbour authority's claim that ..."), is never counted as confirming the sources that state it; the doubt
says so in plain words. Sources that all deny one thing still confirm the denial, and a denying verb in
another clause before the source ("After rejecting a delay, the authority said ...") is no denial of the
claim. And rule ``one_body_two_spellings`` for an institute's name. Each case on sentences written for the
test."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tracing"))

import pytest  # noqa: E402
from trace_helpers import Art, src, trace_claims, two_origin_articles  # noqa: E402

from attribution.models import Span  # noqa: E402

SOURCES = [
    src("harbour-authority", "Harbour Authority", "government"),
    src("inquiry", "Marlow Inquiry", "government"),
]
FINDING = "An independent inquiry found that Marlow Freight had dumped fuel in the bay over the winter."
KEYS = ["marlow", "freight", "dump", "fuel", "bay", "winter"]


def _articles(first_body: str, written: str, first_cue: str, second_cue: str = "found") -> list[Art]:
    """The Harbour Authority in the first article (``written`` as the article writes it, inside
    ``first_body``, with cue ``first_cue``), the inquiry in the second: both carry one statement."""
    arts = two_origin_articles(
        "harbour-authority",
        "inquiry",
        bodies=(first_body, FINDING),
        statement="Marlow Freight dumped fuel in the bay",
        keys=KEYS,
    )
    at = first_body.index(written)
    arts[0].attributions[0].source = Span(text=written, start=at, end=at + len(written))
    arts[0].attributions[0].cue.text = first_cue
    arts[1].attributions[0].cue.text = second_cue
    before = first_body[max(0, at - 60) : at]
    arts[0].mentions[0].before_source = [before]
    return arts


#: (first article's sentence, its source as written, its cue, the doubt expected or None when it confirms)
CASES = [
    (
        "The Harbour Authority denied that Marlow Freight had dumped fuel in the bay over the winter.",
        "Harbour Authority",
        "denied",
        "Harbour Authority denies or disputes this claim (denied): not counted as confirming it",
    ),
    (
        "The Harbour Authority flatly disputes that Marlow Freight dumped any fuel in the bay.",
        "Harbour Authority",
        "flatly disputes",
        "Harbour Authority denies or disputes this claim (disputes): not counted as confirming it",
    ),
    (
        "The hearing closed after rejecting the Harbour Authority's claim that Marlow Freight dumped no fuel.",
        "Harbour Authority",
        "claim",
        "Harbour Authority's claim is reported as rejected (rejecting): not counted as confirming it",
    ),
    (
        "Councillors dismissed the Harbour Authority's assertion that Marlow Freight had dumped nothing.",
        "Harbour Authority",
        "assertion",
        "Harbour Authority's claim is reported as rejected (dismissed): not counted as confirming it",
    ),
    # near cases that still confirm: the denying verb is in another clause, or too far before the source
    (
        "After rejecting a request for a delay, the Harbour Authority said Marlow Freight dumped fuel in the bay.",
        "Harbour Authority",
        "said",
        None,
    ),
    (
        "The council rejected a plan for the new quay as the Harbour Authority said Marlow Freight dumped fuel.",
        "Harbour Authority",
        "said",
        None,
    ),
    (
        "The Harbour Authority said Marlow Freight had dumped fuel in the bay over the winter.",
        "Harbour Authority",
        "said",
        None,
    ),
]


@pytest.mark.parametrize(
    ("body", "written", "cue", "doubt"), CASES, ids=[c[2] + (" denies" if c[3] else " confirms") for c in CASES]
)
def test_a_denial_or_a_rejected_claim_never_confirms_a_statement(
    body: str, written: str, cue: str, doubt: str | None
) -> None:
    (claim,) = trace_claims(_articles(body, written, cue), SOURCES)
    if doubt is None:
        assert claim.verdict == "independently-confirmed", claim.independence
        assert not any("not counted as confirming it" in d for d in claim.independence.doubts)
    else:
        assert claim.verdict == "single-origin", claim.independence
        assert doubt in claim.independence.doubts, claim.independence


def test_two_denials_of_one_thing_still_confirm_the_denial() -> None:
    arts = _articles(
        "The Harbour Authority denied that Marlow Freight had dumped fuel in the bay over the winter.",
        "Harbour Authority",
        "denied",
        second_cue="denied",
    )
    (claim,) = trace_claims(arts, SOURCES)
    assert claim.verdict == "independently-confirmed", claim.independence
    assert not any("not counted as confirming it" in d for d in claim.independence.doubts)


#: Rule ``one_body_two_spellings`` with an institute's name (``BODY_DOUBT_HEADS``): (name, other name, doubted).
INSTITUTE_NAMES = [
    ("National Statistical Institute", "National Statistics Institute's", True),
    ("Meteorological Institute of Ardania", "Ardania Meteorological Institute", True),
    # near cases: two institutes with nothing in common but the head stay two bodies
    ("Karolinska Institute", "Pasteur Institute", False),
    ("Ardania Polling Institute", "Ardania Statistics Office", False),
]


@pytest.mark.parametrize(("a", "b", "doubted"), INSTITUTE_NAMES)
def test_two_spellings_of_one_institute_may_be_one_body(a: str, b: str, doubted: bool) -> None:
    from attribution.tracing.independence import _same_body_doubt

    sa, sb = src("a", a, "government"), src("b", b, "government")
    assert _same_body_doubt(sa, sb) is doubted
