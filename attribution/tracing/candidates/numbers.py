"""Figures in a mention: the number, its scale and currency, its qualifier ("more than") and the noun it counts."""

from __future__ import annotations

import re

from ...doc import Document, Token
from ...lang.en.calendar import CALENDAR_WORDS
from ...lang.en.events import (
    NOUN_SYNONYMS,
)
from ...lang.en.numbers import (
    COUNTED_NOUN_ROLES,
    CURRENCY_NOUNS,
    GLUED_SCALE_PATTERN,
    GLUED_SCALES,
    IDENTIFIER_CHARS,
    IDENTIFIER_PATTERN,
    LEFT_FIGURE_CASE,
    LEFT_FIGURE_CHANGE_WORDS,
    LEFT_FIGURE_DETERMINERS,
    LEFT_FIGURE_REACH,
    NUMBER_JOINERS,
    NUMBER_PARTS,
    NUMBER_WORDS,
    PLACE_ENTITY_LABELS,
    QUALIFIERS,
    SCALE_WORDS,
    SIGN_ONLY_SCALES,
    TEXT2NUM_LANGUAGE,
)
from .types import NumberFact

_IDENTIFIER_RE = re.compile(IDENTIFIER_PATTERN)
_NUM_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


#: A figure with its scale glued on ("3.7million", "2bn"; "4m" and "50k" only after a currency sign,
#: where "m" cannot be metres)
_GLUED_SCALE_RE = re.compile(GLUED_SCALE_PATTERN, re.IGNORECASE)


_CURRENCY_SIGNS = frozenset(CURRENCY_NOUNS)


def _qualifier(doc: Document, i: int, lo: int) -> tuple[str, int]:
    """Normalised qualifier before token ``i`` (not before token ``lo``) and where it starts."""
    prev: list[tuple[str, str, int]] = []
    k = i - 1
    while k >= lo and len(prev) < 3:
        t = doc.tokens[k]
        if t.upos != "PUNCT":
            prev.insert(0, (t.text.lower(), t.lemma.lower(), k))
        k -= 1
    for words, norm in QUALIFIERS:
        n = len(words)
        if len(prev) >= n:
            tail = prev[-n:]
            if all(w == tx or w == lm for w, (tx, lm, _) in zip(words, tail, strict=True)):
                return norm, tail[0][2]
    return "", i


def _after_currency_sign(doc: Document, t: Token) -> bool:
    return t.i > 0 and doc.tokens[t.i - 1].text in _CURRENCY_SIGNS


def _token_value(doc: Document, t: Token) -> float | None:
    """The figure a token writes ("3,000", "twelve", "3.7million", "$4m"); None for none (or a year)."""
    txt = t.text
    if _NUM_RE.match(txt):
        if "," not in txt and len(txt) == 4 and 1800 <= int(float(txt)) <= 2100:
            return None  # a year
        return float(txt.replace(",", ""))
    if t.upos == "NUM" and txt.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[txt.lower()])
    if (g := _GLUED_SCALE_RE.match(txt)) is not None:
        scale = g.group(2).lower()
        if scale not in SIGN_ONLY_SCALES or _after_currency_sign(doc, t):
            return float(g.group(1)) * GLUED_SCALES[scale]
    return None


def _scaled(doc: Document, t: Token, value: float, hi: int) -> tuple[float, int]:
    """(value, last token) with a scale word after the figure ("3 million"; "$4 m" split in two)."""
    nxt = doc.tokens[t.i + 1].text.lower() if t.i + 1 < hi else ""
    if nxt in SCALE_WORDS:
        return value * SCALE_WORDS[nxt], t.i + 1
    if nxt in GLUED_SCALES and (nxt not in SIGN_ONLY_SCALES or _after_currency_sign(doc, t)):
        return value * GLUED_SCALES[nxt], t.i + 1  # "$4 m" split by the tokenizer: "4", "m"
    return value, t.i


