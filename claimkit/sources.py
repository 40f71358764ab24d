"""Sources: what kind of entity each mention is, and who it refers to.

Resolution first reads the whole document once for the names it holds, then walks the
attributions in order:

* full names (two words or more, titles stripped) are indexed by each of their words,
  so a bare surname ("Mohi", "Mr. Obama") resolves to the fullest name the article
  gives; when the article never gives more, the surname is that fullest name;
* roles introduced with a name ("Mohammed Mohi, a spokesman for ...", "campaign manager
  Kellyanne Conway", "Mayor Bill de Blasio") let "the spokesman" or "the mayor"
  resolve to that person; a definite role the article never ties to a name ("the
  nominee") goes to the person it mentions most;
* organizations met ("New York Post", "the Trump campaign") let "the Post" or "the
  campaign" resolve to the last one whose name holds that word;
* "he" and "she" go to the most recent speaker of a compatible gender (known from first
  names and Mr./Mrs./Ms.), else the most recent such person mentioned; "they" and "it"
  to the most recent group or organization that spoke.

Plural descriptions ("US officials", "environmentalists") name a group by that very
description. A mention that resolves to nothing keeps its text and its ``name`` stays
``None``: no name is ever invented.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs
import regex

from claimkit.attribution import (
    NAMED_DAYS,
    PRONOUN_CLITICS,
    Found,
    Offsets,
    plural_source_kind,
    source_nouns,
)
from claimkit.lexicon import load
from claimkit.model import Source, SourceKind, Span, _unchecked_maker
from claimkit.quotes import Quotes
from claimkit.text import Sentence

# builders of instances known to be valid (spans sliced from the text; see
# model._unchecked)
_new_source = _unchecked_maker(Source)
_new_span = _unchecked_maker(Span)

__all__ = ["resolve"]


# A capitalized name: words starting with a capital, joined by spaces, hyphens or name
# particles ("Abu Mahdi al-Muhandis", "Kata'ib Hezbollah", "Donald J. Trump"), written
# with a class for the capitals and one for the letters of a word.
def _name_pattern(capital: str, letter: str) -> str:
    return (
        rf"{capital}{letter}*"
        r"(?:[ ](?:(?:al|el|bin|ibn|van|von|de|del|der|da|di|du|la|le|dos|das|ben|abu)[ \-])?"
        rf"(?:{capital}\.(?=[ ]{capital})|{capital}{letter}*))*"
    )


_NAME = regex.compile(_name_pattern(r"\p{Lu}", r"[\p{L}\p{M}'\-]"))
# The same over ASCII, for the standard library's engine (twice as fast as ``regex``
# here): in ASCII the capitals are A-Z and the letters A-Z and a-z, without marks.
_ASCII_NAME = re.compile(_name_pattern("[A-Z]", r"[A-Za-z'\-]"))
# What a character outside ASCII is to _NAME, as an ASCII character of the same class
# there: a capital "Z", another letter or a mark "z" (no particle holds a "z"), any
# other "?" (which no part of _NAME matches).
_CAPITAL = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


@functools.lru_cache(maxsize=4096)
def _stand_in(ch: str) -> int:
    return ord("Z") if _CAPITAL.match(ch) else ord("z") if _LETTER.match(ch) else ord("?")


_re_span = re.Match.span
_regex_span = regex.Match.span
# A text with more characters outside ASCII than one in this many is read by ``regex``
# (each costs a look-up in _names).
_STAND_IN_SHARE = 20


def _names(view: str, start: int, end: int) -> Iterator[Offsets]:
    """The spans of _NAME's matches in ``view[start:end]``, in order.

    An ASCII text is read by _ASCII_NAME. So is another, each character outside ASCII
    standing in as "Z", "z" or "?" (_stand_in): the same length, each part of the
    pattern matching where it matches in the text, so the same spans."""
    if view.isascii():
        return map(_re_span, _ASCII_NAME.finditer(view, start, end))
    shape = view.encode("ascii", "replace")  # "?" for each character outside ASCII
    if shape.count(b"?") * _STAND_IN_SHARE > len(view):
        return map(_regex_span, _NAME.finditer(view, start, end))
    letters = bytearray(shape)
    at = shape.find(b"?", start, end)
    while at >= 0:
        ch = view[at]
        if ch != "?":
            letters[at] = _stand_in(ch)
        at = shape.find(b"?", at + 1, end)
    return map(_re_span, _ASCII_NAME.finditer(letters.decode("ascii"), start, end))


# "the Trump campaign", "Hillary Clinton's campaign": an organization named by its owner.
_OWNED_ORG = regex.compile(
    r"(?<![\p{L}\-])(\p{Lu}[\p{L}'\-]*(?:[ ]\p{Lu}[\p{L}'\-]*){0,2})(?:'s)?[ ]"
    r"(?:(?:presidential|re-election|Senate|primary|general-election|own)[ ])?"
    r"(campaign|administration|foundation|team)\b"
)
# The words an owned organization ends with, to find where _OWNED_ORG can match.
_OWNED_HEADS = ("campaign", "administration", "foundation", "team")
# The words _OWNED_ORG allows between the owner and the head, in small letters.
_OWNED_BETWEEN = frozenset({"presidential", "re-election", "primary", "general-election", "own"})
# How far before its head word an owned organization can start (characters).
_OWNED_REACH = 120


def _owned_orgs(view: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of _OWNED_ORG in ``view[start:end]``."""
    heads = [
        (at, stop)
        for at, stop in _whole_words(view, _OWNED_HEADS, start, end)
        # (the pattern puts a space before the head, and the owner or a word of
        # _OWNED_BETWEEN before that: "the campaign", "his team" are tried no further)
        if at > 0 and view[at - 1] == " " and _capital_may_end(view, at - 1, _OWNED_BETWEEN)
    ]
    return _ending_at_heads(_OWNED_ORG, heads, _OWNED_REACH, view, start)


def _capital_may_end(view: str, end: int, between: frozenset[str] = frozenset()) -> bool:
    """Whether a capitalized word may end at ``end`` (the owner of _OWNED_ORG, the place
    of _LOCAL_POLICE, each a capital then letters): not when the chunk ending there (as
    far back as _OWNED_REACH) is in ASCII without a capital, unless it is one of
    ``between``, which may stand between such a word and ``end``."""
    lo = max(0, end - _OWNED_REACH)
    space = view.rfind(" ", lo, end)
    chunk = view[space + 1 if space >= 0 else lo : end]
    return not (chunk.isascii() and chunk.islower()) or chunk in between


