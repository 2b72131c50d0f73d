"""The JSON contracts, field order as the models define it."""

from __future__ import annotations

import json
import re
from typing import Any

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
    data: dict[str, Any] = report.model_dump(mode="json")
    deps = data.get("dependencies")
    if isinstance(deps, dict):
        # A mapping has no meaningful order: sort it so equal reports give equal bytes.
        data["dependencies"] = {k: sorted(v) for k, v in sorted(deps.items())}
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _INVISIBLE.sub(_u_escape, text) + "\n"
