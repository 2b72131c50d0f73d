"""What one claim's assessment works on: the origins' kinds, the state of the judging (``Judging``), its result
(``Assessment``) and the units origins are counted as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...kinds import SourceKind
from ...lang.en import marks
from ...lang.en.independence import (
    LEADING_DETERMINERS,
    MEDIA_KINDS,
    NON_SPEAKER_HEADS,
)
from ...models import Independence, Source
from .links import ArticleLinks

#: The levels origins can be counted at.
LEVELS = ("body", "institution")
PERSON_KINDS = frozenset({SourceKind.PERSON, SourceKind.LEGISLATOR, SourceKind.EXPERT_OR_THINK_TANK})
#: The kinds that are no body: people and the press (built once, not at each test).
_NOT_BODIES = PERSON_KINDS | MEDIA_KINDS


def is_non_source(src: Source | None) -> bool:
    """A noun phrase read as the one who spoke although it names a thing ("the location of the wreckage"):
    a common-noun phrase (no capital after its determiner), of no known kind, whose head is a thing or a
    measure. Never an origin."""
    if src is None or src.kind not in {
        SourceKind.UNKNOWN,
        SourceKind.ORGANIZATION,
        SourceKind.COLLECTIVE,
        SourceKind.DOCUMENT,
    }:
        return False
    words = [w for w in re.split(rf"[^\w{marks.APOSTROPHES}-]+", src.name) if w]
    if not words or any(w[:1].isupper() for w in words[1:]) or (words[0][:1].isupper() and len(words) == 1):
        return False
    low = [w.lower() for w in words]
    if low[0] in LEADING_DETERMINERS:
        low = low[1:]
    if not low:
        return False
    head = low[low.index("of") - 1] if "of" in low[1:] else low[-1]
    return head in NON_SPEAKER_HEADS


@dataclass(slots=True)
class Judging:
    """What every step of one claim's assessment reads and writes: the batch's sources, display names and
    article links, the level origins are counted at, the plain-language lines found so far, and the joins
    (unit -> the unit it counts as) the steps made."""

    sources: dict[str, Source]
    names: dict[str, str]
    links: ArticleLinks
    level: str = "body"
    evidence: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    joined: dict[str, str] = field(default_factory=dict)

    def unit(self, origin: str) -> str:
        """The unit an origin counts as once its body or institution and the joins are followed."""
        return _joined_unit(_unit(origin, self.sources, self.level), self.joined)

    def name(self, o: str) -> str:
        return _name(o, self.sources, self.names)


@dataclass(slots=True)
class Assessment:
    verdict: str
    independent: int
    independence: Independence


def _unit(o: str, sources: dict[str, Source], level: str) -> str:
    src = sources.get(o)
    if src is None or not src.affiliation_path:
        return o
    return src.affiliation_path[-1] if level == "institution" else src.affiliation_path[0]


def _name(o: str, sources: dict[str, Source], names: dict[str, str]) -> str:
    src = sources.get(o)
    return src.name if src is not None else names.get(o, o)


STATE_KINDS = frozenset({SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.INTELLIGENCE_AGENCY})
#: Kinds of named bodies unnamed officials may speak for.
OFFICIAL_BODY_KINDS = STATE_KINDS | {
    SourceKind.LEGISLATOR,
    SourceKind.ORGANIZATION,
    SourceKind.EXPERT_OR_THINK_TANK,
    SourceKind.UNKNOWN,
}


def _joined_unit(u: str, joined: dict[str, str]) -> str:
    """The unit ``u`` counts as once joins are followed."""
    seen = set()
    while u in joined and u not in seen:
        seen.add(u)
        u = joined[u]
    return u


def _apply_joins(carried: dict[str, set[str]], joined: dict[str, str]) -> None:
    """Replace each joined unit by the unit it joins (in place)."""
    for art, us in carried.items():
        carried[art] = {_joined_unit(u, joined) for u in us}


def _uniq(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))
