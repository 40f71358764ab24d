"""claimkit.strategies: valid, consistent values; API-style argument checks; registration."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from claimkit import Claim, Document, Source, Span
from claimkit.strategies import claims, documents, factualities, sources, spans

TEXT = "Officials said the truce holds."
NO_SHRINK = settings(database=None, phases=[Phase.generate], max_examples=1000)
"""For ``find``: the first example found is enough (shrinking documents takes long)."""


@given(spans(TEXT, min_size=2, max_size=5))
def test_spans_respect_their_bounds_and_slice_the_text(span: Span) -> None:
    assert 2 <= len(span) <= 5
    assert span.matches(TEXT)


@given(sources(TEXT, min_mentions=1, max_mentions=2, max_depth=2))
def test_sources_respect_their_bounds(source: Source) -> None:
    assert 1 <= len(source.mentions) <= 2
    assert len(source.chain()) <= 3
    assert all(span.matches(TEXT) for span in source.spans())


@given(claims(TEXT, min_parts=2, max_parts=2, max_hedges=0, sources=st.none()))
def test_claims_respect_their_bounds(claim: Claim) -> None:
    assert len(claim.content) == 2
    assert claim.hedges == ()
    assert claim.source is None
    assert Document(TEXT, claims=[claim]).claims == (claim,)


@given(documents(texts=st.just(TEXT), min_claims=2, max_claims=3, ids=st.just("d")))
def test_documents_respect_their_arguments(doc: Document) -> None:
    assert doc.text == TEXT
    assert doc.id == "d"
    assert 2 <= len(doc.claims) <= 3


def test_documents_nest_claims_both_ways() -> None:
    """Parents are generated before and after their children in the claims list."""

    def parent_after_child(doc: Document) -> bool:
        return any(
            c.parent is not None and doc.claims.index(c.parent) > i
            for i, c in enumerate(doc.claims)
        )

    def parent_before_child(doc: Document) -> bool:
        return any(
            c.parent is not None and doc.claims.index(c.parent) < i
            for i, c in enumerate(doc.claims)
        )

    small = documents(texts=st.text(max_size=10), min_claims=2, max_claims=3)
    assert parent_after_child(find(small, parent_after_child, settings=NO_SHRINK))
    assert parent_before_child(find(small, parent_before_child, settings=NO_SHRINK))


def test_generated_texts_reach_beyond_the_bmp() -> None:
    doc = find(
        documents(max_claims=0),
        lambda d: any(ord(ch) > 0xFFFF for ch in d.text),
        settings=NO_SHRINK,
    )
    assert doc.text


@given(factualities())
def test_factualities_round_trip_their_code(f: Any) -> None:
    assert type(f).from_code(f.code) == f


@pytest.mark.parametrize(
    "make",
    [
        lambda: spans(42),
        lambda: spans(TEXT, min_size=-1),
        lambda: spans(TEXT, min_size=3, max_size=2),
        lambda: spans(TEXT, min_size=len(TEXT) + 1),
        lambda: spans(TEXT, max_size=2.5),
        lambda: spans(TEXT, min_size=True),
        lambda: sources(TEXT, min_mentions=3, max_mentions=1),
        lambda: sources(TEXT, max_depth=-1),
        lambda: sources(TEXT, names="Mohi"),
        lambda: claims(TEXT, min_parts=0),
        lambda: claims(TEXT, max_times=-2),
        lambda: claims(TEXT, sources=Source()),
        lambda: claims(TEXT, parents=["not a claim"]),
        lambda: claims(TEXT, parents="abc"),
        lambda: documents(texts="a fixed text"),
        lambda: documents(min_claims=5, max_claims=1),
        lambda: documents(max_claims=None),
        lambda: documents(metadata={}),
    ],
)
def test_bad_arguments_raise_invalid_argument(make: Any) -> None:
    with pytest.raises(InvalidArgument):
        make()


def test_arguments_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        spans(TEXT, 1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        documents(st.text())  # type: ignore[misc]


@pytest.mark.parametrize("kind", [Span, Source, Claim, Document])
def test_from_type_works_with_no_setup(kind: type) -> None:
    @given(st.from_type(kind))
    def check(value: Any) -> None:
        assert isinstance(value, kind)

    check()


def test_the_entry_point_is_declared() -> None:
    points = importlib.metadata.entry_points(group="hypothesis")
    assert "claimkit.strategies:_hypothesis_setup_hook" in {p.value for p in points}


@pytest.mark.parametrize(
    "code",
    [
        # importing the library never imports Hypothesis
        "import sys, claimkit, claimkit.io; assert 'hypothesis' not in sys.modules",
        # claimkit.strategies imported first (it then imports Hypothesis, whose entry
        # point calls back into the half-imported module) still registers everything
        "import claimkit.strategies; from hypothesis import strategies as st, given; "
        "from claimkit import Claim; "
        "given(st.from_type(Claim))(lambda c: None)()",
    ],
)
def test_import_order(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
