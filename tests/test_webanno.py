"""W3C Web Annotation round trips; schema.org Claim and Citron-style exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import claimkit
from claimkit import Cue, Document, Source, Span
from claimkit.io.webanno import (
    WebAnnotationError,
    from_webanno,
    to_citron,
    to_schemaorg,
    to_webanno,
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


@pytest.fixture(scope="module")
def seed() -> claimkit.Document:
    return claimkit.extract(SEED.read_text(encoding="utf-8"), published="2020-10-12", id="seed")


def test_web_annotation_round_trip(seed: claimkit.Document) -> None:
    page = json.loads(json.dumps(to_webanno(seed, source_uri="https://example.org/seed")))
    assert page["type"] == "AnnotationCollection" and page["total"] == len(page["items"])
    first = page["items"][0]
    kinds = {s["type"] for s in first["target"]["selector"]}
    assert kinds == {"TextPositionSelector", "TextQuoteSelector"}
    back = from_webanno(page, seed.text, id="seed")
    assert [c.content for c in back.claims] == [c.content for c in seed.claims]
    assert [c.cue for c in back.claims] == [c.cue for c in seed.claims]
    assert [c.source and c.source.name for c in back.claims] == [
        c.source and c.source.name for c in seed.claims
    ]
    # hedges with their lemmas, conditions, times with their granularity and reference,
    # and factuality come back whole (a page says nothing of parents or descriptors)
    for got, want in zip(back.claims, seed.claims, strict=True):
        assert (got.hedges, got.conditions, got.times) == (want.hedges, want.conditions, want.times)
        assert (got.source_factuality, got.author_factuality) == (
            want.source_factuality,
            want.author_factuality,
        )
    assert any(t.granularity for c in seed.claims for t in c.times)
    assert any(h.lemma for c in seed.claims for h in c.hedges)


def test_reanchors_by_quote_when_positions_drift(seed: claimkit.Document) -> None:
    page = to_webanno(seed)
    shifted = "PREFACE. " + seed.text  # positions are now off by 9
    back = from_webanno(page, shifted)
    assert back.claims[0].content[0].text == seed.claims[0].content[0].text
    with pytest.raises(WebAnnotationError, match="cannot be anchored"):
        from_webanno(page, "an unrelated text")


def _page() -> tuple[dict[str, Any], str]:
    doc = claimkit.extract("Ana Lane said the bridge may be safe.", id="a")
    return json.loads(json.dumps(to_webanno(doc, source_uri="urn:a"))), doc.text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda items: items.insert(1, "an annotation"), r"items\[1\]: expected an annotation"),
        (
            lambda items: items[1].update({"claimkit:stance": "gleeful"}),
            r"items\[1\] .*"
            r"claimkit:stance: 'gleeful' is not one of",
        ),
        (
            lambda items: items[2].update({"claimkit:mode": ["direct"]}),
            r"items\[2\] .*"
            r"claimkit:mode: \['direct'\] is not one of",
        ),
        (lambda items: items[0].update({"claimkit:name": 7}), r"items\[0\] .*name"),
        (lambda items: items[0].update({"target": "Ana"}), r"items\[0\] .*cannot be anchored"),
        (lambda items: items[0]["target"].update({"selector": [1, None]}), "cannot be anchored"),
        # a field of the wrong type is named (the model's own message was a raw tuple)
        (lambda items: items[0].update({"claimkit:name": 7}), r"claimkit:name: expected a string"),
        (lambda items: items[1].update({"claimkit:lemma": 7}), r"claimkit:lemma: expected a str"),
        (lambda items: items[1].update({"claimkit:negated": "false"}), r"negated: expected true"),
        (
            lambda items: items[2].update({"claimkit:factuality": {"source": "sure"}}),
            r"items\[2\] .*claimkit:factuality.source: .*sure",
        ),
        (lambda items: items[2].update({"claimkit:factuality": "CT+"}), r"an object of FactBank"),
        (
            lambda items: items.append(
                dict(items[3], **{"claimkit:role": "time", "claimkit:reference": "May 3"})
            ),
            r"reference: expected a date",
        ),
        (
            lambda items: items.append(
                dict(items[3], **{"claimkit:role": "time", "claimkit:granularity": "eon"})
            ),
            r"'eon' is not one of",
        ),
        # nothing is dropped without a word: an unknown role, a second cue, an
        # antecedent with no condition
        (lambda items: items[0].update({"claimkit:role": "sorce"}), r"'sorce' is not one of"),
        (
            lambda items: items[0]["target"]["selector"][1].update({"exact": None}),
            r"items\[0\] .*TextQuoteSelector.exact: expected a non-empty string, got None",
        ),
        (
            lambda items: items.append(dict(items[2], **{"claimkit:mode": "direct"})),
            r"claimkit:mode: 'direct' differs from the claim's other content",
        ),
        (lambda items: items.append(dict(items[1])), r"a second cue for claim 0"),
        (
            lambda items: items.append(dict(items[2], **{"claimkit:role": "antecedent"})),
            r"an antecedent before any condition",
        ),
    ],
)
def test_malformed_annotations_are_named(change: Any, message: str) -> None:
    page, text = _page()
    assert [a["claimkit:role"] for a in page["items"][:3]] == ["source", "cue", "content"]
    change(page["items"])
    with pytest.raises(WebAnnotationError, match=message):
        from_webanno(page, text)


def test_factuality_comes_back() -> None:
    # it was written and never read: a denial came back as certain
    doc = claimkit.extract("Officials denied that the bridge was closed. Ana said it may fall.")
    assert doc.claims[0].source_factuality.code == "CT-"
    back = from_webanno(json.loads(json.dumps(to_webanno(doc))), doc.text)
    assert [(c.source_factuality, c.author_factuality) for c in back.claims] == [
        (c.source_factuality, c.author_factuality) for c in doc.claims
    ]


def test_a_page_of_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="page must be a mapping"):
        from_webanno([], "text")  # type: ignore[arg-type]


def test_an_id_of_another_type_is_a_type_error_naming_the_id() -> None:
    # the document refused it, and the message blamed the page
    page, text = _page()
    with pytest.raises(TypeError, match=r"^id must be a str or None, got int$"):
        from_webanno(page, text, id=5)  # type: ignore[arg-type]


@pytest.mark.parametrize("write", [to_webanno, to_schemaorg, to_citron])
def test_writing_something_that_is_not_a_document_is_a_type_error(write: Any) -> None:
    # an AttributeError from deep inside did not say what was wrong
    with pytest.raises(TypeError, match=r"^doc must be a Document, got int$"):
        write(5)


def test_an_empty_lemma_comes_back_empty() -> None:
    # "" was taken for a missing lemma and replaced by the cue's text
    doc = Document("ab", claims=[claimkit.Claim([Span(0, 1, "a")], cue=Cue(Span(1, 2, "b"), ""))])
    (claim,) = from_webanno(to_webanno(doc), doc.text).claims
    assert claim.cue is not None and claim.cue.lemma == ""


def test_a_position_that_is_a_bool_is_not_trusted() -> None:
    page, text = _page()
    target = page["items"][0]["target"]
    target["selector"][0].update({"start": False, "end": True})  # 0 and 1 as bools
    target["selector"] = target["selector"][1]  # and one selector, not a list: allowed
    (claim,) = from_webanno(page, text).claims
    assert claim.source is not None and claim.source.mentions[0].text == "Ana Lane"


def test_schemaorg_claims(seed: claimkit.Document) -> None:
    data = to_schemaorg(seed, url="https://example.org/seed")
    claims = data["@graph"]
    assert data["@context"] == "https://schema.org" and len(claims) == len(seed.claims)
    first = claims[0]
    assert first["@type"] == "Claim" and first["datePublished"] == "2020-10-12"
    assert first["author"] == {"@type": "Person", "name": "Mohammed Mohi"}
    assert first["appearance"]["url"] == "https://example.org/seed"


def test_citron_quotes(seed: claimkit.Document) -> None:
    quotes = to_citron(seed)["quotes"]
    assert len(quotes) == len(seed.claims)
    direct = next(q for q in quotes if q["mode"] == "direct")
    assert direct["coreference"] == [{"text": "Mohammed Mohi"}]
    text = seed.text
    for q in quotes:
        for role in ("source", "cue", "content"):
            for s in q[role]:
                assert text[s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize("shift", [1, 3000, 50_000])
def test_a_shifted_text_anchors_each_quote_near_where_it_was(shift: int) -> None:
    # the same words, and the same words around them, many times: after an edit
    # before them, each annotation's quote is found where its position moved to, however
    # far (a search from the start gave each the first match, and cost the square of
    # the length)
    text = "Ana said it holds. " * 8
    doc = claimkit.extract(text)
    back = from_webanno(to_webanno(doc), "X" * shift + text)
    assert [c.content[0].start for c in back.claims] == [
        c.content[0].start + shift for c in doc.claims
    ]


def test_a_quote_found_far_away_does_not_draw_the_next_ones_after_it() -> None:
    # the same block near the start and at the end: an edit in the first claim sends
    # its quote to the far copy, and the quotes after it must still be found near
    # their own positions
    filler = " ".join(f"Word{i} fell." for i in range(1500))
    block = "The weather was mild in the city that week. " + "Ana said it holds. " * 4
    text = "Bob said the sky is green. " + block + filler + " Bob said the sky is green. " + block
    doc = claimkit.extract(text)
    back = from_webanno(to_webanno(doc), "XXX" + text.replace("green", "blue", 1))
    starts = [c.content[0].start for c in back.claims]
    assert starts[1:5] == [c.content[0].start + 2 for c in doc.claims[1:5]]


@pytest.mark.parametrize("moved", [3, 2500, 30_000])
def test_one_edited_quote_does_not_move_the_others_however_far_the_text_moved(
    moved: int,
) -> None:
    # as above, with the whole text moved further than a quote is first looked for:
    # the edited quote is found only in the far copy, and the shift it suggests must be
    # confirmed by the next quote before the others follow it
    filler = " ".join(f"Word{i} fell." for i in range(1500))
    block = "The weather was mild in the city that week. " + "Ana said it holds. " * 4
    text = "Bob said the sky is green. " + block + filler + " Bob said the sky is green. " + block
    doc = claimkit.extract(text)
    edited = "X" * moved + text.replace("green", "blue", 1)
    back = from_webanno(to_webanno(doc), edited)
    starts = [c.content[0].start for c in back.claims]
    assert starts[1:] == [c.content[0].start + moved - 1 for c in doc.claims[1:]]


_SENTENCES = st.sampled_from(
    ["Ana said it holds. ", "Bob told reporters it fell. ", "The river was calm. ", "\n\n"]
)


@given(
    st.lists(_SENTENCES, min_size=1, max_size=30),
    st.sampled_from([0, 1, 40, 1999, 2001, 4500, 9000]),
    st.integers(min_value=0, max_value=2),
)
# moved by one sentence and a half: the third claim's words stand, by chance, at the
# positions the annotations give, but their context does not
@example(["Ana said it holds. "] * 2 + ["\n\n", "Ana said it holds. "], 40, 0)
def test_a_moved_text_anchors_every_annotation_where_it_moved(
    sentences: list[str], moved: int, where: int
) -> None:
    # text moved as a whole (an edit before it, after it, or both), its sentences
    # repeated any way: every annotation is found exactly where it moved to
    text = "".join(sentences)
    doc = claimkit.extract(text)
    pad = "Y" * moved
    edited = [pad + text, text + pad, pad + text + pad][where]
    shift = 0 if where == 1 else moved
    back = from_webanno(to_webanno(doc), edited)

    def moved_spans(c: claimkit.Claim, by: int) -> list[tuple[int, int]]:
        spans = [*c.content, *(c.source.mentions if c.source else ()), *(c.cue.span,) * bool(c.cue)]
        return [(s.start + by, s.end + by) for s in spans]

    assert [moved_spans(c, 0) for c in back.claims] == [moved_spans(c, shift) for c in doc.claims]


class _CountingText(str):
    """A text that counts the characters its searches read."""

    read = 0

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        _CountingText.read += _window(self, start, end)
        return str.find(self, sub, start, end)

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        _CountingText.read += _window(self, start, end)
        return str.rfind(self, sub, start, end)


def _window(text: str, start: int | None, end: int | None) -> int:
    lo, hi, _ = slice(start, end).indices(len(text))
    return max(0, hi - lo)


@pytest.mark.parametrize("positions", [True, False])
def test_a_page_matching_nowhere_reads_the_text_a_bounded_number_of_times(
    positions: bool,
) -> None:
    # each quote found nowhere searched the whole text, so a page on an unrelated (or
    # rewritten) text read it once per annotation: the square of its length
    reads = []
    for n in (150, 300):
        doc = claimkit.extract(
            "".join(f"Officer{i} Lane said bridge {i} was safe. " for i in range(n))
        )
        page = to_webanno(doc)
        if not positions:
            for item in page["items"]:
                item["target"]["selector"] = item["target"]["selector"][1]
        text = _CountingText("The river was calm and the weather mild. " * (n * 60))
        _CountingText.read = 0
        with pytest.raises(WebAnnotationError, match="cannot be anchored"):
            from_webanno(page, text)
        reads.append(_CountingText.read)
    assert reads[1] < 2.5 * reads[0], reads


def _claim_at(text: str, source: str, cue: str, content: str, after: int = 0) -> claimkit.Claim:
    def span(words: str) -> Span:
        at = text.index(words, after)
        return Span(at, at + len(words), words)

    return claimkit.Claim(
        (span(content),), source=Source((span(source),)), cue=Cue(span(cue), "say")
    )


def test_quotes_found_by_their_words_alone_follow_the_quotes_before() -> None:
    # every context holds a "\r\n" the text no longer has: each quote is found by its
    # words, nearest where the one before moved; "said" and "it" stood on the line a
    # position of the old text fell on
    lines = [f"Official {i} said it." for i in range(400)]
    text = "\r\n".join(lines)
    claims = [
        _claim_at(text, f"Official {i}", "said", "it", text.index(f"Official {i} said"))
        for i in range(0, 400, 10)
    ]
    page = json.loads(json.dumps(to_webanno(Document(text, claims=claims))))
    moved = text.replace("\r\n", "\n")
    for claim, back in zip(claims, from_webanno(page, moved).claims, strict=True):
        assert back.source is not None and back.cue is not None
        line = moved.count("\n", 0, back.source.mentions[0].start)
        assert back.source.mentions[0].text == claim.source.mentions[0].text  # type: ignore[union-attr]
        assert moved.count("\n", 0, back.cue.span.start) == line
        assert moved.count("\n", 0, back.content[0].start) == line


def test_a_position_whose_context_alone_was_edited_is_kept() -> None:
    # the words stand where the position says; only their context changed, and a far
    # copy of the passage still has it: the quotes stay, as their source does
    passage = "The minister said the bridge was safe and that repairs would begin soon. "
    filler = "Weather was mild across the region with light winds from the west today. "
    text = passage + filler * 40 + passage
    claim = _claim_at(text, "The minister", "said", "the bridge was safe")
    page = to_webanno(Document(text, claims=[claim]))
    (back,) = from_webanno(page, text.replace("repairs would", "Repairs would", 1)).claims
    assert back.cue is not None and back.cue.span.start == 13
    assert back.content[0].start == 18


def test_of_two_copies_of_a_passage_each_claim_keeps_its_own() -> None:
    # text inserted between the copies, further than any context reaches: the second
    # copy's quotes were nearer the first copy than their own
    passage = "Ana Lane said the bridge was safe. "
    filler = "Filler sentence number one is here. Filler sentence number two is here. "
    text = filler + passage + filler + passage + filler
    doc = claimkit.extract(text)
    inserted = "Correction: an earlier version misstated the date of the vote. " * 3
    cut = len(filler + passage) + 36
    back = from_webanno(to_webanno(doc), text[:cut] + inserted + text[cut:])
    assert [[s.start for _, s in c.spans()] for c in back.claims] == [
        [s.start + (len(inserted) if s.start > cut else 0) for _, s in c.spans()]
        for c in doc.claims
    ]


def _values_seen(lines: int, every: int, newline: str) -> tuple[str, list[claimkit.Claim]]:
    """Lines "Line i reports that value 13i was seen.", and a claim on the value of every
    ``every``-th line."""
    text = "".join(f"Line {i} reports that value {i * 13} was seen.{newline}" for i in range(lines))
    claims = []
    for i in range(0, lines, every):
        value = f"value {i * 13}"
        at = text.index(value + " ")
        claims.append(claimkit.Claim((Span(at, at + len(value), value),)))
    return text, claims


@pytest.mark.parametrize("positions", [True, False])
def test_a_long_page_in_the_texts_order_is_read_whole(positions: bool) -> None:
    # a cap on wide searches refused such pages part way: with \r\n made \n (every
    # context changed), and without positions (each quote searched from the start)
    text, claims = _values_seen(6000, 8, "\r\n")
    page = to_webanno(Document(text, claims=claims))
    if not positions:
        for item in page["items"]:
            item["target"]["selector"] = item["target"]["selector"][1]
    moved = text.replace("\r\n", "\n") if positions else text
    back = from_webanno(page, moved)
    assert [c.content[0].text for c in back.claims] == [c.content[0].text for c in claims]
    starts = [c.content[0].start for c in back.claims]
    assert starts == sorted(set(starts))


def test_a_quote_whose_context_an_insertion_broke_follows_its_claim() -> None:
    # the source's context ran into the inserted sentence; its word "He" also opens the
    # insertion, nearer its old position, but the cue and content moved on
    text = "The mayor visited the site on Monday. He said the bridge was safe."
    doc = claimkit.extract(text)
    inserted = "He also toured the new school. "
    at = text.index("He said")
    (back,) = from_webanno(to_webanno(doc), text[:at] + inserted + text[at:]).claims
    assert back.source is not None and back.cue is not None
    assert (back.source.mentions[0].start, back.cue.span.start) == (69, 72)


def test_a_passage_standing_twice_keeps_its_claims_however_far_apart() -> None:
    # more than 2,000 characters inserted between the copies: the second copy's quotes
    # were found in the first, on the first claim's own places
    box = "For more, subscribe to our daily briefing. "
    passage = box + "The mayor said the bridge was safe. " + box
    text = passage + "\n\nCouncil members will vote next week.\n\n" + passage
    doc = claimkit.extract(text)
    at = text.index("\n\n", text.index("Council"))
    inserted = "\n\n" + "Residents lined up at the town hall to ask about the budget. " * 40
    back = from_webanno(to_webanno(doc), text[:at] + inserted + text[at:])
    assert [[s.start for _, s in c.spans()] for c in back.claims] == [
        [s.start + (len(inserted) if s.start > at else 0) for _, s in c.spans()] for c in doc.claims
    ]


def test_a_page_without_positions_reads_each_quote_nearest_the_last() -> None:
    # an abstract repeats a passage: the third claim's source and cue were taken in the
    # abstract, ahead of the claim before, on the very text the page was made from
    passage = (
        "Seven decades on, it is remarkable how often the minister said that taxes "
        "would rise again next year."
    )
    text = (
        "ABSTRACT. " + passage + "\n\nAnn Lee said the bridge was safe.\n\n" + passage + " He left."
    )
    doc = claimkit.extract(text)
    page = to_webanno(doc)
    for item in page["items"]:
        item["target"]["selector"] = item["target"]["selector"][1]
    back = from_webanno(page, text)
    assert [[s for _, s in c.spans()] for c in back.claims] == [
        [s for _, s in c.spans()] for c in doc.claims
    ]


def test_a_few_edited_contexts_leave_room_to_find_a_moved_passage() -> None:
    # each context found nowhere reads the whole text: a few typos spent the bound on
    # wide searches, and the quotes after a long insertion were refused
    text, claims = _values_seen(5000, 10, "\n")
    page = to_webanno(Document(text, claims=claims))
    edited = text
    for i in range(100, 1100, 100):  # a typo just before ten quotes
        at = edited.index(f" that value {i * 13} ")
        edited = edited[:at] + " thet" + edited[at + 5 :]
    middle = edited.index("\n", len(edited) // 2) + 1
    inserted = "A new paragraph of background. " * 80 + "\n"
    back = from_webanno(page, edited[:middle] + inserted + edited[middle:])
    assert [c.content[0].text for c in back.claims] == [c.content[0].text for c in claims]
    assert [c.content[0].start for c in back.claims] == [
        c.content[0].start + (len(inserted) if c.content[0].start >= middle else 0) for c in claims
    ]
