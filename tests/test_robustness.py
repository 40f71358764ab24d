"""Nothing breaks extraction: one small instance of each adversarial family.

The timings of the large instances (1 MB) are in benchmarks/adversarial.py; here each
family must give a valid document with every span slicing the input.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit

NEWS = (
    "Mohammed Mohi, a spokesman for Kata’ib Hezbollah, said that the factions had agreed "
    "to stop their attacks on the condition that the government provides a timetable. "
    "“The truce is conditional,” he added.\n\n"
)

FAMILIES = {
    "no punctuation": "said the officials that the truce holds and " * 200,
    "quote marks": '"' * 5000,
    "curly quote marks": "“”" * 2500,
    "unbalanced quotes": "“He said " * 500,
    "nested quotes": "“‘«" * 2000,
    "one long sentence": "Mohi said that the factions, officials said, would stop, adding " * 100,
    "parentheticals in one sentence": "the bridge, officials said, was safe and " * 200,
    "reports and parentheticals in one sentence": (
        "Lane said the bridge was safe, officials said, and " * 200
    ),
    "capitalized cue forms in one sentence": "it was reported by The Post and Said Ali " * 200,
    "names and pronouns in one sentence": "Ana Lane met Tom Hill, and he said it holds, and " * 200,
    "times in one sentence": "a poll released on Monday showed him with a lead and " * 200,
    "questions in one sentence": "when asked if it holds and " * 300,
    "unclosed brackets after sources": "“It holds,” said Mohi (" * 200,
    "a long capitalized run": "Lane said it holds. " + "The Mr " * 1000 + "Smith said it holds.",
    "a run of dashes before claims": "—" * 5000 + " the deal holds, officials said, and " * 100,
    "a run of commas after claims": "Lane said it holds and " * 100 + ", " * 2500,
    "quotes and cues in one sentence": "“it holds,” he said, and " * 200,
    "runs of cue verbs": "told asked urged warned begged said " * 100,
    "colons closing paragraphs": "He said:\r\n\r\n" * 300 + "He said:\n \nIt holds.",
    "names of the other gender before pronouns": "Ana and he said it and " * 300,
    "a quotation in every content": "he said ‘a’ and " * 300,
    "a long run of capitals after a signed quote": "“It holds” — " + "A" * 3000 + "1",
    "runs of 'once' in claims": ("He said " + "once " * 150 + "x. ") * 5,
    "relative clauses in one sentence": (
        "Lane, who has denied it, said Ruiz, who backs it, warned and " * 200
    ),
    "anonymous sources in one sentence": "an official who asked not to be named said it and " * 200,
    "asked whom if in one sentence": "they asked Smith if it holds and " * 300,
    "nobody and neither in one sentence": "nobody said neither confirmed nor denied it and " * 200,
    "contracted negations and pronouns": "He'd said they haven't denied we'll say it, " * 200,
    "numeric dates": " ".join(
        f"{m}/{d}/{y}" for m in range(1, 13) for d in range(1, 29, 3) for y in (16, 1990, 2020)
    )
    + " said Lane.",
    "times off the calendar": "Lane said 1000000 days ago and " + "9" * 5000 + " weeks ago. ",
    "all caps": NEWS.upper() * 10,
    "combining characters": "e\u0301" * 3000 + " said " + "a\u0308" * 3000,
    "crlf line ends": NEWS.replace("\n", "\r\n") * 10,
    "cr line ends": NEWS.replace("\n", "\r") * 10,
    "nul and control characters": "\x00\x01said\x02 that\x0b\x0c it\x1f holds. " * 200,
    "right to left": "قال المتحدث إن الهدنة صامدة. " * 200,
    "emoji": "😀 Ana said 👍 that 🎉 it holds. " * 200,
    "lone quote marks": "\" “ ” ‘ ’ « » „ '' ` ´ " * 300,
    "apostrophes": "Kata’ib's O'Neill’s officials' dogs’ said 'so' " * 200,
    "dashes and colons": "“It holds” ― Ana Lane\nANA: said. — said — : ; " * 200,
    "numbers and dates": "On Monday, 1/5/2020 and 2020-01-05, 30% of 2,019 said May 5. " * 100,
    "surrogates-free astral": "𝔄𝔫𝔞 said 𝔱𝔥𝔞𝔱 𝔦𝔱 𝔥𝔬𝔩𝔡𝔰. " * 200,
    "very long word": "a" * 20000 + " said " + "b" * 20000,
    "only white space": " \n\t\r\n " * 2000,
    # the four letters re.IGNORECASE matches to ASCII ones; "İ" lowers to two code points
    "dotted capital i and kin": "MR. SMİTH SAİD İF İT RAİNS ON FRİDAY, İN MAY, ſOME "
    "ıf \u212aİNGS MAY GO. " * 50,
}


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_gives_a_valid_document(family: str) -> None:
    text = FAMILIES[family]
    doc = claimkit.extract(text, published="2020-10-12")
    doc.validate()
    assert doc.text is text or doc.text == text
    for claim in doc.claims:
        for _, span in claim.spans():
            assert text[span.start : span.end] == span.text
            assert 0 <= span.start < span.end, span


# In cue, hedge, condition and time words: "İ" (which lowers to two code points), and
# "ı", "ſ" and the Kelvin sign, which re.IGNORECASE matches to ASCII letters.
_ODD_CASE = {"i": "İı", "I": "İı", "s": "ſ", "S": "ſ", "k": "\u212a", "K": "\u212a"}
_WORDS = (
    "If he wins , said Smith , officials may stay on Friday in May 2016 unless it rains "
    "until next week ; she thinks it is likely , according to Kirk , who asked if "
    "provided that . “ ” \n"
).split(" ")


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.lists(st.booleans(), max_size=12)),
        max_size=40,
    )
)
def test_letters_that_fold_oddly_break_nothing(picked: list[tuple[str, list[bool]]]) -> None:
    # each flagged letter takes one of its odd forms, in turn
    words = [
        "".join(
            _ODD_CASE[c][k % len(_ODD_CASE[c])]
            if c in _ODD_CASE and k < len(flags) and flags[k]
            else c
            for k, c in enumerate(word)
        )
        for word, flags in picked
    ]
    text = " ".join(words)
    text = text + " " + text.upper()
    doc = claimkit.extract(text, published="2020-10-12")
    doc.validate()
    for found in (claimkit.hedges(text), claimkit.conditions(text)):
        for item in found:
            span = item.span if hasattr(item, "span") else item.cue
            assert text[span.start : span.end] == span.text
    for t in claimkit.times(text, published="2020-10-12"):
        assert text[t.span.start : t.span.end] == t.span.text


def test_a_dotted_capital_i_elsewhere_changes_no_claim() -> None:
    # "İ" lowers to two code points: the lowered text keeps it as it is, so a paragraph
    # holding it changes nothing in the others (they are scanned the same way)
    text = "Ana Lane said on Friday that talks may resume if the rebels agree.\n\n"
    plain = claimkit.extract(text + "They met in Izmir.")
    dotted = claimkit.extract(text + "They met in İzmir.")
    assert plain.claims == dotted.claims
    (claim,) = dotted.claims
    assert [h.span.text for h in claim.hedges] == ["may", "if"]
    assert [c.cue.text for c in claim.conditions] == ["if"]
    assert [t.span.text for t in claim.times] == ["on Friday"]


def test_a_cue_written_with_a_dotted_capital_i_is_no_cue() -> None:
    # "İF" is not English "IF": the dotted capital matches no letter of a lexicon
    assert claimkit.hedges("İT MAY GO.")[0].span.text == "MAY"
    assert claimkit.conditions("He will go İF it rains.") == []
    assert claimkit.times("On FRİDAY.") == []


def test_empty_text() -> None:
    assert claimkit.extract("").claims == ()


def test_nothing_the_caller_passed_is_changed() -> None:
    text = NEWS * 3
    copy = str(text)
    claimkit.extract(text, published="2020-10-12")
    assert text == copy


def test_garbage_collector_state_is_restored() -> None:
    import gc

    long_text = "Ana Lane said the bridge was safe. " * 4000
    assert gc.isenabled()
    doc = claimkit.extract(long_text)
    assert gc.isenabled()
    assert len(doc.claims) == 4000
    gc.disable()
    try:
        claimkit.extract(long_text)
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()


def test_extraction_leaves_no_reference_cycles() -> None:
    # extract pauses the cyclic collector because what it builds is freed by reference
    # counting alone: a cycle would keep a document's objects alive until a later pass
    import gc

    text = NEWS * 3 + " “It may fail,” she said, if talks resume on Monday, officials said."
    claimkit.extract(text, published="2020-10-12")  # warm: lexicons and patterns
    gc.collect()
    gc.disable()
    try:
        doc = claimkit.extract(text, published="2020-10-12")
        assert any(c.parent is not None for c in doc.claims)  # nesting is built too
        assert any(c.hedges for c in doc.claims) and any(c.times for c in doc.claims)
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_pronouns_in_a_sentence_without_end_resolve_nearby() -> None:
    # the salience rules look at a bounded stretch: far-away names neither slow them
    # down nor change the answer
    text = "Ana Lane met Tom Hill, and he said it holds, and " * 300
    doc = claimkit.extract(text)
    names = {
        c.source.name for c in doc.claims if c.source is not None and c.source.mention.text == "he"
    }
    assert names == {"Tom Hill"}


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2029"])
def test_a_quote_ends_at_a_blank_line_of_any_line_end(newline: str) -> None:
    # quotation marks are paired paragraph by paragraph; a blank line of "\r" or
    # "\u2029" was no break to them, so an unclosed quote took the next paragraph
    unclosed = "“The truce holds.\n\nLane said the talks would resume.”".replace("\n", newline)
    assert [c.content[0].text for c in claimkit.extract(unclosed).claims] == [
        "the talks would resume.”"
    ]
    reopened = "“We will not stop.\n\n“The truce is over,” Lane said.".replace("\n", newline)
    (claim,) = claimkit.extract(reopened).claims
    assert claim.content[0].text.startswith("“We will not stop.")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2029"])
def test_a_times_context_ends_at_any_line_end(newline: str) -> None:
    # a dateline stands alone on its line, and "will" in the sentence before does not
    # make a weekday future, whatever the line ends and the white space between
    dateline = "WASHINGTON\nOct. 12, 2020\n\nLane said the truce would hold.".replace("\n", newline)
    assert claimkit.times(dateline) == []
    for gap in [newline, "\t", "\u00a0"]:
        text = "He will go." + gap + "Lane said the vote was held on Friday."
        (claim,) = claimkit.extract(text, published="2020-10-12").claims
        assert [t.value for t in claim.times] == ["2020-10-09"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2029"])
def test_every_line_end_makes_the_same_paragraphs(newline: str) -> None:
    # old Mac files end lines with a lone "\r": it breaks lines like "\n" does
    from claimkit.text import analyze

    text = "Plans\n\nAna Lane said it holds\n\nTom Hill said it fails.".replace("\n", newline)
    view, sents = analyze(text)
    assert len(view) == len(text)
    assert [(s.paragraph, text[s.start : s.end]) for s in sents] == [
        (0, "Plans"),
        (1, "Ana Lane said it holds"),
        (2, "Tom Hill said it fails."),
    ]
    doc = claimkit.extract(text)
    assert [c.content[0].text for c in doc.claims] == ["it holds", "it fails"]
