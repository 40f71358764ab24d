"""Cue candidates: words of the cue lexicon (``lexicon/cues.tsv``) found in a text.

The lexicon lists lemmas; this module adds their inflections, indexes every form by
its first word, and finds the forms in a normalized view with one word scan (a dict
look-up per word, so the cost is linear in the text and independent of the lexicon's
size).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import regex

from claimkit.lexicon import LexiconError, load
from claimkit.text import literal_trie, lowered

__all__ = ["CueEntry", "CueHit", "entries", "find_cues", "inflections"]


class CueEntry(NamedTuple):
    """One lexicon entry: lemma, word class, stance and what must follow it."""

    lemma: str
    kind: str
    stance: str
    needs: str


class CueHit(NamedTuple):
    """A cue form found in the text."""

    start: int
    end: int
    entry: CueEntry


_KINDS = frozenset({"verb", "noun", "adjective", "preposition"})
_STANCES = frozenset(
    """neutral endorsing distancing negating belief directive doubt perception evaluative
    desire other not_claim""".split()
)
_NEEDS = frozenset({"any", "that", "to", "obj"})
_VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> set[str]:
    """The regular forms of a verb lemma (the first word inflects in a phrasal verb).

    >>> sorted(inflections("say"))
    ['say', 'sayed', 'saying', 'says']
    >>> sorted(inflections("point out"))
    ['point out', 'pointed out', 'pointing out', 'points out']
    """
    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    forms = {head}
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(head + "es")
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms.add(head[:-1] + "ies")
    else:
        forms.add(head + "s")
    if head.endswith("e"):
        forms.add(head + "d")
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms.add(head[:-1] + "ied")
    else:
        forms.add(head + "ed")
    if head.endswith("ie"):
        forms.add(head[:-2] + "ying")
    elif head.endswith("e") and not head.endswith(("ee", "ye", "oe")):
        forms.add(head[:-1] + "ing")
    else:
        forms.add(head + "ing")
    return {f + tail for f in forms}


@functools.cache
def entries() -> dict[tuple[str, ...], tuple[CueEntry, ...]]:
    """Every cue form (as a tuple of lower-case words) with the entries it can be.

    Raises:
        LexiconError: an entry has an unknown kind, stance or ``needs`` value.
    """
    table: dict[tuple[str, ...], list[CueEntry]] = {}
    for row in load("cues"):
        lemma, kind, stance, needs = row["lemma"], row["kind"], row["stance"], row["needs"]
        for field, value, allowed in (
            ("kind", kind, _KINDS),
            ("stance", stance, _STANCES),
            ("needs", needs, _NEEDS),
        ):
            if value not in allowed:
                raise LexiconError(f"cues.tsv entry {lemma!r}: {field} {value!r} is not known")
        entry = CueEntry(lemma, kind, stance, needs)
        listed = [f.strip() for f in row.get("forms", "").split(",") if f.strip()]
        if listed and listed[0].startswith("="):
            forms = {lemma, listed[0][1:], *listed[1:]}
        elif kind == "verb" and listed:
            # listed forms replace the regular past: "said", not "sayed"
            forms = {f for f in inflections(lemma) if not f.split()[0].endswith("ed")}
            forms |= set(listed)
        elif kind == "verb":
            forms = inflections(lemma)
        else:
            forms = {lemma, *listed}
        for form in forms:
            table.setdefault(tuple(form.lower().split()), []).append(entry)
    return {k: tuple(v) for k, v in table.items()}


@functools.cache
def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], tuple[CueEntry, ...]], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], tuple[CueEntry, ...]]]] = {}
    for words, found in entries().items():
        index.setdefault(words[0], []).append((words, found))
    # longest form first, so "call for" wins over "call"
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}


# A word: letters (with inner apostrophes or hyphens). Linear: one pass, no nesting
# of overlapping classes.
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['\-][\p{L}\p{M}]+)*")


def find_cues(view: str, start: int = 0, end: int | None = None) -> list[CueHit]:
    """Cue forms in ``view[start:end]``, each with every entry it may stand for.

    Multiword forms ("according to", "point out") are matched on the following words
    (separated by white space only); the longest form wins.

    >>> [(view[h.start:h.end], h.entry.stance) for view in ["He pointed out that it said so"]
    ...  for h in find_cues(view)]
    [('pointed out', 'endorsing'), ('said', 'neutral')]
    """
    if end is None:
        end = len(view)
    index = _by_first_word()
    hits: list[CueHit] = []
    skip_until = -1
    low = lowered(view)
    # only the words that can start a cue are visited: regex passes, no per-word work
    for at, stop in _first_word_spans(low, start, end):
        if at < skip_until:
            continue
        options = index.get(low[at:stop])
        if options is None:
            continue
        for form, found in options:
            if len(form) > 1:
                rest = _match_rest(view, stop, end, form[1:])
                if rest is None:
                    continue
                stop = skip_until = rest
            hits.extend([_new_hit((at, stop, entry)) for entry in found])
            break
    return hits


# builds a CueHit from a tuple with no Python-level call (CueHit(...) runs a generated
# __new__)
_new_hit = functools.partial(tuple.__new__, CueHit)


@functools.cache
def _first_words() -> re.Pattern[str]:
    """The words that can start a cue, as whole words, in lower case (for a lowered text:
    see text.lowered).

    Searched for as :func:`_first_word_spans` does, not with this pattern: it opens with
    a look-behind, which makes the standard engine enter its matcher at every character.
    """
    return re.compile(r"(?<![\w'\-])" + _first_word())


def _first_word() -> str:
    """A word that can start a cue (a look-ahead makes it whole at its end)."""
    return "(?:" + literal_trie(sorted(_by_first_word())) + r")(?![\w'\-])"


@functools.cache
def _first_word_scans() -> tuple[re.Pattern[str]]:
    """The pattern :func:`_first_word_spans` runs: a first word after any character no
    word goes on from (a space most often). One pattern, not one per kind of boundary:
    the standard engine compiles a pattern of the whole trie in pure Python (about 27 ms
    each, paid by the first ``extract`` of a process), and a scan opening with a class
    skips along as tightly as one opening with a literal space."""
    return (
        # opens with a class of ASCII characters; the look-behind then rules out the
        # other word characters (not "ésaid")
        re.compile(r"[^a-z0-9_'\-](?<!\w)(" + _first_word() + ")"),
    )


@functools.cache
def _longest_first_word() -> int:
    """A cue's longest first word, in characters (see _first_word_spans)."""
    return max(map(len, _by_first_word()))


