"""The model's validators, helpers and invariants (claimkit.model)."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimkit import (
    Certainty,
    Claim,
    Condition,
    Cue,
    Document,
    Factuality,
    Hedge,
    Mode,
    Polarity,
    Source,
    SourceKind,
    Span,
    SpanMismatchError,
    Stance,
    TimeExpression,
)
from claimkit.model import Metadata
from claimkit.strategies import claims, documents, spans

TEXT = "Ms Okafor said the bridge may reopen in May, if funding holds."

# --------------------------------------------------------------------------- Span


def test_span_basics() -> None:
    s = Span(3, 9, "Okafor")
    assert len(s) == 6
    assert s.matches(TEXT)
    assert not Span(0, 2, "Mr").matches(TEXT)
    assert not Span(60, 70, "x" * 10).matches(TEXT)


@pytest.mark.parametrize(
    ("args", "error", "words"),
    [
        ((-1, 2, "abc"), ValueError, ">= 0"),
        ((3, 2, ""), ValueError, "after its end"),
        ((0, 3, "ab"), ValueError, "covers 3 characters"),
        ((0.0, 2, "ab"), TypeError, "start must be an int"),
        ((0, True, "a"), TypeError, "end must be an int"),
        ((0, 2, b"ab"), TypeError, "str"),
    ],
)
def test_span_rejects(args: tuple[object, object, object], error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        Span(*args)  # type: ignore[arg-type]


@given(st.integers(), st.integers(), st.text(max_size=5))
def test_span_accepts_exactly_the_consistent_triples(start: int, end: int, text: str) -> None:
    ok = 0 <= start <= end and len(text) == end - start
    if ok:
        assert Span(start, end, text).text == text
    else:
        with pytest.raises(ValueError):  # noqa: PT011 - the message varies with the fault
            Span(start, end, text)


def test_span_ordering_and_relations() -> None:
    a, b, c = Span(0, 4, "abcd"), Span(2, 6, "cdef"), Span(4, 6, "ef")
    assert sorted([c, b, a]) == [a, b, c]
    assert a.overlaps(b)
    assert not a.overlaps(c)
    assert a.overlap(b) == 2
    assert a.overlap(c) == 0
    assert b.contains(c)
    assert not c.contains(b)
    assert Span(4, 4, "").contains(Span(4, 4, ""))


@pytest.mark.parametrize("method", ["contains", "overlaps", "overlap"])
def test_span_relations_name_an_argument_that_is_not_a_span(method: str) -> None:
    # an AttributeError about "str has no attribute start" did not say what was wrong
    with pytest.raises(TypeError, match="other must be a Span, got str"):
        getattr(Span(0, 2, "ab"), method)("x")


@given(st.data())
def test_span_overlap_is_symmetric_and_bounded(data: st.DataObject) -> None:
    text = "abcdefghij"
    a, b = data.draw(spans(text)), data.draw(spans(text))
    assert a.overlap(b) == b.overlap(a) <= min(len(a), len(b))
    assert a.overlaps(b) == (a.overlap(b) > 0)
    if a.contains(b) and len(b) > 0:
        assert a.overlap(b) == len(b)


# --------------------------------------------------------------------------- from_offsets


def test_from_offsets_strict_accepts_word_boundaries() -> None:
    assert Span.from_offsets(TEXT, 3, 9) == Span(3, 9, "Okafor")


@pytest.mark.parametrize(("start", "end"), [(4, 9), (3, 8)])
def test_from_offsets_strict_refuses_a_cut_word(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="cuts a word"):
        Span.from_offsets(TEXT, start, end)


def test_from_offsets_expand_grows_to_whole_words() -> None:
    assert Span.from_offsets(TEXT, 5, 12, alignment_mode="expand") == Span(3, 14, "Okafor said")


def test_from_offsets_contract_shrinks_to_whole_words() -> None:
    assert Span.from_offsets(TEXT, 5, 17, alignment_mode="contract") == Span(10, 14, "said")


def test_from_offsets_contract_inside_one_word_gives_an_empty_span() -> None:
    span = Span.from_offsets(TEXT, 4, 7, alignment_mode="contract")
    assert len(span) == 0
    assert span.matches(TEXT)


# "José" decomposed: "e" then U+0301 COMBINING ACUTE ACCENT, which str.isalnum() refuses
DECOMPOSED = "Jose\u0301 said"


def test_from_offsets_expand_keeps_a_combining_accent_in_its_word() -> None:
    assert Span.from_offsets(DECOMPOSED, 0, 2, alignment_mode="expand").text == "Jose\u0301"


def test_from_offsets_strict_refuses_a_cut_before_a_combining_accent() -> None:
    with pytest.raises(ValueError, match="end offset 4 cuts a word"):
        Span.from_offsets(DECOMPOSED, 0, 4)


def test_from_offsets_contract_does_not_start_on_a_bare_combining_accent() -> None:
    assert Span.from_offsets(DECOMPOSED, 4, 10, alignment_mode="contract").text == "said"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"start": 5, "end": 3}, ValueError, "not inside"),
        ({"start": 0, "end": 999}, ValueError, "not inside"),
        ({"start": "0", "end": 3}, TypeError, "start must be an int"),
        ({"start": 0, "end": 3, "alignment_mode": "snap"}, ValueError, "alignment_mode"),
    ],
)
def test_from_offsets_rejects(kwargs: dict[str, object], error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        Span.from_offsets(TEXT, **kwargs)  # type: ignore[arg-type]


@given(
    st.text(alphabet="ab .é\U0001f600", max_size=30),
    st.data(),
    st.sampled_from(["contract", "expand"]),
)
def test_from_offsets_snapping_always_slices_the_text(
    text: str, data: st.DataObject, mode: str
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span.from_offsets(text, start, end, alignment_mode=mode)  # type: ignore[arg-type]
    assert span.matches(text)
    if mode == "expand":
        assert span.start <= start
        assert end <= span.end
    else:
        assert start <= span.start <= span.end <= end


# --------------------------------------------------------------------------- find


def test_find_nth_occurrence() -> None:
    text = "May said she may go in May."
    assert Span.find(text, "May") == Span(0, 3, "May")
    assert Span.find(text, "May", occurrence=1) == Span(23, 26, "May")
    with pytest.raises(ValueError, match="occurs 2 time"):
        Span.find(text, "May", occurrence=2)


def test_find_counts_overlapping_occurrences() -> None:
    assert Span.find("aaa", "aa", occurrence=1) == Span(1, 3, "aa")


@pytest.mark.parametrize(
    ("phrase", "occurrence", "error"),
    [("", 0, ValueError), ("May", -1, ValueError), (3, 0, TypeError), ("May", True, TypeError)],
)
def test_find_rejects(phrase: object, occurrence: object, error: type) -> None:
    with pytest.raises(error):
        Span.find("May", phrase, occurrence=occurrence)  # type: ignore[arg-type]


def test_find_counts_code_points_not_utf16_units() -> None:
    text = "\U0001f600 Okafor said"
    assert Span.find(text, "Okafor") == Span(2, 8, "Okafor")


# --------------------------------------------------------------------------- Factuality


@pytest.mark.parametrize(
    ("code", "certainty", "polarity"),
    [
        ("CT+", Certainty.CT, Polarity.POSITIVE),
        ("CT-", Certainty.CT, Polarity.NEGATIVE),
        ("PR+", Certainty.PR, Polarity.POSITIVE),
        ("PSu", Certainty.PS, Polarity.UNKNOWN),
        ("Uu", Certainty.U, Polarity.UNKNOWN),
        ("U+", Certainty.U, Polarity.POSITIVE),
    ],
)
def test_factuality_codes_both_ways(code: str, certainty: Certainty, polarity: Polarity) -> None:
    f = Factuality.from_code(code)
    assert (f.certainty, f.polarity) == (certainty, polarity)
    assert f.code == code == str(f)


@pytest.mark.parametrize("minus", ["\u2212", "\u2013"])
def test_factuality_reads_typographic_minus_and_writes_ascii(minus: str) -> None:
    assert Factuality.from_code("PR" + minus).code == "PR-"


@given(st.sampled_from(Certainty), st.sampled_from(Polarity))
def test_factuality_code_round_trip(certainty: Certainty, polarity: Polarity) -> None:
    f = Factuality(certainty, polarity)
    assert Factuality.from_code(f.code) == f


@given(st.text(max_size=4))
def test_factuality_rejects_every_non_code(code: str) -> None:
    valid = {c.value + p for c in Certainty for p in "+-u\u2212\u2013"}
    assume(code not in valid)
    with pytest.raises(ValueError, match="not a FactBank code"):
        Factuality.from_code(code)


def test_factuality_rejects_bad_parts() -> None:
    with pytest.raises(ValueError, match="Certainty"):
        Factuality("XX", "+")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Factuality.from_code(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- parts


def test_enums_are_str_valued_and_converted() -> None:
    cue = Cue(Span(10, 14, "said"), "say", kind="verb", stance="neutral")
    assert cue.stance is Stance.NEUTRAL
    assert cue.stance == "neutral"
    with pytest.raises(ValueError, match="expected one of"):
        Cue(Span(10, 14, "said"), "say", stance="cheerful")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Source(mentions=[Span(0, 2, "Ms")], name=3),
        lambda: Source(mentions="Ms"),
        lambda: Source(parent="Okafor"),
        lambda: Cue(Span(10, 14, "said"), "say", negated="no"),
        lambda: Hedge((0, 3), "modal"),
        lambda: Condition(Span(0, 2, "if"), "if", antecedent="funding"),
        lambda: TimeExpression(Span(0, 3, "May"), reference=dt.datetime(2020, 5, 1)),
        lambda: TimeExpression(Span(0, 3, "May"), reference="2020-05-01"),
        lambda: Claim([Span(0, 2, "Ms")], parent="x"),
        lambda: Document(TEXT, metadata={1: "x"}),
        lambda: Document(TEXT, published="2020-05-01"),
    ],
)
def test_parts_reject_wrong_types(make: object) -> None:
    with pytest.raises(TypeError):
        make()  # type: ignore[operator]


def test_claim_content_must_be_nonempty_and_in_order() -> None:
    with pytest.raises(ValueError, match="at least one span"):
        Claim([])
    with pytest.raises(ValueError, match="in order and not overlap"):
        Claim([Span(5, 9, "abcd"), Span(0, 2, "ab")])
    with pytest.raises(ValueError, match="in order and not overlap"):
        Claim([Span(0, 4, "abcd"), Span(3, 5, "de")])


def test_claim_flat_views_follow_the_cue() -> None:
    content = Span.find(TEXT, "the bridge may reopen")
    bare = Claim([content])
    assert (bare.stance, bare.negated, bare.mode) == (Stance.NEUTRAL, False, Mode.INDIRECT)
    cue = Cue(Span.find(TEXT, "said"), "say", stance=Stance.BELIEF, negated=True)
    claim = Claim([content], cue=cue)
    assert (claim.stance, claim.negated) == (Stance.BELIEF, True)


def test_source_chain_and_spans() -> None:
    outer = Source([Span(0, 2, "Ms")], kind=SourceKind.PERSON)
    inner = Source([Span(3, 9, "Okafor")], name="Okafor", parent=outer)
    assert inner.chain() == (inner, outer)
    assert list(inner.spans()) == [Span(3, 9, "Okafor"), Span(0, 2, "Ms")]
    assert inner.resolved
    assert not outer.resolved
    assert Source().mention is None


# --------------------------------------------------------------------------- Document


def _seed_like_doc() -> Document:
    source = Source([Span.find(TEXT, "Ms Okafor")], name="Okafor", kind="person")
    cue = Cue(Span.find(TEXT, "said"), "say")
    claim = Claim(
        [Span.find(TEXT, "the bridge may reopen in May")],
        source=source,
        cue=cue,
        hedges=[Hedge(Span.find(TEXT, "may"), "modal", "may")],
        conditions=[Condition(Span.find(TEXT, "if"), "if", Span.find(TEXT, "funding holds"))],
    )
    return Document(TEXT, id="t1", published=dt.date(2020, 4, 1), claims=[claim])


def test_document_accepts_consistent_claims() -> None:
    doc = _seed_like_doc()
    doc.validate()
    assert doc.outer_span(doc.claims[0]).text == "the bridge may reopen in May"


def test_document_names_the_bad_span_and_both_strings() -> None:
    bad = Claim([Span(19, 25, "BRIDGE")])
    with pytest.raises(SpanMismatchError, match=r"claim 0: content.*'BRIDGE'.*'bridge'"):
        Document(TEXT, claims=[bad])


def test_document_rejects_a_span_past_the_end() -> None:
    with pytest.raises(SpanMismatchError, match="past the end"):
        Document("short", claims=[Claim([Span(3, 10, "x" * 7)])])


def test_validate_rejects_an_inverted_span_built_unchecked() -> None:
    # an inverted span slices to "" and would pass a slicing check; Span() refuses to
    # build one, so it is forged here as a bug inside the pipeline could make it
    doc = _seed_like_doc()
    span = doc.claims[0].content[0]
    object.__setattr__(span, "text", "")
    object.__setattr__(span, "start", span.end + 2)
    with pytest.raises(SpanMismatchError, match="starts after its end"):
        doc.validate()


def test_document_rejects_a_parent_outside_it() -> None:
    outside = Claim([Span(0, 2, "Ms")])
    with pytest.raises(ValueError, match="parent claim is not one of"):
        Document(TEXT, claims=[Claim([Span(3, 9, "Okafor")], parent=outside)])


def test_document_metadata_is_frozen() -> None:
    meta = {"publisher": "x"}
    doc = Document(TEXT, metadata=meta)
    meta["publisher"] = "y"
    assert doc.metadata["publisher"] == "x"
    with pytest.raises(TypeError):
        doc.metadata["publisher"] = "z"  # type: ignore[index]


def test_document_metadata_owns_its_nested_lists_and_dicts() -> None:
    # they were shared with the caller: changing theirs changed a frozen document
    tags = ["election"]
    meta = {"tags": tags, "feed": {"items": [1, {"rank": 2}]}}
    doc = Document(TEXT, metadata=meta)
    tags.append("poll")
    meta["feed"]["items"][1]["rank"] = 3  # type: ignore[index]
    assert doc.metadata == {"tags": ["election"], "feed": {"items": [1, {"rank": 2}]}}
    looped: list[object] = []
    looped.append(looped)
    (inner,) = Document(TEXT, metadata={"loop": looped}).metadata["loop"]
    assert inner is not looped and inner[0] is inner  # a cycle is copied as a cycle


def test_document_metadata_is_read_only_all_the_way_down() -> None:
    # its nested lists and dicts could be changed, changing a frozen document
    doc = Document(TEXT, metadata={"tags": ["a"], "feed": {"rank": 1}})
    with pytest.raises(TypeError, match="read-only"):
        doc.metadata["tags"].append("b")
    with pytest.raises(TypeError, match="read-only"):
        doc.metadata["feed"]["rank"] = 2
    with pytest.raises(TypeError, match="read-only"):
        doc.metadata["feed"].update(rank=2)
    assert doc.metadata == {"tags": ["a"], "feed": {"rank": 1}}


def test_document_metadata_stays_plain_json() -> None:
    # read-only, but still lists and dicts: equal to them, and json.dumps writes them
    doc = Document(TEXT, metadata={"tags": ["a", {"b": [1]}]})
    assert isinstance(doc.metadata["tags"], list)
    assert isinstance(doc.metadata["tags"][1], dict)
    assert json.dumps(doc.metadata["tags"]) == '["a", {"b": [1]}]'


@pytest.mark.parametrize(
    "derive",
    [lambda d: attrs.evolve(d, id="x"), copy.copy, copy.deepcopy],
    ids=["evolve", "copy", "deepcopy"],
)
def test_documents_derived_from_another_keep_their_metadata(derive: Any) -> None:
    # evolve and copy shared the nested lists: changing one document's changed both
    doc = Document(TEXT, metadata={"tags": ["a"]})
    other = derive(doc)
    with contextlib.suppress(TypeError):
        doc.metadata["tags"].append("LEAK")
    assert other.metadata == {"tags": ["a"]}


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_document_pickles_with_every_protocol(protocol: int) -> None:
    # protocols 0 and 1 skip __setstate__ when the state is false: empty metadata broke
    for meta in ({}, {"tags": ["a", {"b": None}]}):
        doc = Document(TEXT, metadata=meta)
        back = pickle.loads(pickle.dumps(doc, protocol))
        assert back == doc
        assert back.metadata == meta


def test_metadata_pickled_by_an_earlier_claimkit_still_loads() -> None:
    # before its containers were read-only, Metadata pickled as a plain dict state
    old = Metadata.__new__(Metadata)
    old.__setstate__({"tags": ["a"]})
    assert old == {"tags": ["a"]}
    with pytest.raises(TypeError, match="read-only"):
        old["tags"].append("b")


def test_pickled_metadata_keeps_its_cycles_and_stays_read_only() -> None:
    looped: list[object] = []
    looped.append(looped)
    back = pickle.loads(pickle.dumps(Document(TEXT, metadata={"loop": looped})))
    inner = back.metadata["loop"]
    assert inner[0] is inner
    with pytest.raises(TypeError, match="read-only"):
        inner.append(1)


def test_outer_span_names_an_argument_that_is_not_a_claim() -> None:
    with pytest.raises(TypeError, match="claim must be a Claim, got str"):
        Document(TEXT).outer_span("x")  # type: ignore[arg-type]


def test_outer_span_refuses_a_claim_of_another_document() -> None:
    # its offsets point into another text: the message spoke of a span's length
    elsewhere = Claim([Span(0, 40, "x" * 40)])
    with pytest.raises(ValueError, match="not one of the document's claims"):
        Document("short").outer_span(elsewhere)


@given(documents(max_claims=3))
def test_generated_documents_are_valid(doc: Document) -> None:
    doc.validate()
    for claim in doc.claims:
        for _, span in claim.spans():
            assert doc.text[span.start : span.end] == span.text


@given(documents(min_claims=1, max_claims=3), st.data())
def test_document_rejects_any_shifted_span(doc: Document, data: st.DataObject) -> None:
    """Move one content piece by one character: unless the text repeats, it must fail."""
    i = data.draw(st.integers(0, len(doc.claims) - 1))
    claim = doc.claims[i]
    piece = claim.content[0]
    shifted = Span(piece.start, piece.end, piece.text[1:] + "\x00") if piece.text else None
    assume(shifted is not None and not shifted.matches(doc.text))
    assert shifted is not None
    changed = attrs.evolve(claim, content=(shifted, *claim.content[1:]))
    others = [c for c in doc.claims if c is not claim and c.parent is not claim]
    with pytest.raises(SpanMismatchError, match="content span"):
        Document(doc.text, claims=[*others, changed] if claim.parent in others else [changed])


@given(st.text(max_size=40).flatmap(lambda t: st.tuples(st.just(t), claims(t))))
def test_generated_claims_fit_their_text(pair: tuple[str, Claim]) -> None:
    text, claim = pair
    assert Document(text, claims=[claim]).claims == (claim,)
