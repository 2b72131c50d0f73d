"""The report says why in plain words: each identity pass a source's ``joined_by`` names is shown as a
phrase a reader understands (the JSON keeps the pass's name), and an evidence line the verdict sentence
already says is not printed again beneath it."""

from __future__ import annotations

import json

import pytest

from attribution.lang.en.joins import JOINED_BY_WORDS
from attribution.report import render, render_json
from attribution.resolve.corpus import IDENTITY_SIEVES
from attribution.resolve.sieves import READINGS, SIEVES

from .sample import sample_report

#: Tags resolution writes itself, besides its rules' names.
OWN_TAGS = ("article", "article_outlet", "spokesperson", "affiliation", "stated-alias")


@pytest.mark.parametrize("tag", [*SIEVES.names(), *READINGS.names(), *IDENTITY_SIEVES.names(), *OWN_TAGS])
def test_every_identity_pass_has_plain_words(tag: str) -> None:
    words = JOINED_BY_WORDS[tag]
    assert words and "_" not in words and words != tag


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_report_shows_how_a_name_was_joined_in_plain_words_and_the_json_keeps_the_pass(fmt: str) -> None:
    report = sample_report().model_copy(deep=True)
    nis = next(s for s in report.sources if s.id == "s-nis")
    nis.joined_by = {"NIS": "acronym", "National Intelligence Service": "source_table"}
    text = render(report, fmt)
    assert "NIS: its acronym" in text and "National Intelligence Service: named so in the article" in text
    assert "source_table" not in text
    sources = json.loads(render_json(report))["sources"]
    assert next(s for s in sources if s["id"] == "s-nis")["joined_by"]["NIS"] == "acronym"


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_an_evidence_line_the_verdict_already_says_is_not_repeated(fmt: str) -> None:
    report = sample_report().model_copy(deep=True)
    claim = next(c for c in report.claims if c.verdict == "single-origin")
    claim.independence.evidence = ["one origin: National Intelligence Service (South Korea)"]
    text = render(report, fmt)
    assert "one origin: National Intelligence Service (South Korea). Repetition" in text
    assert "Evidence" not in text
    claim.independence.evidence.append("Yonhap cites the NIS, whose own statement is in this batch: counted once")
    text = render(report, fmt)
    assert "Evidence" in text and "Yonhap cites the NIS" in text
    assert text.count("one origin: National Intelligence Service (South Korea)") == 1
