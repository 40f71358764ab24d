"""Sources: what kind of entity each mention is, and who it refers to.

Resolution walks the document once, in order, keeping what it has met:

* full names (two words or more, titles stripped) indexed by each of their words, so a
  bare surname ("Mohi") resolves to the full name met earlier (or later, in a title);
* roles introduced with a name ("Mohammed Mohi, a spokesman for ...", "campaign manager
  Kellyanne Conway"), so "the spokesman" resolves to the person given that role;
* organizations met, so "the campaign" or "the militia" resolves to the last one whose
  name holds that word, or the last organization met;
* the last person who spoke and the last people and organizations that did, so "he",
  "she", "they", "it" resolve to the most recent compatible speaker.

A mention that resolves to nothing keeps its text, gets the kind its head implies
(group for "officials", generic for "some"), and its ``name`` stays ``None``: no
name is ever invented.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import attrs
import regex

from claimkit.attribution import Found, source_nouns
from claimkit.model import Source, SourceKind, Span
from claimkit.text import Sentence

__all__ = ["resolve"]

# A capitalized name: words starting with a capital, joined by spaces, hyphens or name
# particles ("Abu Mahdi al-Muhandis", "Kata'ib Hezbollah", "Beto O'Rourke").
_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'\-]*(?:\.(?=[ ]\p{Lu}))?"
    r"(?:[ ](?:(?:al|el|bin|ibn|van|von|de|del|der|da|di|du|la|le|dos|das|ben|abu)[ \-])?"
    r"\p{Lu}[\p{L}\p{M}'\-]*)*"
)
_TITLES = frozenset(
    """mr mrs ms dr sen senator rep representative gov governor president vice prime minister
    secretary gen general judge justice chief chairman chairwoman speaker leader mayor
    candidate nominee ambassador former sheikh ayatollah king queen prince lt col capt sgt
    adm professor prof rev pastor father sir lord lady madam mr. mrs. ms. dr. sen. rep. gov.
    gen. republican democratic democrat presidential house senate state attorney u.s us
    foreign defense interior finance acting deputy assistant special counsel press
    spokesman spokeswoman the""".split()
)
_ORG_WORDS = frozenset(
    """party campaign committee department ministry agency bureau office council commission
    court senate house congress parliament government administration army forces force
    police network news times post journal tribune herald gazette press media group
    company corp corporation inc llc bank fund foundation institute university college
    center centre association union coalition alliance league organization organisation
    hezbollah hamas taliban brigade brigades battalion militia mobilization resistance body
    service services network cnn fox nbc abc cbs msnbc bbc reuters ap fbi cia nsa pentagon
    kremlin un nato gop dnc rnc pac board trust project watch magazine daily weekly channel
    review monitor observer guardian telegraph independent economist""".split()
)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december the a an in on at but and or
    if when while as this that these those it its he she they we i you his her their our
    my your there here what who why how where after before since during although though
    however meanwhile still then also even just now today yesterday according""".split()
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
    "you": "generic",
    "one": "generic",
    "everyone": "generic",
    "someone": "generic",
    "somebody": "generic",
    "nobody": "generic",
    "others": "generic",
}
_FEMALE = frozenset(
    """she her hillary kellyanne sarah nancy elizabeth michelle melania ivanka chelsea donna
    huma hope kate kathleen karen susan mary patricia jennifer linda barbara margaret lisa
    nicole laura amy anna emily ann anne jane julie heather maria rachel rebecca sharon
    stephanie teresa theresa jessica kelly megyn katy katrina omarosa tammy tulsi jill
    debbie dana gennifer paula juanita kathy carly condoleezza madeleine samantha valerie
    loretta janet sonia ruth elena""".split()
)
_DETS = frozenset("the a an this that these those his her their its our my your".split())


class _Entity(NamedTuple):
    start: int
    name: str
    kind: SourceKind


def _clean_name(words: list[str]) -> list[str]:
    while words and words[0].lower().rstrip(".") in _TITLES | {w + "." for w in _TITLES}:
        words = words[1:]
    while words and words[-1].lower() in ("'s", "s"):
        words = words[:-1]
    return [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]


def _kind_of_name(words: list[str]) -> SourceKind:
    lows = [w.lower().strip(".") for w in words]
    if any(w in _ORG_WORDS for w in lows) or any(w.isupper() and len(w) > 1 for w in words):
        return SourceKind.ORGANIZATION
    return SourceKind.PERSON


class _Memory:
    """What resolution has met so far in the document."""

    def __init__(self, text: str, view: str) -> None:
        self.view = view
        self.entities: list[_Entity] = []
        self.by_word: dict[str, list[str]] = {}
        self.roles: dict[str, str] = {}
        for m in _NAME.finditer(view):
            words = m.group().split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            words = _clean_name(words)
            if not words:
                continue
            name = " ".join(words)
            kind = _kind_of_name(words)
            self.entities.append(_Entity(m.start(), name, kind))
            if kind is SourceKind.PERSON and len(words) >= 2:
                for w in words:
                    self.by_word.setdefault(w.lower(), []).append(name)
                # "campaign manager Kellyanne Conway": a role written before the name
                before = view[max(0, m.start() - 30) : m.start()].split()
                if before and before[-1].lower() in source_nouns():
                    self.roles.setdefault(before[-1].lower(), name)
        self.starts = [e.start for e in self.entities]
        self.speakers: list[tuple[int, str, SourceKind]] = []

    def full_name(self, word: str, before: int) -> str | None:
        names = self.by_word.get(word.lower())
        if not names:
            return None
        # the longest name holding the word; the earliest such name wins ties
        return max(names, key=lambda n: (len(n.split()), -names.index(n)))

    def last_entity(self, before: int, kind: SourceKind, word: str | None = None) -> str | None:
        i = bisect.bisect_left(self.starts, before) - 1
        seen = 0
        while i >= 0 and seen < 60:
            e = self.entities[i]
            if e.kind is kind and (word is None or word in e.name.lower().split()):
                return e.name
            i -= 1
            seen += 1
        return None

    def last_speaker(self, kinds: tuple[SourceKind, ...], female: bool | None) -> str | None:
        for _, name, kind in reversed(self.speakers[-12:]):
            if kind in kinds:
                if female is None or kind is not SourceKind.PERSON:
                    return name
                if (name.split()[0].lower() in _FEMALE) == female:
                    return name
        return None


