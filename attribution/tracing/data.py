"""Loading the interested-parties data file (countries, conflicts) once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..lang.en import marks
from ..packaged import damaged, read_json

#: The shipped interested-parties file, relative to the package.
PARTIES_DATA = "data/interested_parties.json"


@dataclass(frozen=True, slots=True)
class ConflictInfo:
    id: str
    name: str
    parties: frozenset[str]
    keywords: frozenset[str]


@dataclass(frozen=True, slots=True)
class PartiesData:
    #: every word naming a country (demonym, capital) -> country key
    country_words: dict[str, str]
    conflicts: tuple[ConflictInfo, ...]
    interested_kinds: frozenset[str]
    #: longest names first, for scanning free text
    pattern: re.Pattern[str] | None


def _parse(raw: dict[str, object]) -> PartiesData:
    words: dict[str, str] = {}
    countries = raw.get("countries", {})
    assert isinstance(countries, dict)
    for key in sorted(countries):
        for w in countries[key]:
            words.setdefault(str(w).lower(), str(key))
        words.setdefault(str(key).lower(), str(key))
    conflicts = []
    for c in raw.get("conflicts", []):  # type: ignore[attr-defined]
        conflicts.append(
            ConflictInfo(
                id=str(c["id"]),
                name=str(c.get("name", c["id"])),
                parties=frozenset(str(p) for p in c.get("parties", [])),
                keywords=frozenset(str(k).lower() for k in c.get("keywords", [])),
            )
        )
    kinds = frozenset(str(k) for k in raw.get("interested_kinds", []))  # type: ignore[attr-defined]
    names = sorted(words, key=lambda w: (-len(w), w))
    pattern = (
        re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE)
        if names
        else None
    )
    return PartiesData(words, tuple(conflicts), kinds, pattern)


@cache
def load_parties(path: str | None = None) -> PartiesData:
    """The packaged file, or ``path`` (configurable: another conflict list)."""
    if path is not None:
        return _parse(json.loads(Path(path).read_text(encoding="utf-8")))
    raw = read_json(PARTIES_DATA)
    if not isinstance(raw, dict) or not raw.get("countries"):  # valid JSON of the wrong shape reads as nothing
        raise damaged(PARTIES_DATA, "no countries")
    try:
        return _parse(raw)
    except (AssertionError, AttributeError, KeyError, TypeError, ValueError) as err:
        raise damaged(PARTIES_DATA, f"{type(err).__name__}: {err}") from None


def countries_in(text: str, data: PartiesData | None = None) -> list[str]:
    """Country keys named in free text ("South Korean officials" -> ["south korea"]), sorted."""
    data = data or load_parties()
    if data.pattern is None:
        return []
    found = {data.country_words[m.group(1).lower()] for m in data.pattern.finditer(text)}
    return sorted(found)


def country_key(text: str, data: PartiesData | None = None) -> str | None:
    """The country an entity text names exactly ("Ukrainian", "Kyiv"), else None."""
    data = data or load_parties()
    t = text.lower().strip()
    if t.startswith("the "):
        t = t[4:]
    for suffix in (a + "s" for a in marks.APOSTROPHES):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    return data.country_words.get(t)
