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
