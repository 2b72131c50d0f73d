"""English calendar words, shared by the stages that read dates: ingest (the publication date of a
page's header) and tracing (the day an event is said to have happened)."""

from __future__ import annotations

#: Weekdays, Monday first.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: English month names and their abbreviations -> month number.
MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}

#: Months and weekdays: a capitalised word that dates, never places.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)

# Patterns (regular-expression strings; the code that compiles them lives in attribution/ingest/).

#: A month in a wire dateline, abbreviated or whole, capitalised: "Dec. 27", "December 27", "Sept. 3".
DATELINE_MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A weekday, whole or abbreviated, read case-insensitively: "Tuesday", "Tue", "Thurs".
WEEKDAY_PATTERN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
#: The ordinal suffix of a day of the month: "1st", "22nd", "3rd", "27th".
ORDINAL_SUFFIX_PATTERN = r"(?:st|nd|rd|th)"
#: Labels of a page's publication date: "Published", "First published", "Posted", "Released".
PUBLISHED_LABEL_PATTERN = r"(?:first\s+)?(?:published|posted|created|released)"
#: Labels of a page's update date: "Updated", "Last updated", "Last modified", "Revised".
UPDATED_LABEL_PATTERN = r"(?:last\s+)?(?:updated|modified|edited|revised)"
#: Labels of a bare date at the very start of a stored or pasted page, before the headline on the same
#: line: "date 2024-05-15 Council delays hospital wing", "Dated: 2024-05-15 ...", "Published 2024-05-15 ...".
DATE_MARKER_LABEL_PATTERN = r"(?:dated?|" + PUBLISHED_LABEL_PATTERN + r"|" + UPDATED_LABEL_PATTERN + r")"
#: Words between a date's label and the date: "Published on 3 May 2025", "Updated at 10:15".
DATE_LABEL_JOINER_PATTERN = r"(?:on|at)"
#: A time of day after a date, with its zone: ", 17:40 BST", " at 5 p.m. ET", ", 10:00 GMT+1".
TIME_OF_DAY_PATTERN = (
    r"(?:[,\s]+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}|\s*(?:GMT|UTC)[+-]\d{1,2})?)?"
)
