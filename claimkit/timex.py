"""Time expressions: found with claimkit's own patterns, resolved against the article's date.

Patterns (offsets kept, one regex pass): explicit dates ("January 5, 2020", "5 Jan
2020", "2020-01-05", "1/5/2020"), months with or without a year ("in January", "March
2008"), weekdays ("on Saturday", "last Tuesday"), relative days ("today", "yesterday",
"tomorrow", "tonight"), relative periods ("last month", "this year", "next week",
"earlier this month", "two weeks ago"), years ("in 2019", "early 2009", "mid-2011"),
quarters ("the third quarter of 2009") and seasons.

Resolution is date arithmetic on the published date, kept at its granularity: "last
month" published 2020-10-12 → ``2020-09`` (month), "on Saturday" → ``2020-10-10``
(day; news reports what happened, so a bare weekday is the latest one on or before the
published date unless the sentence speaks of the future), "in January" → ``2020-01``.
Numeric dates ("9/17/16") are read month first, a two-digit year in the century that
puts the date in the past. Nothing is invented: without a published date,
relative expressions stay unresolved (``value`` None).

Not times: "may" the modal, "March" the verb at a sentence start, "We", "$2019", a
number of people, and a date standing alone on its line (the article's dateline, which
is metadata rather than a time the text talks about).

>>> [(t.span.text, t.value, t.granularity.value) for t in times(
...     "The group issued a statement on Saturday, after last month's threat.",
...     published="2020-10-12")]
[('on Saturday', '2020-10-10', 'day'), ('last month', '2020-09', 'month')]
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any

from claimkit.model import Granularity, Span, TimeExpression, _unchecked_maker
from claimkit.text import (
    analyze,
    finditer_words,
    literal_trie,
    lowered,
    within,
    word_pattern,
    word_scanner,
)

# builders of instances known to be valid (spans sliced from the text; see
# model._unchecked)
_new_span = _unchecked_maker(Span)
_new_time = _unchecked_maker(TimeExpression)

__all__ = ["times", "times_in"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
# White space between the words of a time phrase: bounded, so that no attempt at a
# position inside a long run of spaces reads the whole run.
_S = r"\s{1,10}"
# White space within a paragraph: at most one line break (what a rule reads after a time
# stops at a paragraph break, so that a paragraph added after changes nothing before it).
_G = r"(?:[ \t\xa0]{1,10}|[ \t\xa0]{0,10}(?:\r\n|\r|\n)[ \t\xa0]{0,10})"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:morning|afternoon|evening|night)"
_UNIT = r"(?:day|week|month|year|decade|quarter|weekend)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a\s{1,10}few|a\s{1,10}couple\s{1,10}of)"
)

# One alternation, longest forms first; each branch is a fixed sequence of bounded
# parts, so matching is linear in the text.
_TIMEX_SOURCE = rf"""(?<![\w$£€.,-])(?:
      (?P<mdy>{_MONTH}{_S}{_DAY},?{_S}{_YEAR})
    | (?P<dmy>{_DAY}{_S}{_MONTH},?{_S}{_YEAR})
    | (?P<iso>{_YEAR}-[01]\d-[0-3]\d)
    | (?P<num>[01]?\d/[0-3]?\d/(?:\d\d)?\d\d)
    | (?P<my>(?:(?:early|mid|late|the{_S}end{_S}of|the{_S}beginning{_S}of)[\s-]{{1,10}})?
        {_MONTH},?{_S}{_YEAR})
    | (?P<mrel>{_MONTH}{_S}of{_S}(?:this|last|next){_S}year)
    | (?P<part>the{_S}(?:beginning|start|end|middle|rest|first{_S}half|second{_S}half)
        {_S}of{_S}(?:the|this|last|next){_S}year
        |the{_S}(?:entire|whole){_S}year|the{_S}year{_S}(?:before|previous|earlier))
    | (?P<theday>(?:(?:late|early|later|earlier){_S}in{_S})?the{_S}(?:same{_S})?day
        (?!{_G}(?:after|before|of|when|that|he|she|they|it)\b))
    | (?P<short>(?<=\s)'\d\d)
    | (?P<md>{_MONTH}{_S}{_DAY}(?!\d))
    | (?P<dm>{_DAY}{_S}{_MONTH})
    | (?P<quarter>the{_S}(?:first|second|third|fourth|final|last){_S}quarter
        (?:{_S}of{_S}(?:{_YEAR}|this{_S}year|last{_S}year|next{_S}year))?)
    | (?P<ago>{_NUMBER}{_S}{_UNIT}s?{_S}ago)
    | (?P<rel>(?:(?:earlier|later){_S})?
        (?:this|last|next|the{_S}past|the{_S}previous|the{_S}coming|the{_S}next){_S}{_UNIT})
    | (?P<wday>(?:(?:last|next|this|on|early|late){_S})?{_WEEKDAY}(?:{_S}{_PART})?)
    | (?P<deictic>(?:earlier{_S}|later{_S})?(?:today|yesterday|tomorrow|tonight)
        |this{_S}{_PART}|last{_S}night)
    | (?P<season>(?:early|late|this|last|next|the){_S}{_SEASON}(?:{_S}(?:of{_S})?{_YEAR})?
        |{_SEASON}{_S}(?:of{_S})?{_YEAR}|(?:spring|summer|autumn|winter))
    | (?P<year>(?:(?:early|mid|late)[\s-]{{1,10}})?{_YEAR}(?:'s)?)
    | (?P<month>(?:(?:early|mid|late|last|next|this)[\s-]{{1,10}})?{_MONTH})
    )(?![\w-])"""
# What, shortly before a time, makes it a future one: "will meet on Monday", "is set to
# begin on Wednesday", "closed until Friday".
_FUTURE = re.compile(
    r"\b(?:will|'ll|’ll|shall|should|going\s{1,10}to|plans?\s{1,10}to|planned|scheduled|expected|"
    r"upcoming|next|would|set\s{1,10}to|due\s{1,10}to|is\s{1,10}to|are\s{1,10}to|until|till|begins?|"
    r"starts?|opens?)\b",
    re.IGNORECASE,
)
_CONTEXT = 80
# The kinds whose value depends on whether the clause speaks of the future: a month or
# a day written without a year, and a weekday (see _resolve). Only they read the clause.
_TENSED_KINDS = frozenset({"md", "dm", "month", "wday"})
# Words before a capitalized "May" or "March" that make it the month.
_MONTH_CUES = frozenset(
    "in on since until by last next early late mid this of during from through till "
    "before after".split()
)
# Capitalized words before a year that keep it a year, not part of a name ("In 2019 Trump").
_NOT_BEFORE_NAME = _MONTH_CUES | {"since", "to", "and", "through"}
_SEASONS = {"spring": 2, "summer": 3, "autumn": 4, "fall": 4, "winter": 1}


def parse_published(published: Any) -> dt.date | None:
    """Read ``published`` (a date, a datetime, an ISO string, or None).

    Raises:
        TypeError: another type.
        ValueError: a string that is not an ISO date.
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ValueError(
                f"published must be an ISO date like '2020-10-12', got {published!r}"
            ) from None
    raise TypeError(
        f"published must be a date, a datetime, an ISO date string or None, "
        f"got {type(published).__name__}"
    )


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _future(view: str, start: int, end: int) -> bool:
    """Whether the clause leading to a time speaks of the future (read backwards in the
    normalized view to the sentence start, at most ``_CONTEXT`` characters; in the view,
    any white space after a full stop is a space and any line end a line feed)."""
    lo = max(0, start - _CONTEXT)
    stop = max(view.rfind(". ", lo, start), view.rfind("\n", lo, start))
    return _FUTURE.search(view, stop + 1 if stop >= 0 else lo, start) is not None


def _year_for(month: int, day: int | None, ref: dt.date, future: bool) -> int:
    """The year of a month (and day) written without one: the nearest occurrence, in the
    past unless the sentence speaks of the future."""
    here = (month, day or 1)
    now = (ref.month, ref.day)
    if future:
        return ref.year if here >= (ref.month, 1) else ref.year + 1
    if here > now and month - ref.month >= 2:
        return ref.year - 1
    return ref.year


def _number(word: str) -> int:
    words = {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "several": 3,
        "a few": 3,
        "a couple of": 2,
    }
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else words.get(word, 1)


def _month_of(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _numeric_date(phrase: str, ref: dt.date) -> dt.date | None:
    """A numeric date read month first, as American news writes it ("9/17/2016"); a
    two-digit year in the latest century that puts the date on or before ``ref``
    ("9/17/16" → 2016-09-17 against 2020; "1/1/21" → 1921-01-01, as news reports what
    has happened). None for no such date ("13/5/2020", "2/30/2020"). This is
    dateparser's reading (MDY, dates from the past) where the month and day are valid;
    where they are not it guessed another order, and no time is better than a guess.
    A few integer operations: a text of thousands of distinct dates costs no more per
    character than news."""
    month, day, year = (int(p) for p in phrase.split("/"))
    two_digits = len(phrase.rsplit("/", 1)[1]) == 2
    if two_digits:
        year += ref.year // 100 * 100
    try:
        date = dt.date(year, month, day)
        if two_digits and date > ref:
            date = dt.date(year - 100, month, day)
    except ValueError:
        return None
    return date


# A value as _resolve writes it, in ASCII digits: a year, with a month and a day, a week
# or a quarter.
_VALUE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-[0-9]{2})?|-W([0-9]{2})|-Q[1-4])?", re.ASCII)


def _on_calendar(
    kind: str, phrase: str, ref: dt.date | None, future: bool
) -> tuple[str, Granularity] | None:
    """_resolve's value, or None where the time falls off the calendar (years 1 to
    9999): "1000000 days ago", "yesterday" against 0001-01-01, a count of 5,000 digits,
    an impossible date ("2021-02-29") or one written in other digits ("20٢٠")."""
    try:
        found = _resolve(kind, phrase, ref, future)
    except (OverflowError, ValueError):
        return None  # date arithmetic past the calendar, or a number too long to read
    if found is None:
        return None
    m = _VALUE.fullmatch(found[0])
    if m is None or m.group(1) == "0000":
        return None
    if found[1] is Granularity.DAY:
        try:
            dt.date.fromisoformat(found[0])
        except ValueError:
            return None
        return found
    month, week = m.group(2), m.group(3)
    if (month is not None and not 1 <= int(month) <= 12) or (
        week is not None and not 1 <= int(week) <= 53
    ):
        return None
    return found


def _resolve(
    kind: str, phrase: str, ref: dt.date | None, future: bool
) -> tuple[str, Granularity] | None:
    low = " ".join(phrase.lower().split())
    words = low.replace("-", " ").split()
    if kind == "iso":
        return low, Granularity.DAY
    if kind in ("mdy", "dmy"):
        month = next(_month_of(w) for w in words if w.rstrip(".,") in _MONTHS)
        day = int(re.search(r"\d+", low).group())  # type: ignore[union-attr]
        year = int(re.findall(r"\d{4}", low)[-1])
        try:
            return dt.date(year, month, day).isoformat(), Granularity.DAY
        except ValueError:
            return None
    if kind == "my":
        month = next(_month_of(w.rstrip(",")) for w in words if w.rstrip(".,") in _MONTHS)
        year = int(re.findall(r"\d{4}", low)[-1])
        return f"{year:04d}-{month:02d}", Granularity.MONTH
    if kind == "year":
        return re.findall(r"\d{4}", low)[0], Granularity.YEAR
    if ref is None:
        return None
    if kind == "num":
        d = _numeric_date(low, ref)
        return (d.isoformat(), Granularity.DAY) if d else None
    if kind in ("md", "dm"):
        month = next(_month_of(w) for w in words if w.rstrip(".,") in _MONTHS)
        day = int(re.search(r"\d+", low).group())  # type: ignore[union-attr]
        year = _year_for(month, day, ref, future)
        try:
            return dt.date(year, month, day).isoformat(), Granularity.DAY
        except ValueError:
            return None
    if kind == "mrel":
        month = _month_of(words[0])
        step = -1 if "last" in words else 1 if "next" in words else 0
        return f"{ref.year + step:04d}-{month:02d}", Granularity.MONTH
    if kind == "part":
        step = (
            -1
            if ("last" in words or "previous" in words or "before" in words or "earlier" in words)
            else 1
            if "next" in words
            else 0
        )
        return f"{ref.year + step:04d}", Granularity.YEAR
    if kind == "theday":
        return ref.isoformat(), Granularity.DAY
    if kind == "short":
        yy = int(low[1:])
        return f"{(1900 if yy > ref.year % 100 + 5 else 2000) + yy:04d}", Granularity.YEAR
    if kind == "month":
        month = _month_of(words[-1])
        if words[0] == "last":
            year = ref.year if month < ref.month else ref.year - 1
        elif words[0] == "next":
            year = ref.year if month > ref.month else ref.year + 1
        elif words[0] == "this":
            year = ref.year
        else:
            year = _year_for(month, None, ref, future)
        return f"{year:04d}-{month:02d}", Granularity.MONTH
    if kind == "deictic":
        if "yesterday" in low or low == "last night":
            return (ref - dt.timedelta(days=1)).isoformat(), Granularity.DAY
        if "tomorrow" in low:
            return (ref + dt.timedelta(days=1)).isoformat(), Granularity.DAY
        return ref.isoformat(), Granularity.DAY
    if kind == "wday":
        target = _WEEKDAYS[next(w for w in words if w in _WEEKDAYS)]
        delta = (ref.weekday() - target) % 7
        if words[0] == "next" or (future and words[0] != "last"):
            ahead = (target - ref.weekday()) % 7 or 7
            return (ref + dt.timedelta(days=ahead)).isoformat(), Granularity.DAY
        if words[0] == "last" and delta == 0:
            delta = 7
        return (ref - dt.timedelta(days=delta)).isoformat(), Granularity.DAY
    if kind == "ago":
        n = _number(" ".join(words[:-2]))
        unit = words[-2].rstrip("s")
        if unit == "day":
            return (ref - dt.timedelta(days=n)).isoformat(), Granularity.DAY
        if unit == "week":
            return (ref - dt.timedelta(weeks=n)).isoformat(), Granularity.DAY
        if unit == "month":
            y, m = _shift_month(ref, -n)
            return f"{y:04d}-{m:02d}", Granularity.MONTH
        if unit == "year":
            return f"{ref.year - n:04d}", Granularity.YEAR
        return None
    if kind == "rel":
        unit = words[-1]
        step = (
            -1
            if any(w in ("last", "past", "previous") for w in words)
            else (1 if any(w in ("next", "coming") for w in words) else 0)
        )
        if unit == "year":
            return f"{ref.year + step:04d}", Granularity.YEAR
        if unit == "month":
            y, m = _shift_month(ref, step)
            return f"{y:04d}-{m:02d}", Granularity.MONTH
        if unit in ("week", "weekend"):
            iso = (ref + dt.timedelta(weeks=step)).isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}", Granularity.WEEK
        if unit == "quarter":
            q = (ref.month - 1) // 3 + step
            y = ref.year + (q // 4)
            return f"{y:04d}-Q{q % 4 + 1}", Granularity.QUARTER
        if unit == "day":
            return (ref + dt.timedelta(days=step)).isoformat(), Granularity.DAY
        return None
    if kind == "quarter":
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}[words[1]]
        years = re.findall(r"\d{4}", low)
        year = (
            int(years[0])
            if years
            else ref.year + (-1 if "last year" in low else 1 if "next year" in low else 0)
        )
        return f"{year:04d}-Q{n}", Granularity.QUARTER
    if kind == "season":
        years = re.findall(r"\d{4}", low)
        year = (
            int(years[0])
            if years
            else ref.year - (1 if words[0] == "last" else 0) + (1 if words[0] == "next" else 0)
        )
        return f"{year:04d}", Granularity.YEAR
    return None


# Absolute dates, the kinds an article's dateline is written in.
_DATELINE_KINDS = frozenset({"mdy", "dmy", "iso", "num", "my", "md", "dm"})


def _dateline(view: str, start: int, end: int) -> bool:
    """Whether the match stands alone on its line (an article's dateline): only spaces,
    commas and full stops between it and the line's ends. Read outwards from the match
    and no further than those, not over the whole line: a text of one long line full of
    dates would cost the square of its length."""
    i = start
    while i > 0 and view[i - 1] in " ,.":
        i -= 1
    if i > 0 and view[i - 1] != "\n":
        return False
    j = end
    while j < len(view) and view[j] in " ,.":
        j += 1
    return j == len(view) or view[j] == "\n"


def _keep(text: str, kind: str, s: int, e: int, phrase: str) -> bool:
    if kind == "month":
        word = phrase.split()[-1]
        if word[:1].islower():
            return False  # "may", "march": not the month
        before = text[max(0, s - 20) : s].split()
        prev = before[-1].lower() if before else ""
        if word.rstrip(".").lower() in ("may", "march", "jan", "dec", "aug") or word.endswith("."):
            return prev in _MONTH_CUES or phrase != word
        return True
    if kind == "wday":
        before = text[max(0, s - 8) : s].split()
        if before and before[-1] in ("Black", "Cyber", "Super", "Bloody", "Ash", "Good"):
            return False  # "Black Monday": a named event
        return phrase.split()[-1][:1].isupper() or phrase.split()[0][:1].isupper()
    if kind == "year":
        # "2019 people", "in 2,019": a count; "Russell 2000 Index": a name
        after = text[e : e + 12]
        if re.match(_G + r"(?:people|percent|%|votes|troops|jobs|cases|of\b)", after):
            return False
        before = text[max(0, s - 20) : s].split()
        name_before = (
            bool(before) and before[-1][:1].isupper() and before[-1].lower() not in _NOT_BEFORE_NAME
        )
        return not (name_before and re.match(_G + "[A-Z]", after))
    if kind == "short":
        before = text[max(0, s - 8) : s].split()
        return bool(before) and before[-1].lower() in ("since", "in", "of", "from", "until", "by")
    if kind in ("md", "dm"):
        return any(w[:1].isupper() for w in phrase.split() if w.rstrip(".").lower() in _MONTHS)
    return True


# Where a time phrase can start: the first words of _TIMEX_SOURCE's branches. Trying the big
# pattern only there (instead of at every character) makes the scan several times faster
# and finds the same matches, since every match starts at one of these words. The words
# form a trie (text.literal_trie): an alternation of fifty words costs fifty tries a
# character. The commonest words ("the", "a", "on", numbers) open a time phrase only
# before one of a few words: looking at that word spares the big pattern most attempts.
# A word of the trie followed by a letter is the start of another word ("decided",
# "market", "lately"): no branch goes on with a letter after it. A time phrase starts a
# word, after none of the characters _TRIGGER_NOT_AFTER lists (those of _TIMEX_SOURCE's
# look-behind).
_TRIGGER_NOT_AFTER = r"\w$£€.,-"
_TRIGGER_WORDS = (
    r"\d|'(?=\d)|"
    + literal_trie(
        [
            *_MONTHS,
            *_WEEKDAYS,
            *_SEASONS,
            *"today yesterday tomorrow tonight this last next early earlier late later mid".split(),
        ]
    )
    + r"(?![a-z])"
    + r"|on\s{1,10}(?=monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    + r"|the\s{1,10}(?=beginning|start|end|middle|rest|first|second|third|fourth|final|last|"
    r"entire|whole|year|same|day|past|previous|coming|next|spring|summer|autumn|fall|winter)"
    + "|"
    + literal_trie(
        "a an one two three four five six seven eight nine ten eleven twelve several".split()
    )
    + r"\s{1,10}(?=few|couple|day|week|month|year|decade|quarter|weekend)"
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The trigger and time patterns, written in lower case for a lowered text (much
    faster than IGNORECASE; see text.lowered). Compiled on first use: the standard
    library compiles a pattern this big in pure Python, and importing claimkit must stay
    fast."""
    # the pattern's escapes and classes are lower case already; its group names are
    # kept (a test checks it finds what the pattern finds case-blind)
    timex = _TIMEX_SOURCE.lower().replace("(?p<", "(?P<")
    return word_pattern(_TRIGGER_NOT_AFTER, _TRIGGER_WORDS), re.compile(timex, re.VERBOSE)


@functools.cache
def _trigger_scanner() -> re.Pattern[str]:
    """The trigger pattern's scanner: the trigger is tried only where it stops, a third
    fewer instructions than trying it at every character (see text.finditer_words)."""
    return word_scanner(_TRIGGER_WORDS)


def _matches(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The matches of the time pattern starting in ``text[start:end]``, left to right and
    not overlapping, like ``finditer``: (branch name, start, end)."""
    out: list[tuple[str, int, int]] = []
    subject = lowered(text)
    trigger_pattern, timex = _patterns()
    pos = start
    triggers = finditer_words(trigger_pattern, _trigger_scanner(), subject, start, end)
    for trigger in triggers:
        at = trigger.start()
        if at < pos:
            continue
        m = timex.match(subject, at)
        if m is not None:
            pos = m.end()
            out.append((m.lastgroup or "", at, pos))
    return out


@functools.lru_cache(maxsize=16)
def _all(text: str, ref: dt.date | None) -> tuple[TimeExpression, ...]:
    return tuple(scan(text, ref, 0, len(text)))


# How far past a stretch scan() starts and ends (see text.scan_regions): longer than the
# longest phrase the time pattern can match (its gaps are bounded: about 80 characters; a test
# checks it), so the scan is in step with a scan of the whole text at the stretch.
MARGIN = 120


def scan(text: str, ref: dt.date | None, start: int, end: int) -> list[TimeExpression]:
    """The time expressions the scan of ``text[start:end]`` finds, resolved against
    ``ref``."""
    out: list[TimeExpression] = []
    view = analyze(text)[0]  # (made once per text)
    for kind, s, e in _matches(text, start, end):
        phrase = text[s:e]
        if not _keep(text, kind, s, e, phrase):
            continue
        if kind in _DATELINE_KINDS and _dateline(view, s, e):
            continue
        # (the clause is read only where the value depends on it: most times do not)
        future = ref is not None and kind in _TENSED_KINDS and _future(view, s, e)
        resolved = _on_calendar(kind, phrase, ref, future)
        value, gran = resolved if resolved is not None else (None, None)
        out.append(
            _new_time(
                span=_new_span(start=s, end=e, text=phrase),
                value=value,
                granularity=gran,
                reference=ref,
            )
        )
    return out


def times(
    text: str, *, published: dt.date | dt.datetime | str | None = None
) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``published``.

    Args:
        text: any text.
        published: the reference date (a date, a datetime or an ISO "YYYY-MM-DD" string);
            without it, only absolute dates ("March 2008") get a value.

    Returns:
        TimeExpression objects in text order: ``span``, ``value`` (ISO at its
        granularity: "2020", "2020-09", "2020-10-10", "2020-W41", "2020-Q3", or None),
        ``granularity`` and ``reference``.

    Raises:
        TypeError: ``text`` is not a str, or ``published`` of another type.
        ValueError: ``published`` is a string that is not an ISO date.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return list(_all(text, parse_published(published)))


def times_in(
    text: str, start: int, end: int, *, published: dt.date | None = None
) -> list[TimeExpression]:
    """The time expressions of ``text`` inside ``[start, end)`` (offsets into ``text``)."""
    return within(_all(text, published), *_bounds(text, published), start, end)


@functools.lru_cache(maxsize=16)
def _bounds(text: str, published: dt.date | None) -> tuple[list[int], list[int]]:
    found = _all(text, published)
    return [t.span.start for t in found], [t.span.end for t in found]
