"""The day an event began or ended, compared across claims: "the rescue operation was wrapped up Saturday afternoon"
/ "they had concluded rescue operations on Sunday", "On Oct. 1, dockworkers went on strike" / "a port strike would
proceed, starting on Oct. 2".

The grouping keeps such mentions apart (they share few words), so the disagreement about when would be lost. A
mention gives a *phase reading* when it names an activity that runs from a start to an end (PHASE_EVENT_NOUNS: a
strike, a rescue, a curfew, talks), a verb saying it began or ended within PHASE_GAP words of the noun ("began",
"concluded", "was wrapped up"; "went on strike"), not denied ("has not ended"), and exactly one day
(``MentionCandidate.dates`` and the days its words name: one weekday, or one calendar date; a mention naming two
days is a span). Two readings of one activity and one phase on different days of one kind exclude each other; a
weekday and a date are never compared (which weekday a date fell on needs the year). One article giving two days
for the start of one activity contradicts itself, so, unlike ``conflicts.date_conflicts`` within a claim (which
compares any days of the event and needs different articles), the two sides may come from one article: the reading
already names the activity and its phase. Each such pair of claims gets a ``date`` conflict naming both sides'
mentions and chains; both keep their own verdicts and are never joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.en import conflicts as cw
from ..lang.en.phases import (
    END,
    END_VERBS,
    PHASE_EVENT_NOUNS,
    PHASE_GAP,
    PHASE_NEGATIONS,
    START,
    START_PHRASES,
    START_VERBS,
)
from ..models import Conflict
from .candidates.events import _day_keys
from .conflicts import MentionRecord, _day_text, claim_side, pairs_in_blocks, sides_of
from .counts import WORD_RE


@dataclass(slots=True, frozen=True)
class Phase:
    """A mention says an activity (``event``) began or ended (``phase``) on one day (``day``, a day key:
    "weekday:sunday", "date:10-2")."""

    event: str
    phase: str
    day: str


def _phase_at(low: Sequence[str], i: int) -> str | None:
    """The phase the word at ``i`` says, when it says one and no negation stands right before it."""
    word = low[i]
    phase = START if word in START_VERBS else END if word in END_VERBS else None
    if phase is None or any(w in PHASE_NEGATIONS for w in low[max(0, i - 2) : i]):
        return None
    return phase


def phase_readings(text: str, dates: Sequence[str]) -> list[Phase]:
    """Every (activity, phase) the mention dates to its one day: "The rescue operation was wrapped up
    Saturday afternoon" -> rescue, end, weekday:saturday. The days are the mention's event dates with those
    its words name anywhere ("a port strike would proceed, starting on Oct. 2": the day hangs in a side
    clause, which the event dates leave out); none when it names no day or several."""
    low = [w.lower() for w in WORD_RE.findall(text)]
    days = sorted(set(dates) | _day_keys(low))
    if len(days) != 1:
        return []
    out: set[Phase] = set()
    for n, word in enumerate(low):
        event = PHASE_EVENT_NOUNS.get(word)
        if event is None:
            continue
        for before in START_PHRASES:  # "went on strike": the phrase carries its noun
            if n >= len(before) and tuple(low[n - len(before) : n]) == before:
                out.add(Phase(event, START, days[0]))
        for k in range(max(0, n - PHASE_GAP), min(len(low), n + PHASE_GAP + 1)):
            phase = _phase_at(low, k) if k != n else None
            if phase is not None:
                out.add(Phase(event, phase, days[0]))
    return sorted(out, key=lambda p: (p.event, p.phase, p.day))


def phases_exclude(a: Phase, b: Phase) -> bool:
    """One activity's one phase on two different days of one kind (two weekdays, or two dates)."""
    return (
        a.event == b.event
        and a.phase == b.phase
        and a.day != b.day
        and a.day.split(":", 1)[0] == b.day.split(":", 1)[0]
    )


@dataclass(slots=True, frozen=True)
class _Pair:
    claim_a: int
    a: int
    claim_b: int
    b: int
    reading_a: Phase
    reading_b: Phase


def phase_pairs(claims: Sequence[Sequence[MentionRecord]]) -> list[_Pair]:
    """Mentions of different claims whose phase readings exclude each other, compared inside blocks of one
    activity and phase (each capped at MAX_BLOCK members)."""
    blocks: dict[tuple[str, str], list[tuple[int, int, Phase]]] = {}
    # read once per distinct (text, dates): wire copy repeats one sentence in many articles (the phases are frozen)
    read: dict[tuple[str, tuple[str, ...]], list[Phase]] = {}
    for c, records in enumerate(claims):
        for r, rec in enumerate(records):
            key = (rec.cand.text, tuple(rec.cand.dates))
            said = read.get(key)
            if said is None:
                said = read[key] = phase_readings(*key)
            for ph in said:
                blocks.setdefault((ph.event, ph.phase), []).append((c, r, ph))
    found: dict[tuple[int, int, int, int], _Pair] = {}
    for ca, ra, cb, rb, va, vb in pairs_in_blocks(blocks, lambda a, b: phases_exclude(a[2], b[2])):
        found.setdefault((ca, ra, cb, rb), _Pair(ca, ra, cb, rb, va, vb))  # a pair of two blocks counts once
    return [found[k] for k in sorted(found)]


def _shown(rec: MentionRecord, ph: Phase) -> str:
    return f"{ph.event} {'began' if ph.phase == START else 'ended'} {_day_text(ph.day)} ({rec.outlet_name})"


def phase_conflicts(
    claims: Sequence[Sequence[MentionRecord]], ids: Sequence[str], names: dict[str, str]
) -> dict[int, list[Conflict]]:
    """Claim index -> a ``date`` conflict per other claim that dates one of its activities' start or end to
    another day, naming both sides' mentions and chains (each value says which claim it belongs to). A
    claim that itself also gives the other side's day lists none (it says both)."""
    by_pair: dict[tuple[int, int], list[_Pair]] = {}
    pairs = phase_pairs(claims)
    for p in pairs:
        by_pair.setdefault((p.claim_a, p.claim_b), []).append(p)
    own_days: dict[int, set[tuple[str, str, str]]] = {}
    for c in sorted({c for p in pairs for c in (p.claim_a, p.claim_b)}):
        own_days[c] = {
            (ph.event, ph.phase, ph.day) for rec in claims[c] for ph in phase_readings(rec.cand.text, rec.cand.dates)
        }
    out: dict[int, list[Conflict]] = {}
    for (ca, cb), found in sorted(by_pair.items()):
        for own, other in ((ca, cb), (cb, ca)):
            ordered = sides_of(((p.claim_a, p.a, p.claim_b, p.b, p.reading_a, p.reading_b) for p in found), own)
            theirs = {(ph.event, ph.phase, ph.day) for _, (ph, mine) in ordered if not mine}
            if theirs <= own_days.get(own, set()):
                continue
            values = [
                {"day": _day_text(ph.day), "phase": ph.phase, "event": ph.event,
                 **claim_side(claims[c][r], ids[c], r, mine, names)}
                for (c, r), (ph, mine) in ordered
            ]  # fmt: skip
            mine_text = " / ".join(sorted({_shown(claims[c][r], ph) for (c, r), (ph, m) in ordered if m}))
            other_text = " / ".join(sorted({_shown(claims[c][r], ph) for (c, r), (ph, m) in ordered if not m}))
            out.setdefault(own, []).append(
                Conflict(
                    kind="date",
                    description=cw.ACROSS_DIFFERS.format(
                        other=ids[other], what=cw.WHEN, mine=mine_text, theirs=other_text
                    ),
                    values=values,
                )
            )
    return out