def _whole_words(view: str, words: tuple[str, ...], start: int, end: int) -> list[Offsets]:
    """Where ``words`` stand as whole words in ``view[start:end]``, in text order: a
    substring search per word (much faster than a regex scan for rare words)."""
    out = []
    for word in words:
        at = view.find(word, start, end)
        while at >= 0:
            stop = at + len(word)
            if not (at > 0 and _is_word_char(view[at - 1])) and not (
                stop < len(view) and _is_word_char(view[stop])
            ):
                out.append((at, stop))
            at = view.find(word, stop, end)
    out.sort()
    return out


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _ending_at_heads(
    pattern: regex.Pattern[str],
    heads: Iterable[Offsets],
    reach: int,
    view: str,
    start: int,
) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` from ``start`` on that end where one of ``heads``
    ends, tried only in the ``reach`` characters before each head: the scan costs a
    literal search rather than an attempt at every capital."""
    done = start
    for head_start, head_end in heads:
        lo = max(done, head_start - reach)
        for m in pattern.finditer(view, lo, head_end):
            if m.end() == head_end:
                done = m.end()
                yield m
                break


# A police force named by its place: "Charlotte-Mecklenburg police", "Tulsa Police".
_LOCAL_POLICE = regex.compile(
    r"(?<![\p{L}\-])\p{Lu}[\p{L}'\-]*(?:[ ]\p{Lu}[\p{L}'\-]*){0,2}[ ][Pp]olice\b"
)


def _police_heads(view: str, start: int, end: int) -> list[Offsets]:
    """The spans of " police" and " Police" as whole words (a word character neither
    after them nor past ``end``) in ``view[start:end]``, where _LOCAL_POLICE can end: a
    substring search, and only those after a chunk that may end a capitalized word."""
    out = []
    at = view.find("olice", start + 2, end)
    while at >= 0:
        stop = at + 5
        if (
            view[at - 2] == " "
            and view[at - 1] in "Pp"
            and not (stop < end and _is_word_char(view[stop]))
            and _capital_may_end(view, at - 2)
        ):
            out.append((at - 2, stop))
        at = view.find("olice", stop, end)
    return out


# The rest of an organization's name after "of" or "for": "Association| of Flight
# Attendants", "United Mine Workers| of America".
_ORG_OF = regex.compile(
    r"[ ](?:of|for)[ ](?:the[ ])?\p{Lu}[\p{L}'\-]*(?:[ ]\p{Lu}[\p{L}'\-]*){0,3}"
)
# An acronym in brackets after what it stands for: "(AROS)", "(EPA)".
_ACRONYM = regex.compile(r"[ ]\((\p{Lu}[\p{Lu}&]{1,7})\)")
# Small words an organization's name may hold without their initial in its acronym.
_ACRONYM_SKIPS = frozenset("of for to the and on in at &".split())


def _spelled_out(before: str, acronym: str) -> str | None:
    """The words at the end of ``before`` whose capitals spell ``acronym`` ("Alliance to
    Reclaim Our Schools" for AROS), or None."""
    words = before.split()
    letters = acronym.replace("&", "")
    need = len(letters)
    taken: list[str] = []
    for w in reversed(words[-2 * need - 2 :]):
        if need == 0:
            break
        if w.lower() in _ACRONYM_SKIPS and taken:
            taken.append(w)
            continue
        if not w[:1].isupper() or w[0] != letters[need - 1]:
            return None
        taken.append(w)
        need -= 1
    if need:
        return None
    return " ".join(reversed(taken))


# Titles before a name, and the role noun each stands for ("Sen." → senator).
_TITLE_ROLES = {
    "mr": None,
    "mrs": None,
    "ms": None,
    "dr": "doctor",
    "sen": "senator",
    "senator": "senator",
    "rep": "congressman",
    "representative": "congressman",
    "gov": "governor",
    "governor": "governor",
    "president": "president",
    "vice": None,
    "prime": None,
    "minister": "minister",
    "secretary": "secretary",
    "gen": "general",
    "general": "general",
    "judge": "judge",
    "justice": "justice",
    "chief": "chief",
    "chairman": "chairman",
    "chairwoman": "chairwoman",
    "chancellor": "chancellor",
    "premier": "premier",
    "sheriff": "sheriff",
    "congressman": "congressman",
    "congresswoman": "congresswoman",
    "speaker": "speaker",
    "leader": "leader",
    "mayor": "mayor",
    "candidate": "candidate",
    "nominee": "nominee",
    "ambassador": "ambassador",
    "former": None,
    "sheikh": None,
    "ayatollah": None,
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "lt": None,
    "col": None,
    "capt": None,
    "sgt": None,
    "adm": None,
    "professor": "professor",
    "prof": "professor",
    "rev": None,
    "pastor": "pastor",
    "father": None,
    "sir": None,
    "lord": None,
    "lady": None,
    "madam": None,
    "republican": None,
    "democratic": None,
    "democrat": None,
    "presidential": None,
    "house": None,
    "senate": None,
    "state": None,
    "attorney": "attorney",
    "u.s": None,
    "us": None,
    "foreign": None,
    "defense": None,
    "interior": None,
    "finance": None,
    "acting": None,
    "deputy": None,
    "assistant": None,
    "special": None,
    "counsel": "counsel",
    "press": None,
    "spokesman": "spokesman",
    "spokeswoman": "spokeswoman",
    "the": None,
    "commissioner": "commissioner",
    "police": None,
    "director": "director",
    "executive": None,
    "ceo": "ceo",
    "detective": "detective",
    "officer": "officer",
    "coach": "coach",
    "first": None,
    "lady's": None,
    "nominees": None,
    "widow": None,
    "businessman": "businessman",
    "billionaire": "billionaire",
    "gop": None,
    "rev.": None,
    "hon": None,
}
_ORG_WORDS = frozenset(
    """party campaign committee department ministry agency bureau office council commission
    court senate house congress parliament government administration army forces force
    police network news times post journal tribune herald gazette press media group
    company corp corporation inc llc bank fund foundation institute university college
    center centre association union coalition alliance league organization organisation
    hezbollah hamas taliban brigade brigades battalion militia mobilization resistance body
    service services cnn fox nbc abc cbs msnbc bbc reuters ap fbi cia nsa pentagon
    kremlin un nato gop dnc rnc pac board trust project watch magazine daily weekly channel
    review monitor observer guardian telegraph independent economist embassy caucus
    club society institution school church clinic hospital airport airlines motors
    agency authority federation republic kingdom states nations""".split()
)
# Days and months, capitalized and no names: "a report published Wednesday".
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december""".split()
)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the a an in on at but and or
    if when while as this that these those it its he she they we i you his her their our
    my your there here what who why how where after before since during although though
    however meanwhile still then also even just now today yesterday according said says
    everything nothing something anything asked""".split()
)
_PRONOUN_KIND = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "his": "person",
    "they": "plural",
    "their": "plural",
    "them": "plural",
    "it": "thing",
    "its": "thing",
    "i": "first",
    "we": "first",
    "my": "first",
    "our": "first",
    "me": "first",
    "us": "first",
    "you": "generic",
    "one": "generic",
    "everyone": "generic",
    "someone": "generic",
    "somebody": "generic",
    "nobody": "generic",
    "no one": "generic",
    "no-one": "generic",
    "none": "generic",
    "others": "generic",
}
_FEMALE_PRONOUNS = frozenset({"she", "her"})
# Titles only a person's name follows.
_PERSONAL = frozenset({"mr", "mrs", "ms", "dr"})
# Words after a phrase's head: "factions that were led by ...", "a spokesman for ...".
_HEAD_ENDS = frozenset("of for at from in with that which who whose by on to including".split())
# A group that names itself: "calling themselves the “X”", "known as X".
_CALLED = regex.compile(
    r"(?:call(?:ing|s|ed)? (?:themselves|itself)|known as|dubbed) (?:the )?[“\"']?"
    r"(\p{Lu}[^”\"'\n]*?(?:\n[^”\"'\n]*?)?)(?:[”\"']|$)"
)
_PARTICLES = frozenset("al el bin ibn van von de del der da di du la le dos das ben abu".split())
_CONTRACTION = regex.compile(r"['’](?:ve|ll|re|d|m|t|s)$|n['’]t$")
_DETS = frozenset("the a an this that these those his her their its our my your".split())
_DEFINITE = frozenset("the this that".split())
_QUANTIFIERS = frozenset(
    """one two three four five six seven eight nine ten some many most none all each
    several both few any""".split()
)


@functools.cache
def _genders() -> dict[str, str]:
    """First names and their gender (lexicon/names.tsv)."""
    return {row["name"]: row["gender"] for row in load("names")}


class _Person(NamedTuple):
    start: int
    name: str
    gender: str | None  # "female", "male" or None when unknown


def _strip_titles(words: list[str]) -> tuple[list[str], list[str]]:
    """Split leading titles and roles from a name: (titles, name words)."""
    titles: list[str] = []
    # "Wells Fargo CEO John Stumpf": everything up to the last title goes
    for i in range(len(words) - 2, -1, -1):
        low = words[i].lower().rstrip(".")
        if (_TITLE_ROLES.get(low)) or low in source_nouns():
            titles = [w.lower().rstrip(".") for w in words[: i + 1]]
            words = words[i + 1 :]
            break
    # (counted, then cut once: a slice per title made "Mr Mr Mr ..." quadratic)
    k = 0
    while len(words) - k > 1:
        low = words[k].lower().rstrip(".")
        if low in _TITLE_ROLES or low in source_nouns():
            titles.append(low)
            k += 1
        else:
            break
    return titles, words[k:]


@functools.lru_cache(maxsize=4096)
def _parse_name(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A capitalized run's name words and the titles before them, or None if no name."""
    words = _possessive([w.strip("'’") for w in raw.split()])
    # (counted, then cut once: a slice per word made "The The The ..." quadratic)
    k = 0
    while k < len(words) and words[k].lower() in _NOT_NAMES:
        k += 1
    words = words[k:]
    words = words[: _without_days(words, len(words))]  # "Reince Priebus Tuesday said"
    if not words or any(_CONTRACTION.search(w) for w in words):
        return None
    titles, words = _strip_titles(words)
    if len(words) > 5:
        return None
    if all(w.lower().rstrip(".") in _TITLE_ROLES for w in words) and not _PERSONAL & set(titles):
        return None  # roles only: "Vice President"; but "Mr. Justice", "Mr. King" are names
    return tuple(words), tuple(titles)


def _possessive(words: list[str]) -> list[str]:
    if words and words[-1].endswith(("'s", "’s")):
        words = [*words[:-1], words[-1][:-2]]
    return [w for w in words if w]


def _gender(words: list[str], titles: list[str]) -> str | None:
    if "mrs" in titles or "ms" in titles:
        return "female"
    if "mr" in titles:
        return "male"
    # a first name tells; one word alone is mostly a surname ("Clinton", "Warren")
    return _genders().get(words[0].lower()) if len(words) > 1 else None


def _is_org(words: list[str]) -> bool:
    return _is_org_name(tuple(words))


@functools.lru_cache(maxsize=4096)
def _is_org_name(words: tuple[str, ...]) -> bool:
    lows = [w.lower().strip(".") for w in words]
    if lows and lows[-1] in _ORG_WORDS:
        return True
    if any(w in ("party", "committee", "university", "hezbollah", "institute") for w in lows):
        return True
    return (
        len(words) == 1
        and words[0].isupper()
        and len(words[0]) <= 5
        and words[0].replace(".", "") not in _PLACE_ACRONYMS
    )


# Roles that, unnamed, are the article's protagonist ("the nominee", "the candidate").
_PROTAGONIST_ROLES = frozenset(
    "nominee candidate president businessman billionaire mogul republican democrat".split()
)
# A title abbreviation right before a name: "Gov. ", "Sen. ".
_TITLE_BEFORE = regex.compile(r"(\p{Lu}\p{L}*)\.[ ]$")
# How close (in characters) a namesake must be named to win over the one the article
# names most ("Ivanka Trump said ... Trump said": Ivanka only when named just before).
_NAMESAKE_NEAR = 400
# Words that open sentences and are never the first word of a name.
_SENTENCE_OPENERS = frozenset(
    """for with without after before about under over as at by from into like than through
    to via during despite among amid against behind beyond near since toward towards until
    upon within one two three every each both either neither many most some such only
    even just not no yes why how what when where who which whose while because unless""".split()
)
# Words of place names, which are no people: "Capitol Hill", "New York".
_PLACE_WORDS = frozenset(
    """hill york city county street avenue road square house hall valley river lake
    island islands mountain park states state kingdom republic north south east west
    new san los las fort port saint st beach coast bay gulf airport station""".split()
)
# Acronyms of places, not organizations.
_PLACE_ACRONYMS = frozenset({"US", "USA", "UK", "UAE", "DC", "NYC", "LA"})


def _title_case(view: str, sent: Sentence) -> bool:
    """Whether a sentence is a headline in title case ("Obama Says Museum Will Tell"):
    at least four words of four characters or more opening with a letter, four in five
    of them with a capital. (Split on white space: a regex scan per sentence cost five
    times as much.)"""
    if sent.end - sent.start > 300:
        return False
    chunks = view[sent.start : sent.end].split()
    # more small-letter words than a fifth of all the chunks: prose, known early
    limit = 0.2 * len(chunks)
    words = caps = 0
    for w in chunks:
        if len(w) > 3 and w[0].isalpha():
            words += 1
            if w[0].isupper():
                caps += 1
            elif words - caps > limit:
                return False
    return words >= 4 and caps >= 0.8 * words


# A sentence's shape for _headlines, one byte a character: white space is " ", a small
# ASCII letter "a", a character outside ASCII "?" (encoded so) and any other "x".
_SHAPES = bytes(
    32 if chr(b).isspace() else 97 if 97 <= b <= 122 else 63 if b == 63 else 120 for b in range(256)
)
# The shape's white space and "?" as " ": where a chunk may end.
_GAPS = bytes(32 if b in (32, 63) else b for b in range(256))


def _headlines(view: str, sents: list[Sentence]) -> list[Sentence]:
    """The sentences that are headlines: headings, and sentences in title case.

    Most sentences are prose, told from their shape (C passes over the text, then two
    counts) rather than split into words by _title_case: each " aaaa" is a word of four
    characters or more opening with a small letter, and a sentence has at most one
    chunk more than white space characters (at most its " " and "?" in the shape).
    When the small-letter words outnumber a fifth of the chunks they outnumber a fifth
    of the words, and fewer than four in five words have a capital.
    """
    shape = view.encode("ascii", "replace").translate(_SHAPES)
    gaps = shape.translate(_GAPS)
    out = []
    for sent in sents:
        start, end, _, heading = sent
        if heading or (
            end - start <= 300  # (else no headline: see _title_case)
            and 5 * shape.count(b" aaaa", start, end) <= 1 + gaps.count(b" ", start, end)
            and _title_case(view, sent)
        ):
            out.append(sent)
    return out


# The apostrophes a name may be written with ("O’Neill", "O'Neill"): one person's name
# in two spellings is one key.
# And the invisible characters a name may hold ("Lo\u00adpez" with a soft hyphen): none.
_KEY_FOLDS = str.maketrans(
    {
        **dict.fromkeys("\u2019\u2018\u02bc\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad"),
    }
)


def _key(word: str) -> str:
    """A name word (or name) as the memory keys it: in lower case, its apostrophes alike,
    without invisible characters, its accents composed (a decomposed "García" is the
    composed one)."""
    low = word.lower()
    if low.isascii():  # (a flag look-up)
        return low
    return unicodedata.normalize("NFC", low.translate(_KEY_FOLDS))


class _Reading(NamedTuple):
    """What a capitalized run says by itself, whatever the text around it."""

    words: tuple[str, ...]  # the name's words, titles and a sentence's opener dropped
    titles: tuple[str, ...]
    name: str
    org: bool
    gender: str | None
    roles: tuple[str, ...]  # the roles its titles name
    last: str  # the last word, lower case
    # (what the memory derives from the run alone, kept so as not to derive it again
    # at each mention)
    key: str  # the name as the memory keys it
    keys: tuple[str, ...]  # the keys of its words when it has several, else ()
    # one word alone: the gender its first name tells, whether it is in capitals
    first_gender: str | None
    upper: bool
    place: bool  # its last word is a place's ("Valley", "Islands")


@functools.lru_cache(maxsize=8192)
def _reading(raw: str, title: str | None, opens: bool) -> _Reading | None:
    """Read a capitalized run (``raw``, with the title abbreviation before it and whether
    it opens a sentence): computed once per distinct run, as articles repeat names."""
    if raw.lower() in _NOT_NAMES:
        return None  # "The", "But", "Monday": the commonest capitalized words
    parsed = _parse_name(raw)
    if parsed is None and title in _PERSONAL and " " not in raw:
        parsed = ((raw,), ())  # "Mr. Justice", "Mr. King"
    if parsed is None:
        return None
    words, titles = parsed
    first = words[0].lower()
    if (
        opens
        and len(words) > 1
        and not titles
        and first not in _genders()
        and (first in _SENTENCE_OPENERS or first.endswith(("ing", "ed", "ly")))
    ):
        # "Injecting Clinton ...", "For Trump ...": a capitalized word opening a
        # sentence that is no name
        words = words[1:]
    if title is not None:
        titles = (*titles, title)
    name = " ".join(words)
    last = _key(words[-1])
    single = len(words) == 1
    keys = () if single else tuple(_key(w) for w in words)
    first_gender = _genders().get(last) if single else None
    upper = single and words[0].isupper()
    place = last in _PLACE_WORDS
    if _is_org(list(words)):
        return _Reading(
            words, titles, name, True, None, (), last, _key(name), keys, first_gender, upper, place
        )
    roles = []
    for t in titles:
        role = _TITLE_ROLES.get(t) or (t if t in source_nouns() else None)
        if role is not None:
            roles.append(role)
    gender = _gender(list(words), list(titles))
    return _Reading(
        words,
        titles,
        name,
        False,
        gender,
        tuple(roles),
        last,
        _key(name),
        keys,
        first_gender,
        upper,
        place,
    )


# builds a _Person from a tuple with no Python-level call (_Person(...) runs a generated
# __new__)
_new_person = functools.partial(tuple.__new__, _Person)


class _Memory:
    """What the document says about its people and organizations."""

    def __init__(self, text: str, view: str, sents: list[Sentence], quotes: Quotes) -> None:
        self.text = text
        self.view = view
        self.orgs: list[tuple[int, str]] = []
        self.acronyms: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self._counts: Counter[str] | None = None  # see most_mentioned
        # the last words of names of several words, of single-word names, and of
        # single-word names not opening a sentence (a sentence may open with any)
        self.surnames: set[str] = set()
        self.solo: set[str] = set()
        self.solo_inside: set[str] = set()
        # headlines capitalize every word: no names from them
        found = self.found = self._read(0, len(view), _headlines(view, sents), sents)
        self.persons: list[_Person] = []
        self.by_word_at: dict[str, list[tuple[int, str]]] = {}
        self._people(found)
        self._info: dict[str, tuple[str, str, bool] | None] = {}  # see _names_info
        self._word_info: dict[str, tuple[str, tuple[str, str, bool] | None]] = {}
        self.person_starts = [p.start for p in self.persons]
        self._fitting: dict[str | None, list[int]] = {}  # see _last_fitting
        self.orgs.sort()
        self.org_starts = [o[0] for o in self.orgs]
        self.orgs_by_word: dict[str, list[tuple[int, str]]] | None = None
        self.speakers: list[tuple[str, SourceKind]] = []
        self.spoke_in: dict[int, str] = {}  # sentence index → its first person source
        self.quotes = quotes
        self.sents = sents
        self.sentence = 0  # the sentence of the source being resolved

    def _people(self, found: list[tuple[int, _Reading]]) -> None:
        """The people among the names read (a name's start and reading, in order)."""
        surnames = self.surnames
        solo = self.solo
        solo_inside = self.solo_inside
        persons = self.persons
        by_word_at = self.by_word_at
        for start, r in found:
            gender = r.gender
            last = r.last
            if r.keys:
                # a person: a known first name, a title, or a surname also used alone
                if not (gender is not None or r.titles or last in solo):
                    continue
            else:
                if gender is None and last not in surnames:
                    gender = r.first_gender  # a person known by a first name ("Melanie")
                # a person: a known first name, a title, a surname used alone inside a
                # sentence, or the surname of someone the article names in full
                if not (gender is not None or r.titles or last in solo_inside or last in surnames):
                    continue
                if r.upper and not r.titles:
                    continue  # "CHARLOTTE, N.C. —": a dateline
            if r.place and not r.titles and (gender is None or last.endswith("s")):
                continue  # "Hudson Valley", "Marshall Islands"; but "Tom Hill" is a person
            name = r.name
            persons.append(_new_person((start, name, gender)))
            for k in r.keys:
                by_word_at.setdefault(k, []).append((start, name))

    def _read(
        self, start: int, end: int, headlines: list[Sentence], sents: list[Sentence]
    ) -> list[tuple[int, _Reading]]:
        """Read the organizations and names of ``view[start:end]``, but for those in
        ``headlines``: the names that are no organization, with their starts, in order."""
        view = self.view
        text = self.text
        skip = [(s.start, s.end) for s in headlines]
        skip_starts = [s[0] for s in skip]
        opening = {s.start for s in sents}

        def in_headline(pos: int) -> bool:
            i = bisect.bisect_right(skip_starts, pos) - 1
            return i >= 0 and pos < skip[i][1]

        for m in _owned_orgs(view, start, end):
            if skip and in_headline(m.start()):
                continue
            owner = _possessive(text[m.start(1) : m.end(1)].split())
            while owner and owner[0].lower() in _NOT_NAMES:
                owner = owner[1:]
            if owner:
                self.orgs.append((m.start(), f"{' '.join(owner)} {m.group(2)}"))
        police = _police_heads(view, start, end)
        for m in _ending_at_heads(_LOCAL_POLICE, police, _OWNED_REACH, view, start):
            # "the Charlotte-Mecklenburg police": a police force named by its place
            if not (skip and in_headline(m.start())):
                self.orgs.append((m.start(), " ".join(text[m.start() : m.end()].split())))
        for m in _ACRONYM.finditer(view, start, end):
            # "Alliance to Reclaim Our Schools (AROS)": the acronym stands for the name
            full = _spelled_out(text[max(0, m.start() - 120) : m.start()], m.group(1))
            if full is not None and not (skip and in_headline(m.start())):
                self.acronyms.setdefault(m.group(1), full)
                self.orgs.append((m.start() - len(full) - 1, full))
        found: list[tuple[int, _Reading]] = []
        orgs = self.orgs
        genders = self.genders
        roles = self.roles
        surname = self.surnames.add
        solo = self.solo.add
        solo_inside = self.solo_inside.add
        nouns = source_nouns()
        # past the last headline, no match is in one
        skip.append((end, end))
        h = 0  # the first headline not ending before the match (matches come in order)
        h_start, h_end = skip[0]
        for at, stop in _names(view, start, end):
            if h_end <= at:
                while skip[h][1] <= at:
                    h += 1
                h_start, h_end = skip[h]
            if h_start <= at < h_end:
                continue  # in a headline
            # a title written with a full stop stands outside the match: "Gov. Mike Pence"
            opens = at in opening
            title = None
            if not opens and view[at - 2 : at] == ". ":
                before = _TITLE_BEFORE.search(view, max(0, at - 12), at)
                title = before.group(1).lower() if before is not None else None
                if title not in _TITLE_ROLES:
                    title = None
            # (read in the caller's spelling, "Kata’ib", at the view's offsets)
            reading = _reading(text[at:stop], title, opens)
            if reading is None:
                continue
            if reading.org:
                name = reading.name
                tail = _ORG_OF.match(view, stop, end)
                if tail is not None:
                    # "Association of Flight Attendants", "Roper Center for Public ..."
                    name = f"{name} {' '.join(text[tail.start() : tail.end()].split())}"
                orgs.append((at, name))
                continue
            found.append((at, reading))
            last = reading.last
            role_before = None
            if reading.keys:
                surname(last)
                # "campaign manager Kellyanne Conway": a role written before the name
                preceding = view[max(0, at - 30) : at].rsplit(None, 1)
                if preceding and preceding[-1].lower() in nouns:
                    role_before = preceding[-1].lower()
            else:
                solo(last)
                if not opens:
                    solo_inside(last)
            if reading.gender is not None:
                genders.setdefault(last, reading.gender)
                genders.setdefault(reading.key, reading.gender)
            if reading.roles:
                for role in reading.roles:
                    roles.setdefault(role, reading.name)
            if role_before is not None:
                roles.setdefault(role_before, reading.name)
        return found

    def full_name(self, word: str, before: int | None = None) -> str | None:
        """The fullest person name holding ``word``: the last one met before ``before``
        when there are several people of that name ("Gary Johnson", "Jeh Johnson"),
        else the fullest in the article (earliest wins ties)."""
        known = self._word_info.get(word)
        if known is None:
            # (each word's key and names once: a source's surname is asked for again
            # and again)
            key = _key(word)
            known = self._word_info[word] = (key, self._names_info(key))
        key, info = known
        if info is None:
            return None
        fullest, most_named, namesakes = info
        if before is not None and namesakes:
            # several people of that name: one named just before, else the one the
            # article names most ("Trump" is Donald, not Ivanka, far from Ivanka)
            at = self.by_word_at[key]
            i = bisect.bisect_left(at, (before, "")) - 1
            if i >= 0:
                return at[i][1] if before - at[i][0] < _NAMESAKE_NEAR else most_named
        return fullest

    def _names_info(self, key: str) -> tuple[str, str, bool] | None:
        """For a word of names: the fullest name, the one named most, and whether
        several people share it as a surname (computed once per word)."""
        if key in self._info:
            return self._info[key]
        at = self.by_word_at.get(key)
        info = None
        if at:
            # the names holding the word, in order, and how often each (a Counter keeps
            # the order names come in)
            counts = Counter(name for _, name in at)
            # the longest, the first named among equals (max keeps the first it meets;
            # an index look-up per name as a tie-break made a shared surname quadratic)
            fullest = max(counts, key=lambda n: len(n.split()))
            most_named = max(counts, key=counts.__getitem__)  # (most_common(1))
            firsts = {n.split()[0] for n in counts if _key(n.split()[-1]) == key}
            info = (fullest, most_named, len(firsts) > 1)
        self._info[key] = info
        return info

    def gender_of(self, name: str) -> str | None:
        """A person's gender: from the first name, the name's titles ("Mr. Scott"), or
        the surname's, unless several people share the surname (Keith and Rakeyia
        Scott)."""
        words = name.split()
        known = self.genders.get(_key(name))
        if len(words) > 1 or self.full_name(words[0]) is None:
            # a first name; one word alone only when no one has it as a surname
            known = known or _genders().get(words[0].lower())
        if known is None:
            info = self._names_info(_key(words[-1]))
            if info is None or not info[2]:
                known = self.genders.get(_key(words[-1]))
        return known

    def org_named(self, word: str, before: int) -> str | None:
        """The last organization (before ``before``, else anywhere) whose name holds ``word``."""
        if self.orgs_by_word is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for start, name in self.orgs:
                words = name.lower().split()
                if len(words) > 1:
                    for w in set(words):
                        index.setdefault(w, []).append((start, name))
            self.orgs_by_word = index
        named = self.orgs_by_word.get(word.lower())
        if not named:
            return None
        i = bisect.bisect_left(named, (before, "")) - 1
        return named[i][1] if i >= 0 else named[-1][1]

    def last_org(self, before: int, *, within: int) -> str | None:
        """The last organization named less than ``within`` characters before ``before``."""
        i = bisect.bisect_left(self.org_starts, before) - 1
        if i >= 0 and before - self.orgs[i][0] <= within:
            return self.orgs[i][1]
        return None

    def last_person(self, before: int, gender: str | None) -> str | None:
        i = bisect.bisect_left(self.person_starts, before) - 1
        floor = i - _LAST_PERSON_TRIES
        while i >= 0 and before - self.persons[i].start < 3000:
            if i == floor:
                # a long run of people who do not fit ("Ana and he said it and ..."):
                # the nearest who does, from a list of them, not by walking the run
                i = self._last_fitting(i, gender)
                if i < 0 or before - self.persons[i].start >= 3000:
                    return None
            p = self.persons[i]
            if self._fits(p, gender):
                return self.full_name(p.name.split()[-1]) or p.name
            i -= 1
        return None

    def _fits(self, p: _Person, gender: str | None) -> bool:
        """Whether a pronoun of ``gender`` may stand for ``p``."""
        if " " not in p.name and p.gender is None:
            return False  # one capitalized word may be a place ("Charlotte") or a headline
        g = p.gender or self.gender_of(p.name)
        return gender is None or g is None or g == gender

    def _last_fitting(self, i: int, gender: str | None) -> int:
        """The index, ``i`` or before, of the last person a pronoun of ``gender`` may
        stand for as last_person reads them (-1 if none), from a list of them made on
        first use (the people and their genders are known once the text is read)."""
        fitting = self._fitting.get(gender)
        if fitting is None:
            fitting = [k for k, p in enumerate(self.persons) if self._fits(p, gender)]
            self._fitting[gender] = fitting
        j = bisect.bisect_right(fitting, i) - 1
        return fitting[j] if j >= 0 else -1

    def last_speaker(self, kinds: tuple[SourceKind, ...], gender: str | None) -> str | None:
        if gender is not None:
            # a recent speaker known to be of that gender beats one of unknown gender
            for name, kind in reversed(self.speakers[-4:]):
                if kind is SourceKind.PERSON and kind in kinds and self.gender_of(name) == gender:
                    return name
        for name, kind in reversed(self.speakers[-12:]):
            if kind not in kinds:
                continue
            if kind is not SourceKind.PERSON or gender is None:
                return name
            g = self.gender_of(name)
            if g is None or g == gender:
                return name
        return None

    def most_mentioned(self) -> str | None:
        if self._counts is None:
            # the last words (keys) of all names, counted on first use
            self._counts = Counter(r.last for _, r in self.found)
        for word, _ in self._counts.most_common(3):
            full = self.full_name(word)
            if full is not None:
                return full
        return None


def resolve(
    text: str, view: str, sents: list[Sentence], found: list[Found], quotes: Quotes
) -> list[Source | None]:
    """The Source of each attribution (``None`` where it has no source), in order."""
    if not any(f.source is not None for f in found):
        return [None] * len(found)  # no source to resolve: what the text names is not read
    memory = _Memory(text, view, sents, quotes)
    out: list[Source | None] = []
    for f in found:
        memory.sentence = f.sentence
        if f.shares_source_of is not None and out[f.shares_source_of] is not None:
            out.append(out[f.shares_source_of])
            continue
        if f.source is None:
            out.append(None)
            continue
        if f.antecedent is not None:
            # a relative "who": resolve what it stands for, keep "who" as the mention
            src = _resolve_one(text, view, f._replace(source=f.antecedent), memory)
            ws, we = f.source
            src = attrs.evolve(src, mentions=(Span(ws, we, text[ws:we]), *src.mentions))
        else:
            src = _resolve_one(text, view, f, memory)
        if src.name is not None and src.kind in (
            SourceKind.PERSON,
            SourceKind.ORGANIZATION,
            SourceKind.GROUP,
        ):
            memory.speakers.append((src.name, src.kind))
            if src.kind is SourceKind.PERSON:
                memory.spoke_in.setdefault(f.sentence, src.name)
        if f.descriptor is not None and src.kind is SourceKind.PERSON and src.name:
            head = _head_noun(view[f.descriptor[0] : f.descriptor[1]])
            if head:
                memory.roles[head] = src.name
        out.append(src)
    return out


_OPENING = regex.compile(r"(?:(?:But|And|So|Then|Yet|Still|Now|Later)[ ,]+)?")


def _opening_end(view: str, start: int) -> int:
    """Where a sentence's words begin after an opening "But", "And", "Then"."""
    m = _OPENING.match(view, start)
    return m.end() if m is not None else start


def _people_between(
    memory: _Memory, start: int, end: int, gender: str, *, last: bool
) -> str | None:
    """The last (or first) person named in ``[start, end)`` outside quotations and
    known to be of ``gender``. At most _SALIENT_TRIES names are looked at, so a
    sentence without end costs a constant per pronoun."""
    lo = bisect.bisect_left(memory.person_starts, start)
    hi = bisect.bisect_left(memory.person_starts, end, lo)
    order = range(hi - 1, lo - 1, -1) if last else range(lo, hi)
    for i in order[:_SALIENT_TRIES]:
        p = memory.persons[i]
        if memory.quotes.enclosing(p.start) is not None:
            continue
        words = p.name.split()
        name = memory.full_name(words[-1], p.start + 1)
        if name is not None and len(words) > 1 and words[0] not in name.split():
            name = p.name  # "Rakeyia Scott" beside "Keith Lamont Scott"
        if name is None and len(words) == 1 and (p.gender or words[0].lower() in _genders()):
            name = p.name  # known by a titled surname ("Mr. Obama") or a first name only
        if name is None:
            continue  # no person the article names in full: a place, a word of a headline
        if (p.gender or memory.gender_of(name)) == gender:
            return name
    return None


# How many names, and how many characters of a sentence, the salience rules look at.
_SALIENT_TRIES = 12
# How many of the people named before a pronoun are walked over before the nearest who
# fits is looked up instead (see last_person).
_LAST_PERSON_TRIES = 12
_SALIENT_REACH = 400


_FIRST_WORD = regex.compile(r"\p{L}+")


def _introductory(word: str) -> bool:
    """Whether a sentence opening with ``word`` opens with an introductory phrase
    ("After meeting Obama, ...", "Campaigning in Ohio, ...")."""
    return word in _SENTENCE_OPENERS or (word not in _genders() and word.endswith("ing"))


def _salient_person(memory: _Memory, pos: int, gender: str) -> str | None:
    """Who a personal pronoun at ``pos`` most likely stands for, by salience: a person
    named earlier in its own sentence ("Matt Lauer faced criticism after he asked"),
    else the subject or the speaker of the sentence before ("Trump has commented on it.
    On Wednesday, he told a crowd"), else None."""
    # not from an introductory phrase: "Campaigning against Mitt Romney, he ..."
    start = memory.sents[memory.sentence].start
    first = _FIRST_WORD.match(memory.view, start, min(pos, start + 40))
    if first is not None and _introductory(first.group().lower()):
        start = max(start, memory.view.find(",", start, min(pos, start + _SALIENT_REACH)) + 1)
    here = _people_between(memory, max(start, pos - _SALIENT_REACH), pos, gender, last=True)
    if here is not None:
        return here
    if memory.sentence == 0:
        return None
    prev = memory.sents[memory.sentence - 1]
    spoke = memory.spoke_in.get(memory.sentence - 1)
    if spoke is not None:
        g = memory.gender_of(spoke)
        if g is None or g == gender:
            return spoke
    end = min(prev.end, prev.start + _SALIENT_REACH)
    return _people_between(memory, prev.start, end, gender, last=False)


def _head_noun(phrase: str) -> str | None:
    """The role noun of a descriptor: "a spokesman for Kata'ib Hezbollah" → spokesman."""
    words = [w.lower().strip(",.") for w in phrase.split()]
    for i, w in enumerate(words):
        if w in ("for", "of", "at", "with", "to", "from", "who", "which", "in"):
            words = words[:i]
            break
    for w in reversed(words):
        if w in source_nouns():
            return w
    return None


def _source(
    mentions: tuple[Span, ...], name: str | None, kind: SourceKind, descriptor: Span | None
) -> Source:
    """A Source built from spans the resolver sliced from the text itself: not checked
    again (see model._unchecked)."""
    return _new_source(mentions=mentions, name=name, kind=kind, descriptor=descriptor, parent=None)


class _Plan(NamedTuple):
    """How a mention resolves, as far as its own words tell (see _plan): what is left
    is a look-up in the memory, named by ``how``:

    * "fixed": none, the source is ``name`` of ``kind``;
    * "pronoun": a pronoun of kind ``word`` ("person", "plural", ...), ``name`` its
      lower-case form;
    * "role": a person named by the role ``word`` ("the spokesman"); ``sure`` when the
      role is the article's protagonist's ("the nominee");
    * "org": an organization of head noun ``word`` ("the union"); ``name`` its own name
      when it names itself, ``sure`` when definite, ``single`` when opening with "the",
      "this" or "that";
    * "one": a name of one word, ``word``;
    * "full": a name of several words, ``name``, of last word ``word``; ``sure`` when
      its words alone tell a person.
    """

    how: str
    kind: SourceKind
    name: str | None = None
    word: str = ""
    sure: bool = False
    single: bool = False
    # "one": titles before the name; whether a personal title; the word names an
    # organization by itself; the name as a person's; the name's key
    titled: bool = False
    personal: bool = False
    org: bool = False
    key: str = ""
    # "full": the name's first word and number of words
    first: str = ""
    size: int = 0


# How long a mention's plan is kept for (characters): a name or a description.
_PLAN_CACHED = 120


def _plan(phrase: str, raw: str) -> tuple[int, _Plan]:
    """Where a mention (``phrase`` in the view, ``raw`` as written) ends, and how it
    resolves as far as its own words tell: computed once per distinct mention, as
    articles repeat their sources ("Trump", "he", "officials")."""
    if len(raw) > _PLAN_CACHED:
        return _read_plan(phrase, raw)
    return _cached_plan(phrase, raw)


def _read_plan(phrase: str, raw: str) -> tuple[int, _Plan]:
    e = len(phrase)
    if phrase.lower() in PRONOUN_CLITICS:
        e = phrase.index("'")  # "They've said": the source is "They"
        phrase, raw = phrase[:e], raw[:e]
    low = phrase.lower()
    pron = _PRONOUN_KIND.get(low)
    if pron is not None:
        return e, _Plan("pronoun", SourceKind.UNKNOWN, low, pron)
    words = raw.split()
    called = (
        _CALLED.search(phrase)
        if "call" in phrase or "known as" in phrase or "dubbed" in phrase
        else None
    )
    if called is not None:
        # "a group of militias calling themselves the “Coordinating Body for ...”"
        own = " ".join(raw[called.start(1) : called.end(1)].split())
        return e, _Plan("fixed", SourceKind.ORGANIZATION, own)
    for i, w in enumerate(words):
        if w.lower() == "of" and words[i - 1].lower() in _QUANTIFIERS:
            continue  # "eight of 10 voters", "some of the officials": the head follows
        if i > 0 and w.lower() in _HEAD_ENDS:
            head_words = words[:i]
            break
    else:
        head_words = words
    head = head_words[-1].lower().strip(".,") if head_words else ""
    head = head[:-2] if head.endswith("'s") else head
    head_kind = plural_source_kind(head)
    if head_kind is None and words and words[0].lower() in _QUANTIFIERS:
        # "One in four", "Many": people counted, not named
        return e, _Plan("fixed", SourceKind.GROUP, " ".join(words))
    if (
        head_kind is None
        and len(head_words) > 1
        and head_words[-1][:1].islower()
        and head_words[-2].endswith(_POSSESSIVE_ENDS)
    ):
        # "Tom Ruiz's allies", "Suu Kyi's wife": someone of the name's, not the name (a
        # group is named by its description)
        if head.endswith("s"):
            members = words[1:] if words[0].lower() in _DETS else words
            return e, _Plan("fixed", SourceKind.GROUP, " ".join(members))
        return e, _Plan("fixed", SourceKind.UNKNOWN)
    caps = [
        w
        for w in head_words
        if w[:1].isupper()
        and w.lower() not in _DETS
        and w.lower() not in _CALENDAR
        and w != "I"  # "the experts I interviewed"
    ]
    if caps and (
        head_kind is None
        or (head_words[-1][:1].isupper() and head_kind != "group" and len(head_words) > 1)
    ):
        # a name, even one whose last word is also a common noun ("The Post")
        return e, _name_plan(head_words, raw)
    # a description: "the spokesman for this faction", "US officials", "the campaign"
    bare = " ".join(words[1:] if words and words[0].lower() in _DETS else words) or None
    first = words[0].lower() if words else ""
    if head_kind == "person":
        protagonist = first in _DEFINITE and head in _PROTAGONIST_ROLES
        return e, _Plan("role", SourceKind.PERSON, word=head, sure=protagonist)
    if head_kind == "organization":
        # "the union", and a bare "police": the organization named with that word; "an
        # unusual coalition of leaders" is named by its description
        definite = first in _DEFINITE or len(words) == 1
        named = caps and len(head_words) > 1  # "the Tulsa police"; not "Police say"
        by_itself = bare if named or first in ("a", "an") else None
        return e, _Plan(
            "org", SourceKind.ORGANIZATION, by_itself, head, definite, first in _DEFINITE
        )
    if head_kind == "document":
        return e, _Plan("fixed", SourceKind.DOCUMENT, bare)
    if head_kind == "group" or head.endswith("s"):
        # a group is named by its own description: "US officials", "environmentalists"
        return e, _Plan("fixed", SourceKind.GROUP, bare)
    return e, _Plan("fixed", SourceKind.UNKNOWN)


_cached_plan = functools.lru_cache(maxsize=4096)(_read_plan)


def _name_plan(words: list[str], raw: str) -> _Plan:
    """A mention holding a name: "Mohi", "Mohammed Mohi", "Sen. Marco Rubio", "The Post"
    (``words`` its head's, ``raw`` all of it)."""
    words = _possessive([w for w in words if w.lower() not in _DETS])
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if "&" in words[1:-1] and all(w[:1].isupper() or w == "&" for w in words):
        # "Procter & Gamble", "Johnson & Johnson"
        return _Plan("fixed", SourceKind.ORGANIZATION, " ".join(words))
    named_org = _is_org(words)
    if not named_org and len(words) > 2 and any(w.lower() in _COORDINATORS for w in words[1:-1]):
        # "Donald Trump and Hillary Clinton": two sources, each named as the name alone
        # (read from the whole mention: "... and Secretary of State Hillary Clinton")
        whole = [w for w in raw.split() if w.lower() not in _DETS]
        return _Plan("fixed", SourceKind.GROUP, _coordinated_names(whole))
    # titles first: "Clinton campaign spokesman Brian Fallon" is Brian Fallon
    titles, words = _strip_titles(words)
    # a name is its last run of capitalized words (and particles): "European leaders
    # gathered" is none, "Donald Trump's confidant Roger Stone" is Roger Stone; an
    # organization's run holds its small words ("Citizenship and Immigration Services")
    words = _last_name_run(words, _ORG_INNER if named_org else frozenset())
    named = [w for w in words if w.lower().rstrip(".") not in _TITLE_ROLES]
    # "Mr. King": after a personal title, a word that is also a role is the name
    words = named or (words if _PERSONAL & set(titles) else [])
    if not words:
        return _Plan("fixed", SourceKind.UNKNOWN)
    if len(words) == 1:
        word = words[0]
        personal = any(_TITLE_ROLES.get(t) or t in ("mr", "mrs", "ms") for t in titles)
        # (a word in capitals is a person's name in title case, "MOHI" is "Mohi")
        name = word.title() if word.isupper() and len(word) > 3 else word
        return _Plan(
            "one",
            SourceKind.PERSON,
            name,
            word,
            titled=bool(titles),
            personal=personal,
            org=_is_org(words),
            key=_key(word),
        )
    if _is_org(words):
        return _Plan("fixed", SourceKind.ORGANIZATION, " ".join(words))
    sure = bool(
        titles
        or _gender(words, titles)
        or (len(words) <= 3 and not any(w.lower() in _PLACE_WORDS for w in words))
    )
    return _Plan(
        "full",
        SourceKind.PERSON,
        " ".join(words),
        words[-1],
        sure,
        first=words[0],
        size=len(words),
    )


def _resolve_one(text: str, view: str, f: Found, memory: _Memory) -> Source:
    assert f.source is not None
    s, e = f.source
    raw = text[s:e]
    length, plan = _plan(view[s:e], raw)
    if length < e - s:
        e = s + length
        raw = raw[:length]
    mention = _new_span(start=s, end=e, text=raw)
    descriptor = None
    if f.descriptor is not None:
        ds, de = f.descriptor
        descriptor = _new_span(start=ds, end=de, text=text[ds:de])
    how = plan.how
    if how == "fixed":
        return _source((mention,), plan.name, plan.kind, descriptor)
    if how == "pronoun":
        assert plan.name is not None
        return _resolve_pronoun(mention, plan.word, plan.name, descriptor, memory)
    if how == "one":
        return _resolve_word(mention, plan, descriptor, memory)
    name: str | None
    if how == "full":
        full = memory.full_name(plan.word)
        name = plan.name
        if not (plan.sure or descriptor or full):
            # capitalized words that are no known person ("Capitol Hill", "New York")
            return _source((mention,), name, SourceKind.UNKNOWN, descriptor)
        if full is not None:
            full_words = full.split()
            if len(full_words) > plan.size and plan.first in full_words:
                name = full
        return _source((mention,), name, SourceKind.PERSON, descriptor)
    if how == "role":
        name = memory.roles.get(plan.word)
        if name is not None:
            name = memory.full_name(name.split()[-1]) or name
        if name is None and plan.sure:
            name = memory.most_mentioned()
        return _source((mention,), name, SourceKind.PERSON, descriptor)
    # "org"
    name = plan.name
    if name is None and plan.sure:
        name = memory.org_named(plan.word, s)
    if name is None and plan.single:
        name = memory.last_org(s, within=300)
    if name is None and plan.single:
        name = memory.last_speaker((SourceKind.ORGANIZATION,), None)
    return _source((mention,), name, SourceKind.ORGANIZATION, descriptor)


def _resolve_word(mention: Span, plan: _Plan, descriptor: Span | None, memory: _Memory) -> Source:
    """A mention whose name is one word: "Mohi", "Mr. Obama", "the Post", "EPA"."""
    word = plan.word
    full = memory.full_name(word, mention.start)
    if full is not None:
        return _source((mention,), full, SourceKind.PERSON, descriptor)
    org = memory.acronyms.get(word) or (
        memory.org_named(word, mention.start) if not plan.titled else None
    )
    if org is not None or plan.org:
        return _source((mention,), org or word, SourceKind.ORGANIZATION, descriptor)
    if word.isupper() and not plan.personal:
        # "CHARLOTTE, N.C. —": a dateline, an acronym; not a person
        return _source((mention,), None, SourceKind.UNKNOWN, descriptor)
    if plan.personal or plan.key in memory.solo_inside or not word.endswith("s"):
        # the article never gives more than this name: it is the fullest name
        return _source((mention,), plan.name, SourceKind.PERSON, descriptor)
    if word.endswith("s") and not word.isupper():
        # "Demonstrators", "Proponents": a plural noun opening the sentence
        return _source((mention,), word, SourceKind.GROUP, descriptor)
    return _source((mention,), None, SourceKind.UNKNOWN, descriptor)


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
# What joins the names of two sources in one mention.
_COORDINATORS = frozenset({"and", "&", "or", "nor"})
# Small words inside an organization's name: "Alliance for Peace and Justice".
_ORG_INNER = frozenset({"and", "&", "of", "for", "the", "on", "in"})


def _name_word(w: str) -> bool:
    return (w[:1].isupper() or w.lower() in _PARTICLES) and not _CONTRACTION.search(w)


def _coordinated_names(words: list[str]) -> str:
    """The names of coordinated sources, each without its titles and roles, joined as
    written: "Former Gov. Martin O'Malley and former Secretary of State Hillary Clinton"
    is "Martin O'Malley and Hillary Clinton"."""
    parts: list[list[str]] = [[]]
    joins: list[str] = []
    for w in words:
        if w.lower() in _COORDINATORS:
            parts.append([])
            joins.append(w)
        else:
            parts[-1].append(w)
    names = []
    for part in parts:
        _, rest = _strip_titles(part)
        run = _last_name_run(rest, frozenset())
        # "Secretary of State Hillary Clinton": a title's "of" phrase is no name
        k = max((i + 1 for i, w in enumerate(run) if w.lower() in _TITLE_ROLES), default=0)
        names.append(" ".join(run[k:] or run or part))
    out = names[0]
    for join, name in zip(joins, names[1:], strict=True):
        out = f"{out} {join} {name}"
    return out


def _without_days(words: list[str], end: int) -> int:
    """Where the name in ``words[:end]`` ends without the days and months after it
    ("Reince Priebus Tuesday"), but for a day's name ("Super Tuesday", "Black Friday")."""
    while (
        end > 1 and words[end - 1].lower() in _CALENDAR and words[end - 2].lower() not in NAMED_DAYS
    ):
        end -= 1
    return end


def _last_name_run(words: list[str], inner: frozenset[str]) -> list[str]:
    """The words of the name a mention ends with: after its last possessive ("Reuters'
    Luciana Lopez"), the last run of capitalized words and particles ("No wonder Trump"
    is Trump, not "No Trump"), with the ``inner`` words between two of them."""
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(_POSSESSIVE_ENDS) and any(_name_word(w) for w in words[i:]):
            words = words[i:]
            break
    end = len(words)
    while end > 0 and not _name_word(words[end - 1]):
        end -= 1
    end = _without_days(words, end)  # "Reince Priebus Tuesday"
    start = end
    while start > 0 and (
        _name_word(words[start - 1])
        or (words[start - 1].lower() in inner and start > 1 and _name_word(words[start - 2]))
    ):
        start -= 1
    return words[start:end]


def _resolve_pronoun(
    mention: Span, pron: str, low: str, descriptor: Span | None, memory: _Memory
) -> Source:
    if pron == "person":
        gender = "female" if low in _FEMALE_PRONOUNS else "male"
        name = _salient_person(memory, mention.start, gender)
        if name is None:
            name = memory.last_speaker((SourceKind.PERSON,), gender)
        if name is None:
            name = memory.last_person(mention.start, gender)
        return _source((mention,), name, SourceKind.PERSON, descriptor)
    if pron == "plural":
        name = memory.last_speaker((SourceKind.GROUP, SourceKind.ORGANIZATION), None)
        return _source((mention,), name, SourceKind.GROUP, descriptor)
    if pron == "thing":
        name = memory.last_speaker((SourceKind.ORGANIZATION,), None)
        return _source((mention,), name, SourceKind.ORGANIZATION, descriptor)
    if pron == "first":
        return _source((mention,), None, SourceKind.AUTHOR, descriptor)
    return _source((mention,), None, SourceKind.GENERIC, descriptor)
