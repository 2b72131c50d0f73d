"""One self-contained HTML page: the Markdown report's content, readable offline, with no script.

Styles are inline in one ``<style>`` element; each claim's diagram is inline SVG drawn here (no
renderer, no network). A Content-Security-Policy forbids every script, frame, form, font and remote
image, so even a mistake in escaping could not run anything. Every piece of article-derived text goes
through :func:`~attribution.report.escape.html_text`; links are http(s) only and percent-encoded
(:func:`~attribution.report.summary.safe_url`). Deterministic: the same report gives the same bytes.
"""

from __future__ import annotations

from .. import __version__
from ..lang.en.places import WHERE_ONLY_NOTE
from ..models import ArticleResult, Claim, Extraction, Mention, Report
from .escape import html_text
from .markdown import conflict_value, source_display_names
from .summary import (
    HOW_TO_READ,
    NO_FINDINGS,
    NOTICE,
    VERDICT_WORDS,
    ClaimGraph,
    claim_graph,
    evidence_beyond_verdict,
    key_findings,
    plural,
    safe_url,
    short,
    shown_date,
    summary_sentence,
    timeline,
    unknown_outlet_articles,
    verdict_sentence,
)
from .tables import (
    ARROW,
    ARTICLE_HEADERS,
    OPTIONAL_SOURCE_HEADERS,
    SOURCE_HEADERS,
    article_rows,
    drop_empty_columns,
    source_rows,
)
from .view import UNKNOWN_OUTLET_SUFFIX, ReportView, file_name

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-src 'none'"
)

STYLE = """
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 2rem; border-bottom: 3px solid #1b1b1b; padding-bottom: .3rem; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.1rem; margin-top: 2rem; }
.notice { background: #fff4d6; border-left: 4px solid #d9a400; padding: .6rem 1rem; }
.summary { font-weight: bold; }
.verdict { display: inline-block; font: bold .8rem Helvetica, Arial, sans-serif; padding: .1rem .5rem;
           border-radius: .3rem; text-transform: uppercase; letter-spacing: .03em; }
.v-single-origin { background: #fde2c8; color: #6b3600; }
.v-independently-confirmed { background: #d5f0d5; color: #124d12; }
.v-unattributed { background: #e6e6e6; color: #333; }
table { border-collapse: collapse; width: 100%; font: 14px/1.4 Helvetica, Arial, sans-serif; margin: 1rem 0; }
th, td { border: 1px solid #d0d0d0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.quote { font-style: italic; }
.meta, .chain { color: #555; font-size: .9rem; }
.claim { border-top: 1px solid #e4e4e4; }
svg { max-width: 100%; height: auto; font: 12px Helvetica, Arial, sans-serif; }
footer { margin-top: 3rem; color: #666; font-size: .85rem; border-top: 1px solid #ccc; padding-top: .5rem; }
"""

#: SVG layout of a claim's diagram (pixels).
BOX_W, BOX_H, COL_GAP, ROW_GAP, PAD = 230, 30, 60, 12, 8
FILL = {"outlet": "#dbe9f6", "intermediary": "#f3f3f3", "origin": "#fde2c8"}
STROKE = {"outlet": "#4a78a8", "intermediary": "#888888", "origin": "#c0772d"}
#: Characters of a label that fit one box.
BOX_CHARS = 34


def _e(text: str) -> str:
    return html_text(text)


def _plain(text: str) -> str:
    return text.replace(UNKNOWN_OUTLET_SUFFIX, "")


def _anchor(claim_id: str) -> str:
    return "claim-" + "".join(ch for ch in claim_id.lower() if ch.isalnum() or ch == "-")


def _claim_link(claim: Claim) -> str:
    return f'<a href="#{_e(_anchor(claim.id))}">{_e(claim.id)}</a>'


def _link(url: str | None, text: str) -> str:
    """``text`` (already escaped) linked to an http(s) ``url``, or ``text`` alone."""
    safe = safe_url(url)
    if not safe:
        return text
    return f'<a href="{_e(safe)}" rel="noopener noreferrer nofollow">{text}</a>'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _bold_markers(text: str) -> str:
    """Escaped text whose ``**words**`` (our own constant sentences only) become <strong>."""
    parts = _e(text).split("**")
    return "".join(f"<strong>{p}</strong>" if i % 2 else p for i, p in enumerate(parts))