def _counted_noun(doc: Document, t: Token, end_tok: int, hi: int) -> str | None:
    """What the figure counts: a currency, the noun it modifies, or the next noun before a verb."""
    head = doc.tokens[t.head]
    sign = doc.tokens[t.i - 1].text if t.i > 0 else ""
    noun = None
    if sign in CURRENCY_NOUNS:
        noun = CURRENCY_NOUNS[sign]  # "$4m", "€3.7 million": an amount of that currency
    elif t.deprel.startswith("nummod") and head.upos in {"NOUN", "PROPN"} and head.i != end_tok:
        noun = head.lemma.lower()
    else:
        for k in range(end_tok + 1, min(hi, end_tok + 5)):
            nt = doc.tokens[k]
            if nt.upos == "NOUN":
                noun = nt.lemma.lower()
                break
            if nt.upos in {"VERB", "AUX", "PUNCT", "ADP"} and nt.text != ",":
                break
    return NOUN_SYNONYMS.get(noun, noun) if noun is not None else None


def _said_of(doc: Document, t: Token) -> str | None:
    """The word the figure's counted noun (or the figure itself, standing for it: "25 were injured") is the
    subject or object of, as written in lower case: "17 people evacuated from the plane were injured" ->
    "injured" ("evacuated" only modifies "people"); None when it is neither."""
    noun = t
    if t.deprel.startswith("nummod") and t.head != t.i and doc.tokens[t.head].upos in {"NOUN", "PROPN"}:
        noun = doc.tokens[t.head]
    if noun.head == noun.i or not noun.deprel.startswith(COUNTED_NOUN_ROLES):
        return None
    return doc.tokens[noun.head].text.lower()


def _left_behind(doc: Document, first: int, lo: int) -> bool:
    """Rule ``figure_left_behind``: the figure starting at token ``first`` is one a count moved away from: "from"
    before it (a determiner may come between) and a word of change just before that ("the toll was revised down
    from 40", "52, up from 40", "rose from 40 to 52"). "Ranging from 3 to 20" is a range, not a change."""
    before = [t for t in doc.tokens[lo:first] if t.upos != "PUNCT"]
    if before and before[-1].text.lower() in LEFT_FIGURE_DETERMINERS:
        before.pop()
    if not before or before[-1].text.lower() != LEFT_FIGURE_CASE:
        return False
    near = before[-1 - LEFT_FIGURE_REACH : -1]
    return any(t.lemma.lower() in LEFT_FIGURE_CHANGE_WORDS or t.text.lower() in LEFT_FIGURE_CHANGE_WORDS for t in near)


def _number_parts(text: str) -> list[str] | None:
    """The number words of one token ("twenty-five" -> twenty, five), or None when it is not one."""
    parts = text.lower().split("-")
    return parts if all(p in NUMBER_PARTS for p in parts) else None


def read_spelled(words: list[str]) -> int | None:
    """A spelled-out number read whole by text2num ("twenty five thousand" -> 25000), or None."""
    try:
        from text_to_num import text2num
    except ImportError:  # the dependency is declared; a broken install only loses multi-word reading
        return None
    try:
        return int(text2num(" ".join(words), TEXT2NUM_LANGUAGE))
    except (ValueError, TypeError):
        return None


def spelled_numbers(doc: Document, toks: list[Token], hi: int) -> dict[int, tuple[float, int]]:
    """Spelled-out numbers of two or more words in ``toks``: first token index -> (value, last token index).

    A run of number words, with hyphens and "and" between them ("twenty-five thousand", "two hundred
    and fifty"), is read whole by text2num; a run it cannot read ("five and six") is left to the
    per-token reading, as is a single word ("twelve", "dozens")."""
    out: dict[int, tuple[float, int]] = {}
    inside: set[int] = set()
    for t in toks:
        first = _number_parts(t.text) if t.i not in inside else None
        if first is None:
            continue
        words, last, k = list(first), t.i, t.i + 1
        while k < hi:
            parts = _number_parts(doc.tokens[k].text)
            if parts is not None:
                words += parts
                last, k = k, k + 1
                continue
            joiner = doc.tokens[k].text.lower()
            if joiner in NUMBER_JOINERS and k + 1 < hi and _number_parts(doc.tokens[k + 1].text) is not None:
                if joiner != "-":
                    words.append(joiner)
                k += 1
                continue
            break
        if len(words) < 2:
            continue
        value = read_spelled(words)
        if value is not None:
            out[t.i] = (float(value), last)
            inside.update(range(t.i, last + 1))
    return out


