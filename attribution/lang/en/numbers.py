"""Number words: figure qualifiers ("more than", "nearly"), scales, spelled numbers, currencies."""

from __future__ import annotations

#: Figure qualifiers, normalised: "over" and "more than" say the same thing.
QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("more", "than"), "more than"),
    (("in", "excess", "of"), "more than"),
    (("at", "least"), "at least"),
    (("up", "to"), "up to"),
    (("as", "many", "as"), "up to"),
    (("fewer", "than"), "less than"),
    (("less", "than"), "less than"),
    (("close", "to"), "nearly"),
    (("just", "under"), "nearly"),
    (("an", "estimated"), "about"),
    (("over",), "more than"),
    (("above",), "more than"),
    (("exceed",), "more than"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("around",), "about"),
    (("about",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("estimated",), "about"),
    (("under",), "less than"),
)

#: Scale words after a figure: "3 million".
SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

#: Spelled-out small numbers that count things in news copy.
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2_000,
}

#: Scale suffixes glued to a figure ("3m", "1.2bn", "40k") -> their factor.
GLUED_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
#: Glued suffixes that stand for a scale only after a currency sign ("$3m"): "3m" alone may be metres.
SIGN_ONLY_SCALES = frozenset({"m", "k"})
#: Currency signs -> the currency a figure after them counts.
CURRENCY_NOUNS = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
