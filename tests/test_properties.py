"""Property tests: extraction never raises, spans slice, results are deterministic and
local, and generated reports come out as written."""

from __future__ import annotations

import itertools
import string

from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.conditions import conditions_in
from claimkit.hedges import hedges_in
from claimkit.quotes import find_quotes
from claimkit.timex import times_in

QUOTES = "\"“”‘’«»'"
ALPHABET = st.characters(codec="utf-8") | st.sampled_from(list(QUOTES + "\n\r\t .,;:!?—–-"))
NEUTRAL = "\n\nThe weather was mild and the river was calm."


def _all_spans_slice(text: str, doc: claimkit.Document) -> None:
    ids = {id(c) for c in doc.claims}
    for claim in doc.claims:
        for _, span in claim.spans():
            assert text[span.start : span.end] == span.text
            # no empty or inverted span (an inverted one slices to "" and would pass)
            assert 0 <= span.start < span.end, span
        # a parent is the document's own claim, not an equal copy
        assert claim.parent is None or id(claim.parent) in ids


@given(st.text(alphabet=ALPHABET, max_size=400))
def test_never_raises_and_spans_slice(text: str) -> None:
    doc = claimkit.extract(text, published="2020-10-12")
    _all_spans_slice(text, doc)


@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    _all_spans_slice(text, claimkit.extract(text))


@given(st.text(alphabet=ALPHABET, max_size=200), st.text(alphabet=ALPHABET, max_size=200))
def test_deterministic_and_no_hidden_state(a: str, b: str) -> None:
    first = claimkit.extract(a)
    claimkit.extract(b)  # whatever came before must not matter
    assert claimkit.extract(a) == first


NAMES = st.sampled_from(
    ["Ana Lane", "Mohammed Mohi", "Carla Ortiz", "Tom Hill", "Officials", "The ministry"]
)
WORDS = st.lists(
    st.sampled_from(
        [
            "the",
            "bridge",
            "truce",
            "would",
            "hold",
            "reopen",
            "talks",
            "soon",
            "deal",
            "was",
            "safe",
            "in",
            "spring",
            "prices",
            "rose",
        ]
    ),
    min_size=3,
    max_size=12,
).map(" ".join)


@given(NAMES, WORDS)
def test_name_said_that_content(name: str, content: str) -> None:
    text = f"{name} said that {content}."
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None and claim.source.mention is not None
    assert claim.source.mention.text == name
    assert claim.cue is not None and claim.cue.span.text == "said"
    assert claim.content[0].text == f"that {content}"


@given(NAMES, WORDS)
def test_quote_comma_name_said(name: str, content: str) -> None:
    text = f"“{content.capitalize()},” {name} said."
    (claim,) = claimkit.extract(text).claims
    assert claim.source is not None and claim.source.mention is not None
    assert claim.source.mention.text == name
    assert claim.cue is not None and claim.cue.span.text == "said"
    assert claim.content[0].text == f"“{content.capitalize()},”"
    assert claim.mode.value == "direct"


@given(
    st.lists(
        st.sampled_from(
            [
                "Ana Lane said the bridge was safe.",
                "“It will reopen in May,” she added.",
                "Officials believe the truce may hold if talks resume.",
                "The mayor ordered an inquiry.",
                "Prices rose, according to the ministry.",
                # no full stop at the end of the text: the paragraph break ends it
                "The vote was delayed on Friday, she believes",
                "Ana Lane said the bridge may reopen, they think",
                "It is safe, officials said, if",
                # what a condition or a time reads after its cue stops there too
                "The company said it would appeal if necessary",
                "Lane said the factions agreed to talk on the condition",
                "Lane said it holds as long as",
                "Lane said it holds provided",
                "“We will win,” Ana Lane said of Euro 2016",
                "Lane said they met the same day",
            ]
        ),
        min_size=1,
        max_size=5,
    ).map(" ".join)
)
def test_a_neutral_paragraph_changes_nothing_before_it(text: str) -> None:
    # whole claims: spans, hedges, conditions, times, factuality. (A text ending in a
    # colon is left out: "He said:" takes the next paragraph as what was said.)
    alone = claimkit.to_dict(claimkit.extract(text, published="2020-10-12"))["claims"]
    longer = claimkit.to_dict(claimkit.extract(text + NEUTRAL, published="2020-10-12"))["claims"]
    assert alone == longer
    # a paragraph opening with a capital or a pronoun the rules read ("It", "People")
    other = "\n\nIt rained. People left."
    longer = claimkit.to_dict(claimkit.extract(text + other, published="2020-10-12"))["claims"]
    assert alone == longer


@given(st.lists(st.text(alphabet=string.ascii_letters + ' .,“”"', max_size=80), max_size=6))
def test_same_inside_extract_many(texts: list[str]) -> None:
    alone = [claimkit.extract(t) for t in texts]
    assert list(claimkit.extract_many(texts, processes=1)) == alone


ENRICHED = st.lists(
    st.sampled_from(
        [
            "Ana Lane said on Monday the bridge may be safe if it holds.",
            "Nothing happened there last year, perhaps.",
            "The weather was mild and the river was calm about 50 times.",
            "“It will reopen in May unless it rains,” she added on Tuesday.",
            "Officials believe the truce could hold, allegedly, until next week.",
            "Prices rose in early 2020, according to the ministry, if you believe it.",
            "A long aside with no claim at all that runs on and on for a while " * 3,
        ]
    ),
    min_size=1,
    max_size=12,
).map(" ".join)


