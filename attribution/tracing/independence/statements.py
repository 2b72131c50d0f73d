"""The same statement: a denial or a rejected claim confirms nothing, and origins confirm one another only where
their mentions say the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from ...lang.en import independence as lx
from ...lang.en.independence import (
    ALLEGING_VERBS,
    DENIED_SOURCE_REACH,
    DENIED_SOURCE_STOPS,
    DENIED_SOURCE_TOKEN,
    DENYING_VERBS,
    HAPPENING_WORDS,
)
from .judging import Judging, _joined_unit, _name, _unit
from .names import _fold_word_set, _form_of

#: Share of the smaller mention's content keys two mentions must share to state the same thing, when
#: the claim's grouping put mentions of two origins together.
SAME_STATEMENT_OVERLAP = 0.3


def _overlap(a: Sequence[str], b: Sequence[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def _same_statement(a: object, b: object) -> bool:
    """Two mentions state the same thing: they share at least 30% of the smaller one's content keys, and what
    they share is more than the event they are about: a key outside their side clauses other than the
    event's class and the words for "it happened" (rule ``more_than_the_event``: "the attack occurred in
    Syria" and "the attack occurred on Saturday night" say two things about one attack), or both give a figure
    for it (two estimates of one toll)."""
    return _same_keys(_statement_keys(a), _statement_keys(b))


#: a mention's content keys and side-clause keys, as sets, the values of the figures it stands by, those of the
#: figures it gives only as ones a count moved away from, and the keys of the people it names (``_statement_keys``)
_StatementKeys = tuple[frozenset[str], frozenset[str], frozenset[float], frozenset[float], frozenset[str]]

#: the entity label of a person's name (``MentionCandidate.entities``)
_PERSON_LABEL = "PERSON"


def _statement_keys(cand: object) -> _StatementKeys:
    """What ``_same_statement`` reads of a mention: its content keys, its side-clause keys, the values of its
    figures, those of its figures left behind (rule ``figure_left_behind``), and the keys of the people it names
    (rule ``more_than_a_person``)."""
    numbers = cand.numbers  # type: ignore[attr-defined]
    stood_by = frozenset(x.value for x in numbers if not x.left_behind)
    left = frozenset(x.value for x in numbers if x.left_behind)
    people = frozenset(k for k, label in cand.entities if label == _PERSON_LABEL)  # type: ignore[attr-defined]
    return frozenset(cand.lemmas), frozenset(cand.side), stood_by, left, people  # type: ignore[attr-defined]


def _shared_enough(sa: frozenset[str], sb: frozenset[str]) -> bool:
    """``_overlap`` of the two sets of keys reaches ``SAME_STATEMENT_OVERLAP``."""
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) >= SAME_STATEMENT_OVERLAP


def _same_keys(a: _StatementKeys, b: _StatementKeys) -> bool:
    """``_same_statement`` on the keys of the two mentions (``_statement_keys``), worked out once per mention."""
    if not _shared_enough(a[0], b[0]):
        return False
    if _more_than_the_event(a, b):
        return True
    # both give a figure for the event (two estimates of one toll), unless one gives the other's figure as the one
    # a count moved away from (rule ``figure_left_behind``: "revised down from 40 to 35" beside "40 died")
    return bool(a[2] and b[2]) and not (a[3] & b[2] or b[3] & a[2])


def _more_than_the_event(a: _StatementKeys, b: _StatementKeys) -> bool:
    """Rule ``more_than_the_event``: the two mentions share a key outside their side clauses other than the event's
    class and the words for "it happened"; and more than one person's name (rule ``more_than_a_person``: "Maduro
    secured a majority" and "the tallies showed Gonzalez trouncing Maduro" share only the man they are about, and
    say two things of him; two mentions naming the same two people freed share the list, and a place shared is
    where the event was)."""
    core = {k for k in a[0] & b[0] - a[1] - b[1] if not k.startswith("~") and k not in HAPPENING_WORDS}
    return bool(core) and not (len(core) == 1 and core <= a[4] & b[4])


def _one_figure_left_behind(a: _StatementKeys, b: _StatementKeys) -> bool:
    """Rule ``figure_left_behind``: two mentions of one event would say the same thing by both giving a figure, but
    one of them gives its figure, or the other's, only as one a count moved away from ("the toll was revised down
    from 40" beside "40 people died"): a figure left behind confirms nothing."""
    return (
        _shared_enough(a[0], b[0])
        and not _more_than_the_event(a, b)
        and bool(a[3] or b[3])
        and bool(a[2] or a[3])
        and bool(b[2] or b[3])
        and not _same_keys(a, b)
    )


