"""A coordinated gerund the parser hung on a finite verb inside a reported claim ("after rejecting X's claim
that Y lost nothing and accusing him of ...") continues the gerund before it: it takes that gerund's speaker,
and the claim it sits in does not report who spoke through it, so it is not nested under the claim."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Judge Maria Ortiz closed the hearing after rejecting the builder's claim that tenants did not "
            "lose money and accusing him of lying during his testimony.",
            "Judge Maria Ortiz",
        ),
    ],
)
def test_a_gerund_coordinated_into_a_claim_speaks_for_the_gerund_before_it(extract, text: str, speaker: str) -> None:
    x = extract(text)
    [r] = x.by_cue("accusing")
    assert r.source is not None and r.source.text == speaker
    assert r.parent is None


def test_a_speaker_named_inside_a_reported_clause_is_still_nested_under_its_reporter(extract) -> None:
    x = extract("Police said the suspect, who told officers he was innocent, fled across the border.")
    [told] = x.by_cue("told")
    [said] = x.by_cue("said")
    assert told.parent is not None and x.raws[told.parent] is said
