"""Reduce stage: claims across articles with their origins, verdicts, conflicts and signals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..models import ArticleResult, Claim, Mention, Source
from .candidates import ArticleCandidates, MentionCandidate
from .cluster import ClusterStats, UnionFind, cluster_mentions
from .conflicts import MentionRecord, find_conflicts
from .dependence import declared_dependencies, dependencies, outlet_key
from .origins import chain_for, effective_origin, merge_vague
from .signals import claim_signals

#: Longest claim statement shown (characters); longer contents are cut at a word.
STATEMENT_CHARS = 200


class HasSources(Protocol):
    @property
    def sources(self) -> list[Source]: ...


def _statement(records: Sequence[MentionRecord]) -> str:
    """The most central mention's content: the one sharing most keys with the others, short preferred."""
    freq: dict[str, int] = {}
    for r in records:
        for k in r.cand.lemmas:
            freq[k] = freq.get(k, 0) + 1

    def score(r: MentionRecord) -> tuple[float, int, str, int]:
        shared = sum(freq[k] - 1 for k in r.cand.lemmas)
        return (-shared / (1 + len(r.cand.lemmas)) ** 0.5, len(r.cand.text), r.article, r.cand.start)

    best = sorted(records, key=score)[0]
    text = " ".join(best.cand.text.split()).strip(" ,;:\"“”'")
    if len(text) > STATEMENT_CHARS:
        cut = text[:STATEMENT_CHARS].rsplit(" ", 1)[0]
        text = cut.rstrip(",;:") + "…"
    return text[:1].upper() + text[1:] if text else text


def _independent_count(records: Sequence[MentionRecord], origins: Sequence[str], component: dict[str, int]) -> int:
    """Origins after merging those whose mentions only come through dependent articles."""
    if len(origins) <= 1:
        return len(origins)
    arts: dict[str, set[str]] = {o: set() for o in origins}
    for r in records:
        for o in r.origins:
            arts[o].add(r.article)
    uf = UnionFind(len(origins))
    for x in range(len(origins)):
        for y in range(x + 1, len(origins)):
            ax, ay = arts[origins[x]], arts[origins[y]]
            # independent if some pair of mentions comes from the same article or unrelated articles
            if any(a == b or component[a] != component[b] for a in ax for b in ay):
                continue
            uf.union(x, y)
    return len({uf.find(i) for i in range(len(origins))})


def build_claims(
    articles: Sequence[ArticleResult],
    candidates: Sequence[ArticleCandidates],
    resolution: HasSources,
    stats: ClusterStats | None = None,
) -> tuple[list[Claim], dict[str, list[str]]]:
    """Claims (public models) and the article dependency map (article id -> sorted ids it depends on)."""
    sources = {s.id: s for s in resolution.sources}
    names = {sid: s.name for sid, s in sources.items()}
    for a in articles:
        if a.outlet_source and a.outlet_source not in names:
            names[a.outlet_source] = a.display_outlet or a.outlet or a.outlet_source
        names.setdefault(outlet_key(a), a.display_outlet or a.outlet or a.id)
    dep_map, comp = dependencies(articles, candidates)
    component = {a.id: comp[i] for i, a in enumerate(articles)}
    # the article-level record of what each article declares it draws on
    for i, js in declared_dependencies(articles).items():
        a = articles[i]
        a.references = sorted(set(a.references) | {articles[j].id for j in js})
    flat: list[MentionCandidate] = []
    owner: list[int] = []
    for i, c in enumerate(candidates):
        for m in c.mentions:
            flat.append(m)
            owner.append(i)
    groups = cluster_mentions(flat, stats)
    # how often each source is cited across the corpus: breaks ties between vague origins
    corpus_counts: dict[str, int] = {}
    for a in articles:
        for att in a.attributions:
            if att.source_id:
                corpus_counts[att.source_id] = corpus_counts.get(att.source_id, 0) + 1
    built: list[tuple[tuple[int, int, int], Claim]] = []
    for group in groups:
        records: list[MentionRecord] = []
        for k in sorted(group, key=lambda k: (owner[k], flat[k].start, flat[k].end)):
            art = articles[owner[k]]
            m = flat[k]
            outlet = outlet_key(art)
            chains = [chain_for(art, n, outlet) for n in m.attributions if n < len(art.attributions)]
            uniq: list[list[str]] = []
            for ch in chains:
                if ch not in uniq:
                    uniq.append(ch)
            attributed = [c for c in uniq if len(c) > 1]
            origins = [o for c in attributed if (o := effective_origin(c, sources)) is not None]
            att_id = (
                art.attributions[m.attributions[0]].id
                if m.attributions and m.attributions[0] < len(art.attributions)
                else None
            )
            records.append(
                MentionRecord(
                    article=art.id,
                    outlet=outlet,
                    outlet_name=names.get(outlet, outlet),
                    cand=m,
                    chains=uniq or [[outlet]],
                    origins=origins,
                    attribution=att_id,
                )
            )
        counts: dict[str, int] = {}
        for r in records:
            for o in r.origins:
                counts[o] = counts.get(o, 0) + 1
        merged = merge_vague(counts, sources, corpus_counts)
        for r in records:
            r.origins = sorted({merged[o] for o in r.origins})
        origin_ids = sorted({o for r in records for o in r.origins}, key=lambda o: ((names.get(o) or o).lower(), o))
        if origin_ids:
            independent = _independent_count(records, origin_ids, component)
            verdict = "single-origin" if independent == 1 else "independently-confirmed"
        else:
            # nobody but the outlets themselves: the outlets are the only origins to show
            origin_ids = sorted({r.outlet for r in records})
            independent = len({component[r.article] for r in records})
            verdict = "unattributed"
        outlets = sorted({r.outlet for r in records})
        claim = Claim(
            id="",
            statement=_statement(records),
            mentions=[
                Mention(
                    article=r.article,
                    start=r.cand.start,
                    end=r.cand.end,
                    text=r.cand.text,
                    attribution=r.attribution,
                    chains=r.chains,
                    hedged=bool(r.cand.hedges),
                    direct=r.cand.direct,
                )
                for r in records
            ],
            origins=origin_ids,
            independent_origins=independent,
            verdict=verdict,  # type: ignore[arg-type]
            conflicts=find_conflicts(records, names),
            signals=claim_signals(records, origin_ids, independent, sources, names),
            outlets=outlets,
        )
        first = min((owner[k], flat[k].start, flat[k].end) for k in group)
        built.append(((-len(outlets), first[0], first[1]), claim))
    built.sort(key=lambda x: x[0])
    claims = []
    for n, (_key, claim) in enumerate(built, 1):
        claim.id = f"c{n}"
        claims.append(claim)
    return claims, dep_map
