"""The entry point: ``assess``, the steps of one claim's assessment in order, and its verdict."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from ...lang.en import independence as lx
from ...lang.en.cues import CUE_VERBS
from ...models import Independence, Source
from .. import confirmation

if TYPE_CHECKING:
    from ..conflicts import MentionRecord
from .affiliation import _common_institution, _fold_state_parts, _officers_of_bodies, _speaks_for_evidence
from .gate import _confirmed_evidence, _gate_passes, _measure, _unidentified_origins
from .groups import _independent_groups
from .identity import _named_origins, _surely_distinct
from .joins import JOIN_STEPS
from .judging import Assessment, Judging, _apply_joins, _joined_unit, _uniq
from .links import ArticleLinks
from .names import _form_of
from .press import _carried_units, _paper_origins, _press_origins, _relayed_papers, _sentence_openers, _unnamed_reports
from .statements import _denials, _saying_the_same


def assess(
    records: Sequence[object],
    origin_ids: Sequence[str],
    sources: dict[str, Source],
    names: dict[str, str],
    links: ArticleLinks,
    level: str = "body",
) -> Assessment:
    """The verdict of one claim with origins, its count of independent origins and the reasons."""
    ctx = Judging(sources=sources, names=names, links=links, level=level)
    # 1. origins that are outlets of this batch relay that outlet's article, not a new origin
    carried = _carried_units(records, ctx)
    folded = _fold_state_parts(carried, sources, names, ctx.evidence)
    units = sorted({u for us in carried.values() for u in us})
    # 2. a person whose role the corpus states at another origin speaks for it; the press relaying a party
    # it names is that party
    ctx.joined.update(_officers_of_bodies(units, ctx))
    for step in JOIN_STEPS:
        for u, v in step(records, units, ctx).items():
            ctx.joined.setdefault(u, v)
    _apply_joins(carried, ctx.joined)
    # 3. an origin only the trained model reads as a source does not confirm another
    _model_only_readings(records, carried, ctx)
    _demands(records, carried, ctx)
    _unnamed_reports(carried, ctx)
    _paper_origins(carried, ctx, _sentence_openers(records))
    _relayed_papers(records, carried, ctx)
    _press_origins(carried, ctx, records)
    units = sorted({u for us in carried.values() for u in us})
    # 4. a spokesperson or unnamed official counted as the body they speak for
    _speaks_for_evidence(origin_ids, units, ctx, folded)
    # 5. the institution every origin belongs to
    institution = _common_institution(origin_ids, ctx)
    # the line saying every origin is part of one institution is a signal, not a doubt about the evidence
    signal = ctx.doubts[-1] if institution is not None else None
    if len(units) <= 1:
        if units:
            ctx.evidence.append(lx.ONE_ORIGIN.format(name=ctx.name(units[0])))
        return _assessment("single-origin", len(units), ctx, institution)
    # 6. independent articles
    arts: dict[str, set[str]] = {u: set() for u in units}
    for a, us in carried.items():  # each unit's articles (one pass, not one per unit)
        for u in us:
            arts[u].add(a)
    groups = _independent_groups(units, arts, sources, names, links, ctx.doubts)
    # 7. identity in doubt: unnamed origins and descriptions, and named ones that may be one body or person
    named = _named_origins(groups, ctx)
    held: dict[str, str] = {}
    sure = _surely_distinct(named, sources, ctx.doubts, held)
    _one_voice_keeps_its_mentions(held, ctx)
    # 8. a denial or a rejected claim confirms nothing; the same statement: origins confirm one another only
    # where their mentions say the same thing
    sure = _denials(sure, records, ctx)
    sure = _saying_the_same(sure, records, ctx)
    count = len(sure)
    # 9. the confirmation gate: the evidence must be of the kind that held up on stories it was not chosen on
    if count < 2 and len(groups) >= 2 and confirmation.RECORDER is not None:  # the fitting script only
        confirmation.RECORDER(cast("Sequence[MentionRecord]", records), *_measure(records, groups, ctx, signal))
    if count >= 2 and (unknown := _unidentified_origins(sure, ctx)):
        ctx.doubts.append(lx.UNIDENTIFIED_ORIGINS.format(names="; ".join(unknown)))
        return _assessment("single-origin", count, ctx, institution)
    if count >= 2 and (passed := _gate_passes(records, sure, ctx, signal)) is not None:
        ctx.evidence.extend(_confirmed_evidence(sure, _voice_articles(arts, ctx), ctx))
        ctx.evidence.extend(passed)
        return _assessment("independently-confirmed", count, ctx, institution)
    if len(groups) >= 2 and not ctx.doubts:
        ctx.doubts.append(lx.NOT_SHOWN_INDEPENDENT)
    return _assessment("single-origin", max(count, 1), ctx, institution)


def _one_voice_keeps_its_mentions(held: dict[str, str], ctx: Judging) -> None:
    """Rule ``one_voice_keeps_its_mentions``: two names that may be one person or one body
    (``_surely_distinct``) are one voice, and what each name says is what that voice says: the steps after (a
    denial, saying the same thing) read the mentions of both under the name kept, instead of the kept one's
    alone ("Rear Adm. Jane Roe" said it once, "Jane R. Roe" four times: the five mentions are hers). Origins
    counted once only because their articles depend on one another are not one voice, only not shown apart:
    their mentions stay their own."""
    for v, u in sorted(held.items()):
        if v != u:
            ctx.joined.setdefault(v, u)


def _voice_articles(arts: dict[str, set[str]], ctx: Judging) -> dict[str, set[str]]:
    """Each unit's articles together with those of the units counted as it (rule ``one_voice_keeps_its_mentions``):
    where the voice a confirmation names is carried."""
    out: dict[str, set[str]] = {}
    for u, found in arts.items():
        out.setdefault(_joined_unit(u, ctx.joined), set()).update(found)
    return out


def _assessment(verdict: str, count: int, ctx: Judging, institution: str | None) -> Assessment:
    why = Independence(evidence=_uniq(ctx.evidence), doubts=_uniq(ctx.doubts), level=ctx.level, institution=institution)
    return Assessment(verdict, count, why)


def _model_only_readings(records: Sequence[object], carried: dict[str, set[str]], ctx: Judging) -> None:
    """Rule ``model_only_reading``: an origin that only the trained model takes for a source (no rule reads
    any of its mentions as an attribution: "Hundreds crowded the square 'Liberty Gate'" read as
    Hundreds saying something) is a reading of unknown worth: it confirms no other origin. It leaves
    the count (``carried`` is changed in place), with a doubt; when every origin is such a reading, the
    most cited one stays, alone."""
    rule_read: dict[str, bool] = {}
    cue: dict[str, str] = {}
    cited: Counter[str] = Counter()
    for r in records:
        model_cue = r.model_cue  # type: ignore[attr-defined]
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            cited[u] += 1
            if model_cue is None:
                rule_read[u] = True
            else:
                rule_read.setdefault(u, False)
                cue.setdefault(u, model_cue)
    _set_aside(
        lambda u: rule_read.get(u) is False,
        carried,
        cited,
        ctx,
        lambda u: lx.MODEL_ONLY_READING.format(name=ctx.name(u), cue=cue[u]),
    )


def _demanded(cue: str) -> bool:
    """A cue whose verb of saying or thinking stands under a modal of obligation ("must understand", "should
    admit", "needs to accept")."""
    words = cue.lower().split()
    if len(words) < 2 or not _form_of(words[-1], CUE_VERBS):
        return False
    before = words[:-1]
    if any(w in lx.OBLIGATION_MODALS for w in before):
        return True
    return any(a in lx.OBLIGATION_BEFORE_TO and b == lx.OBLIGATION_TO for a, b in zip(before, before[1:], strict=False))


def _demands(records: Sequence[object], carried: dict[str, set[str]], ctx: Judging) -> None:
    """Rule ``demand_is_no_report``: an origin every mention of which gives it a verb of saying or thinking under a
    modal of obligation ("The regime must understand that the results are hard to believe", inside another
    speaker's words) is told what to think or say; nothing it said is reported: it confirms no other origin. It
    leaves the count (``carried`` is changed in place), with a doubt; when every origin is such a reading, the most
    cited one stays, alone."""
    demanded: dict[str, bool] = {}
    cue: dict[str, str] = {}
    cited: Counter[str] = Counter()
    for r in records:
        cues = r.cues  # type: ignore[attr-defined]
        told = bool(cues) and all(_demanded(c) for c in cues)
        for o in r.origins:  # type: ignore[attr-defined]
            u = ctx.unit(o)
            cited[u] += 1
            demanded[u] = demanded.get(u, True) and told
            if told:
                cue.setdefault(u, cues[0])
    _set_aside(
        lambda u: bool(demanded.get(u)),
        carried,
        cited,
        ctx,
        lambda u: lx.TOLD_WHAT_TO_THINK.format(name=ctx.name(u), cue=cue[u]),
    )


def _set_aside(
    weak_unit: Callable[[str], bool],
    carried: dict[str, set[str]],
    cited: Counter[str],
    ctx: Judging,
    doubt: Callable[[str], str],
) -> None:
    """Take the counted units ``weak_unit`` marks out of ``carried`` (in place), each with its doubt; when every
    counted unit is such, the most cited one stays, alone (``model_only_reading``, ``demand_is_no_report``)."""
    present = {u for us in carried.values() for u in us}
    weak = sorted(u for u in present if weak_unit(u))
    if not weak:
        return
    if len(weak) == len(present):
        weak.remove(min(weak, key=lambda u: (-cited[u], u)))
    for u in weak:
        ctx.doubts.append(doubt(u))
        for us in carried.values():
            us.discard(u)
