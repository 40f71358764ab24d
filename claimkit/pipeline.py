"""``extract()``: runs the stages in order, and nothing else.

text → normalized view and sentences → quotes → cues and attributions → sources
resolved → enrichments (factuality, hedges, conditions, times) → Document.
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
from typing import Any

from claimkit import enrich, sources
from claimkit.attribution import Found, find_attributions
from claimkit.model import (
    Cue,
    CueKind,
    Document,
    Metadata,
    Mode,
    Span,
    Stance,
    _unchecked,
    _unchecked_maker,
)
from claimkit.quotes import Quotes, find_quotes
from claimkit.text import analyze
from claimkit.timex import parse_published

# builders of instances known to be valid (spans sliced from the text; see
# model._unchecked)
_new_span = _unchecked_maker(Span)
_new_cue = _unchecked_maker(Cue)

__all__ = ["extract", "parse_published"]


def extract(text: str, *, published: Any = None, id: str | None = None) -> Document:
    """Find every attribution in English news text.

    Args:
        text: the article; offsets in the result index this exact string.
        published: the article's date (a date, datetime or ISO string) that time
            expressions are resolved against; ``None`` leaves relative times unresolved.
        id: an identifier carried into the Document.

    Returns:
        A validated :class:`~claimkit.Document` holding the claims in text order.

    Raises:
        TypeError: ``text`` is not a str (bytes must be decoded first), ``id`` not a str.
        ValueError: ``published`` cannot be read as a date.

    >>> doc = extract("“The truce holds,” Mohi said.")
    >>> claim = doc.claims[0]
    >>> claim.source.mention.text, claim.cue.span.text, claim.content[0].text, claim.mode.value
    ('Mohi', 'said', '“The truce holds,”', 'direct')
    """
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise TypeError(f"text must be a str, got {type(text).__name__}{hint}")
    if id is not None and not isinstance(id, str):
        raise TypeError(f"id must be a str or None, got {type(id).__name__}")
    date = parse_published(published)
    if not gc.isenabled():
        return _extract(text, date, id)
    # The objects built here hold no reference cycles (a test checks it), so the cyclic
    # collector's passes over them would find nothing, and they cost 5% of the time on
    # news and a fifth on a long text: it is paused while the document is built (other
    # threads only run without it for that long, and a caller that disabled it finds it
    # disabled).
    gc.disable()
    try:
        return _extract(text, date, id)
    finally:
        gc.enable()


def _extract(text: str, date: dt.date | None, id: str | None) -> Document:
    view, frozen = analyze(text)
    sents = list(frozen)
    quotes = find_quotes(text, view)
    found = _prune(find_attributions(view, sents, quotes))
    srcs = sources.resolve(text, view, sents, found, quotes)
    drafts: list[enrich.Draft] = []
    for f, src in zip(found, srcs, strict=True):
        if f.entry is not None and f.entry.stance == "not_claim":
            continue  # orders and directives: who acted helps resolve "he", but no claim
        # spans sliced from ``text`` here need no checking
        parts = tuple(_new_span(start=s, end=e, text=text[s:e]) for s, e in f.content)
        cue = None
        if f.cue is not None and f.entry is not None:
            cs, ce = f.cue
            cue = _new_cue(
                span=_new_span(start=cs, end=ce, text=text[cs:ce]),
                lemma=f.entry.lemma,
                kind=_CUE_KINDS[f.entry.kind],
                stance=_STANCES[f.entry.stance],
                negated=f.negated,
            )
        # what enrich() reads; it builds the claim the caller gets
        drafts.append(enrich.Draft(parts, _mode(text, f, quotes), src, cue))
    claims = enrich.enrich(text, view, sents, drafts, date)
    # every span above is sliced from ``text`` itself: no need to check them again
    return _unchecked(
        Document, text=text, id=id, published=date, claims=tuple(claims), metadata=Metadata({})
    )


_CUE_KINDS = {k.value: k for k in CueKind}
_STANCES = {s.value: s for s in Stance}


def _mode(text: str, f: Found, quotes: Quotes) -> Mode:
    start, end = f.content[0][0], f.content[-1][1]
    if not quotes.any_inside(start, end):
        q = quotes.enclosing(start)
        if q is not None and q.end >= end:
            return Mode.DIRECT
        return Mode.INDIRECT
    covered = sum(quotes.double_covered(s, e) for s, e in f.content)
    total = sum(e - s for s, e in f.content)
    words_outside = total - covered
    if covered and words_outside <= 3 * len(f.content):
        return Mode.DIRECT
    return Mode.MIXED


def _prune(found: list[Found]) -> list[Found]:
    """Drop repeats: one claim per cue, and no two claims with the same content."""
    seen_cues: set[tuple[int, int]] = set()
    seen_content: set[tuple[tuple[int, int], ...]] = set()
    out: list[Found] = []
    index: dict[int, int] = {}
    # cues inside a longer cue: "declined" in "declined to comment"
    shared = {f.shares_source_of for f in found}  # kept: other claims take their source
    cues = sorted(f.cue for f in found if f.cue is not None)
    for i, f in enumerate(found):
        if (f.cue is not None and f.cue in seen_cues) or f.content in seen_content:
            continue
        if f.cue is not None and i not in shared and _inside_longer(f.cue, cues):
            continue
        if f.cue is not None:
            seen_cues.add(f.cue)
        if f.entry is None or f.entry.stance != "not_claim":
            # (an order or an anonymity formula becomes no claim: the report of the
            # same content, "..., who requested anonymity, said", is the one kept)
            seen_content.add(f.content)
        share = f.shares_source_of
        if share is not None:
            # the index of the claim it shares with among those kept (None if dropped)
            f = f._replace(shares_source_of=index.get(share))
        index[i] = len(out)
        out.append(f)
    return out


def _inside_longer(cue: tuple[int, int], cues: list[tuple[int, int]]) -> bool:
    """Whether another of the sorted ``cues`` strictly holds ``cue``: one starting at most
    _LONGEST_CUE characters before it (found by bisection) and ending at or after it."""
    start, end = cue
    i = bisect.bisect_left(cues, (start - _LONGEST_CUE, -1))
    while i < len(cues) and cues[i][0] <= start:
        if cues[i][1] >= end and cues[i] != cue:
            return True
        i += 1
    return False


# Longer than any cue span the grammar builds ("has not yet responded to"), characters.
_LONGEST_CUE = 60
