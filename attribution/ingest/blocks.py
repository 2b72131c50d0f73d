"""Split article text into paragraph blocks and say what each block is.

Only "body" and "bullet" blocks are parsed for claims downstream, so the job here
is to keep page furniture (share/login prompts, link lines, breadcrumbs, donation
appeals, photo captions, bylines) OUT of the body without ever swallowing story
text. Every rule is written for page furniture in general, never for one site's
wording; each rule has a name that ends up in ``Block.reason`` so a surprising
classification can be traced to the rule that fired.

Offsets index the ORIGINAL text: a block's bounds are its first and last
non-blank characters (whitespace, NBSP, zero-width characters and BOMs at the
bounds are not part of a block), and a bullet block starts after its marker.

All patterns are compiled once at import: classification of a 3 KB article is a
few hundred regex calls at most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Block
from ..kinds import BlockKind
from ..lang.en.calendar import DATELINE_MONTH_PATTERN
from ..lang.en.furniture import (
    APPEAL_HEADER_PATTERNS,
    APPEAL_VOICE_RE,
    BREADCRUMB_PATTERN,
    BYLINE_PATTERNS,
    CAPTION_PATTERNS,
    COLON_FIRST_PERSON_WORDS,
    COLON_PLACE_PREPOSITIONS,
    COLON_SPEAKER_VERB_FORMS,
    CREDIT_JOIN_WORDS,
    CREDIT_ROLE_WORDS,
    CREDIT_START_PATTERN,
    DESK_CREDIT_PATTERN,
    FURNITURE_PATTERNS,
    MASTHEAD_PART_PATTERN,
    NAME_LIST_SEPARATOR_PATTERN,
    NAV_SECTION_WORDS,
    POST_BYLINE_PATTERN,
    REFERENCE_LIST_GENERIC_NOUNS,
    REFERENCE_LIST_PATTERN,
    SECTION_NOUNS,
    SERVICE_ADVICE_PATTERN,
    SERVICE_QUESTION_PATTERN,
    SITE_NAME_JOINERS,
    SMALL_WORDS,
    SOURCE_CREDIT_LINE_PATTERN,
    UI_WORDS,
    WITH_CREDIT_PATTERN,
)
from ..lang.en.marks import APOSTROPHES, LEFT_GUILLEMET, SENTENCE_CLOSERS, STORY_OPENERS, WORD_EDGE_MARKS
from ..lang.en.places import PLACE_NAME_PARTICLE_PATTERN
from .dates import DATE_MARKER_REASON, is_date_line, leading_date_marker

# --------------------------------------------------------------------------
# Characters and limits
# --------------------------------------------------------------------------

#: Invisible characters that are stripped from block bounds (as whitespace is):
#: zero-width space/joiners, word joiner, BOM / zero-width no-break space.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")

#: Line separators. ``\r\n`` counts as one break.
_LINE_RE = re.compile(r"[^\r\n\u2028\u2029]+")

#: A paragraph line that ends like a sentence (possibly inside closing quotes or
#: brackets). Hard-wrapped lines that do NOT end like this and are followed by a
#: line starting in lowercase are one paragraph.
_SENTENCE_END_RE = re.compile(r"[.!?…:;][" + SENTENCE_CLOSERS + r")\]]*$")

#: A hard-wrapped line is close to the wrap width; a shorter line ended its paragraph
#: (so "s" followed by "lock icon", or a short sign-off followed by a widget label, stay apart).
WRAP_MIN_CHARS = 30

#: Sentence punctuation at the end of a line: titles and headings have none.
_FINAL_PUNCT_RE = re.compile(r"[.!?…;][" + SENTENCE_CLOSERS + r")\]]*$")

#: Breadcrumbs, UI-word lines and appeal headers are at most this many words.
SHORT_LINE_WORDS = 12
#: Titles and headings are short lines.
TITLE_MAX_WORDS = 25
HEADING_MAX_WORDS = 12

_WORD_RE = re.compile(r"[^\W_][\w" + APOSTROPHES + r".&-]*")

# --------------------------------------------------------------------------
# Bullets
# --------------------------------------------------------------------------

#: List-item markers at the start of a line: dash, asterisk, bullet glyphs, "1." / "1)".
#: The block starts after the marker so the item's text parses as a sentence.
BULLET_RE = re.compile(r"(?:[-*•‣◦▪●]|\d{1,2}[.)])[ \t\u00a0]+(?=\S)")

# --------------------------------------------------------------------------
# Boilerplate: page furniture and appeals
# --------------------------------------------------------------------------


#: Short paragraphs inside an appeal (buttons, "Remind me later.") stay in it.
APPEAL_SHORT_WORDS = 8


#: Breadcrumb trails: "Home > World > Asia" (the pattern: lang/en/furniture.py).
BREADCRUMB_RE = re.compile(BREADCRUMB_PATTERN, re.IGNORECASE)

UI_LINE_MAX_WORDS = 6

NAV_MIN_ITEMS = 3
#: A menu written with separators: four or more items of one to three capitalised words each, split by
#: "|", "·" or "•" ("News | Sport | Business | Opinion"). (A masthead has two parts; a blog byline holds
#: "by", a date and commas.)
_NAV_ITEM = r"[A-Z&][\w&" + APOSTROPHES + r"-]*(?:\s+[A-Z&][\w&" + APOSTROPHES + r"-]*){0,2}"
_NAV_PIPE_RE = re.compile(r"^(?:" + _NAV_ITEM + r"\s*[|·•]\s*){3,}" + _NAV_ITEM + r"$")
_UI_SPLIT_RE = re.compile(r"[\s\-_/|·•]+")

#: Lines of one or two characters ("s", "|", "•") are fragments of widgets.
FRAGMENT_MAX_CHARS = 2

# --------------------------------------------------------------------------
# Captions, bylines, datelines (their pattern tables: lang/en/furniture.py)
# --------------------------------------------------------------------------

BYLINE_MAX_WORDS = 12

#: Blog and CMS post bylines: "Posted by Example Pulse Staff | May 2, 2025 | Recalls, News | 3 comments"
#: (the pattern: lang/en/furniture.py). The metadata makes such lines longer than a plain byline.
POST_BYLINE_RE = re.compile(POST_BYLINE_PATTERN)
POST_BYLINE_MAX_WORDS = 30

CREDIT_MAX_WORDS = 60
_CREDIT_START_RE = re.compile(CREDIT_START_PATTERN, re.IGNORECASE)
_CREDIT_SPLIT_RE = re.compile(r"[\s;,/]+")
#: Newspaper credits of wire copy or colleagues' reporting that open with "with": "With a report from
#: Reuters". The names part must be names only (see _names_only), so "With reports from the ministry
#: showing a decline, the council ..." stays a sentence.
_WITH_CREDIT_RE = re.compile(WITH_CREDIT_PATTERN, re.IGNORECASE)

#: The page's own credit line: "Source: Example News and news agencies", "Sources: Example News,
#: agencies" (the publisher and the agencies it drew on; outlet.py reads the publisher from it).
#: A bare "Source: X" stays in the body: it may credit a chart, and extraction reads it as the
#: article's reference to X.
_SOURCE_LINE_RE = re.compile(SOURCE_CREDIT_LINE_PATTERN)
SOURCE_LINE_MAX_WORDS = 12

#: The article's list of references at its end: "Sources: AP, Bloomberg", "Source: Reuters",
#: "Sources: Reuters, company filings". Every piece of the list is a name (capitalised words) or a
#: generic kind of document (see REFERENCE_LIST_GENERIC_NOUNS); anything else ("Source: X, citing
#: hospital records.") is a sentence and stays in the body. Extraction reads the names as article
#: references; the line is never a claim.
_REFERENCE_LIST_RE = re.compile(REFERENCE_LIST_PATTERN)
REFERENCE_LIST_GENERIC_MAX_WORDS = 3
_REFERENCE_LIST_SEP_RE = re.compile(NAME_LIST_SEPARATOR_PATTERN)

#: Desk initials with the agencies the story drew on, at its end: "ab/cde (AP, dpa, Reuters)",
#: "xy (AFP, Reuters)". Lowercase initials (as in the desk_signoff rule), then a bracketed list of
#: short names without digits, at least one of them capitalised; extraction reads the names as
#: article references.
_DESK_CREDIT_RE = re.compile(DESK_CREDIT_PATTERN)

#: A word of a dateline's place: capitals ("WASHINGTON", "ST."), or a capitalised word ("Narok").
_CAPS_WORD = r"[A-Z]{2}[A-Z." + APOSTROPHES + r"-]*"
_PLACE_WORD = r"[A-Z][\w." + APOSTROPHES + r"-]*"
#: The place of a dateline: capitalised words ("WASHINGTON", "NEW YORK", "Mau Narok", "St. Louis",
#: "Rio de Janeiro"), then up to three comma-separated state/country parts ("Mau Narok, Kenya").
#: All-caps words and mixed-case words are separate alternatives so the two never overlap.
_DATELINE_PLACE = (
    r"(?:" + _CAPS_WORD + r"(?:\s+" + _CAPS_WORD + r")*"
    r"|[A-Z][a-z][\w." + APOSTROPHES + r"-]*"
    r"(?:\s+(?:" + PLACE_NAME_PARTICLE_PATTERN + r"\s+)?" + _PLACE_WORD + r"){0,3})"
    r"(?:,\s*" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,2}){0,3}"
)
#: The dash after a dateline: an em or en dash, or one or two hyphens. After a place the hyphen
#: needs a space before it, so a hyphenated word ("NAIROBI-based") is never read as one; after the
#: agency's closing bracket any dash will do.
_DATELINE_DASH = r"(?:\s*[—–]{1,2}|\s+-{1,2})\s*"
_AGENCY_DASH = r"\s*(?:[—–]{1,2}|-{1,2})\s*"
#: A dateline is followed by the story's first sentence: a capital, a digit or an opening quote.
#: (A lowercase word after the dash is an aside: "NATO — the alliance said — ...".)
_STORY_START = r"(?=[A-Z0-9" + STORY_OPENERS + r"(\[])"

#: A word of an agency's name in a dateline's brackets ("AP", "Example News").
_AGENCY_WORD = r"[A-Z][\w&." + APOSTROPHES + r"-]*"
#: Wire datelines at the start of the first story paragraph:
#: "Dec. 27 (UPI) — ", "(AFP) - ", "WASHINGTON (AP) — ", "KYIV, Ukraine, Dec. 27 (Reuters) - ",
#: "Mau Narok, Kenya (AFP) - ".
#: The agency is a parenthesised capitalised name of at most four words followed by a dash.
DATELINE_AGENCY_RE = re.compile(
    r"^(?:" + _DATELINE_PLACE + r",?\s+)?"
    r"(?:" + DATELINE_MONTH_PATTERN + r"\s+\d{1,2},?\s*)?"
    r"\((?P<agency>" + _AGENCY_WORD + r"(?:\s+" + _AGENCY_WORD + r"){0,3})\)" + _AGENCY_DASH + _STORY_START
)
#: Datelines are short: the patterns only look at this many leading characters.
DATELINE_MAX_CHARS = 160
#: Datelines without an agency: "SEOUL — ", "KYIV, Ukraine, Dec. 27 — ", "NAKURU - " (city in capitals:
#: a mixed-case word and a dash is too often an aside in a sentence).
DATELINE_CITY_RE = re.compile(
    r"^[A-Z]{3}[A-Z." + APOSTROPHES + r"-]*(?:\s+" + _CAPS_WORD + r")*"
    r"(?:,\s*" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,2}){0,3}"
    r"(?:,?\s+" + DATELINE_MONTH_PATTERN + r"\s+\d{1,2})?" + _DATELINE_DASH + r"(?=[A-Z" + STORY_OPENERS + r"])"
)
#: A dateline of a place and a colon ("New Delhi: The ...", "Padang: The ..."): one to three capitalised
#: words, then the story's first sentence. Only on the first story paragraph, and only before a long one:
#: a short "Name: words" line is a headline's speaker form.
COLON_DATELINE_RE = re.compile(r"^" + _PLACE_WORD + r"(?:\s+" + _PLACE_WORD + r"){0,2}:\s+(?=[A-Z])")
#: The paragraph after a colon dateline has at least this many words.
COLON_DATELINE_MIN_WORDS = 15


_LEAD_WORD_RE = re.compile(r"[^\W\d_]+")
_LEAD_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")


def _colon_dateline(s: str, text: str = "") -> re.Match[str] | None:
    """The colon dateline opening ``s`` when the rest of the paragraph is long enough to be the story's lead
    and its head is a place rather than a speaker (``text``: the whole article, where the head shows which)."""
    m = COLON_DATELINE_RE.match(s)
    if m is None or len(s[m.end() :].split()) < COLON_DATELINE_MIN_WORDS:
        return None
    head = s[: m.end()].rstrip().removesuffix(":").strip()
    if _colon_head_speaks(head, s[m.end() :], text) and not _colon_head_is_place(head, text):
        return None
    return m


def _colon_head_speaks(head: str, rest: str, text: str) -> bool:
    """Evidence that "Head: ..." gives a speaker's words: the rest opens with a quote mark, its first sentence
    is in the first person, or the head's last word stands next to a speech verb elsewhere in the article
    ("Zelensky said", "said Zelensky")."""
    if rest[:1] and rest[:1] in STORY_OPENERS + LEFT_GUILLEMET:
        return True
    end = _LEAD_SENTENCE_END_RE.search(rest)
    first = rest[: end.start()] if end else rest
    if any(w.lower() in COLON_FIRST_PERSON_WORDS for w in _LEAD_WORD_RE.findall(first)):
        return True
    last = re.escape(head.split()[-1])
    verbs = "|".join(COLON_SPEAKER_VERB_FORMS)
    return bool(
        text
        and re.search(r"\b" + last + r"\s+(?:" + verbs + r")\b|\b(?:" + verbs + r")\s+(?:\w+\s+)?" + last + r"\b", text)
    )


def _colon_head_is_place(head: str, text: str) -> bool:
    """The head is a country the shipped countries data knows, or the article puts something in it
    elsewhere ("in Padang", "near Bahanaga"; never "in Zelensky's")."""
    from ..resolve.aliases import default_aliases  # loaded only for a colon head that also looks like a speaker

    if default_aliases().country_name_of(head):
        return True
    preps = "|".join(COLON_PLACE_PREPOSITIONS)
    return bool(
        text and re.search(r"\b(?:" + preps + r")\s+" + re.escape(head) + r"\b(?![" + APOSTROPHES + r"'])", text)
    )


# --------------------------------------------------------------------------
# Mastheads and read-more lists
# --------------------------------------------------------------------------

#: Separators between the publication and its section in a masthead line.
_MASTHEAD_SPLIT_RE = re.compile(r"\s+[|•·]\s+")
#: One part of a masthead: a capitalised name of at most six words ("Horn Dispatch", "World News Desk").
_MASTHEAD_PART_RE = re.compile(MASTHEAD_PART_PATTERN)


def masthead_name(s: str) -> str | None:
    """The publication of a masthead line "Publication | Some Section Desk", else None.

    A masthead is two parts, capitalised names both, one of which ends in a section noun
    (desk, bureau, section, edition, newsroom); the other part is the publication. A line
    with no section part ("Kenya | Floods") is not one: which part would be the name is a guess.
    """
    parts = _MASTHEAD_SPLIT_RE.split(s.strip())
    if len(parts) != 2 or not all(_MASTHEAD_PART_RE.fullmatch(p) for p in parts):
        return None
    is_section = [p.split()[-1].lower() in SECTION_NOUNS for p in parts]
    if is_section == [False, True]:
        return parts[0]
    if is_section == [True, False]:
        return parts[1]
    return None


#: Headers of a list of links to other stories ("Read more", "Related:", "More on this story").
#: The header line alone: "Read more: Council approves budget" is a one-line link, no list follows.
_LIST_HEADER_REASONS = frozenset({"read_more", "related_content"})
_LIST_HEADER_RE = re.compile(r"^[^:]{1,40}:?$")
LIST_HEADER_MAX_WORDS = 5
#: A read-more list holds a few linked headlines: short lines without sentence punctuation.
READ_MORE_MAX_ITEMS = 6
HEADLINE_MAX_WORDS = 20


def _is_headline_like(s: str, n_words: int) -> bool:
    """A linked headline: short, one line, not ending like a sentence (a bare "?" is a headline's)."""
    if n_words > HEADLINE_MAX_WORDS or s.endswith((",", ":")):
        return False
    return not _FINAL_PUNCT_RE.search(s) or (s.endswith("?") and s[-2:-1].isalnum())


# --------------------------------------------------------------------------
# Service boxes
# --------------------------------------------------------------------------

#: Service boxes open with a question or label (SERVICE_QUESTION_PATTERN: "What to do", "What should
#: residents do?"): generic advice to the reader that the outlet adds to a story, no claim about the event.
#: The label alone on a short line ("What to do:", "How to stay safe"): the box's header.
_SERVICE_HEADER_RE = re.compile(r"^" + SERVICE_QUESTION_PATTERN + r"\s*[?:]?$", re.IGNORECASE)
#: A paragraph that opens with the question and then answers it ("What should residents do? Health
#: authorities advise anyone ..."). The question mark or colon is required: "What to do with the waste
#: remains unclear, officials said." is story.
_SERVICE_PARAGRAPH_RE = re.compile(r"^" + SERVICE_QUESTION_PATTERN + r"\s*[?:]\s+\S", re.IGNORECASE)
SERVICE_HEADER_MAX_WORDS = 10
#: Paragraphs of a service box speak to the reader or to anyone at all, or open with an imperative;
#: the first paragraph that does neither is the story again.
_SERVICE_ADVICE_RE = re.compile(SERVICE_ADVICE_PATTERN, re.IGNORECASE)
#: A service box is a handful of paragraphs or bullets at most.
SERVICE_BOX_MAX_ITEMS = 6


def _service_box_start(s: str, n_words: int) -> str | None:
    """Rule name when the paragraph opens a service box (its header, or its question and answer)."""
    if n_words <= SERVICE_HEADER_MAX_WORDS and _SERVICE_HEADER_RE.match(s):
        return "service_header"
    if _SERVICE_PARAGRAPH_RE.match(s):
        return "service_box"
    return None


# --------------------------------------------------------------------------
# Titles and headings
# --------------------------------------------------------------------------


class _RuleSet:
    """Named patterns, each compiled once. ``first(s)``: name of the first rule (in list order) that matches.

    (Kept as separate regexes on purpose: Python only skips straight to position 0 for a
    pattern that starts with ``^``; one big alternation is several times slower.)
    """

    def __init__(self, patterns: tuple[tuple[str, str], ...], flags: int = re.IGNORECASE) -> None:
        self.rules = [(name, re.compile(p, flags)) for name, p in patterns]

    def first(self, s: str) -> str | None:
        for name, rx in self.rules:
            if rx.search(s):
                return name
        return None


def _furniture_tiers() -> list[tuple[int, _RuleSet]]:
    """FURNITURE_PATTERNS grouped by word limit, smallest limit first."""
    limits = sorted({limit for _, _, limit in FURNITURE_PATTERNS})
    return [(lim, _RuleSet(tuple((n, p) for n, p, lm in FURNITURE_PATTERNS if lm == lim))) for lim in limits]


_APPEAL_HEADERS = _RuleSet(APPEAL_HEADER_PATTERNS)
_FURNITURE_TIERS = _furniture_tiers()
_CAPTIONS = _RuleSet(CAPTION_PATTERNS, 0)  # case matters for credits (capitalised names)
_BYLINES = _RuleSet(BYLINE_PATTERNS, 0)
_CREDIT_LINE_RE = re.compile(dict(BYLINE_PATTERNS)["credit_line"])


# --------------------------------------------------------------------------
# Splitting
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    start: int
    end: int
    text: str
    lines: int = 1


def _is_blank_char(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def _strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _is_blank_char(text[start]):
        start += 1
    while end > start and _is_blank_char(text[end - 1]):
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[_Para]:
    """Non-empty lines as paragraphs, hard-wrapped continuation lines joined."""
    paras: list[_Para] = []
    prev_line_end = -1  # end of the previous non-blank line's raw segment, -1 after a blank line
    prev_line_len = 0
    for m in _LINE_RE.finditer(text):
        s, e = _strip_bounds(text, m.start(), m.end())
        if s >= e:
            prev_line_end = -1  # a whitespace-only line is a paragraph break
            continue
        line = text[s:e]
        if (
            paras
            and prev_line_end >= 0
            and _single_break(text, prev_line_end, m.start())
            and line[0].islower()
            and prev_line_len >= WRAP_MIN_CHARS
            and not _SENTENCE_END_RE.search(paras[-1].text)
            and _furniture_reason(line, len(line.split())) is None
        ):
            last = paras[-1]
            last.end = e
            last.text = text[last.start : e]
            last.lines += 1
        else:
            paras.append(_Para(s, e, line))
        prev_line_end = m.end()
        prev_line_len = e - s
    return paras


def _single_break(text: str, a: int, b: int) -> bool:
    """True when text[a:b] is exactly one line break (no blank line between)."""
    gap = text[a:b]
    return gap in ("\n", "\r\n", "\r", "\u2028", "\u2029")


# --------------------------------------------------------------------------
# Classification
# --------------------------------------------------------------------------


def _words(s: str) -> list[str]:
    return _WORD_RE.findall(s)


def _is_ui_line(s: str) -> bool:
    parts = [p.strip(".,:;!?()[]{}" + WORD_EDGE_MARKS).lower() for p in _UI_SPLIT_RE.split(s)]
    parts = [p for p in parts if p]
    return 0 < len(parts) <= UI_LINE_MAX_WORDS and all(p in UI_WORDS for p in parts)


def _is_nav_line(s: str) -> bool:
    """A site's navigation menu: "News | Sport | Business | Opinion", "Home World Politics Sport"."""
    if _NAV_PIPE_RE.match(s):
        return True
    words = s.split()
    return len(words) >= NAV_MIN_ITEMS and all(w[0].isupper() and w.lower() in NAV_SECTION_WORDS for w in words)


def _is_title_case(s: str) -> bool:
    words = _words(s)
    if not words:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


#: A line made only of dates (a publication and an update time) is at most this many words.
DATE_LINE_MAX_WORDS = 30


def _furniture_reason(s: str, n_words: int) -> str | None:
    """Rule name when the line is page furniture (not an appeal header), else None."""
    if len(s) <= FRAGMENT_MAX_CHARS:
        return "fragment"
    for limit, rules in reversed(_FURNITURE_TIERS):
        if n_words > limit:
            break
        name = rules.first(s)
        if name:
            return name
    if n_words <= DATE_LINE_MAX_WORDS and is_date_line(s):
        return "timestamp"  # "Published 6:12 p.m. ET May 20, 2025 | Updated 8:40 p.m. ET May 20, 2025"
    if n_words <= SHORT_LINE_WORDS:
        if BREADCRUMB_RE.search(s):
            return "breadcrumb"
        if _is_ui_line(s):
            return "ui_words"
        if _is_nav_line(s):
            return "navigation"
    return None


#: An ellipsis that opens a paragraph continuing a widget's teaser ("… we have a small favour to ask").
_LEADING_ELLIPSIS_RE = re.compile(r"^(?:…|\.{3})\s*")
#: A long paragraph that opens with an appeal opener is the appeal itself when it talks to the
#: reader this many times ("we", "your support", "donate", "journalism").
APPEAL_VOICE_MIN_HITS = 3
_APPEAL_OPENER_RE = next(rx for name, rx in _APPEAL_HEADERS.rules if name == "appeal_opener")


def _appeal_header(s: str, n_words: int) -> str | None:
    """Appeal headers are short and are not sentences ("A note from the ministry said X." is story).

    A long paragraph counts only when it starts with a classic opener ("We have a small favour to
    ask. Millions of readers rely on ...") and speaks to the reader throughout.
    """
    s = _LEADING_ELLIPSIS_RE.sub("", s)
    if n_words > SHORT_LINE_WORDS:
        if _APPEAL_OPENER_RE.match(s) and len(APPEAL_VOICE_RE.findall(s)) >= APPEAL_VOICE_MIN_HITS:
            return "appeal_opener"
        return None
    name = _APPEAL_HEADERS.first(s)
    if name and name != "appeal_opener" and _FINAL_PUNCT_RE.search(s):
        return None
    return name


#: Byline reasons whose lines credit other reporting ("Additional reporting by Reuters",
#: "Source: Al Jazeera and news agencies"): kept as "credit" blocks so references are read from them.
CREDIT_REASONS = frozenset({"credit_line", "source_line", "desk_credit", "reference_list"})


def _names_only(s: str) -> bool:
    """True when every word of ``s`` is capitalised, a number, a role word or a joining word."""
    for tok in _CREDIT_SPLIT_RE.split(s):
        tok = tok.strip("()[].:" + WORD_EDGE_MARKS)
        if not tok:
            continue
        low = tok.lower()
        if low in CREDIT_ROLE_WORDS or low in CREDIT_JOIN_WORDS or tok[0].isupper() or tok[0].isdigit():
            continue
        if not tok.rsplit("-", 1)[-1][:1].isupper():  # "al-Hassan"
            return False
    return True


def _is_credit_line(s: str, n_words: int) -> bool:
    """A wire credit line: "(Reporting by A in Nairobi; Editing by B)"."""
    return n_words <= CREDIT_MAX_WORDS and _CREDIT_START_RE.match(s) is not None and _names_only(s)


def _is_with_credit(s: str, n_words: int) -> bool:
    """A newspaper's credit of other reporting: "With a report from Reuters", "(With reporting by A)"."""
    m = _WITH_CREDIT_RE.match(s) if n_words <= CREDIT_MAX_WORDS else None
    return m is not None and (m.group("names") is None or _names_only(m.group("names")))


def _is_source_line(s: str, n_words: int) -> bool:
    """The page's credit line: "Source: Example News and news agencies"."""
    m = _SOURCE_LINE_RE.match(s) if n_words <= SOURCE_LINE_MAX_WORDS else None
    return m is not None and _names_only(m.group("names"))


def _is_reference_list(s: str, n_words: int) -> bool:
    """The article's references: "Sources: AP, Bloomberg", "Sources: Reuters, company filings"."""
    m = _REFERENCE_LIST_RE.match(s) if n_words <= SOURCE_LINE_MAX_WORDS else None
    if m is None:
        return False
    for piece in _REFERENCE_LIST_SEP_RE.split(m.group("names")):
        words = piece.split()
        if not words:
            return False
        if _names_only(piece):
            continue
        lowercase_kind = (
            len(words) <= REFERENCE_LIST_GENERIC_MAX_WORDS
            and words[-1].lower() in REFERENCE_LIST_GENERIC_NOUNS
            and not any(w.endswith("ing") and w.lower() not in REFERENCE_LIST_GENERIC_NOUNS for w in words)
        )  # "citing hospital records" is a clause, "company filings" a kind of document
        if not lowercase_kind:
            return False
    return True


def _is_desk_credit(s: str) -> bool:
    """Desk initials and the agencies drawn on: "ab/cd (AP, dpa, Reuters)"."""
    m = _DESK_CREDIT_RE.match(s)
    if m is None:
        return False
    names = m.group("names")
    return any(c.isupper() for c in names) and not any(c.isdigit() for c in names)  # "see (Figure 2)"


def _byline_reason(s: str, n_words: int) -> str | None:
    if _is_desk_credit(s):
        return "desk_credit"
    if _is_credit_line(s, n_words) or _is_with_credit(s, n_words):
        return "credit_line"
    if _is_source_line(s, n_words):
        return "source_line"
    if _is_reference_list(s, n_words):
        return "reference_list"
    if n_words <= POST_BYLINE_MAX_WORDS and POST_BYLINE_RE.match(s):
        return "post_byline"
    if n_words > BYLINE_MAX_WORDS:
        # AP-style credits ("X contributed to this report.") may be a little longer
        return "credit_line" if n_words <= 30 and _CREDIT_LINE_RE.search(s) else None
    name = _BYLINES.first(s)
    if name == "by_name" and _FINAL_PUNCT_RE.search(s) and not s.endswith("]"):
        return None  # "By Friday, the troops had left." is a sentence, not a byline
    return name


@dataclass(slots=True)
class _Line:
    """One paragraph being classified: its span (after any bullet marker), its text there, its
    whitespace-normalised text and word count (of the whole paragraph) and what it is if it is content."""

    start: int
    end: int
    s: str
    norm: str
    n_words: int
    lines: int
    kind_if_content: str  # "body", or "bullet" after a bullet marker


def _line(text: str, para: _Para) -> _Line:
    """The paragraph ready to classify; a bulleted one's block starts after the marker."""
    start, end, s = para.start, para.end, para.text
    norm = " ".join(s.split())
    kind_if_content = "body"
    bm = BULLET_RE.match(s)
    if bm and bm.end() < len(s):
        start += bm.end()
        s = text[start:end]
        kind_if_content = "bullet"
    return _Line(start, end, s, norm, len(norm.split()), para.lines, kind_if_content)


def _is_short_line(line: _Line) -> bool:
    """A short one-line paragraph without sentence punctuation: a title or heading candidate."""
    return (
        line.kind_if_content == BlockKind.BODY
        and line.lines == 1
        and line.n_words <= TITLE_MAX_WORDS
        and not _FINAL_PUNCT_RE.search(line.s)
        and not line.s.endswith(",")
    )


def _tagged_reason(s: str, n_words: int, body_seen: bool) -> tuple[str, str | None]:
    """Furniture, bylines and credits, captions, and the publication's masthead above the story
    ("Example Post | Africa Desk"): the kind and the rule, or a None rule."""
    reason = _furniture_reason(s, n_words)
    kind = "boilerplate"
    if reason is None:
        reason = _byline_reason(s, n_words)
        # credit lines are parsed (they may name what the article draws on), never claims
        kind = "credit" if reason in CREDIT_REASONS else "byline"
    if reason is None:
        reason = _CAPTIONS.first(s)
        kind = "caption"
    if reason is None and not body_seen and masthead_name(s):
        kind, reason = "boilerplate", "masthead"
    return kind, reason


class _BlockClassifier:
    """Classifies paragraphs one after another, carrying what earlier paragraphs opened (a donation
    appeal, a service box, a read-more list, the title candidates) and the texts seen so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks: list[Block] = []
        # texts seen so far (whitespace-normalised) -> first kind, to catch repeated lines
        self.seen: dict[str, str] = {}
        self.in_appeal = False
        self.read_more_left = 0  # headline items still allowed in the current read-more list
        self.body_seen = False
        self.title_candidates: list[int] = []  # block indexes of short unpunctuated lines before any body
        self.site_name_skipped = False  # a site-name line above the headline was already set aside
        self.service_left = 0  # advice paragraphs still allowed in the current service box

    def mark(self, line: _Line, kind: str, reason: str) -> None:
        """The paragraph is a block of ``kind``; the first kind its text was seen as is kept."""
        self.blocks.append(Block(line.start, line.end, kind, reason))
        self.seen.setdefault(line.norm, kind)

    def add(self, line: _Line) -> None:
        """Classify the next paragraph."""
        if not self.blocks:
            line = self._split_date_marker(line)
        reason = self._appeal_reason(line) or self._service_reason(line)
        if reason:
            self.mark(line, "boilerplate", reason)
            return
        kind, tagged = _tagged_reason(line.s, line.n_words, self.body_seen)
        kind, tagged = self._read_more(line, kind, tagged)
        if tagged is None and line.norm in self.seen and line.n_words >= 3:
            kind, tagged = self._repeated(line)
        if tagged is not None:
            self.mark(line, kind, tagged)
            return
        if self._split_dateline(line):
            return
        if _is_short_line(line) and self._short_line(line):
            return
        self.mark(line, line.kind_if_content, "paragraph" if line.kind_if_content == BlockKind.BODY else "list_item")
        self.body_seen = True

    def _split_date_marker(self, line: _Line) -> _Line:
        """A date marker opening the text's first line ("date 2024-05-15 Council delays hospital wing")
        becomes its own block of page furniture; the rest of the paragraph (a headline, or the story's first
        sentence) is classified on its own. Returns the paragraph left to classify."""
        if line.kind_if_content != BlockKind.BODY:
            return line
        found = leading_date_marker(line.s)
        if found is None:
            return line
        ds, de = _strip_bounds(self.text, line.start, line.start + found[0])
        rs, re_ = _strip_bounds(self.text, line.start + found[0], line.end)
        if rs >= re_ or ds >= de:
            return line
        self.blocks.append(Block(ds, de, "boilerplate", DATE_MARKER_REASON))
        rest = self.text[rs:re_]
        norm = " ".join(rest.split())
        lines = line.lines - self.text.count("\n", line.start, rs)
        return _Line(rs, re_, rest, norm, len(norm.split()), max(lines, 1), line.kind_if_content)

    def _appeal_reason(self, line: _Line) -> str | None:
        """Inside a donation appeal a paragraph stays appeal while it talks to the reader; an appeal
        header opens one."""
        if self.in_appeal:
            if line.n_words <= APPEAL_SHORT_WORDS or APPEAL_VOICE_RE.search(line.s):
                return "appeal"
            self.in_appeal = False
        header = _appeal_header(line.s, line.n_words)
        if header:
            self.in_appeal = True
        return header

    def _service_reason(self, line: _Line) -> str | None:
        """Service boxes: generic advice to the reader under "What to do" (or opening with the question)."""
        if self.service_left:
            if _SERVICE_ADVICE_RE.search(line.s):
                self.service_left -= 1
                return "service_box"
            self.service_left = 0
        service = _service_box_start(line.s, line.n_words)
        if service:
            self.service_left = SERVICE_BOX_MAX_ITEMS
        return service

    def _read_more(self, line: _Line, kind: str, reason: str | None) -> tuple[str, str | None]:
        """Linked headlines under a "Read more" / "Related:" header; such a header opens a list."""
        if self.read_more_left and reason is None:
            if line.lines == 1 and _is_headline_like(line.s, line.n_words):
                kind, reason = "boilerplate", "read_more_item"
                self.read_more_left -= 1
            else:
                self.read_more_left = 0
        if reason in _LIST_HEADER_REASONS and line.n_words <= LIST_HEADER_MAX_WORDS and _LIST_HEADER_RE.match(line.s):
            self.read_more_left = READ_MORE_MAX_ITEMS
        return kind, reason

    def _repeated(self, line: _Line) -> tuple[str, str]:
        """A later verbatim copy of a title is a title, of anything else a caption."""
        tc = self.title_candidates
        if self.seen[line.norm] == "title" or (tc and line.norm == _norm(self.text, self.blocks[tc[0]])):
            return "title", "repeats_title"
        return "caption", "repeated_line"

    def _split_dateline(self, line: _Line) -> bool:
        """A wire dateline before the first story paragraph becomes its own block; True when split."""
        if self.body_seen or line.kind_if_content != BlockKind.BODY:
            return False
        head = line.s[:DATELINE_MAX_CHARS]
        dm = DATELINE_AGENCY_RE.match(head) or DATELINE_CITY_RE.match(head) or _colon_dateline(line.s, self.text)
        if not dm:
            return False
        d_end = line.start + dm.end()
        ds, de = _strip_bounds(self.text, line.start, d_end)
        bs, be = _strip_bounds(self.text, d_end, line.end)
        if bs >= be:
            return False
        self.blocks.append(Block(ds, de, "dateline", "wire_dateline"))
        self.blocks.append(Block(bs, be, "body", "dateline_paragraph"))
        self.body_seen = True
        self.seen.setdefault(line.norm, "body")
        return True

    def _short_line(self, line: _Line) -> bool:
        """A short unpunctuated line: the title, the headline below a site's name, a kicker before the
        story or a title-case heading; True when marked."""
        s, n_words = line.s, line.n_words
        pre_body = not self.body_seen and not s.endswith(":")
        if pre_body and not self.title_candidates:
            self.title_candidates.append(len(self.blocks))
            self.mark(line, "title", "first_short_line")
            return True
        if (
            pre_body
            and self.title_candidates
            and not self.site_name_skipped
            and _site_name_above(self.text, self.blocks, self.title_candidates[0], n_words)
        ):
            self._set_site_name_aside()
            self.mark(line, "title", "headline_below_site_name")
            return True
        if pre_body and self.title_candidates and n_words <= HEADING_MAX_WORDS:
            # kicker / sub-headline between the title and the story
            self.mark(line, "heading", "pre_body_short_line")
            return True
        if n_words <= HEADING_MAX_WORDS and _is_title_case(s):
            self.mark(line, "heading", "short_title_case_line")
            return True
        return False

    def _set_site_name_aside(self) -> None:
        """The "title" was the site's name above the headline ("Example News" / "Council delays hospital
        wing"): the name is page furniture, and the next block (the headline) the title candidate."""
        self.site_name_skipped = True
        ti = self.title_candidates[0]
        self.blocks[ti].kind, self.blocks[ti].reason = "boilerplate", "site_name"
        self.seen[_norm(self.text, self.blocks[ti])] = "boilerplate"
        self.title_candidates[0] = len(self.blocks)

    def finish(self) -> list[Block]:
        """The blocks; a title needs story text after it, otherwise the short first line is just a paragraph."""
        if not self.title_candidates:
            return self.blocks
        ti = self.title_candidates[0]
        if any(b.kind in (BlockKind.BODY, BlockKind.BULLET) for b in self.blocks[ti + 1 :]):
            return self.blocks
        self.blocks[ti].kind, self.blocks[ti].reason = "body", "paragraph"
        for b in self.blocks[ti + 1 :]:
            if b.reason == "repeats_title":
                b.kind, b.reason = "caption", "repeated_line"
            elif b.reason == "pre_body_short_line":
                b.kind, b.reason = "body", "paragraph"
        return self.blocks


def classify_blocks(text: str) -> list[Block]:
    """Paragraph blocks of ``text`` with a kind and the rule that decided it.

    Blocks are ordered, non-overlapping and satisfy ``text[b.start:b.end]`` ==
    the block's text with surrounding blanks removed.
    """
    classifier = _BlockClassifier(text)
    for para in _paragraphs(text):
        classifier.add(_line(text, para))
    return classifier.finish()


#: A site's name standing alone above the headline ("Example News", "WXYZ 9", "The Harbour Post") is at
#: most this many words, all capitalised (or joining words of names).
SITE_NAME_MAX_WORDS = 4


def _site_name_above(text: str, blocks: list[Block], ti: int, n_words: int) -> bool:
    """True when the title block ``ti`` is the site's name and a longer headline line follows it.

    The name line is short and made only of capitalised words, nothing but page furniture stands
    between it and the new line, and the page names itself with the same words elsewhere ("By Example
    News Digital", "Download the Example News app", "(c) Example News"): a short headline is rarely
    repeated word for word inside a longer line.
    """
    if any(b.kind != BlockKind.BOILERPLATE for b in blocks[ti + 1 :]):
        return False
    name = _norm(text, blocks[ti])
    words = name.split()
    if not 0 < len(words) <= SITE_NAME_MAX_WORDS or n_words <= len(words):
        return False
    if not all(w.lower() in SITE_NAME_JOINERS or w[0].isupper() or w[0].isdigit() for w in words):
        return False
    pattern = re.compile(r"(?<![\w.])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])")
    b = blocks[ti]
    return any(m.start() >= b.end or m.end() <= b.start for m in pattern.finditer(text))


def _norm(text: str, b: Block) -> str:
    return " ".join(text[b.start : b.end].split())


def block_text(text: str, block: Block) -> str:
    """The block's text with internal line breaks collapsed to single spaces."""
    return " ".join(text[block.start : block.end].split())
