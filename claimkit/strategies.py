"""Hypothesis strategies for claimkit's model: valid, consistent spans, sources, claims, documents.

Hypothesis is an optional dependency: ``import claimkit`` never imports this module
(install ``claimkit[hypothesis]`` to use it). Every strategy draws the text first and
puts every span inside it, so ``text[span.start:span.end] == span.text`` holds for all
that is generated and every :class:`~claimkit.Document` validates.

Following Hypothesis's API style: keyword-only ``min_*``/``max_*`` bounds, arguments
that are strategies are named for what they generate (``texts=``, ``names=``) and
never take a plain value, and bad arguments raise
:class:`hypothesis.errors.InvalidArgument`.

Installing claimkit registers these strategies with Hypothesis (entry point
``claimkit.strategies:_hypothesis_setup_hook``), so ``st.from_type(Claim)`` works.

>>> from hypothesis import given
>>> @given(documents(max_claims=2))
... def test_spans_slice_the_text(doc):
...     for claim in doc.claims:
...         for _, span in claim.spans():
...             assert doc.text[span.start:span.end] == span.text
>>> test_spans_slice_the_text()
"""

from __future__ import annotations

# The hook comes before ``import hypothesis``: when this module is the first to import
# Hypothesis, Hypothesis loads its entry points (this hook) while this module is still
# half-imported; the hook then only notes the call and registration happens at the end.
_module_ready = False
_registration_pending = False


def _hypothesis_setup_hook() -> None:
    """Register the strategies so ``st.from_type(Span | Source | Claim | Document)`` works.

    Called by Hypothesis through the ``hypothesis`` entry point that installing
    claimkit declares; calling it again is harmless.
    """
    global _registration_pending
    if not _module_ready:
        _registration_pending = True
        return
    _register_type_strategies()


import datetime as _dt  # noqa: E402
from collections.abc import Mapping, Sequence  # noqa: E402
from typing import Any  # noqa: E402

from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import InvalidArgument  # noqa: E402

from claimkit.model import (  # noqa: E402
    Certainty,
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
    Polarity,
    Source,
    SourceKind,
    Span,
    Stance,
    TimeExpression,
)

__all__ = ["claims", "documents", "factualities", "sources", "spans"]


# --------------------------------------------------------------------------- argument checks


def _check_size(name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < 0:
        raise InvalidArgument(f"{name}={value!r} must be >= 0")


def _check_bounds(
    lo_name: str, lo: object, hi_name: str, hi: object, *, hi_optional: bool = False
) -> None:
    _check_size(lo_name, lo)
    _check_size(hi_name, hi, optional=hi_optional)
    if hi is not None and hi < lo:  # type: ignore[operator]
        raise InvalidArgument(f"{lo_name}={lo!r} is greater than {hi_name}={hi!r}")


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise InvalidArgument(f"text={text!r} must be a str, got {type(text).__name__}")


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(
            f"{name}={value!r} must be a Hypothesis strategy (or None for the default)"
        )


# --------------------------------------------------------------------------- spans


@st.composite
def _spans(draw: st.DrawFn, text: str, min_size: int, max_size: int | None) -> Span:
    hi = len(text) if max_size is None else min(max_size, len(text))
    size = draw(st.integers(min_size, hi))
    start = draw(st.integers(0, len(text) - size))
    return Span(start, start + size, text[start : start + size])


def spans(text: str, *, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[Span]:
    """Spans of ``text`` (slices equal), covering ``min_size`` to ``max_size`` characters.

    Args:
        text: the text the spans lie in.
        min_size: the fewest characters a span covers.
        max_size: the most (``None``: up to the whole text).

    Returns:
        A strategy of :class:`~claimkit.Span`; shrinks towards the empty span at 0.

    Raises:
        InvalidArgument: ``text`` is not a str, a bound is not a non-negative int,
            ``max_size < min_size``, or ``min_size`` exceeds the text's length.

    >>> from hypothesis import given
    >>> @given(spans("said so", min_size=1))
    ... def test_span(span):
    ...     assert "said so"[span.start:span.end] == span.text and len(span) >= 1
    >>> test_span()
    """
    _check_text(text)
    _check_bounds("min_size", min_size, "max_size", max_size, hi_optional=True)
    if min_size > len(text):
        raise InvalidArgument(
            f"min_size={min_size} is longer than the text ({len(text)} characters)"
        )
    return _spans(text, min_size, max_size)


@st.composite
def _pieces(draw: st.DrawFn, text: str, min_parts: int, max_parts: int) -> tuple[Span, ...]:
    """In-order, non-overlapping spans of ``text`` (a claim's content)."""
    n = draw(st.integers(min_parts, max_parts))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2 * n, max_size=2 * n)))
    return tuple(Span(a, b, text[a:b]) for a, b in zip(cuts[::2], cuts[1::2], strict=True))