def render_html(report: Extraction) -> str:
    """The report as one HTML page (an Extraction is listed per article)."""
    if not isinstance(report, Report):
        return _extraction_page(report)
    view = ReportView(report)
    body: list[str] = ["<h1>Attribution report</h1>"]
    body.append(f'<p class="notice"><strong>Machine-generated.</strong> {_e(NOTICE)}</p>')
    body.append(f'<p class="summary">{_e(_summary(report, view))}</p>')
    body += _findings(report, view)
    body.append("<h2>How to read this</h2>")
    body.append(f"<p>{_how_to_read(report, view)}</p>")
    body.append("<h2>Claims</h2>")
    if report.claims:
        rows = [
            [
                _claim_link(c),
                _e(short(c.statement)),
                _e(VERDICT_WORDS.get(c.verdict, c.verdict)),
                _e("; ".join(view.origin_names(c))) if c.verdict != "unattributed" else "none named",
                str(len(view.claim_outlets(c))),
            ]
            for c in report.claims
        ]
        body.append(_table(["Claim", "Statement", "Verdict", "Origins", "Outlets"], rows))
        for claim in report.claims:
            body += _claim_section(claim, view)
    else:
        body.append("<p>No claims were found.</p>")
    body += _articles(report, view)
    body += _sources(report, view)
    body += _failures(report)
    return _page("Attribution report", body, report)


def _page(title: str, body: list[str], report: Extraction) -> str:
    footer = (
        f"Generated by attribution-tracer {_e(__version__)} · engine: {_e(report.engine)} · "
        f"model: {_e(report.model)} · version: {_e(report.version)}"
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="attribution-tracer">',
            f"<title>{_e(title)}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            "<main>",
            *body,
            "</main>",
            f"<footer>{footer}</footer>",
            "</body>",
            "</html>",
        ]
    ) + "\n"


def _summary(report: Report, view: ReportView) -> str:
    return summary_sentence(report, view)


def _findings(report: Report, view: ReportView) -> list[str]:
    found = key_findings(report, view)
    out = ["<h2>Key findings</h2>"]
    if found.empty():
        out.append(f"<p>{_e(NO_FINDINGS)}</p>")
        return out
    for title, items in found.groups():
        out.append(f"<h3>{_e(title)}</h3>")
        out.append("<ul>")
        for f in items:
            out.append(
                f'<li><span class="quote">“{_e(short(f.claim.statement))}”</span> ({_claim_link(f.claim)}): '
                f"{_e(_plain(f.text))}</li>"
            )
        out.append("</ul>")
    return out


def _how_to_read(report: Report, view: ReportView) -> str:
    text = _bold_markers(HOW_TO_READ)
    unknown = unknown_outlet_articles(report, view)
    if unknown:
        names = ", ".join(file_name(a) for a in unknown)
        text += _e(
            f" No outlet could be found for {plural(len(unknown), 'article')} (no manifest, page metadata, link "
            f"or sign-off names it): {'it is' if len(unknown) == 1 else 'they are'} shown by file name ({names})."
        )
    return text


def _outlet_link(article: ArticleResult, view: ReportView) -> str:
    return _link(article.url, _e(view.outlet_name(article)))


