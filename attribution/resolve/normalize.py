"""String normalisation for matching source names, slugs for ids, edit distance.

Matching keys ignore what varies between outlets' spellings of one name and
carries no identity: case, punctuation, curly vs straight apostrophes, a
leading "the", the possessive 's, diacritics, hyphens, and the British /
American spelling of defence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from ..lang.en import marks

_APOSTROPHES = str.maketrans(dict.fromkeys(marks.APOSTROPHE_LOOKALIKES, marks.STRAIGHT_SINGLE))
_QUOTES = marks.DOUBLE_MARKS
#: British/American spellings that name the same institution ("Defense Intelligence" = "Defence Intelligence").
_SPELLING = {"defense": "defence", "defenses": "defences", "organization": "organisation", "center": "centre"}
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){2,}")  # "u.s." -> "us" in slugs; "file.txt" keeps its parts
#: Invisible format characters (zero-width, bidi controls, soft hyphen, BOM): removed from names before
#: they are compared or shown, so "John\u200b Smith" is not a second "John Smith".
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def strip_invisible(text: str) -> str:
    """``text`` without zero-width, bidi-control and other invisible format characters."""
    return _INVISIBLE.sub("", text) if not text.isascii() else text


def strip_diacritics(text: str) -> str:
    if text.isascii():
        return text  # nothing to strip: most names in English news
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_ascii(text: str) -> str:
    """Every letter folded to ASCII with anyascii (a maintained transliteration table), after the
    combining marks are stripped: "Łukasz Wałęsa" -> "Lukasz Walesa", "Đorđe" -> "Djordje", where
    decomposition alone leaves "Ł" and "Đ" as they are."""
    text = strip_diacritics(text)
    return text if text.isascii() else anyascii(text)


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """:func:`norm_key` of the name folded to ASCII: the key of the unicode-fold identity pass."""
    return norm_key(fold_ascii(text))


def clean_surface(text: str) -> str:
    """Tidy a surface form for display: straight apostrophes kept as typed, spaces collapsed, quotes dropped."""
    text = strip_invisible(text).strip().strip(_QUOTES).strip()
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=65536)  # names repeat across an article's mentions and a corpus's articles
def norm_key(text: str, *, drop_the: bool = True) -> str:
    """The matching key of a name: "The Ukraine’s Defense Intelligence" -> "ukraine defence intelligence"."""
    t = strip_diacritics(strip_invisible(text)).translate(_APOSTROPHES).lower()
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
    t = strip_diacritics(strip_invisible(text)).translate(_APOSTROPHES).lower()
    t = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), t).replace("'", "")
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t or "source"


#: Letters whose insertion, deletion or swap is a transliteration habit ("Zelenskyy", "Zelenskiy", "Sergei"/"Sergey"),
#: unlike other one-letter differences, which often tell two people apart ("Min-jun" / "Min-jin").
_SOFT_INSERT = frozenset("iyjhe")
_SOFT_SWAP = frozenset("iyj")


def spelling_variant(a: str, b: str) -> bool:
    """True when two normalised names differ by one transliteration-style letter (a doubled letter, an
    inserted i/y/j/h/e, or i/y/j swapped). Linear time."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 and a[diff[0]] in _SOFT_SWAP and b[diff[0]] in _SOFT_SWAP
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    i = next((k for k in range(len(short)) if long[k] != short[k]), len(short))
    if long[:i] + long[i + 1 :] != short:
        return False
    c = long[i]
    doubled = (i > 0 and long[i - 1] == c) or (i + 1 < len(long) and long[i + 1] == c)
    return c.isalpha() and (c in _SOFT_INSERT or doubled)


def deletion_keys(text: str) -> list[str]:
    """The string and every string with one character deleted: two strings within edit distance 1
    share at least one key (symmetric-delete blocking, so no all-pairs comparison is needed)."""
    keys = {text}
    for i in range(len(text)):
        keys.add(text[:i] + text[i + 1 :])
    return sorted(keys)
