"""String normalisation for matching source names, slugs for ids, edit distance.

Matching keys ignore what varies between outlets' spellings of one name and
carries no identity: case, punctuation, curly vs straight apostrophes, a
leading "the", the possessive 's, diacritics, hyphens, and the British /
American spelling of defence.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'
#: British/American spellings that name the same institution ("Defense Intelligence" = "Defence Intelligence").
_SPELLING = {"defense": "defence", "defenses": "defences", "organization": "organisation", "center": "centre"}
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){2,}")  # "u.s." -> "us" in slugs; "file.txt" keeps its parts


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean_surface(text: str) -> str:
    """Tidy a surface form for display: straight apostrophes kept as typed, spaces collapsed, quotes dropped."""
    text = text.strip().strip(_QUOTES).strip()
    return _SPACES.sub(" ", text)


def norm_key(text: str, *, drop_the: bool = True) -> str:
    """The matching key of a name: "The Ukraine’s Defense Intelligence" -> "ukraine defence intelligence"."""
    t = strip_diacritics(text).translate(_APOSTROPHES).lower()
    t = _POSSESSIVE.sub(" ", t)
    t = t.replace("-", " ").replace("/", " ")
    # "U.S." -> "us", "A.F.P." -> "afp": drop dots inside abbreviations before other punctuation
    t = t.replace(".", "")
    t = _NON_WORD.sub(" ", t)
    words = t.split()
    if drop_the and words and words[0] == "the":
        words = words[1:]
    return " ".join(_SPELLING.get(w, w) for w in words)


def slugify(text: str) -> str:
    """A readable id: "National Intelligence Service (South Korea)" -> "national-intelligence-service-south-korea"."""
    t = strip_diacritics(text).translate(_APOSTROPHES).lower()
    t = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), t).replace("'", "")
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t or "source"


def levenshtein(a: str, b: str, limit: int = 2) -> int:
    """Edit distance, stopping early once it exceeds ``limit`` (returns limit + 1 then)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def deletion_keys(text: str) -> list[str]:
    """The string and every string with one character deleted: two strings within edit distance 1
    share at least one key (symmetric-delete blocking, so no all-pairs comparison is needed)."""
    keys = {text}
    for i in range(len(text)):
        keys.add(text[:i] + text[i + 1 :])
    return sorted(keys)
