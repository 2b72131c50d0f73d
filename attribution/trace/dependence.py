"""Which articles depend on which: declared references and detected text reuse.

Declared: an article that attributes anything to an outlet whose own article is
in the corpus ("This article drew references from X", "citing X", "according to
X") drew on that article. Detected: two articles sharing a large part of their
word 5-grams (outside quotes) copied one from the other; LSH on MinHash proposes
pairs, the exact Jaccard over the shingle sets decides. The later article (by
publication date) depends on the earlier; with no dates, each on the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import ArticleResult
from .candidates import ArticleCandidates
from .cluster import UnionFind
from .fingerprint import candidate_pairs, containment, jaccard

#: Share of 5-grams two articles must share to count as reused text.
REUSE_JACCARD = 0.3
#: A short article that is mostly a longer one's passage also depends on it.
REUSE_CONTAINMENT = 0.6
#: Below this many shared 5-grams, overlap is coincidence (stock phrases).
MIN_SHARED_SHINGLES = 12


def outlet_key(article: ArticleResult) -> str:
    return article.outlet_source or f"outlet:{article.id}"


def declared_dependencies(articles: Sequence[ArticleResult]) -> dict[int, set[int]]:
    by_outlet: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        if a.outlet_source:
            by_outlet.setdefault(a.outlet_source, []).append(i)
    out: dict[int, set[int]] = {}
    for i, a in enumerate(articles):
        named: set[str] = set()
        for att in a.attributions:
            if att.source_id:
                named.add(att.source_id)
            named.update(att.via)
        for sid in sorted(named):
            if sid == a.outlet_source:
                continue
            for j in by_outlet.get(sid, []):
                if j != i:
                    out.setdefault(i, set()).add(j)
    return out


def reuse_pairs(candidates: Sequence[ArticleCandidates]) -> list[tuple[int, int, float]]:
    """(i, j, jaccard) for article pairs with reused text, i < j."""
    pairs = candidate_pairs((i, c.signature) for i, c in enumerate(candidates))
    out = []
    for i, j in sorted(pairs):
        a, b = candidates[i].shingles, candidates[j].shingles
        shared = len(set(a) & set(b))
        if shared < MIN_SHARED_SHINGLES:
            continue
        jac = jaccard(a, b)
        if jac >= REUSE_JACCARD or containment(a, b) >= REUSE_CONTAINMENT:
            out.append((i, j, jac))
    return out


def dependencies(
    articles: Sequence[ArticleResult], candidates: Sequence[ArticleCandidates]
) -> tuple[dict[str, list[str]], list[int]]:
    """(article id -> sorted ids it depends on, dependence component of every article index)."""
    deps = declared_dependencies(articles)
    for i, j, _ in reuse_pairs(candidates):
        pi, pj = candidates[i].published, candidates[j].published
        if pi and pj and pi != pj:
            later, earlier = (i, j) if pi > pj else (j, i)
            deps.setdefault(later, set()).add(earlier)
        else:
            deps.setdefault(i, set()).add(j)
            deps.setdefault(j, set()).add(i)
    uf = UnionFind(len(articles))
    for i, js in deps.items():
        for j in js:
            uf.union(i, j)
    mapping = {a.id: sorted(articles[j].id for j in deps.get(i, set())) for i, a in enumerate(articles)}
    return mapping, [uf.find(i) for i in range(len(articles))]
