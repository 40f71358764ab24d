"""Hedges and boosters: "may", "allegedly", "about 50", "clearly", and their kinds.

Cues come from ``lexicon/hedges.tsv``, matched as whole words (longest first) in one
pass of one regex; each entry's ``rule`` says when the words are a hedge at all, from
the tokens next to them: "May" the month, past-ability "could not attend", "talked
about", "a thought" and "looks like a ball" are not hedges.

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
from collections.abc import Callable
from typing import Any, NamedTuple

import regex

from claimkit.lexicon import LexiconError, load
from claimkit.model import Hedge, HedgeKind, Span, _unchecked_maker
from claimkit.text import analyze, finditer_words, lowered, within, word_pattern, word_scanner

# builders of instances known to be valid (spans sliced from the text; see
# model._unchecked)
_new_span = _unchecked_maker(Span)
_new_hedge = _unchecked_maker(Hedge)

__all__ = ["hedges", "hedges_in", "is_uncertain"]

# Hedge kinds that do not make a sentence uncertain: boosters raise certainty, and
# approximators blur an amount without doubting the statement (speculation corpora
# such as SFU Review and BioScope do not annotate them).
_NOT_SPECULATION = frozenset({HedgeKind.BOOSTER, HedgeKind.APPROXIMATOR})


class _Entry(NamedTuple):
    kind: HedgeKind
    lemma: str
    rule: str


# --------------------------------------------------------------------------- tokens

# One token: a word (with inner apostrophes and hyphens: "it's", "so-called", "n't"), a
# clitic of tokenized text ("'s", "'re"), or one other non-space character. Each branch
# starts with a different class and its repeat is over one class: linear.
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\-]*|'\p{L}+|[^\s\p{L}\p{N}]")
# How far the rules look on either side of a cue (characters): bounded, so each cue
# costs a constant however long the text.
_REACH = 60
# The nearer stretch read first, characters (see _before).
_NEAR = 24


# A paragraph break: the rules read no context past it (what follows is another
# paragraph's, which may be appended or taken away without changing this one's hedges).
_PARAGRAPH_BREAK = re.compile(r"\n[ ]*\n")


def _before(view: str, start: int, n: int = 1) -> list[str]:
    """The last ``n`` tokens before ``start`` in its paragraph (lower case, nearest last).

    Tokenizes the bounded window before ``start`` forwards: a backward search would be
    quadratic on a run of apostrophes or hyphens with no letter to end it.
    """
    if not n:
        return []
    lo = max(0, start - _REACH)
    if view.find("\n", lo, start) >= 0:
        for m in _PARAGRAPH_BREAK.finditer(view, lo, start):
            lo = m.end()
    # most calls need a word or two: first the tokens after a space in the nearest
    # stretch (no token holds a space, so they are the tokens of the whole window)
    space = view.find(" ", max(lo, start - _NEAR), start)
    if space >= 0:
        tokens = _TOKEN.findall(view, space + 1, start)
        if len(tokens) >= n:
            return [t.lower() for t in tokens[-n:]]
    tokens = _TOKEN.findall(view, lo, start)
    return [t.lower() for t in tokens[-n:]]


def _after(view: str, end: int, n: int = 1) -> list[str]:
    """The first ``n`` tokens after ``end`` in its paragraph (lower case)."""
    stop = min(len(view), end + _REACH)
    if view.find("\n", end, stop) >= 0:
        brk = _PARAGRAPH_BREAK.search(view, end, stop)
        stop = brk.start() if brk is not None else stop
    out: list[str] = []
    for m in _TOKEN.finditer(view, end, stop):
        out.append(m.group().lower())
        if len(out) == n:
            break
    return out


def _first(tokens: list[str]) -> str:
    return tokens[0] if tokens else ""


def _last(tokens: list[str]) -> str:
    return tokens[-1] if tokens else ""


_BE = frozenset(
    """is are was were be been being am 's 're 'm it's that's there's what's isn't wasn't
    aren't weren't""".split()
)
# Words that open a noun phrase for sure ("a thought", "the can", "a must").
_ARTICLES = frozenset(
    """a an the my your his her its our their no any every each such another first
    second same""".split()
)
# Those and the words that open a noun phrase or a clause ("this kind of", "this can").
_DETERMINERS = _ARTICLES | frozenset("this that these those some what which whose one".split())
# Before "kind of", "sort of": a noun ("what kind of", "all sort of"), not an adaptor.
_NOT_BEFORE_ADAPTOR = _DETERMINERS | {"what", "all", "any"}
_NEGATIONS = frozenset("not n't never hardly barely no".split())
_SENTENCE_START = frozenset(". ! ? \" ' ( [ : ; — - “ ‘".split())
_PRONOUNS = frozenset(
    """i you he she it we they there this someone somebody nobody everyone everybody
    it's there's i'm you're he's she's we're they're i'd you'd he'd she'd we'd they'd
    i'll you'll he'll she'll we'll they'll""".split()
)

# "may": the month after a preposition of time, before a day, a year or "of".
_MONTH_BEFORE = frozenset(
    """in on since until by last next early late mid this of during from through till
    before after between""".split()
)
_MONTH_AFTER = regex.compile(r"[ ]{0,3}(?:\d|of\b|and\s{1,3}June|or\s{1,3}June|,\s{1,3}\d)")
# "could" then one of these: past ability or perception, not a possibility.
_PERCEPTION = frozenset(
    """see hear feel smell taste tell remember sense notice make afford find get stand
    believe""".split()
)
# "would" after one of these in its clause: the future of a past report ("said she
# would resign", "denied that she would", "rejected suggestions that she would").
_REPORT_PAST = frozenset(
    """said told announced promised pledged vowed added stated insisted confirmed declared
    warned explained wrote reported claimed argued agreed decided knew signaled
    signalled indicated acknowledged admitted denied rejected dismissed hinted assured
    threatened suggestions reports claims rumors assurances""".split()
)
_CLAUSE_BREAK = frozenset('. ! ? ; : , ( ) " “ ” —'.split())
# Tokens after an epistemic verb that show another sense ("think of", "believe in").
_NOT_EPISTEMIC_AFTER = frozenset(
    """of about in over through twice again back ahead up out highly much hard big
    outside alike better differently carefully straight deeply long for positive
    positively otherwise me""".split()
)
# Tokens after a verb that show it has no complement (the end of a clause).
_NO_COMPLEMENT = frozenset(". ? ! ) ;".split()) | {""}
# Tokens before a noun use of an epistemic word ("a thought", "on second thought").
_NOUN_BEFORE = _ARTICLES | frozenset("deep careful further serious little without".split())
# Tokens after "appear" that mean a physical appearance.
_PLACE_AFTER = frozenset(
    """in on at before onstage onscreen with from for alongside together live briefly
    . , ! ? ; : ) "
    """.split()
)
# Tokens after "potential" that show the noun ("the potential of", "great potential.").
_NOT_A_NOUN = (
    frozenset(
        """of for to and or in is was are were that which with at on as but by from than
    him her them it me us you""".split()
    )
    | _CLAUSE_BREAK
)
# An amount right after an approximator: a digit, a currency sign, or a number word.
_AMOUNT = regex.compile(
    r"[ ]{1,3}(?:[$€£]|\d|(?:a|an)[ ]{1,3}(?:third|quarter|half|dozen|hundred|thousand|"
    r"million|billion|fifth|tenth)\b|(?:half|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|dozens|hundreds|thousands|millions|billions)\b)",
    regex.IGNORECASE,
)
# An "or" ahead of "either".
_OR = regex.compile(r"\bor\b", regex.IGNORECASE)


# --------------------------------------------------------------------------- rules


def _always(view: str, s: int, e: int, cue: str) -> bool:
    return True


def _month(view: str, s: int, e: int, cue: str) -> bool:
    if cue.lower() != "may":
        return True
    before = _last(_before(view, s))
    if _MONTH_AFTER.match(view, e) or (cue != "may" and before in _MONTH_BEFORE):
        return False
    # a capitalized "May" inside a sentence is the month or a name, not the modal
    return not (cue == "May" and before and before not in _SENTENCE_START)


def _ability(view: str, s: int, e: int, cue: str) -> bool:
    after = _after(view, e, 3)
    negated = cue.lower().endswith("n't")
    if not negated and _first(after) in _NEGATIONS:
        negated = True
        after = after[1:]
    if after and after[0] in ("only", "just", "still", "even", "really", "easily"):
        after = after[1:]
    verb = _first(after)
    if negated:
        return verb in ("have", "'ve", "be")
    return verb not in _PERCEPTION


def _reported(view: str, s: int, e: int, cue: str) -> bool:
    for token in reversed(_before(view, s, 8)):
        if token in _CLAUSE_BREAK:
            return True
        if token in _REPORT_PAST:
            return False
    return True


def _positive(view: str, s: int, e: int, cue: str) -> bool:
    return _first(_after(view, e)) not in _NEGATIONS and _last(_before(view, s)) not in _ARTICLES


def _number(view: str, s: int, e: int, cue: str) -> bool:
    return _AMOUNT.match(view, e) is not None


def _belief(view: str, s: int, e: int, cue: str) -> bool:
    if " " not in cue:
        before = _last(_before(view, s))
        # a noun ("a thought"), or an imperative opening a sentence ("Think again.")
        if before in _NOUN_BEFORE or not before or before in _SENTENCE_START:
            return False
    after = _first(_after(view, e))
    # no belief without a complement: "what they believe." has none
    return after not in _NOT_EPISTEMIC_AFTER and after not in _NO_COMPLEMENT


def _that(view: str, s: int, e: int, cue: str) -> bool:
    return _first(_after(view, e)) == "that"


def _passive(view: str, s: int, e: int, cue: str) -> bool:
    if _first(_after(view, e)) != "to":
        return False  # (read first: it rules out most, and reads less than _before)
    before = _before(view, s, 2)
    return before[-1:] == ["being"] or bool(set(before) & _BE)


def _clause(view: str, s: int, e: int, cue: str) -> bool:
    return _first(_after(view, e)) in _PRONOUNS


def _appear(view: str, s: int, e: int, cue: str) -> bool:
    after = _after(view, e)
    return bool(after) and after[0] not in _PLACE_AFTER


_DEGREE = frozenset("quite entirely very perfectly also still even highly just certainly".split())


def _predicate(view: str, s: int, e: int, cue: str) -> bool:
    if _first(_after(view, e)) == "to":
        return False
    before = _before(view, s, 2)
    if before and before[-1] in _DEGREE:
        before = before[:-1]
    return _last(before) in _BE


def _attributive(view: str, s: int, e: int, cue: str) -> bool:
    after = _after(view, e)
    return bool(after) and after[0] not in _NOT_A_NOUN and after[0][0].isalpha()


def _adaptor(view: str, s: int, e: int, cue: str) -> bool:
    return _last(_before(view, s)) not in _NOT_BEFORE_ADAPTOR


def _either(view: str, s: int, e: int, cue: str) -> bool:
    return _OR.search(view, e, min(len(view), e + 80)) is not None


_RULES: dict[str, Callable[[str, int, int, str], bool]] = {
    "-": _always,
    "month": _month,
    "ability": _ability,
    "reported": _reported,
    "positive": _positive,
    "number": _number,
    "belief": _belief,
    "that": _that,
    "passive": _passive,
    "clause": _clause,
    "appear": _appear,
    "predicate": _predicate,
    "attributive": _attributive,
    "adaptor": _adaptor,
    "either": _either,
}


# --------------------------------------------------------------------------- the lexicon


def _read_entries() -> dict[str, _Entry]:
    """The lexicon's entries by cue (words joined by one space, lower case).

    Raises:
        LexiconError: an entry names an unknown kind or rule, or a cue twice.
    """
    out: dict[str, _Entry] = {}
    for row in load("hedges"):
        cue = " ".join(row["cue"].lower().split())
        if not cue:
            raise LexiconError("hedges.tsv: an entry has no cue")
        if cue in out:
            raise LexiconError(f"hedges.tsv {cue!r}: listed twice")
        if row["rule"] not in _RULES:
            raise LexiconError(f"hedges.tsv {cue!r}: rule {row['rule']!r} unknown")
        try:
            kind = HedgeKind(row["kind"])
        except ValueError:
            raise LexiconError(f"hedges.tsv {cue!r}: kind {row['kind']!r} unknown") from None
        out[cue] = _Entry(kind, row["lemma"] or cue, row["rule"])
    return out


_ENTRIES = _read_entries()


def _trie(cues: list[str]) -> str:
    """One regex for many literals, their common prefixes factored out (a trie), so a
    match attempt reads each character once instead of trying every cue in turn. A space
    in a cue stands for 1-10 white space characters; longer cues are preferred."""
    tree: dict[str, Any] = {}
    for cue in cues:
        node = tree
        for ch in cue:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                continue
            atom = r"\s{1,10}" if ch == " " else re.escape(ch)
            branches.append(atom + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# Every cue of the lexicon as whole words: not inside a word, a hyphenated compound or a
# contraction ("can" is not matched in "can't", "may" not in "dismay"). The cues form a
# trie (each branch a different literal character, so no two branches compete for the
# same input beyond one character) and the guards are single lookarounds: linear.
# The standard library's engine (``\\w`` is its Unicode letters, digits and "_"; a letter
# is ``[^\\W\\d_]``) runs it several times faster than ``regex``, and faster still
# case-sensitively over a lowered text (text.lowered), and faster again tried only where
# a word starts (text.finditer_words).
@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compiled cue pattern, in lower case, for a lowered text, and its scanner (see
    text.word_scanner).

    Compiled on first use: the standard library compiles a pattern this big in pure
    Python, and ``import claimkit`` must stay fast.
    """
    cues = _trie(sorted(_ENTRIES)) + r"(?![\w\-]|'[^\W\d_])"
    return word_pattern(r"\w\-", cues), word_scanner(cues)


