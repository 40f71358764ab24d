"""Attributions: from cue candidates and quotes to (source, cue, content) triples.

Works sentence by sentence on the normalized view, looking only around cue candidates,
so its cost follows the number of cues, not of words. The grammar it knows:

* SOURCE CUE (that) CONTENT — "Mohi said that ...", with appositions and relative
  clauses skipped ("Mohi, a spokesman for X, said"), auxiliaries and adverbs between
  ("have long feared"), recipients and settings after ("told reporters on Monday that");
* CONTENT, SOURCE CUE. and CONTENT, CUE SOURCE. — including quotes that run over several
  sentences, split quotes ("“...,” he said, “...”") and parentheticals ("X, he said, Y");
* participial cues (", adding that", ", saying") sharing the main clause's source;
* passive and raised forms ("is said to", "was seen as", "was quoted as saying");
* according to; noun cues with a complement ("issued a statement that", "Washington's
  threat to"); adjectives ("is convinced that"); a name and a colon ("PENCE: ...").

Its results are plain tuples of offsets; the pipeline turns them into model objects.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable
from typing import NamedTuple, cast

import regex

from claimkit.cues import CueEntry, CueHit, find_cues
from claimkit.cues import entries as cues_entries
from claimkit.lexicon import load
from claimkit.quotes import Quotes
from claimkit.text import Sentence

__all__ = ["Found", "find_attributions", "plural_source_kind", "source_nouns"]

Offsets = tuple[int, int]


class Word:
    """A token's surface form and lower-case form, without its offsets: one object for
    all the places a form occurs (a sentence lists its tokens' offsets apart, see
    :class:`_Sentence`), so tokenizing a sentence builds no object per token."""

    __slots__ = ("low", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()


class Found(NamedTuple):
    """An attribution found in the text, as offsets (before sources are resolved)."""

    content: tuple[Offsets, ...]
    cue: Offsets | None
    entry: CueEntry | None
    negated: bool
    source: Offsets | None
    descriptor: Offsets | None
    shares_source_of: int | None  # index of an earlier Found whose source this one shares
    sentence: int
    antecedent: Offsets | None = None  # what a relative "who" source stands for


# A word (a letter, then letters and digits, with inner apostrophes, hyphens, dots or
# ampersands), a number, or one other visible character. Each alternative consumes
# disjoint material, so the scan is linear. The standard library's engine runs this
# faster than ``regex``; its Unicode ``\w`` is what a word needs here.
_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:['\-.&][^\W_]+)*|\d+(?:[.,:]\d+)*|[^\s\w]|_")


def _tokens(view: str, start: int, end: int) -> tuple[list[Word], list[int]]:
    """The tokens of ``view[start:end]`` (what ``_TOKEN.finditer`` finds there): their
    words and start offsets (a token ends its word's length after).

    A token holds no white space and every other character starts one, so the tokens
    of a text are those of its runs of non-space characters, one after another: a run's
    tokens are looked up (see _run_tokens), and when one space stands between runs (in
    nearly every sentence), each token's offset follows from the lengths before it.
    """
    sub = view[start:end]
    runs = sub.split()
    if " ".join(runs) == sub:
        # the runs' (word, advance) pairs (see _run_tokens), looked up by C loops; a run
        # not met before is read by the pattern
        found = list(map(_RUNS.get, runs))
        if None in found:
            # (the runs not met before, or too long to keep, found by a C loop too: a
            # long sentence with one new word reads that word alone)
            for i in list(itertools.compress(itertools.count(), map(_is_none, found))):
                found[i] = _run_tokens(runs[i])
        flat = list(itertools.chain.from_iterable(cast(list[_RunTokens], found)))
        starts = list(itertools.accumulate(cast(list[int], flat[1::2]), initial=start))
        starts.pop()  # (where a token after the last would start)
        return cast(list[Word], flat[0::2]), starts
    matches = list(_TOKEN.finditer(view, start, end))
    return [Word(m.group()) for m in matches], [m.start() for m in matches]


# A run's tokens, each as two items (see _run_tokens).
_RunTokens = tuple[Word | int, ...]
# The tokens of the runs read so far (see _run_tokens): a cache of the runs of at most
# _MAX_CACHED_RUN characters, emptied when it holds _MAX_CACHED_RUNS.
_RUNS: dict[str, _RunTokens] = {}
_MAX_CACHED_RUN = 40
_MAX_CACHED_RUNS = 50_000


_is_none = functools.partial(operator.is_, None)


def _run_tokens(run: str) -> _RunTokens:
    """The tokens of a run of non-space characters (one word, most often), each as two
    items: its word, and how far the next token starts from its start (its length, plus
    one space after the run's last); kept in _RUNS if the run is short."""
    texts = _TOKEN.findall(run)
    made: list[Word | int] = []
    for text in texts:
        made += (Word(text), len(text))
    made[-1] = len(texts[-1]) + 1
    flat = tuple(made)
    if len(run) <= _MAX_CACHED_RUN:
        if len(_RUNS) >= _MAX_CACHED_RUNS:
            _RUNS.clear()
        _RUNS[run] = flat
    return flat


@functools.cache
def source_nouns() -> dict[str, str]:
    """Head nouns that can name a source, with the kind they imply (lexicon/sources.tsv)."""
    nouns = {row["noun"]: row["kind"] for row in load("sources")}
    # the plural of a person noun names a group: "journalists", "spokesmen"
    for noun, kind in list(nouns.items()):
        if kind == "person":
            plural = noun[:-3] + "men" if noun.endswith("man") else noun + "s"
            nouns.setdefault(plural, "group")
    return nouns


def plural_source_kind(word: str) -> str | None:
    """The source kind of a head noun (lower case), counting a plural the lexicon lists
    only as a singular as a group ("protest groups")."""
    kind = source_nouns().get(word)
    if kind is None and word.endswith("s") and word[:-1] in source_nouns():
        kind = "group"
    return kind


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


DETERMINERS = _words(
    """the a an this that these those his her their its our my your some many most several
    both all other another each every any no few two three four five six seven eight nine ten
    dozens hundreds thousands one"""
)
SUBJECT_PRONOUNS = _words("he she they i we you it who everyone someone somebody nobody others")
OBJECT_PRONOUNS = _words("him her them me us you it")
# A person pronoun with a contracted auxiliary, one token ("They've said", "He'd said",
# "We'll say"): the pronoun is the source (sources.py reads its span). Not "'s" and
# "'re", which are also "is" and "are" ("She's said to be ...": someone else says it).
PRONOUN_CLITICS = frozenset(
    f"{p}'{c}" for p in ("he", "she", "they", "i", "we", "you") for c in ("ve", "d", "ll")
)
# Subjects that deny the report itself: "Nobody said", "No one has claimed" (the cue
# is negated: nobody made the claim).
_NOBODY = _words("nobody none no-one neither")
# What "no" opens that negates no report: "No wonder Trump said", "no matter who said".
_NO_IDIOMS = _words("wonder matter doubt longer sooner less more")
# Auxiliaries contracted with "not" ("didn't", "hasn't", "won't"; "don’t" reads as
# "don't" in the view), and "cannot": the tokenizer keeps each one word.
_NEGATED_AUX = _words(
    """don't doesn't didn't hasn't haven't hadn't isn't aren't wasn't weren't won't
    wouldn't can't cannot couldn't shouldn't mustn't mightn't needn't shan't ain't"""
)
NEGATIONS = _words("not never n't no nor neither") | _NEGATED_AUX
BE = _words("is are was were be been being am 's 're")
_NEGATED_BE = _words("isn't aren't wasn't weren't ain't")
# "not" that negates no report: "not only said ..., he said ..."
_NOT_NEGATING_BEFORE = _words("only just merely simply")
# How far the rules walk left from a cue: over adverbs and auxiliaries ("has not yet
# publicly said"), and over a source phrase ("the Charlotte-Mecklenburg police chief").
# News never comes near either; a run of cue forms ending in "-ly" ("reply reply ...")
# or of nouns that are also verbs ("officials report officials report ...") would
# otherwise make each cue walk back to the sentence start.
_MAX_SKIP_LEFT = 8
_MAX_SOURCE_TOKENS = 25
_MAX_BEFORE_HEAD = 8
# Tokens of a source phrase before a relative clause ("Mr. Guerrero, who is an actor,
# said"); a longer phrase there is content ("..., whom he alienated, said Sabato").
_MAX_NAMED_BEFORE_CLAUSE = 6
# Tokens of a participle's aside between a source and its cue ("The official, speaking
# on condition of anonymity because of an agreement, said").
_MAX_PARTICIPLE_ASIDE = 16
_MAX_ASIDE = 60  # tokens of a bracketed aside after a source ("said Mohi (a view ...)")
# Words that may stand between a source and its cue.
SKIP_LEFT = (
    _words(
        """also has have had did does do will would could should may might must can shall 've 'd
    'll not never n't previously repeatedly recently later then once publicly privately
    initially originally first last already still again just simply flatly firmly quickly
    immediately frequently often always long even further separately subsequently
    ultimately earlier too however only now soon since yet openly loudly angrily almost nearly
    is are was were be been being am 's 're overall itself himself herself themselves
    alone"""
    )
    | _NEGATED_AUX
)
# Words that end a source phrase when scanning leftwards from the cue.
_NP_STOP = (
    _words(
        """and but or nor that which whom whose because if when while as so than though although
    whether where why how what is are was were be been being am has have had do does did will
    would could should may might must can shall not never to in on at by into onto about over
    under after before during since until through without within against between among
    upon across toward towards via per despite like unlike amid around"""
    )
    | _NEGATED_AUX
)
_OBJECT_STOP = _NP_STOP - {"that"}  # what cannot open a cue's object, "that" aside
_OBJECT_ONLY = OBJECT_PRONOUNS - SUBJECT_PRONOUNS  # "him", "them": never a subject
# "went on to say", "goes on saying": what may stand between a source and "on"
_SKIP_LEFT_GOING = SKIP_LEFT | _words("went goes go gone")
_NP_PREPS = _words("of for at from with to on in")
_ROLE_BEFORE_PREP = _words(
    """spokesman spokeswoman spokesperson head leader director chief chairman chairwoman chair
    member members president secretary minister official officials aide aides adviser
    advisers advisor advisors source sources one some many most none all each several both
    representative representatives ambassador commander founder professor analyst
    analysts expert experts researcher researchers editor editors reporter manager
    executive ceo staffer staffers lawyer lawyers attorney attorneys group part supporters
    critics friend friends correspondent team number dozens group close familiar"""
)
_CAP_STOP = _words(
    """the a an but and or so yet in on at for from with by to of as if when while after
    before although though because since however meanwhile still then there here this
    that these those it its his her their our my your we i he she they you what why how
    where who which also even just now today yesterday tomorrow earlier later last next
    according mr mrs ms dr everything nothing something anything everyone everybody"""
)
_TITLE_ABBREVIATIONS = _words("mr mrs ms dr sen rep gov gen lt col capt sgt prof rev st")
_AGENT_SUFFIXES = ("ers", "ists", "ians", "ants", "ents", "ors", "ives", "cans", "crats")
_PARTICLES = _words("al el bin ibn van von de der den di da du la le des del dos al-")
_THAT_STARTS = _words(
    "that whether if why how what who whom when where which there he she they i we it you"
)
_TELL = _words(
    """tell inform assure remind warn urge ask advise brief promise call on encourage implore
    beg invite challenge"""
)
_SETTING_STARTS = _words(
    """in on at during to with from after before last this earlier late early yesterday
    today tonight monday tuesday wednesday thursday friday saturday sunday via through
    over while outside inside before told"""
)
# The words a time phrase ends with, and what may open one ("on Tuesday", "this month",
# "earlier this week", "late Friday").
_TIME_NOUNS = _words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    week month year morning afternoon evening night weekend"""
)
_TIME_OPENERS = _words("on this last next earlier later early late in during over")
# Prepositions whose object is no subject of a participle after it ("in a statement
# posted online"); not "of" ("half of those surveyed reported").
_PLACE_PREPS = _words("in on at from with into through via")
_TIME_ADVERBS = _words("just only also already again first finally")
_MONTHS = _words(
    """january february march april may june july august september october november
    december"""
)
# What "this" and "last" open a time phrase with: "this week", "last March", "this past
# season".
_TIMES = (
    _TIME_NOUNS
    | _MONTHS
    | _words("past time spring summer fall autumn winter season decade century term quarter")
)
# What makes a weekday a day's name: "Super Tuesday voters said", "Black Friday sales".
NAMED_DAYS = _words("super black cyber good ash holy maundy bloody giving")


# Words the rules walk over left of a cue that are also surnames: "Theresa May said".
_SURNAME_SKIPS = _words("may long")


def _named_before_clause(toks: list[Word], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` can be a source a relative clause follows ("Mr.
    Guerrero, who is an actor, said"): a name, or a short phrase a determiner opens ("A
    Warren adviser"); not a clause ("The plan hurts families, who ...")."""
    if b - a > _MAX_NAMED_BEFORE_CLAUSE:
        return False
    if all(t.text[:1].isupper() or t.text == "." for t in toks[a:b]):
        return True
    # a short phrase after a determiner, or after a name's possessive ("Ana Lane's
    # relatives")
    k = a
    while k < b - 1 and toks[k].text[:1].isupper() and not _determines(toks[k]):
        k += 1
    return b - k <= 3 and (toks[k].low in DETERMINERS or _determines(toks[k]))


def _nobody(toks: list[Word], i: int) -> bool:
    """Whether the source phrase starting at token ``i`` names no one ("Nobody", "No
    one", "No official")."""
    low = toks[i].low
    if low in _NOBODY:
        return True
    if low != "no" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]  # "No one", "No official"; not "No wonder Trump said"
    return nxt.low == "one" or (_head_ok(nxt) and not _is_cap(nxt) and nxt.low not in _NO_IDIOMS)


def _name_word(s: _Sentence, j: int) -> bool:
    """Whether token ``j``, a surname-like auxiliary capitalized after a capitalized word
    outside a title-case headline, ends a name ("Theresa May"), not the word it spells."""
    toks = s.toks
    return (
        toks[j].low in _SURNAME_SKIPS
        and j > 0
        and toks[j].text[:1].isupper()
        and _is_cap(toks[j - 1])
        and not s.title_case()
    )


def _ends_time_phrase(toks: list[Word], j: int, named: bool) -> bool:
    """Whether token ``j`` ends a time phrase: a time noun after a source (``named``:
    a source phrase ends at it; "Clinton on Tuesday", not "Super Tuesday"), or a year
    or a month after an opener ("in 2010", "last March")."""
    t = toks[j]
    if t.low in _TIME_NOUNS:
        return named and toks[j - 1].low not in NAMED_DAYS
    if toks[j - 1].low not in _TIME_OPENERS:
        return False
    return (len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")) or (
        t.low in _MONTHS and t.text[:1].isupper()
    )


def _time_phrase_start(toks: list[Word], j: int) -> int:
    """The first token of the time phrase ending at token ``j`` (at most 4 tokens)."""
    k = j
    while k > 0 and j - k < 3 and toks[k - 1].low in _TIME_OPENERS:
        k -= 1
    return k


_NEGATING_LEFT = _words("declined refused failed declines refuses fails declining refusing")
_LIGHT_VERBS = _words(
    """issued issue issues issuing released release releases made make makes making gave
    give gives giving repeated repeat repeats renewed renew renews echoed echo echoes
    reiterated reiterate put puts offered offer offers expressed express expresses voiced
    voice voices"""
)
_FINAL = frozenset(".!?")
_FINAL_OR_COMMA = _FINAL | {","}
# Conjunctions that open a clause of the author's after a comma.
_CONCESSIVE = _words("although though whereas")
_OPEN_Q = frozenset("“«\"'‘„")
_CLOSE_Q = frozenset("”»\"'’")
_PARTICIPLE_OK = _words(
    """adding saying noting arguing claiming warning insisting explaining asking stressing
    emphasizing suggesting calling urging vowing promising telling declaring charging
    writing acknowledging citing accusing blaming denying predicting pointing"""
)
# A comma before one of these ends a content (see _stop_before_next_cue).
_CLAUSE_AFTER_COMMA = _PARTICIPLE_OK | _CONCESSIVE
# Prepositions a speaking gerund follows inside its main clause, whose subject speaks
# ("responded by saying", "left after saying"); not "for" and "from", whose gerund is
# often the object's ("criticized him for saying", "kept her from saying"), nor
# "without" (what was not said), nor a clause opening the sentence.
_GERUND_PREPS = _words("by after before while upon")
# A comma and one of these end a content where a report of its own follows: "Smith said
# the deal was done, and Jones said it was not" (see _stop_before_next_cue).
_COORDINATING = _words("and but while yet")
# How many words may stand between the conjunction and the next report's cue: "and a
# spokesman for the Iraqi government said".
_COORDINATED_REACH = 8
# The stances of the verbs that report a proposition of their own after "and" or "but".
# Evaluation, desire and perception verbs take an object there as often ("..., while 23
# percent favored Mr. Cruz", "..., and they want it so badly"), a part of the content
# before them; on PolNeAR's train split, cutting at them made as many contents worse as
# better.
_REPORTING_STANCES = frozenset(
    "neutral endorsing distancing negating belief directive doubt".split()
)
# Words that show a clause after "and" or "but" to be part of the content (see
# _report_follows).
_NOT_BEFORE_REPORT = _words(
    "that who whom which whose would could will should might may can must shall"
)


def _reports(view: str, hit: CueHit) -> bool:
    """Whether a cue found in a sentence may open a coordinated report (see
    _report_follows): a finite verb of a reporting stance ("and Jones said"; not "and
    backing a crackdown", a participle continuing the content)."""
    return (
        hit.entry.kind == "verb"
        and hit.entry.stance in _REPORTING_STANCES
        and not view.startswith("ing", hit.end - 3)
    )


_PASSIVE_OK = _words(
    """said told quoted seen expected believed thought reported known described alleged
    considered understood rumored rumoured feared estimated predicted projected viewed
    regarded accused criticized criticised blamed praised cited asked urged warned"""
)
_COLON_STOP = _words(
    """update note editor watch read related photo photos video source sources advertisement
    correction clarification disclosure breaking exclusive warning caption credit image
    update: full live latest analysis opinion commentary transcript q a bottom line
    boom busted bombshell shocking shock wow exposed revealed confirmed huge just"""
)


# A surname led by a lower-case particle: "al-Kadhimi", "el-Sisi", "bin Salman".
_PARTICLE_NAME = regex.compile(r"(?:al|el|ad|as|ash|at|az|ibn|bin|de|di|da|du|van|von)-\p{Lu}")


def _is_cap(t: Word) -> bool:
    return _capital_word(t.text, t.low)


def _capital_word(text: str, low: str) -> bool:
    """Whether a word (``low`` its lower case) reads as part of a name: a capital that
    is no common sentence opener, or a particle name ("al-Kadhimi")."""
    if text[:1].isupper():
        return low not in _CAP_STOP
    # (asked of most lower-case words: the pattern needs a hyphen)
    return "-" in text and _PARTICLE_NAME.match(text) is not None


def _is_word(t: Word) -> bool:
    return t.text[:1].isalpha()


def _head_ok(t: Word) -> bool:
    """Whether a token can head a source phrase."""
    return _heads(t.text)


@functools.lru_cache(maxsize=4096)
def _heads(text: str) -> bool:
    """Whether a word can head a source phrase (asked again and again of the same few
    words: a run of cue forms asks it of each word several times)."""
    low = text.lower()
    if low in SUBJECT_PRONOUNS or low in PRONOUN_CLITICS:
        return True
    if not text[:1].isalpha():
        return False
    if _capital_word(text, low):
        return True
    if plural_source_kind(low) is not None:
        return True
    return low.endswith(_AGENT_SUFFIXES) and low not in _NP_STOP


# Determiners that also stand alone as the subject ("Many said", "one in four said").
_PRONOMINAL = _words(
    """one two three four five six seven eight nine ten most many some all both several few
    each any none dozens hundreds thousands"""
)
# Amounts, which end a source phrase leftwards: "$20 million experts say".
_AMOUNTS = _words("million millions billion billions trillion thousand thousands hundred percent")


def _role_before_prep(t: Word) -> bool:
    """Whether a word joins the preposition after it into a source phrase: "a spokesman
    for X", "speakers at the service", "researchers at Harvard"."""
    if t.low in _ROLE_BEFORE_PREP:
        return True
    return not _is_cap(t) and (t.low in source_nouns() or t.low.endswith(_AGENT_SUFFIXES))


def _determines(t: Word | None) -> bool:
    """Whether ``t`` is a determiner or a possessive ("the", "Scott's")."""
    return t is not None and (t.low in DETERMINERS or t.low.endswith(("'s", "s'")))


def _noun_after(prev: Word | None, cue: Word) -> bool:
    """Whether a cue form stands as a noun after ``prev``, a determiner or a possessive
    ("the answers", "Washington's threat"); not after a quantifier standing alone before
    a form that is only a verb ("Many said", "one in four said")."""
    return _determines(prev) and not (
        prev is not None and prev.low in _PRONOMINAL and cue.low in _verb_only_cues()
    )


@functools.cache
def _verb_only_cues() -> frozenset[str]:
    """One-word cue forms that are only verbs ("said", "told"; not "report", "claim")."""
    verbs: set[str] = set()
    nouns: set[str] = set()
    for words, found in cues_entries().items():
        if len(words) == 1:
            for e in found:
                (verbs if e.kind == "verb" else nouns).add(words[0])
    return frozenset(verbs - nouns)


def _cue_verb(t: Word) -> bool:
    """Whether a lower-case token is a reporting verb, which no source phrase holds."""
    return t.text[:1].islower() and t.low in _verb_only_cues()


def _left_np(
    toks: list[Word], j: int, floor: int = 0, *, strict: bool = False
) -> tuple[int, int] | None:
    """The source phrase ending at token ``j`` (inclusive), as a token range, or None."""
    end = j + 1
    if j >= floor and toks[j].text == ")":
        # "Mike Pence (R-IN) said": a bracketed party tag or note after the name
        k = j - 1
        while k >= floor and k > j - 12 and toks[k].text != "(":
            k -= 1
        if k > floor and toks[k].text == "(":
            j = k - 1
    if j < floor:
        return None
    if (
        j - 2 >= floor
        and toks[j].low.endswith("ed")
        and toks[j - 1].low in _NOMINATIVE
        and _head_ok(toks[j - 2])
        and toks[j - 2].low not in SUBJECT_PRONOUNS
    ):
        # "All the experts I interviewed said": a relative clause without "that"
        np = _left_np(toks, j - 2, floor, strict=strict)
        return (np[0], j + 1) if np is not None else None
    if not _head_ok(toks[j]):
        # "the bank said": a common noun heads the phrase when a determiner opens it
        t = toks[j]
        if strict or not (
            _is_word(t)
            and t.low not in _NP_STOP
            and t.low not in _NP_PREPS
            and t.low not in SKIP_LEFT
            and not t.low.endswith("ing")
            # an adverb ("the group quickly said") or a verb ("The minister resisted
            # calls for"), unless a determiner makes it a noun ("Scott's family", "the
            # assembly", "the accused")
            and not (
                t.low.endswith(("ly", "ed")) and not _determines(toks[j - 1] if j > floor else None)
            )
            and any(
                toks[k].low in DETERMINERS or toks[k].low.endswith("'s")
                for k in range(max(floor, j - 3), j)
            )
        ):
            return None
    if toks[j].low in SUBJECT_PRONOUNS or toks[j].low in PRONOUN_CLITICS:
        return j, end
    i = j
    k = j - 1
    floor = max(floor, j - _MAX_SOURCE_TOKENS)
    while k >= floor:
        t = toks[k]
        if (
            t.text == "that"
            and _is_cap(toks[k + 1])
            and not (k > 0 and (toks[k - 1].low in _NP_PREPS or toks[k - 1].low in _cue_nouns()))
        ):
            # "said that Jones denied": a complementizer; not "the mayor of that Texas
            # town", "a claim that Gowdy's office disputes"
            break
        if t.low in DETERMINERS:
            i = k
            if (
                k - 2 >= floor
                and toks[k - 1].low in _NP_PREPS
                and (_role_before_prep(toks[k - 2]) or _is_cap(toks[k - 2]))
            ):
                k -= 1
                continue
            break
        if t.text in ("-", "&") or t.low in _PARTICLES:
            i = k
            k -= 1
            continue
        if (
            t.text == "."
            and k > floor
            and (
                toks[k - 1].low in _TITLE_ABBREVIATIONS
                or (len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())
                or "." in toks[k - 1].text
            )
        ):
            # "Sen. Marco Rubio", "Donald J. Trump", "the U.S. Senate"
            i = k - 1
            k -= 2
            continue
        if t.low in _NP_PREPS:
            # "a spokesman for X", "Mr. Morgan of the Sierra Club": the preposition
            # joins a role noun or a name on its left
            if k > floor and (
                _role_before_prep(toks[k - 1])
                or (t.low == "of" and toks[k - 1].low in DETERMINERS)
                or (t.low in ("of", "at", "for") and _is_cap(toks[k - 1]) and _is_cap(toks[j]))
            ):
                i = k - 1
                k -= 2
                continue
            break
        if t.low == "and" and k > floor and _is_cap(toks[k - 1]) and _is_cap(toks[j]):
            i = k - 1
            k -= 2
            continue
        if t.text[:1].isdigit() and k > floor and toks[k - 1].low == "of":
            i = k  # "eight of 10 voters"
            k -= 1
            continue
        if not _is_word(t) or t.low in _NP_STOP or t.low in SUBJECT_PRONOUNS:
            break
        if t.low in _AMOUNTS or _cue_verb(t):
            break  # "$20 million experts say", "She said leaders had agreed"
        if t.low.endswith("ly") and not _is_cap(t):
            break
        if t.text[:1].isupper() and t.low in _CAP_STOP:
            break
        i = k
        k -= 1
    return i, end


# Words opening a sentence before its subject: "Yet she ...", "Instead, the mayor ...".
_SENTENCE_ADVERBS = _words(
    """but and or so yet however meanwhile still then instead also even now thus indeed
    nonetheless nevertheless moreover besides"""
)
# Pronouns with a contracted "is", which open no subject that speaks: "That's why".
_CONTRACTED_IS = frozenset(
    f"{p}{a}s" for p in ("it", "that", "there", "what", "here") for a in "'’"
)


def _sentence_subject(s: _Sentence, stop: int) -> tuple[int, int] | None:
    """The subject opening the sentence, after its sentence adverbs ("Yet she"), as a
    token range; None when the sentence opens with "That's", "It's" or a preposition."""
    toks = s.toks
    i = _after_adverbs(toks, _after_dateline(toks, stop), stop)
    if i < stop and _introductory(toks, i, stop):
        # "In 1986, the Supreme Court ...", "Chastened by the analyses, ..., Trump":
        # the subject follows the introductory phrase's comma (or a later one)
        # (a phrase a verb follows: "Speaking in Salem, New Hampshire, Trump went")
        k = i
        while k - i <= _MAX_INTRODUCTION:
            k = s.clause_break(k + 1)
            if k >= stop or toks[k].text != ",":
                return None
            after = _after_adverbs(toks, k + 1, stop)
            np = _right_np(s, after, stop) if after < stop else None
            if (
                np is not None
                and np[1] + 1 < stop
                and (
                    _opens_predicate(toks[np[1]])
                    # "In London, Owen Jones, a liberal columnist, walked off"
                    or (
                        toks[np[1]].text == ","
                        and toks[np[1] + 1].low in ("a", "an", "the")
                        and _is_cap(toks[np[1] - 1])
                    )
                )
                and (
                    toks[after].low in _NOMINATIVE
                    or toks[after].low in DETERMINERS
                    or _is_cap(toks[after])
                )
            ):
                return np
        return None
    if i < stop and (toks[i].low in _CONTRACTED_IS or toks[i].low in _NP_PREPS):
        return None  # "That's why ...", "But for Mrs. Clinton, ...": no subject first
    return _right_np(s, i, stop)


def _opens_predicate(t: Word) -> bool:
    """Whether a word after a subject can open its predicate (a verb, an auxiliary or an
    adverb): a small word that is no preposition or conjunction."""
    return (
        _is_word(t)
        and t.text.islower()
        and t.low not in _NP_PREPS
        and t.low not in _COORDINATORS
        and t.low not in DETERMINERS
    )


_DASHES = frozenset({"—", "–", "-"})


def _after_dateline(toks: list[Word], stop: int) -> int:
    """The first token after a dateline opening the sentence ("WASHINGTON —",
    "ORLANDO, Fla. (Reuters) -"), else 0."""
    if stop == 0 or not (toks[0].text.isupper() and len(toks[0].text) > 1):
        return 0
    i = 1
    while i < min(stop, _MAX_DATELINE) and toks[i].text not in _DASHES:
        t = toks[i]
        if not (t.text in (",", ".", "(", ")") or t.text[:1].isupper()):
            return 0
        i += 1
    if i >= stop or toks[i].text not in _DASHES:
        return 0
    while i < stop and toks[i].text in _DASHES:
        i += 1  # ("--" is two tokens)
    return i


# The longest dateline, in tokens ("ST. LOUIS, Mo. (AP) —").
_MAX_DATELINE = 12
# The longest introductory phrase before a sentence's subject, in tokens.
_MAX_INTRODUCTION = 30


def _after_adverbs(toks: list[Word], i: int, stop: int) -> int:
    """The first token from ``i`` on that is no sentence adverb or comma."""
    while i < stop and (toks[i].low in _SENTENCE_ADVERBS or toks[i].text == ","):
        i += 1
    return i


def _introductory(toks: list[Word], i: int, stop: int) -> bool:
    """Whether token ``i`` opens an introductory phrase: a preposition ("In 1986"), an
    adverb in -ly and a comma ("Recently,"), or a participle before a preposition or
    determiner ("Chastened by", "Citing the")."""
    low = toks[i].low
    if low in _NP_PREPS or (
        # "Recently, ...": an adverb set off by a comma (not "Carly Fiorina")
        low.endswith("ly") and i + 1 < stop and toks[i + 1].text == ","
    ):
        return True
    return (
        low.endswith(("ed", "ing"))
        and len(low) > 6
        and i + 1 < stop
        and (
            toks[i + 1].low in _NP_PREPS
            or toks[i + 1].low in ("by", "about", "as")
            or toks[i + 1].low in DETERMINERS
        )
    )


def _right_np(s: _Sentence, r: int, stop: int) -> tuple[int, int] | None:
    """A source phrase starting at token ``r``, as a token range, or None."""
    if r >= stop:
        return None
    toks = s.toks
    t = toks[r]
    if t.low in SUBJECT_PRONOUNS and t.low != "who":
        return r, r + 1
    if t.low not in DETERMINERS:
        # no word that could head the phrase comes in time: none does (below, the
        # phrase's last word must head it, and only a determiner lets a common noun)
        first = min(stop, r + _MAX_BEFORE_HEAD)
        if s.next_head(r, first) == first:
            return None
    i = r
    head = False
    # (bounded like _left_np: words that neither head a phrase nor end it, "told told
    # ...", would make each cue of a run walk to the sentence end; a head comes within
    # the first few words, after determiners and modifiers)
    stop = min(stop, r + _MAX_SOURCE_TOKENS)
    while i < stop:
        t = toks[i]
        if not head and i - r >= _MAX_BEFORE_HEAD:
            break
        if t.low in DETERMINERS and not head:
            i += 1
            continue
        if (
            t.text == "."
            and i > r
            and (
                toks[i - 1].low in _TITLE_ABBREVIATIONS
                or (len(toks[i - 1].text) == 1 and toks[i - 1].text.isupper())
            )
        ):
            i += 1
            continue
        if t.text in ("-", "&") or (t.low in _PARTICLES and head):
            i += 1
            continue
        if (
            t.low in _NP_PREPS
            and head
            and (toks[i - 1].low in _ROLE_BEFORE_PREP or toks[i - 1].low in source_nouns())
        ):
            i += 1
            head = False
            continue
        if t.low == "and" and head and i + 1 < stop and _is_cap(toks[i + 1]):
            i += 1
            continue
        if not _is_word(t) or t.low in _NP_STOP or (t.low.endswith("ly") and not _is_cap(t)):
            break
        if (
            i > r
            and head
            and (
                t.low in PRONOUN_CLITICS
                or (t.low in _NOMINATIVE and t.low != "it")
                or (t.low == "it" and i + 1 < stop and toks[i + 1].low in _FINITE)
            )
        ):
            # "told reporters he'd", "told reporters he would", "told reporters it was":
            # the object ends
            break
        if i > r + 1 and _clause_opens(toks, i):
            break  # "told reporters on Monday he would": the object ends before "he"
        if head and t.text[:1].islower() and not _head_ok(t) and t.low not in _PARTICLES:
            break  # "European leaders gathered Friday": a verb after the head
        if _head_ok(t) or _is_cap(t):
            head = True
        i += 1
    if i == r:
        return None
    # the last word must be able to head the phrase
    last = toks[i - 1]
    # "said the ruling.": a common noun after a determiner may close the sentence
    closing = toks[r].low in DETERMINERS and (i >= stop or toks[i].text in _FINAL)
    if not (_head_ok(last) or last.text[:1].isupper() or closing):
        return None
    return r, i


# Desire verbs whose object is what is wanted.
_WANT_OBJECT = frozenset({"want", "seek"})
# Verbs of seeing something as something: "party leaders see him as an asset".
_SEE_AS = frozenset({"see", "view", "regard"})


def _as_complement(toks: list[Word], r: int) -> bool:
    """Whether an object and then "as" follow at token ``r`` ("him as an asset"), within
    the clause."""
    if not (_is_word(toks[r]) and toks[r].low not in _NP_STOP):
        return False
    for k in range(r + 1, min(len(toks), r + 12)):
        if toks[k].low == "as":
            return k + 1 < len(toks) and _is_word(toks[k + 1])
        if not _is_word(toks[k]) and toks[k].text not in ("-", "'", "’"):
            return False
        if toks[k].low in _FINITE:
            return False
    return False


# Discourse words set off by commas between a subject and its verb.
_ASIDES = _words(
    """however though too meanwhile instead also therefore moreover nonetheless
    nevertheless furthermore still then in"""
)


def _opens_complement(t: Word) -> bool:
    """Whether a word after a participle opens what it takes: a preposition, a
    determiner, a pronoun or a time ("released by", "citing the", "released Monday")."""
    low = t.low
    return low in _NP_STOP or low in DETERMINERS or low in OBJECT_PRONOUNS or low in _TIME_NOUNS


def _skip_parenthetical_left(toks: list[Word], j: int, floor: int) -> tuple[int, int | None]:
    """At a comma left of a cue, skip an apposition or relative clause leftwards.

    Returns the index of the token left of the opening comma and the descriptor's first
    token (None when the skipped part is a relative clause), or ``(j, None)`` when there
    is no parenthetical to skip.
    """
    k = j - 1
    while k >= floor and toks[k].text not in (",", "(", "—", "–", ";", ":"):
        if toks[k].text in ("”", '"', "“"):
            return j, None
        k -= 1
    if k < floor or toks[k].text in (";", ":") or k + 1 >= j:
        return j, None
    first = toks[k + 1]
    if first.low in _COORDINATORS and any(t.text.islower() for t in toks[k + 2 : j]):
        # "with Republicans, and the meeting soured, said X": a clause (not "Clinton,
        # and Gov. Jay Nixon, tweeted")
        return j, None
    if first.low in ("who", "which", "whose", "whom", "where"):
        return k - 1, None
    if (
        first.low in DETERMINERS
        or first.text[:1].isdigit()
        or any(t.low in source_nouns() for t in toks[k + 1 : min(j, k + 5)])
    ):
        return k - 1, k + 1
    if first.low in ("like", "including", "such", "especially", "particularly", "among"):
        return k - 1, None
    if (
        j - k <= _MAX_PARTICIPLE_ASIDE
        and k + 2 < j
        and first.low.endswith(("ed", "ing"))
        and first.text.islower()
        and k > floor
        and _opens_complement(toks[k + 2])
    ):
        # "The report, released Monday, said", "The official, speaking on condition of
        # anonymity, said": a participle's aside (not "mining companies")
        return k - 1, None
    if (
        j - k <= 4
        and (first.low.endswith("ly") or first.low in _ASIDES)
        and all(t.text[:1].islower() for t in toks[k + 1 : j])
    ):
        # "Smaller factions, previously unknown, have claimed", "Officials, however, said"
        return k - 1, None
    if (
        k > floor
        and _is_cap(toks[k - 1])
        and j - k <= 16
        and any(t.text[:1].islower() for t in toks[k + 1 : j])
        and not any(t.text in _OPEN_Q or t.text in _CLOSE_Q for t in toks[k + 1 : j])
    ):
        # "Megan Hester, senior associate at X, said": after a name, a description
        return k - 1, k + 1
    if first.low == "of" or (
        j - k <= 3
        and toks[j - 1].text == "."
        and all(_is_cap(t) or t.text == "." for t in toks[k + 1 : j])
    ):
        # "Johnnie Wilson, of Springfield, Va., said": a home town, not the source
        return k - 1, None
    return j, None


class _Sentence:
    """What the rules need to know about one sentence."""

    __slots__ = (
        "_breaks",
        "_plain",
        "_subject_breaks",
        "_thats",
        "_title_case",
        "cues",
        "index",
        "sent",
        "starts",
        "stops",
        "toks",
        "view",
    )

    def __init__(
        self,
        view: str,
        index: int,
        sent: Sentence,
        tokens: tuple[list[Word], list[int]],
        cues: list[int],
    ) -> None:
        self.view = view
        self.index = index
        self.sent = sent
        self.toks, self.starts = tokens  # (see _tokens)
        self.cues = cues  # where the reporting verbs outside quotations start (_reports)
        self.stops: list[int] | None = None  # where content stops (see _stop_before_next_cue)
        self._breaks: list[int] | None = None  # see _find_breaks
        self._thats: list[int] | None = None  # see coordinated_that
        self._title_case: bool | None = None  # see title_case
        self._plain = (0, 0)  # tokens known to be plain (see next_head)
        self._subject_breaks: list[int] | None = None  # see _find_breaks

    def breaks(self) -> list[int]:
        """The indices of the comma and semicolon tokens, in order (see _find_breaks)."""
        if self._breaks is None:
            self._find_breaks()
        assert self._breaks is not None
        return self._breaks

    def clause_break(self, i: int) -> int:
        """The index of the first comma or semicolon token from ``i`` on (the number of
        tokens if none)."""
        breaks = self.breaks()
        k = bisect.bisect_left(breaks, i)
        return breaks[k] if k < len(breaks) else len(self.toks)

    def last_subject_break(self, j: int) -> int:
        """The index of the last token before ``j`` that ends a stretch where a subject
        may start (",", ";", ":", "(", ")" or a dash; -1 if none)."""
        if self._subject_breaks is None:
            self._find_breaks()
        assert self._subject_breaks is not None
        k = bisect.bisect_left(self._subject_breaks, j) - 1
        return self._subject_breaks[k] if k >= 0 else -1

    def _find_breaks(self) -> None:
        """List the indices of the tokens in _SUBJECT_BREAKS, and of those among them
        that are a comma or a semicolon, once per sentence.

        They are looked for in the text by ``str.find``, not token by token: each of
        these characters is a token of its own wherever it stands, but for a comma or
        a colon inside a number ("1,000", "10:30"), where no token starts."""
        view, start, end = self.view, self.sent.start, self.sent.end
        found = []
        for mark in _SUBJECT_BREAKS:
            p = view.find(mark, start, end)
            while p >= 0:
                found.append(p)
                p = view.find(mark, p + 1, end)
        found.sort()
        starts = self.starts
        subject_breaks = []
        breaks = []
        for p in found:
            k = bisect.bisect_left(starts, p)
            if k < len(starts) and starts[k] == p:
                subject_breaks.append(k)
                if view[p] in ",;":
                    breaks.append(k)
        self._subject_breaks = subject_breaks
        self._breaks = breaks

    def next_head(self, i: int, limit: int) -> int:
        """The index of the first token from ``i`` on, before ``limit``, that could head
        a source phrase or is capitalized (``limit`` if none). The stretch of plain
        tokens last found is kept, so the cues of a run ("told asked urged ...") each
        asking from the next token on read each token once, not once per cue."""
        lo, k = self._plain
        if not lo <= i <= k:
            lo = k = i
        toks = self.toks
        while k < limit and not (_head_ok(toks[k]) or toks[k].text[:1].isupper()):
            k += 1
        self._plain = (lo, k)
        return min(k, limit)

    def coordinated_that(self, i: int) -> int:
        """The index of the last "that" opening a coordinated clause ("and that", "or
        that", "but that") before token ``i`` (-1 if none), found in a table built once
        per sentence on first use."""
        if self._thats is None:
            thats = [-1] * (len(self.toks) + 1)
            for j, t in enumerate(self.toks):
                opens = t.low == "that" and j > 0 and self.toks[j - 1].low in _COORDINATORS
                thats[j + 1] = j if opens else thats[j]
            self._thats = thats
        return self._thats[min(i, len(self.toks))]

    def title_case(self) -> bool:
        """Whether the sentence is a headline in title case ("Obama Says Museum Will
        Tell"), worked out on first use: each capitalized cue form asks, and a long
        sentence may hold thousands."""
        if self._title_case is None:
            self._title_case = _title_case(self.toks)
        return self._title_case

    def at(self, pos: int) -> int | None:
        """The index of the token starting at ``pos``, if one does."""
        starts = self.starts
        i = bisect.bisect_left(starts, pos)
        return i if i < len(starts) and starts[i] == pos else None

    def span(self, a: int, b: int) -> Offsets:
        """The offsets of tokens ``a`` to ``b`` (exclusive)."""
        return self.starts[a], self.end(b - 1)

    def end(self, k: int) -> int:
        """The end offset of token ``k``."""
        return self.starts[k] + len(self.toks[k].text)


# What ends the stretch before a subject that starts it (see _whole_subject).
_SUBJECT_BREAKS = ",;:()—–"


def _content_end(view: str, sentence: Sentence, quotes: Quotes, start: int) -> int:
    """Where content starting at ``start`` ends: the sentence end, or its quote's end."""
    end = sentence.end
    q = quotes.enclosing(start)
    if q is not None and q.end > end:
        # content inside a quotation ends with it; content opening one runs to its close
        end = q.end
    return end


def _trim(view: str, start: int, end: int) -> Offsets:
    """``[start, end)`` without the white space and punctuation at its edges."""
    start = min(_skip_forward(view, start), end)
    return start, max(_skip_back(view, end), start)


# What a content's edges are trimmed of: white space and these characters.
_TRIM_START = ",:;—–-"
_TRIM_END = ".,;:!?—–-"
# Many contents of a sentence may share an edge (its start, its end), and a long run
# of white space or dashes there ("— — — … the deal holds, officials said, and …")
# would be walked once per content: a walk goes _SHORT_RUN characters, and past them
# the run's far end is looked up in a table of the text's long runs, built once.
_SHORT_RUN = 16
_LONG_START_RUN = re.compile(rf"[\s{_TRIM_START}]{{{_SHORT_RUN},}}")
_LONG_END_RUN = re.compile(rf"[\s{_TRIM_END}]{{{_SHORT_RUN},}}")


def _skip_forward(view: str, start: int) -> int:
    """The first position from ``start`` on that is not white space nor ",:;—–-"."""
    i = start
    stop = min(len(view), start + _SHORT_RUN)
    while i < stop and (view[i].isspace() or view[i] in _TRIM_START):
        i += 1
    if i < stop or i == len(view):
        return i
    starts, ends = _long_runs(view, _LONG_START_RUN)
    return ends[bisect.bisect_right(starts, start) - 1]


def _skip_back(view: str, end: int) -> int:
    """The last position up to ``end`` not after white space nor ".,;:!?—–-"."""
    i = end
    stop = max(0, end - _SHORT_RUN)
    while i > stop and (view[i - 1].isspace() or view[i - 1] in _TRIM_END):
        i -= 1
    if i > stop or i == 0:
        return i
    starts, _ = _long_runs(view, _LONG_END_RUN)
    return starts[bisect.bisect_right(starts, end - 1) - 1]


@functools.lru_cache(maxsize=4)
def _long_runs(view: str, run: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """The starts and ends of the runs of ``run`` (maximal runs of at least _SHORT_RUN
    characters to trim) in ``view``, found on the first walk that meets one."""
    spans = [m.span() for m in run.finditer(view)]
    return [s for s, _ in spans], [e for _, e in spans]


def _content_start_left(view: str, sent: Sentence, quotes: Quotes) -> int:
    """Where content that ends before the cue starts: the sentence or its quote."""
    q = quotes.enclosing(sent.start)
    if q is not None and q.start < sent.start:
        return q.start
    return sent.start


def _final_after(toks: list[Word], r: int) -> int | None:
    """If only a setting (time, place, "in a statement") follows ``r`` to the end of the
    sentence or to a comma, the index where it ends; None otherwise."""
    i = r
    n = len(toks)
    if i < n and toks[i].low not in _SETTING_STARTS and toks[i].text not in _FINAL_OR_COMMA:
        return None
    if i < n and toks[i].low in ("this", "last") and (i + 1 >= n or toks[i + 1].low not in _TIMES):
        return None  # "thinks this is an episode": a subject, not "this week"
    if (
        i + 1 < n
        and toks[i].low == "to"
        and not (
            toks[i + 1].low in DETERMINERS
            or toks[i + 1].low in OBJECT_PRONOUNS
            or _is_cap(toks[i + 1])
            or toks[i + 1].low in source_nouns()
        )
    ):
        return None  # "declined to comment": an infinitive, not "told to reporters"
    while i < n and toks[i].text not in _FINAL and toks[i].text != ",":
        if toks[i].low in ("that", ":") or toks[i].text in _OPEN_Q:
            return None
        if i > r and _clause_opens(toks, i) and _only_setting(toks, r, i):
            return None  # "said Monday he would": a clause follows the setting
        i += 1
        if i - r > 8:
            return None
    return i


def find_attributions(view: str, sents: list[Sentence], quotes: Quotes) -> list[Found]:
    """Every attribution in the text, sentence by sentence."""
    hits = find_cues(view)
    out: list[Found] = []
    h = 0
    for si, sent in enumerate(sents):
        first = len(out)
        mine: list[CueHit] = []
        while h < len(hits) and hits[h].start < sent.end:
            hit = hits[h]
            h += 1
            if hit.start < sent.start:
                continue
            q = quotes.enclosing(hit.start)
            if q is None or q.start >= hit.start:
                # (words inside a quotation are the quoted speaker's; an attribution
                # there is part of what they said, not a claim of the article's)
                mine.append(hit)
        colon = (
            _COLON_HEAD.match(view, sent.start, sent.end)
            if view.find(":", sent.start, sent.end) >= 0
            else None
        )
        dashes = (
            list(_DASH_TAIL.finditer(view, sent.start, sent.end))
            if view.find("—", sent.start, sent.end) >= 0
            or view.find("―", sent.start, sent.end) >= 0
            else []
        )
        if not mine and colon is None and not dashes:
            continue
        tokens = _tokens(view, sent.start, sent.end)
        s = _Sentence(view, si, sent, tokens, [h.start for h in mine if _reports(view, h)])
        used: set[int] = set()
        for hit in mine:
            if hit.start in used:
                continue
            found = _from_hit(view, s, hit, quotes, out)
            if found is not None:
                used.add(hit.start)
                out.append(found)
        if colon is not None and (
            not (out and out[-1].sentence == si)
            # "PENCE: Well, Hillary Clinton thinks ...": a transcript's speaker label
            # holds the sentence's claims, it is not one of them
            or colon.group(1).isupper()
        ):
            found = _from_colon(view, s, colon, quotes)
            if found is not None:
                out.append(found)
        for dash in dashes:
            found = _from_dash(view, s, dash, quotes)
            if found is not None:
                out.append(found)
        _end_before_holder(view, out, first)
    return [_capped(view, f) for f in _follow_on(view, sents, quotes, out)]


# What stands between a content and a report ending the sentence: a comma and closing
# quotation marks, the comma inside them or out (see _end_before_holder).
_BEFORE_FINAL_REPORT = re.compile(r"[”\"'’,\s]*")


def _end_before_holder(view: str, out: list[Found], first: int) -> None:
    """Cut, in ``out[first:]`` (one sentence's claims), a content that runs over the cue
    of the claim holding it: in "Mohi said the factions would stop, officials said", the
    officials' content holds Mohi's claim, and Mohi's ends before ", officials said"
    (or ", according to officials").

    Each claim whose first piece ends before its cue is checked against one claim only,
    the last whose cue lies in that piece, so a sentence of many claims costs no more
    per claim than a short one."""
    mine = [(f.cue[0], i) for i, f in enumerate(out[first:], first) if f.cue is not None]
    if len(mine) < 2:
        return
    mine.sort()  # (a colon's or a dash's claim comes after the cues' own)
    cue_starts = [c for c, _ in mine]
    for _, b in mine:
        holder = out[b]
        assert holder.cue is not None
        ps, pe = holder.content[0]
        if (
            len(holder.content) > 1  # a parenthetical: inside the content it holds
            or pe > holder.cue[0]  # content after its cue: holds no claim before it
            or holder.source is None
            or holder.entry is None
            or holder.entry.kind not in ("verb", "preposition")
        ):
            continue
        stop = min(holder.cue[0], holder.source[0])
        if not (
            _BEFORE_FINAL_REPORT.fullmatch(view, pe, stop)
            and view.find(",", max(ps, pe - 3), stop) >= 0
        ):
            continue  # only ", officials said" / ",” said Mohi" after the content
        k = bisect.bisect_right(cue_starts, pe) - 1
        if k < 0 or cue_starts[k] < ps:
            continue
        a = mine[k][1]
        held = out[a]
        assert held.cue is not None
        if held.cue[1] > pe:
            continue
        parts = list(held.content)
        for j, (qs, qe) in enumerate(parts):
            if qs >= held.cue[1] and qs < pe < qe and qe >= holder.cue[1]:
                opened = view.rfind("(", qs, pe)
                # "said crime rose (the real figure is 15 percent, according to X)":
                # the holder is inside the bracket, which the held content ends before
                cut = _trim(view, qs, opened if opened > view.rfind(")", qs, pe) else pe)
                if cut[1] - cut[0] >= 2:
                    parts[j] = cut
                    out[a] = held._replace(content=tuple(parts[: j + 1]))
                break


# The longest content piece, in characters (about 300 words). News sentences and quoted
# paragraphs stay below it (5 of PolNeAR's 22,000 annotated pieces are longer); a text
# without full stops (a dump, an adversarial input) would otherwise make each claim run
# to the end of the text, and the output grow with the square of the input.
MAX_CONTENT = 2000


def _capped(view: str, f: Found) -> Found:
    """``f`` with every content piece cut to ``MAX_CONTENT`` at a word boundary, keeping
    the end nearest the cue: a piece after the cue keeps its start, a piece before it
    ("..., officials said") its end."""
    if len(f.content) == 1:
        s, e = f.content[0]
        if e - s <= MAX_CONTENT:
            return f
    elif all(e - s <= MAX_CONTENT for s, e in f.content):
        return f
    parts = []
    for s, e in f.content:
        if e - s > MAX_CONTENT:
            if f.cue is not None and e <= f.cue[0]:
                cut = view.find(" ", e - MAX_CONTENT, e)
                s = cut + 1 if 0 <= cut < e - 1 else e - MAX_CONTENT
            else:
                cut = view.rfind(" ", s, s + MAX_CONTENT)
                e = cut if cut > s else s + MAX_CONTENT
            # a cut inside a run of spaces or dashes leaves the rest of the run at the
            # edge: trimmed as every content is (unless nothing would be left)
            trimmed = _trim(view, s, e)
            s, e = trimmed if trimmed[0] < trimmed[1] else (s, e)
        parts.append((s, e))
    return f._replace(content=tuple(parts))


def _follow_on(view: str, sents: list[Sentence], quotes: Quotes, found: list[Found]) -> list[Found]:
    """Join a quotation that follows a quoted claim, with no cue of its own, to it.

    "“...,” he said in August. “To those I say ...”": the second quotation is the same
    speaker's; it becomes a second piece of the claim's content.
    """
    taken = {f.sentence for f in found}
    held = sorted(part for f in found for part in f.content)
    held_starts = [a for a, _ in held]
    reach = list(itertools.accumulate((b for _, b in held), max))  # the furthest end so far
    out: list[Found] = []
    for f in found:
        nxt = f.sentence + 1
        last = f.content[-1]
        if (
            nxt < len(sents)
            and nxt not in taken
            and f.entry is not None
            and f.entry.kind == "verb"
            and quotes.enclosing(last[0]) is not None
            and last[1] <= sents[nxt].start
            and sents[nxt].paragraph == sents[f.sentence].paragraph
        ):
            q = quotes.enclosing(sents[nxt].start)
            if (
                q is not None
                and q.start == sents[nxt].start
                and q.end > last[1]
                and not _overlaps(held_starts, reach, q.start, q.end)
            ):
                f = f._replace(content=(*f.content, (q.start, q.end)))
                taken.add(nxt)
        out.append(f)
    return out


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether a piece of those sorted by ``starts`` (``reach[i]`` the furthest end of
    the first i + 1) overlaps ``[start, end)``: one starting before ``end`` ends after
    ``start``. A bisection, where a look at every piece would make a document of many
    follow-on quotes cost the square of their number."""
    i = bisect.bisect_left(starts, end) - 1
    return i >= 0 and reach[i] > start


# A name and a colon opening a sentence: "PENCE: Well, ...", "Pat Caddell: Voters ...".
_COLON_HEAD = regex.compile(
    r"[\"“]?((?:\p{Lu}[\p{L}'.\-]*[ ]){0,3}\p{Lu}[\p{L}'.\-]*):[ \n]+(?=\S)"
)
# A quotation followed by a dash and a name closing a line: "“...” ― Sonya Herridge".
# (one to four capitalized words, one space between them: a word cannot be split into
# more, and the quantifiers are possessive, so a long run of capitals that fails the
# look-ahead is read once, not split every way; a test in test_regex_safety.py)
_DASH_TAIL = regex.compile(
    r"[”\"][ ]*([―—–])[ ]*"
    r"(\p{Lu}[\p{L}'.\-]*+(?:[ ]\p{Lu}[\p{L}'.\-]*+){0,3}+[ ]?)(?=[ ]*(?:\n|$))"
)


def _from_colon(view: str, s: _Sentence, m: regex.Match[str], quotes: Quotes) -> Found | None:
    name = m.group(1)
    lows = name.lower().split()
    if (
        lows[0] in _COLON_STOP
        or name.lower() in _COLON_STOP
        or any(w in _NP_STOP or w in _CAP_STOP for w in lows)
    ):
        return None
    cs, ce = m.span(1)
    cue = (ce, ce + 1)
    entry = CueEntry(":", "punctuation", "neutral", "any")
    verb = _reporting_verb(lows[0]) if len(lows) > 1 else None
    if verb is not None:
        # "Said Ellis: “…”": the verb opening the label is the cue, the rest the source
        cue = (cs, cs + len(name.split()[0]))
        cs = _trim(view, cue[1], ce)[0]
        entry = verb
    start = m.end()
    end = _content_end(view, s.sent, quotes, start)
    content = _trim(view, start, end)
    if content[1] - content[0] < 3:
        return None
    return Found((content,), cue, entry, False, (cs, ce), None, None, s.index)


def _reporting_verb(form: str) -> CueEntry | None:
    """The lexicon's verb entry framing anything for a form ("said", "says"), if any."""
    for entry in cues_entries().get((form,), ()):
        if entry.kind == "verb" and entry.needs == "any" and entry.stance != "not_claim":
            return entry
    return None


def _from_dash(view: str, s: _Sentence, m: regex.Match[str], quotes: Quotes) -> Found | None:
    q = quotes.enclosing(m.start())
    if q is None:
        return None
    name_s, name_e = _trim(view, *m.span(2))
    entry = CueEntry(m.group(1), "punctuation", "neutral", "any")
    return Found(
        ((q.start, q.end),), m.span(1), entry, False, (name_s, name_e), None, None, s.index
    )


def _title_case(toks: list[Word]) -> bool:
    """Whether a sentence is a headline in title case ("Obama Says Museum Will Tell")."""
    words = [t for t in toks if _is_word(t) and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _from_hit(
    view: str, s: _Sentence, hit: CueHit, quotes: Quotes, done: list[Found]
) -> Found | None:
    toks = s.toks
    a = s.at(hit.start)
    if a is None:
        return None
    b = a
    while b < len(toks) and s.end(b) <= hit.end:
        b += 1
    if b == a:
        return None  # the form is part of a longer token ("said.Trump" with no space)
    entry = hit.entry
    prev = toks[a - 1] if a > 0 else None
    if (
        toks[a].text[:1].isupper()
        and prev is not None
        and prev.text not in _OPEN_Q
        and prev.text not in (":", ";")
        and not toks[a].text.isupper()
        and not s.title_case()
    ):
        return None  # a name or a title word ("United States", "Said"), not a cue
    after_det = _noun_after(prev, toks[a])
    if entry.kind == "noun":
        if after_det:
            return _noun_claim(view, s, a, b, entry, quotes)
        return _bare_noun_claim(view, s, a, b, entry)
    if entry.kind == "preposition":
        return _according_to(view, s, a, b, entry, quotes)
    if entry.kind == "adjective":
        return _adjective_claim(view, s, a, b, entry, quotes)
    if after_det or _document_noun(toks, a, b):
        return None
    return _verb_claim(view, s, a, b, entry, quotes, done)


def _document_noun(toks: list[Word], a: int, b: int) -> bool:
    """Whether a cue form that also names a document ("report", "poll") is that noun,
    heading a phrase whose verb follows: "A GAO report released last year found", "a
    CNN poll shows"."""
    if b - a != 1 or b >= len(toks) or source_nouns().get(toks[a].low) != "document":
        return False
    nxt = toks[b]
    return _cue_verb(nxt) or (nxt.low.endswith("ed") and nxt.text.islower())


def _verb_claim(
    view: str,
    s: _Sentence,
    a: int,
    b: int,
    entry: CueEntry,
    quotes: Quotes,
    done: list[Found],
) -> Found | None:
    toks = s.toks
    n = len(toks)
    form = toks[a].low
    cue_start, cue_end = s.starts[a], s.end(b - 1)
    negated = entry.lemma in ("decline", "refuse")
    passive = False
    j = a - 1
    while (
        j >= 0
        and j >= a - _MAX_SKIP_LEFT
        and (
            (toks[j].low in SKIP_LEFT and not _name_word(s, j))
            or (toks[j].low == "neither" and j > 0)  # "The minister neither confirmed"
            or (
                toks[j].low.endswith("ly")
                and not _is_cap(toks[j])
                and toks[j].low not in source_nouns()
                and not _determines(toks[j - 1] if j > 0 else None)  # "Scott's family"
            )
        )
    ):
        low = toks[j].low
        if (low in NEGATIONS or low.endswith("n't")) and (
            toks[j + 1].low not in _NOT_NEGATING_BEFORE
        ):
            negated = True
        if toks[j].low in BE or toks[j].low in _NEGATED_BE:
            passive = True
        j -= 1
    progressive = passive and form.endswith("ing")
    if j >= 0 and toks[j].low == "to":
        k = j - 1
        if k >= 0 and toks[k].low in _NEGATING_LEFT:
            negated = True
            cue_start = s.starts[k]
            j = k - 1
            while j >= 0 and toks[j].low in SKIP_LEFT:
                j -= 1
        elif k >= 0 and toks[k].low in ("on", "continued", "continues", "went", "goes"):
            j = k - 1
            while j >= 0 and toks[j].low in _SKIP_LEFT_GOING:
                j -= 1
        else:
            return None
    if form == "said" and j >= 0 and toks[j].low == "having":
        return None  # "Having said that, ..."
    ing = form.endswith("ing")
    if passive and ing:
        passive = False
    if passive and form not in _PASSIVE_OK and not form.endswith("ed"):
        passive = False
    # ---------------------------------------------------------------- what follows
    r = b
    if r + 2 < n and toks[r].low == "nor" and _cue_between(s, s.starts[r + 1], s.end(r + 1)):
        r += 2  # "neither confirmed nor denied the report": what both take follows
    # the object right after a "tell" cue, boxed once read: a run of such cues ("told
    # told ...") would read it twice per cue
    told: tuple[tuple[int, int] | None] | None = None
    if entry.lemma in _TELL and r < n:
        obj = None
        if toks[r].low not in ("that", "to"):
            obj = _right_np(s, r, n)
            told = (obj,)
        if obj is not None and toks[r].low not in _SETTING_STARTS:
            r = obj[1]
        elif r < n and toks[r].low in OBJECT_PRONOUNS:
            r += 1
        else:
            # "told the forum he was", "told a crowd in Ohio that": an object no source
            # noun heads (a noun phrase: "about incidents that" is no object; a setting
            # is read below), then the complement; "that" after a noun cue is the
            # noun's ("asked questions about her assertion that")
            if (toks[r].low in DETERMINERS or _is_cap(toks[r])) and toks[r].low not in (
                _SETTING_STARTS
            ):
                k = next(
                    (
                        k
                        for k in range(r + 1, min(n, r + 8))
                        if toks[k].low == "that" or _clause_opens(toks, k)
                    ),
                    r,
                )
                if (
                    k > r
                    and not (toks[k].low == "that" and toks[k - 1].low in _cue_nouns())
                    and _only_setting(toks, r, k)
                ):
                    r = k
    # a setting before the complement: "said in a statement that", "said Monday that",
    # "said on Monday he would": a subject pronoun and a finite verb open a clause,
    # which no setting holds
    if r < n and toks[r].low in _SETTING_STARTS:
        k = r
        while k < n and k - r <= 8 and toks[k].low != "that" and toks[k].text not in (",", ":"):
            if toks[k].text in _FINAL or (
                k > r and _clause_opens(toks, k) and _only_setting(toks, r, k)
            ):
                break
            k += 1
        if k < n and (
            (toks[k].low == "that" and not _reports_noun(toks[k - 1]))
            or toks[k].text in (",", ":")
            or (k > r and _clause_opens(toks, k) and _only_setting(toks, r, k))
        ):
            r = k
    if r < n and toks[r].text in (",", ":") and r + 1 < n:
        r += 1
    elif r == n - 1 and toks[r].text == ":" and not passive:
        # "He said:" and the words follow in the next paragraph
        left = _left_source(s, j, strict=entry.needs != "any") if j >= 0 else None
        following = _after_colon(view, s.end(r), quotes)
        if left is None or following is None:
            return None
        speaker, apposition, _who = left
        return Found(
            (following,),
            (cue_start, cue_end),
            entry,
            negated,
            s.span(*speaker),
            apposition,
            None,
            s.index,
        )
    # ---------------------------------------------------------------- participial
    if (
        ing
        and not passive
        and j >= 0
        and (
            toks[j].text in (",", "—", "–", "and")
            # "began by saying he would", "was criticized for saying that": a gerund
            # after a preposition, inside the main clause whose subject speaks
            or (
                j > 0
                and toks[j].low in _GERUND_PREPS
                and (form in _PARTICIPLE_OK or entry.needs == "any")
            )
        )
        and (form in _PARTICIPLE_OK or entry.needs in ("any", "obj"))
    ):
        if (
            r >= n
            or toks[r].text in _FINAL
            or toks[r].text in _REPORTED
            or (entry.needs == "obj" and r - 1 > b and toks[r - 1].text == ",")
        ):
            # ("Merkel, speaking after the summit, said": no content, an aside)
            return None
        start = s.starts[r]
        end = _stop_before_next_cue(toks, r, n, s)
        end = max(end, _content_end(view, s.sent, quotes, start)) if end == s.sent.end else end
        aside = _aside_end(s, r) if toks[j].text == "," else None
        if aside is not None:
            # "The official, citing the report, said it failed": an aside ends at the
            # comma before the main clause's report
            end = min(end, aside)
        content = _trim(view, start, end)
        if content[1] - content[0] < 2:
            return None
        share = len(done) - 1 if _last_in_sentence(done, s) is not None else None
        subject: Offsets | None = None
        if share is None:
            head = _sentence_subject(s, n)
            if head is not None:
                subject = s.span(*head)
        return Found(
            (content,), (cue_start, cue_end), entry, negated, subject, None, share, s.index
        )
    if ing and not progressive:
        return None  # a gerund or a participle after a noun: "militias calling themselves"
    if not ing and not passive and j >= 0 and toks[j].low in ("and", "nor") and r < n:
        # "Graham urged Republicans to ..., and criticized the party": one subject;
        # "neither confirmed nor denied the report": the second negated too
        negated = negated or toks[j].low == "nor"
        share = len(done) - 1 if _last_in_sentence(done, s) is not None else None
        subject = None
        if share is None:
            np0 = _sentence_subject(s, n)
            if np0 is not None and np0[1] < j:
                subject = s.span(*np0)
                # "Sanders didn't come out and say ...": the subject's negated verb
                # holds the one after "and" too
                negated = negated or any(
                    toks[k].low in NEGATIONS or toks[k].low.endswith("n't")
                    for k in range(np0[1], min(j, np0[1] + 2))
                )
        if (share is not None or subject is not None) and toks[r].text not in _FINAL:
            start = s.starts[r]
            content = _trim(view, start, _content_end(view, s.sent, quotes, start))
            if content[1] - content[0] >= 2 and (
                entry.needs != "that" or _that_ok(toks[r], toks, r)
            ):
                return Found(
                    (content,), (cue_start, cue_end), entry, negated, subject, None, share, s.index
                )
    # ---------------------------------------------------------------- final cue: content before
    final = _final_after(toks, b)
    if final is None and entry.lemma in _TELL and b < n:
        # “...,” Figueroa told The Post.
        obj = told[0] if told is not None else _right_np(s, b, n)
        if obj is not None:
            final = _final_after(toks, obj[1])
    if entry.lemma in ("seem", "appear") and r < n and toks[r].low in ("to", "that", "like"):
        # "The speaker appeared closer to ...": evidential; the clause is the content
        start = _content_start_left(view, s.sent, quotes)
        content = _trim(view, start, _content_end(view, s.sent, quotes, s.starts[r]))
        if content[1] - content[0] >= 2:
            return Found(
                (content,), (cue_start, cue_end), entry, negated, None, None, None, s.index
            )
        return None
    strict = entry.needs != "any" or form in _noun_forms()
    left = _left_source(s, j, strict=strict) if j >= 0 and not passive else None
    if j > 0 and _ends_time_phrase(toks, j, left is not None):
        # "Clinton on Tuesday said", "Wells Fargo this month announced", "McConnell, who
        # in 2010 said": a time between the source and its cue
        k = _time_phrase_start(toks, j)
        while k > 1 and toks[k - 1].low in _TIME_ADVERBS:
            k -= 1  # "Wells Fargo just this month announced"
        earlier = _left_source(s, k - 1, strict=strict) if k > 0 else None
        if earlier is not None and (
            _head_ok(toks[k - 1]) or toks[k - 1].low == "who" or toks[k - 1].text in (")", ",")
        ):
            left = earlier  # (not "a report published Wednesday": no source before it)
    if (
        left is not None
        and left[2] is None
        and form.endswith("ed")
        and left[0][0] > 0
        and toks[left[0][0] - 1].low in _PLACE_PREPS
    ):
        left = None  # "said in a statement posted online": a participle after an object
    if left is not None and _nobody(toks, left[0][0]):
        negated = True  # "Nobody said", "No one has claimed": no one made the claim
    before = left[0][0] - 1 if left is not None else -1
    quote_before = (
        left is not None
        and before >= 0
        and (
            toks[before].text in _CLOSE_Q
            or (toks[before].text == "," and before > 0 and toks[before - 1].text in _CLOSE_Q)
        )
    )
    inverted = j >= 0 and (toks[j].text == "," or toks[j].text in _CLOSE_Q)
    if (
        inverted
        and left is not None
        and toks[j].text == ","
        and (
            left[1] is not None
            or left[2] is not None
            or (_named_before_clause(toks, *left[0]) and (left[0][0] == 0 or quote_before))
        )
    ):
        # "Revesz, director of X, said", "Smith, who chairs it, told reporters": an
        # apposition or a relative clause closes before the cue, not "..., said X"
        # (a phrase before a relative clause that does not open the sentence or follow
        # a quote is the content's: "Cruz lacks support from his colleagues, whom he
        # alienated, said Larry Sabato")
        inverted = False
    quote_after = b + 1 < n and toks[b].text in (",", ":") and toks[b + 1].text in _OPEN_Q
    parenthetical = b < n and toks[b].text == "," and not quote_after
    # "“...?” Clinton said." — the quote closes the sentence before; only when nothing
    # but a setting follows the cue to the end of the sentence
    initial = (
        left is not None
        and before < 0
        and final is not None
        and (final >= n or toks[final].text in _FINAL)
        and _quote_before(view, s.sent, quotes) is not None
    )
    comma_before = left is not None and before >= 0 and toks[before].text in (",", "—", "–")
    allow_left = quote_before or (
        not quote_after and (final is not None or parenthetical) and (comma_before or initial)
    )
    if allow_left or inverted:
        found = _final_claim(
            view,
            s,
            a,
            b,
            j,
            entry,
            quotes,
            negated,
            cue_start,
            cue_end,
            final,
            left if allow_left else None,
            inverted,
            done,
        )
        if found is not None:
            return found
    # ---------------------------------------------------------------- passive / raised
    if passive:
        k = r
        by = None
        if k < n and toks[k].low == "by":
            by = _right_np(s, k + 1, n)
            if by is not None:
                k = by[1]
        if by is not None and (k >= n or toks[k].text in _FINAL or toks[k].text == ","):
            # "The story was first reported by The Post": the subject is the content
            subject = _trim(view, s.sent.start, s.starts[j + 1] if j + 1 < a else cue_start)
            if subject[1] - subject[0] >= 2:
                src = s.span(*by)
                return Found(
                    (subject,), (cue_start, cue_end), entry, negated, src, None, None, s.index
                )
        if k < n and toks[k].low in ("as", "to", "that"):
            start = s.starts[k]
            if toks[k].low == "as" and k + 1 < n and toks[k + 1].low == "saying":
                start = s.starts[k + 2] if k + 2 < n else s.end(k)
            end = _content_end(view, s.sent, quotes, start)
            content = _trim(view, start, end)
            if content[1] - content[0] < 2:
                return None
            agent: Offsets | None = s.span(*by) if by else None
            if agent is None and j >= 0 and form in ("quoted",):
                quoted = _left_np(toks, j)
                agent = s.span(*quoted) if quoted else None
            return Found(
                (content,), (cue_start, cue_end), entry, negated, agent, None, None, s.index
            )
        if (
            by is None
            and k < n
            and toks[k].low in ("of", "for", "with")
            and entry.stance in ("distancing", "evaluative", "negating")
        ):
            # "Mr. Quiros was accused of using ...": who accused is not said; the
            # claim is the whole clause
            content = _trim(view, _content_start_left(view, s.sent, quotes), s.sent.end)
            if content[1] - content[0] >= 2:
                return Found(
                    (content,), (cue_start, cue_end), entry, negated, None, None, None, s.index
                )
        return None
    # ---------------------------------------------------------------- asked, no subject
    if entry.lemma == "ask" and form == "asked" and (j < 0 or toks[j].low in _WHEN_ASKED):
        found = _when_asked(view, s, b, (cue_start, cue_end), entry, negated)
        if found is not None:
            return found
    # ---------------------------------------------------------------- source before cue
    if entry.needs == "that" and r < n and _is_word(toks[r]) and not _that_ok(toks[r], toks, r):
        # evidence: "A CNN/ORC poll of South Carolina released on Tuesday showed Mr. Trump
        # with a lead": a document subject takes any complement
        document = _document_subject(toks, j)
        if document is not None:
            left = (document, None, None)
    if left is None or (
        final is not None and final > b and (final >= n or toks[final].text in _FINAL)
    ):
        return None  # no source, or only a setting ("said Monday.") follows the cue
    np, descriptor, who = left
    if r >= n or toks[r].text in _FINAL:
        return None
    if who is not None and r - 1 > b and toks[r - 1].text == "," and toks[r].text not in _OPEN_Q:
        return None  # "who asked for the video, told reporters": the comma ends the clause
    nxt = toks[r]
    needs = entry.needs
    evidence = source_nouns().get(toks[np[1] - 1].low) == "document"
    if (
        needs == "that"
        and not _that_ok(nxt, toks, r)
        and not (evidence and _is_word(nxt))
        and not (entry.lemma in _SEE_AS and _as_complement(toks, r))
    ):
        return None
    if needs == "to" and not (
        nxt.low == "to"
        or _that_ok(nxt, toks, r)
        # "Neither side wants conflict", "Murphy wants more funding": what is wanted
        or (entry.lemma in _WANT_OBJECT and _is_word(nxt) and nxt.low not in _NP_STOP)
        # "expect the central bank to raise rates": an object and its infinitive
        or _object_then_to(toks, r, n)
    ):
        return None
    if needs == "obj" and (
        nxt.low in _OBJECT_STOP
        or (not _is_word(nxt) and nxt.text not in _OPEN_Q)
        # "spoke on Monday, touting a message": a participle's clause, no object
        or (r > 0 and toks[r - 1].text == "," and nxt.low.endswith("ing"))
    ):
        return None
    start = s.starts[r]
    end = _stop_before_next_cue(toks, r, n, s)
    if end == s.sent.end:
        end = _content_end(view, s.sent, quotes, start)
    if who is not None and who > 0 and toks[who - 1].text == ",":
        end = min(end, _relative_clause_end(s, r))
    elif who is not None:
        # "An official who said he was not authorized to speak said ...": a relative
        # clause without commas ends before the main clause's report
        c = bisect.bisect_right(s.cues, cue_start)
        last = c + _RELATIVE_CUES  # (bounded: a sentence of noun cues would cost n² else)
        while c < min(len(s.cues), last) and s.cues[c] < end:
            at = s.at(s.cues[c])
            if at is not None and _main_report(toks[at]):
                end = s.cues[c]
                break
            c += 1
    content = _trim(view, start, end)
    if content[1] - content[0] < 2:
        return None
    src = s.span(*np)
    if who is not None:
        return Found(
            (content,),
            (cue_start, cue_end),
            entry,
            negated,
            (s.starts[who], s.end(who)),
            descriptor,
            None,
            s.index,
            src,
        )
    return Found((content,), (cue_start, cue_end), entry, negated, src, descriptor, None, s.index)


# How far a relative clause set off by commas may run, in tokens and in commas.
_RELATIVE_REACH = 60
_RELATIVE_COMMAS = 3
_RELATIVE_CUES = 8  # cue forms looked at after a relative clause's cue


# Nouns of others' claims: a "that" clause after one is what they hold ("responded to
# accusations that he lied"), not what the verb's source says. Not the media a source
# speaks in ("said in her opening remarks that", "in a statement that").
_OTHERS_CLAIMS = _words(
    """accusations allegations assertions claims reports rumors rumours
    suggestions suspicions speculation"""
)


def _reports_noun(t: Word) -> bool:
    """Whether a noun of others' claims stands before "that" (see _OTHERS_CLAIMS)."""
    return t.low in _OTHERS_CLAIMS


def _main_report(t: Word) -> bool:
    """Whether a cue form after a relative clause is its main clause's finite report
    ("who asked not to be named said"), not a noun or an infinitive in the clause
    ("who saw the comment as", "who told them never to speak")."""
    return t.text in _REPORTED or (t.text.islower() and t.low.endswith("ed") and _cue_verb(t))


def _comma_before(s: _Sentence, r: int, opens: Callable[[int], bool]) -> int | None:
    """The offset of the first of the next few commas from token ``r`` (at most
    _RELATIVE_COMMAS, within _RELATIVE_REACH tokens) whose next token (``opens`` is
    given its index) opens the main clause, or None: where a clause or an aside set off
    by commas ends."""
    toks = s.toks
    n = len(toks)
    k = r
    for _ in range(_RELATIVE_COMMAS):
        k = s.clause_break(k)
        if k >= n - 1 or k - r > _RELATIVE_REACH or toks[k].text != ",":
            break
        if opens(k + 1):
            return s.starts[k]
        k += 1
    return None


def _aside_end(s: _Sentence, r: int) -> int | None:
    """Where a participle's aside set off by commas ends, from token ``r`` in it: at a
    comma before "said", "says", "told" or "tells" (the main clause's report); else
    None."""
    return _comma_before(s, r, lambda k: s.toks[k].text in _REPORTED)


def _relative_clause_end(s: _Sentence, r: int) -> int:
    """Where a relative clause set off by a comma ends, from token ``r`` in it: at the
    comma before the main clause's verb ("Smith, who has denied wrongdoing, said he
    would fight": the denial ends at "wrongdoing"), else the sentence end. A comma
    closes it when a report, an auxiliary or a past-tense verb follows."""

    def opens(k: int) -> bool:
        t = s.toks[k]
        return (
            _cue_between(s, s.starts[k], s.starts[k] + 1)
            or t.low in _FINITE
            or (t.text.islower() and t.low.endswith("ed"))
        )

    end = _comma_before(s, r, opens)
    return s.sent.end if end is None else end


def _document_subject(toks: list[Word], j: int) -> tuple[int, int] | None:
    """The document phrase heading the subject that ends at token ``j`` ("A new poll
    released on Tuesday", "News footage from the scene"), as a token range, or None.
    Looks at most 14 tokens back, not past a clause boundary or a finite verb."""
    k = j
    while k >= 0 and j - k < 14:
        t = toks[k]
        if t.text in (",", ";", ":", "(", ")") or t.text in _FINAL or t.low in _FINITE:
            return None
        if source_nouns().get(t.low) == "document":
            np = _left_np(toks, k)
            # "A University of New Hampshire poll": a name with "of" before the noun
            while np is not None and np[0] >= 2 and toks[np[0] - 1].low == "of":
                owner = _left_np(toks, np[0] - 2) if _is_cap(toks[np[0] - 2]) else None
                if owner is None:
                    break
                np = (owner[0], np[1])
            # not an object ("the lead in the poll showed")
            if np is not None and not (np[0] > 0 and _embedded(toks[np[0] - 1])):
                return np
        k -= 1
    return None


# Words before a subjectless "asked" that open a reported question: "When asked whether".
_WHEN_ASKED = _words("when after once if and but")
# What opens the question itself.
_QUESTION_STARTS = _words("whether if why how what who whom which where when about")


def _when_asked(
    view: str, s: _Sentence, r: int, cue: Offsets, entry: CueEntry, negated: bool
) -> Found | None:
    """ "(When) asked (on Monday) whether ...": a reported question whose asker is not
    named; the content runs to the end of its clause."""
    toks = s.toks
    n = len(toks)
    k = r
    while k < n and k - r < 6 and toks[k].low not in _QUESTION_STARTS:
        if toks[k].text in _FINAL or toks[k].text in (",", ";", ":") or toks[k].low == "to":
            return None
        k += 1
    if k >= n or toks[k].low not in _QUESTION_STARTS:
        return None
    # to the end of the clause, and no further than a long clause (a text without
    # commas must not make each question run to its end)
    end = min(s.clause_break(k + 1), k + 80)
    content = _trim(view, s.starts[k], s.end(end - 1) if end > k + 1 else s.end(k))
    if end == k + 1 or content[1] - content[0] < 2:
        return None
    return Found((content,), cue, entry, negated, None, None, None, s.index)


@functools.cache
def _cue_nouns() -> frozenset[str]:
    """The one-word noun cues ("assertion", "claim", "report")."""
    return frozenset(
        words[0]
        for words, found in cues_entries().items()
        if len(words) == 1 and any(e.kind == "noun" for e in found)
    )


@functools.cache
def _noun_forms() -> frozenset[str]:
    """Cue forms that are also nouns ("states", "question", "claims"): as verbs they need
    a source that is clearly one (a name, a pronoun, a source noun)."""
    table = cues_entries()
    nouns = {words[0] for words, found in table.items() if any(e.kind == "noun" for e in found)}
    verbs = {words[0] for words, found in table.items() if any(e.kind == "verb" for e in found)}
    return frozenset(nouns & verbs | _AMBIGUOUS)


_AMBIGUOUS = _words(
    """state states question questions support supports plan plans view views back backs
    figure figures press answer answers comment comments report reports post posts"""
)


def _embedded(t: Word) -> bool:
    """Whether a word before a phrase makes it an object (of a verb or preposition)."""
    return (
        _is_word(t)
        and t.text[:1].islower()
        and t.low not in _SUBJECT_OPENERS
        and t.low not in _AMOUNTS
    )


# Reporting verbs that are only ever finite in news ("said", unlike "cited", "published"
# that also modify a noun: "figures cited by officials show"), so no subject holds them.
_REPORTED = _words("said says told tells")

_SUBJECT_OPENERS = _words(
    """and but or so yet then also still now instead meanwhile however because since while
    when although though if that as where whereas after before until once"""
)


def _cue_between(s: _Sentence, start: int, end: int) -> bool:
    """Whether a report's cue starts in ``[start, end)`` ("Rubio suggested that someone
    who ...": no subject holds "suggested")."""
    c = bisect.bisect_left(s.cues, start)
    return c < len(s.cues) and s.cues[c] < end


def _whole_subject(s: _Sentence, j: int) -> tuple[int, int] | None:
    """The subject from the start of the sentence (or of its last comma-less stretch) to
    token ``j``: "A group of militias calling themselves the “Coordinating Body”"."""
    if j < 0:
        return None
    toks = s.toks
    # from the token after the last break, within 16 tokens
    i = max(s.last_subject_break(j) + 1, j - 16, 0)
    if i > 0 and toks[i - 1].text not in (",", ";", ":", "—", "–"):
        return None
    while i <= j and toks[i].low in _SUBJECT_OPENERS:
        i += 1
    if i > j or j - i >= 16:
        return None
    first = toks[i]
    if not (first.low in DETERMINERS or _is_cap(first) or first.low in source_nouns()):
        return None
    relative = -1  # the index of a relative pronoun
    for k in range(i, j + 1):
        t = toks[k]
        if t.low in ("that", "which", "who"):
            relative = k  # "Factions that were led by ...": a verb inside a relative
        elif (t.low in _FINITE or t.text in _REPORTED) and relative < 0:
            return None  # "Smith said Jones denied": Jones is the subject, not Smith
    if not (
        _head_ok(toks[j])
        or toks[j].text in _CLOSE_Q
        or toks[j].low in source_nouns()
        # "Experts on North Korea and nuclear nonproliferation said": a role noun's
        # prepositional phrase, whatever word closes it
        or _role_with_phrase(toks, i, j)
        # "Protesters marching through the streets chanted": a participle's phrase
        or _noun_with_participle(toks, i, j)
        # "A senior official who was not named said": a relative clause closes it
        or (
            relative > i
            and toks[relative].low == "who"
            and _head_ok(toks[relative - 1])
            and toks[j].low not in _NP_STOP
            and not _cue_between(s, s.starts[i], s.starts[relative])
        )
    ):
        return None
    return i, j + 1


# The longest "role noun + prepositional phrase" subject, in tokens after its role noun.
_MAX_ROLE_PHRASE = 8


# The longest participle's phrase inside a subject, in tokens after the participle.
_MAX_PARTICIPLE_PHRASE = 8


def _noun_with_participle(toks: list[Word], i: int, j: int) -> bool:
    """Whether ``toks[i:j + 1]`` is a phrase headed by a source noun and a participle's
    phrase after it: "(The) protesters marching through the streets", "A Government
    Accountability Office report released last year"."""
    for p in range(i + 1, j + 1):
        t = toks[p]
        if t.text.islower() and t.low.endswith(("ing", "ed")):
            kind = plural_source_kind(toks[p - 1].low)
            if (
                kind is None
                or not 0 < j - p <= _MAX_PARTICIPLE_PHRASE
                or not all(_is_word(w) for w in toks[p + 1 : j + 1])
            ):
                return False
            if t.low.endswith("ing"):
                return True
            # in -ed, a document's participle before a time or an agent ("a report
            # released last year", "a poll conducted by"): "groups condemned the bill"
            # and "the office reported on Tuesday" are finite verbs
            nxt = toks[p + 1]
            return kind == "document" and (
                nxt.low in _TIMES or nxt.low in _TIME_OPENERS or nxt.low == "by"
            )
        if not (
            _is_word(t)
            and (
                t.text[:1].isupper()
                or p == i + 1
                or t.low in DETERMINERS
                or plural_source_kind(t.low) is not None
            )
        ):
            return False  # (names and source nouns before the participle, no verb)
    return False


def _role_with_phrase(toks: list[Word], i: int, j: int) -> bool:
    """Whether ``toks[i:j + 1]`` is a role noun (after determiners) and the phrase its
    preposition opens, ending in a plain word: "Experts on North Korea and nuclear
    nonproliferation", "the officials in charge"."""
    while i < j and toks[i].low in DETERMINERS:
        i += 1
    last = toks[j]
    if not (
        i + 1 < j
        and _role_before_prep(toks[i])
        and toks[i + 1].low in _NP_PREPS
        and _is_word(last)
        and last.low not in _NP_STOP
        and last.low not in SKIP_LEFT
        and not last.low.endswith("ly")
    ):
        return False
    # a short phrase with no verb in it: a determiner opens a phrase only after the
    # preposition or a conjunction (in "the court of appeals sent the case", a verb
    # stands before the second "the"), and a small word in -ed is a verb ("activists
    # joined in")
    return j - i < _MAX_ROLE_PHRASE and not any(
        (
            toks[k].low in DETERMINERS
            and toks[k - 1].low not in _NP_PREPS
            and toks[k - 1].low not in _COORDINATORS
        )
        or (toks[k].low.endswith("ed") and not _is_cap(toks[k]))
        for k in range(i + 2, j + 1)
    )


def _left_source(
    s: _Sentence, j: int, *, strict: bool
) -> tuple[tuple[int, int], Offsets | None, int | None] | None:
    """The source phrase ending at token ``j``, skipping appositions and relative clauses.

    Returns the phrase's token range, the descriptor's offsets (an apposition like "a
    spokesman for X"), and the index of a relative "who" standing for the source.
    """
    toks = s.toks
    descriptor: Offsets | None = None
    if j > 0 and toks[j].text in ("—", "–"):
        # "Many speakers at the service — including Muslims, Christians — said"
        k = j - 1
        while k >= 0 and j - k <= 30 and toks[k].text not in ("—", "–"):
            k -= 1
        if k > 0 and toks[k].text in ("—", "–") and k < j - 1:
            j = k - 1
    jj = j
    comma = j
    # appositions and relative clauses, one after another, leftwards:
    # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"
    for _ in range(4):
        if comma < 0 or toks[comma].text != ",":
            break
        k, first = _skip_parenthetical_left(toks, comma, 0)
        if k == comma:
            break
        if first is not None:
            descriptor = (s.starts[first], s.end(comma - 1))
        jj = k
        comma = k + 1
    if jj == j and j >= 0 and toks[j].text == ",":
        return _role_then_name(s, j)
    who = None
    if jj >= 0 and toks[jj].low == "who":
        who = jj
        jj -= 1
        if jj >= 0 and toks[jj].text == ",":
            jj -= 1
    np = _left_np(toks, jj, strict=strict)
    if (
        np is not None
        and np[0] > 0
        and _embedded(toks[np[0] - 1])
        and toks[np[0]].low not in _NOMINATIVE  # ("voters say they plan": a subject)
    ):
        # "Factions that were led by Soleimani and Muhandis ... have vowed": the phrase
        # before the cue is an object inside the subject; the subject is the whole
        np = _whole_subject(s, jj) or np
    elif np is None:
        np = _whole_subject(s, jj)
    if np is None:
        return None
    k = np[0] - 1
    if (
        jj != j
        and k > 0
        and toks[k].text == ","
        and (toks[np[0]].low in DETERMINERS or toks[np[0]].low in source_nouns())
    ):
        # "Michael Mulgrew, president of X, which ..., said": the role is a descriptor
        name = _left_np(toks, k - 1, strict=True)
        if name is not None and (name[0] == 0 or toks[name[0] - 1].low in ("but", "and")):
            return name, s.span(*np), who
    return np, descriptor, who


def _role_then_name(
    s: _Sentence, j: int
) -> tuple[tuple[int, int], Offsets | None, int | None] | None:
    """ "The Podesta Group's CEO, Kimberley Fritts, said": a name set off by commas after
    a role; the name is the source and the role its descriptor (``j`` is the comma
    closing the name)."""
    toks = s.toks
    k = j - 1
    while k >= 0 and j - k <= 5 and (_is_cap(toks[k]) or toks[k].text == "."):
        k -= 1
    if k < 1 or k == j - 1 or toks[k].text != "," or not _is_cap(toks[k + 1]):
        return None
    role = _left_np(toks, k - 1, strict=True)
    if role is None:
        return None
    head = _role_head(toks, *role)
    if source_nouns().get(toks[head].low) not in ("person", "group"):
        return None
    if head < k - 1 and j - k < 3:
        return None  # "the mayor of Oakland, California,": a place, not a name
    if role[0] > 0 and _embedded(toks[role[0] - 1]):
        return None
    return (k + 1, j), s.span(*role), None


# The prepositions that join a role to whom it serves ("a spokesman for", "a lawyer
# with"); not places ("a woman in Worcester, Massachusetts,").
_ROLE_PREPS = _words("for of at to with")


def _role_head(toks: list[Word], a: int, b: int) -> int:
    """The head of the role phrase ``toks[a:b]``: the first source noun a preposition
    follows ("A spokesman for the company": "spokesman", not "company"), else the last
    word ("one of the family's attorneys": "attorneys")."""
    for k in range(a + 1, b - 1):
        if toks[k].low in _ROLE_PREPS and toks[k - 1].low in source_nouns():
            return k - 1
    return b - 1


def _after_colon(view: str, pos: int, quotes: Quotes) -> Offsets | None:
    """What follows a colon that ends its paragraph: a quotation, or the next paragraph."""
    p = pos
    n = len(view)
    while p < n and view[p] in " \n" and p - pos < 8:
        p += 1
    if p >= n:
        return None
    q = quotes.enclosing(p)
    if q is not None and q.start == p:
        return q.start, q.end
    # to the paragraph's end: the next blank line (spaces on it or not), looked up in a
    # list of the text's blank lines made once (a text of colons closing their
    # paragraphs would otherwise search from each to the end of the text)
    blanks = _blank_lines(view)
    k = bisect.bisect_left(blanks, p)
    content = _trim(view, p, blanks[k] if k < len(blanks) else n)
    return content if content[1] - content[0] >= 2 else None


@functools.lru_cache(maxsize=4)
def _blank_lines(view: str) -> list[int]:
    """Where each blank line of ``view`` starts: every line break followed by spaces and
    another line break (what a search for ``\\n[ ]*\\n`` from any position finds first)."""
    return [m.start() for m in _BLANK_LINE.finditer(view)]


_BLANK_LINE = re.compile(r"\n(?=[ ]*\n)")


def _quote_before(view: str, sent: Sentence, quotes: Quotes) -> Offsets | None:
    """A quotation closing right before the sentence ("“...?” Clinton said.")."""
    p = sent.start - 1
    while p >= 0 and view[p] in " \n":
        p -= 1
    if p < 0 or sent.start - p > 3:
        return None
    q = quotes.enclosing(p)
    if q is not None and q.end == p + 1:
        return q.start, q.end
    return None


# What links a subject to an adjective cue: "is sure that", "wasn't convinced that".
_LINKING = BE | _NEGATED_BE | _words("remain remains remained felt feel feels seemed seems")

_FINITE = (
    _words(
        """is are was were will would can could should may might must has have had does did do
    'll 's 're"""
    )
    | _NEGATED_AUX
)


_NOMINATIVE = _words("he she they we i it")


def _clause_opens(toks: list[Word], k: int) -> bool:
    """Whether a subject pronoun and a finite verb start at token ``k`` ("he would")."""
    return (
        toks[k].low in _NOMINATIVE
        and k + 1 < len(toks)
        and (toks[k + 1].low in _FINITE or toks[k + 1].low.endswith("n't"))
    )


# Words that end a setting: a verb, an infinitive, a conjunction, or the start of a clause.
_NOT_IN_SETTING = _FINITE | _words(
    """to and but or nor as then that who whom whose which when where what how why if
    whether because since although though unless until while so"""
)


def _only_setting(toks: list[Word], r: int, k: int) -> bool:
    """Whether tokens ``r`` to ``k`` can be a setting alone ("on Monday", "in a
    statement", "last week"): a few words, not an infinitive, with no verb or clause."""
    return k - r <= 7 and all(
        _is_word(t) and t.low not in _NOT_IN_SETTING and not t.low.endswith(("ed", "ing"))
        for t in toks[r:k]
    )


def _object_then_to(toks: list[Word], r: int, n: int) -> bool:
    """Whether a short object phrase and "to" and a verb follow at token ``r``: "the
    central bank to raise", "him to resign"."""
    t = toks[r]
    if not (t.low in DETERMINERS or t.low in OBJECT_PRONOUNS or _is_cap(t)):
        return False
    for k in range(r + 1, min(n - 1, r + 5)):
        if toks[k].low == "to":
            return _is_word(toks[k + 1]) and toks[k + 1].low not in DETERMINERS
        if not _is_word(toks[k]) or toks[k].low in _NP_STOP:
            return False
    return False


def _that_ok(nxt: Word, toks: list[Word], r: int) -> bool:
    """Whether a finite complement starts at token ``r`` ("that ...", "he will ...")."""
    if nxt.low in _THAT_STARTS or nxt.text in _OPEN_Q or nxt.text == ":":
        return True
    if r > 0 and toks[r - 1].text in (",", ":") and nxt.text in _OPEN_Q:
        return True
    # "believes his efforts will be ...": a subject and a finite verb, no "that"
    if nxt.low in DETERMINERS or _is_cap(nxt):
        for k in range(r + 1, min(len(toks), r + 10)):
            t = toks[k]
            if t.low in _FINITE or t.low.endswith("n't"):
                return True
            if not _is_word(t) and t.text not in ("-", "'"):
                return False
    return False


def _clause_end(view: str, s: _Sentence, quotes: Quotes, start: int) -> int:
    """Where content starting at ``start`` ends: before a participial cue, a semicolon or
    an author's concessive clause; else at the sentence end or its quotation's end."""
    r = s.at(start)
    if r is not None:
        end = _stop_before_next_cue(s.toks, r, len(s.toks), s)
        if end != s.sent.end:
            return end
    return _content_end(view, s.sent, quotes, start)


def _stop_before_next_cue(toks: list[Word], r: int, n: int, s: _Sentence) -> int:
    """The content end: the sentence end, a semicolon, a comma opening a participial, a
    comma opening the author's own concessive clause ("..., although Mohi did not"), or a
    comma and a conjunction opening a report of its own ("..., and Jones said")."""
    stops = _stops(s)
    i = bisect.bisect_right(stops, r)
    if i < len(stops) and stops[i] < n - 1:
        return s.starts[stops[i]]
    return s.sent.end


def _stops(s: _Sentence) -> list[int]:
    """The indices of the tokens where a content stops (see _stop_before_next_cue), built
    once per sentence on first use."""
    if s.stops is None:
        toks = s.toks
        s.stops = [
            k
            for k in s.breaks()
            if 0 < k < len(toks) - 1
            and (
                toks[k].text == ";"
                or toks[k + 1].low in _CLAUSE_AFTER_COMMA
                or (toks[k + 1].low in _COORDINATING and _report_follows(s, k + 2))
            )
        ]
    return s.stops


def _report_follows(s: _Sentence, i: int) -> bool:
    """Whether a verb cue starts within ``_COORDINATED_REACH`` tokens from ``i``, after a
    subject or nothing: the conjunction before ``i`` opens a clause reporting someone's
    words ("and Jones said", "but a spokesman for the city denied", "and added that"),
    not part of the content.

    Not where a comma, a quotation mark, a relative or "that" comes first (a clause
    inside the content), nor a modal or a form of "be" ("but would eventually add", "he
    was asked": the content's own verb, a passive), nor after a determiner ("and the
    answers", a noun)."""
    toks = s.toks
    if not s.cues or i >= len(toks):
        return False
    c = bisect.bisect_left(s.cues, s.starts[i])
    if c == len(s.cues):
        return False
    cue = s.cues[c]
    for k in range(i, min(len(toks), i + _COORDINATED_REACH + 1)):
        t = toks[k]
        if s.starts[k] == cue:
            return not _noun_after(toks[k - 1], t)
        if (
            s.starts[k] > cue
            or t.text in (",", ";")
            or t.text in _OPEN_Q
            or t.low in _NOT_BEFORE_REPORT
            or t.low in BE
        ):
            return False
    return False


def _toks_index(toks: list[Word], text: str, start: int, stop: int) -> int | None:
    """The index of the first token in ``toks[start:stop]`` written ``text``, if any."""
    return next((k for k in range(start, stop) if toks[k].text == text), None)


def _inverted_source(s: _Sentence, b: int, n: int) -> tuple[int, int] | None:
    """The source phrase after an inverted cue ("..., said Mohi"), as a token range:
    with a number before it ("said 9/11 widow Terry Strada", "said 2016 nominee Hillary
    Clinton") and a place or body after a name ("said Rep. Elijah Cummings of
    Maryland")."""
    toks = s.toks
    r = b
    while r < n and r - b < 4 and (toks[r].text[:1].isdigit() or toks[r].text in ("/", "-")):
        r += 1
    right = _right_np(s, r, n)
    if right is None:
        return None
    if r > b:
        if not (toks[r].text[:1].isdigit() or _is_cap(toks[right[1] - 1])):
            return None
        right = (b, right[1])
    e = right[1]
    if (
        e + 1 < n
        and toks[e].low in ("of", "from", "at")
        and _is_cap(toks[e - 1])
        and (
            _is_cap(toks[e + 1])
            or (toks[e + 1].low == "the" and e + 2 < n and _is_cap(toks[e + 2]))
        )
    ):
        k = e + 2 if toks[e + 1].low == "the" else e + 1
        while (
            k < n
            and k - e <= _MAX_SOURCE_TOKENS
            and (
                _is_cap(toks[k])
                or (toks[k].text == "." and k + 1 < n and _is_cap(toks[k + 1]))  # "St. Louis"
            )
        ):
            k += 1
        right = (right[0], k)
    return right


def _final_claim(
    view: str,
    s: _Sentence,
    a: int,
    b: int,
    j: int,
    entry: CueEntry,
    quotes: Quotes,
    negated: bool,
    cue_start: int,
    cue_end: int,
    final: int | None,
    left: tuple[tuple[int, int], Offsets | None, int | None] | None,
    inverted: bool,
    done: list[Found],
) -> Found | None:
    """CONTENT, SOURCE CUE. / CONTENT, CUE SOURCE. / "...," CUE SOURCE, "...".

    ``inverted``: the cue follows a comma or a closing quote that no apposition before
    it explains, so its source may follow it ("..., said Mohi"); else only ``left``."""
    toks = s.toks
    n = len(toks)
    src: tuple[int, int] | None = None
    descriptor: Offsets | None = None
    boundary: int | None = None  # token index of the comma / quote ending the content
    after: int | None = None
    # inverted: CUE SOURCE after a comma or closing quote
    if inverted and entry.needs != "obj":
        # (not "..., endorsed Senator Ted Cruz": what an evaluative verb's object names
        # is what it evaluates, never who speaks)
        right = _inverted_source(s, b, n)
        if right is not None and toks[right[0]].low not in _OBJECT_ONLY:
            e = right[1]
            if (
                e < n
                and toks[e].text == ","
                and e + 1 < n
                and (toks[e + 1].low in DETERMINERS or toks[e + 1].low in source_nouns())
            ):
                # "said Mohi, a spokesman for X."
                k = e + 1
                while k < n and toks[k].text not in _FINAL and toks[k].text != ",":
                    k += 1
                descriptor = (s.starts[e + 1], s.end(k - 1))
                e = k
            if e < n and toks[e].text == "(":
                # "said Mr. Burman (a view echoed by ...)."; the aside is looked for no
                # further than _MAX_ASIDE tokens: an unclosed "(" per cue ("said Mohi (
                # ... said Mohi ( ...") would walk each to the sentence end
                close = _toks_index(toks, ")", e, min(n, e + _MAX_ASIDE))
                e = close + 1 if close is not None else n + 1
            if (
                e >= n
                or toks[e].text in _FINAL
                or toks[e].text == ","
                or (_final_after(toks, e) is not None)
            ):
                src = s.span(*right)
                boundary = j
                after = e
    first: Offsets | None = None
    if src is None:
        if left is None or left[2] is not None:
            # (a relative clause's verb takes no content before its source: in "“…,”
            # Scott's relatives, who asked for the video, told reporters", "told" does)
            return None
        np, descriptor, _who = left
        src = s.span(*np)
        k = np[0] - 1
        after = final if final is not None else b
        if k < 0:
            first = _quote_before(view, s.sent, quotes)
            if first is None:
                return None
        elif toks[k].text not in (",", "—", "–") and toks[k].text not in _CLOSE_Q:
            return None
        elif toks[k].text in _DASHES and _after_dateline(toks, n) == k + 1:
            return None  # "WASHINGTON — Clinton spoke": a dateline is no content
        elif descriptor is not None and descriptor[1] == s.end(k - 1):
            # "“…,” his lawyer, John Doe, said": the content ends before the role (none
            # in "The suspect's lawyer, John Doe, declined to comment")
            d = k - 1
            while d > 0 and s.starts[d] > descriptor[0]:
                d -= 1
            if d == 0 or (toks[d - 1].text != "," and toks[d - 1].text not in _CLOSE_Q):
                return None
            boundary = d - 1
        else:
            boundary = k
    if first is None:
        assert boundary is not None
        content_end = s.starts[boundary]
        if toks[boundary].text in _CLOSE_Q:
            content_end = s.end(boundary)
        elif boundary > 0 and toks[boundary - 1].text in _CLOSE_Q:
            content_end = s.end(boundary - 1)
        q = quotes.enclosing(content_end - 1)
        if q is not None and q.end <= content_end + 1:
            # the quotation ending here: all of it, or the sentence's part before it
            floor = _after_last_claim(view, s, done, q.start)
            if q.start < floor or _only_space(view, floor, q.start):
                content_start = q.start
            else:
                content_start = floor
        else:
            content_start = _content_start_left(view, s.sent, quotes)
        first = _trim(view, content_start, content_end)
    if first[1] - first[0] < 2:
        return None
    parts: list[Offsets] = [first]
    # a split quote or a parenthetical: more content after "he said,"
    first_quoted = quotes.enclosing(first[0]) is not None
    if after is not None and after < n and toks[after].text == ",":
        k = after + 1
        if (
            k < n
            and toks[k].low not in _PARTICIPLE_OK
            and ((toks[k].text in _OPEN_Q) == first_quoted)
        ):
            start = s.starts[k]
            end = _stop_before_next_cue(toks, k, n, s)
            if end == s.sent.end:
                end = _content_end(view, s.sent, quotes, start)
            second = _trim(view, start, end)
            if second[1] - second[0] >= 2:
                if boundary is not None:  # (not a quotation before the sentence)
                    cut = _inside_report(s, done, first[0], boundary)
                    parts[0] = (cut, first[1])
                parts.append(second)
    return Found(tuple(parts), (cue_start, cue_end), entry, negated, src, descriptor, None, s.index)


# What joins a second "that" clause to a first: "said that it rained, and that the bridge".
_COORDINATORS = _words("and or but")
# What opens an adverbial clause before a main one.
_SUBORDINATORS = _words("when after before once if as because since while although though")


def _inside_report(s: _Sentence, done: list[Found], start: int, boundary: int) -> int:
    """Where the piece before a parenthetical cue starts, given it would start at
    ``start`` and ends at the token ``boundary`` (the comma before the cue).

    At the "that" opening the content of the claim found just before, if that content
    holds the parenthetical: in "Mohi said that the factions, officials said, would
    stop" the officials' words are the clause, not Mohi's saying it. Otherwise the
    parenthetical is in the main clause, and the piece starts at ``start``: where the
    report has no source ("After being informed that he would be charged, police
    said, ..."), stands in an adverbial clause ("When Sanders said that ..., he ...,
    Heiserman said"), ended earlier ("Lane said that it rained; the bridge, officials
    said, ..."), or is a relative clause that a comma closed ("Lane, who said that it
    rained, thinks the bridge, officials said, ...").

    Only the claim just before is read (the sentence's claims are the last of
    ``done``), so a sentence of many parentheticals costs no more per claim than a
    short one."""
    f = _last_in_sentence(done, s)
    if f is None:
        return start
    toks = s.toks
    end = s.starts[boundary]
    if (
        f.cue is None
        or f.source is None
        or not start <= f.cue[0] < f.cue[1] < end
        or f.content[0][1] < end
    ):
        return start
    j = s.at(f.source[0])
    if j is not None and j > 0 and toks[j - 1].low in _SUBORDINATORS:
        return start  # "When Sanders said that ..., he ...": an adverbial clause
    k = s.at(f.content[0][0])
    if k is None or not f.cue[1] <= s.starts[k] < end:
        return start
    if f.antecedent is not None and s.clause_break(k) < boundary:
        return start  # "Lane, who said that it rained, thinks ...": the relative ended
    # the clause holding the parenthetical: a "that" clause joined to the first ("said
    # it rained, and that the bridge, officials said, ..."), else the first
    c = s.coordinated_that(boundary)
    if k < c:
        return s.starts[c]
    return s.starts[k] if toks[k].low == "that" else start


# What joins a claim to the one before it in its sentence: "“...,” he said, and “...”".
_JOINING = re.compile(r"[\s,;]*(?:(?:and|but|while|yet)\b[\s,]*)?")


def _after_last_claim(view: str, s: _Sentence, done: list[Found], before: int) -> int:
    """Where the part of a sentence before a quotation ending at a cue starts: after the
    sentence's claim just before, and the conjunction joining them, if that claim ends
    before ``before`` ("“It holds,” he said, and “it does,” she said": hers is only the
    second quotation); else the sentence start. A comma, a semicolon or a conjunction
    must stand between: in "The four loopholes he cited are “...”, she said" the claim
    before is inside hers."""
    f = _last_in_sentence(done, s)
    if f is None or f.cue is None:
        return s.sent.start
    end = max(f.cue[1], f.source[1] if f.source is not None else 0, f.content[-1][1])
    if end > before:
        return s.sent.start
    m = _JOINING.match(view, end, before)
    if m is None or not m.group().strip():
        return s.sent.start
    return m.end()


def _last_in_sentence(done: list[Found], s: _Sentence) -> Found | None:
    """The last claim found in the sentence ``s``, if any: ``done`` holds the claims
    sentence by sentence, so it is the last of all or none (looked up in constant
    time, not by a walk back through the claims of earlier sentences)."""
    return done[-1] if done and done[-1].sentence == s.index else None


# Anything but white space (see _only_space).
_NOT_SPACE = re.compile(r"\S")


def _only_space(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` is all white space: searched for, not sliced, as the
    stretch from a sentence's start grows with each claim of a long one."""
    return _NOT_SPACE.search(view, start, end) is None


def _according_to(
    view: str, s: _Sentence, a: int, b: int, entry: CueEntry, quotes: Quotes
) -> Found | None:
    toks = s.toks
    n = len(toks)
    right = _right_np(s, b, n)
    if right is None and b < n and _is_word(toks[b]) and toks[b].low not in _NP_STOP:
        # "according to the city engineer, ...", "according to early returns": a
        # description up to the comma
        k = b
        while k < n and k - b < 12 and toks[k].text not in (",", ")", *_FINAL):
            k += 1
        if k > b + 1:
            right = (b, k)
    if right is None:
        return None
    e = right[1]
    if e < n and toks[e].text not in (",", ")", "—", "–") and toks[e].text not in _FINAL:
        # a long source: "according to a complaint filed by the SEC, ..."
        k = e
        while (
            k < n
            and k - b < 30
            and toks[k].text not in (",", ")", "—", "–")
            and (toks[k].text not in _FINAL)
        ):
            k += 1
        if k < n and k - b < 30:
            e = k
            right = (right[0], k)
    src = s.span(*right)
    cue = (s.starts[a], s.end(b - 1))
    # skip a descriptor: "according to Mohi, a spokesman for X,"
    lead = (
        a == 0
        or (a == 1 and toks[0].low in ("but", "and", "yet", "so"))
        or toks[a - 1].text in (":", ";")  # "... unnoticed: According to polls, ..."
    )
    if lead:
        if e < n and toks[e].text == ",":
            start = s.starts[e + 1] if e + 1 < n else s.end(e)
            content = _trim(view, start, _content_end(view, s.sent, quotes, start))
            if content[1] - content[0] >= 2:
                return Found((content,), cue, entry, False, src, None, None, s.index)
        return None
    if a > 0 and toks[a - 1].text in (",", "(", "—", "–"):
        first = _trim(view, _content_start_left(view, s.sent, quotes), s.starts[a - 1])
        parts = [first] if first[1] - first[0] >= 2 else []
        if e < n and toks[e].text in (",", ")", "—", "–") and e + 1 < n:
            start = s.starts[e + 1]
            second = _trim(view, start, s.sent.end)
            if second[1] - second[0] >= 2:
                parts.append(second)
        if parts:
            return Found(tuple(parts), cue, entry, False, src, None, None, s.index)
    return None


def _noun_claim(
    view: str, s: _Sentence, a: int, b: int, entry: CueEntry, quotes: Quotes
) -> Found | None:
    toks = s.toks
    n = len(toks)
    r = b
    while r < n and r - b <= 5 and toks[r].low not in ("that", "to") and toks[r].text not in _FINAL:
        if toks[r].text in (",", ":") or (toks[r].low not in _SETTING_STARTS and r == b):
            break
        r += 1
    if r >= n or toks[r].low not in ("that", "to"):
        return None
    if (
        toks[r].low == "that"
        and r + 1 < n
        and toks[r + 1].low in ("is", "was", "has", "had", "are", "were", "will", "would")
    ):
        return None  # a relative clause: "the statement that was issued"
    cue = (s.starts[a], s.end(b - 1))
    prev = toks[a - 1]
    src: Offsets | None = None
    if prev.low.endswith(("'s", "s'")):
        text = prev.text[:-2]
        src = (s.starts[a - 1], s.starts[a - 1] + len(text))
        np = _left_np(toks, a - 1)
        if np is not None:
            src = (s.starts[np[0]], s.starts[a - 1] + len(text))
    elif prev.low in ("his", "her", "their", "its", "our", "my"):
        src = s.span(a - 1, a)
    else:
        # "issued a statement": the light verb's subject is the source
        k = a - 1
        while k >= 0 and toks[k].low in DETERMINERS:
            k -= 1
        if k >= 0 and toks[k].low in _LIGHT_VERBS:
            cue = (s.starts[k], cue[1])
            jj = k - 1
            while jj >= 0 and toks[jj].low in SKIP_LEFT:
                jj -= 1
            left = _left_source(s, jj, strict=False) if jj >= 0 else None
            if left is None:
                return None
            np = left[0]
            src = s.span(*np)
        else:
            return None
    start = s.starts[r]
    content = _trim(view, start, _clause_end(view, s, quotes, start))
    if content[1] - content[0] < 4:
        return None
    return Found((content,), cue, entry, False, src, None, None, s.index)


_OF_NOUNS = _words(
    """claims allegations accusations charges criticism questions concerns fears doubts
    suspicions reports denials warnings threats promises demands"""
)


def _bare_noun_claim(view: str, s: _Sentence, a: int, b: int, entry: CueEntry) -> Found | None:
    """A plural attribution noun with "of"/"about"/"that": "claims of sexual abuse"."""
    toks = s.toks
    n = len(toks)
    if toks[a].low not in _OF_NOUNS or b >= n or toks[b].low not in ("of", "about", "that"):
        return None
    k = b + 1
    # (no further than a content may reach: "claims of claims of ..." in a sentence
    # without a stop would read to its end for each claim)
    limit = s.end(b) + MAX_CONTENT
    while (
        k < n
        and toks[k].text not in _FINAL
        and toks[k].text not in (",", ";", "—")
        and s.end(k) <= limit
    ):
        k += 1
    if k - b < 2:
        return None
    start = s.starts[b + 1] if toks[b].low != "that" else s.starts[b]
    content = _trim(view, start, s.end(k - 1))
    if content[1] - content[0] < 3:
        return None
    return Found((content,), (s.starts[a], s.end(a)), entry, False, None, None, None, s.index)


def _adjective_claim(
    view: str, s: _Sentence, a: int, b: int, entry: CueEntry, quotes: Quotes
) -> Found | None:
    toks = s.toks
    n = len(toks)
    if b >= n or toks[b].low != "that" or a == 0 or toks[a - 1].low not in _LINKING:
        return None
    j = a - 2
    negated = toks[a - 1].low in _NEGATED_BE  # "isn't sure that"
    while j >= 0 and toks[j].low in SKIP_LEFT:
        if toks[j].low in NEGATIONS:
            negated = True
        j -= 1
    np = _left_np(toks, j)
    if np is None:
        return None
    start = s.starts[b]
    content = _trim(view, start, _clause_end(view, s, quotes, start))
    if content[1] - content[0] < 4:
        return None
    src = s.span(*np)
    return Found((content,), (s.starts[a], s.end(b - 1)), entry, negated, src, None, None, s.index)
