"""Dependence between articles: the ties that make two articles of a batch one (declared citations, shared wire
credit, copied text), read once per batch (``article_links``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...kinds import AttributionKind
from ...lang.en import dependence as dx
from ...lang.en import independence as lx
from ...models import ArticleResult


@dataclass(slots=True)
class ArticleLinks:
    """What ties the articles of a batch together."""

    #: article id -> dependence group (declared citation, copied text or a shared wire credit)
    group: dict[str, int] = field(default_factory=dict)
    #: article id -> outlet source id
    outlet: dict[str, str] = field(default_factory=dict)
    #: outlet source id -> article ids of the batch it published
    articles_of: dict[str, list[str]] = field(default_factory=dict)
    #: article id -> why it depends on others, in words, one line per tie
    ties: dict[str, list[str]] = field(default_factory=dict)
    #: article id -> outlet's display name
    outlet_name: dict[str, str] = field(default_factory=dict)
    #: source id -> the phrases the articles write for it where they cite it ("the health agency")
    written: dict[str, list[str]] = field(default_factory=dict)


def article_links(
    articles: Sequence[ArticleResult],
    components: Sequence[int],
    dep_map: dict[str, list[str]],
    why: dict[tuple[str, str], str] | None = None,
) -> ArticleLinks:
    """Dependence groups: the tracing stage's components (declared references, reused text) joined by
    shared wire credits ("Additional reporting by Reuters" in two articles). ``why``: for an (article, article
    it depends on) pair, the evidence in words, said after "draws on"."""
    parent = list(range(len(articles)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_of: dict[int, int] = {}
    for i, c in enumerate(components):
        if c in first_of:
            union(first_of[c], i)
        else:
            first_of[c] = i
    links = ArticleLinks()
    name = {a.id: a.display_outlet or a.outlet or a.id for a in articles}
    credits: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        links.outlet_name[a.id] = name[a.id]
        if a.outlet_source:
            links.outlet[a.id] = a.outlet_source
            links.articles_of.setdefault(a.outlet_source, []).append(a.id)
        for att in a.attributions:
            if att.kind == AttributionKind.ARTICLE_REFERENCE and att.source_id and att.source_id != a.outlet_source:
                credits.setdefault(att.source_id, []).append(i)
            if att.source_id and att.source is not None and att.source.text.strip():
                seen = links.written.setdefault(att.source_id, [])
                if att.source.text.strip() not in seen:
                    seen.append(att.source.text.strip())
    for sid, members in sorted(credits.items()):
        members = sorted(set(members))
        for j in members[1:]:
            union(members[0], j)
            for x, y in ((members[0], j), (j, members[0])):
                links.ties.setdefault(articles[x].id, []).append(
                    lx.BOTH_CREDIT.format(a=name[articles[x].id], b=name[articles[y].id], source=sid)
                )
    for aid, deps in dep_map.items():
        for d in deps:
            later, earlier = name.get(aid, aid), name.get(d, d)
            because = (why or {}).get((aid, d))
            line = (
                dx.DRAWS_ON_BECAUSE.format(a=later, b=earlier, why=because)
                if because
                else lx.DRAWS_ON.format(a=later, b=earlier)
            )
            links.ties.setdefault(aid, []).append(line)
    links.group = {a.id: find(i) for i, a in enumerate(articles)}
    return links
