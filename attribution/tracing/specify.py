"""Naming the body behind a country's generic collective from the sentence next to it.

News often opens with a collective and names the body in the next sentence:
"Later on Friday, authorities in Seoul announced that the soldier died. 'It has been
confirmed ... that the soldier has passed away,' the NIS said." Read alone, the first
sentence has "South Korean authorities" as its source; read as a fact-checker reads
it, the announcement is the NIS's. This stage re-points such an attribution to the
specific body when, within ``WINDOW`` sentences, exactly one specific body of the
same country is cited for the same main event. It runs per article, after the claim
features exist (it needs each mention's main event), and records a diagnostic for
every source it specifies, so the reader can see the inference and undo it.

It never applies across articles, never to a named person, and never when two
different bodies of that country are cited nearby (then the collective stays as
written).
"""

from __future__ import annotations

from ..article import Note
from ..extraction.types import RawAttribution, lineage
from ..kinds import SourceKind
from ..lang.en.collectives import COLLECTIVE_HEADS
from ..lang.en.events import EVENT_CLASSES
from ..resolve.local import ArticleSources, LocalSource
from .candidates import ArticleCandidates

#: Sentences before or after the collective's sentence in which the specific body is looked for.
WINDOW = 1
#: Kinds of body a country's officials or authorities can stand for.
SPECIFIC_KINDS = frozenset({SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.INTELLIGENCE_AGENCY})
#: Diagnostic code of a specified source.
NOTE_CODE = "source-specified"


def _specific(src: LocalSource, country: str) -> bool:
    return src.generic_key is None and not src.scoped and src.kind in SPECIFIC_KINDS and src.country == country


def _sources_up(raws: list[RawAttribution], local: ArticleSources, n: int) -> list[int]:
    """Source indexes of an attribution and of the attributions it is nested in ("the NIS said:
    'it has been confirmed through an allied agency that ...'" gives the agency, then the NIS)."""
    return [s for j in lineage(raws, n) if (s := local.attribution_sources[j]) is not None]


def specify_generic_sources(
    raws: list[RawAttribution], local: ArticleSources, candidates: ArticleCandidates
) -> list[Note]:
    """Re-point generic-collective attributions to the one nearby specific body (in place); notes."""
    events_of: dict[int, set[str]] = {}
    sentence_of: dict[int, int] = {}
    for m in candidates.mentions:
        for n in m.attributions:
            events_of.setdefault(n, set()).update(set(m.main_predicates) & EVENT_CLASSES)
            sentence_of.setdefault(n, m.sentence)
    notes: list[Note] = []
    for n, raw in enumerate(raws):
        si = local.attribution_sources[n]
        if si is None:
            continue
        src = local.sources[si]
        events = events_of.get(n)
        if not src.generic_key or src.country is None or src.person or not events:
            continue
        if not set(src.generic_key.split("|", 1)[-1].split()) <= COLLECTIVE_HEADS:
            continue
        here = sentence_of.get(n, raw.sentence)
        found: set[int] = set()
        for m in candidates.mentions:
            if n in m.attributions or abs(m.sentence - here) > WINDOW or not (set(m.main_predicates) & events):
                continue
            for k in m.attributions:
                up = _sources_up(raws, local, k)
                found.update(s for s in up if s != si and _specific(local.sources[s], src.country))
        if len(found) != 1:
            continue
        target = found.pop()
        local.attribution_sources[n] = target
        src.mentions = max(0, src.mentions - 1)
        local.sources[target].mentions += 1
        said = raw.source.text if raw.source is not None else src.name
        start, end = (raw.source.start, raw.source.end) if raw.source is not None else (None, None)
        notes.append(
            Note(
                NOTE_CODE,
                f"“{said}” is taken as {local.sources[target].name}, which a sentence next to it cites for the "
                f"same event",
                start,
                end,
            )
        )
    return notes
