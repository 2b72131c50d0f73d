"""The article's publication date, from the date lines of its header.

News pages print the date near the top, on a line of its own or as one part of a
masthead or byline line: "9 June 2025", "Tuesday 10 June 2025", "June 11, 2025",
"Updated 10 June 2025, 17:40 BST", "Example Report | 10 June 2025", "Posted by X | May 2,
2025 | News", "Published: 2025-06-11", "Published 6:12 p.m. ET May 20, 2025". Only such lines
count, never a date inside a story sentence ("The contract was awarded on 3 March 2025."): a
header part must be a date and nothing else but a label ("Published", "Updated"), a weekday,
a time and a time zone.

The date returned is the first publication date; an "Updated" / "Last modified" date is used only
when the header gives no other (a page's update time is later than its publication). Dates are
ISO "YYYY-MM-DD" (the form manifests use), without the time: downstream compares them as strings,
and a time on one page but not on another would order two pages of the same day by accident.
"""

from __future__ import annotations

import re
from datetime import date

from ..calendar import MONTHS
from ..doc import Block
from ..kinds import BlockKind
from ..lang.en.calendar import (
    DATE_LABEL_JOINER_PATTERN,
    DATE_MARKER_LABEL_PATTERN,
    ORDINAL_SUFFIX_PATTERN,
    PUBLISHED_LABEL_PATTERN,
    TIME_OF_DAY_PATTERN,
    UPDATED_LABEL_PATTERN,
    WEEKDAY_PATTERN,
)

#: Only the first this many non-blank lines of the text are the header.
HEADER_LINES = 10

#: Block kinds that may hold a header date line (never the story, the title or a caption).
DATE_LINE_KINDS = frozenset({BlockKind.HEADING, BlockKind.BOILERPLATE, BlockKind.BYLINE})

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = WEEKDAY_PATTERN + r"\.?,?\s+"
#: A time printed before the date: "Published: 09:14, 11 March 2025", "Published 6:12 p.m. ET May 20, 2025",
#: "Posted at 5:47 PM, May 21, 2025".
_LEADING_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?,?\s+"

#: One header part that is a date: an optional label, weekday, the date (day-month-year, month-day-year or
#: ISO), an optional time and zone, nothing else.
DATE_PART_RE = re.compile(
    # labels before a header date: the publication date's, and the update's (used only as a fallback)
    r"^(?:(?P<label>" + PUBLISHED_LABEL_PATTERN + r"|" + UPDATED_LABEL_PATTERN + r")\s*"
    + DATE_LABEL_JOINER_PATTERN
    + r"?\s*:?\s*)?"
    r"(?:" + _LEADING_TIME + r")?"
    r"(?:" + _WEEKDAY + r")?"
    r"(?:(?P<d1>\d{1,2})" + ORDINAL_SUFFIX_PATTERN + r"?\s+" + _MONTH.replace("month", "m1") + r",?\s+(?P<y1>\d{4})"
    r"|" + _MONTH.replace("month", "m2") + r"\s+(?P<d2>\d{1,2})" + ORDINAL_SUFFIX_PATTERN + r"?,?\s+(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)"
    + TIME_OF_DAY_PATTERN
    + r"\s*[.]?$",
    re.IGNORECASE,
)
#: Separators between the parts of a header line ("Example Report | 10 June 2025").
_PART_SEP_RE = re.compile(r"\s+[|•·]\s+|\s*\|\s*")
_UPDATED_RE = re.compile(UPDATED_LABEL_PATTERN, re.IGNORECASE)


def header_date(part: str) -> tuple[str, bool] | None:
    """(ISO date, is an update) when ``part`` is a header date, else None."""
    m = DATE_PART_RE.match(part.strip())
    if m is None:
        return None
    try:
        if m.group("y1"):
            d = date(int(m.group("y1")), MONTHS[m.group("m1").lower()], int(m.group("d1")))
        elif m.group("y2"):
            d = date(int(m.group("y2")), MONTHS[m.group("m2").lower()], int(m.group("d2")))
        else:
            d = date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
    except ValueError:  # "31 June 2025"
        return None
    label = m.group("label")
    return d.isoformat(), bool(label and _UPDATED_RE.fullmatch(label))


