"""Words and names the assessment's steps share: plural and singular heads, generic and unnamed names,
folded name words and whether one name holds another.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...kinds import SourceKind
from ...lang.en import marks
from ...lang.en.independence import (
    DEFINITE_ARTICLES,
    GOVERNMENT_LEVELS,
    MEDIA_KINDS,
    MODIFIER_PREPOSITIONS,
    OFFICIAL_HEADS,
    OWNER_PRONOUNS,
)
from ...lang.en.pronouns import ALL_PRONOUNS
from ...lang.en.sources import TITLE_WORDS
from ...models import Source
from ...resolve.aliases import default_aliases
from ...resolve.corpus import (
    names_a_government,
)
from ...resolve.normalize import fold_key, norm_key


def _untitled(words: list[str]) -> list[str]:
    """A person's name without the titles before it ("dr paulo duarte" -> "paulo duarte"), the last word kept."""
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    return words


def _generic_words(name: str) -> list[str]:
    """The words of a name that are not a country's ("British lawmakers" -> ["lawmakers"])."""
    db = default_aliases()
    return [w for w in name.split() if db.country_of(w) is None]


def _unnamed(src: Source | None) -> bool:
    """An origin with no name: an anonymous source, or a common-noun phrase ("officials", "British
    lawmakers", "the hospital"; of the press only a definite one: "the newspaper"), with no body it speaks
    for."""
    if src is None or (src.affiliation_path and src.affiliation_path[0] != src.id):
        return False  # a body's own path ("the U.S. military" -> U.S. government) does not name it
    if src.kind == SourceKind.ANONYMOUS:
        return True
    if names_a_government(src, default_aliases()):
        return False  # "the Jordanian government" is one body: its country names it
    words = _generic_words(src.name)
    if src.kind in MEDIA_KINDS and not (words and words[0].lower() in DEFINITE_ARTICLES):
        return False  # "local media" is the press at large, not one outlet
    if len(words) == 1 and _singular(words[0].lower()) in OFFICIAL_HEADS:
        return True  # "Officials said ..." opening a sentence: the capital is no name
    return bool(words) and not any(w[:1].isupper() for w in words)


def _words(text: str | None) -> set[str]:
    return set(_word_set(text or ""))  # a fresh set: callers may change it


@lru_cache(maxsize=65536)  # the pairwise doubts ask again for the same names and descriptions
def _word_set(text: str) -> frozenset[str]:
    return frozenset(_singular(w) for w in norm_key(text).split())


def _singular(w: str) -> str:
    """A noun's singular, roughly: "officials" -> "official", "authorities" -> "authority" (a plural in -ies),
    "press" stays."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _head_noun(name: str) -> str:
    """The head noun of a description, singular: its last word before the first preposition that opens a
    modifier (rule ``head_before_modifier``: "an advisory panel to the agency" -> "panel", "officials of the
    ministry" -> "official"; "the approval for the drug" -> "approval")."""
    words = norm_key(name).split()
    cut = next((i for i, w in enumerate(words) if i and w in MODIFIER_PREPOSITIONS), len(words))
    return _singular(words[cut - 1]) if cut else ""


@lru_cache(maxsize=65536)  # a named origin is tested against each description and role of the claim
def _key_words(said: str) -> frozenset[str]:
    return frozenset(norm_key(said).split())


_WORD_RUN = re.compile(r"\w+")


def _form_of(word: str, verbs: frozenset[str]) -> bool:
    """``word`` is one of ``verbs`` or a regular form of one ("accused", "alleging", "charges", "testified")."""
    w = word.lower()
    stems = [w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-3] + "y"]  # -s / -d, -ed, -ing, -ied
    return any(x in verbs for x in stems if len(x) > 2)


#: "unidentified (she)": the entry the resolver makes for a pronoun nothing fits.
_PRONOUN_ENTRY = re.compile(r"\w+ \((\w+)\)")
_POSSESSIVE = re.compile(rf"[{marks.APOSTROPHES}]s?$")


def _pronoun_only(src: Source | None) -> bool:
    """Rule ``unresolved_pronoun``: an origin whose only name is a pronoun the resolver could tie to nobody
    ("she said" with no one before it: "unidentified (she)"), or a description a pronoun owns ("his
    physiotherapist", "their lawyer": someone of a party the phrase does not name). It may be any other origin
    of the claim (or speak for it), so it is never a second distinct one."""
    if src is None:
        return False
    words = src.name.split()
    if len(words) > 1 and words[0].lower() in OWNER_PRONOUNS and src.kind not in MEDIA_KINDS:
        return True  # rule ``pronoun_owned_description``: "his physiotherapist" belongs to someone unnamed here
    if src.kind not in {SourceKind.UNKNOWN, SourceKind.ANONYMOUS}:
        return False
    found = _PRONOUN_ENTRY.fullmatch(src.name.strip())
    word = found.group(1) if found else src.name.strip()
    return norm_key(word) in ALL_PRONOUNS


def _levels_clash(unnamed: Source, named: Source) -> bool:
    """Both say which level of government they belong to (by name or stated role), and not the same one
    ("the city health office" / "Provincial Health Office" or "Dr. Aguila, provincial health officer")."""
    a = _words(unnamed.name) & GOVERNMENT_LEVELS
    b = (_words(named.name) | _words(named.description)) & GOVERNMENT_LEVELS
    return bool(a and b and not a & b)


@lru_cache(maxsize=65536)  # each pair of origins of a claim asks again for the same names
def _fold_words(name: str) -> tuple[str, ...]:
    return tuple(fold_key(name).split())


@lru_cache(maxsize=65536)
def _fold_word_set(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for n in names for w in _fold_words(n))


def _may_hold(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Some name of one may stand inside some name of the other (``_name_inside``): they share a word."""
    return not _fold_word_set(mine).isdisjoint(_fold_word_set(theirs))


def _one_name_inside(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Some name of one stands whole inside some name of the other (``_name_inside`` of some pair): a name of two
    or more words is a run of words, shorter than it, of the other's (``_inner_runs``). Looked up, not tested pair
    by pair: an origin with dozens of aliases met another with dozens for every pair of a claim's origins."""
    if not _may_hold(mine, theirs):
        return False
    return not (_long_names(mine).isdisjoint(_inner_runs(theirs)) and _long_names(theirs).isdisjoint(_inner_runs(mine)))


@lru_cache(maxsize=65536)
def _long_names(names: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The folded words of each name of two or more words."""
    return frozenset(ws for n in names if len(ws := _fold_words(n)) >= 2)


@lru_cache(maxsize=65536)
def _inner_runs(names: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every run of two or more words of a name that is shorter than the name (a name inside it is one)."""
    return frozenset(
        ws[i:j]
        for n in names
        if len(ws := _fold_words(n)) > 2
        for i in range(len(ws))
        for j in range(i + 2, len(ws) + 1)
        if j - i < len(ws)
    )


def _name_inside(a: str, b: str) -> bool:
    """One name of two or more words stands whole inside the other ("George Kurtz" in "Crowdstrike CEO
    George Kurtz on social media"): the longer is the shorter with a title or a circumstance around it."""
    ka, kb = _fold_words(a), _fold_words(b)
    short, long = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) < 2 or short == long:
        return False
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