def _claim_section(claim: Claim, view: ReportView) -> list[str]:
    out = [f'<section class="claim" id="{_e(_anchor(claim.id))}">']
    out.append(f"<h3>{_e(claim.statement)}</h3>")
    verdict = VERDICT_WORDS.get(claim.verdict, claim.verdict)
    out.append(
        f'<p><span class="verdict v-{_e(claim.verdict)}">{_e(verdict)}</span> '
        f"Claim {_e(claim.id)}. {_e(verdict_sentence(claim, view))}</p>"
    )
    ind = claim.independence
    evidence = evidence_beyond_verdict(claim, view, _plain)
    for title, items in (("Evidence", evidence), ("Doubts", [_plain(x) for x in ind.doubts])):
        if items:
            out.append(f"<h4>{title}</h4><ul>" + "".join(f"<li>{_e(x)}</li>" for x in items) + "</ul>")
    if ind.institution and not any(ind.institution in d for d in ind.doubts):  # said once
        out.append(f"<p>All origins belong to one institution: {_e(ind.institution)}.</p>")
    if claim.signals:
        out.append(
            "<h4>Signals</h4><ul>"
            + "".join(f"<li><strong>{_e(s.code)}</strong>: {_e(_plain(s.explanation))}</li>" for s in claim.signals)
            + "</ul>"
        )
    dated = timeline(claim, view)
    if dated:
        items = [f"<li>{_e(e.day)}: {_outlet_link(e.article, view)}</li>" for e in dated]
        undated = len({m.article for m in claim.mentions if not m.where_only}) - len(dated)
        if undated:
            items.append(f"<li>date unknown: {plural(undated, 'article')}</li>")
        out.append("<h4>First reported</h4><ol>" + "".join(items) + "</ol>")
    out.append(f"<h4>Mentions ({len(claim.mentions)})</h4><ol>")
    out += [_mention(m, view) for m in claim.mentions]
    out.append("</ol>")
    if claim.conflicts:
        out.append("<h4>Conflicts</h4><ul>")
        for conflict in claim.conflicts:
            values = "".join(f"<li>{conflict_value(v, claim, view, esc=_e)}</li>" for v in conflict.values)
            out.append(
                f"<li><strong>{_e(conflict.kind)}</strong>: {_e(_plain(conflict.description))}"
                + (f"<ul>{values}</ul>" if values else "")
                + "</li>"
            )
        out.append("</ul>")
    graph = claim_graph(claim, view)
    if graph is not None:
        out.append("<h4>How it reached the outlets</h4>")
        out.append(_svg(graph, claim))
    out.append("</section>")
    return out


def _mention(mention: Mention, view: ReportView) -> str:
    art = view.articles.get(mention.article)
    facts = [f"article {_e(mention.article)}, characters {mention.start}–{mention.end}"]
    if art is not None:
        day = shown_date(art)
        if day:
            facts.insert(0, _e(day))
        head = _outlet_link(art, view)
    else:
        head = _e(view.outlet_node(mention.article).name)
    parts = [f'<li><strong>{head}</strong> <span class="meta">({"; ".join(facts)})</span>: '
             f'<span class="quote">“{_e(mention.text)}”</span>']
    chains = [
        ARROW.join(_e(n.name) for n in chain) + ("" if len(chain) > 1 else " (no source named)")
        for chain in view.mention_chains(mention)
    ]
    parts.append('<div class="chain">' + "<br>".join(f"Chain: {c}" for c in chains) + "</div>")
    att = view.attributions.get(mention.attribution) if mention.attribution else None
    notes = []
    if mention.direct:
        notes.append("direct quote")
    if att is not None:
        notes.append(f"cue “{_e(att.cue.text)}”")
    if mention.hedged:
        hedges = att.hedges if att is not None else []
        notes.append("hedged" + (f" ({', '.join(_e(h) for h in hedges)})" if hedges else ""))
    if mention.where_only:
        notes.append(_e(WHERE_ONLY_NOTE))
    if notes:
        joined = "; ".join(notes)
        parts.append(f'<div class="meta">{joined[0].upper()}{joined[1:]}</div>')
    parts.append("</li>")
    return "".join(parts)


