"""W3C Web Annotation (JSON-LD), schema.org ``Claim`` and Citron-style quotes.

``to_webanno`` gives an ``AnnotationCollection``: one annotation per role of each claim
(source, cue, each content piece, hedges, conditions, times), each targeting the text
with a ``TextPositionSelector`` (code-point offsets) and a ``TextQuoteSelector``
(exact, prefix, suffix), linked to its claim by a ``claimkit:claim`` number and a
purpose. ``from_webanno`` reads it back, trusting positions only where the quote and its
context agree, and re-anchoring by quote and context where they do not.

>>> import claimkit
>>> doc = claimkit.extract("Ana Lane said the bridge was safe.", id="a")
>>> page = to_webanno(doc, source_uri="https://example.org/a")
>>> page["items"][0]["target"]["selector"][1]["exact"]
'Ana Lane'
>>> from_webanno(page, doc.text).claims[0].content == doc.claims[0].content
True
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Mapping
from typing import Any, NamedTuple, TypeVar

from claimkit.io._fields import enum_value
from claimkit.model import (
    CERTAIN,
    UNDERSPECIFIED,
    Claim,
    Condition,
    ConditionKind,
    Cue,
    CueKind,
    Document,
    Factuality,
    Granularity,
    Hedge,
    HedgeKind,
    Mode,
    Source,
    SourceKind,
    Span,
    Stance,
    TimeExpression,
)

__all__ = ["WebAnnotationError", "from_webanno", "to_citron", "to_schemaorg", "to_webanno"]

_CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector


class WebAnnotationError(ValueError):
    """A malformed annotation page, or an annotation that cannot be anchored in the text
    (the message names the annotation: its place in ``items`` and its id)."""


_E = TypeVar("_E", bound=enum.Enum)


def _selectors(text: str, span: Span) -> list[dict[str, Any]]:
    return [
        {"type": "TextPositionSelector", "start": span.start, "end": span.end},
        {
            "type": "TextQuoteSelector",
            "exact": span.text,
            "prefix": text[max(0, span.start - _CONTEXT) : span.start],
            "suffix": text[span.end : span.end + _CONTEXT],
        },
    ]


def _require_document(doc: object) -> None:
    """A ``TypeError`` naming ``doc``, rather than an ``AttributeError`` deep inside."""
    if not isinstance(doc, Document):
        raise TypeError(f"doc must be a Document, got {type(doc).__name__}")


def to_webanno(doc: Document, *, source_uri: str | None = None) -> dict[str, Any]:
    """A W3C ``AnnotationCollection`` page of the document's claims.

    Raises:
        TypeError: ``doc`` is not a Document.
    """
    _require_document(doc)
    source = source_uri or f"urn:claimkit:{doc.id or 'document'}"
    items: list[dict[str, Any]] = []

    def add(i: int, role: str, span: Span, **extra: Any) -> None:
        items.append(
            {
                "id": f"{source}#claim-{i}-{role}-{len(items)}",
                "type": "Annotation",
                "motivation": "tagging" if role != "content" else "describing",
                "body": [
                    {"type": "TextualBody", "purpose": "tagging", "value": role},
                    *(
                        [{"type": "TextualBody", "purpose": "describing", "value": extra["note"]}]
                        if extra.get("note")
                        else []
                    ),
                ],
                "target": {"source": source, "selector": _selectors(doc.text, span)},
                "claimkit:claim": i,
                "claimkit:role": role,
                **{f"claimkit:{k}": v for k, v in extra.items() if k != "note"},
            }
        )

    for i, c in enumerate(doc.claims):
        if c.source is not None and c.source.mention is not None:
            add(i, "source", c.source.mention, name=c.source.name, kind=c.source.kind.value)
        if c.cue is not None:
            add(
                i,
                "cue",
                c.cue.span,
                lemma=c.cue.lemma,
                stance=c.cue.stance.value,
                negated=c.cue.negated,
                cueKind=c.cue.kind.value,
            )
        for part in c.content:
            add(
                i,
                "content",
                part,
                mode=c.mode.value,
                factuality={"source": c.source_factuality.code, "author": c.author_factuality.code},
                note=f"{c.mode.value} claim, {c.stance.value}",
            )
        for h in c.hedges:
            add(i, "hedge", h.span, kind=h.kind.value, lemma=h.lemma)
        for k in c.conditions:
            add(i, "condition", k.cue, kind=k.kind.value)
            if k.antecedent is not None:
                add(i, "antecedent", k.antecedent)
        for t in c.times:
            add(
                i,
                "time",
                t.span,
                value=t.value,
                granularity=t.granularity.value if t.granularity is not None else None,
                reference=t.reference.isoformat() if t.reference is not None else None,
            )
    return {
        "@context": ["http://www.w3.org/ns/anno.jsonld", {"claimkit": "urn:claimkit:"}],
        "id": f"{source}#annotations",
        "type": "AnnotationCollection",
        "label": f"claims of {doc.id or 'a document'}",
        "total": len(items),
        "items": items,
    }


class _Quote(NamedTuple):
    """What an annotation's selectors say when its position cannot be trusted."""

    hint: int | None  # where the position selector said, if it said an int
    exact: str
    needle: str  # the quote with its context
    lead: int  # how many characters of context come before the quote
    here: bool  # the quote's words stand at its position (its context does not)


