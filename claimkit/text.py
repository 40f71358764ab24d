"""Original text → a normalized view, paragraphs and sentences, all with original offsets.

The normalized view is built code point for code point: every character of the
original maps to exactly one character of the view (curly apostrophes become ``'``,
non-breaking and other odd spaces become a space, control characters a space, a
lone ``\\r`` a line break, a combining accent and an invisible character inside a
word a letter). So the offset map between the two is the identity, and
an offset found in the view is already an offset into the caller's string; nothing
is ever searched for again to learn where it was.

Sentences come from three signals: blank lines (paragraphs), lines that stand alone as
headings (no final punctuation, short, followed by a capitalized line: a hard-wrapped
article's section titles), and sentence-final punctuation that is not an abbreviation.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

import regex

__all__ = [
    "Sentence",
    "analyze",
    "finditer_lowered",
    "finditer_words",
    "literal_trie",
    "lowered",
    "merge_regions",
    "normalize",
    "scan_regions",
    "sentences",
    "within",
    "word_pattern",
    "word_scanner",
]

T = TypeVar("T")


# Invisible characters that may stand inside a word: zero-width space, non-joiner and
# joiner, word joiner, zero-width no-break space, soft hyphen. Between two letters
# ("Lo\u200bpez", "Pres\u00adident" as web pages carry them) they join the word, as
# the reader sees it; elsewhere they are spaces.
_JOINERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# The combining marks of Latin, Greek and Cyrillic text: a decomposed "é" is "e" and
# U+0301 (text in Unicode's form D, as some systems write it).
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# What a combining mark, or a joiner inside a word, is in the view: a letter with no
# case (U+01C0, LATIN LETTER DENTAL CLICK), so "Garci\u0301a" stays one word with the
# capital it opens with, and no lexicon word matches it.
_INNER_LETTER = "\u01c0"
_MARK = re.compile(f"[{_MARKS}]")


def _build_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for cp in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        if chr(cp) not in "\n\r":
            table[chr(cp)] = " "
    for ch in "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))):
        table[ch] = " "
    for ch in _JOINERS:
        table[ch] = " "  # a letter between two letters: see _replacement
    for ch in "\u2028\u2029\u0085":
        table[ch] = "\n"
    for ch in "\u2019\u2018\u02bc\u2032\u0060\u00b4":
        table[ch] = "'"
    # "\r\n" → " \n" and a lone "\r" → "\n": both keep the length
    table["\r\n"] = " \n"
    table["\r"] = "\n"
    return table


_TABLE = _build_table()
# What normalize replaces: one scan for the few odd characters news holds (str.translate
# with a table looks every character up, several times slower). The pattern opens with
# a character class, so the engine skips from odd character to odd character in a tight
# loop (opening with an alternation, "\r\n?|[...]", it would enter its matcher at every
# character); a line feed is taken after a carriage return only.
_ODD = re.compile(
    "["
    + "".join(f"\\U{ord(ch):08x}" for ch in sorted(_TABLE) if len(ch) == 1)
    + _MARKS
    + "](?:(?<=\r)\n)?"
)


def _replacement(m: re.Match[str]) -> str:
    ch = m.group()
    out = _TABLE.get(ch)
    text, at = m.string, m.start()
    if out is None:
        # a combining mark: part of the letter (or marks) before it; a space where none
        # stands ("\u0301Smith": the name still opens with its capital)
        prev = text[at - 1] if at > 0 else " "
        return _INNER_LETTER if prev.isalpha() or _MARK.match(prev) else " "
    if ch in _JOINERS and _between_letters(text, at):
        return _INNER_LETTER
    return out


def _between_letters(text: str, at: int) -> bool:
    """Whether the joiner at ``at`` stands between two letters, over at most three more
    joiners each side ("Lo\u200b\u200bpez"; a bounded look, so a run of joiners costs
    what its length does)."""
    before = at - 1
    while before >= 0 and at - before <= _JOINER_RUN and text[before] in _JOINERS:
        before -= 1
    after = at + 1
    while after < len(text) and after - at <= _JOINER_RUN and text[after] in _JOINERS:
        after += 1
    return before >= 0 and after < len(text) and text[before].isalpha() and text[after].isalpha()


_JOINER_RUN = 4


def normalize(text: str) -> str:
    r"""A same-length view of ``text`` that the rules read.

    >>> normalize("Kata\u2019ib\u00a0said\r\nthat\rit")
    "Kata'ib said \nthat\nit"
    >>> len(normalize("a\r\nb")) == len("a\r\nb")
    True

    A combining accent (text in Unicode's form D) and an invisible character between two
    letters are a letter without case, so the word stays whole:

    >>> normalize("Garci\u0301a Lo\u200bpez said\u200b so").replace(_INNER_LETTER, "+")
    'Garci+a Lo+pez said  so'
    """
    return _ODD.sub(_replacement, text)


class Sentence(NamedTuple):
    """A sentence's half-open offsets and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int
    heading: bool


# A paragraph break: a line break, optional spaces, another line break.
_PARAGRAPH = regex.compile(r"\n[ ]*\n\s*")
_LINE = regex.compile(r"\n")
# Sentence-final punctuation with closing quotes/brackets and white space; a sentence
# boundary when what follows can open a sentence (_opens_sentence). The standard
# engine skips from mark to mark; each quantifier is over a disjoint class: linear.
_BOUNDARY = re.compile(r"""[.!?…]([\"'”’»)\]]*)[ \n]+""")
# What a sentence can open with before its first letter or digit.
_OPENING_MARKS = frozenset("\"“'‘«([—-")
# A sentence opens with a capital, a digit, or a symbol such as an emoji.
_OPENING_CATEGORIES = frozenset({"Lu", "Nd", "Nl", "No", "So"})


def _opens_sentence(view: str, pos: int, end: int) -> bool:
    """Whether a sentence can start at ``pos`` (before ``end``): an opening quote or
    bracket at most, then a capital, a digit or a symbol."""
    if pos < end and view[pos] in _OPENING_MARKS:
        pos += 1
    if pos >= end:
        return False
    ch = view[pos]
    if ch.isascii():
        return ch.isupper() or ch.isdigit()
    return unicodedata.category(ch) in _OPENING_CATEGORIES


# The word right before a full stop (to tell abbreviations from sentence ends).
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.[\"'”’»)\]]*$")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gov sen rep reps sens st jr sr gen lt col capt sgt maj adm cmdr
    rev hon pres supt det insp atty messrs mmes fr no nos vs etc inc corp co ltd bros dept
    est approx fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
    thur thurs fri sat sun a.m p.m u.s u.k u.n e.u d.c n.y l.a i.e e.g al ft mt ave blvd
    calif conn fla ill mass mich minn penn tenn tex va wash wis ky md mo nev okla ore ariz
    colo ga ind kan la miss neb del vt wyo""".split()
)
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 30
# A line ending in one of these words goes on in the next line: not a heading.
_CONTINUES = frozenset(
    """a an the of to in on at by for from with and or but nor that which who whose as
    than its their his her our your my this these those into onto upon about after before
    over under between against during without within is are was were be been has have had
    will would can could should may might must not""".split()
)
_FINAL = frozenset(".!?:;…\"”’')]»—-,")


def _is_abbreviation(view: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(view, max(0, dot - 12), dot + 1)
    if m is None:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.")
    return len(word) == 1 or (len(word) <= 5 and "." in word)


def _lines_to_units(view: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Split one paragraph into runs of lines: headings stand alone, the rest join."""
    lines: list[tuple[int, int]] = []
    pos = start
    for m in _LINE.finditer(view, start, end):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, end))
    if len(lines) == 1:
        return [(start, end, False)]
    widths = sorted(b - a for a, b in lines)
    typical = widths[len(widths) // 2]
    units: list[tuple[int, int, bool]] = []
    run_start: int | None = None
    run_end = start
    prev_final = True  # the paragraph start behaves like after a full stop
    for i, (ls, le) in enumerate(lines):
        body = view[ls:le].strip()
        if not body:
            continue
        nxt = ""
        for k in range(i + 1, len(lines)):
            nxt = view[lines[k][0] : lines[k][1]].strip()
            if nxt:
                break
        words = body.count(" ") + 1
        first = start == 0 and not units and run_start is None
        limit = _TITLE_MAX_WORDS if first else _HEADING_MAX_WORDS
        last_word = body.rsplit(" ", 1)[-1].lower()
        heading = (
            prev_final
            and body[-1] not in _FINAL
            and words <= limit
            and (first or len(body) < 0.75 * typical)
            and last_word not in _CONTINUES
            and body.count("“") <= body.count("”")
            and bool(nxt)
            and (nxt[0].isupper() or nxt[0] in "\"“‘'«")
        )
        if heading:
            if run_start is not None:
                units.append((run_start, run_end, False))
                run_start = None
            units.append((ls, le, True))
            prev_final = True
            continue
        if run_start is None:
            run_start = ls
        run_end = le
        prev_final = body[-1] in ".!?…\"”'’"
    if run_start is not None:
        units.append((run_start, run_end, False))
    return units


def _trim(view: str, start: int, end: int) -> tuple[int, int]:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_starts(view: str) -> list[int]:
    """Where the paragraphs of a normalized view start: 0, and after each blank line
    (of any line end, see :func:`normalize`) and the white space after it.

    >>> paragraph_starts(normalize("One.\\r\\n\\r\\nTwo.\\u2029\\u2029 Three."))
    [0, 8, 15]
    """
    return [0, *(m.end() for m in _PARAGRAPH.finditer(view))]


def sentences(view: str) -> list[Sentence]:
    """The sentences of a normalized view (see :func:`normalize`), in order.

    >>> [normalize(t)[s.start:s.end] for t in ["Mr. Mohi said so. He left."]
    ...  for s in sentences(normalize(t))]
    ['Mr. Mohi said so.', 'He left.']
    """
    out: list[Sentence] = []
    para_start = 0
    paragraph = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(view)]
    bounds.append((len(view), len(view)))
    for p_end, next_start in bounds:
        ps, pe = _trim(view, para_start, p_end)
        if ps < pe:
            for us, ue, heading in _lines_to_units(view, ps, pe):
                us, ue = _trim(view, us, ue)
                if us >= ue:
                    continue
                if heading:
                    out.append(Sentence(us, ue, paragraph, True))
                    continue
                s = us
                for m in _BOUNDARY.finditer(view, us, ue):
                    if not _opens_sentence(view, m.end(), ue):
                        continue
                    dot = m.start()
                    if view[dot] == "." and _is_abbreviation(view, dot):
                        continue
                    a, b = _trim(view, s, m.end(1))
                    if a < b:
                        out.append(Sentence(a, b, paragraph, False))
                    s = m.end()
                a, b = _trim(view, s, ue)
                if a < b:
                    out.append(Sentence(a, b, paragraph, False))
            paragraph += 1
        para_start = next_start
    return out


