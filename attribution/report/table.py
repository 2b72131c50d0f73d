"""Plain terminal tables (tabulate): claims with verdicts, or attributions per article."""

from __future__ import annotations

from tabulate import tabulate

from ..models import Extraction, Report
from .escape import inline, terminal
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


#: Claims-table columns dropped first when the width is too narrow for all of them.
DROP_ORDER = ("indep.", "outlets", "origins")


def _claims_table(report: Report, view: ReportView, width: int | None = None) -> str:
    claims = report.claims
    attributed = [c.verdict != "unattributed" for c in claims]
    # (header, cells, default width for free text or None for a fixed column)
    columns: list[tuple[str, list[str], int | None]] = [
        ("claim", [terminal(c.id, 20) for c in claims], None),
        ("verdict", [terminal(c.verdict) for c in claims], None),
        ("indep.", [str(c.independent_origins) if a else "-" for c, a in zip(claims, attributed, strict=True)], None),
        ("outlets", [str(len(view.claim_outlets(c))) for c in claims], None),
        (
            "origins",
            [inline("; ".join(view.origin_names(c))) if a else "-" for c, a in zip(claims, attributed, strict=True)],
            NAME_WIDTH,
        ),
        ("statement", [inline(c.statement) for c in claims], STATEMENT_WIDTH),
    ]

    def layout(cols: list[tuple[str, list[str], int | None]]) -> tuple[list[int], int]:
        fixed = [max([h + PAD, *cells], key=len) for h, cells, d in cols if d is None]
        free = [(cells, h, d) for h, cells, d in cols if d is not None]
        widths = _fit(fixed, free, width)
        total = sum(len(f) for f in fixed) + sum(widths) + GAP * (len(cols) - 1)
        return widths, total

    widths, total = layout(columns)
    for header in DROP_ORDER if width is not None else ():
        if total <= width:  # type: ignore[operator]
            break
        columns = [c for c in columns if c[0] != header]
        widths, total = layout(columns)
    free_widths = iter(widths)
    shown: list[list[str]] = []
    for _h, cells, d in columns:
        w = next(free_widths) if d is not None else None
        shown.append([terminal(x, w) or "-" if w else x for x in cells])
    rows = [list(r) for r in zip(*shown, strict=True)] if claims else []
    headers = [h for h, _c, _d in columns]
    parts = [_table(rows, headers) if rows else "no claims"]
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
