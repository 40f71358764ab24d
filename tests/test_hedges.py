"""Hedges and boosters: a golden case per kind, the traps, sentence uncertainty."""

from __future__ import annotations

import pytest

import claimkit
from claimkit import HedgeKind
from claimkit.lexicon import load

KINDS = [
    ("It may be a front.", "may", "modal"),
    ("They allegedly fired the missiles.", "allegedly", "adverb"),
    ("The so-called truce held.", "so-called", "adjective"),
    ("The truce seems to hold.", "seems", "verb"),
    ("About 50 people came.", "About", "approximator"),
    ("It clearly failed.", "clearly", "booster"),
    ("It holds if they agree.", "if", "conditional"),
    ("It was a fault or a choice.", "or", "disjunction"),
]


@pytest.mark.parametrize(("text", "cue", "kind"), KINDS)
def test_every_kind(text: str, cue: str, kind: str) -> None:
    found = [(h.span.text, h.kind.value) for h in claimkit.hedges(text)]
    assert (cue, kind) in found


def test_kinds_cover_the_lexicon() -> None:
    assert {k for _, _, k in KINDS} == {k.value for k in HedgeKind}
    assert {row["kind"] for row in load("hedges")} == {k.value for k in HedgeKind}


@pytest.mark.parametrize(
    "text",
    [
        "The vote is in May.",  # the month
        "May 5 was cold.",  # the month
        "The talks resume on May 12 in Vienna.",
        "He could not attend the meeting.",  # past ability
        "He could see the fire from the road.",  # perception
        "They talked about the plan.",  # a topic, not an approximator
        "A thought occurred to him.",  # a noun
        "It was the best possible outcome.",  # not a predicate
        "It can't hold.",  # negated ability
    ],
)
def test_traps_are_not_hedges(text: str) -> None:
    assert [h for h in claimkit.hedges(text) if h.kind is not HedgeKind.DISJUNCTION] == []


def test_sentence_uncertainty() -> None:
    assert claimkit.is_uncertain("The truce might hold.")
    assert claimkit.is_uncertain("I think the truce will hold.")
    assert not claimkit.is_uncertain("The truce holds.")
    assert not claimkit.is_uncertain("The truce clearly holds.")  # a booster
    assert not claimkit.is_uncertain("Roughly 40 percent agreed.")  # an approximator


def test_spans_slice_the_text() -> None:
    text = "Officials\u00a0believe these groups\r\nmay be a front, reportedly."
    for h in claimkit.hedges(text):
        assert text[h.span.start : h.span.end] == h.span.text
    assert [h.span.text for h in claimkit.hedges(text)] == ["believe", "may", "reportedly"]


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        claimkit.hedges(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sentence must be a str"):
        claimkit.is_uncertain(3)  # type: ignore[arg-type]


def test_hedges_in_a_claim_lower_its_certainty() -> None:
    doc = claimkit.extract("Iraqi officials believe that these groups may be a front.")
    (claim,) = doc.claims
    assert [h.span.text for h in claim.hedges] == ["may"]
    assert claim.source_factuality.code == "PS+"
