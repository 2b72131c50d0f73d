"""What the published reports (Markdown and HTML) say beyond the data: key findings, timelines,
per-claim diagrams. Pure functions of a Report and its view; no escaping here (each renderer escapes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from ..lang.en.joins import JOINED_BY_WORDS
from ..models import ArticleResult, Claim, Report
from .view import Node, ReportView, url_host

#: At most this many claims are named under each key finding (the rest are in the claims list).
FINDINGS_PER_KIND = 5
#: Characters of a claim statement quoted in a finding.
FINDING_STATEMENT_WIDTH = 160
#: Characters of a node label in a per-claim diagram or the collapsed corpus graph.
LABEL_WIDTH = 48

VERDICT_WORDS = {
    "single-origin": "single origin",
    "independently-confirmed": "independently confirmed",
    "unattributed": "unattributed",
}

HOW_TO_READ = (
    "Each claim below is one statement found in several wordings across the articles. Its chains show how "
    "it reached each outlet: outlet → the intermediaries it cites → the origin that first made it. "
    "**Single origin** means every attributed version leads back to one origin, however many outlets "
    "repeat it: repetition is not confirmation. **Independently confirmed** means at least two origins "
    "that do not rely on one another reported it. **Unattributed** means no outlet says where it came "
    "from. Conflicts list where outlets or intermediaries give different figures, places or certainty. "
    "Verdicts come from what the articles say about their sources, not from checking the facts "
    "themselves."
)

NOTICE = (
    "This report was generated automatically by attribution-tracer from the articles listed below. "
    "Machine extraction makes mistakes: verify every quote, source and verdict against the articles "
    "before publishing or acting on it."
)


@dataclass(slots=True)
class Finding:
    kind: str  # "one-origin" | "conflict" | "interested"
    claim: Claim
    text: str  # plain words (unescaped)


@dataclass(slots=True)
class Findings:
    one_origin: list[Finding] = field(default_factory=list)
    conflicts: list[Finding] = field(default_factory=list)
    interested: list[Finding] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.one_origin or self.conflicts or self.interested)

    def groups(self) -> list[tuple[str, list[Finding]]]:
        """(heading, findings) of each kind that has any, in the reports' order."""
        return [
            (title, items)
            for title, items in zip(FINDING_HEADINGS, (self.one_origin, self.conflicts, self.interested), strict=True)
            if items
        ]


