"""Time expressions: golden cases by pattern family, the traps, numeric dates."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import Granularity

PUBLISHED = "2020-10-12"  # a Monday

GOLDEN = [
    # explicit dates
    ("It began on January 5, 2020.", "January 5, 2020", "2020-01-05", "day"),
    ("It began on 5 January 2020.", "5 January 2020", "2020-01-05", "day"),
    ("It began on 2020-01-05.", "2020-01-05", "2020-01-05", "day"),
    ("It began on 1/5/2020.", "1/5/2020", "2020-01-05", "day"),
    ("It began in March 2008.", "March 2008", "2008-03", "month"),
    # months and days without a year
    ("The strike was in January.", "January", "2020-01", "month"),
    ("The vote was on June 18.", "June 18", "2020-06-18", "day"),
    ("It ended last December.", "last December", "2019-12", "month"),
    # weekdays: the latest one, unless the clause speaks of the future
    ("They issued a statement on Saturday.", "on Saturday", "2020-10-10", "day"),
    ("They will meet on Wednesday.", "on Wednesday", "2020-10-14", "day"),
    ("It happened last Tuesday.", "last Tuesday", "2020-10-06", "day"),
    # relative days and periods
    ("It happened yesterday.", "yesterday", "2020-10-11", "day"),
    ("It happens today.", "today", "2020-10-12", "day"),
    ("Washington's threat last month.", "last month", "2020-09", "month"),
    ("Sales rose this year.", "this year", "2020", "year"),
    ("Sales fell last year.", "last year", "2019", "year"),
    ("Sales will rise next year.", "next year", "2021", "year"),
    ("It happened two weeks ago.", "two weeks ago", "2020-09-28", "day"),
    ("It happened three years ago.", "three years ago", "2017", "year"),
    ("Talks resume next week.", "next week", "2020-W43", "week"),
    # years, quarters, seasons
    ("It was founded in 1998.", "1998", "1998", "year"),
    (
        "Growth slowed in the third quarter of 2019.",
        "the third quarter of 2019",
        "2019-Q3",
        "quarter",
    ),
    ("It opens in early 2021.", "early 2021", "2021", "year"),
    ("Prices rose since '82.", "'82", "1982", "year"),
]


@pytest.mark.parametrize(("text", "phrase", "value", "granularity"), GOLDEN)
def test_golden(text: str, phrase: str, value: str, granularity: str) -> None:
    found = claimkit.times(text, published=PUBLISHED)
    assert [(t.span.text, t.value, t.granularity) for t in found] == [
        (phrase, value, Granularity(granularity))
    ]
    assert found[0].reference == dt.date(2020, 10, 12)


@pytest.mark.parametrize(
    "text",
    [
        "We met them.",  # not Wednesday
        "It may rain.",  # the modal
        "They march on the capital.",  # the verb
        "It cost $2019.",  # money
        "2019 people signed.",  # a count
        "The Russell 2000 Index fell.",  # a name
        "A large fall in prices.",  # not the season
        "It was a Black Monday for markets.",  # a named event
        "March 12, 2020\n",  # a dateline standing alone on its line
    ],
)
def test_not_times(text: str) -> None:
    assert claimkit.times(text, published=PUBLISHED) == []


def test_no_date_invented_without_a_published_date() -> None:
    (t,) = claimkit.times("It happened last month.")
    assert t.value is None and t.granularity is None
    (t,) = claimkit.times("It happened in March 2008.")
    assert t.value == "2008-03"


def test_published_forms_and_errors() -> None:
    for published in (dt.date(2020, 10, 12), dt.datetime(2020, 10, 12, 9), "2020-10-12"):
        assert claimkit.times("yesterday", published=published)[0].value == "2020-10-11"
    with pytest.raises(ValueError, match="published"):
        claimkit.times("yesterday", published="12/10/2020")
    with pytest.raises(TypeError, match="published"):
        claimkit.times("yesterday", published=20201012)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        claimkit.times(b"today")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # date arithmetic past year 9999 or before year 1
        ("Lane said 1000000 days ago it held.", PUBLISHED),
        ("It ended 9999999999 weeks ago.", PUBLISHED),
        ("It ended 99999999999999999999 years ago.", PUBLISHED),
        ("It ended yesterday, last week and two days ago.", "0001-01-01"),
        ("It starts tomorrow or next week.", "9999-12-31"),
        # a count longer than Python reads as an int (4,300 digits)
        ("Lane said " + "1" * 5000 + " days ago.", PUBLISHED),
        # impossible dates, and a year in other digits
        ("It began on 2020-19-39 or 2021-02-29.", PUBLISHED),
        ("It began in 20٢٠.", PUBLISHED),
    ],
)
def test_a_time_off_the_calendar_has_no_value(text: str, published: str) -> None:
    found = claimkit.times(text, published=published)
    assert found and all(t.value is None for t in found)
    assert claimkit.extract(text, published=published).validate() is None


def test_values_at_the_ends_of_the_calendar() -> None:
    [t] = claimkit.times("It starts tomorrow.", published="9999-12-30")
    assert t.value == "9999-12-31"
    [t] = claimkit.times("It began on 2020-02-29.", published=PUBLISHED)
    assert t.value == "2020-02-29"


def test_spans_slice_the_original_text() -> None:
    text = "On\u00a0Saturday, in\r\nJanuary 2020 and last\nmonth"
    for t in claimkit.times(text, published=PUBLISHED):
        assert text[t.span.start : t.span.end] == t.span.text


@pytest.mark.parametrize(
    ("phrase", "published", "value"),
    [
        ("9/17/2016", PUBLISHED, "2016-09-17"),
        ("09/07/16", PUBLISHED, "2016-09-07"),
        # a two-digit year in the century that puts the date on or before the published one
        ("10/12/20", PUBLISHED, "2020-10-12"),
        ("10/13/20", PUBLISHED, "1920-10-13"),
        ("1/1/21", PUBLISHED, "1921-01-01"),
        ("1/1/99", "2005-06-01", "1999-01-01"),
        # month first, or no date: no other order is guessed
        ("13/5/2020", PUBLISHED, None),
        ("2/30/2020", PUBLISHED, None),
        ("1/32/05", PUBLISHED, None),
        ("2/29/00", PUBLISHED, "2000-02-29"),
    ],
)
def test_numeric_dates_read_month_first(phrase: str, published: str, value: str | None) -> None:
    [t] = claimkit.times(f"It began on {phrase} in the city.", published=published)
    assert (t.span.text, t.value) == (phrase, value)


def test_times_attach_to_the_claim() -> None:
    doc = claimkit.extract(
        "The group issued a statement on Saturday that it would stop the attacks.",
        published=PUBLISHED,
    )
    (claim,) = doc.claims
    assert [(t.span.text, t.value) for t in claim.times] == [("on Saturday", "2020-10-10")]


@pytest.mark.parametrize(
    "words",
    [
        "the fourth quarter of next year",
        "the second half of the year",
        "the beginning of September, 2020",
        "early summer of 2020",
        "September 30th, 2020",
        "late in the same day",
        "a couple of weeks ago",
    ],
)
def test_scan_margin_is_longer_than_the_widest_time(words: str) -> None:
    # the pipeline scans only claims' stretches, widened by MARGIN (text.scan_regions);
    # the longest forms, with the widest gaps the pattern allows, must fit in it
    from claimkit.timex import MARGIN

    phrase = (" " * 10).join(words.split())
    (found,) = claimkit.times(f"It was {phrase}.", published="2020-10-12")
    assert found.span.text == phrase
    assert len(phrase) < MARGIN


def test_the_lowered_pattern_finds_what_the_case_blind_one_finds() -> None:
    # times are matched on the lowered text, case-sensitively, for speed
    import re

    timex = importlib.import_module("claimkit.timex")
    source = timex._TIMEX_SOURCE.replace("(?P<", "")
    assert not re.search(r"\\[A-Z]|[A-Z]-[A-Z]", source)
    text = (
        "On MONDAY, Sept. 5, 2016, and late in the Same Day; the First Quarter of Next Year, "
        "'16, 9/17/16, 2016-09-17, early Spring of 2020, Three Weeks Ago, Last Night, "
        "Earlier Today, mid-2015, the Year Before, March of Last Year."
    )
    low = text.lower()
    assert len(low) == len(text)
    blind = re.compile(timex._TIMEX_SOURCE, re.VERBOSE | re.IGNORECASE)
    _, folded = timex._patterns()
    found = [(m.lastgroup, m.span()) for m in blind.finditer(text)]
    assert len(found) >= 14
    assert found == [(m.lastgroup, m.span()) for m in folded.finditer(low)]


@settings(max_examples=300)
@given(
    words=st.lists(
        st.sampled_from(
            "on the a few last this next early late later earlier mid may march dec sept "
            "monday mondays fall spring today lately decided market 2016 5 '16 9/17/16 of "
            "year week ago day same end in x".split()
        ),
        max_size=12,
    ),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "", "-", ".", ",", "'s "]), min_size=12),
)
def test_the_triggered_scan_finds_what_the_time_pattern_finds(
    words: list[str], gaps: list[str]
) -> None:
    # the big pattern is tried only where a trigger word starts (timex._matches)
    timex = importlib.import_module("claimkit.timex")
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    _, pattern = timex._patterns()
    expected = [(m.lastgroup, m.start(), m.end()) for m in pattern.finditer(text)]
    assert timex._matches(text, 0, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("March 3, 2019\nLane said it held.", True),
        ("Lane said it held.\n, March 3, 2019 .\nIt did.", True),
        ("March 3, 2019", True),
        ("Lane said on March 3, 2019\nthat it held.", False),
        ("Lane said it held.\nMarch 3, 2019 was cold.", False),
    ],
)
def test_a_date_alone_on_its_line_is_a_dateline(text: str, alone: bool) -> None:
    # (read outwards from the date over spaces, commas and full stops only: a whole-line
    # read per date made a long line of dates cost the square of its length)
    found = [t.span.text for t in claimkit.times(text, published=PUBLISHED)]
    assert found == ([] if alone else ["March 3, 2019"])


def test_only_the_tensed_kinds_read_the_clause() -> None:
    # the scan asks whether a clause speaks of the future only for the kinds whose value
    # depends on it (timex._TENSED_KINDS); every other kind must resolve alike either way
    timex = importlib.import_module("claimkit.timex")
    _, pattern = timex._patterns()
    texts = [text for text, *_ in GOLDEN] + [
        "June 18",
        "18 June",
        "January",
        "next Monday",
        "Saturday evening",
        "9/17/16",
        "the first quarter",
        "the end of next year",
        "late summer of 2019",
    ]
    kinds: set[str] = set()
    for published in (dt.date(2020, 10, 12), dt.date(2021, 1, 3), dt.date(2019, 12, 30)):
        for text in texts:
            for m in pattern.finditer(text.lower()):
                kind, found = m.lastgroup or "", text[m.start() : m.end()]
                kinds.add(kind)
                if kind not in timex._TENSED_KINDS:
                    past = timex._resolve(kind, found, published, False)
                    assert timex._resolve(kind, found, published, True) == past, found
    assert len(kinds - timex._TENSED_KINDS) >= 12, kinds
