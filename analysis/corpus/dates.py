"""Dates from metadata, read without guessing the order of day and month.

The rule (README, "What happens to bad input"):

* ``YYYY-MM-DD`` / ``YYYY.MM.DD`` / ``YYYY/MM/DD`` and ISO 8601 date-times: year, month, day.
* ``DD.MM.YYYY`` (dots: the Russian and continental form): always day first. A two-digit
  year (``12.05.21``) names no century: left empty.
* ``A/B/YYYY`` and ``A-B-YYYY``: when one of A, B is above 12 the order is certain. Otherwise
  the statement's country decides (month first for the USA and the few countries that write
  dates that way, day first for every other country); without a country, a known language
  other than English means day first; English without a country is ambiguous (the UK and
  the US disagree), so the date stays empty with the note ``date_ambiguous``.
* Dates with month names ("3 May 2021", "May 3, 2021") are read by ``python-dateutil``, and
  only when day, month and year are all written: nothing is filled in from today's date.

A value that is not a date (a number, a list, "yesterday", 2024-02-30) stays empty with the
note ``date_unparsed``. Dates are stored without a time zone, at the local time written.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
from dateutil import parser as dateutil_parser

# Countries (ISO 3166-1 alpha-3) that write numeric dates month first.
MONTH_FIRST_COUNTRIES = frozenset({"USA", "PHL", "FSM", "PLW", "MHL", "BLZ"})
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d")
_NS_MIN, _NS_MAX = pd.Timestamp("1678-01-01"), pd.Timestamp("2261-12-31")
_DEFAULTS = (dt.datetime(1, 1, 1), dt.datetime(2, 2, 2))  # a part missing from the text differs between the two


class DateProblem(ValueError):
    """Why a value gave no date; ``code`` is a LoadReport note code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def parse_date(value, *, country: str | None = None, language: str | None = None) -> pd.Timestamp:
    """The date ``value`` names, read by the rule in this module's docstring.

    ``country`` and ``language`` are the statement's, used only to order day and month in
    ``A/B/YYYY``. Raise DateProblem (``date_unparsed`` or ``date_ambiguous``) when there is
    no single date to store.
    """
    if isinstance(value, pd.Timestamp) or isinstance(value, dt.date):
        stamp = pd.Timestamp(value)
    elif isinstance(value, str):
        stamp = _parse_text(value.strip(), country, language)
    else:
        raise DateProblem("date_unparsed", f"date {str(value)[:40]!r} is of type {type(value).__name__}, "
                                           f"not a date: left empty")
    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    if not _NS_MIN <= stamp <= _NS_MAX:  # the schema stores datetime64[ns]
        raise DateProblem("date_unparsed", f"date {stamp.date()} is outside 1678–2261: left empty")
    return stamp


def _parse_text(text: str, country: str | None, language: str | None) -> pd.Timestamp:
    shown = repr(text[:40])
    numeric = _NUMERIC.search(text)
    try:
        if numeric and numeric.group(0) == text:
            first, separator, middle, last = numeric.groups()
            if len(first) == 4:
                return pd.Timestamp(year=int(first), month=int(middle), day=int(last))
            if len(last) != 4:
                raise DateProblem("date_unparsed", f"date {shown} has no four-digit year: left empty")
            day, month = _day_month(int(first), int(middle), separator, country, language, shown)
            return pd.Timestamp(year=int(last), month=month, day=day)
        if _ISO_DATETIME.match(text):
            return pd.Timestamp(dateutil_parser.isoparse(text))
        dayfirst = False
        if numeric and len(numeric.group(1)) < 4:  # "03/04/2020 10:00": order day and month by the same rule
            dayfirst = _day_month(int(numeric.group(1)), int(numeric.group(3)), numeric.group(2),
                                  country, language, shown)[0] == int(numeric.group(1))
        readings = {dateutil_parser.parse(text, default=default, dayfirst=dayfirst) for default in _DEFAULTS}
    except DateProblem:
        raise
    except (ValueError, OverflowError) as exc:
        raise DateProblem("date_unparsed", f"date {shown} is not a date ({exc}): left empty") from None
    if len(readings) != 1:
        raise DateProblem("date_unparsed", f"date {shown} lacks a day, month or year: left empty")
    return pd.Timestamp(readings.pop())


def _day_month(a: int, b: int, separator: str, country: str | None, language: str | None,
               shown: str) -> tuple[int, int]:
    """(day, month) of ``a<sep>b<sep>year``."""
    if separator == "." or a > 12:
        return a, b
    if b > 12 or a == b:
        return b, a
    if country:
        return (b, a) if country.upper() in MONTH_FIRST_COUNTRIES else (a, b)
    if language and language.lower() != "en":
        return a, b
    raise DateProblem("date_ambiguous", f"date {shown} could be day/month or month/day; give the statement a "
                                        f"country or language, or write YYYY-MM-DD: left empty")
