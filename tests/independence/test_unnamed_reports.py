"""Unnamed reports as an origin ("reportedly", "according to reports", "it was reported that"): the source is
named "reports" (rule ``unnamed_reports``), and it never counts as a second origin beside another one."""

from __future__ import annotations

import pytest
from whole_runs import claim_with, run_articles

from attribution.models import Claim, Report


def _origin_names(report: Report, claim: Claim) -> list[str]:
    names = {s.id: s.name for s in report.sources}
    return [names[o] for o in claim.origins]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("According to reports, the mayor of the harbour town has resigned.", "mayor of the harbour town"),
        ("The mayor of the harbour town has resigned, according to reports.", "mayor of the harbour town"),
        ("It was reported that the old dam above the village had cracked.", "old dam above the village"),
        ("It has been reported that the ferry service will stop in winter.", "ferry service will stop"),
    ],
)
def test_a_claim_resting_on_unnamed_reports_has_reports_as_its_origin(sentence: str, words: str) -> None:
    report = run_articles(("Coast Gazette", f"{sentence}\n\nThe town council meets on Friday."))
    claim = claim_with(report, words)
    assert _origin_names(report, claim) == ["reports"]
    assert claim.verdict == "single-origin"
    reports = next(s for s in report.sources if s.name == "reports")
    assert reports.kind == "anonymous"


@pytest.mark.parametrize(
    "sentence",
    [
        "Reports in the regional press said the mayor of the harbour town has resigned.",
        "The regional newspaper reported that the mayor of the harbour town has resigned.",
        "The mayor of the harbour town has resigned, the council said.",
        "The local radio station reported that the mayor of the harbour town has resigned.",
    ],
)
def test_a_named_reporter_is_not_read_as_unnamed_reports(sentence: str) -> None:
    report = run_articles(("Coast Gazette", f"{sentence}\n\nThe town council meets on Friday."))
    claim = claim_with(report, "mayor of the harbour town")
    assert "reports" not in _origin_names(report, claim)


@pytest.mark.parametrize(
    "second",
    [
        "According to reports, the mayor of the harbour town has resigned after the vote.",
        "It was reported that the mayor of the harbour town has resigned after the vote.",
        "The mayor of the harbour town has resigned after the vote, according to reports.",
    ],
)
def test_unnamed_reports_beside_a_named_official_are_not_an_independent_confirmation(second: str) -> None:
    report = run_articles(
        (
            "Coast Gazette",
            "The mayor of the harbour town has resigned after the vote, council clerk Mara Lind said."
            "\n\nThe council meets on Friday.",
        ),
        ("Valley Courier", f"{second}\n\nRoads to the harbour were closed."),
    )
    claim = claim_with(report, "mayor of the harbour town has resigned")
    assert len(claim.outlets) == 2
    assert claim.verdict != "independently-confirmed"
    assert claim.independent_origins == 1
    assert any("unnamed reports" in line for line in claim.independence.doubts)


def test_unnamed_reports_in_two_articles_are_one_origin() -> None:
    report = run_articles(
        (
            "Coast Gazette",
            "According to reports, the mayor of the harbour town has resigned after the vote."
            "\n\nThe council meets on Friday.",
        ),
        (
            "Valley Courier",
            "It was reported that the mayor of the harbour town has resigned after the vote."
            "\n\nRoads to the harbour were closed.",
        ),
    )
    claim = claim_with(report, "mayor of the harbour town has resigned")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
