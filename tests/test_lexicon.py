"""The lexicons are data: each file loads, each category has a golden case."""

from __future__ import annotations

import re

import pytest

import claimkit
from claimkit import Stance, cues
from claimkit.cues import entries, find_cues, inflections
from claimkit.lexicon import load
from claimkit.text import lowered


def cue_of(text: str) -> tuple[str, str, bool] | None:
    doc = claimkit.extract(text)
    claims = [c for c in doc.claims if c.cue is not None]
    if not claims:
        return None
    cue = claims[0].cue
    assert cue is not None
    return cue.span.text, cue.stance.value, cue.negated


# One golden sentence for every stance class of cues.tsv.
STANCE_CASES = [
    ("The mayor said the bridge was safe.", "said", "neutral"),
    ("The mayor confirmed that the bridge was safe.", "confirmed", "endorsing"),
    ("The mayor claimed that the bridge was safe.", "claimed", "distancing"),
    ("The mayor denied that the bridge was unsafe.", "denied", "negating"),
    ("The mayor believes that the bridge is safe.", "believes", "belief"),
    ("The mayor urged residents to avoid the bridge.", "urged", "directive"),
    ("The mayor doubted that the bridge was safe.", "doubted", "doubt"),
    ("Witnesses saw that the bridge was swaying.", "saw", "perception"),
    ("The mayor praised the engineers for their work.", "praised", "evaluative"),
    ("The mayor wants to rebuild the bridge.", "wants", "desire"),
    ("The mayor plans to rebuild the bridge.", "plans", "desire"),
]


@pytest.mark.parametrize(("text", "cue", "stance"), STANCE_CASES)
def test_every_stance_class_has_a_golden_case(text: str, cue: str, stance: str) -> None:
    assert cue_of(text) == (cue, stance, False)


def test_stance_cases_cover_the_lexicon() -> None:
    classes = {row["stance"] for row in load("cues")} - {"not_claim", "other"}
    assert classes == {stance for _, _, stance in STANCE_CASES}
    assert classes <= {s.value for s in Stance}


def test_not_claim_class_blocks_orders() -> None:
    assert cue_of("The mayor ordered the closure of the bridge.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lane, who added to her lead, won the vote.",
        "Adding to the confusion, the mayor left town.",
        "The mayor ordered the closure of the bridge.",
    ],
)
def test_not_claim_entries_say_nothing(text: str) -> None:
    # "added to her lead" read as a report of "to her lead"
    assert cue_of(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor said the bridge was safe.", "said"),  # verb
        ("The mayor's claim that the bridge was safe surprised no one.", "claim"),  # noun
        ("The mayor is convinced that the bridge is safe.", "convinced"),  # adjective
        ("According to the mayor, the bridge is safe.", "According to"),  # preposition
    ],
)
def test_every_kind_has_a_golden_case(text: str, cue: str) -> None:
    found = cue_of(text)
    assert found is not None and found[0] == cue


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # any: a cue wherever it frames content
        ("Officials said the bridge was safe.", True),
        # that: needs a finite complement
        ("Officials know that the bridge is safe.", True),
        ("Officials know the mayor.", False),
        # to: needs an infinitive or a clause
        ("Officials hope to reopen the bridge.", True),
        ("Officials hope.", False),
        # obj: needs an object
        ("Officials praised the engineers.", True),
    ],
)
def test_needs_column(text: str, found: bool) -> None:
    assert (cue_of(text) is not None) is found


def test_inflections_and_irregular_forms() -> None:
    assert {"says", "saying", "said"} <= {w[0] for w in entries()}
    assert "sayed" not in {w[0] for w in entries()}
    assert inflections("deny") == {"deny", "denies", "denied", "denying"}
    assert {"claimed", "responsibility"} <= {
        w for words in entries() if words[0] == "claimed" for w in words
    }


def test_multiword_cues_match_across_line_breaks() -> None:
    view = "He pointed\nout that it said so"
    assert [(view[h.start : h.end], h.entry.lemma) for h in find_cues(view)] == [
        ("pointed\nout", "point out"),
        ("said", "say"),
    ]


def test_cue_forms_are_ascii_so_a_multiword_rest_is_checked_by_length() -> None:
    # cues._match_rest compares a slice as long as the word before matching it
    assert all(word.isascii() for form in entries() for word in form)
    view = "They Pointed  OUT that she pointed outward and pointed out-of-town"
    assert [view[h.start : h.end] for h in find_cues(view) if h.entry.lemma == "point out"] == [
        "Pointed  OUT"
    ]


def test_first_word_scans_find_what_the_look_behind_finds() -> None:
    # cues._first_word_spans splits the look-behind's cases between patterns; a first
    # word of only ASCII letters keeps their matches from overlapping
    assert all(re.fullmatch("[a-z]+", form[0]) for form in entries())
    pattern = cues._first_words()
    for view in [
        "said",
        "He said, “said”—said (said) 'said' said-said ésaid said_ _said\nsaid\tsaid.said",
        "İstanbul said  asked\u2003told; in 1said said2 Said",
    ]:
        low = lowered(view)
        for start in range(len(low) + 1):
            for end in range(start, len(low) + 1):
                assert cues._first_word_spans(low, start, end) == [
                    m.span() for m in pattern.finditer(low, start, end)
                ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A spokesman said the bridge was safe.", None, "person"),  # person
        ("Officials said the bridge was safe.", "Officials", "group"),  # group
        ("The company said the bridge was safe.", None, "organization"),  # organization
        ("The report said the bridge was safe.", "report", "document"),  # document
    ],
)
def test_source_noun_kinds(text: str, name: str | None, kind: str) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.source is not None
    assert claim.source.kind.value == kind
    assert claim.source.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mary Lane met Tom Hill at the bridge. She said the bridge was safe.",
            "Mary Lane",
        ),  # female
        ("Mary Lane met Tom Hill at the bridge. He said the bridge was safe.", "Tom Hill"),  # male
    ],
)
def test_first_name_genders(text: str, name: str) -> None:
    claim = claimkit.extract(text).claims[0]
    assert claim.source is not None and claim.source.name == name


def test_lexicon_files_document_their_columns() -> None:
    from importlib import resources

    for name in ("cues", "sources", "names"):
        text = resources.files("claimkit.lexicon").joinpath(f"{name}.tsv").read_text("utf-8")
        assert text.startswith("#"), name
        assert "Columns" in text, name
        assert load(name), name
