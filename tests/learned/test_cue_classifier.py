"""The cue classifier (``learned/cue_classifier.py``) proposes, as bare cues of the model, words of the parse
that the tagger and the rules both leave unmarked: only words that govern a content, never a word another
attribution already marks, with its subject as the source; the merge gives them their content; the
attributions they make are shown (``by = "model"``) and never read as claims; its weights file, when
missing or damaged, is one error naming the file and the command that restores it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from learned_helpers import at as _at
from learned_helpers import parse_body as parse

from attribution.doc import Document
from attribution.extraction.combine import combine, with_model
from attribution.learned import cue_classifier
from attribution.learned.claims import claim_view
from attribution.learned.cue_classifier import (
    FEATURES,
    WEIGHTS_PATH,
    candidates,
    cue_proposals,
    features,
    indices,
    info,
    weights,
)
from attribution.learned.link import Proposal
from attribution.learned.model import ModelError

ROOT = Path(__file__).resolve().parents[2]
ZERO = tuple(0.0 for _ in range(FEATURES))
EVERY = -1e9  # a threshold every candidate passes


def _words(doc: Document, idx: list[int]) -> list[str]:
    return [doc.tokens[i].text for i in idx]


def test_only_words_that_govern_a_content_are_candidates() -> None:
    doc = parse("The mayor denied that the budget had been cut. Officials disagreed.")
    assert "denied" in _words(doc, candidates(doc))
    assert "disagreed" not in _words(doc, candidates(doc))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Senator Elizabeth Warren denied that the budget had been cut.", "denied", "Senator Elizabeth Warren"),
        ("She denied that the budget had been cut.", "denied", "She"),
        ("The tensions seem to mirror the fight over the budget.", "seem", None),
    ],
)
def test_a_candidate_becomes_a_bare_cue_whose_source_is_a_subject_that_names_a_speaker(
    text: str, cue: str, source: str | None
) -> None:
    doc = parse(text)
    [p] = [p for p in cue_proposals(doc, [(0, len(text))], [], threshold=EVERY, w=ZERO) if p.cue == _at(text, cue)]
    assert p.source == (_at(text, source) if source else None)
    assert p.content == [] and p.classifier_cue
    assert text[p.cue[0] : p.cue[1]] == cue


def test_a_word_another_attribution_marks_is_never_proposed() -> None:
    text = "The mayor denied that the budget had been cut."
    doc = parse(text)
    props = cue_proposals(doc, [(0, len(text))], [_at(text, "denied")], threshold=EVERY, w=ZERO)
    assert _at(text, "denied") not in [p.cue for p in props]


def test_no_word_passes_a_threshold_above_its_score() -> None:
    text = "The mayor denied that the budget had been cut."
    doc = parse(text)
    assert cue_proposals(doc, [(0, len(text))], [], threshold=0.0, w=ZERO) == []


def test_features_are_the_same_on_every_run_and_hash_into_the_buckets() -> None:
    doc = parse("The mayor denied that the budget had been cut.")
    i = next(t.i for t in doc.tokens if t.text == "denied")
    first = features(doc, i)
    assert first == features(doc, i)
    assert "kid=ccomp" in first and "subject=none" not in first
    assert all(0 <= k < FEATURES for k in indices(first))


def test_a_classifier_attribution_is_the_models_and_makes_no_claim() -> None:
    text = "The mayor denied that the budget had been cut."
    doc = parse(text)
    found = Proposal(_at(text, "The mayor"), _at(text, "denied"), [], "speech", classifier_cue=True)
    [a] = combine(doc, [], [found])
    assert a.by == "model" and a.classifier_cue
    assert [text[s:e] for s, e in a.content] == ["that the budget had been cut"]
    [traced] = claim_view(doc, [a])
    assert a.claim is False and traced.source is None and traced.content == []
    tagged = Proposal(_at(text, "The mayor"), _at(text, "denied"), [], "speech")
    [b] = combine(doc, [], [tagged])
    claim_view(doc, [b])
    assert b.claim is True  # the same attribution from the tagger is a claim


def test_the_merge_adds_the_classifiers_cues_where_nothing_else_reads_a_word(monkeypatch) -> None:
    text = "Voters in the county chose the former governor over two rivals."
    doc = parse(text)
    before = with_model(doc, [])
    monkeypatch.setattr(cue_classifier, "weights", lambda: (ZERO, EVERY))
    after = with_model(doc, [])
    added = [a for a in after if a.classifier_cue]
    assert added and all(a.by == "model" for a in added)
    assert all(not a.classifier_cue for a in before)
    for a in added:
        for s, e in [a.cue, *a.content]:
            assert 0 <= s < e <= len(text)


def test_the_shipped_weights_load_and_say_what_they_were_fitted_on() -> None:
    w, threshold = weights()
    assert len(w) == FEATURES and any(w)
    about = info()
    assert about["version"] and "PolNeAR" in about["fit"] and "'train'" in about["fit"]
    assert len(about["sha256"]) == 64
    assert WEIGHTS_PATH.stat().st_size <= 30_000_000
    assert isinstance(threshold, float)


@pytest.mark.parametrize(
    "content",
    ["", "{not json", json.dumps({"buckets": 16, "threshold": 0, "weights": {}}), json.dumps({"buckets": FEATURES})],
)
def test_damaged_weights_are_an_error_naming_the_file_and_the_fix(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "cue_classifier.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError) as err:
        weights(bad)
    assert str(bad) in str(err.value) and "fit_cue_classifier.py" in str(err.value)


def test_models_list_shows_the_classifier_with_its_version_and_checksum() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "attribution", "models", "list"], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if "attribution_cue_classifier" in x)
    assert info()["version"] in line and info()["sha256"][:12] in line


def test_an_attribution_that_makes_no_claim_names_no_unnamed_reports_source() -> None:
    from attribution.extraction.types import RawAttribution
    from attribution.resolve.reports import unnamed_report_source

    text = "The bridge had reportedly been closed for repairs."
    doc = parse(text)
    raw = RawAttribution(
        kind="reported-speech", source=None, cue=_at(text, "reportedly"), content=[_at(text, "been closed")], sentence=0
    )
    named = unnamed_report_source(doc, raw)
    assert named is not None and named.source is not None
    raw.claim = False
    assert unnamed_report_source(doc, raw) is None
