"""Renderers: JSON contracts, Markdown for publication, terminal tables, DOT and Mermaid graphs.

All renderers are pure functions of a :class:`~attribution.models.Report` (or an
:class:`~attribution.models.Extraction`) returning ``str``; the same report
always gives the same bytes. Article text is escaped per target in
:mod:`attribution.report.escape`.
"""

from __future__ import annotations

from ..errors import UsageError
from ..models import Extraction, Report
from .dot import render_dot
from .jsonout import render_json
from .markdown import render_extract_markdown, render_markdown
from .mermaid import render_mermaid
from .table import render_table

__all__ = [
    "FORMATS",
    "render",
    "render_json",
    "render_markdown",
    "render_extract_markdown",
    "render_table",
    "render_dot",
    "render_mermaid",
]

#: Output formats ``render`` accepts ("md" is an alias of "markdown").
FORMATS = ("json", "markdown", "table", "dot", "mermaid")


def render(report: Extraction | Report, fmt: str) -> str:
    """Dispatch on ``fmt``: "json" | "markdown" | "table" | "dot" | "mermaid".

    An Extraction renders as the extract listing in Markdown, and its graphs are
    drawn from attribution chains instead of claims.
    """
    name = fmt.strip().lower()
    if name == "md":
        name = "markdown"
    if name == "json":
        return render_json(report)
    if name == "markdown":
        return render_markdown(report) if isinstance(report, Report) else render_extract_markdown(report)
    if name == "table":
        return render_table(report)
    if name == "dot":
        return render_dot(report)
    if name == "mermaid":
        return render_mermaid(report)
    raise UsageError(f"unknown output format {fmt!r}: use one of {', '.join(FORMATS)}")