def in_identifier(text: str, start: int, end: int) -> bool:
    """Rule ``identifier_is_no_figure``: the characters ``start``-``end`` of ``text`` lie inside a run of three or more
    digit groups joined by hyphens or dots (``IDENTIFIER_PATTERN``: "call 1-877-798-3752"), which no figure is."""
    lo, hi = start, end
    while lo > 0 and text[lo - 1] in IDENTIFIER_CHARS:
        lo -= 1
    while hi < len(text) and text[hi] in IDENTIFIER_CHARS:
        hi += 1
    return any(m.start() <= start and end <= m.end() for m in _IDENTIFIER_RE.finditer(text, lo, hi))


#: Entity labels of a name before a figure that leave the figure a figure: a place ("landed back in Portland 20 minutes
#: later") and a date or time ("Sunday 12 people"); the parser's labels.
_NOT_NAMING_LABELS = PLACE_ENTITY_LABELS | frozenset({"DATE", "TIME"})


def in_a_name(doc: Document, t: Token, lo: int) -> bool:
    """Rule ``a_figure_in_a_name_is_no_count``: the figure written right after a capitalised proper noun of its own
    phrase, with no mark between, is part of that name, a model or a number that names one thing ("the Boeing 737
    MAX 9 aircraft", "a Max 9 jet", "Falcon 9 rockets"), no count: "171 Boeing 737 MAX 9 aircraft" counts 171
    aircraft, not 737; so is a figure glued by a hyphen to such a figure ("its 65 Boeing 737-9 aircraft": 65). Not
    after a place or a date ("back in Portland 20 minutes later": twenty minutes), nor after a month or a weekday,
    whatever the parser labels it ("produced between November 13 and April 4"), nor after a currency ("Rs 50,000")."""
    if t.i <= lo:
        return False
    prev = doc.tokens[t.i - 1]
    if prev.text in NUMBER_JOINERS and t.i - 2 >= lo and prev.start == doc.tokens[t.i - 2].end and prev.end == t.start:
        return _NUM_RE.match(doc.tokens[t.i - 2].text) is not None and in_a_name(doc, doc.tokens[t.i - 2], lo)
    return (
        prev.upos == "PROPN"
        and prev.text[:1].isupper()
        and prev.ent not in _NOT_NAMING_LABELS
        and prev.text.lower().rstrip(".") not in CALENDAR_WORDS
        and prev.text not in CURRENCY_NOUNS
        and doc.text[prev.end : t.start].isspace()
    )


def _numbers(doc: Document, toks: list[Token], lo: int, hi: int) -> list[NumberFact]:
    out: list[NumberFact] = []
    spelled = spelled_numbers(doc, toks, hi)  # "twenty-five thousand": one figure, not 20 and 5,000
    inside = {k for a, (_v, b) in spelled.items() for k in range(a + 1, b + 1)}
    for t in toks:
        if t.ent in {"DATE", "TIME", "ORDINAL", "PERCENT"} or t.i in inside:
            continue
        if t.i in spelled:
            value, end_tok = spelled[t.i]
            counted = doc.tokens[end_tok]  # "thousand" in "twenty-five thousand people" modifies the noun
        else:
            read = _token_value(doc, t)
            if read is None or in_identifier(doc.text, t.start, t.end) or in_a_name(doc, t, lo):
                continue
            value, end_tok = _scaled(doc, t, read, hi)
            counted = t
        qual, qstart = _qualifier(doc, t.i, lo)
        noun = _counted_noun(doc, counted, end_tok, hi)
        text = doc.text[doc.tokens[qstart].start : doc.tokens[end_tok].end]
        said = _said_of(doc, counted)
        left = _left_behind(doc, qstart, lo)
        out.append(NumberFact(value=value, qualifier=qual, noun=noun, text=text, said=said, left_behind=left))
    return out
