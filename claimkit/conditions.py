"""Conditions: "if", "unless", "on the condition that", "in exchange for" and their clauses.

Markers come from ``lexicon/conditions.tsv`` with their kind and what must hold for the
words to be a condition at all (``needs``). The antecedent starts right after the marker
(and a "that" or "of" that belongs to it) and ends at the clause's end: the first comma,
semicolon, colon, dash or closing quote, or the sentence end, with trailing punctuation
trimmed.

>>> [(c.cue.text, c.kind.value, c.antecedent.text) for c in conditions(
...     "The factions will stop on the condition that the government provides a "
...     "timetable, officials said. They asked if it would hold.")]
[('on the condition that', 'proviso', 'the government provides a timetable')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from claimkit.lexicon import LexiconError, load
from claimkit.model import Condition, ConditionKind, Span, _unchecked_maker
from claimkit.text import (
    Sentence,
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
_new_condition = _unchecked_maker(Condition)

__all__ = ["conditions", "conditions_in"]


class _Marker(NamedTuple):
    kind: ConditionKind
    needs: str


_NEEDS = frozenset({"any", "if", "clause", "future", "object", "approval"})


@functools.cache
def _markers() -> dict[str, _Marker]:
    out: dict[str, _Marker] = {}
    for row in load("conditions"):
        if row["needs"] not in _NEEDS:
            raise LexiconError(f"conditions.tsv {row['cue']!r}: needs {row['needs']!r} unknown")
        try:
            kind = ConditionKind(row["kind"])
        except ValueError:
            raise LexiconError(
                f"conditions.tsv {row['cue']!r}: kind {row['kind']!r} unknown"
            ) from None
        out[row["cue"]] = _Marker(kind, row["needs"])
    return out


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """All markers as whole words, the longest that fits winning (white space between
    words may be any), in lower case, for a lowered text (text.lowered); and the pattern's
    scanner: the pattern is tried only where a word starts (text.finditer_words), in half
    the instructions of a scan that tries it at every character.

    The markers form a trie (a fifth faster than trying them one by one), whose greedy
    branches try a longer marker before its prefix ("in case of" before "in case").
    """
    trie = literal_trie(sorted(_markers())).replace(re.escape(" "), r"\s{1,10}")
    markers = rf"(?:{trie})(?![\w'\-])"
    return word_pattern(r"\w\-", markers), word_scanner(markers)


def _pattern() -> re.Pattern[str]:
    """The compiled marker pattern (see _patterns)."""
    return _patterns()[0]


_WORD = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d,.]*")
# Verbs after which "if" means "whether": "asked if", "wonder if", "see if".
_WHETHER = frozenset(
    """ask asks asked asking wonder wonders wondered wondering see sees saw seeing know
    knows knew check checks checked checking decide decides decided deciding determine
    determined unclear unsure uncertain clear doubt doubts doubted question questioned
    tell tells told learn learned find found matter matters care cares cared
    whether saying sure certain aware""".split()
)
# What follows "if" in an idiom or a speech act rather than a condition.
_IF_IDIOMS = frozenset("any anything not so only ever necessary possible".split())
_SPEECH_ACT = re.compile(
    r"\s{1,10}(?:i\s{1,10}(?:may|might|'m|’m|am)\b|you\s{1,10}(?:will|like|ask\s{1,10}me)\b|truth\s{1,10}be\s{1,10}told)",
    re.IGNORECASE,
)
_SUBJECTS = frozenset(
    """i you he she it we they there this that these those the a an his her their its our
    my your someone anyone everyone nobody no one all both each every any some""".split()
)
_FUTURE = re.compile(
    r"\b(?:will|would|won't|wo n't|can|could|should|shall|may|might|must|'ll|’ll|going to)\b",
    re.IGNORECASE,
)
_FORMERLY = frozenset("again more upon a an the before and".split())
_PRONOUNS = frozenset("i you he she it we they there".split())
_MODALS = frozenset("would could will should might may can must".split())
# Words before "provided"/"assuming" that make it a verb: "by providing", "after assuming".
_VERB_CONTEXT = frozenset(
    "by after before was is were are been be being has have had who which that not".split()
)
_IF_THING = re.compile(r"\s{1,10}there(?:'s|’s|\s{1,10}is)\s{1,10}one\s{1,10}thing", re.IGNORECASE)
_APPROVAL = re.compile(
    r"\s{1,10}(?:the\s{1,10})?(?:approval|review|confirmation|ratification|conditions?|consent|"
    r"change|verification|availability|a\s{1,10}vote|congressional|court)",
    re.IGNORECASE,
)
# Where an antecedent ends: punctuation that closes a clause, or a closing quote.
_CLAUSE_END = re.compile(r"[,;:—”]|\"(?=[\s,.;:!?])|\s-\s|--|\.\.\.|…")
_TRIM = " \t\n\"'“”‘’.,;:!?—–-)"
# How far around a marker its sentence is read (characters).
_REACH = 400


# "asked Smith if", "asked by reporters if": a question reported with its addressee.
# Searched in the 60 characters before "if" only (bounded: linear however many).
_ASKED = re.compile(r"\b(?:ask|asks|asked|asking)\b([^,;:.!?\n]{1,50})$", re.IGNORECASE)
# Words between "asked" and "if" that make "if" a condition again: "asked them to leave
# if", "asked for help if".
_NOT_ADDRESSEE = frozenset("to for that about".split())


def _asked_whom(view: str, start: int) -> bool:
    """Whether "if" at ``start`` follows "asked" and its addressee ("asked the minister
    if"), so it opens a reported question, not a condition."""
    m = _ASKED.search(view, max(0, start - 60), start)
    if m is None:
        return False
    words = m.group(1).lower().split()
    return 0 < len(words) <= 6 and not _NOT_ADDRESSEE.intersection(words)


def _words_before(view: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(view, max(0, start - 40), start)][-n:]


def _next_word(view: str, end: int, stop: int) -> tuple[str, int]:
    """The word right after ``end``, in lower case, and where it ends: ("", end) if
    anything but white space comes first, or nothing before ``stop`` (the sentence's
    end: what a next paragraph holds is no part of the marker's clause)."""
    m = _WORD.search(view, end, min(stop, end + 40))
    if m is None or view[end : m.start()].strip(" \n"):
        return "", end
    return m.group().lower(), m.end()


class _Futures:
    """Whether a modal or "going to" (_FUTURE) lies in a stretch of a scanned region.

    The markers that ask ("once", "until", "as soon as") ask of their sentence, up to
    _REACH characters each side, and a region of such markers would search the same
    stretch once per marker: the matches are found once, on the first question, and
    looked up by bisection."""

    __slots__ = ("ends", "hi", "lo", "starts", "view")

    def __init__(self, view: str, lo: int, hi: int) -> None:
        self.view, self.lo, self.hi = view, lo, hi
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def __call__(self, start: int, end: int) -> bool:
        """Whether ``_FUTURE.search(view, start, end)`` finds a match."""
        if self.starts is None:
            spans = [m.span() for m in _FUTURE.finditer(self.view, self.lo, self.hi)]
            self.starts = [a for a, _ in spans]
            self.ends = [b for _, b in spans]
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.ends[i] <= end:
            return True
        # a word cut at ``end`` ("can" of "canal") ends there as it would for the search
        return _FUTURE.search(self.view, max(start, end - 10), end) is not None


def _is_condition(
    view: str,
    cue: str,
    marker: _Marker,
    s: int,
    e: int,
    sent: tuple[int, int],
    future: Callable[[int, int], bool],
) -> bool:
    needs = marker.needs
    after, after_end = _next_word(view, e, sent[1])
    # the word after ends the sentence or a clause: "if any,", "if necessary" at the end
    closes = after_end >= sent[1] or view[after_end : after_end + 1] in ",.;:)!?"
    before = _words_before(view, s, 3)
    prev = before[-1] if before else ""
    if needs == "any":
        return True
    if needs == "if":
        objects = {"me", "him", "them", "us", "her", "you"}
        if (
            prev == "as"
            or prev in _WHETHER
            or (len(before) > 1 and before[-2] in _WHETHER and prev in objects)
            or _asked_whom(view, s)
        ):
            return False
        if after == "not" and not closes:
            return False  # "if not necessarily": concessive
        if after in _IF_IDIOMS and closes:
            return False  # "if any,", "if anything,"
        if _IF_THING.match(view, e):
            return False
        return _SPEECH_ACT.match(view, e) is None
    if needs == "clause":
        if not after:
            return False
        if cue in ("as long as", "so long as") and after[:1].isdigit():
            return False
        if cue == "otherwise":
            return (
                prev in ("", "or")
                or prev in _MODALS
                or view[max(0, s - 2) : s].strip() in (",", ";", "")
                or after in _SUBJECTS
            )
        if cue == "once":
            # "Once we have the information": a clause; "who once had", "once again": not
            if after in _PRONOUNS:
                return True
            return after in _SUBJECTS and (after not in _FORMERLY or future(*sent))
        if cue in ("provided", "providing", "assuming"):
            # "provided they leave"; not "provided the lift", "by providing that"
            return prev not in _VERB_CONTEXT and (after in _PRONOUNS or after == "that")
        return (
            after in _SUBJECTS
            or after == "that"
            or view[e : min(e + 2, sent[1])].strip()[:1].isupper()
        )
    if needs == "future":
        if cue == "once" and (after in _FORMERLY or prev in ("at", "than", "all", "for")):
            return False
        if not after or after in ("again", "more"):
            return False
        return future(*sent)
    if needs == "object":
        return bool(after)
    if needs == "approval":
        return _APPROVAL.match(view, e) is not None
    return False


def _antecedent(view: str, text: str, e: int, sent_end: int) -> Span | None:
    start = e
    m = re.match(r"\s{1,10}(?:that|of)\b", view[start : start + 6], re.IGNORECASE)
    if m is not None:
        start += m.end()
    while start < sent_end and view[start] in " \n":
        start += 1
    if start < sent_end and view[start] == ",":
        # "if, as I've suggested, he ...": skip the aside
        aside = view.find(",", start + 1, sent_end)
        if aside > 0:
            start = aside + 1
            while start < sent_end and view[start] in " \n":
                start += 1
    stop = _CLAUSE_END.search(view, start, sent_end)
    end = stop.start() if stop is not None and stop.start() > start else sent_end
    if stop is not None and stop.start() == start:
        # a quote opening the clause: "if “they participated ...”"
        nxt = _CLAUSE_END.search(view, start + 1, sent_end)
        end = nxt.start() if nxt is not None else sent_end
    while end > start and view[end - 1] in _TRIM:
        end -= 1
    if end <= start:
        return None
    return Span(start, end, text[start:end])


@functools.lru_cache(maxsize=16)
def _all(text: str) -> tuple[Condition, ...]:
    view, sents = analyze(text)
    return tuple(scan(text, view, sents, [s.start for s in sents], 0, len(view)))


# How far past a stretch scan() starts and ends (see text.scan_regions): longer than
# the longest marker with the widest gaps its pattern allows (48 characters; a test checks
# it), so a match before the stretch cannot reach into it and the scan is in step with a
# scan of the whole text when it gets there. The rules read their context from the view.
MARGIN = 60


def scan(
    text: str, view: str, sents: Sequence[Sentence], starts: list[int], start: int, end: int
) -> list[Condition]:
    """The conditions whose cues the scan of ``view[start:end]`` finds (``view`` and
    ``sents`` from text.analyze, ``starts`` the sentences' starts), spans from ``text``."""
    out: list[Condition] = []
    markers = _markers()
    # (every sentence stretch asked about lies within _REACH of a marker found here)
    future = _Futures(view, max(0, start - _REACH), min(len(view), end + _REACH))
    pattern, scanner = _patterns()
    for m in finditer_words(pattern, scanner, lowered(view), start, end):
        s, e = m.span()
        cue = " ".join(m.group().split())
        marker = markers[cue]
        i = bisect.bisect_right(starts, s) - 1
        sent = (sents[i].start, sents[i].end) if i >= 0 else (0, len(view))
        # look no further than a clause's reach, so a text without full stops stays linear
        sent = (max(sent[0], s - _REACH), min(sent[1], e + _REACH))
        if not _is_condition(view, cue, marker, s, e, sent, future):
            continue
        span = _new_span(start=s, end=e, text=text[s:e])
        antecedent = _antecedent(view, text, e, sent[1])
        out.append(_new_condition(cue=span, kind=marker.kind, antecedent=antecedent))
    return out


def conditions(text: str) -> list[Condition]:
    """Every condition in ``text``: its cue, kind and antecedent, offsets into ``text``.

    Args:
        text: any text.

    Returns:
        The conditions in text order.

    Raises:
        TypeError: ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return list(_all(text))


@functools.lru_cache(maxsize=16)
def _bounds(text: str) -> tuple[list[int], list[int]]:
    return [c.cue.start for c in _all(text)], [c.cue.end for c in _all(text)]


def conditions_in(text: str, start: int, end: int) -> list[Condition]:
    """The conditions of ``text`` whose cue lies inside ``[start, end)``."""
    return within(_all(text), *_bounds(text), start, end)
