"""What the Markdown and HTML reports list in their articles and sources tables: one place decides the columns,
what each holds and the order of the rows; each renderer only escapes and lays out the cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ArticleResult, Extraction, Report, Source
from .summary import joined_by_words
from .view import ReportView, sort_key

#: How a chain or an affiliation path is written: outlet first, origin last.
ARROW = " → "

ARTICLE_HEADERS = ["Article", "Outlet", "Outlet found from", "Title", "Published", "Draws on"]
SOURCE_HEADERS = ["Name", "Kind", "Affiliation", "Aliases", "How each name was joined", "Description"]
#: Source columns a stage may not fill yet: left out when no row fills them.
OPTIONAL_SOURCE_HEADERS = ("Affiliation", "How each name was joined")
#: What the "Outlet found from" column says when nothing in the input names the outlet.
OUTLET_NOT_NAMED = "not named"


@dataclass(slots=True)
class ArticleRow:
    article: ArticleResult
    #: how the outlet was found (the evidence kind), "not named" when nothing names it
    found_from: str
    #: article ids this article declares it draws on or was found to depend on, sorted
    draws_on: list[str]


@dataclass(slots=True)
class SourceRow:
    source: Source
    #: the name a reader sees in the list (see markdown.source_display_names)
    name: str
    affiliation: str
    #: (name, how it was joined), by name
    joined_by: list[tuple[str, str]]


def article_rows(report: Extraction) -> list[ArticleRow]:
    deps = report.dependencies if isinstance(report, Report) else {}
    return [
        ArticleRow(
            a,
            a.outlet_evidence or (OUTLET_NOT_NAMED if not a.outlet else ""),
            sorted({*a.references, *deps.get(a.id, [])}),
        )
        for a in report.articles
    ]


def affiliation(source: Source, view: ReportView) -> str:
    """The body a source speaks for up to its institution ("NIS → South Korean government"), else its affiliation."""
    path = [view.name(ref) for ref in source.affiliation_path if ref != source.id]
    if path:
        return ARROW.join(path)
    return source.affiliation or ""


def source_rows(report: Extraction, view: ReportView, names: dict[str, str]) -> list[SourceRow]:
    """Every source under its display name (``names``: id -> name, else its own), sorted by that name."""

    def name(s: Source) -> str:
        return names.get(s.id, s.name)

    return [
        SourceRow(
            s, name(s), affiliation(s, view), [(n, joined_by_words(how)) for n, how in sorted(s.joined_by.items())]
        )
        for s in sorted(report.sources, key=lambda s: (*sort_key(name(s)), s.id))
    ]


def drop_empty_columns(
    headers: list[str], rows: list[list[str]], optional: Sequence[str]
) -> tuple[list[str], list[list[str]]]:
    """Leave out the ``optional`` columns no row fills (a stage that does not report them yet)."""
    keep = [i for i, h in enumerate(headers) if h not in optional or any(r[i] for r in rows)]
    return [headers[i] for i in keep], [[r[i] for i in keep] for r in rows]
