"""Read-only lookups over a Report or Extraction shared by every renderer.

Renderers show names, never ids. A chain in the contract is a list of source ids
(outlet side first); whether it starts with the publishing outlet's own source
id or not, :meth:`ReportView.chain` returns the full path outlet -> ... -> origin,
so the renderers never guess.

Everything here is deterministic: lookups are dicts built from the model's own
lists (first definition wins), and every ordering used for output is an explicit
sort.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..chain_links import chain_parent
from ..models import ArticleResult, Attribution, Claim, Extraction, Mention, Report, Source


@dataclass(frozen=True, slots=True)
class Node:
    """One point of a chain: a resolved source, an outlet without a source id, or a bare name."""

    key: str  # unique: "source:<id>", "article:<id>" or "name:<text>"
    name: str
    kind: str | None = None


class ReportView:
    def __init__(self, report: Extraction) -> None:
        self.report = report
        self.sources: dict[str, Source] = {}
        for s in report.sources:
            self.sources.setdefault(s.id, s)
        self.by_name: dict[str, Source] = {}
        for s in report.sources:
            self.by_name.setdefault(s.name.casefold(), s)
        self.articles: dict[str, ArticleResult] = {}
        for a in report.articles:
            self.articles.setdefault(a.id, a)
        self.attributions: dict[str, Attribution] = {}
        for a in report.articles:
            for att in a.attributions:
                self.attributions.setdefault(att.id, att)
        # Memos: a renderer asks for the same outlet, source and chain many times (every mention,
        # conflict value and graph edge). Nodes are frozen, so sharing them is safe.
        self._source_nodes: dict[str, Node] = {}
        self._outlet_nodes: dict[str, Node] = {}
        self._chains: dict[tuple[str, tuple[str, ...]], tuple[Node, ...]] = {}
        #: outlet source id -> its first article (the name shown for the outlet comes from the article)
        self._outlet_articles: dict[str, ArticleResult] = {}
        for a in report.articles:
            if a.outlet_source:
                self._outlet_articles.setdefault(a.outlet_source, a)

    @property
    def claims(self) -> list[Claim]:
        return self.report.claims if isinstance(self.report, Report) else []

    # -- names -------------------------------------------------------------------------
    def source_node(self, ref: str) -> Node:
        """A chain entry or origin: a source id, else a source name, else the text itself."""
        node = self._source_nodes.get(ref)
        if node is None:
            src = self.sources.get(ref) or self.by_name.get(ref.casefold())
            if src is None:
                node = Node(f"name:{ref}", ref)
            elif src.id in self._outlet_articles:
                # an outlet's own source (the publisher as the origin of an unattributed claim)
                node = Node(f"source:{src.id}", self.outlet_name(self._outlet_articles[src.id]), src.kind)
            else:
                node = Node(f"source:{src.id}", src.name, src.kind)
            self._source_nodes[ref] = node
        return node

    def name(self, ref: str) -> str:
        return self.source_node(ref).name

    def outlet_name(self, article: ArticleResult) -> str:
        """What people call the article's outlet: the manifest's, record's or page's name, else the
        link's host ("apnews.com"), else the file name (see :meth:`outlet_known`; reports say once
        that such names are file names, not in every line)."""
        if article.outlet:
            return article.outlet
        if article.outlet_source and article.outlet_source in self.sources:
            src = self.sources[article.outlet_source]
            if not src.name.endswith(UNKNOWN_OUTLET_SUFFIX):
                return src.name
        host = url_host(article.url)
        if host:
            return host
        return file_name(article)

    def outlet_known(self, article: ArticleResult) -> bool:
        """False when the outlet is shown by the article's file name (nothing else names it)."""
        return self.outlet_name(article) != file_name(article) or bool(article.outlet)

    def outlet_node(self, article_id: str) -> Node:
        node = self._outlet_nodes.get(article_id)
        if node is None:
            node = self._outlet_nodes[article_id] = self._make_outlet_node(article_id)
        return node

    def _make_outlet_node(self, article_id: str) -> Node:
        art = self.articles.get(article_id)
        if art is None:
            return Node(f"article:{article_id}", article_id, "media outlet")
        if art.outlet_source and art.outlet_source in self.sources:
            src = self.sources[art.outlet_source]
            return Node(f"source:{src.id}", self.outlet_name(art), src.kind)
        if art.outlet:
            # Two articles from one named outlet are one node even without a source id.
            return Node(f"outlet:{art.outlet.casefold()}", self.outlet_name(art), "media outlet")
        return Node(f"article:{art.id}", self.outlet_name(art), "media outlet")

    def outlet_ref_name(self, ref: str) -> str:
        """A Claim.outlets entry: a source id, an article id, or already a name."""
        if ref in self.sources:
            return self.source_node(ref).name
        if ref in self.articles:
            return self.outlet_name(self.articles[ref])
        return ref

    # -- chains ------------------------------------------------------------------------
    def chain(self, article_id: str, chain: Iterable[str]) -> list[Node]:
        """The full path outlet -> intermediaries -> origin for one chain of a mention."""
        refs = tuple(chain)
        memo = self._chains.get((article_id, refs))
        if memo is None:
            outlet = self.outlet_node(article_id)
            nodes = [self.source_node(ref) for ref in refs]
            if nodes and (nodes[0].key == outlet.key or nodes[0].name.casefold() == outlet.name.casefold()):
                nodes[0] = outlet
            else:
                nodes.insert(0, outlet)
            memo = self._chains[(article_id, refs)] = tuple(nodes)
        return list(memo)

    def mention_chains(self, mention: Mention) -> list[list[Node]]:
        chains = mention.chains or [[]]
        return [self.chain(mention.article, c) for c in chains]

    def attribution_chain(self, article: ArticleResult, att: Attribution) -> list[Node]:
        """Outlet -> (each enclosing attribution's via + source) -> this via + source."""
        lineage: list[Attribution] = []
        seen: set[str] = set()
        cur: Attribution | None = att
        while cur is not None and cur.id not in seen:
            seen.add(cur.id)
            lineage.append(cur)
            cur = chain_parent(cur, self.attributions.get)  # past a parent of the same speech act
        nodes = [self.outlet_node(article.id)]
        for a in reversed(lineage):
            for v in a.via:
                nodes.append(self.source_node(v))
            if a.source_id:
                nodes.append(self.source_node(a.source_id))
            elif a.source is not None:
                nodes.append(Node(f"name:{a.source.text}", a.source.text))
            else:
                nodes.append(Node("name:", "(no source named)"))
        return nodes

    def attribution_source_name(self, att: Attribution) -> str:
        if att.source_id and att.source_id in self.sources:
            return self.sources[att.source_id].name
        if att.source is not None:
            return att.source.text
        return "(no source named)"

    # -- claims ------------------------------------------------------------------------
    def claim_outlets(self, claim: Claim) -> list[str]:
        """Distinct outlet names of a claim, sorted (Claim.outlets when given, else from mentions)."""
        if claim.outlets:
            names = {self.outlet_ref_name(o) for o in claim.outlets}
        else:
            names = {self.outlet_node(m.article).name for m in claim.mentions}
        return sorted(names, key=lambda n: (n.casefold(), n))

    def origin_names(self, claim: Claim) -> list[str]:
        """Origin names in the claim's order, without duplicates."""
        out: list[str] = []
        for o in claim.origins:
            n = self.name(o)
            if n not in out:
                out.append(n)
        return out

    def outlet_count(self) -> int:
        return len({self.outlet_node(a.id).key for a in self.report.articles})


#: What ingest appends to a file name standing in for an unknown outlet.
UNKNOWN_OUTLET_SUFFIX = " (outlet not named in text)"


def file_name(article: ArticleResult) -> str:
    """The last part of the article's path (or id); the whole id when that part is empty."""
    base = (article.path or article.id).replace("\\", "/").rsplit("/", 1)[-1]
    return base if base.strip() else article.id


def url_host(url: str | None) -> str | None:
    """The host of an http(s) link without "www." ("https://www.apnews.com/x" -> "apnews.com")."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return host.removeprefix("www.")


def sort_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)