#: The heading of each kind of key finding (one origin, conflicts, interested parties), in the reports' order.
FINDING_HEADINGS = (
    "Widely repeated, but resting on one origin",
    "Where the outlets disagree",
    "Resting only on interested parties",
)
#: What the key findings say when there are none.
NO_FINDINGS = (
    "No claim is repeated by several outlets on one origin, none is disputed, and none rests only on an "
    "interested party."
)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def and_list(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def short(text: str, width: int = FINDING_STATEMENT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _reach(claim: Claim, view: ReportView) -> tuple[int, int, str]:
    return (-len(view.claim_outlets(claim)), -len(claim.mentions), claim.id)


def interested_only(claim: Claim) -> bool:
    """Every origin of an attributed claim is an interested party (one signal per such origin)."""
    if claim.verdict == "unattributed" or not claim.origins:
        return False
    flagged = sum(1 for s in claim.signals if s.code == "interested-party")
    return flagged >= len(claim.origins)


def key_findings(report: Report, view: ReportView) -> Findings:
    out = Findings()
    ranked = sorted(report.claims, key=lambda c: _reach(c, view))
    told: set[str] = set()  # conflicts already listed: a claim whose conflicts were all told is not repeated
    for claim in ranked:
        n = len(view.claim_outlets(claim))
        if claim.verdict == "single-origin" and n >= 2 and len(out.one_origin) < FINDINGS_PER_KIND:
            origin = and_list(view.origin_names(claim))
            out.one_origin.append(
                Finding(
                    "one-origin",
                    claim,
                    f"Reported by {plural(n, 'outlet')}, but every attributed version leads back to {origin}.",
                )
            )
        described = {c.description for c in claim.conflicts}
        if claim.conflicts and not described <= told and len(out.conflicts) < FINDINGS_PER_KIND:
            told |= described
            kinds = sorted({c.kind.replace("-", " ") for c in claim.conflicts})
            first = claim.conflicts[0].description
            out.conflicts.append(
                Finding("conflict", claim, f"{first} ({plural(len(claim.conflicts), 'conflict')}: {', '.join(kinds)}.)")
            )
        if interested_only(claim) and len(out.interested) < FINDINGS_PER_KIND:
            origin = and_list(view.origin_names(claim))
            out.interested.append(
                Finding(
                    "interested",
                    claim,
                    f"Its only {'origin is' if len(claim.origins) == 1 else 'origins are'} {origin}, "
                    "a party to the events it describes: it needs outside confirmation.",
                )
            )
    return out


def evidence_beyond_verdict(claim: Claim, view: ReportView, plain: Callable[[str], str]) -> list[str]:
    """The claim's evidence lines (made plain by ``plain``) that the verdict sentence does not already say
    ("one origin: X" under "4 outlets, one origin: X" is said once)."""
    said = verdict_sentence(claim, view).lower()
    return [e for e in (plain(x) for x in claim.independence.evidence) if e.lower().rstrip(".") not in said]


def joined_by_words(tag: str) -> str:
    """The plain words for an identity pass a source's ``joined_by`` names (the pass's name when none)."""
    return JOINED_BY_WORDS.get(tag, tag.replace("_", " ").replace("-", " "))


def verdict_sentence(claim: Claim, view: ReportView) -> str:
    """The verdict in plain words (unescaped), never "N independent origins" for an unattributed claim."""
    outlets = plural(len(view.claim_outlets(claim)), "outlet")
    origins = view.origin_names(claim)
    if claim.verdict == "unattributed":
        return f"Stated by {outlets} without naming where it came from."
    names = "; ".join(origins)
    if claim.verdict == "single-origin":
        if len(origins) == 1:
            return f"{outlets}, one origin: {names}. Repetition across outlets is not confirmation."
        return (
            f"{outlets}, {plural(len(origins), 'origin')} that do not count as independent of one another: "
            f"{names}. Repetition across outlets is not confirmation."
        )
    if len(origins) == claim.independent_origins:
        return f"{outlets}, {claim.independent_origins} independent origins: {names}."
    return f"{outlets}, {plural(len(origins), 'origin')}, {claim.independent_origins} of them independent: {names}."


# -- dates ----------------------------------------------------------------------------------------
def parse_date(value: str | None) -> date | None:
    """An ISO date or date-time ("2024-12-27", "2024-12-27T08:00:00Z"), else None (never a guess)."""
    if not value:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def shown_date(article: ArticleResult) -> str | None:
    d = parse_date(article.published)
    return d.isoformat() if d else (article.published.strip() if article.published else None)


@dataclass(slots=True)
class TimelineEntry:
    day: str
    outlet: str
    article: ArticleResult


def timeline(claim: Claim, view: ReportView) -> list[TimelineEntry]:
    """Each article mentioning the claim with a known date, earliest first (ties by outlet name); a mention
    that only says where it happened (``Mention.where_only``) does not report the claim."""
    seen: dict[str, TimelineEntry] = {}
    for m in claim.mentions:
        art = view.articles.get(m.article)
        if art is None or m.article in seen or m.where_only:
            continue
        d = parse_date(art.published)
        if d is not None:
            seen[m.article] = TimelineEntry(d.isoformat(), view.outlet_name(art), art)
    return sorted(seen.values(), key=lambda e: (e.day, e.outlet.casefold(), e.article.id))


def safe_url(url: str | None) -> str | None:
    """An http(s) link with every character that could end or change a link percent-encoded, else None."""
    if not url_host(url):
        return None
    from urllib.parse import quote

    assert url is not None
    return quote(url.strip(), safe=":/?#@!$&*+,;=%~-._")


# -- the small diagram of one claim ---------------------------------------------------------------
@dataclass(slots=True)
class ClaimGraph:
    nodes: list[tuple[str, str, str, int]]  # (id, label, role, column)
    edges: list[tuple[str, str]]


def claim_graph(claim: Claim, view: ReportView) -> ClaimGraph | None:
    """Outlets -> intermediaries -> origins for one claim's chains; None when no chain names a source
    or the diagram would only repeat one chain of two names. A mention that only says where it happened
    (``Mention.where_only``) is not how the claim reached an outlet: its chains are not drawn."""
    paths = [p for m in claim.mentions if not m.where_only for p in view.mention_chains(m)]
    if not any(len(p) >= 2 for p in paths):
        return None
    names: dict[str, Node] = {}
    column: dict[str, int] = {}
    outlets: set[str] = set()
    ends: set[str] = set()
    edges: set[tuple[str, str]] = set()
    for p in paths:
        for i, n in enumerate(p):
            names.setdefault(n.key, n)
            column[n.key] = max(column.get(n.key, 0), i)
        outlets.add(p[0].key)
        if len(p) >= 2:
            ends.add(p[-1].key)
        edges.update((a.key, b.key) for a, b in zip(p, p[1:], strict=False) if a.key != b.key)
    for k in outlets:
        column[k] = 0
    if len(names) < 3:
        return None  # one outlet citing one source: the chain line under Mentions says it all

    def role(k: str) -> str:
        return "outlet" if k in outlets else "origin" if k in ends else "intermediary"

    order = sorted(names, key=lambda k: (column[k], names[k].name.casefold(), k))
    ids = {k: f"n{i + 1}" for i, k in enumerate(order)}
    pos = {k: i for i, k in enumerate(order)}
    return ClaimGraph(
        nodes=[(ids[k], short(names[k].name, LABEL_WIDTH), role(k), column[k]) for k in order],
        edges=[(ids[a], ids[b]) for a, b in sorted(edges, key=lambda e: (pos[e[0]], pos[e[1]]))],
    )


def unknown_outlet_articles(report: Report, view: ReportView) -> list[ArticleResult]:
    return [a for a in report.articles if not view.outlet_known(a)]


def summary_sentence(report: Report, view: ReportView) -> str:
    """The report's one-line count in plain text: articles, outlets, claims by verdict, unreadable inputs."""
    counts = {v: sum(1 for c in report.claims if c.verdict == v) for v in VERDICT_WORDS}
    text = (
        f"{plural(len(report.articles), 'article')} from {plural(view.outlet_count(), 'outlet')}; "
        f"{plural(len(report.claims), 'claim')}: "
        + ", ".join(f"{counts[v]} {VERDICT_WORDS[v]}" for v in VERDICT_WORDS)
        + "."
    )
    if report.failures:
        text += f" {plural(len(report.failures), 'input')} could not be read."
    return text
