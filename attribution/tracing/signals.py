"""Credibility signals of one claim, each with a plain-words explanation for editors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..chain_links import chain_parent
from ..kinds import SourceKind
from ..lang.en import signals as W
from ..models import Attribution, Signal, Source
from .conflicts import MentionRecord
from .data import PartiesData, load_parties
from .origins import source_country

SOCIAL_KIND = "social platform"


def _names(ids: Sequence[str], names: dict[str, str]) -> str:
    # sources kept apart per article may share a display name ("unnamed allied intelligence agency"): say it once
    shown = list(dict.fromkeys(names.get(i, i) for i in ids))
    if len(shown) <= 1:
        return "".join(shown)
    return W.LIST_SEP.join(shown[:-1]) + W.LIST_AND + shown[-1]


def quotes_its_source(att_id: str | None, attributions: Mapping[str, Attribution]) -> bool:
    """The attribution, or one whose content holds it, is a direct quote: the mention's words are quoted.

    A relation nested in a quote is not itself marked direct ('"It has been confirmed through an
    allied agency that X," the ministry said': "through an allied agency" only frames X), yet X
    is quoted, word for word, from the ministry.
    """
    seen: set[str] = set()
    while att_id and att_id not in seen:
        seen.add(att_id)
        att = attributions.get(att_id)
        if att is None:
            return False
        if att.direct:
            return True
        above = chain_parent(att, attributions.get)  # past a parent of the same speech act
        att_id = above.id if above is not None else None
    return False


def conflicts_about(records: Sequence[MentionRecord], data: PartiesData) -> list[tuple[str, frozenset[str]]]:
    """(conflict name, parties) of every configured conflict the claim is about."""
    countries: set[str] = set()
    words: set[str] = set()
    for rec in records:
        for key in rec.cand.lemmas:
            if key.startswith("@"):
                countries.add(key[1:])
            words.add(key.lstrip("#@~"))
        for key, _ in rec.cand.entities:
            words.add(key.lstrip("#@"))
        for p, _ in rec.cand.places:
            words.add(p)
    out = []
    for c in data.conflicts:
        if len(countries & c.parties) >= 2 or any(k in words for k in c.keywords):
            out.append((c.name, c.parties))
    return out


def _anonymous_signal(chains: list[list[str]], sources: dict[str, Source], names: dict[str, str]) -> list[Signal]:
    anon = sorted(
        {x for c in chains for x in c[1:] if (s := sources.get(x)) is not None and s.kind == SourceKind.ANONYMOUS}
    )
    if not anon:
        return []
    return [
        Signal(
            code="anonymous-source",
            explanation=W.ANONYMOUS_SOURCE.format(names=_names(anon, names)),
        )
    ]


def _one_origin_signal(
    outlets: list[str], independent: int, chains: list[list[str]], origins: Sequence[str], names: dict[str, str]
) -> list[Signal]:
    if not (len(outlets) >= 2 and independent == 1 and chains):
        return []
    return [
        Signal(
            code="many-outlets-one-origin",
            explanation=W.MANY_OUTLETS_ONE_ORIGIN.format(outlets=len(outlets), origins=_names(list(origins), names)),
        )
    ]


def _interested_party_signals(
    records: Sequence[MentionRecord],
    origins: Sequence[str],
    sources: dict[str, Source],
    names: dict[str, str],
    data: PartiesData,
) -> list[Signal]:
    about = conflicts_about(records, data)
    if not about:
        return []
    out: list[Signal] = []
    for o in origins:
        src = sources.get(o)
        if src is None or (data.interested_kinds and src.kind not in data.interested_kinds):
            continue
        signal = _interested_party_signal(names.get(o, o), source_country(src), about)
        if signal is not None:
            out.append(signal)
    return out


def _interested_party_signal(
    name_shown: str, country: str | None, about: list[tuple[str, frozenset[str]]]
) -> Signal | None:
    """The first conflict the origin's country is a party to, said plainly; None when there is none."""
    for name, parties in about:
        if country and country in parties:
            return Signal(
                code="interested-party",
                explanation=W.INTERESTED_PARTY.format(name=name_shown, country=country.title(), conflict=name),
            )
    return None


def _social_signal(
    records: Sequence[MentionRecord], chains: list[list[str]], sources: dict[str, Source], names: dict[str, str]
) -> list[Signal]:
    platforms = sorted(
        {x for c in chains for x in c[1:] if (s := sources.get(x)) is not None and s.kind == SOCIAL_KIND}
    )
    posted = sorted({r.cand.social for r in records if r.cand.social})
    if not (platforms or posted):
        return []
    where = _names(platforms, names) if platforms else W.LIST_SEP.join(posted)
    return [
        Signal(
            code="social-media-origin",
            explanation=W.SOCIAL_MEDIA_ORIGIN.format(where=where),
        )
    ]


def _hedged_signal(records: Sequence[MentionRecord]) -> list[Signal]:
    hedged = [r for r in records if r.cand.hedges]
    if not hedged:
        return []
    words = sorted({h for r in hedged for h in r.cand.hedges})
    return [
        Signal(
            code="hedged",
            explanation=W.HEDGED.format(hedged=len(hedged), total=len(records), words=W.LIST_SEP.join(words)),
        )
    ]


def _second_hand_signal(chains: list[list[str]], names: dict[str, str]) -> list[Signal]:
    second = sorted({x for c in chains if len(c) > 2 for x in c[1:-1]})
    if not second:
        return []
    return [
        Signal(
            code="second-hand",
            explanation=W.SECOND_HAND.format(names=_names(second, names)),
        )
    ]


def _unsourced_signal(records: Sequence[MentionRecord], chains: list[list[str]]) -> list[Signal]:
    bare = sorted({r.outlet_name for r in records if not r.chains or all(len(c) == 1 for c in r.chains)})
    if not bare:
        return []
    if chains:
        return [
            Signal(
                code="stated-without-source",
                explanation=W.STATED_WITHOUT_SOURCE.format(
                    outlets=W.LIST_SEP.join(bare), verb=W.STATES_ONE if len(bare) == 1 else W.STATES_MANY
                ),
            )
        ]
    return [
        Signal(
            code="unattributed",
            explanation=W.UNATTRIBUTED,
        )
    ]


def _quoting_signal(records: Sequence[MentionRecord], attributions: Mapping[str, Attribution] | None) -> list[Signal]:
    attributed = [r for r in records if r.attribution is not None]
    direct = [
        r for r in attributed if r.cand.direct or (attributions and quotes_its_source(r.attribution, attributions))
    ]
    if direct:
        return [
            Signal(
                code="direct-quote",
                explanation=W.DIRECT_QUOTE.format(direct=len(direct), attributed=len(attributed)),
            )
        ]
    if attributed:
        return [
            Signal(
                code="paraphrase-only",
                explanation=W.PARAPHRASE_ONLY,
            )
        ]
    return []


def claim_signals(
    records: Sequence[MentionRecord],
    origins: Sequence[str],
    independent: int,
    sources: dict[str, Source],
    names: dict[str, str],
    attributions: Mapping[str, Attribution] | None = None,
) -> list[Signal]:
    """The claim's signals. ``attributions`` (attribution id -> attribution, every article's) lets a
    mention whose relation sits inside a direct quote count as quoting its source."""
    data = load_parties()
    outlets = sorted({r.outlet for r in records})
    chains = [c for r in records for c in r.chains if len(c) > 1]
    return [
        *_anonymous_signal(chains, sources, names),
        *_one_origin_signal(outlets, independent, chains, origins, names),
        *_interested_party_signals(records, origins, sources, names, data),
        *_social_signal(records, chains, sources, names),
        *_hedged_signal(records),
        *_second_hand_signal(chains, names),
        *_unsourced_signal(records, chains),
        *_quoting_signal(records, attributions),
    ]
