"""Quotation-mark pairing: direct quotes, multi-paragraph quotes, unbalanced marks.

Marks are read from the ORIGINAL text (the normalized view folds curly single quotes
into apostrophes). Double quotes (straight, curly, guillemets) are paired in one pass
with a small state machine:

* an opening mark while a quote is open in the SAME paragraph means the earlier one was
  never closed: it is dropped and the new one opens (local recovery);
* a quote still open at a paragraph break continues only if the next paragraph starts
  with an opening mark (the news convention for quotes over several paragraphs);
  otherwise it is dropped;
* a closing mark with nothing open is ignored, unless it stands where an opening mark
  would (after a space or a line start, before a word): then it opens.

Single quotes (‘…’ and '…') are paired only inside one paragraph and only where the
marks cannot be apostrophes. Every mark is looked at once, so the cost is linear.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from claimkit.text import normalize, paragraph_starts

__all__ = ["Quote", "Quotes", "find_quotes"]


class Quote(NamedTuple):
    """A quotation: ``start`` is the opening mark, ``end`` is just past the closing one."""

    start: int
    end: int
    double: bool


# Double quote marks; two apostrophes in a row ('') stand for one (a newswire habit).
# (The standard engine, with a pattern that opens with a class: it skips from mark to
# mark in a tight loop. An apostrophe is taken only before another: ``''|["“”«»„]``.)
_DOUBLE = re.compile(r"['\"“”«»„](?:(?<=')'|(?<!'))")
# Single quote marks, but for one between two letters or digits ("it’s", "don't"): an
# apostrophe, which neither opens nor closes a quote, and most marks in news.
_SINGLE = re.compile(r"[‘’'](?:(?<=[^\W_][‘’'])(?![^\W_])|(?<![^\W_][‘’']))")
_OPENERS = frozenset("“«„")
_CLOSERS = frozenset("”»")


def _is_open_straight(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if after.isspace() or after in ".,;:!?)":
        return False
    return before.isspace() or before in "([{—–-/\u00a0" or i == 0


class Quotes:
    """The quotations of a text, with look-ups by position.

    Every look-up is by bisection, so a claim-dense text of many quotations costs no
    more per claim than news does. Double quotes do not overlap one another; a single
    quote may lie inside a double one."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.all = quotes
        self._all_starts = [q.start for q in quotes]
        # the least end of the quotes from each on (in order of start): whether any
        # lies inside a stretch is one look-up
        self._least_end = list(itertools.accumulate((q.end for q in reversed(quotes)), min))
        self._least_end.reverse()
        self.double = [q for q in quotes if q.double]
        self._starts = [q.start for q in self.double]
        self._ends = [q.end for q in self.double]
        # the characters the double quotes before each cover, marks included
        self._covered = [0, *itertools.accumulate(q.end - q.start for q in self.double)]

    def enclosing(self, pos: int) -> Quote | None:
        """The double quote whose marks enclose ``pos`` (``start <= pos < end``)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.double[i].end:
            return self.double[i]
        return None

    def any_inside(self, start: int, end: int) -> bool:
        """Whether a quote (double or single) lies entirely inside ``[start, end)``."""
        i = bisect.bisect_left(self._all_starts, start)
        return i < len(self.all) and self._least_end[i] <= end

    def double_covered(self, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` the double quotes lying entirely
        inside it cover, their marks included."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_right(self._ends, end)  # (ends are in order: no overlaps)
        return self._covered[j] - self._covered[i] if j > i else 0


def find_quotes(text: str, view: str | None = None) -> Quotes:
    """Pair the quotation marks of ``text``; its paragraphs are read from its normalized
    ``view`` (see text.normalize; made here if not given), so a blank line is one
    whatever its line ends (``\\r``, ``\\u2029``).

    >>> [text[q.start:q.end] for text in ["“One,” he said. “Two.”"]
    ...  for q in find_quotes(text).all]
    ['“One,”', '“Two.”']
    """
    if view is None:
        view = normalize(text)
    paras = paragraph_starts(view)
    out: list[Quote] = []
    open_at = -1
    open_para = -1
    for m in _DOUBLE.finditer(text):
        i = m.start()
        ch = m.group()
        para = bisect.bisect_right(paras, i) - 1
        if open_at >= 0 and para != open_para:
            # the quote ran past a paragraph break: it continues only if this mark
            # reopens it at the start of the very next paragraph (checked once per
            # paragraph, so the scan stays linear)
            at_para_start = para == open_para + 1 and not view[paras[para] : i].strip()
            if at_para_start and (ch in _OPENERS or ch in ('"', "''")):
                open_para = para
                continue
            open_at = -1
        straight = ch in ('"', "''")
        if ch in _OPENERS or (
            (straight or ch in _CLOSERS) and open_at < 0 and _is_open_straight(text, i, len(ch))
        ):
            # an earlier unclosed opener is dropped; a closing mark with nothing open
            # that stands where an opening one would ("\n”Mr. Trump embodies ...”") is
            # one typed the wrong way round
            open_at, open_para = i, para
        elif (ch in _CLOSERS or straight) and open_at >= 0:
            out.append(Quote(open_at, m.end(), True))
            open_at = -1
    out.extend(_single_quotes(text, paras))
    out.sort()
    return Quotes(out)


def _single_quotes(text: str, paras: list[int]) -> list[Quote]:
    out: list[Quote] = []
    open_at = -1
    open_para = -1
    for m in _SINGLE.finditer(text):
        i = m.start()
        if text[i : i + 2] == "''" or (i > 0 and text[i - 1 : i + 1] == "''"):
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        para = bisect.bisect_right(paras, i) - 1
        if open_at >= 0 and para != open_para:
            open_at = -1
        opening = (before.isspace() or before in '“"([—–-' or i == 0) and after.isalnum()
        closing = (not before.isspace()) and not after.isalnum()
        if opening and (m.group() != "’" or before in '“"'):
            open_at, open_para = i, para
        elif closing and open_at >= 0:
            if before in "sS" and m.group() == "'" and after == " ":
                # "dogs' bowls": a plural possessive, not a close
                continue
            out.append(Quote(open_at, i + 1, False))
            open_at = -1
    return out
