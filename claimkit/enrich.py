"""Enrichments of found claims: nesting, hedges, conditions, times, factuality."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
from collections.abc import Callable, Sequence
from typing import Generic, NamedTuple, TypeVar, cast

from claimkit.conditions import MARGIN as CONDITION_MARGIN
from claimkit.conditions import scan as scan_conditions
from claimkit.hedges import MARGIN as HEDGE_MARGIN
from claimkit.hedges import scan as scan_hedges
from claimkit.model import (
    Certainty,
    Claim,
    Condition,
    Cue,
    Factuality,
    Hedge,
    HedgeKind,
    Mode,
    Polarity,
    Source,
    Span,
    Stance,
    TimeExpression,
    _unchecked_maker,
)
from claimkit.text import Sentence, merge_regions, scan_regions, within
from claimkit.timex import MARGIN as TIME_MARGIN
from claimkit.timex import scan as scan_times

# builders of instances known to be valid (spans sliced from the text; see
# model._unchecked)
_new_source = _unchecked_maker(Source)
_new_claim = _unchecked_maker(Claim)

__all__ = ["enrich", "factuality"]

T = TypeVar("T")
V = TypeVar("V")
W = TypeVar("W")

# How many content pieces starting before a cue are looked at to find its parent claim:
# the parent is among the nearest (cues inside quotations make no claims, so few pieces
# start inside another's content; 16 and 64 give the same nesting on every PolNeAR,
# MEANTIME and SFU document), and a claim-dense text pays for each one looked at.
_LOOKBACK = 16
# How far from its cue (in characters) a time outside the content still dates the
# speech act: "said on Monday", "on Saturday issued a statement".
_NEAR_CUE = 40
# Longer than any time phrase claimkit finds, in characters ("the first week of
# September 2020"): the stretch around a cue searched for one.
_LONGEST_TIME = 120
# How deep attributions nest ("officials said the group claimed ..." is depth 1).
_MAX_DEPTH = 3

# Cue stances and the certainty a source gives its content (DESIGN.md's table).
_SOURCE_CERTAINTY: dict[Stance, Factuality] = {
    Stance.NEUTRAL: Factuality(Certainty.CT, Polarity.POSITIVE),
    Stance.ENDORSING: Factuality(Certainty.CT, Polarity.POSITIVE),
    Stance.DISTANCING: Factuality(Certainty.CT, Polarity.POSITIVE),
    Stance.PERCEPTION: Factuality(Certainty.CT, Polarity.POSITIVE),
    Stance.NEGATING: Factuality(Certainty.CT, Polarity.NEGATIVE),
    Stance.BELIEF: Factuality(Certainty.PR, Polarity.POSITIVE),
    Stance.DOUBT: Factuality(Certainty.PR, Polarity.NEGATIVE),
    Stance.DIRECTIVE: Factuality(Certainty.U, Polarity.UNKNOWN),
    Stance.DESIRE: Factuality(Certainty.U, Polarity.UNKNOWN),
    Stance.EVALUATIVE: Factuality(Certainty.U, Polarity.UNKNOWN),
    Stance.OTHER: Factuality(Certainty.U, Polarity.UNKNOWN),
}
# Belief cues that only make the content possible, not probable.
_POSSIBLE = frozenset({"suspect", "guess", "speculate", "suggest", "wonder", "hint"})
# Doubt cues that question without leaning either way.
_QUESTION = frozenset({"ask", "wonder", "question", "query"})
# Hedges that make the content probable rather than merely possible.
_PROBABLE = frozenset(
    {
        "probably",
        "likely",
        "apparently",
        "presumably",
        "seemingly",
        "seem",
        "appear",
        "would",
        "should",
        "expect",
        "believe",
        "think",
    }
)
_LOWER = {
    Certainty.CT: Certainty.PR,
    Certainty.PR: Certainty.PS,
    Certainty.PS: Certainty.PS,
    Certainty.U: Certainty.U,
}
# Hedge kinds that do not lower a claim's certainty: boosters raise it, approximators
# blur amounts, and conditions and alternatives are recorded on their own.
_NOT_LOWERING = frozenset(
    {HedgeKind.BOOSTER, HedgeKind.APPROXIMATOR, HedgeKind.CONDITIONAL, HedgeKind.DISJUNCTION}
)
_KIND_LEMMA = operator.attrgetter("kind", "lemma")
# Every factuality, built once (they are frozen, so claims can share them).
_FACTS = {(c, p): Factuality(c, p) for c in Certainty for p in Polarity}
_UNKNOWN = _FACTS[Certainty.U, Polarity.UNKNOWN]
_CERTAIN = _FACTS[Certainty.CT, Polarity.POSITIVE]
_RANK = {Certainty.CT: 3, Certainty.PR: 2, Certainty.PS: 1, Certainty.U: 0}


def factuality(
    stance: Stance,
    lemma: str | None,
    negated: bool,
    hedges: tuple[Hedge, ...] = (),
    conditions: tuple[Condition, ...] = (),
) -> tuple[Factuality, Factuality]:
    """FactBank factuality of a claim's content, according to its source and its author.

    >>> factuality(Stance.NEGATING, "deny", False)[0].code
    'CT-'
    >>> factuality(Stance.BELIEF, "believe", False)[0].code
    'PR+'
    >>> factuality(Stance.NEUTRAL, "say", True)[0].code
    'Uu'
    >>> factuality(Stance.ENDORSING, "confirm", False)[1].code
    'CT+'
    """
    lowering = {_lowering(kind, name) for kind, name in set(map(_KIND_LEMMA, hedges))}
    lowering.discard(None)
    return _factuality(stance, lemma, negated, cast("set[str]", lowering), bool(conditions))


def _lowering(kind: HedgeKind, lemma: str | None) -> str | None:
    """What a hedge of ``kind`` and ``lemma`` counts for in :func:`_factuality`: its lemma
    in lower case if it lowers the certainty, else None."""
    return None if kind in _NOT_LOWERING else (lemma or "").lower()


def _factuality(
    stance: Stance, lemma: str | None, negated: bool, lowering: set[str], conditional: bool
) -> tuple[Factuality, Factuality]:
    """:func:`factuality`, given the lemmas (lower case) of the hedges that lower the
    certainty and whether a condition holds."""
    base = _SOURCE_CERTAINTY[stance]
    if lemma in _POSSIBLE and base.certainty is Certainty.PR:
        base = _FACTS[Certainty.PS, base.polarity]
    if (lemma in _QUESTION and stance is Stance.DOUBT) or negated:
        base = _UNKNOWN
    cert = base.certainty
    if cert is not Certainty.U:
        # a hedge makes the content probable ("likely") or only possible ("may")
        if lowering:
            lowered = Certainty.PR if lowering <= _PROBABLE else Certainty.PS
            if _RANK[lowered] < _RANK[cert]:
                cert = lowered
        if conditional and cert is Certainty.CT:
            cert = Certainty.PR
    source = _FACTS[cert, base.polarity]
    author = _CERTAIN if stance is Stance.ENDORSING and not negated else _UNKNOWN
    return source, author


class Draft(NamedTuple):
    """A found claim, its source resolved: what :func:`enrich` builds a claim from."""

    content: tuple[Span, ...]
    mode: Mode
    source: Source | None
    cue: Cue | None


def _parents(claims: list[Draft]) -> list[int | None]:
    """For each claim, the innermost other claim whose content holds its cue.

    Content pieces are sorted by start; for each cue only the nearest pieces starting
    before it are looked at (``_LOOKBACK``), so the cost stays linear in the claims.
    """
    parts = sorted((part.start, part.end, k) for k, c in enumerate(claims) for part in c.content)
    starts = [p[0] for p in parts]
    # the furthest end among the pieces starting up to each one: where it falls before a
    # cue, no piece can hold the cue, and the look-back is skipped
    reach = list(itertools.accumulate((p[1] for p in parts), max))
    out: list[int | None] = []
    for i, c in enumerate(claims):
        best: int | None = None
        best_len = 0
        if c.cue is not None:
            cs, ce = c.cue.span.start, c.cue.span.end
            j = bisect.bisect_right(starts, cs) - 1
            if j < 0 or reach[j] < ce:
                out.append(None)
                continue
            for start, end, k in parts[max(0, j - _LOOKBACK + 1) : j + 1]:
                if k != i and start <= cs and ce <= end:
                    length = end - start
                    if best is None or length < best_len:
                        best, best_len = k, length
        out.append(best)
    _cut_cycles_and_depth(out)
    return out


def _cut_cycles_and_depth(parents: list[int | None]) -> None:
    """Make the parent links a forest no deeper than ``_MAX_DEPTH``, in linear time.

    Claims holding each other's cues would nest in a cycle: the link closing it is cut.
    A deeper nesting is a chain of quotes within quotes, not reports of reports: it is
    cut too, which also keeps every claim's source chain short.
    """
    n = len(parents)
    state = [0] * n  # 0 unseen, 1 on the current path, 2 done
    for i in range(n):
        path: list[int] = []
        k: int | None = i
        while k is not None and state[k] == 0:
            state[k] = 1
            path.append(k)
            k = parents[k]
        if k is not None and state[k] == 1:
            parents[path[-1]] = None
        for node in path:
            state[node] = 2
    depth = [-1] * n
    for i in range(n):
        path = []
        k = i
        while k is not None and depth[k] < 0:
            path.append(k)
            k = parents[k]
        d = depth[k] if k is not None else -1
        for node in reversed(path):
            d += 1
            if d > _MAX_DEPTH:
                parents[node] = None
                d = 0
            depth[node] = d


def enrich(
    text: str,
    view: str,
    sents: list[Sentence],
    claims: list[Draft],
    published: dt.date | None,
) -> list[Claim]:
    """The claims of ``claims`` (found, their sources resolved), with their nesting,
    hedges, conditions, times and factuality."""
    if not claims:
        return []
    parents = _parents(claims)
    starts = [s.start for s in sents]  # once per document, for _times_for
    n = len(text)
    # hedges, conditions and times are looked for only where claims are: their contents,
    # and for times also the stretch around each cue (see _times_for)
    # (merged once here: a claim-dense text has a region per claim, overlapping)
    content = merge_regions([(p.start, p.end) for c in claims for p in c.content], 0, n)
    around = _NEAR_CUE + _LONGEST_TIME
    cues = merge_regions(
        [(c.cue.span.start - around, c.cue.span.end + around) for c in claims if c.cue], 0, n
    )
    found = scan_regions(lambda lo, hi: scan_hedges(text, view, lo, hi), content, HEDGE_MARGIN, n)
    hedges_in = _lookup(found, _SPAN)
    # beside each hedge, what it counts for in factuality: a long content repeats the
    # same few hedges, and factuality reads only their distinct lemmas
    lowering_in = hedges_in.of([_lowering(h.kind, h.lemma) for h in found])
    conds_found = scan_regions(
        lambda lo, hi: scan_conditions(text, view, sents, starts, lo, hi),
        content,
        CONDITION_MARGIN,
        n,
    )
    conditions_in = _lookup(conds_found, _CUE)
    times_found = scan_regions(
        lambda lo, hi: scan_times(text, published, lo, hi), content + cues, TIME_MARGIN, n
    )
    times_in = _lookup(times_found, _SPAN)

    def enriched(c: Draft, parent: Claim | None) -> Claim:
        if len(c.content) == 1:
            part = c.content[0]
            hedges = tuple(hedges_in(part.start, part.end))
            conds = tuple(conditions_in(part.start, part.end))
            lowering = set(lowering_in(part.start, part.end)) if hedges else set()
        else:
            hedges = tuple(
                itertools.chain.from_iterable(hedges_in(p.start, p.end) for p in c.content)
            )
            conds = tuple(
                itertools.chain.from_iterable(conditions_in(p.start, p.end) for p in c.content)
            )
            lowering = set(
                itertools.chain.from_iterable(lowering_in(p.start, p.end) for p in c.content)
            )
        lowering.discard(None)
        times = _times_for(c, sents, starts, times_in) if times_found else ()
        source = c.source
        if parent is not None and source is not None and parent.source is not None:
            source = _new_source(
                mentions=source.mentions,
                name=source.name,
                kind=source.kind,
                descriptor=source.descriptor,
                parent=parent.source,
            )
        cue = c.cue
        lemmas = cast("set[str]", lowering)  # None, for hedges that do not lower, dropped
        if cue is None:
            src_f, auth_f = _factuality(Stance.NEUTRAL, None, False, lemmas, bool(conds))
        else:
            src_f, auth_f = _factuality(cue.stance, cue.lemma, cue.negated, lemmas, bool(conds))
        # the draft's parts were checked when built; what is added is of the right types
        return _new_claim(
            content=c.content,
            mode=c.mode,
            source=source,
            cue=c.cue,
            hedges=hedges,
            conditions=conds,
            times=times,
            parent=parent,
            source_factuality=src_f,
            author_factuality=auth_f,
        )

    # a parent is built before its children (a loop, not a recursion: a function that
    # calls itself through its closure is a reference cycle, which would keep every
    # claim alive until the cyclic garbage collector's next pass)
    built: list[Claim | None] = [None] * len(claims)
    for i in range(len(claims)):
        if built[i] is not None:
            continue  # built before, as the parent of an earlier claim
        chain: list[int] = []
        j = parents[i]
        while j is not None and built[j] is None and len(chain) <= _MAX_DEPTH + 1:
            chain.append(j)
            j = parents[j]
        for k in [*reversed(chain), i]:
            p = parents[k]
            built[k] = enriched(claims[k], built[p] if p is not None else None)
    return [c for c in built if c is not None]


class _Lookup(Generic[V]):
    """The values (one per item, the items themselves by default) of the items (in text
    order) whose spans lie inside a range: ``lookup(start, end)``."""

    __slots__ = ("ends", "starts", "values")

    def __init__(self, starts: list[int], ends: list[int], values: Sequence[V]) -> None:
        self.starts, self.ends, self.values = starts, ends, values

    def __call__(self, start: int, end: int) -> list[V]:
        return within(self.values, self.starts, self.ends, start, end)

    def any_starting(self, start: int, end: int) -> bool:
        """Whether an item starts inside ``[start, end)`` (where none starts, none lies)."""
        return bisect.bisect_left(self.starts, start) < bisect.bisect_left(self.starts, end)

    def of(self, values: Sequence[W]) -> _Lookup[W]:
        """The same look-up over other values, one per item (the bounds are shared)."""
        return _Lookup(self.starts, self.ends, values)


def _lookup(items: list[T], span: Callable[[T], Span]) -> _Lookup[T]:
    """A :class:`_Lookup` of ``items`` by their spans."""
    return _Lookup([span(x).start for x in items], [span(x).end for x in items], items)


_SPAN = operator.attrgetter("span")
_CUE = operator.attrgetter("cue")


def _times_for(
    c: Draft,
    sents: list[Sentence],
    starts: list[int],
    times_in: _Lookup[TimeExpression],
) -> tuple[TimeExpression, ...]:
    """Times of the speech act (around the cue, outside the content) and in the content."""
    anchor = c.cue.span.start if c.cue is not None else c.content[0].start
    i = bisect.bisect_right(starts, anchor) - 1
    if i < 0:
        return ()
    sent = sents[i]
    lo = min(sent.start, c.content[0].start)
    hi = max(sent.end, c.content[-1].end)
    if c.cue is not None:
        cue = c.cue.span
        near_lo = max(lo, cue.start - _NEAR_CUE - _LONGEST_TIME)
        near_hi = max(near_lo, min(hi, cue.end + _NEAR_CUE + _LONGEST_TIME))
        # every time returned lies in the content or near the cue: most claims have
        # none there, and two bisections over the stretch holding both say so
        if not times_in.any_starting(
            min(near_lo, c.content[0].start), max(near_hi, c.content[-1].end)
        ):
            return ()
    # the speech act's time first (outside the content, next to the cue: "issued a
    # statement on Saturday"), then the content's; each looked up in its own stretch,
    # so a long sentence full of times costs no more per claim than a short one
    inside = [t for p in c.content for t in times_in(p.start, p.end)]
    outside: list[TimeExpression] = []
    if c.cue is not None:
        taken = {(t.span.start, t.span.end) for t in inside}
        outside = [
            t
            for t in times_in(near_lo, near_hi)
            if (t.span.start, t.span.end) not in taken
            and (
                0 <= t.span.start - cue.end <= _NEAR_CUE or 0 <= cue.start - t.span.end <= _NEAR_CUE
            )
        ]
    return tuple(outside + inside)