# --------------------------------------------------------------------------- sources


@st.composite
def _sources(
    draw: st.DrawFn,
    text: str,
    min_mentions: int,
    max_mentions: int,
    max_depth: int,
    names: st.SearchStrategy[str | None],
) -> Source:
    mentions = draw(st.lists(spans(text), min_size=min_mentions, max_size=max_mentions))
    parent = None
    if max_depth > 0 and draw(st.booleans()):
        parent = draw(_sources(text, 0, max_mentions, max_depth - 1, names))
    return Source(
        mentions,
        name=draw(names),
        kind=draw(st.sampled_from(SourceKind)),
        descriptor=draw(st.none() | spans(text)),
        parent=parent,
    )


def sources(
    text: str,
    *,
    min_mentions: int = 0,
    max_mentions: int = 2,
    max_depth: int = 1,
    names: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Source]:
    """Sources whose mentions and descriptors are spans of ``text``.

    Args:
        text: the text the spans lie in.
        min_mentions: the fewest mentions (0 allows implicit sources).
        max_mentions: the most mentions.
        max_depth: how many parent sources deep the chain may go.
        names: a strategy of resolved names (default: ``None`` or short text).

    Returns:
        A strategy of :class:`~claimkit.Source`.

    Raises:
        InvalidArgument: ``text`` is not a str, a bound is not a non-negative int,
            ``max_mentions < min_mentions``, or ``names`` is not a strategy.
    """
    _check_text(text)
    _check_bounds("min_mentions", min_mentions, "max_mentions", max_mentions)
    _check_size("max_depth", max_depth)
    _check_strategy("names", names)
    if names is None:
        names = st.none() | st.text(max_size=20)
    return _sources(text, min_mentions, max_mentions, max_depth, names)


_all_sources = sources  # claims() has an argument named ``sources``


# --------------------------------------------------------------------------- claims


def factualities() -> st.SearchStrategy[Factuality]:
    """Every FactBank factuality (certainty and polarity), shrinking towards ``CT+``.

    >>> from hypothesis import given
    >>> @given(factualities())
    ... def test_code_round_trip(f):
    ...     assert Factuality.from_code(f.code) == f
    >>> test_code_round_trip()
    """
    return st.builds(Factuality, st.sampled_from(Certainty), st.sampled_from(Polarity))


@st.composite
def _times(draw: st.DrawFn, text: str) -> TimeExpression:
    return TimeExpression(
        draw(spans(text)),
        value=draw(st.none() | st.text(max_size=10)),
        granularity=draw(st.none() | st.sampled_from(Granularity)),
        reference=draw(st.none() | st.dates()),
    )


@st.composite
def _claims(
    draw: st.DrawFn,
    text: str,
    min_parts: int,
    max_parts: int,
    max_hedges: int,
    max_conditions: int,
    max_times: int,
    source_strategy: st.SearchStrategy[Source | None],
    parents: Sequence[Claim],
) -> Claim:
    cue = draw(
        st.none()
        | st.builds(
            Cue,
            spans(text),
            st.text(max_size=12),
            kind=st.sampled_from(CueKind),
            stance=st.sampled_from(Stance),
            negated=st.booleans(),
        )
    )
    hedges = draw(
        st.lists(
            st.builds(
                Hedge, spans(text), st.sampled_from(HedgeKind), st.none() | st.text(max_size=8)
            ),
            max_size=max_hedges,
        )
    )
    conditions = draw(
        st.lists(
            st.builds(
                Condition, spans(text), st.sampled_from(ConditionKind), st.none() | spans(text)
            ),
            max_size=max_conditions,
        )
    )
    parent = draw(st.none() | st.sampled_from(parents)) if parents else None
    return Claim(
        draw(_pieces(text, min_parts, max_parts)),
        mode=draw(st.sampled_from(Mode)),
        source=draw(source_strategy),
        cue=cue,
        source_factuality=draw(factualities()),
        author_factuality=draw(factualities()),
        hedges=hedges,
        conditions=conditions,
        times=draw(st.lists(_times(text), max_size=max_times)),
        parent=parent,
    )