def is_date_line(line: str) -> bool:
    """True when every part of ``line`` is a header date ("Published: 09:14, 11 March 2025 | Updated: ...")."""
    parts = _PART_SEP_RE.split(" ".join(line.split()))
    return bool(parts) and all(header_date(p) is not None for p in parts)


def _header_end(text: str) -> int:
    """Offset where the header (the first HEADER_LINES non-blank lines) ends."""
    n = 0
    for m in re.finditer(r"[^\r\n]*\S[^\r\n]*", text):
        n += 1
        if n == HEADER_LINES:
            return m.end()
    return len(text)


#: The rule (``Block.reason``) of a date marker split off the start of the text's first line.
DATE_MARKER_REASON = "leading_date_marker"

#: A date at the very start of the text with more of the line after it: "date 2024-05-15 Council delays
#: hospital wing", "2024-05-15 Council ...", "Published: 15 May 2024 Council ...". An ISO date (day or month
#: precision) may stand without a label; a date spelled with a month's name needs one ("15 May 2024 was ..."
#: opens a sentence).
_LEADING_DATE_RE = re.compile(
    r"^\s*(?:(?P<label>" + DATE_MARKER_LABEL_PATTERN + r")\s*:?\s+)?"
    r"(?:(?P<y3>\d{4})-(?P<m3>\d{2})(?:-(?P<d3>\d{2}))?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<spelled>(?:(?P<d1>\d{1,2})" + ORDINAL_SUFFIX_PATTERN + r"?\s+" + _MONTH.replace("month", "m1")
    + r",?\s+(?P<y1>\d{4})|" + _MONTH.replace("month", "m2") + r"\s+(?P<d2>\d{1,2})" + ORDINAL_SUFFIX_PATTERN
    + r"?,\s+(?P<y2>\d{4}))))"
    r"(?=[ \t\u00a0]+\S)",
    re.IGNORECASE,
)


def leading_date_marker(line: str) -> tuple[int, str | None] | None:
    """(end of the marker in ``line``, its ISO day or None) when ``line`` opens with a date marker and goes on.

    The day is None for a month-precision marker ("date 2024-03 ..."). Calendar-invalid dates ("2024-13-40")
    are no marker: the line is left as it is.
    """
    m = _LEADING_DATE_RE.match(line)
    if m is None or (m.group("spelled") and not m.group("label")):
        return None
    try:
        if m.group("y1"):
            return m.end(), date(int(m.group("y1")), MONTHS[m.group("m1").lower()], int(m.group("d1"))).isoformat()
        if m.group("y2"):
            return m.end(), date(int(m.group("y2")), MONTHS[m.group("m2").lower()], int(m.group("d2"))).isoformat()
        if m.group("d3") is None:
            date(int(m.group("y3")), int(m.group("m3")), 1)
            return m.end(), None
        return m.end(), date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))).isoformat()
    except ValueError:
        return None


def published_date(text: str, blocks: list[Block]) -> str | None:
    """The first publication date the header prints (ISO "YYYY-MM-DD"), else the first update date, else None.

    A date marker split off the first line ("date 2024-05-15 Headline") is the publication date.
    """
    if blocks and blocks[0].reason == DATE_MARKER_REASON:
        marker = leading_date_marker(text[blocks[0].start :])
        if marker is not None and marker[1] is not None:
            return marker[1]
    end = _header_end(text)
    updated: str | None = None
    for b in blocks:
        if b.start >= end:
            break
        if b.kind not in DATE_LINE_KINDS:
            continue
        line = " ".join(text[b.start : b.end].split())
        for part in _PART_SEP_RE.split(line):
            found = header_date(part)
            if found is None:
                continue
            iso, is_update = found
            if not is_update:
                return iso
            updated = updated or iso
    return updated
