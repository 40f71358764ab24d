"""Hedges and boosters: a golden case per kind and per rule, the traps, sentence
uncertainty, untokenized and tokenized text, spans that slice the input."""

from __future__ import annotations

import time

import pytest

import claimkit
from claimkit import HedgeKind
from claimkit.hedges import hedges_in
from claimkit.lexicon import load


def found(text: str) -> list[tuple[str, str]]:
    return [(h.span.text, h.kind.value) for h in claimkit.hedges(text)]


KINDS = [
    ("It may be a front.", "may", "modal"),
    ("They allegedly fired the missiles.", "allegedly", "adverb"),
    ("The so-called truce held.", "so-called", "adjective"),
    ("The truce seems to hold.", "seems to", "verb"),
    ("About 50 people came.", "About", "approximator"),
    ("It clearly failed.", "clearly", "booster"),
    ("It holds if they agree.", "if", "conditional"),
    ("It was a fault or a choice.", "or", "disjunction"),
]


@pytest.mark.parametrize(("text", "cue", "kind"), KINDS)
def test_every_kind(text: str, cue: str, kind: str) -> None:
    assert (cue, kind) in found(text)


def test_kinds_cover_the_lexicon() -> None:
    assert {k for _, _, k in KINDS} == {k.value for k in HedgeKind}
    assert {row["kind"] for row in load("hedges")} == {k.value for k in HedgeKind}


# One case per rule of the lexicon, where the rule lets the cue through.
RULES = {
    "-": ("Perhaps the truce holds.", "Perhaps"),
    "month": ("May I ask a question?", "May"),
    "ability": ("The strike could happen soon.", "could"),
    "reported": ("That would be a disaster.", "would"),
    "positive": ("Strikes can cause delays.", "can"),
    "number": ("Around 300 people marched.", "Around"),
    "belief": ("We believe the truce will hold.", "We believe"),
    "that": ("The data indicate that prices rose.", "indicate"),
    "passive": ("The bill is expected to pass.", "expected"),
    "clause": ("It looks like they will win.", "looks like"),
    "appear": ("The talks appear stalled.", "appear"),
    "predicate": ("A deal is possible, they say.", "possible"),
    "attributive": ("Police questioned a suspected gunman.", "suspected"),
    "adaptor": ("The ending was kind of flat.", "kind of"),
    "either": ("Either the talks resume or the truce ends.", "Either"),
}


def test_rules_cover_the_lexicon() -> None:
    assert {row["rule"] for row in load("hedges")} == set(RULES)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_lets_a_hedge_through(rule: str) -> None:
    text, cue = RULES[rule]
    assert cue in [t for t, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is in May.",  # the month
        "May 5 was cold.",  # the month, opening a sentence
        "The talks resume on May 12 in Vienna.",
        "Talks were held in early May, officials said.",
        "Prime Minister Theresa May spoke.",  # a name
        "He could not attend the meeting.",  # past ability
        "He couldn't attend the meeting.",  # the same, untokenized
        "He could n't attend the meeting .",  # the same, tokenized
        "He could see the fire from the road.",  # perception
        "They talked about the plan.",  # a topic, not an approximator
        "A thought occurred to him.",  # a noun
        "I often think about the war.",  # not epistemic
        "They believe in the plan.",  # not epistemic
        "It was the best possible outcome.",  # not a predicate
        "It is possible to fold the seats.",  # ability, not possibility
        "It can't hold.",  # negated ability
        "It cannot hold.",
        "He said he would resign.",  # the future of a past report
        "She denied that she would resign.",  # ... of a past denial
        "She rejected suggestions that she would resign.",  # ... of what was suggested
        "It looks like a ball.",  # a comparison
        "She appeared in court on Monday.",  # a physical appearance
        "The engine has great potential.",  # the noun
        "This kind of car sells.",  # a type, not an adaptor
        "The results were indicated on the chart.",  # no clause follows
        "Dismay and mayhem followed.",  # inside words
    ],
)
def test_traps_are_not_hedges(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "lemma"),
    [
        ("I don't think it works.", "think", "think"),
        ("I do n't think it works .", "think", "think"),
        ("It's possible that he left.", "It's possible that", "possible"),
        ("It 's possible that he left .", "It 's possible that", "possible"),
        ("It\u2019s possible that he left.", "It\u2019s possible that", "possible"),
        ("It couldn't have been worse.", "couldn't", "could"),
        ("It could n't have been worse .", "could n't", "could"),
        ("It wouldn\u2019t last.", "wouldn\u2019t", "would"),
        ("In my opinion, the plan fails.", "In my opinion", "in my opinion"),
        ("It costs $5 or so.", "or so", "or so"),
        ("I think the truce holds.", "I think", "think"),
        ("It seems to hold.", "seems to", "seem"),
        ("IT MAY RAIN TOMORROW.", "MAY", "may"),
    ],
)
def test_untokenized_and_tokenized_text(text: str, cue: str, lemma: str) -> None:
    assert (cue, lemma) in [(h.span.text, h.lemma) for h in claimkit.hedges(text)]