def claims(
    text: str,
    *,
    min_parts: int = 1,
    max_parts: int = 3,
    max_hedges: int = 2,
    max_conditions: int = 2,
    max_times: int = 2,
    sources: st.SearchStrategy[Source | None] | None = None,
    parents: Sequence[Claim] = (),
) -> st.SearchStrategy[Claim]:
    """Claims whose every span lies in ``text``, with all optional parts sometimes present.

    Args:
        text: the text the spans lie in.
        min_parts: the fewest content pieces (at least 1).
        max_parts: the most content pieces.
        max_hedges: the most hedges.
        max_conditions: the most conditions.
        max_times: the most time expressions.
        sources: a strategy of the claim's source (default: ``None`` or
            ``sources(text)``); its spans must lie in ``text``.
        parents: claims a generated claim may be nested in (the parent is drawn from
            these, or none); in a Document they must be claims of the same document.

    Returns:
        A strategy of :class:`~claimkit.Claim`.

    Raises:
        InvalidArgument: ``text`` is not a str, a bound is not a non-negative int,
            ``min_parts`` is 0 or above ``max_parts``, ``sources`` is not a strategy,
            or ``parents`` is not a sequence of Claims.
    """
    _check_text(text)
    _check_bounds("min_parts", min_parts, "max_parts", max_parts)
    if min_parts < 1:
        raise InvalidArgument(f"min_parts={min_parts!r} must be >= 1 (content is never empty)")
    for name, value in (
        ("max_hedges", max_hedges),
        ("max_conditions", max_conditions),
        ("max_times", max_times),
    ):
        _check_size(name, value)
    _check_strategy("sources", sources)
    if isinstance(parents, str) or not isinstance(parents, Sequence):
        raise InvalidArgument(f"parents={parents!r} must be a sequence of Claims")
    for i, p in enumerate(parents):
        if not isinstance(p, Claim):
            raise InvalidArgument(f"parents[{i}]={p!r} is not a Claim")
    source_strategy = sources if sources is not None else st.none() | _all_sources(text)
    return _claims(
        text,
        min_parts,
        max_parts,
        max_hedges,
        max_conditions,
        max_times,
        source_strategy,
        tuple(parents),
    )


# --------------------------------------------------------------------------- documents

_JSON_SCALARS: st.SearchStrategy[Any] = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
)
_JSON_VALUES: st.SearchStrategy[Any] = st.recursive(
    _JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def _documents(
    draw: st.DrawFn,
    texts: st.SearchStrategy[str],
    min_claims: int,
    max_claims: int,
    ids: st.SearchStrategy[str | None],
    dates: st.SearchStrategy[_dt.date | None],
    metadata: st.SearchStrategy[Mapping[str, Any]],
) -> Document:
    text = draw(texts)
    if not isinstance(text, str):
        raise InvalidArgument(f"texts generated {text!r}, which is not a str")
    n = draw(st.integers(min_claims, max_claims))
    made: list[Claim] = []
    for _ in range(n):
        made.append(draw(claims(text, parents=made)))
    # A parent may come before or after its child in the document.
    ordered = draw(st.permutations(made)) if len(made) > 1 else made
    return Document(
        text, id=draw(ids), published=draw(dates), claims=ordered, metadata=draw(metadata)
    )


def documents(
    *,
    texts: st.SearchStrategy[str] | None = None,
    min_claims: int = 0,
    max_claims: int = 4,
    ids: st.SearchStrategy[str | None] | None = None,
    dates: st.SearchStrategy[_dt.date | None] | None = None,
    metadata: st.SearchStrategy[Mapping[str, Any]] | None = None,
) -> st.SearchStrategy[Document]:
    """Valid documents: the text is drawn first, then claims whose spans lie in it.

    Claims may be nested (a parent among the document's claims, before or after it).

    Args:
        texts: a strategy of the document text (default: any text up to 200
            characters, astral code points included).
        min_claims: the fewest claims.
        max_claims: the most claims.
        ids: a strategy of document ids (default: ``None`` or short text).
        dates: a strategy of published dates (default: ``None`` or any date).
        metadata: a strategy of metadata dicts of JSON values (default: small dicts
            of JSON values).

    Returns:
        A strategy of :class:`~claimkit.Document`.

    Raises:
        InvalidArgument: a bound is not a non-negative int, ``max_claims <
            min_claims``, or a strategy argument is not a strategy.

    >>> from hypothesis import given
    >>> @given(documents(max_claims=1))
    ... def test_valid(doc):
    ...     doc.validate()
    >>> test_valid()
    """
    _check_bounds("min_claims", min_claims, "max_claims", max_claims)
    for name, value in (("texts", texts), ("ids", ids), ("dates", dates), ("metadata", metadata)):
        _check_strategy(name, value)
    return _documents(
        texts if texts is not None else st.text(max_size=200),
        min_claims,
        max_claims,
        ids if ids is not None else st.none() | st.text(max_size=12),
        dates if dates is not None else st.none() | st.dates(),
        metadata
        if metadata is not None
        else st.dictionaries(st.text(max_size=8), _JSON_VALUES, max_size=3),
    )


# --------------------------------------------------------------------------- registration


def _register_type_strategies() -> None:
    st.register_type_strategy(Span, st.text(max_size=50).flatmap(spans))
    st.register_type_strategy(Source, st.text(max_size=50).flatmap(sources))
    st.register_type_strategy(Claim, st.text(max_size=80).flatmap(claims))
    st.register_type_strategy(Document, documents())


_module_ready = True
if _registration_pending:
    _register_type_strategies()
