"""The JSON contracts, field order as the models define it."""

from __future__ import annotations

import json
import re
from typing import Any

import pydantic_core

from ..models import Extraction, Report

#: Characters that are valid raw in JSON strings but hide or reorder text in an
#: editor or terminal (bidi and zero-width controls, line separators, C1
#: controls). Inside a JSON string ``\\uXXXX`` decodes to the same character, so
#: the data (and every offset) is unchanged; only the bytes become visible.
_INVISIBLE = re.compile("[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def _u_escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def render_json(report: Extraction | Report) -> str:
    """``model_dump(mode="json")``, ``indent=2``, non-ASCII kept, trailing newline; deterministic."""
    text = _fast_json(report)
    if text is None:
        text = _reference_json(report)
    return _INVISIBLE.sub(_u_escape, text) + "\n"


def _sorted_deps(deps: dict[str, list[str]]) -> dict[str, list[str]]:
    # A mapping has no meaningful order: sort it so equal reports give equal bytes.
    return {k: sorted(v) for k, v in sorted(deps.items())}


def _reference_json(report: Extraction | Report) -> str:
    """The definition of the output: ``json.dumps(indent=2, ensure_ascii=False)`` of the model dump."""
    data: dict[str, Any] = report.model_dump(mode="json")
    deps = data.get("dependencies")
    if isinstance(deps, dict):
        data["dependencies"] = _sorted_deps(deps)
    return json.dumps(data, indent=2, ensure_ascii=False)


def _fast_json(report: Extraction | Report) -> str | None:
    """The same bytes as :func:`_reference_json` from pydantic's serializer, or None when unsure.

    Python's ``json`` encoder runs in pure Python once ``indent`` is set (seconds for a
    1,000-article report); pydantic-core writes the same layout and the same string escapes
    (checked over every code point in tests/report/test_json_fast_path.py). It differs in
    float spelling (``1e-05`` vs ``0.00001``) and refuses lone surrogates. The typed fields
    of the models hold no floats; the free-form ``Conflict.values`` are checked here, and
    anything unusual (a float spelled differently, a non-string key, another type, a
    subclass of the models, a surrogate) falls back to the reference encoder.
    """
    if type(report) not in (Report, Extraction):
        return None
    if isinstance(report, Report):
        for claim in report.claims:
            for conflict in claim.conflicts:
                if not all(_plain(v) for v in conflict.values):
                    return None
        report = report.model_copy(update={"dependencies": _sorted_deps(report.dependencies)})
    try:
        return report.model_dump_json(indent=2)
    except (pydantic_core.PydanticSerializationError, ValueError):
        return None


def _plain(value: object) -> bool:
    """JSON data whose pydantic-core spelling is Python's: str keys, floats spelled alike."""
    if value is None or isinstance(value, (str, bool, int)) and type(value) in (str, bool, int):
        return True
    if type(value) is float:
        return pydantic_core.to_json(value).decode() == json.dumps(value)
    if type(value) is list:
        return all(_plain(v) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    return False
