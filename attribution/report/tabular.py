"""Data for other programs: JSON Lines (one claim per line) and CSV (the claims table) for spreadsheets.

JSON Lines keeps the claims contract of docs/schema.md for each line and adds the names a reader
needs (``origin_names``, ``outlet_names``). CSV cells that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are prefixed with ``'``, so
opening the file never evaluates article text. Both are deterministic.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..models import Extraction, Report
from .jsonout import _INVISIBLE, _u_escape
from .summary import parse_date
from .view import ReportView

CSV_COLUMNS = (
    "id",
    "statement",
    "verdict",
    "independent_origins",
    "origins",
    "origin_ids",
    "outlets",
    "mentions",
    "first_reported",
    "conflicts",
    "signals",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _line(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _INVISIBLE.sub(_u_escape, text)


def render_jsonl(report: Extraction) -> str:
    """One claim per line (a Report), else one attribution per line with its article id (an Extraction)."""
    view = ReportView(report)
    lines: list[str] = []
    if isinstance(report, Report):
        for claim in report.claims:
            data = claim.model_dump(mode="json")
            data["origin_names"] = [view.name(o) for o in claim.origins] if claim.verdict != "unattributed" else []
            data["outlet_names"] = view.claim_outlets(claim)
            lines.append(_line(data))
    else:
        for art in report.articles:
            for att in art.attributions:
                data = {"article": art.id, **att.model_dump(mode="json")}
                data["source_name"] = view.attribution_source_name(att)
                lines.append(_line(data))
    return "".join(line + "\n" for line in lines)


def _cell(value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    text = " ".join(text.split("\n"))
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(report: Extraction) -> str:
    """The claims table (a Report), or the attributions table (an Extraction), RFC 4180 with a header row."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    view = ReportView(report)
    if isinstance(report, Report):
        writer.writerow(CSV_COLUMNS)
        for c in report.claims:
            dates = sorted(
                d.isoformat()
                for m in c.mentions
                if (a := view.articles.get(m.article)) is not None and (d := parse_date(a.published)) is not None
            )
            attributed = c.verdict != "unattributed"
            row = [
                c.id,
                c.statement,
                c.verdict,
                c.independent_origins if attributed else "",
                "; ".join(view.origin_names(c)) if attributed else "",
                "; ".join(c.origins) if attributed else "",
                "; ".join(view.claim_outlets(c)),
                len(c.mentions),
                dates[0] if dates else "",
                "; ".join(sorted({x.kind for x in c.conflicts})),
                "; ".join(s.code for s in c.signals),
            ]
            writer.writerow([_cell(v) for v in row])
    else:
        writer.writerow(("article", "id", "kind", "source", "source_id", "cue", "content"))
        for art in report.articles:
            for att in art.attributions:
                row = [
                    art.id,
                    att.id,
                    att.kind,
                    view.attribution_source_name(att),
                    att.source_id or "",
                    att.cue.text,
                    " … ".join(s.text for s in att.content),
                ]
                writer.writerow([_cell(v) for v in row])
    return buf.getvalue()