def _pattern() -> re.Pattern[str]:
    """The compiled cue pattern (see _patterns)."""
    return _patterns()[0]


# --------------------------------------------------------------------------- public API


@functools.lru_cache(maxsize=16)
def _all(text: str) -> tuple[Hedge, ...]:
    view, _ = analyze(text)
    return tuple(scan(text, view, 0, len(view)))


# How far past a stretch scan() starts and ends (see text.scan_regions): longer than
# the longest cue with the widest gaps its pattern allows (52 characters; a test checks
# it), so a match before the stretch cannot reach into it and the scan is in step with a
# scan of the whole text when it gets there. The rules read their context from the view.
MARGIN = 60


def scan(text: str, view: str, start: int, end: int) -> list[Hedge]:
    """The hedges whose cues the scan of ``view[start:end]`` finds (``view`` is
    ``text``'s normalized view, see text.analyze), spans sliced from ``text``."""
    out: list[Hedge] = []
    pattern, scanner = _patterns()
    for m in finditer_words(pattern, scanner, lowered(view), start, end):
        s, e = m.span()
        entry = _ENTRIES[" ".join(m.group().split())]
        if _RULES[entry.rule](view, s, e, view[s:e]):
            span = _new_span(start=s, end=e, text=text[s:e])
            out.append(_new_hedge(span=span, kind=entry.kind, lemma=entry.lemma))
    return out


