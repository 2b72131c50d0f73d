"""Reduce stage: claims across articles with their origins, verdicts, conflicts and signals.

Where a claim's event took place is part of the claim: the places its mentions name are compared in
its place conflict (``conflicts.place_conflicts``). A statement that only says where, or that nobody
knows where ("..., adding that the location where he was taken was not known"), is listed with the
claim of the event it locates (``Mention.where_only``), whatever group the clustering gave it: it takes
part in that claim's place conflict and in nothing else (no origin, verdict, signal or outlet).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..ids import key_mention, unique_claim_id
from ..lang.en.independence import ONLY_THE_OUTLETS
from ..models import ArticleResult, Attribution, Claim, Independence, Mention, Source
from .candidates import ArticleCandidates, MentionCandidate
from .cluster import ClusterStats, cluster_mentions
from .conflicts import MentionRecord, find_conflicts
from .dependence import declared_dependencies, explained_dependencies, outlet_key
from .independence import ArticleLinks, article_links, assess
from .opposed import opposed_conflicts
from .origins import chain_for, effective_origin, merge_vague
from .phases import phase_conflicts
from .place_counts import place_count_conflicts
from .rivals import rival_conflicts
from .signals import claim_signals
from .statement import claim_statement_from
from .tenures import tenure_conflicts


class HasSources(Protocol):
    @property
    def sources(self) -> list[Source]: ...


def _follow_relays(records: Sequence[MentionRecord], sources: dict[str, Source]) -> None:
    """Chains of one claim continue each other across articles: a mention citing X citing L ("PTN:
    Reuters reported, citing the news agency") goes on where another mention of the claim shows what L
    relayed ("Reuters: the governor told the news agency ..."): PTN -> Reuters -> agency -> governor.
    Only one continuation is taken (two different ones leave the chain as it is)."""
    tails: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for r in records:
        for ch in r.chains:
            for i in range(len(ch) - 2):
                tails.setdefault((ch[i], ch[i + 1]), set()).add(tuple(ch[i + 2 :]))
    for r in records:
        chains = []
        for ch in r.chains:
            found = tails.get((ch[-2], ch[-1])) if len(ch) >= 3 else None
            if found and len(found) == 1:
                (tail,) = found
                if not set(tail) & set(ch):
                    ch = [*ch, *tail]
            chains.append(ch)
        if chains != r.chains:
            r.chains = chains
            r.origins = [
                o for c in chains if len(c) > 1 and (o := effective_origin(c, sources, r.listeners)) is not None
            ]


#: A claim with the key it is sorted by: (-number of outlets, first article, first offset).
Ranked = tuple[tuple[int, int, int], Claim]


@dataclass(slots=True)
class _Batch:
    """What every claim of one batch is built from."""

    articles: Sequence[ArticleResult]
    sources: dict[str, Source]
    names: dict[str, str]
    #: article id -> dependence component
    component: dict[str, int]
    links: ArticleLinks
    independence: str
    #: how often each source is cited across the corpus: breaks ties between vague origins
    corpus_counts: dict[str, int]
    #: attribution id -> attribution (nested-in-quote test in signals)
    by_attribution: dict[str, Attribution]
    #: article id -> its position in the batch
    article_index: dict[str, int]
    #: id(claim) -> the records it was built from (figure conflicts between claims read them)
    records: dict[int, list[MentionRecord]] = field(default_factory=dict)
    #: (article index, id(mention)) -> the mention's first record (``_record``): its chains and origins depend on
    #: the article and the sources alone, so they are worked out once and each later record is a fresh copy
    made: dict[tuple[int, int], MentionRecord] = field(default_factory=dict)


@dataclass(slots=True)
class _Flat:
    """Every mention candidate of the batch in one list, with the article each comes from."""

    mentions: list[MentionCandidate]
    #: flat index -> index of the article the mention is in
    owner: list[int]


def _names(articles: Sequence[ArticleResult], sources: dict[str, Source]) -> dict[str, str]:
    """Source id -> display name, outlets included."""
    names = {sid: s.name for sid, s in sources.items()}
    for a in articles:
        if a.outlet_source and a.outlet_source not in names:
            names[a.outlet_source] = a.display_outlet or a.outlet or a.outlet_source
        names.setdefault(outlet_key(a), a.display_outlet or a.outlet or a.id)
    return names


def _record_declared_references(articles: Sequence[ArticleResult]) -> None:
    """The article-level record of what each article declares it draws on."""
    for i, js in declared_dependencies(articles).items():
        a = articles[i]
        a.references = sorted(set(a.references) | {articles[j].id for j in js})


def _flatten(candidates: Sequence[ArticleCandidates]) -> _Flat:
    flat = _Flat(mentions=[], owner=[])
    for i, c in enumerate(candidates):
        for m in c.mentions:
            flat.mentions.append(m)
            flat.owner.append(i)
    return flat


def _corpus_counts(articles: Sequence[ArticleResult]) -> dict[str, int]:
    """How often each source is cited across the corpus."""
    counts: dict[str, int] = {}
    for a in articles:
        for att in a.attributions:
            if att.source_id:
                counts[att.source_id] = counts.get(att.source_id, 0) + 1
    return counts


def _record(batch: _Batch, i: int, m: MentionCandidate) -> MentionRecord:
    """The record of mention ``m`` of article ``i``: its chains (each once) and their origins. Made once per
    mention (``_made_record``); each call returns a fresh record (the claim steps reassign its chains and
    origins: ``_follow_relays``, ``_merge_vague_origins``), its lists copied."""
    key = (i, id(m))
    made = batch.made.get(key)
    if made is None:
        made = batch.made[key] = _made_record(batch, i, m)
    return MentionRecord(
        article=made.article,
        outlet=made.outlet,
        outlet_name=made.outlet_name,
        cand=made.cand,
        chains=[list(c) for c in made.chains],
        origins=list(made.origins),
        attribution=made.attribution,
        model_cue=made.model_cue,
        written=made.written,
        cues=made.cues,
        listeners=made.listeners,
    )


def _made_record(batch: _Batch, i: int, m: MentionCandidate) -> MentionRecord:
    """The record of mention ``m`` of article ``i`` as ``_record`` first makes it."""
    art = batch.articles[i]
    outlet = outlet_key(art)
    chains = [chain_for(art, n, outlet) for n in m.attributions if n < len(art.attributions)]
    uniq: list[list[str]] = []
    for ch in chains:
        if ch not in uniq:
            uniq.append(ch)
    attributed = [c for c in uniq if len(c) > 1]
    read = [art.attributions[n] for n in m.attributions if n < len(art.attributions)]
    listeners = frozenset(v for a in read for v in a.via)
    origins = [o for c in attributed if (o := effective_origin(c, batch.sources, listeners)) is not None]
    att_id = (
        art.attributions[m.attributions[0]].id
        if m.attributions and m.attributions[0] < len(art.attributions)
        else None
    )
    model_cue = read[0].cue.text if read and all(a.by == MODEL_ONLY for a in read) else None
    return MentionRecord(
        article=art.id,
        outlet=outlet,
        outlet_name=batch.names.get(outlet, outlet),
        cand=m,
        chains=uniq or [[outlet]],
        origins=origins,
        attribution=att_id,
        model_cue=model_cue,
        written=tuple(a.source.text for a in read if a.source is not None),
        cues=tuple(a.cue.text for a in read),
        listeners=listeners,
    )


#: ``Attribution.by`` of an attribution only the trained model proposed (no rule read it).
MODEL_ONLY = "model"


def _records_of(batch: _Batch, items: Sequence[tuple[int, MentionCandidate]]) -> list[MentionRecord]:
    return [_record(batch, i, m) for i, m in items]


def _merge_vague_origins(batch: _Batch, records: list[MentionRecord]) -> None:
    """Vague origins of the claim merged into the named ones they stand for (records changed in place)."""
    counts: dict[str, int] = {}
    for r in records:
        for o in r.origins:
            counts[o] = counts.get(o, 0) + 1
    merged = merge_vague(counts, batch.sources, batch.corpus_counts)
    for r in records:
        r.origins = sorted({merged[o] for o in r.origins})


def _verdict(batch: _Batch, records: list[MentionRecord]) -> tuple[list[str], int, str, Independence]:
    """The claim's origin ids, count of independent origins, verdict and reasons."""
    names = batch.names
    origin_ids = sorted({o for r in records for o in r.origins}, key=lambda o: ((names.get(o) or o).lower(), o))
    if origin_ids:
        found = assess(records, origin_ids, batch.sources, names, batch.links, batch.independence)
        return origin_ids, found.independent, found.verdict, found.independence
    # nobody but the outlets themselves: the outlets are the only origins to show
    why = Independence(
        evidence=[ONLY_THE_OUTLETS],
        level=batch.independence,
    )
    return sorted({r.outlet for r in records}), len({batch.component[r.article] for r in records}), "unattributed", why


#: The verdict a loose join may neither make nor touch.
CONFIRMED = "independently-confirmed"


class _LooseJoin:
    """The check on the looser grouping pass (``cluster.cluster_mentions``): weak evidence may join two
    groups only where the join changes nothing a fact-checker is told about either. Both groups and the
    joined one must get the same verdict, and none may be ``independently-confirmed``: a loose join
    neither makes a confirmation nor touches one (nor turns a single-origin claim unattributed, or
    back). Verdicts are remembered per group."""

    def __init__(self, batch: _Batch, flat: _Flat) -> None:
        self.batch = batch
        self.flat = flat
        self.known: dict[tuple[int, ...], str] = {}

    def verdict(self, members: Sequence[int]) -> str:
        key = tuple(sorted(members))
        found = self.known.get(key)
        if found is None:
            records = _records_of(self.batch, [(self.flat.owner[k], self.flat.mentions[k]) for k in key])
            _follow_relays(records, self.batch.sources)
            _merge_vague_origins(self.batch, records)
            found = self.known[key] = _verdict(self.batch, records)[2]
        return found

    def __call__(self, a: list[int], b: list[int]) -> bool:
        va = self.verdict(a)
        if va == CONFIRMED or self.verdict(b) != va:
            return False
        return self.verdict([*a, *b]) == va


def _mention(r: MentionRecord, where_only: bool = False) -> Mention:
    return Mention(
        article=r.article,
        start=r.cand.start,
        end=r.cand.end,
        text=r.cand.text,
        attribution=r.attribution,
        chains=r.chains,
        hedged=bool(r.cand.hedges),
        direct=r.cand.direct,
        where_only=where_only,
    )


def _speaker_name(batch: _Batch, r: MentionRecord) -> tuple[str, str] | None:
    """The name and kind of the source the mention's attribution is resolved to, or None (no attribution):
    what rules ``bracketed_speaker`` and ``quoted_speaker`` may print (for a person, or for "we" a named body;
    an unresolved pronoun's "unidentified (he)" entry is of kind unknown, never printed)."""
    att = batch.by_attribution.get(r.attribution) if r.attribution else None
    src = batch.sources.get(att.source_id) if att is not None and att.source_id else None
    return (src.name, src.kind) if src is not None else None


def _make_claim(batch: _Batch, records: list[MentionRecord], where_only: Sequence[MentionRecord] = ()) -> Ranked:
    """The claim of these records (its id still empty), with the key claims are sorted by. The statements
    that only say where its event happened (``where_only``) follow its own mentions and take part in its
    place conflict alone: the origins, verdict, signals, outlets, statement and rank read ``records``."""
    _follow_relays(records, batch.sources)
    _merge_vague_origins(batch, records)
    origin_ids, independent, verdict, why = _verdict(batch, records)
    outlets = sorted({r.outlet for r in records})
    statement, drawn = claim_statement_from(records, lambda r: _speaker_name(batch, r))
    claim = Claim(
        id="",
        statement=statement,
        mentions=[_mention(r) for r in records] + [_mention(r, where_only=True) for r in where_only],
        origins=origin_ids,
        independent_origins=independent,
        verdict=verdict,  # type: ignore[arg-type]
        conflicts=find_conflicts(records, batch.names, where_only, batch.component),
        signals=claim_signals(
            records, origin_ids, independent, batch.sources, batch.names, attributions=batch.by_attribution
        ),
        outlets=outlets,
        independence=why,
        statement_from=drawn,
    )
    batch.records[id(claim)] = records
    first = min((batch.article_index[r.article], r.cand.start, r.cand.end) for r in records)
    return (-len(outlets), first[0], first[1]), claim


def _where_statements(
    candidates: Sequence[ArticleCandidates], flat: _Flat, groups: Sequence[Sequence[int]]
) -> dict[int, list[int]]:
    """Claim group -> the flat indices of the statements that only say where its event happened (mentions
    whose ``parent``, followed past other such statements, is in that group), wherever the clustering put
    them: they are listed with the event they locate and counted in nothing but its place conflict."""
    group_of = {(flat.owner[k], id(flat.mentions[k])): g for g, group in enumerate(groups) for k in group}
    moved: dict[int, list[int]] = {}
    for k, m in enumerate(flat.mentions):
        i = flat.owner[k]
        mentions = candidates[i].mentions
        event, hops = m, 0
        while event.parent is not None and event.parent < len(mentions) and hops < len(mentions):
            event, hops = mentions[event.parent], hops + 1
        if event is not m and event.parent is None:
            moved.setdefault(group_of[(i, id(event))], []).append(k)
    return moved


def _group_claims(
    batch: _Batch, flat: _Flat, groups: Sequence[Sequence[int]], moved: dict[int, list[int]]
) -> list[Ranked]:
    """The claims of the clustered groups, each with the where-only statements moved to it (and without
    those moved out of it)."""
    sort_key = {id(m): (flat.owner[k], m.start, m.end) for k, m in enumerate(flat.mentions)}
    out = {k for ks in moved.values() for k in ks}

    def records(ks: Sequence[int]) -> list[MentionRecord]:
        ordered = sorted(ks, key=lambda k: sort_key[id(flat.mentions[k])])
        return _records_of(batch, [(flat.owner[k], flat.mentions[k]) for k in ordered])

    built: list[Ranked] = []
    for g, group in enumerate(groups):
        kept = [k for k in group if k not in out]
        if kept:
            built.append(_make_claim(batch, records(kept), records(moved.get(g, []))))
    return built


def _with_ids(built: list[Ranked]) -> list[Claim]:
    """The claims in rank order, each with its stable id."""
    built.sort(key=lambda x: x[0])
    claims = []
    used_ids: set[str] = set()
    for _key, claim in built:
        # stable id (attribution/ids.py): a hash of the key mention's article and text, not the position
        key = key_mention((m.article, m.start, m.end, m.text) for m in claim.mentions if not m.where_only)
        claim.id = unique_claim_id(key[0], key[3], claim.statement, used_ids)
        claims.append(claim)
    return claims


def build_claims(
    articles: Sequence[ArticleResult],
    candidates: Sequence[ArticleCandidates],
    resolution: HasSources,
    stats: ClusterStats | None = None,
    independence: str = "body",
) -> tuple[list[Claim], dict[str, list[str]]]:
    """Claims (public models) and the article dependency map (article id -> sorted ids it depends on).

    ``independence`` is the level origins are counted at: "body" (a spokesperson counts as their body)
    or "institution" (every body of one state counts as that state)."""
    sources = {s.id: s for s in resolution.sources}
    names = _names(articles, sources)
    dep_map, comp, why = explained_dependencies(articles, candidates)
    links = article_links(articles, comp, dep_map, why)
    _record_declared_references(articles)
    flat = _flatten(candidates)
    batch = _Batch(
        articles=articles,
        sources=sources,
        names=names,
        component={a.id: comp[i] for i, a in enumerate(articles)},
        links=links,
        independence=independence,
        corpus_counts=_corpus_counts(articles),
        by_attribution={att.id: att for a in articles for att in a.attributions},
        article_index={a.id: i for i, a in enumerate(articles)},
    )
    origins = [frozenset(_record(batch, flat.owner[k], m).origins) for k, m in enumerate(flat.mentions)]
    groups = cluster_mentions(flat.mentions, stats, origins, _LooseJoin(batch, flat))
    claims = _with_ids(_group_claims(batch, flat, groups, _where_statements(candidates, flat, groups)))
    _add_rival_conflicts(batch, claims)
    return claims, dep_map


def _add_rival_conflicts(batch: _Batch, claims: list[Claim]) -> None:
    """Each claim also lists the claims kept apart from it only because their figures of one count
    disagree (``rivals.rival_conflicts``), after its own conflicts."""
    records = [batch.records[id(c)] for c in claims]
    ids = [c.id for c in claims]
    found = rival_conflicts(records, ids, batch.names)
    for k, conflicts in sorted(found.items()):
        claims[k].conflicts.extend(conflicts)
    for k, conflicts in sorted(opposed_conflicts(records, ids, batch.names).items()):
        claims[k].conflicts.extend(conflicts)
    for k, conflicts in sorted(phase_conflicts(records, ids, batch.names).items()):
        claims[k].conflicts.extend(conflicts)
    for k, conflicts in sorted(tenure_conflicts(records, ids, batch.names).items()):
        claims[k].conflicts.extend(conflicts)
    for k, conflicts in sorted(place_count_conflicts(records, ids, batch.names).items()):
        claims[k].conflicts.extend(conflicts)
