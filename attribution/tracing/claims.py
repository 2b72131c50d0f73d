"""Reduce stage: claims across articles with their origins, verdicts, conflicts and signals.

Besides the clustered claims, a claim whose mentions disagree about where its event took place
gets a where-claim next to it ("Where it happened: ..."): the place phrases of its mentions and
the statements that only say where (or that nobody knows where), with the place conflict. A
fact-checker checks the place separately from the event; agreeing places make no where-claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..ids import key_mention, unique_claim_id
from ..lang.en.independence import ONLY_THE_OUTLETS, WHERE_IT_HAPPENED
from ..models import ArticleResult, Attribution, Claim, Independence, Mention, Source, StatementFrom
from .candidates import ArticleCandidates, MentionCandidate
from .cluster import ClusterStats, cluster_mentions
from .conflicts import MentionRecord, find_conflicts, place_conflicts
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


def _light(article: str, cand: MentionCandidate) -> MentionRecord:
    """A record with no chains: enough to test places or pick a statement."""
    return MentionRecord(article=article, outlet="", outlet_name="", cand=cand, chains=[], origins=[], attribution=None)


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
            r.origins = [o for c in chains if len(c) > 1 and (o := effective_origin(c, sources)) is not None]


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
    """The record of mention ``m`` of article ``i``: its chains (each once) and their origins."""
    art = batch.articles[i]
    outlet = outlet_key(art)
    chains = [chain_for(art, n, outlet) for n in m.attributions if n < len(art.attributions)]
    uniq: list[list[str]] = []
    for ch in chains:
        if ch not in uniq:
            uniq.append(ch)
    attributed = [c for c in uniq if len(c) > 1]
    origins = [o for c in attributed if (o := effective_origin(c, batch.sources)) is not None]
    att_id = (
        art.attributions[m.attributions[0]].id
        if m.attributions and m.attributions[0] < len(art.attributions)
        else None
    )
    read = [art.attributions[n] for n in m.attributions if n < len(art.attributions)]
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


def _mention(r: MentionRecord) -> Mention:
    return Mention(
        article=r.article,
        start=r.cand.start,
        end=r.cand.end,
        text=r.cand.text,
        attribution=r.attribution,
        chains=r.chains,
        hedged=bool(r.cand.hedges),
        direct=r.cand.direct,
    )


def _make_claim(
    batch: _Batch,
    records: list[MentionRecord],
    statement: str | None = None,
    drawn: StatementFrom | None = None,
) -> Ranked:
    """The claim of these records (its id still empty), with the key claims are sorted by."""
    _follow_relays(records, batch.sources)
    _merge_vague_origins(batch, records)
    origin_ids, independent, verdict, why = _verdict(batch, records)
    outlets = sorted({r.outlet for r in records})
    if statement is None:
        statement, drawn = claim_statement_from(records)
    claim = Claim(
        id="",
        statement=statement,
        mentions=[_mention(r) for r in records],
        origins=origin_ids,
        independent_origins=independent,
        verdict=verdict,  # type: ignore[arg-type]
        conflicts=find_conflicts(records, batch.names),
        signals=claim_signals(
            records, origin_ids, independent, batch.sources, batch.names, attributions=batch.by_attribution
        ),
        outlets=outlets,
        independence=why,
        statement_from=drawn or StatementFrom(),
    )
    batch.records[id(claim)] = records
    first = min((batch.article_index[r.article], r.cand.start, r.cand.end) for r in records)
    return (-len(outlets), first[0], first[1]), claim


def _where_items(
    candidates: Sequence[ArticleCandidates], flat: _Flat, groups: Sequence[Sequence[int]]
) -> tuple[dict[int, list[tuple[int, MentionCandidate]]], dict[int, int]]:
    """Claim group -> the place phrases of its mentions and the statements that only say where its event
    happened; and the id of each such place-only statement (which may move to a where-claim) -> its flat
    index."""
    group_of = {(flat.owner[k], id(flat.mentions[k])): g for g, group in enumerate(groups) for k in group}
    where_items: dict[int, list[tuple[int, MentionCandidate]]] = {}
    moved: dict[int, int] = {}
    for i, c in enumerate(candidates):
        for p in c.places:
            if p.parent is not None and p.parent < len(c.mentions):
                g = group_of.get((i, id(c.mentions[p.parent])))
                if g is not None:
                    where_items.setdefault(g, []).append((i, p))
    for k, m in enumerate(flat.mentions):
        i = flat.owner[k]
        if m.parent is not None and m.parent < len(candidates[i].mentions):
            g = group_of.get((i, id(candidates[i].mentions[m.parent])))
            if g is not None and g != group_of[(i, id(m))]:
                where_items.setdefault(g, []).append((i, m))
                moved[id(m)] = k
    return where_items, moved


def _where_claims(
    batch: _Batch,
    candidates: Sequence[ArticleCandidates],
    flat: _Flat,
    groups: Sequence[Sequence[int]],
) -> tuple[list[Ranked], set[int]]:
    """Where-claims: the place phrases of a claim's mentions and the statements that only say where its
    event happened become a claim of their own when the sources disagree about the place. Also the flat
    indices of the statements taken into them."""
    where_items, moved = _where_items(candidates, flat, groups)
    where_claims: list[Ranked] = []
    taken: set[int] = set()
    main_statement: dict[int, tuple[str, StatementFrom]] = {}
    for g in sorted(where_items):
        items = sorted(where_items[g], key=lambda x: (x[0], x[1].start, x[1].end))
        if len(items) < 2 or not place_conflicts([_light(batch.articles[i].id, m) for i, m in items], batch.names):
            continue
        recs = _records_of(batch, items)
        if g not in main_statement:
            main_statement[g] = claim_statement_from(
                [_light(batch.articles[flat.owner[k]].id, flat.mentions[k]) for k in groups[g]]
            )
        head, drawn = main_statement[g]
        where = WHERE_IT_HAPPENED.format(statement=head[:1].lower() + head[1:])
        where_claims.append(_make_claim(batch, recs, where, drawn))
        taken.update(moved[id(m)] for _, m in items if id(m) in moved)
    return where_claims, taken


def _group_claims(batch: _Batch, flat: _Flat, groups: Sequence[Sequence[int]], taken: set[int]) -> list[Ranked]:
    """The claims of the clustered groups, less the statements taken into where-claims."""
    sort_key = {id(m): (flat.owner[k], m.start, m.end) for k, m in enumerate(flat.mentions)}
    built: list[Ranked] = []
    for group in groups:
        kept = [k for k in group if k not in taken]
        if not kept:
            continue
        ordered = sorted(kept, key=lambda k: sort_key[id(flat.mentions[k])])
        built.append(_make_claim(batch, _records_of(batch, [(flat.owner[k], flat.mentions[k]) for k in ordered])))
    return built


def _with_ids(built: list[Ranked]) -> list[Claim]:
    """The claims in rank order, each with its stable id."""
    built.sort(key=lambda x: x[0])
    claims = []
    used_ids: set[str] = set()
    for _key, claim in built:
        # stable id (attribution/ids.py): a hash of the key mention's article and text, not the position
        key = key_mention((m.article, m.start, m.end, m.text) for m in claim.mentions)
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
    where_claims, taken = _where_claims(batch, candidates, flat, groups)
    built = where_claims + _group_claims(batch, flat, groups, taken)
    claims = _with_ids(built)
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