def _selector_list(ann: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """An annotation's target selectors that are objects (none if it has no target)."""
    target = ann.get("target")
    found = target.get("selector", []) if isinstance(target, Mapping) else []
    if isinstance(found, Mapping):
        found = [found]  # the model allows one selector as well as a list
    return [s for s in found if isinstance(s, Mapping)] if isinstance(found, list) else []


def _selected(ann: Mapping[str, Any], text: str) -> Span | _Quote | None:
    """The span an annotation's position selects, where its quote and the quote's context
    agree (or it has no quote); else what its quote selector says; None if neither says
    enough. (A repeated word can stand by chance where its position says after the text
    moved; its context rarely does. Where only the context disagrees, the position is
    one of the places :func:`_anchored` weighs.)"""
    selectors = _selector_list(ann)
    pos = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    needle = exact = prefix = ""
    if quote is not None:
        exact, prefix, suffix = (quote.get(k, "") for k in ("exact", "prefix", "suffix"))
        prefix = prefix if isinstance(prefix, str) else ""
        suffix = suffix if isinstance(suffix, str) else ""
        if isinstance(exact, str):
            needle = prefix + exact + suffix
    hint: int | None = None
    here = False
    if pos is not None:
        s, e = pos.get("start"), pos.get("end")
        if type(s) is int:  # not a bool
            hint = s
        if type(s) is int and type(e) is int and 0 <= s <= e <= len(text):
            if quote is None:
                return Span(s, e, text[s:e])
            if text[s:e] == exact:
                if s >= len(prefix) and text.startswith(needle, s - len(prefix)):
                    return Span(s, e, text[s:e])
                here = True
    if not exact or not isinstance(exact, str):
        return None
    return _Quote(hint, exact, needle, len(prefix), here)


def _anchored(text: str, selected: list[Span | _Quote | None]) -> list[Span | None]:
    """The span of each annotation (None where it matches nowhere), in their order.

    Where positions, quotes and their context agree, the positions. Elsewhere the text
    was edited since, and each quote has the places it may have moved to: where its
    context is found (near its position, else near it moved as the quote before had
    moved, else ever further), where its words still stand at its position, at the
    moves found most often for the others, and, when its context is found nowhere,
    where its words alone are found nearest. One place is chosen for every quote at
    once: the choice that keeps the quotes in the order of their positions, then
    changes the move least often from one to the next (an edit moves every quote after
    it alike), then takes the fewest places found by words alone, then moves least. So
    a quote whose context was edited, found only in a distant copy of its passage,
    draws no other quote there, and of two copies of a passage the quotes keep theirs.
    A quote without a position is taken where it first occurs from a little before
    the quote before it.
    """
    work = _Work(text)
    moves = _moves(text, selected, work)
    out: list[Span | None] = []
    last = 0  # where the last quote without a position was found
    for i, sel in enumerate(selected):
        if sel is None or isinstance(sel, Span):
            out.append(sel)
            continue
        at = -1
        if sel.hint is None:  # no position: nearest the last such quote (the first: 0)
            hits = _nearest(text, sel.needle, _clamp(text, last - sel.lead), work)
            if hits:
                at = hits[0] + sel.lead
            else:
                hits = _nearest(text, sel.exact, last, work)
                at = hits[0] if hits else -1
            last = at if at >= 0 else last
        elif i in moves:
            at = sel.hint + moves[i]
        out.append(Span(at, at + len(sel.exact), sel.exact) if at >= 0 else None)
    return out


def _moves(text: str, selected: list[Span | _Quote | None], work: _Work) -> dict[int, int]:
    """How far each quote with a position moved (by its index in ``selected``), chosen
    as :func:`_anchored` says; a quote found nowhere has none."""
    places = _places(text, selected, work)
    # the quotes in the order of their positions (a page lists a claim's roles in its own
    # order: the source, then the cue, then the content, wherever each stands)
    order = sorted(places, key=lambda i: (_position(selected[i]), i))
    # for each move the last quote may have, the least cost of a choice for the quotes
    # so far: (out of order, changes of move, places by words alone, total move), and
    # the choice (a linked list of moves, the last first)
    best: list[_State] = []
    for i in order:
        hint = _position(selected[i])
        step: list[_State] = []
        for move, weak in sorted(places[i].items()):
            at = hint + move
            if not best:
                cost, chain = (0, 0, weak, abs(move)), None
            else:
                cost, chain = min(
                    (
                        (
                            c[0] + (at < last_at),
                            c[1] + (move != last_move),
                            c[2] + weak,
                            c[3] + abs(move),
                        ),
                        before,
                    )
                    for last_move, last_at, c, before in best
                )
            step.append((move, at, cost, (move, chain)))
        best = step
    chain = min(best, key=lambda b: b[2])[3] if best else None
    chosen: list[int] = []
    while chain is not None:
        move, chain = chain
        chosen.append(move)
    chosen.reverse()
    return {
        i: move for i, move in zip(order, chosen, strict=True) if isinstance(selected[i], _Quote)
    }


_Chain = tuple[int, "_Chain"] | None
# A move the last quote may have: (move, where the quote then stands, the least cost of a
# choice ending so, that choice)
_State = tuple[int, int, tuple[int, int, int, int], _Chain]


def _position(sel: Span | _Quote | None) -> int:
    if isinstance(sel, Span):
        return sel.start
    assert sel is not None and sel.hint is not None  # (only these have places)
    return sel.hint


def _places(
    text: str, selected: list[Span | _Quote | None], work: _Work
) -> dict[int, dict[int, int]]:
    """The moves each annotation with a position may have (by its index), each with 1
    if only the quote's words, not its context, are found there (else 0)."""
    out: dict[int, dict[int, int]] = {}
    shift = 0  # how far the last quote found had moved
    taken: dict[int, int] = {}  # where quotes were found (nearest), and their positions
    for i, sel in enumerate(selected):
        if isinstance(sel, Span):
            out[i] = {0: 0}
            shift = 0
            taken.setdefault(sel.start, sel.start)
        elif sel is not None and sel.hint is not None:
            hint, lead = sel.hint, sel.lead
            # its context: near its position, and near it moved as the last quote was
            # (a passage may stand twice, the copy nearer its old position not its own)
            hits = _near(text, sel.needle, hint - lead)
            if shift:
                hits += _near(text, sel.needle, hint + shift - lead)
            if not hits:
                hits = _nearest(text, sel.needle, _clamp(text, hint + shift - lead), work)
            elif all(taken.get(h + lead, hint) != hint for h in hits):
                # each place found is another annotation's, from another position: a
                # copy of the passage; its own copy may stand further off
                hits += _nearest(text, sel.needle, hint - lead, work, beyond=_NEAR_HINT)
            if hits:
                taken.setdefault(min(hits, key=lambda h: abs(h + lead - hint - shift)) + lead, hint)
            # where its words alone stand: at its position, and when its context is found
            # nowhere, nearest where the quote before had moved
            found = {0: 1} if sel.here else {}
            if not hits:
                words = _near(text, sel.exact, hint + shift, every=False)
                words = words or _nearest(text, sel.exact, _clamp(text, hint + shift), work)
                found.update((h - hint, 1) for h in words)
            found.update((h + lead - hint, 0) for h in hits)
            if found:
                shift = min(found, key=lambda m: (found[m], abs(m - shift)))
                out[i] = found
    # every quote is also tried at the moves found most often for the others: by its
    # context, or by its words alone where its context is found nowhere
    common = Counter(m for found in out.values() for m in found)
    tried = [m for m, _ in common.most_common(_COMMON_MOVES)]
    for i, found in out.items():
        sel = selected[i]
        if isinstance(sel, _Quote):
            assert sel.hint is not None
            by_words = all(found.values())
            for m in tried:
                if m in found:
                    continue
                if _stands(text, sel.needle, sel.hint - sel.lead + m):
                    found[m] = 0
                elif by_words and _stands(text, sel.exact, sel.hint + m):
                    found[m] = 1
    return out


def _stands(text: str, needle: str, at: int) -> bool:
    return at >= 0 and text.startswith(needle, at)


# How many of the moves found most often every quote is also tried at.
_COMMON_MOVES = 8


def _clamp(text: str, at: int) -> int:
    return max(0, min(len(text), at))


def _near(text: str, needle: str, at: int, *, every: bool = True) -> list[int]:
    """Where ``needle`` occurs within _NEAR_HINT characters of ``at``: every occurrence
    (up to _AT_MOST, the nearest), or (``every`` false, for words that may stand many
    times) the nearest after ``at`` and the nearest before."""
    at = _clamp(text, at)
    lo, hi = max(0, at - _NEAR_HINT), min(len(text), at + len(needle) + _NEAR_HINT)
    if not every:
        after = text.find(needle, at, hi)
        before = text.rfind(needle, lo, at + len(needle) - 1)
        return [h for h in dict.fromkeys((after, before)) if h >= 0]
    hits: list[int] = []
    hit = text.find(needle, lo, hi)
    while hit >= 0 and len(hits) < 4 * _AT_MOST:
        hits.append(hit)
        hit = text.find(needle, hit + 1, hi)
    return sorted(hits, key=lambda h: abs(h - at))[:_AT_MOST]


# How many places near a quote's position its context is taken at, the nearest first.
_AT_MOST = 4


class _Work:
    """How many more characters searches beyond _NEAR_HINT may read, for one page."""

    __slots__ = ("left",)

    def __init__(self, text: str) -> None:
        self.left = _FAR_WORK * len(text) + _FAR_WORK_MIN


def _nearest(text: str, needle: str, at: int, work: _Work, *, beyond: int = 0) -> list[int]:
    """Where the occurrence of ``needle`` nearest ``at`` starts (none if none), looked
    for beyond _NEAR_HINT characters of ``at`` in rings twice as wide each time: a
    quote found some way off costs in proportion to how far, not to the text's length
    (a search from the start, per annotation, cost the square of the length, and found
    the first of repeated words).

    With ``beyond``, the occurrences within that many characters are passed over.

    A quote found nowhere reads the whole text, so ``work`` bounds what all these wider
    searches of a page read together: a page whose quotes match nowhere (an unrelated
    or rewritten text) stays linear in the text's length."""
    inner = beyond  # the ring searched last ended this far from ``at``
    outer = max(beyond, _NEAR_HINT) // 2
    while not (at - inner <= 0 and at + inner >= len(text)):
        outer *= 2
        work.left -= 2 * (outer - inner)  # the two halves of this ring
        if work.left < 0:
            break
        after = text.find(needle, at + inner, at + outer + len(needle))
        before = text.rfind(needle, max(0, at - outer), max(0, at - inner) + len(needle) - 1)
        near = [h for h in (after, before) if h >= 0]
        if near:
            return [min(near, key=lambda h: abs(h - at))]
        inner = outer
    return []


def _unanchored(ann: Mapping[str, Any]) -> str:
    """Why an annotation that could not be anchored could not: a quote selector's
    ``exact`` that is no text, or its quote matching nowhere."""
    for sel in _selector_list(ann):
        if sel.get("type") == "TextQuoteSelector":
            exact = sel.get("exact")
            if not isinstance(exact, str) or not exact:
                return f"TextQuoteSelector.exact: expected a non-empty string, got {exact!r}"
    return "cannot be anchored in the text"


# How far from where a quote should be it is looked for first (characters).
_NEAR_HINT = 2000
# What the wider searches of one page may read: this many times the text's length,
# and at least _FAR_WORK_MIN characters (str.find reads a megabyte in well under a
# millisecond). A text moved as a whole costs one wide search; each quote whose context
# was edited and is found nowhere, one reading of the text.
_FAR_WORK = 256
_FAR_WORK_MIN = 64_000_000


def from_webanno(page: Mapping[str, Any], text: str, *, id: str | None = None) -> Document:
    """A Document from an annotation page made by :func:`to_webanno` (or alike).

    Annotations without a ``claimkit:claim`` number and a ``claimkit:role`` are skipped
    (another tool's: nothing to rebuild a claim from).

    Raises:
        TypeError: ``page`` is not a mapping, ``text`` not a str or ``id`` not a str or
            None.
        WebAnnotationError: an annotation that is not an object, has a field of the
            wrong type or value, or whose selectors match nowhere in ``text``; the
            message names it (``items[3] ('urn:x#claim-0-cue')``) and the field.
    """
    if not isinstance(page, Mapping):
        raise TypeError(f"page must be a mapping (an annotation page), got {type(page).__name__}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if id is not None and not isinstance(id, str):  # else the page would be blamed for it
        raise TypeError(f"id must be a str or None, got {type(id).__name__}")
    items = page.get("items")
    if not isinstance(items, list):
        raise WebAnnotationError("page: 'items' must be a list of annotations")
    # claimkit's annotations, each anchored once all are read (see _anchored)
    ours = [
        (k, ann)
        for k, ann in enumerate(items)
        if not isinstance(ann, Mapping)
        or (type(ann.get("claimkit:claim")) is int and isinstance(ann.get("claimkit:role"), str))
    ]
    spans = _anchored(
        text, [_selected(a, text) if isinstance(a, Mapping) else None for _, a in ours]
    )
    claims: dict[int, dict[str, Any]] = {}
    for (k, ann), span in zip(ours, spans, strict=True):
        if not isinstance(ann, Mapping):
            raise WebAnnotationError(
                f"items[{k}]: expected an annotation (an object), got {type(ann).__name__}"
            )
        where = f"items[{k}] ({ann.get('id')!r})"
        if span is None:
            raise WebAnnotationError(f"{where}: {_unanchored(ann)}")
        c = claims.setdefault(
            ann["claimkit:claim"], {"content": [], "hedges": [], "conditions": [], "times": []}
        )
        try:
            _read_role(c, ann["claimkit:role"], span, ann, where)
        except (TypeError, ValueError) as e:
            if isinstance(e, WebAnnotationError):
                raise
            raise WebAnnotationError(f"{where}: {e}") from None
    out = []
    for i in sorted(claims):
        c = claims[i]
        if not c["content"]:
            continue
        try:
            source_f, author_f = c.get("factuality", (CERTAIN, UNDERSPECIFIED))
            claim = Claim(
                tuple(sorted(c["content"])),
                c.get("mode", Mode.INDIRECT),
                c.get("source"),
                c.get("cue"),
                hedges=c["hedges"],
                conditions=c["conditions"],
                times=c["times"],
                source_factuality=source_f,
                author_factuality=author_f,
            )
        except (TypeError, ValueError) as e:
            raise WebAnnotationError(f"claim {i}: {e}") from None
        out.append(claim)
    try:
        return Document(text, id=id, claims=out)
    except (TypeError, ValueError) as e:
        raise WebAnnotationError(f"page: {e}") from None


def _read_role(
    c: dict[str, Any], role: str, span: Span, ann: Mapping[str, Any], where: str
) -> None:
    """Add what an annotation of ``role`` says to its claim's parts ``c``."""

    def value(cls: type[_E], key: str, default: str) -> _E:
        return enum_value(cls, ann.get(key, default), where, key, WebAnnotationError)

    def text(key: str) -> str | None:
        found = ann.get(key)
        if found is not None and not isinstance(found, str):
            raise WebAnnotationError(f"{where}: {key}: expected a string, got {found!r}")
        return found

    def once(part: str) -> None:
        if part in c:
            raise WebAnnotationError(f"{where}: a second {part} for claim {ann['claimkit:claim']}")

    if role == "source":
        once("source")
        c["source"] = Source(
            (span,), text("claimkit:name"), value(SourceKind, "claimkit:kind", "unknown")
        )
    elif role == "cue":
        once("cue")
        negated = ann.get("claimkit:negated", False)
        if not isinstance(negated, bool):
            raise WebAnnotationError(
                f"{where}: claimkit:negated: expected true or false, got {negated!r}"
            )
        lemma = text("claimkit:lemma")
        c["cue"] = Cue(
            span,
            span.text.lower() if lemma is None else lemma,  # "" is a lemma, kept as written
            value(CueKind, "claimkit:cueKind", "verb"),
            value(Stance, "claimkit:stance", "neutral"),
            negated,
        )
    elif role == "content":
        c["content"].append(span)
        mode = value(Mode, "claimkit:mode", "indirect")
        if c.setdefault("mode", mode) != mode:
            raise WebAnnotationError(
                f"{where}: claimkit:mode: {mode.value!r} differs from the claim's other "
                f"content ({c['mode'].value!r})"
            )
        if "claimkit:factuality" in ann:
            read = _factuality(ann["claimkit:factuality"], where)
            if c.setdefault("factuality", read) != read:
                raise WebAnnotationError(
                    f"{where}: claimkit:factuality: differs from the claim's other content"
                )
    elif role == "hedge":
        c["hedges"].append(
            Hedge(span, value(HedgeKind, "claimkit:kind", "modal"), text("claimkit:lemma"))
        )
    elif role == "condition":
        c["conditions"].append(Condition(span, value(ConditionKind, "claimkit:kind", "if")))
    elif role == "antecedent":
        if not c["conditions"]:
            raise WebAnnotationError(f"{where}: an antecedent before any condition of its claim")
        last = c["conditions"][-1]
        c["conditions"][-1] = Condition(last.cue, last.kind, span)
    elif role == "time":
        granularity = text("claimkit:granularity")
        reference = text("claimkit:reference")
        try:
            day = dt.date.fromisoformat(reference) if reference is not None else None
        except ValueError:
            raise WebAnnotationError(
                f"{where}: claimkit:reference: expected a date (YYYY-MM-DD), got {reference!r}"
            ) from None
        c["times"].append(
            TimeExpression(
                span,
                text("claimkit:value"),
                None if granularity is None else value(Granularity, "claimkit:granularity", ""),
                day,
            )
        )
    else:
        raise WebAnnotationError(
            f"{where}: claimkit:role: {role!r} is not one of {', '.join(_ROLES)}"
        )


_ROLES = ("source", "cue", "content", "hedge", "condition", "antecedent", "time")


def _factuality(found: object, where: str) -> tuple[Factuality, Factuality]:
    """The (source, author) factuality of a content annotation's ``claimkit:factuality``."""
    if not isinstance(found, Mapping):
        raise WebAnnotationError(
            f"{where}: claimkit:factuality: expected an object of FactBank codes, got {found!r}"
        )
    out = []
    for key, default in (("source", "CT+"), ("author", "Uu")):
        code = found.get(key, default)
        try:
            out.append(Factuality.from_code(code))
        except (TypeError, ValueError) as e:
            raise WebAnnotationError(f"{where}: claimkit:factuality.{key}: {e}") from None
    return out[0], out[1]


def to_schemaorg(doc: Document, *, url: str | None = None) -> dict[str, Any]:
    """schema.org ``Claim`` objects (JSON-LD) for the document's claims.

    ``author`` is the source by name (a ``Person`` or an ``Organization``),
    ``appearance`` and ``firstAppearance`` the article (with its date).

    Raises:
        TypeError: ``doc`` is not a Document.
    """
    _require_document(doc)
    article: dict[str, Any] = {"@type": "CreativeWork"}
    if url:
        article["url"] = url
    if doc.published is not None:
        article["datePublished"] = doc.published.isoformat()
    graph = []
    for c in doc.claims:
        claim: dict[str, Any] = {
            "@type": "Claim",
            "text": " … ".join(p.text for p in c.content),
            "appearance": article,
            "firstAppearance": article,
        }
        if doc.published is not None:
            claim["datePublished"] = doc.published.isoformat()
        if c.source is not None:
            kind = (
                "Organization"
                if c.source.kind in (SourceKind.ORGANIZATION, SourceKind.GROUP, SourceKind.DOCUMENT)
                else "Person"
            )
            name = c.source.name or (c.source.mention.text if c.source.mention else None)
            if name:
                claim["author"] = {"@type": kind, "name": " ".join(name.split())}
        graph.append(claim)
    return {"@context": "https://schema.org", "@graph": graph}


def to_citron(doc: Document) -> dict[str, Any]:
    """Quotes in the shape of BBC Citron's JSON output, for users migrating from it.

    Each quote has ``source``, ``cue`` and ``content`` spans (``start``, ``end``,
    ``text``), a ``coreference`` list of the resolved source name, and claimkit's extras
    (``mode``, ``stance``, ``negated``) beside them.

    Raises:
        TypeError: ``doc`` is not a Document.
    """
    _require_document(doc)
    quotes = []
    for c in doc.claims:

        def spans(*parts: Span) -> list[dict[str, Any]]:
            return [{"start": p.start, "end": p.end, "text": p.text} for p in parts]

        mention = c.source.mention if c.source is not None else None
        quotes.append(
            {
                "source": spans(mention) if mention else [],
                "cue": spans(c.cue.span) if c.cue else [],
                "content": spans(*c.content),
                "coreference": [{"text": c.source.name}] if c.source and c.source.name else [],
                "confidence": None,
                "mode": c.mode.value,
                "stance": c.stance.value,
                "negated": c.negated,
            }
        )
    return {"quotes": quotes}