def _first_word_spans(low: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""The spans of ``_first_words().finditer(low, start, end)``, in order, found faster.

    The look-behind holds at a position after the text's start or after a character not
    in ``[\w'\-]``: the scan reads that character (before ``start``, as a look-behind
    does), and the text's start is read as if a space stood before it. Matches cannot
    overlap, as a cue's first word holds only ASCII letters, none of which a match may
    follow (tests/test_lexicon.py checks it).
    """
    (scan,) = _first_word_scans()
    spans = [m.span(1) for m in scan.finditer(low, max(start - 1, 0), end)]
    if start == 0 and end > 0:
        # the text's first word: read with a space before it, and the character after
        # the longest first word (as the look-ahead reads it), no more
        head = " " + low[: min(end, _longest_first_word() + 1)]
        m = scan.match(head)
        if m is not None:
            spans.insert(0, (m.start(1) - 1, m.end(1) - 1))
    return spans


# The most white space (spaces and line breaks) between the words of a multiword form.
_MAX_GAP = 3


def _match_rest(view: str, pos: int, end: int, rest: tuple[str, ...]) -> int | None:
    """Where a multiword form ends if its remaining words follow ``pos``, else None."""
    for word in rest:
        # one to _MAX_GAP spaces or line breaks, as many as there are (what
        # ``[ \n]{1,3}`` matches), walked over: a regex call costs more than the walk
        gap = pos
        while gap < end and gap - pos < _MAX_GAP and view[gap] in " \n":
            gap += 1
        if gap == pos:
            return None
        pos = gap
        # most candidates fail here, before the word match: a word of the lexicon is
        # ASCII (a test checks it), so a text word lowering to it is as long as it is
        if view[pos : pos + len(word)].lower() != word:
            return None
        m = WORD.match(view, pos, end)
        if m is None or m.group().lower() != word:
            return None
        pos = m.end()
    return pos


def check() -> None:
    """Load the lexicon once, raising :class:`LexiconError` if it is malformed."""
    entries()