def test_boosters_do_not_make_a_sentence_uncertain() -> None:
    for text in ("It certainly holds.", "It definitely holds.", "Undoubtedly it holds."):
        assert [h.kind for h in claimkit.hedges(text)] == [HedgeKind.BOOSTER]
        assert not claimkit.is_uncertain(text)
    assert found("There is no doubt that it holds.") == [("no doubt", "booster")]


def test_sentence_uncertainty() -> None:
    assert claimkit.is_uncertain("The truce might hold.")
    assert claimkit.is_uncertain("I think the truce will hold.")
    assert claimkit.is_uncertain("Whether the truce holds is unclear.")
    assert not claimkit.is_uncertain("The truce holds.")
    assert not claimkit.is_uncertain("The truce clearly holds.")  # a booster
    assert not claimkit.is_uncertain("Roughly 40 percent agreed.")  # an approximator
    assert not claimkit.is_uncertain("The vote is on May 5.")


def test_spans_slice_the_text() -> None:
    text = "Officials\u00a0believe these groups\r\nmay be a front, reportedly, in May."
    result = claimkit.hedges(text)
    for h in result:
        assert text[h.span.start : h.span.end] == h.span.text
    assert [h.span.text for h in result] == ["believe", "may", "reportedly"]


def test_hedges_in_a_range() -> None:
    text = "Perhaps. They said it may rain. It will."
    assert [h.span.text for h in hedges_in(text, 9, 31)] == ["may"]
    assert [h.span.start for h in hedges_in(text, 0, len(text))] == [0, 22]
    assert hedges_in(text, 31, len(text)) == []
    with pytest.raises(ValueError, match="inside the text"):
        hedges_in(text, 5, 2)
    with pytest.raises(TypeError, match="start must be an int"):
        hedges_in(text, "0", 2)  # type: ignore[arg-type]


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        claimkit.hedges(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sentence must be a str"):
        claimkit.is_uncertain(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str"):
        hedges_in(b"may", 0, 1)  # type: ignore[arg-type]


def test_hedges_in_a_claim_lower_its_certainty() -> None:
    doc = claimkit.extract("Iraqi officials believe that these groups may be a front.")
    (claim,) = doc.claims
    assert [h.span.text for h in claim.hedges] == ["may"]
    assert claim.source_factuality.code == "PS+"


@pytest.mark.parametrize("unit", ["may ", "May ", "could not ", "about ", "either ", "I think "])
def test_adversarial_text_runs_in_linear_time(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    started = time.perf_counter()
    claimkit.hedges(text)
    assert time.perf_counter() - started < 5  # generous: a quadratic rule takes minutes


def test_scan_margin_is_longer_than_any_cue() -> None:
    # the pipeline scans only claims' stretches, widened by MARGIN (text.scan_regions)
    from claimkit.hedges import _ENTRIES, MARGIN

    widest = max(len(cue) + 9 * cue.count(" ") for cue in _ENTRIES)  # gaps of up to 10
    assert widest < MARGIN
    cue = max(_ENTRIES, key=lambda c: len(c) + 9 * c.count(" "))
    text = "He said it is " + cue.replace(" ", " " * 10) + " so."
    (hedge,) = [h for h in claimkit.hedges(text) if h.span.start == 14]
    assert hedge.span.end - hedge.span.start == widest
