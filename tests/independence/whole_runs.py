"""The whole pipeline on articles written for an independence test: each article given as (outlet, text), the
report back; and the claim holding given words (the one with most mentions). Shared by the tests that check a
verdict end to end."""

from __future__ import annotations

from collections.abc import Callable

from attribution.article import ArticleInput
from attribution.models import Claim, Report
from attribution.pipeline import Options, run

Run = Callable[..., Report]


def run_articles(*articles: tuple[str, str]) -> Report:
    inputs = [
        ArticleInput(id=f"a{n}", text=text, outlet=outlet, outlet_evidence="record")
        for n, (outlet, text) in enumerate(articles)
    ]
    return run(inputs, Options(cache=False))


def claim_with(report: Report, words: str) -> Claim:
    found = [c for c in report.claims if words.lower() in c.statement.lower()]
    assert found, [c.statement for c in report.claims]
    return max(found, key=lambda c: len(c.mentions))