def hedges(text: str) -> list[Hedge]:
    """Every hedge and booster in ``text``, with its kind, lemma and span.

    Args:
        text: any text, tokenized or not ("don't" and "do n't" both work).

    Returns:
        The hedges in text order; ``text[h.span.start:h.span.end] == h.span.text``.

    Raises:
        TypeError: ``text`` is not a str.

    >>> [(h.span.text, h.lemma) for h in hedges("It seems about 50 people couldn't have known.")]
    [('seems', 'seem'), ('about', 'about'), ("couldn't", 'could')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return list(_all(text))


@functools.lru_cache(maxsize=16)
def _bounds(text: str) -> tuple[list[int], list[int]]:
    found = _all(text)
    return [h.span.start for h in found], [h.span.end for h in found]


def hedges_in(text: str, start: int, end: int) -> list[Hedge]:
    """The hedges of ``text`` that lie inside ``[start, end)``, offsets into ``text``.

    The whole text is read once (and cached), so a rule sees the words around a cue
    even at the edge of the range; the pipeline calls this once per content span.

    Args:
        text: the whole text.
        start: where the range starts (code points, inclusive).
        end: where it ends (exclusive).

    Returns:
        The hedges whose spans lie entirely inside the range, in text order.

    Raises:
        TypeError: ``text`` is not a str or an offset is not an int.
        ValueError: the range is reversed or outside the text.

    >>> text = "He said it may rain. It will."
    >>> [h.span.text for h in hedges_in(text, 8, 20)]
    ['may']
    >>> hedges_in(text, 20, len(text))
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"start and end [{start}, {end}) must lie inside the text (0-{len(text)})")
    return within(_all(text), *_bounds(text), start, end)


def is_uncertain(sentence: str) -> bool:
    """Whether a sentence holds a speculation cue: a hedge that is not a booster.

    Approximators ("about 50", "kind of") blur an amount or a description without
    doubting the statement, so they do not count either.

    Args:
        sentence: one sentence (any text works; the whole text is read).

    Returns:
        True when a modal, adverb, adjective, verb, conditional or disjunction hedge
        is found.

    Raises:
        TypeError: ``sentence`` is not a str.

    >>> is_uncertain("I think the truce will hold."), is_uncertain("It clearly holds.")
    (True, False)
    """
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a str, got {type(sentence).__name__}")
    return any(h.kind not in _NOT_SPECULATION for h in _all(sentence))