def _svg(graph: ClaimGraph, claim: Claim) -> str:
    """The claim's chains as boxes in columns (outlets left, origins right) with arrows."""
    columns: dict[int, list[tuple[str, str, str]]] = {}
    for nid, label, role, col in graph.nodes:
        columns.setdefault(col, []).append((nid, label, role))
    cols = sorted(columns)
    index = {c: i for i, c in enumerate(cols)}
    where: dict[str, tuple[int, int]] = {}
    rows = max(len(v) for v in columns.values())
    for c in cols:
        for r, (nid, _label, _role) in enumerate(columns[c]):
            where[nid] = (PAD + index[c] * (BOX_W + COL_GAP), PAD + r * (BOX_H + ROW_GAP))
    width = PAD * 2 + len(cols) * BOX_W + (len(cols) - 1) * COL_GAP
    height = PAD * 2 + rows * BOX_H + (rows - 1) * ROW_GAP
    marker = f"arrow-{_anchor(claim.id)}"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="How claim {_e(claim.id)} reached the outlets">',
        f'<defs><marker id="{_e(marker)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ]
    for a, b in graph.edges:
        (x1, y1), (x2, y2) = where[a], where[b]
        out.append(
            f'<line x1="{x1 + BOX_W}" y1="{y1 + BOX_H // 2}" x2="{x2}" y2="{y2 + BOX_H // 2}" stroke="#555" '
            f'stroke-width="1.2" marker-end="url(#{_e(marker)})"/>'
        )
    for nid, label, role, _col in graph.nodes:
        x, y = where[nid]
        rx = 12 if role == "intermediary" else 2
        text = label if len(label) <= BOX_CHARS else label[: BOX_CHARS - 1].rstrip() + "…"
        out.append(
            f'<g><title>{_e(label)}</title><rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="{rx}" '
            f'fill="{FILL[role]}" stroke="{STROKE[role]}"/>'
            f'<text x="{x + 8}" y="{y + BOX_H // 2 + 4}" fill="#000">{_e(text)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _articles(report: Extraction, view: ReportView) -> list[str]:
    if not report.articles:
        return []
    rows = [
        [
            _e(r.article.id),
            _outlet_link(r.article, view),
            _e(r.found_from),
            _e(r.article.title or ""),
            _e(shown_date(r.article) or ""),
            ", ".join(_e(d) for d in r.draws_on),
        ]
        for r in article_rows(report)
    ]
    return ["<h2>Articles</h2>", _table(ARTICLE_HEADERS, rows)]


def _sources(report: Extraction, view: ReportView) -> list[str]:
    if not report.sources:
        return []
    rows = [
        [
            _e(r.name),
            _e(r.source.kind),
            _e(r.affiliation),
            _e(", ".join(r.source.aliases)),
            _e("; ".join(f"{n}: {how}" for n, how in r.joined_by)),
            _e(r.source.description or ""),
        ]
        for r in source_rows(report, view, source_display_names(report))
    ]
    headers, rows = drop_empty_columns(SOURCE_HEADERS, rows, OPTIONAL_SOURCE_HEADERS)
    return ["<h2>Sources</h2>", _table(headers, rows)]


def _failures(report: Extraction) -> list[str]:
    out: list[str] = []
    if report.failures:
        rows = [[_e(f.path), _e(f.message)] for f in report.failures]
        out += ["<h2>Inputs that could not be read</h2>", _table(["Input", "Problem"], rows)]
    if report.warnings:
        out += ["<h2>Warnings</h2>", "<ul>" + "".join(f"<li>{_e(w)}</li>" for w in report.warnings) + "</ul>"]
    return out


def _extraction_page(extraction: Extraction) -> str:
    view = ReportView(extraction)
    body = ["<h1>Attributions</h1>", f'<p class="notice"><strong>Machine-generated.</strong> {_e(NOTICE)}</p>']
    for art in extraction.articles:
        body.append(f"<h2>{_outlet_link(art, view)} · {_e(art.id)}</h2>")
        rows = [
            [
                _e(att.id),
                _e(view.attribution_source_name(att)),
                _e(att.kind),
                _e(att.cue.text),
                _e(" … ".join(s.text for s in att.content) or "(whole article)"),
                ARROW.join(_e(n.name) for n in view.attribution_chain(art, att)),
            ]
            for att in art.attributions
        ]
        body.append(_table(["ID", "Source", "Kind", "Cue", "Content", "Chain"], rows) if rows else "<p>None.</p>")
    body += _sources(extraction, view)
    body += _failures(extraction)
    return _page("Attributions", body, extraction)
