"""Which articles depend on which: declared references and detected text reuse.

Declared: an article that attributes anything to an outlet whose own article is
in the corpus ("This article drew references from X", "citing X", "according to
X") drew on that article. Detected: two articles sharing a large part of their
word 5-grams (outside quotes) copied one from the other (LSH on MinHash proposes
pairs, the exact Jaccard over the shingle sets decides), and so did two that share
copied passages (an inverted index of 5-grams counts them: ``copied_pairs``) and two
that carry several of the same sentences reworded (``reworded_pairs``: a wire story
rewritten without credit keeps each sentence's words in their order while changing
enough of them to break every 5-gram), and so do two that carry two such sentences and share word
runs few other articles of the batch carry (``shared_rare_passages``). Each dependence keeps its evidence
in plain words (``explained_dependencies``). The later article (by
publication date) depends on the earlier; with no dates, each on the other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain

import numpy as np

from ..lang.en import dependence as dx
from ..models import ArticleResult
from .candidates import ArticleCandidates
from .cluster import UnionFind
from .fingerprint import candidate_pairs, words
from .quoted import unquoted

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


#: MinHash estimates below this share of a threshold cannot reach it (64 permutations: the
#: estimate's standard deviation is at most ~0.06, so half the threshold is several deviations off).
ESTIMATE_MARGIN = 0.5


def _likely_reuse(candidates: Sequence[ArticleCandidates], pairs: Sequence[tuple[int, int]]) -> list[bool]:
    """Which LSH pairs may pass the exact test, from their MinHash signatures (vectorised): the
    banding is permissive on purpose, so most proposed pairs share only stock phrases."""
    if not pairs:
        return []
    sig = np.array([c.signature for c in candidates], dtype=np.uint64)
    size = np.array([len(c.shingles) for c in candidates], dtype=np.float64)
    a = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    b = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
    out = np.zeros(len(pairs), dtype=bool)
    step = 65536
    for lo in range(0, len(pairs), step):
        ia, ib = a[lo : lo + step], b[lo : lo + step]
        jac = (sig[ia] == sig[ib]).mean(axis=1)
        inter = jac * (size[ia] + size[ib]) / (1.0 + jac)
        cont = inter / np.maximum(np.minimum(size[ia], size[ib]), 1.0)
        out[lo : lo + step] = (jac >= REUSE_JACCARD * ESTIMATE_MARGIN) | (cont >= REUSE_CONTAINMENT * ESTIMATE_MARGIN)
    return [bool(x) for x in out]


def reuse_pairs(candidates: Sequence[ArticleCandidates]) -> list[tuple[int, int, float]]:
    """(i, j, jaccard) for article pairs with reused text, i < j.

    A pair already joined through verified reuse links (i ~ k ~ j) is not verified again: a
    group of n reprints proposes ~n^2/2 pairs, and its dependence component is the same with a
    spanning set of links. So the links listed are a spanning set, the components are exact.
    """
    pairs = sorted(candidate_pairs((i, c.signature) for i, c in enumerate(candidates)))
    likely = _likely_reuse(candidates, pairs)
    joined = UnionFind(len(candidates))
    sets: dict[int, set[int]] = {}
    out = []
    for (i, j), keep in zip(pairs, likely, strict=True):
        if not keep or joined.find(i) == joined.find(j):
            continue
        if i not in sets:
            sets[i] = set(candidates[i].shingles)
        if j not in sets:
            sets[j] = set(candidates[j].shingles)
        sa, sb = sets[i], sets[j]
        shared = len(sa & sb) if len(sa) <= len(sb) else len(sb & sa)
        if shared < MIN_SHARED_SHINGLES or not sa or not sb:
            continue
        # the same figures as fingerprint.jaccard / containment, from one intersection
        jac = shared / (len(sa) + len(sb) - shared)
        if jac >= REUSE_JACCARD or shared / min(len(sa), len(sb)) >= REUSE_CONTAINMENT:
            out.append((i, j, jac))
            joined.union(i, j)
    return out


#: Copied passages: two articles sharing at least this many word 5-grams (outside quotes) share
#: whole sentences, not stock phrases (independent reports of one event share 10-20: names, titles,
#: "said in a statement"; an outlet rewriting a wire story keeps 35 or more).
MIN_COPIED_SHINGLES = 30
#: ... and at least this share of the smaller article: two long features may share 30 5-grams by chance.
MIN_COPIED_SHARE = 0.1
#: A 5-gram in more articles than this is a stock phrase or a passage syndicated everywhere: it does
#: not say who copied whom, and its posting list would make the pair count quadratic.
MAX_SHINGLE_ARTICLES = 16


def _postings(candidates: Sequence[ArticleCandidates]) -> Iterator[list[int]]:
    """The articles of each 5-gram found in 2 to MAX_SHINGLE_ARTICLES articles, in article order.

    One sort of a flat array of (5-gram, article) instead of a dict of every 5-gram's list: the dict
    cost ~200 bytes per 5-gram of the corpus, most of them in one article only."""
    sizes = [len(c.shingles) for c in candidates]
    total = sum(sizes)
    if total < 2:
        return
    hashes = np.fromiter(chain.from_iterable(c.shingles for c in candidates), dtype=np.uint64, count=total)
    owner = np.repeat(np.arange(len(candidates), dtype=np.int64), sizes)
    order = np.lexsort((owner, hashes))  # by 5-gram, then by article
    hashes, owner = hashes[order], owner[order]
    del order
    new_group = np.empty(total, dtype=bool)
    new_group[0] = True
    new_group[1:] = hashes[1:] != hashes[:-1]
    starts = np.flatnonzero(new_group)
    ends = np.append(starts[1:], total)
    size = ends - starts
    keep = (size >= 2) & (size <= MAX_SHINGLE_ARTICLES)
    for lo, hi in zip(starts[keep].tolist(), ends[keep].tolist(), strict=True):
        yield owner[lo:hi].tolist()


def _shared_shingles(candidates: Sequence[ArticleCandidates]) -> dict[tuple[int, int], tuple[int, float]]:
    """(i, j) -> (shared 5-grams, their rarity weight), i < j, over an inverted index of 5-grams each capped at
    MAX_SHINGLE_ARTICLES articles (blocking: only pairs that share a rare 5-gram are ever counted). A 5-gram
    carried by k articles of the batch weighs 1/(k-1) in each of its pairs: a passage only two articles
    carry counts whole, one every article of a wire family carries is shared out among its pairs."""
    shared: dict[tuple[int, int], tuple[int, float]] = {}
    for members in _postings(candidates):
        weight = 1.0 / (len(members) - 1)
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])  # article order: members are appended by index
                n, w = shared.get(pair, (0, 0.0))
                shared[pair] = (n + 1, w + weight)
    return shared


def copied_pairs(
    candidates: Sequence[ArticleCandidates], shared: dict[tuple[int, int], tuple[int, float]] | None = None
) -> list[tuple[int, int, int]]:
    """(i, j, shared 5-grams) for article pairs that share copied passages, i < j: an outlet that
    rewrites a wire story keeps some of its sentences word for word and adds its own, so the whole
    texts are far apart (Jaccard ~0.07) while a few sentences are the same. Counted over an inverted
    index of 5-grams, each capped at MAX_SHINGLE_ARTICLES articles: work grows with the corpus, not
    with its square."""
    if shared is None:
        shared = _shared_shingles(candidates)
    out = []
    for (i, j), (n, _w) in sorted(shared.items()):
        smaller = min(len(candidates[i].shingles), len(candidates[j].shingles))
        if n >= MIN_COPIED_SHINGLES and smaller and n / smaller >= MIN_COPIED_SHARE:
            out.append((i, j, n))
    return out


#: Rule ``reworded_copy``: a sentence of one article is a reworded sentence of another when, outside
#: quotation marks, each has at least REWORDED_MIN_WORDS words and the longest run of words both have in
#: the same order (not necessarily side by side) covers REWORDED_SHARE of the shorter one ("The port
#: handles an estimated 4.2 million containers per year" / "The port is estimated to handle 4.2 million
#: containers each year"). Independent reports of one event share such
#: a sentence now and then (the one fact everyone states); a rewrite shares several.
REWORDED_MIN_WORDS = 10
REWORDED_SHARE = 0.7
#: ... and two articles with at least this many reworded sentences in common (on each side) depend on
#: each other.
REWORDED_MIN_SENTENCES = 3
#: Sentences are compared only when they share this share of the smaller one's content keys (found
#: through an inverted index of the keys, each key in at most REWORDED_MAX_POSTINGS sentences: a
#: key in more is too common to say anything, and keeps the work linear in the corpus).
REWORDED_KEY_SHARE = 0.5
REWORDED_MAX_POSTINGS = 64


def _unquoted_words(text: str) -> list[str]:
    """The words of ``text`` outside quotation marks (a quote is the speaker's words, which every outlet
    quoting them shares; the passages ``quoted.unquoted`` finds)."""
    return words(unquoted(text))


def _in_order(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest sequence of words ``a`` and ``b`` both hold in the same order (bit-parallel: one
    pass over ``a`` with the positions of each word of ``b`` as the bits of an integer; Hyyrö's form of the
    Allison-Dix algorithm)."""
    if not a or not b:
        return 0
    where: dict[str, int] = {}
    for j, y in enumerate(b):
        where[y] = where.get(y, 0) | (1 << j)
    full = (1 << len(b)) - 1
    v = full
    for x in a:
        u = v & where.get(x, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()


def reworded_pairs(
    candidates: Sequence[ArticleCandidates],
    known: UnionFind | None = None,
    min_sentences: int = REWORDED_MIN_SENTENCES,
) -> list[tuple[int, int, int]]:
    """(i, j, reworded sentences) for article pairs that carry REWORDED_MIN_SENTENCES or more of the same
    sentences reworded (rule ``reworded_copy``), i < j. Articles ``known`` to depend on each other already
    (one component of it) are not compared: a group of reprints would cost its pairs' sentences for nothing."""
    items: list[tuple[int, int, list[str], set[str]]] = []  # (article, mention, words, keys)
    read: dict[str, list[str]] = {}  # each distinct text's words once (wire copy repeats it; the lists are only read)
    for i, c in enumerate(candidates):
        for k, m in enumerate(c.mentions):
            if m.direct:
                continue
            ws = read.get(m.text)
            if ws is None:
                ws = read[m.text] = _unquoted_words(m.text)
            keys = {x for x in m.lemmas if not x.startswith("~")}
            if len(ws) >= REWORDED_MIN_WORDS and keys:
                items.append((i, k, ws, keys))
    postings: dict[str, list[int]] = {}
    for n, (_i, _k, _ws, keys) in enumerate(items):
        for key in keys:
            postings.setdefault(key, []).append(n)
    shared: dict[tuple[int, int], int] = {}
    for members in postings.values():
        if len(members) > REWORDED_MAX_POSTINGS:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                ia, ib = items[a][0], items[b][0]
                if ia != ib and (known is None or known.find(ia) != known.find(ib)):
                    shared[(a, b)] = shared.get((a, b), 0) + 1
    sides: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
    for (a, b), n in sorted(shared.items()):
        (ia, ka, wa, keys_a), (ib, kb, wb, keys_b) = items[a], items[b]
        if n < REWORDED_KEY_SHARE * min(len(keys_a), len(keys_b)):
            continue
        (lo, klo), (hi, khi) = sorted(((ia, ka), (ib, kb)))
        found = sides.setdefault((lo, hi), (set(), set()))
        if klo in found[0] and khi in found[1]:
            continue  # both sentences already count: the pair's figure cannot change
        if _in_order(wa, wb) < REWORDED_SHARE * min(len(wa), len(wb)):
            continue
        found[0].add(klo)
        found[1].add(khi)
    return [
        (i, j, min(len(x), len(y)))
        for (i, j), (x, y) in sorted(sides.items())
        if min(len(x), len(y)) >= min_sentences
    ]


#: Rule ``shared_rare_passages``: two articles that carry RARE_REWORDED_SENTENCES of the same sentences
#: reworded (rule ``reworded_copy``'s test, one sentence short of its count) depend on each other when they
#: also share word 5-grams (outside quotes) that few other articles of the batch carry, weighing at least
#: RARE_PASSAGE_WEIGHT (each 5-gram 1/(k-1) for the k articles carrying it: see ``_shared_shingles``). A
#: rewrite keeps a few sentences near their wording and scattered word runs only it and its source have;
#: two independent reports sharing the one fact everyone states share its stock phrases with the whole
#: batch. Chosen leave-one-story-out on the development stories (docs/evaluation.md, "Round eight:
#: dependence").
RARE_REWORDED_SENTENCES = 2
RARE_PASSAGE_WEIGHT = 20.0


def _edges(
    articles: Sequence[ArticleResult], candidates: Sequence[ArticleCandidates]
) -> tuple[dict[int, set[int]], dict[tuple[int, int], str]]:
    """(article index -> indexes it depends on, (later, earlier) -> the evidence in words)."""
    deps = declared_dependencies(articles)
    name = [a.display_outlet or a.outlet or a.id for a in articles]
    why: dict[tuple[int, int], str] = {(i, j): dx.CITES.format(b=name[j]) for i, js in deps.items() for j in js}
    found: dict[tuple[int, int], str] = {}
    for i, j, _jac in reuse_pairs(candidates):
        found.setdefault((i, j), dx.MOSTLY_THE_SAME)
    shared = _shared_shingles(candidates)
    for i, j, n in copied_pairs(candidates, shared):
        found.setdefault((i, j), dx.COPIED_PASSAGES.format(n=n))
    copies = UnionFind(len(candidates))
    for i, j in found:
        copies.union(i, j)
    for i, j, n in reworded_pairs(candidates, copies, min(REWORDED_MIN_SENTENCES, RARE_REWORDED_SENTENCES)):
        if n >= REWORDED_MIN_SENTENCES:
            found.setdefault((i, j), dx.REWORDED_SENTENCES.format(n=n))
        elif n >= RARE_REWORDED_SENTENCES and shared.get((i, j), (0, 0.0))[1] >= RARE_PASSAGE_WEIGHT:
            found.setdefault((i, j), dx.REWORDED_AND_RARE.format(n=n))
    for (i, j), line in sorted(found.items()):
        pi, pj = candidates[i].published, candidates[j].published
        if pi and pj and pi != pj:
            later, earlier = (i, j) if pi > pj else (j, i)
            deps.setdefault(later, set()).add(earlier)
            why.setdefault((later, earlier), line)
        else:
            for x, y in ((i, j), (j, i)):
                deps.setdefault(x, set()).add(y)
                why.setdefault((x, y), line)
    return deps, why


def explained_dependencies(
    articles: Sequence[ArticleResult], candidates: Sequence[ArticleCandidates]
) -> tuple[dict[str, list[str]], list[int], dict[tuple[str, str], str]]:
    """``dependencies`` and, for each (article id, id it depends on), the evidence in plain words."""
    deps, why = _edges(articles, candidates)
    uf = UnionFind(len(articles))
    for i, js in deps.items():
        for j in js:
            uf.union(i, j)
    mapping = {a.id: sorted(articles[j].id for j in deps.get(i, set())) for i, a in enumerate(articles)}
    words = {(articles[i].id, articles[j].id): line for (i, j), line in why.items()}
    return mapping, [uf.find(i) for i in range(len(articles))], words


def dependencies(
    articles: Sequence[ArticleResult], candidates: Sequence[ArticleCandidates]
) -> tuple[dict[str, list[str]], list[int]]:
    """(article id -> sorted ids it depends on, dependence component of every article index)."""
    mapping, components, _why = explained_dependencies(articles, candidates)
    return mapping, components
