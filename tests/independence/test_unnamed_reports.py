"""Unnamed reports as an origin ("reportedly", "according to reports", "it was reported that"): the source is
named "reports" (rule ``unnamed_reports``), and it never counts as a second origin beside another one."""

from __future__ import annotations

import pytest

from attribution.article import ArticleInput
from attribution.models import Claim, Report
from attribution.pipeline import Options, run


def _run(*articles: tuple[str, str]) -> Report:
    inputs = [
        ArticleInput(id=f"a{n}", text=text, outlet=outlet, outlet_evidence="record")
        for n, (outlet, text) in enumerate(articles)
    ]
    return run(inputs, Options(cache=False))


def _claim(report: Report, words: str) -> Claim:
    found = [c for c in report.claims if words.lower() in c.statement.lower()]
    assert found, [c.statement for c in report.claims]
    return max(found, key=lambda c: len(c.mentions))


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
    report = _run(("Coast Gazette", f"{sentence}\n\nThe town council meets on Friday."))
    claim = _claim(report, words)
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
    report = _run(("Coast Gazette", f"{sentence}\n\nThe town council meets on Friday."))
    claim = _claim(report, "mayor of the harbour town")
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
    report = _run(
        (
            "Coast Gazette",
            "The mayor of the harbour town has resigned after the vote, council clerk Mara Lind said."
            "\n\nThe council meets on Friday.",
        ),
        ("Valley Courier", f"{second}\n\nRoads to the harbour were closed."),
    )
    claim = _claim(report, "mayor of the harbour town has resigned")
    assert len(claim.outlets) == 2
    assert claim.verdict != "independently-confirmed"
    assert claim.independent_origins == 1
    assert any("unnamed reports" in line for line in claim.independence.doubts)


def test_unnamed_reports_in_two_articles_are_one_origin() -> None:
    report = _run(
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
    claim = _claim(report, "mayor of the harbour town has resigned")
    assert len(claim.outlets) == 2
    assert claim.verdict == "single-origin" and claim.independent_origins == 1
