"""Hedges and boosters: "may", "allegedly", "about 50", "clearly", and their kinds.

Cues come from ``lexicon/hedges.tsv``, matched as whole words (longest first) in one
regex pass; each entry's ``rule`` says when the words are a hedge at all ("May" the
month, past-ability "could not", "talked about", "a thought" are not).

>>> [(h.span.text, h.kind.value) for h in hedges("They may be a front, officials clearly said.")]
[('may', 'modal'), ('clearly', 'booster')]
>>> is_uncertain("The truce holds.")
False
>>> is_uncertain("The truce might hold.")
True
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from claimkit.lexicon import LexiconError, load
from claimkit.model import Hedge, HedgeKind, Span
from claimkit.text import analyze, within

__all__ = ["hedges", "hedges_in", "is_uncertain"]

_RULES = frozenset({"-", "modal", "number", "subject", "predicate", "either"})


class _Entry(NamedTuple):
    kind: HedgeKind
    rule: str


@functools.cache
def _entries() -> dict[str, _Entry]:
    out: dict[str, _Entry] = {}
    for row in load("hedges"):
        if row["rule"] not in _RULES:
            raise LexiconError(f"hedges.tsv {row['cue']!r}: rule {row['rule']!r} unknown")
        try:
            kind = HedgeKind(row["kind"])
        except ValueError:
            raise LexiconError(f"hedges.tsv {row['cue']!r}: kind {row['kind']!r} unknown") from None
        out[row["cue"]] = _Entry(kind, row["rule"])
    return out


@functools.cache
def _pattern() -> re.Pattern[str]:
    cues = sorted(_entries(), key=len, reverse=True)
    alts = "|".join(r"\s{1,10}".join(map(re.escape, c.split())) for c in cues)
    return re.compile(rf"(?<![\w\-])(?:{alts})(?![\w'’\-])", re.IGNORECASE)


_WORD = re.compile(r"[^\W_][\w'’\-]*")
# "May" the month: before a day or a year, or after a preposition of time.
_MONTH_AFTER = re.compile(r"\s{1,10}(?:\d|of\b|and\s{1,10}June|or\s{1,10}June)")
_MONTH_BEFORE = frozenset(
    "in on since until by last next early late mid this of during from through till".split()
)
# Past ability or perception: "could not attend", "could see".
_ABILITY = re.compile(
    r"\s{1,10}(?:not|n't|never|hardly|barely|see|hear|feel|smell|taste|tell|remember)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\s{1,10}(?:\$|€|£)?(?:\d|a\s{1,10}(?:third|quarter|half|dozen|hundred|thousand|million|"
    r"billion|fifth|tenth)|half|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"dozens|hundreds|thousands|millions)",
    re.IGNORECASE,
)
_SUBJECTS = frozenset(
    """i you he she it we they who that which people many some others experts officials
    analysts critics some one i'd we'd i've""".split()
)
_PREDICATE_BEFORE = frozenset("is was be been being are were it's seems seemed 's not".split())
_REACH = 80


def _word_before(view: str, start: int) -> str:
    words = _WORD.findall(view, max(0, start - 30), start)
    return words[-1].lower() if words else ""


def _keep(view: str, m: re.Match[str], entry: _Entry) -> bool:
    rule = entry.rule
    s, e = m.span()
    if rule == "-":
        return True
    if rule == "modal":
        word = m.group()
        if word.lower() == "may":
            before = _word_before(view, s)
            if word == "May" and (before in _MONTH_BEFORE or _MONTH_AFTER.match(view, e)):
                return False
            # "May" inside a sentence is the month; opening one, the modal ("May I ask")
            return not (
                word == "May" and s > 0 and view[s - 2 : s].strip() not in ("", ".", "!", "?")
            )
        return _ABILITY.match(view, e) is None  # could
    if rule == "number":
        return _AMOUNT.match(view, e) is not None
    if rule == "subject":
        return _word_before(view, s) in _SUBJECTS
    if rule == "predicate":
        before = _word_before(view, s)
        return before in _PREDICATE_BEFORE or view[e : e + 6].lower().strip().startswith("that")
    if rule == "either":
        return re.search(r"\bor\b", view[e : e + _REACH], re.IGNORECASE) is not None
    return False


@functools.lru_cache(maxsize=16)
def _all(text: str) -> tuple[Hedge, ...]:
    view, _ = analyze(text)
    entries = _entries()
    out: list[Hedge] = []
    for m in _pattern().finditer(view):
        lemma = " ".join(m.group().lower().split())
        entry = entries[lemma]
        if _keep(view, m, entry):
            s, e = m.span()
            out.append(Hedge(Span(s, e, text[s:e]), entry.kind, lemma))
    return tuple(out)


def hedges(text: str) -> list[Hedge]:
    """Every hedge and booster in ``text``, with its kind and its span.

    Raises:
        TypeError: ``text`` is not a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return list(_all(text))


@functools.lru_cache(maxsize=16)
def _bounds(text: str) -> tuple[list[int], list[int]]:
    return [h.span.start for h in _all(text)], [h.span.end for h in _all(text)]


def hedges_in(text: str, start: int, end: int) -> list[Hedge]:
    """The hedges of ``text`` inside ``[start, end)`` (offsets into ``text``)."""
    return within(_all(text), *_bounds(text), start, end)


def is_uncertain(sentence: str) -> bool:
    """Whether a sentence holds a speculation cue (a hedge other than a booster or an
    approximator).

    Raises:
        TypeError: ``sentence`` is not a str.
    """
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a str, got {type(sentence).__name__}")
    return any(h.kind not in _NOT_SPECULATION for h in _all(sentence))


_NOT_SPECULATION = frozenset({HedgeKind.BOOSTER, HedgeKind.APPROXIMATOR})
