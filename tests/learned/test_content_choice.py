"""Where the model and a rule agree on an attribution, the extract shows the model's content edges when the
learned choice (``learned/content_choice.py``, the ``content-model`` boundary step) prefers them, and never
when they would drop a quote the rules read, cross the attribution's own cue or source, or swallow another
attribution's cue; resolution and tracing read the rule's spans either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from learned_helpers import at as _at
from learned_helpers import parse_body as parse

from attribution.extraction import extract_attributions
from attribution.extraction.boundaries import conform, model_content_fits
from attribution.extraction.combine import combine
from attribution.extraction.types import RawAttribution
from attribution.learned.content_choice import FEATURES, features, score, weights
from attribution.learned.link import Proposal
from attribution.learned.model import ModelError


def _merged(text: str, source: str, cue: str, contents: list[str]):  # type: ignore[no-untyped-def]
    doc = parse(text)
    raws, _notes = extract_attributions(doc)
    p = Proposal(_at(text, source), _at(text, cue), [_at(text, c) for c in contents])
    return doc, combine(doc, raws, [p])


def _shown(text: str, raw) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s:e] for s, e in raw.content]


SPLIT = '"We will rebuild the harbour wall," the mayor said. "It will take two years and a lot of patience."'


def test_a_split_quote_is_shown_whole_on_the_attribution_of_its_first_part() -> None:
    first, second = '"We will rebuild the harbour wall,"', '"It will take two years and a lot of patience."'
    doc, merged = _merged(SPLIT, "the mayor", "said", [first, second])
    before = {id(r): _shown(SPLIT, r) for r in merged}
    [taker] = [r for r in merged if r.model_content]
    assert "We will rebuild" in before[id(taker)][0] and len(before[id(taker)]) == 1
    conform(doc, merged)
    assert _shown(SPLIT, taker) == [first, second]
    assert "content-model" in taker.bounds
    others = [r for r in merged if r is not taker]
    assert all(_shown(SPLIT, r) == before[id(r)] for r in others)  # the rules' own quote attribution stays


def test_a_model_content_with_an_unquoted_clause_the_rule_left_out_is_not_shown() -> None:
    text = '"The ferry is late again," Tom Arden wrote in a post that purports to show the broken ramp.'
    doc, merged = _merged(
        text, "Tom Arden", "wrote", ['"The ferry is late again,"', "that purports to show the broken ramp"]
    )
    [r] = [r for r in merged if r.model_content]
    before = _shown(text, r)
    conform(doc, merged)
    assert _shown(text, r) == before
    assert "content-model" not in r.bounds


def _raw(cue: tuple[int, int], content: list[tuple[int, int]], parent: int | None = None) -> RawAttribution:
    return RawAttribution(kind="reported-speech", source=None, cue=cue, content=content, sentence=0, parent=parent)


@pytest.mark.parametrize(
    ("model", "why"),
    [
        ([(30, 60)], "drops the second quote the rules read (70-90)"),
        ([(5, 60), (70, 90)], "crosses the attribution's own cue (20-25)"),
        ([(30, 60), (70, 120)], "takes in the cue of another attribution (100-105)"),
    ],
)
def test_a_model_content_that_would_hide_or_swallow_what_the_rules_read_never_stands_in(
    model: list[tuple[int, int]], why: str
) -> None:
    told = _raw((20, 25), [(30, 60), (70, 90)])
    other = _raw((100, 105), [(106, 140)])
    told.model_content = model
    assert not model_content_fits(told, [told, other]), why
    told.model_content = [(28, 62), (70, 92)]
    assert model_content_fits(told, [told, other])


def test_a_model_content_that_leaves_out_a_nested_attributions_cue_never_stands_in() -> None:
    outer = _raw((20, 25), [(30, 90)])
    inner = _raw((50, 55), [(56, 90)], parent=0)
    outer.model_content = [(60, 90)]
    assert not model_content_fits(outer, [outer, inner])
    outer.model_content = [(28, 90)]
    assert model_content_fits(outer, [outer, inner])


def test_every_feature_has_a_weight_and_the_choice_is_a_sum_of_them() -> None:
    w = weights()
    assert len(w) == len(FEATURES)
    text = SPLIT
    doc = parse(text)
    x = features(doc, "verbal", True, _at(text, "said"), [_at(text, "We will rebuild")], [_at(text, '"We will')])
    assert len(x) == len(FEATURES) and x[0] == 1.0
    assert score(x) == pytest.approx(sum(a * b for a, b in zip(x, w, strict=True)))


@pytest.mark.parametrize("body", ["", "{not json", json.dumps({"weights": {"bias": 1.0}})])
def test_missing_or_damaged_weights_name_the_file_and_the_fix(tmp_path: Path, body: str) -> None:
    path = tmp_path / "content_choice.json"
    if body:
        path.write_text(body, encoding="utf-8")
    with pytest.raises(ModelError, match=r"content_choice\.json.*fit_content_choice\.py"):
        weights(path)


def test_the_fitter_learns_which_side_a_feature_favours_and_fits_the_same_weights_twice() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from fit_content_choice import fit

    xs = [[1.0, 1.0, 0.0]] * 8 + [[1.0, 0.0, 1.0]] * 8 + [[1.0, 1.0, 1.0]] * 2
    ys = [1] * 8 + [0] * 8 + [1, 0]
    w = fit(xs, ys, 1.0)
    assert w[1] > 0 > w[2]
    assert fit(xs, ys, 1.0) == w