@functools.lru_cache(maxsize=4)
def analyze(text: str) -> tuple[str, tuple[Sentence, ...]]:
    """The normalized view of ``text`` and its sentences, computed once per text.

    The pipeline and the standalone helpers (conditions, hedges) read the same text in
    turn; this cache lets them share the work.
    """
    view = normalize(text)
    return view, tuple(sentences(view))


def within(
    items: Sequence[T], starts: Sequence[int], ends: Sequence[int], start: int, end: int
) -> list[T]:
    """The items whose ``[starts[i], ends[i])`` lies inside ``[start, end)``.

    ``items`` are sorted by start; the search is a bisection, so looking up the items of
    each claim costs the number found, not the number of items in the text.
    """
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end, i)
    if i == j:
        return []
    if ends[j - 1] <= end and (j - i == 1 or max(ends[i:j]) <= end):
        return list(items[i:j])  # all of them, the common case: no per-item test
    return [items[k] for k in range(i, j) if ends[k] <= end]


def literal_trie(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so matching one position costs
    the length of the longest word, whatever the number of words (the standard
    library's engine tries an alternation's branches one by one).

    >>> literal_trie(["may", "march", "mar"])
    'ma(?:r(?:ch)?|y)'
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def scan_regions(
    scan: Callable[[int, int], list[T]],
    regions: Iterable[tuple[int, int]],
    margin: int,
    length: int,
) -> list[T]:
    """What ``scan(lo, hi)`` finds over the parts of a text that ``regions`` cover.

    Each region is widened by ``margin`` characters on both sides (more than the longest
    match and the context a match's pattern looks at), overlapping ones are merged, and
    each is scanned once, left to right; so the items lying inside a region are those a
    scan of the whole text finds there, in text order, and nothing is found twice. The
    enrichments read only the claims' stretches of a text this way, not all of it.

    >>> scan_regions(lambda lo, hi: [(lo, hi)], [(50, 60), (65, 70), (500, 510)], 10, 515)
    [(40, 80), (490, 515)]
    """
    out: list[T] = []
    for lo, hi in merge_regions(regions, margin, length):
        out.extend(scan(lo, hi))
    return out


def merge_regions(
    regions: Iterable[tuple[int, int]], margin: int, length: int
) -> list[tuple[int, int]]:
    """``regions`` widened by ``margin`` on both sides within ``[0, length]``, sorted,
    overlapping and touching ones merged. Merging first and widening after gives the
    same, so regions shared by several scans can be merged once with no margin.

    >>> merge_regions([(65, 70), (50, 60), (500, 510)], 0, 515)
    [(50, 60), (65, 70), (500, 510)]
    >>> merge_regions([(65, 70), (50, 60), (500, 510)], 5, 515)
    [(45, 75), (495, 515)]
    """
    merged: list[list[int]] = []
    for lo, hi in sorted(regions):
        lo, hi = max(0, lo - margin), min(length, hi + margin)
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


@functools.lru_cache(maxsize=16)
def lowered(view: str) -> str:
    """``view`` in lower case, character for character: same length, same offsets.

    Scanning it with a pattern written in lower case is several times faster than
    scanning ``view`` with ``re.IGNORECASE``, and a match's text is the key its lexicon
    is looked up by. No character lowers to nothing; one lowers to two code points, "İ"
    (to "i̇"): it is kept as it is, so it matches no letter of a lower-case pattern.

    >>> lowered("İSTANBUL, Said Mr. Öz")
    'İstanbul, said mr. öz'
    """
    low = view.lower()
    if len(low) != len(view):
        low = "İ".join(part.lower() for part in view.split("İ"))
    return low


def finditer_lowered(
    pattern: re.Pattern[str], view: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """Case-insensitive matches over ``view[start:end]`` of ``pattern``, written in lower
    case and compiled without flags, scanning the lowered view (see :func:`lowered`).

    Offsets are the view's; a match's text is in lower case, so callers read the
    original text from ``view`` at its offsets.
    """
    stop = len(view) if end is None else end
    return pattern.finditer(lowered(view), start, stop)


# A character no word of a lowered text goes on from: anything but an ASCII letter or
# digit, "_" and "-" (see word_scanner).
_AFTER_WORD = r"[^a-z0-9_\-]"


def word_pattern(not_after: str, rest: str, flags: int = 0) -> re.Pattern[str]:
    """``rest`` matched where a word starts: after none of the characters of the class
    ``not_after``, which holds at least ``\\w`` and ``-`` (written first and last).

    >>> [m.group() for m in word_pattern(r"\\w\\-", "may").finditer("dismay may -may")]
    ['may']
    """
    if not (not_after.startswith(r"\w") and not_after.endswith("-")):
        raise ValueError(f"a word's start is after no \\w nor -, got [{not_after}]")
    return re.compile(f"(?<![{not_after}])(?:{rest})", flags)


def word_scanner(rest: str, flags: int = 0) -> re.Pattern[str]:
    """The scanner :func:`finditer_words` runs for ``word_pattern(..., rest, flags)``:
    a character no word goes on from, before where ``rest`` matches.

    A pattern opening with a look-behind gives the standard engine nothing to skip
    along with: it enters its matcher at every character of the text, most of a scan's
    cost over prose. A pattern opening with a character class is skipped along in a
    tight loop, the matcher entered only at a space, a quote or another character of
    the class. The class is a superset of those the word pattern allows before a match
    (it leaves out no letter other than the ASCII ones): the word pattern checks its
    own look-behind where the scanner stops.
    """
    return re.compile(f"{_AFTER_WORD}(?=(?:{rest}))", flags)


def finditer_words(
    pattern: re.Pattern[str], scanner: re.Pattern[str], subject: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(subject, start, end)``, for a pattern made by
    :func:`word_pattern` and its :func:`word_scanner`: the same matches, found faster.

    ``pattern`` is tried only where a match can start (right after where the scanner
    stops, or at the text's start, which has nothing before it to stop at), left to
    right, and not inside the match before: where finditer finds its matches.

    >>> words = word_pattern(r"\\w\\-", "may(?:be)?")
    >>> scanner = word_scanner("may(?:be)?")
    >>> text = "maybe dismay, may -may"
    >>> [m.span() for m in finditer_words(words, scanner, text, 0, len(text))]
    [(0, 5), (14, 17)]
    """
    pos = start
    if start == 0:
        m = pattern.match(subject, 0, end)
        if m is not None:
            pos = m.end()
            yield m
    # (from the character before ``start``: a match at ``start`` follows it)
    for stop in scanner.finditer(subject, max(0, start - 1), end):
        at = stop.end()
        if at < pos:
            continue
        m = pattern.match(subject, at, end)
        if m is not None:
            pos = m.end()
            yield m
