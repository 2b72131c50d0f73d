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


#: Narrowest free-text column when fitting a width (below this a column says nothing).
MIN_TEXT = 12
#: tabulate's "plain" format puts two spaces between columns.
GAP = 2
#: ... and pads every header by two spaces (its MIN_PADDING), so a column is at least its header + 2.
PAD = "  "


def render_table(report: Extraction | Report, *, width: int | None = None) -> str:
    """A plain table; with ``width`` (e.g. the terminal's columns) every line fits in it where possible."""
    view = ReportView(report)
    if isinstance(report, Report):
        return _claims_table(report, view, width)
    return _attributions_table(report, view, width)


def _fit(fixed: list[str], free: list[tuple[list[str], str, int]], width: int | None) -> list[int]:
    """Widths for the free-text columns: their defaults, shrunk in proportion to fit ``width``.

    ``fixed``: every cell of the fixed columns joined per column (their width is their longest cell or
    header); ``free``: (cells, header, default width) per free column.
    """
    defaults = [min(d, max([len(header), *(len(c) for c in cells)] or [0])) for cells, header, d in free]
    if width is None:
        return [d for _c, _h, d in free]
    used = sum(len(c) for c in fixed) + GAP * (len(fixed) + len(free) - 1)
    room = width - used
    if sum(defaults) <= room:
        return defaults
    # water-filling: the narrowest columns keep their width, the others share what is left equally
    widths = list(defaults)
    left = room
    order = sorted(range(len(defaults)), key=lambda i: (defaults[i], i))
    for n, i in enumerate(order):
        share = left // (len(order) - n)
        widths[i] = max(MIN_TEXT, min(defaults[i], share))
        left -= widths[i]
    return widths


def _claims_table(report: Report, view: ReportView, width: int | None = None) -> str:
    origins = [
        "; ".join(view.origin_names(c)) if c.verdict != "unattributed" else "-" for c in report.claims
    ]
    fixed_cells = [
        [c.id for c in report.claims] + ["claim" + PAD],
        [c.verdict for c in report.claims] + ["verdict" + PAD],
        [str(c.independent_origins) for c in report.claims] + ["indep." + PAD],
        [str(len(view.claim_outlets(c))) for c in report.claims] + ["outlets" + PAD],
    ]
    fixed = [max(col, key=len) for col in fixed_cells]
    name_w, statement_w = _fit(
        fixed,
        [(origins, "origins", NAME_WIDTH), ([c.statement for c in report.claims], "statement", STATEMENT_WIDTH)],
        width,
    )
    rows = [
        [
            terminal(c.id, 20),
            terminal(c.verdict),
            str(c.independent_origins) if c.verdict != "unattributed" else "-",
            str(len(view.claim_outlets(c))),
            terminal(o, name_w) or "-",
            terminal(c.statement, statement_w),
        ]
        for c, o in zip(report.claims, origins, strict=True)
    ]
    parts = [_table(rows, ["claim", "verdict", "indep.", "outlets", "origins", "statement"]) if rows else "no claims"]
    parts.extend(_failures(report))
    return "\n".join(parts) + "\n"


def _attributions_table(report: Extraction, view: ReportView, width: int | None = None) -> str:
    parts: list[str] = []
    if width is None:
        name_w, content_w = NAME_WIDTH, CONTENT_WIDTH
    else:
        ids = [a.id.removeprefix(f"{art.id}:") for art in report.articles for a in art.attributions] + ["id" + PAD]
        kinds = [a.kind for art in report.articles for a in art.attributions] + ["kind" + PAD]
        fixed = [max(ids, key=len)[:24], max(kinds, key=len)[:20]]
        atts = [a for art in report.articles for a in art.attributions]
        names = [view.attribution_source_name(a) for a in atts]
        contents = [" … ".join(s.text for s in a.content) or "(whole article)" for a in atts]
        name_w, content_w = _fit(fixed, [(names, "source", NAME_WIDTH), (contents, "content", CONTENT_WIDTH)], width)
    for art in report.articles:
        outlet = view.outlet_name(art) if view.outlet_known(art) else "outlet unknown"
        parts.append(f"{terminal(art.id)}  ({terminal(outlet)})")
        rows = [
            [
                # the article is named above the table: show the attribution's own part of its id
                terminal(att.id.removeprefix(f"{art.id}:"), 24),
                terminal(att.kind, 20),
                terminal(view.attribution_source_name(att), name_w),
                terminal(" … ".join(s.text for s in att.content) or "(whole article)", content_w),
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
