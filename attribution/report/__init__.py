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
from .html import render_html
from .jsonout import render_json
from .markdown import render_extract_markdown, render_markdown, with_display_names
from .mermaid import render_mermaid
from .table import render_table
from .tabular import render_csv, render_jsonl

__all__ = [
    "FORMATS",
    "EXTRACT_FORMATS",
    "as_extraction",
    "render",
    "render_extract",
    "render_json",
    "render_html",
    "render_markdown",
    "render_extract_markdown",
    "render_table",
    "render_csv",
    "render_jsonl",
    "render_dot",
    "render_mermaid",
]

#: Output formats ``render`` accepts ("md" is an alias of "markdown").
FORMATS = ("markdown", "html", "json", "jsonl", "csv", "table", "dot", "mermaid")
#: Formats of ``attribution extract``.
EXTRACT_FORMATS = ("json", "jsonl", "csv", "table", "markdown")


def render(report: Extraction | Report, fmt: str, *, width: int | None = None) -> str:
    """Dispatch on ``fmt``: one of :data:`FORMATS` ("md" is "markdown"); ``width``: the table's width.

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
    if name == "html":
        return render_html(report)
    if name == "jsonl":
        return render_jsonl(report)
    if name == "csv":
        return render_csv(report)
    if name == "table":
        return render_table(report, width=width)
    if name == "dot":
        return render_dot(with_display_names(report))
    if name == "mermaid":
        return render_mermaid(with_display_names(report))
    raise UsageError(f"unknown output format {fmt!r}: use one of {', '.join(FORMATS)}")


def render_extract(report: Extraction | Report, fmt: str, *, width: int | None = None) -> str:
    """The ``attribution extract`` outputs: "json" | "table" | "markdown" of the extract contract.

    A Report is narrowed to its Extraction (no claims, no dependencies) first, so
    ``extract --format json`` is exactly the extract contract.
    """
    extraction = as_extraction(report)
    name = fmt.strip().lower()
    if name == "md":
        name = "markdown"
    if name == "json":
        return render_json(extraction)
    if name == "jsonl":
        return render_jsonl(extraction)
    if name == "csv":
        return render_csv(extraction)
    if name == "table":
        return render_table(extraction, width=width)
    if name == "markdown":
        return render_extract_markdown(extraction)
    raise UsageError(f"unknown extract format {fmt!r}: use one of {', '.join(EXTRACT_FORMATS)}")


def as_extraction(report: Extraction | Report) -> Extraction:
    """The extract contract of a Report (fields beyond it, such as warnings, are kept)."""
    if not isinstance(report, Report):
        return report
    return Extraction.model_validate(report.model_dump(exclude={"claims", "dependencies"}))
