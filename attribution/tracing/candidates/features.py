"""The features of one claim mention (content keys, predicates, figures, places, entities, markers)."""

from __future__ import annotations

import re

from ...doc import Document, Entity, Token
from ...lang.en import marks
from ...lang.en.clauses import (
    DENIED_SUFFIX,
    LEADING_ARTICLE_PATTERN,
)
from ...lang.en.events import (
    MARKER_WORDS,
)
from ..data import country_key
from .clauses import _nonrestrictive, _side_tokens
from .events import (
    _denied_events,
    _event_dates,
    _explanation,
    _frames,
    _is_generic,
    _main_predicates,
    _phrase_hits,
    _series,
    _token_class,
    _word_key,
)
from .numbers import _numbers
from .papers import relayed_paper
from .places import _other_event_tokens, _places, _side_places
from .types import GENERIC_MARKER, SERIES_MARKER, MentionCandidate, NumberFact

#: Entity labels that never identify a proposition (dates and amounts are handled as figures).
_SKIP_ENTITY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _entity_key(text: str, label: str) -> str:
    ck = country_key(text) if label in {"GPE", "NORP", "LOC", "ORG"} else None
    if ck:
        return "@" + ck
    t = text.lower().replace(marks.RIGHT_SINGLE, marks.STRAIGHT_SINGLE).strip()
    t = re.sub(LEADING_ARTICLE_PATTERN, "", t)
    t = re.sub(r"'s$", "", t)
    return "#" + re.sub(r"\s+", " ", t)


def _entities_by_start(doc: Document) -> dict[int, list[Entity]]:
    """The document's entities grouped by first token (one pass, shared by all its mentions)."""
    out: dict[int, list[Entity]] = {}
    for e in doc.entities:
        out.setdefault(e.start_token, []).append(e)
    return out


def _phrase_classes(toks: list[Token]) -> dict[int, str]:
    """Token -> the class of the multi-word predicate phrase it belongs to."""
    phrase_of: dict[int, str] = {}
    for a, b, cls in _phrase_hits(toks):
        for i in range(a, b + 1):
            phrase_of[i] = cls
    return phrase_of


def _entity_keys(
    toks: list[Token], ents_at: dict[int, list[Entity]], side_toks: set[int]
) -> tuple[set[tuple[str, str]], set[str], set[int], set[str]]:
    """(entities, their keys, their tokens, the keys of those in the core) of the mention's tokens."""
    ents: set[tuple[str, str]] = set()
    keys: set[str] = set()
    ent_tokens: set[int] = set()
    core_keys: set[str] = set()
    for e in (e for t in toks for e in ents_at.get(t.i, ())):
        if e.label not in _SKIP_ENTITY_LABELS:
            ekey = _entity_key(e.text, e.label)
            ents.add((ekey, e.label))
            keys.add(ekey)
            ent_tokens.update(range(e.start_token, e.end_token))
            if not all(j in side_toks for j in range(e.start_token, e.end_token)):
                core_keys.add(ekey)
    return ents, keys, ent_tokens, core_keys


def _word_keys(
    toks: list[Token], phrase_of: dict[int, str], ent_tokens: set[int], side_toks: set[int]
) -> tuple[set[str], set[str], set[str]]:
    """(content keys, predicate classes, keys of the core) of the words outside entities."""
    keys: set[str] = set()
    preds: set[str] = set()
    core_keys: set[str] = set()
    for t in toks:
        tcls = _token_class(t, phrase_of)
        key: str
        if tcls:
            preds.add(tcls)
            key = "~" + tcls
        elif t.i in ent_tokens:
            continue
        else:
            word = _word_key(t.lemma, t.text, t.upos)
            if word is None:
                continue
            key = word
        keys.add(key)
        if t.i not in side_toks:
            core_keys.add(key)
    return keys, preds, core_keys


def _mention_numbers(doc: Document, toks: list[Token], side_toks: set[int]) -> list[NumberFact]:
    """The figures of the statement: not those of a non-restrictive relative clause, and only the
    core's when the core has one."""
    lo, hi = (toks[0].i, toks[-1].i + 1) if toks else (0, 0)
    # a figure in a non-restrictive relative clause is background the writer adds ("the dam, which
    # burst on Monday killing at least 40 people, was never approved"), not the statement's figure
    aside = _nonrestrictive(doc, toks)
    numbers = _numbers(doc, [t for t in toks if t.i not in aside] if aside else toks, lo, hi)
    if side_toks and numbers:
        # a figure of the core makes the side clause's figures background ("demanded a EUR 3.7m ransom
        # after forcing it to cancel 1,000 operations" is about the ransom)
        core = _numbers(doc, [t for t in toks if t.i not in side_toks and t.i not in aside], lo, hi)
        if core:
            numbers = core
    return numbers


def _markers(doc: Document, toks: list[Token], phrase_of: dict[int, str]) -> list[str]:
    """Words that frame the proposition (rank, record, modals), a series, a generic statement."""
    markers = set()
    for t in toks:
        if t.text.lower() in MARKER_WORDS and _frames(doc, t):
            markers.add(SERIES_MARKER if _series(doc, t) else t.text.lower())
    if _is_generic(doc, toks, phrase_of):
        markers.add(GENERIC_MARKER)
    return sorted(markers)


def _features(
    doc: Document, toks: list[Token], m: MentionCandidate, ents_at: dict[int, list[Entity]] | None = None
) -> None:
    phrase_of = _phrase_classes(toks)
    idx = {t.i for t in toks}
    if ents_at is None:
        ents_at = _entities_by_start(doc)
    explained = _explanation(toks)  # "X could be down to Y": the statement is Y
    side_toks = _side_tokens(doc, toks, explained)
    ents, ent_keys, ent_tokens, ent_core = _entity_keys(toks, ents_at, side_toks)
    word_keys, preds, word_core = _word_keys(toks, phrase_of, ent_tokens, side_toks)
    keys, core_keys = ent_keys | word_keys, ent_core | word_core
    m.numbers = _mention_numbers(doc, toks, side_toks)
    m.lemmas = sorted(keys)
    m.side = sorted(keys - core_keys)
    m.predicates = sorted(preds)
    m.main_predicates = _main_predicates(doc, toks, phrase_of, explained)
    # the day of the statement's event: of its main event, or of its main verb when no event class
    # names it ("the contract was awarded on 3 March"); not a day inside a phrase or clause dating it by another
    # event (rule ``another_events_day``: "ordered the grounding on Saturday, after a panel blew out on Friday")
    if m.main_predicates or any(t.upos == "VERB" and (t.head not in idx or t.head == t.i) for t in toks):
        m.dates = _event_dates(doc, toks, side_toks | _other_event_tokens(toks), ents_at)
    for cls in _denied_events(doc, toks, phrase_of, m.main_predicates):
        m.lemmas = sorted({*m.lemmas, "~" + cls + DENIED_SUFFIX})
    m.entities = sorted(ents)
    m.places = _places(doc, toks, phrase_of)
    m.side_places = _side_places(doc, toks, phrase_of, m.places)
    m.markers = _markers(doc, toks, phrase_of)
    m.relayed_paper = relayed_paper(doc, toks)