def _accusing(record: object) -> bool:
    """Rule ``accusation_is_no_finding``: the mention reports an accusation ("prosecutors accused the firm of
    ...", "alleged that ...")."""
    return _accusing_cues(record.cues)  # type: ignore[attr-defined]


@lru_cache(maxsize=1 << 16)  # wire copy repeats one mention's cues in hundreds of articles
def _accusing_cues(cues: tuple[str, ...]) -> bool:
    """``_accusing`` on a mention's cues as written."""
    return any(_form_of(w, ALLEGING_VERBS) for cue in cues for w in cue.split())


@lru_cache(maxsize=1 << 16)  # cues and the words before sources recur across a wire claim's mentions
def _denying_cue(cue: str) -> str | None:
    """The word of ``cue`` that denies, rejects or disputes ("denied", "flatly rejects"), if any."""
    return next((w for w in cue.split() if _form_of(w, DENYING_VERBS)), None)


@lru_cache(maxsize=1 << 16)
def _rejecting_before(before: str) -> str | None:
    """The denying verb written within ``DENIED_SOURCE_REACH`` words before a source phrase, in its clause
    ("after rejecting " before "Bankman-Fried's claim that ..."), if any."""
    tokens = re.findall(DENIED_SOURCE_TOKEN, before)
    words = 0
    for t in reversed(tokens):
        if t in DENIED_SOURCE_STOPS:
            return None
        if _form_of(t, DENYING_VERBS):
            return t
        words += 1
        if words >= DENIED_SOURCE_REACH:
            return None
    return None


def _denial_of(record: object) -> tuple[str, str] | None:
    """Rule ``denial_is_no_confirmation``: the mention's source denies the claim (its cue is a verb of denying:
    "the ministry denied that troops fired") or is reported as rejected (a verb of denying just before it, in
    its clause: "the judge, rejecting the firm's claim that ..."): the doubt template and the word, or None."""
    for cue in record.cues:  # type: ignore[attr-defined]
        if (w := _denying_cue(cue)) is not None:
            return lx.DENIES_THE_CLAIM, w
    for before in record.cand.before_source:  # type: ignore[attr-defined]
        if (w := _rejecting_before(before)) is not None:
            return lx.REPORTED_AS_REJECTED, w
    return None


def _denials(units: list[str], records: Sequence[object], ctx: Judging) -> list[str]:
    """Rule ``denial_is_no_confirmation``: an origin whose every mention of the claim denies it, or is a claim
    reported as rejected (``_denial_of``), does not confirm the origins that state it: it leaves the count, with
    a doubt saying so in plain words. Origins that all deny one thing confirm the denial: they stay."""
    if len(units) < 2:
        return units
    denied: dict[str, tuple[str, str] | None] = {}
    stated: set[str] = set()
    counted = set(units)  # once, not once per mention
    for r in records:
        found = {_joined_unit(_unit(o, ctx.sources, ctx.level), ctx.joined or {}) for o in r.origins}  # type: ignore[attr-defined]
        why = _denial_of(r)
        for u in found & counted:
            if why is None:
                stated.add(u)
            else:
                denied.setdefault(u, why)
    out = [u for u in units if u in denied and u not in stated]
    if not out or len(out) == len(units):
        return units
    for u in out:
        template, word = cast("tuple[str, str]", denied[u])
        ctx.doubts.append(template.format(name=ctx.name(u), cue=word, verb=word))
    return [u for u in units if u not in out]


def _saying_the_same(units: list[str], records: Sequence[object], ctx: Judging) -> list[str]:
    """The origins whose mentions say what the most cited origin's mentions say: two origins agree when
    some mention of one and some mention of the other state the same thing (``_same_statement``: at least 30%
    of the smaller one's content keys, lemmas, predicate classes, places and entities, and more than the event
    itself) in the same way: an accusation and a statement or finding of the same thing do not confirm each
    other (rule ``accusation_is_no_finding``: "prosecutors accused the firm of dumping fuel" / "an inquiry found
    the firm dumped fuel"); the others stay out of the count, with a doubt."""
    sources, names, level, doubts, joined = ctx.sources, ctx.names, ctx.level, ctx.doubts, ctx.joined
    if len(units) < 2:
        return units
    keys: dict[str, list[_Stated]] = {u: [] for u in units}
    counted = set(units)  # once, not once per mention
    # each mention's reading once, however many origins it has (a mention's cues are its record's: read with them)
    read: dict[tuple[int, tuple[str, ...]], _Stated] = {}
    called = {u: _called(u, ctx) for u in units}
    for r in records:
        found = {_joined_unit(_unit(o, sources, level), joined or {}) for o in r.origins}  # type: ignore[attr-defined]
        hit = found & counted
        if not hit:
            continue
        cand = r.cand  # type: ignore[attr-defined]
        seen = read.get((id(cand), r.cues))  # type: ignore[attr-defined]
        if seen is None:
            seen = read[(id(cand), r.cues)] = _Stated(  # type: ignore[attr-defined]
                _statement_keys(cand), _accusing(r), cand.about_speaker, _fold_word_set((cand.text,))
            )
        for u in hit:
            keys[u].append(seen)
    main = _main_unit(units, keys, called)
    agree = [main]
    # wire copy repeats one mention in hundreds of articles: each distinct reading walked once in the pairs (what
    # ``_agreement`` finds is an "or" over the pairs, the same with the repeats left out)
    ours = list(dict.fromkeys(keys[main]))
    for u in units:
        if u == main:
            continue
        line = _agreement(list(dict.fromkeys(keys[u])), ours, (called[u], called[main]))
        if line is None:
            agree.append(u)
        else:
            doubts.append(line.format(a=_name(u, sources, names), b=_name(main, sources, names)))
    return [u for u in units if u in agree]


