"""Conditions: every kind and every non-condition reason, as golden cases."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import ConditionKind
from claimkit.lexicon import load

CASES = [
    # (text, cue, kind, antecedent)
    (
        "The truce holds if the government provides a timetable.",
        "if",
        "if",
        "the government provides a timetable",
    ),
    ("If the talks fail, the strikes resume.", "If", "if", "the talks fail"),
    ("He will sign it only if Congress agrees.", "only if", "only_if", "Congress agrees"),
    ("Even if they win, nothing changes.", "Even if", "even_if", "they win"),
    ("Whether or not they agree, we go ahead.", "Whether or not", "even_if", "they agree"),
    ("Unless the deal holds, fighting will resume.", "Unless", "unless", "the deal holds"),
    (
        "They will stop on the condition that the government provides a timetable.",
        "on the condition that",
        "proviso",
        "the government provides a timetable",
    ),
    ("Assuming that rates rise, banks gain.", "Assuming that", "proviso", "rates rise"),
    (
        "The plan is subject to approval by the board.",
        "subject to",
        "proviso",
        "approval by the board",
    ),
    ("It holds as long as both sides comply.", "as long as", "proviso", "both sides comply"),
    ("In the event that talks fail, we strike.", "In the event that", "proviso", "talks fail"),
    (
        "They would suspend the attacks in exchange for a clear plan.",
        "in exchange for",
        "exchange",
        "a clear plan",
    ),
    ("They will leave once the talks end.", "once", "temporal", "the talks end"),
    ("They will attack until the troops leave.", "until", "temporal", "the troops leave"),
    ("Leave now, or else we will act.", "or else", "disjunctive", "we will act"),
    ("Pay now; otherwise we sue.", "otherwise", "disjunctive", "we sue"),
]


@pytest.mark.parametrize(("text", "cue", "kind", "antecedent"), CASES)
def test_condition_kinds(text: str, cue: str, kind: str, antecedent: str) -> None:
    found = claimkit.conditions(text)
    assert [(c.cue.text, c.kind.value) for c in found] == [(cue, kind)]
    assert found[0].antecedent is not None
    assert found[0].antecedent.text == antecedent


def test_every_kind_has_a_case() -> None:
    assert {k for _, _, k, _ in CASES} == {k.value for k in ConditionKind}
    assert {row["kind"] for row in load("conditions")} == {k.value for k in ConditionKind}


@pytest.mark.parametrize(
    "text",
    [
        "He asked if he would run.",  # whether
        "Reporters asked Smith if he would resign.",  # whether, asked of someone
        "He was asked by reporters if he would resign.",
        "Lane asked the minister and his deputy if they would resign.",
        "Nobody is sure if it will hold.",  # whether
        "Once a Democrat, he left the party.",  # formerly
        "He once had a farm.",  # formerly
        "She provided funding for the school.",  # a verb
        "Shortly after assuming office, he left.",  # a verb
        "He acted as if nothing happened.",  # as if
        "Few, if any, agreed.",  # idiom
        "If anything, it got worse.",  # idiom
        "He will appeal if necessary, she said.",  # idiom, in any case
        "He will appeal IF NECESSARY, she said.",
        "Few, If Any, agreed.",
        "He will appeal if necessary",  # at the end of the text
        "It was hard, if not impossible.",  # concessive
        "They met once again.",  # once again
        "He left at once.",  # at once
        "The base is subject to attack.",  # liable to
        "They fought until the troops left.",  # past, not conditional
        "It lasted as long as two years.",  # a degree
    ],
)
def test_not_conditions(text: str) -> None:
    assert claimkit.conditions(text) == []


@pytest.mark.parametrize(
    "text",
    ["She asked them to leave if they could.", "He asked for help if needed."],
)
def test_an_if_after_asked_and_a_request_is_a_condition(text: str) -> None:
    assert [c.cue.text for c in claimkit.conditions(text)] == ["if"]


def test_hard_wrapped_seed_conditions_slice_the_text() -> None:
    text = (
        "these factions had agreed to stop their attacks on US\n"
        "forces on the condition that the Iraqi government provides a timetable for their\n"
        "withdrawal from the country."
    )
    (cond,) = claimkit.conditions(text)
    assert cond.kind is ConditionKind.PROVISO
    assert cond.antecedent is not None
    assert text[cond.antecedent.start : cond.antecedent.end] == cond.antecedent.text
    assert cond.antecedent.text.endswith("withdrawal from the country")


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        claimkit.conditions(b"if")  # type: ignore[arg-type]


def test_long_input_without_punctuation_finishes() -> None:
    text = "if they leave " * 20000
    assert len(claimkit.conditions(text)) == 20000


def test_scan_margin_is_longer_than_any_marker() -> None:
    # the pipeline scans only claims' stretches, widened by MARGIN (text.scan_regions)
    from claimkit.conditions import MARGIN, _markers

    widest = max(len(cue) + 9 * cue.count(" ") for cue in _markers())  # gaps of up to 10
    assert widest < MARGIN


@settings(max_examples=300)
@given(
    words=st.lists(
        st.sampled_from(
            "if and only when in case of the event that on condition as long soon once "
            "unless until provided providing or else whether not x - ' IF Case".split()
        ),
        max_size=14,
    ),
    gaps=st.lists(st.sampled_from([" ", "  ", "\n", "", "-", "'", " \t "]), min_size=14),
)
def test_marker_trie_finds_what_the_markers_tried_longest_first_find(
    words: list[str], gaps: list[str]
) -> None:
    # the pattern is a trie of the markers; a plain alternation, longest marker first,
    # is what it stands for
    from claimkit.conditions import _markers, _pattern

    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    cues = sorted(_markers(), key=len, reverse=True)
    alts = "|".join(r"\s{1,10}".join(map(re.escape, c.split())) for c in cues)
    plain = re.compile(rf"(?<![\w\-])(?:{alts})(?![\w'\-])")
    text = text.lower()  # the pattern is matched on the lowered text (text.lowered)
    assert [m.span() for m in _pattern().finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(
    st.lists(
        st.sampled_from(["will", "can", "canal", "won't", "wo n't", "we'll", "going to", "x"]),
        max_size=12,
    ),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=8),
)
@example(["x", "canal"], [(0, 5)])  # "can" of "canal" cut at the region's end
@example(["x", "canal"], [(0, 7), (0, 5)])  # ... and at a stretch's end inside it
@example(["will", "x"], [(1, 6)])  # a word cut at the region's start
def test_modals_looked_up_once_are_what_a_search_finds(
    words: list[str], stretches: list[tuple[int, int]]
) -> None:
    # "once", "until" and "as soon as" ask whether their sentence holds a modal; the
    # matches are found once per scanned region and looked up, and must be what a
    # search of each stretch finds, words cut at its end included
    conditions = importlib.import_module("claimkit.conditions")
    view = " ".join(words)
    # the region scanned is the first stretch (all of the text without one), cut
    # anywhere, through a word too; the stretches asked about lie inside it
    lo, hi = sorted(stretches[0]) if stretches else (0, len(view))
    lo, hi = min(lo, len(view)), min(hi, len(view))
    future = conditions._Futures(view, lo, hi)
    for a, b in stretches:
        a, b = sorted((min(max(a, lo), hi), min(max(b, lo), hi)))
        assert future(a, b) == (conditions._FUTURE.search(view, a, b) is not None)
