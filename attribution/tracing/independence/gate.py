"""The confirmation gate: unidentified origins that hold a confirmation back, the gate's checks and the evidence
lines of a confirmed claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from ...kinds import VAGUE_KINDS
from ...lang.en import independence as lx
from ...lang.en.independence import (
    BODILESS_VOICES,
    BODY_DESCRIPTION_HEADS,
    LEADING_DETERMINERS,
    MEDIA_KINDS,
    OFFICIAL_HEADS,
    ROLE_HEADS,
)
from ...lang.en.sources import COLLECTIVE_FILLERS, MEDIA_WORDS
from ...models import Source
from .. import confirmation

if TYPE_CHECKING:
    from ..conflicts import MentionRecord
from .judging import PERSON_KINDS, Judging, _name, _uniq
from .names import _singular


def _confirmed_evidence(sure: list[str], arts: dict[str, set[str]], ctx: Judging) -> list[str]:
    """The evidence lines of an independently-confirmed claim."""
    sources, names, links, level = ctx.sources, ctx.names, ctx.links, ctx.level
    listed = "; ".join(
        lx.CARRIED_IN.format(
            name=_name(u, sources, names),
            outlets=", ".join(sorted({links.outlet_name.get(a, a) for a in arts[u]})),
        )
        for u in sure
    )
    return [lx.DISTINCT_UNITS.format(count=len(sure), units=lx.UNIT_WORDS[level], listed=listed), lx.NO_TIES]


def _unidentified_origins(counted: Sequence[str], ctx: Judging) -> list[str]:
    """Rule ``unidentified_origin_holds_back``: the names of the origins counted as distinct that the tool could
    not identify: of an anonymous, collective or unknown kind, with no proper word in the name and no body they
    speak for ("the insiders", "security sources", "emails", a noun phrase misread as a speaker). Such an origin
    may be one of the others or speak for it, and the claims that count one are where grouping and resolution
    go wrong: on each held-out batch's first run, none of the thirteen claims called confirmed on one was a
    confirmation (docs/evaluation.md, "Round twelve: no confirmation on an unidentified origin"). The claim keeps
    single-origin and says which origin held it back."""
    out = []
    for u in sorted(set(counted)):
        src = ctx.sources.get(u)
        if src is None:
            continue
        if src.kind not in VAGUE_KINDS and not _officials_of_no_body(src, ctx.names.get(u, src.name)):
            continue
        if src.affiliation_path and src.affiliation_path[0] != src.id:
            continue  # "U.S. officials" speak for a body the corpus names
        name = ctx.names.get(u, src.name)
        if any(w in MEDIA_WORDS for w in name.lower().split()):
            continue  # "local media": the press at large, which the press steps read
        if not confirmation.proper_name(name, BODY_DESCRIPTION_HEADS | OFFICIAL_HEADS | ROLE_HEADS):
            out.append(name)
    return out


def _officials_of_no_body(src: Source, name: str) -> bool:
    """Rule ``officials_of_no_body``: unnamed officials with no body and no country ("officials said", "the
    authorities", "a spokesman") are unidentified whatever kind resolution gave them: a government's kind read
    from the word "officials" alone tells whose officials they are no more than "sources" does (a company's, a
    town's, a ministry's). Every word of the name is one of ``BODILESS_VOICES`` or a filler ("some", "local"); a
    country ("U.S. officials") or a body they speak for ("officials of the ministry") identifies them, and a kind of
    body ("the army", "the government") is no such voice."""
    if src.kind in MEDIA_KINDS or src.kind in PERSON_KINDS or src.country:
        return False
    if src.affiliation_path and src.affiliation_path[0] != src.id:
        return False
    ws = [w.lower().strip(".,") for w in name.split()]
    heads = [w for w in ws if w not in LEADING_DETERMINERS and w not in COLLECTIVE_FILLERS]
    return bool(heads) and all(_singular(w) in BODILESS_VOICES for w in heads)


def _gate_passes(records: Sequence[object], sure: list[str], ctx: Judging, signal: str | None) -> list[str] | None:
    """Rule ``confirmation_gate`` (tracing/confirmation.py): the structural checks chosen leave-one-story-out.
    None when a check fails (each failed check is a doubt); else the evidence line naming the checks passed
    (none for an empty gate)."""
    ev, pairs = _measure(records, sure, ctx, signal)
    failed = confirmation.check(cast("Sequence[MentionRecord]", records), ev, pairs)
    if failed:
        ctx.doubts.extend(confirmation.doubt_line(rule, ev) for rule in failed)
        return None
    line = confirmation.evidence_line(confirmation.gate_rules(), ev)
    return [line] if line is not None else []


def _measure(
    records: Sequence[object], counted: list[str], ctx: Judging, signal: str | None
) -> tuple[confirmation.Evidence, list[confirmation.Pair]]:
    """The claim's evidence (``signal``: the line saying every origin is part of one institution, which is not
    counted as a doubt: two agencies of one state stay two origins)."""
    ev, pairs = confirmation.measure(
        cast("Sequence[MentionRecord]", records),
        counted,
        ctx.unit,
        ctx.name,
        ctx.links.group,
        BODY_DESCRIPTION_HEADS | OFFICIAL_HEADS | ROLE_HEADS,
        sum(1 for line in _uniq(ctx.doubts) if line != signal),
    )
    return ev, pairs
