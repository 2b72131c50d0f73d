"""The fast JSON path (pydantic-core) gives exactly the bytes of the reference encoder (json.dumps)."""

from __future__ import annotations

import json

import pydantic_core
import pytest

from attribution.models import Conflict
from attribution.report.jsonout import _INVISIBLE, _fast_json, _reference_json, _u_escape, render_json

from .sample import sample_extraction, sample_report


def test_pydantic_core_escapes_every_code_point_like_json_dumps() -> None:
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert pydantic_core.to_json(text).decode() == json.dumps(text, ensure_ascii=False)


def test_fast_json_equals_the_reference_on_the_sample_report_and_extraction() -> None:
    for model in (sample_report(), sample_extraction()):
        fast = _fast_json(model)
        assert fast is not None
        assert fast == _reference_json(model)


@pytest.mark.parametrize(
    "value",
    [
        {"value": 1e-05},  # Python spells 1e-05, pydantic-core 0.00001
        {"value": 2.5e-7},
        {"value": ("a", "b")},  # a tuple: not plain JSON data
        {"value": {1: "x"}},  # a non-string key
        {"value": "lone \udc80 surrogate"},  # pydantic-core refuses it
    ],
)
def test_unusual_conflict_values_fall_back_to_the_reference(value: dict[str, object]) -> None:
    report = sample_report()
    claim = report.claims[0]
    claim.conflicts = [*claim.conflicts, Conflict(kind="number", description="d", values=[value])]
    if "surrogate" not in str(value):
        assert _fast_json(report) is None
    assert render_json(report) == _INVISIBLE.sub(_u_escape, _reference_json(report)) + "\n"


def test_plain_floats_and_unsorted_dependencies_keep_the_reference_bytes() -> None:
    report = sample_report()
    report.claims[0].conflicts = [
        Conflict(kind="number", description="d", values=[{"value": 0.5, "n": 3, "big": 10**30, "x": [1.25, None]}])
    ]
    report.dependencies = {"z": ["b", "a"], "a": ["c"]}
    fast = _fast_json(report)
    assert fast is not None and fast == _reference_json(report)
    assert fast.index('"a": [') < fast.index('"z": [')