@given(ENRICHED)
def test_claims_enriched_as_the_whole_text_scans_say(text: str) -> None:
    # the pipeline scans only the claims' stretches; what it finds there must be what a
    # scan of the whole text finds
    doc = claimkit.extract(text, published="2020-10-12")
    every_time = claimkit.times(text, published="2020-10-12")
    for claim in doc.claims:
        parts = [(p.start, p.end) for p in claim.content]
        assert list(claim.hedges) == [h for s, e in parts for h in hedges_in(text, s, e)]
        assert list(claim.conditions) == [k for s, e in parts for k in conditions_in(text, s, e)]
        inside = [t for s, e in parts for t in times_in(text, s, e, published=doc.published)]
        assert all(t in claim.times for t in inside)
        assert all(t in every_time for t in claim.times)


CUES = st.sampled_from(["said", "confirmed", "claimed", "reported", "added"])
LOWERING = st.sampled_from(
    [
        "may",
        "might",
        "could possibly",
        "probably",
        "if the talks resume",
        "unless the deal fails",
        "on the condition that talks resume",
    ]
)


@given(NAMES, CUES, LOWERING)
def test_any_condition_or_hedge_lowers_certainty(name: str, cue: str, lowering: str) -> None:
    plain = claimkit.extract(f"{name} {cue} that the truce will hold.")
    if lowering.startswith(("if", "unless", "on the")):
        text = f"{name} {cue} that the truce will hold {lowering}."
    else:
        text = f"{name} {cue} that the truce {lowering} hold."
    (claim,) = claimkit.extract(text).claims
    (base,) = plain.claims
    assert base.source_factuality.code == "CT+"
    assert claim.source_factuality.certainty.value != "CT"
    assert claim.hedges or claim.conditions


@given(st.sampled_from(["CT", "PR", "PS", "U"]), st.sampled_from(["+", "-", "u"]))
def test_factuality_codes_round_trip(certainty: str, polarity: str) -> None:
    code = certainty + polarity
    assert claimkit.Factuality.from_code(code).code == code


# regions meeting a text of 1,000 characters (a cue's window may reach past either end)
REGIONS = st.lists(
    st.tuples(st.integers(-200, 999), st.integers(0, 300))
    .map(lambda p: (p[0], p[0] + p[1]))
    .filter(lambda r: r[1] > 0),
    max_size=20,
)


@given(REGIONS, st.integers(0, 150))
def test_regions_merged_once_then_widened_are_the_regions_widened(
    regions: list[tuple[int, int]], margin: int
) -> None:
    # the enrichment merges the claims' regions once, then widens them per scan
    from claimkit.text import merge_regions

    length = 1000
    merged = merge_regions(regions, margin, length)
    assert merge_regions(merge_regions(regions, 0, length), margin, length) == merged
    # sorted, apart, inside the text, and covering every widened region
    assert all(a[1] < b[0] for a, b in itertools.pairwise(merged))
    assert all(0 <= lo <= hi <= length for lo, hi in merged)
    for lo, hi in regions:
        lo, hi = max(0, lo - margin), min(length, hi + margin)
        assert any(m_lo <= lo and hi <= m_hi for m_lo, m_hi in merged)


@given(
    st.lists(st.sampled_from(["“", "”", '"', "«", "»", "‘", "’", "'", " ", "a", "\n\n"])).map(
        "".join
    ),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6),
)
def test_quote_lookups_answer_as_a_scan_would(text: str, stretches: list[tuple[int, int]]) -> None:
    # a claim's mode asks which quotes lie inside its content; the answers come by
    # bisection, and must be what a scan over every quote gives
    quotes = find_quotes(text)
    for a, b in stretches:
        a, b = sorted((a, b))
        inside = [q for q in quotes.all if a <= q.start and q.end <= b]
        assert quotes.any_inside(a, b) == bool(inside)
        assert quotes.double_covered(a, b) == sum(q.end - q.start for q in inside if q.double)


# words the hedge, condition and time patterns start with or must not match inside, and
# what may stand around them: a letter other than the ASCII ones, a sign a time may not
# follow, a dotted cue
WORD_PIECES = (
    "may if on monday the last two weeks '90 1 unless about approx. possibly kind of "
    "dismay é İ $ £ - _ ' . , x".split()
)


@given(
    st.lists(st.sampled_from(WORD_PIECES), max_size=14),
    st.lists(st.sampled_from([" ", "", "\n", "-", "'", "é", ",", "  "]), min_size=14),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_scans_from_word_starts_find_what_the_patterns_find(
    words: list[str], gaps: list[str], a: int, b: int
) -> None:
    # the enrichments try their patterns only where a word starts (text.finditer_words);
    # they must find the matches a plain scan of the stretch finds
    import importlib

    from claimkit.text import finditer_words

    hedges = importlib.import_module("claimkit.hedges")
    conditions = importlib.import_module("claimkit.conditions")
    timex = importlib.import_module("claimkit.timex")
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    pairs = [
        hedges._patterns(),
        conditions._patterns(),
        (timex._patterns()[0], timex._trigger_scanner()),
    ]
    for pattern, scanner in pairs:
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        assert [m.span() for m in finditer_words(pattern, scanner, text, start, end)] == expected