@dataclass(frozen=True, slots=True)
class _Stated:
    """What ``_saying_the_same`` reads of one mention of an origin: its keys, whether it accuses, whether it is
    about its speaker (``MentionCandidate.about_speaker``), and its words (folded)."""

    keys: _StatementKeys
    accusing: bool
    about_speaker: bool
    words: frozenset[str]


_NO_WORDS: frozenset[str] = frozenset()


def _called(u: str, ctx: Judging) -> frozenset[str]:
    """The words that name origin ``u`` (its name's and aliases', folded, of three letters or more)."""
    src = ctx.sources.get(u)
    names = (src.name, *src.aliases) if src is not None else (ctx.name(u),)
    return frozenset(w for w in _fold_word_set(tuple(names)) if len(w) > 2)


def _of_another(a: _Stated, b: _Stated, called: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Rule ``about_itself``: one of two mentions of two origins speaks of its own speaker ("some of our customers
    are experiencing interruptions") and the other does not name that speaker: they are about two parties (the
    other's "some customers experienced issues" are its own customers), so they do not state the same thing."""
    return a.about_speaker and not b.words & called[0] or b.about_speaker and not a.words & called[1]


def _agreement(
    theirs: list[_Stated],
    ours: list[_Stated],
    called: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> str | None:
    """None when some mention of one origin and some of the other state the same thing in the same way (an
    accusation or not) about the same party (rule ``about_itself``); else the doubt template: the same thing
    only as accusation against finding, only each about itself, only the event, or too few shared words. The
    pairs are walked once, stopping at the first that agrees."""
    same = shared = left = itself = False
    for p in theirs:
        for q in ours:
            a, b = p.keys, q.keys
            if not _shared_enough(a[0], b[0]):
                continue
            shared = True
            if _same_keys(a, b):
                if _of_another(p, q, called):
                    itself = True
                    continue
                if p.accusing == q.accusing:
                    return None
                same = True
            left = left or _one_figure_left_behind(a, b)
    if same:
        return lx.ACCUSATION_NO_FINDING
    if itself:
        return lx.ABOUT_ITSELF
    if left:
        return lx.FIGURE_LEFT_BEHIND
    return lx.ONLY_THE_EVENT if shared else lx.FEW_SHARED_WORDS


def _agrees(theirs: list[_Stated], ours: list[_Stated], called: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Some mention of one states what some mention of the other states, in the same way, about the same party."""
    return any(
        p.accusing == q.accusing and _same_keys(p.keys, q.keys) and not _of_another(p, q, called)
        for p in theirs
        for q in ours
    )


def _main_unit(
    units: list[str], keys: dict[str, list[_Stated]], called: Mapping[str, frozenset[str]] | None = None
) -> str:
    """Rule ``main_by_agreement``: the origin the others are compared with: the most cited; among origins cited
    equally often, the one whose mentions say what the most other origins' mentions say (a tie is not settled by
    the order of names: "the Coast Guard" and "the state police", cited twice each and saying the same, and a
    transport secretary cited twice saying something else, are compared with one of the first two)."""
    top = max(len(keys[u]) for u in units)
    tied = [u for u in units if len(keys[u]) == top]
    if len(tied) == 1:
        return tied[0]
    words = called or {}
    # each distinct reading once (``_agrees`` is an "or" over the pairs: the same with the repeats left out)
    distinct = {u: list(dict.fromkeys(keys[u])) for u in units}
    return max(
        tied,
        key=lambda u: (
            sum(
                1
                for v in units
                if v != u and _agrees(distinct[v], distinct[u], (words.get(v, _NO_WORDS), words.get(u, _NO_WORDS)))
            ),
            u,
        ),
    )
