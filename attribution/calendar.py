"""The calendar words' old address: they live in ``attribution/lang/en/calendar.py``."""

from __future__ import annotations

from .lang.en.calendar import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS"]