def resolve(text: str, view: str, sents: list[Sentence], found: list[Found]) -> list[Source | None]:
    """The Source of each attribution (``None`` where it has no source), in order."""
    memory = _Memory(text, view)
    out: list[Source | None] = []
    for f in found:
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
            memory.speakers.append((f.source[0], src.name, src.kind))
        if f.descriptor is not None and src.kind is SourceKind.PERSON and src.name:
            head = _head_noun(view[f.descriptor[0] : f.descriptor[1]])
            if head:
                memory.roles[head] = src.name
        out.append(src)
    return out


def _head_noun(phrase: str) -> str | None:
    """The role noun of a descriptor: "a spokesman for Kata'ib Hezbollah" → spokesman."""
    words = [w.lower().strip(",.") for w in phrase.split()]
    for i, w in enumerate(words):
        if w in ("for", "of", "at", "with", "to", "from", "who", "which"):
            words = words[:i]
            break
    for w in reversed(words):
        if w in source_nouns():
            return w
    return None


def _resolve_one(text: str, view: str, f: Found, memory: _Memory) -> Source:
    assert f.source is not None
    s, e = f.source
    mention = Span(s, e, text[s:e])
    descriptor = Span(f.descriptor[0], f.descriptor[1], text[f.descriptor[0] : f.descriptor[1]]) if f.descriptor else None
    phrase = view[s:e]
    low = phrase.lower()
    pron = _PRONOUN_KIND.get(low)
    if pron is not None:
        return _resolve_pronoun(mention, pron, low, descriptor, memory, f)
    words = phrase.split()
    caps = [w for w in words if w[:1].isupper() and w.lower() not in _DETS]
    head = words[-1].lower().strip(".,") if words else ""
    head_kind = source_nouns().get(head)
    if caps and head_kind is None:
        # a name: "Mohi", "Mohammed Mohi", "Sen. Marco Rubio", "CNN"
        cleaned = _clean_name([w for w in words if w.lower() not in _DETS])
        if not cleaned:
            return Source((mention,), None, SourceKind.UNKNOWN, descriptor)
        kind = _kind_of_name(cleaned)
        name = " ".join(cleaned)
        if kind is SourceKind.PERSON and len(cleaned) == 1:
            full = memory.full_name(cleaned[0], s)
            if full is None:
                return Source((mention,), None, SourceKind.PERSON, descriptor)
            name = full
        elif kind is SourceKind.PERSON:
            full = memory.full_name(cleaned[-1], s)
            if full is not None and len(full.split()) > len(cleaned) and cleaned[0] in full:
                name = full
        return Source((mention,), name, kind, descriptor)
    # a description: "the spokesman for this faction", "US officials", "the campaign"
    kind = SourceKind(head_kind) if head_kind in ("person", "group", "organization", "document") else SourceKind.UNKNOWN
    if kind is SourceKind.PERSON:
        name = memory.roles.get(head)
        if name is None and words and words[0].lower() == "the":
            name = None
        return Source((mention,), name, SourceKind.PERSON, descriptor)
    if kind is SourceKind.ORGANIZATION:
        if caps:
            return Source((mention,), " ".join(w for w in words if w.lower() not in _DETS), kind, descriptor)
        if words and words[0].lower() in ("the", "this", "that", "its"):
            name = memory.last_entity(s, SourceKind.ORGANIZATION, head)
            if name is None:
                name = memory.last_speaker((SourceKind.ORGANIZATION,), None)
            return Source((mention,), name, kind, descriptor)
        return Source((mention,), None, kind, descriptor)
    if kind is SourceKind.DOCUMENT:
        name = " ".join(w for w in words if w.lower() not in _DETS) if caps else None
        return Source((mention,), name, kind, descriptor)
    if kind is SourceKind.GROUP:
        name = " ".join(w for w in words if w.lower() not in _DETS) if caps else None
        return Source((mention,), name, kind, descriptor)
    return Source((mention,), None, SourceKind.UNKNOWN, descriptor)


def _resolve_pronoun(
    mention: Span, pron: str, low: str, descriptor: Span | None, memory: _Memory, f: Found
) -> Source:
    if pron == "person":
        female = low in ("she", "her")
        name = memory.last_speaker((SourceKind.PERSON,), female)
        if name is None:
            name = memory.last_entity(mention.start, SourceKind.PERSON)
        return Source((mention,), name, SourceKind.PERSON, descriptor)
    if pron == "plural":
        name = memory.last_speaker((SourceKind.GROUP, SourceKind.ORGANIZATION), None)
        return Source((mention,), name, SourceKind.GROUP, descriptor)
    if pron == "thing":
        name = memory.last_speaker((SourceKind.ORGANIZATION,), None)
        if name is None:
            name = memory.last_entity(mention.start, SourceKind.ORGANIZATION)
        return Source((mention,), name, SourceKind.ORGANIZATION, descriptor)
    if pron == "first":
        return Source((mention,), None, SourceKind.AUTHOR, descriptor)
    return Source((mention,), None, SourceKind.GENERIC, descriptor)
