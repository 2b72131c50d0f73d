"""Plain terminal tables (tabulate): claims with verdicts, or attributions per article."""

from __future__ import annotations

from tabulate import tabulate

from ..models import Extraction, Report
from .escape import terminal
from .view import ReportView

#: Column widths (characters) for free text; the terminal is not a report.
STATEMENT_WIDTH = 60
NAME_WIDTH = 40
CONTENT_WIDTH = 70


def _table(rows: list[list[str]], headers: list[str]) -> str:
    # disable_numparse: "1,100" or "007" must print as written, not as numbers.
    return tabulate(rows, headers=headers, tablefmt="plain", disable_numparse=True)


def render_table(report: Extraction | Report) -> str:
    view = ReportView(report)
    if isinstance(report, Report):
        return _claims_table(report, view)
    return _attributions_table(report, view)


def _claims_table(report: Report, view: ReportView) -> str:
    rows = [
        [
            terminal(c.id, 20),
            terminal(c.verdict),
            str(c.independent_origins),
            str(len(view.claim_outlets(c))),
            terminal("; ".join(view.origin_names(c)), NAME_WIDTH) or "-",
            terminal(c.statement, STATEMENT_WIDTH),
        ]
        for c in report.claims
    ]
    parts = [_table(rows, ["claim", "verdict", "indep.", "outlets", "origins", "statement"]) if rows else "no claims"]
    parts.extend(_failures(report))
    return "\n".join(parts) + "\n"


def _attributions_table(report: Extraction, view: ReportView) -> str:
    parts: list[str] = []
    for art in report.articles:
        parts.append(f"{terminal(art.id)}  ({terminal(view.outlet_name(art))})")
        rows = [
            [
                # the article is named above the table: show the attribution's own part of its id
                terminal(att.id.removeprefix(f"{art.id}:"), 24),
                terminal(att.kind, 20),
                terminal(view.attribution_source_name(att), NAME_WIDTH),
                terminal(" … ".join(s.text for s in att.content) or "(whole article)", CONTENT_WIDTH),
            ]
            for att in art.attributions
        ]
        parts.append(_table(rows, ["id", "kind", "source", "content"]) if rows else "  no attributions")
        parts.append("")
    if not report.articles:
        parts.append("no articles")
    parts.extend(_failures(report)[1:] if parts and parts[-1] == "" else _failures(report))
    return "\n".join(parts).rstrip("\n") + "\n"


def _failures(report: Extraction) -> list[str]:
    if not report.failures:
        return []
    out = ["", f"{len(report.failures)} input(s) could not be read:"]
    out.extend(f"  {terminal(f.path)}: {terminal(f.message)}" for f in report.failures)
    return out
