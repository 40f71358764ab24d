"""brat standoff: round trips, PolNeAR's originals, clear errors."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.io.brat import BratError, from_brat, read_brat, to_brat, write_brat
from claimkit.model import Claim, Document, Source, Span
from claimkit.strategies import documents

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def test_round_trip_of_the_seed(tmp_path: Path) -> None:
    doc = claimkit.extract(SEED.read_text(encoding="utf-8"), id="seed")
    ann = write_brat(doc, tmp_path)
    back = read_brat(ann.with_suffix(".txt"))
    assert back.text == doc.text
    assert len(back.claims) == len(doc.claims)
    for a, b in zip(doc.claims, back.claims, strict=True):
        assert a.content == b.content
        assert a.mode == b.mode
        assert (a.cue and a.cue.span) == (b.cue and b.cue.span)
        assert (a.cue and (a.cue.stance, a.cue.negated)) == (
            b.cue and (b.cue.stance, b.cue.negated)
        )
        assert (a.source and a.source.mention) == (b.source and b.source.mention)
        assert (a.source and a.source.name) == (b.source and b.source.name)
        assert [h.span for h in a.hedges] == [h.span for h in b.hedges]
        assert [(c.cue, c.kind, c.antecedent) for c in a.conditions] == [
            (c.cue, c.kind, c.antecedent) for c in b.conditions
        ]


def test_crlf_text_keeps_its_offsets(tmp_path: Path) -> None:
    doc = claimkit.extract("Ana Lane said\r\nthe bridge was safe.", id="crlf")
    back = read_brat(write_brat(doc, tmp_path).with_suffix(".txt"))
    assert back.text == doc.text
    assert back.claims[0].content == doc.claims[0].content


def test_discontinuous_content() -> None:
    text = "“It is safe,” Ana Lane said, “and it will reopen.”"
    ann = (
        "T1\tSource 14 22\tAna Lane\nT2\tCue 23 27\tsaid\n"
        "T3\tContent 0 13;29 50\t“It is safe,” “and it will reopen.”\n"
        "T4\tAttribution 23 27\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    (claim,) = from_brat(text, ann).claims
    assert [p.text for p in claim.content] == ["“It is safe,”", "“and it will reopen.”"]


# "Ana said it works.": a claim whose lines a test adds to
_EVENT = (
    "T1\tSource 0 3\tAna\nT2\tCue 4 8\tsaid\nT3\tContent 9 17\tit works\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
)


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tSource 0 3\tAnx\n", r"x.ann:1: text: the line says 'Anx'"),
        ("T1\tSource zero 3\tAna\n", r"x.ann:1: offsets: expected 'start end'"),
        ("T1\tSource 0 999\tAna\n", r"x.ann:1: offsets: \[0, 999\) is not inside"),
        ("E1\tAttribution:T9\n", r"x.ann:1: Attribution: no line has the id T9"),
        ("T1\tSource\n", r"x.ann:1: offsets: missing"),
        (_EVENT + "A1\tStance E1 cheerful\n", r"x.ann:5: Stance: 'cheerful' is not one of"),
        (_EVENT + "A1\tMode E1 sung\n", r"x.ann:5: Mode: 'sung' is not one of direct,"),
        (_EVENT + "A1\tCueKind E1 x\n", r"x.ann:5: CueKind: 'x' is not one of"),
        (_EVENT + "A1\tSourceKind E1 x\n", r"x.ann:5: SourceKind: 'x' is not one of"),
        (_EVENT + "T5\tHedge_wild 9 11\tit\n", r"x.ann:5: type: 'wild' is not one of"),
        (_EVENT + "T5\tCondition_x 9 11\tit\n", r"x.ann:5: type: 'x' is not one of"),
        # digits int() refuses, and a name note with no target
        ("T1\tSource 0 ³\tAna\n", r"x.ann:1: offsets: expected 'start end'"),
        ("T1\tSource ٠ 3\tAna\n", r"x.ann:1: offsets: expected 'start end'"),
        (_EVENT + "#1\t\tname: x\n", r"x.ann:5: note: a name note needs a target"),
        # a value read as present made "false" negate the claim
        (_EVENT + "A1\tNegated E1 false\n", r"x.ann:5: Negated: a binary attribute takes no"),
        (_EVENT + "A1\tNegated E1 true\n", r"x.ann:5: Negated: .* got 'true'"),
    ],
)
def test_malformed_lines_name_file_line_and_field(ann: str, message: str) -> None:
    with pytest.raises(BratError, match=message):
        from_brat("Ana said it works.", ann, name="x.ann")


def test_a_text_utf8_cannot_encode_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    doc = claimkit.extract("Ana said \ud800 it holds.")
    with pytest.raises(BratError, match=r"x.txt: text: a lone surrogate '\\ud800' \(at offset 9\)"):
        write_brat(doc, tmp_path / "out", name="x")
    assert not (tmp_path / "out").exists()


def test_empty_document() -> None:
    assert to_brat(claimkit.extract("")) == ""


@pytest.mark.skipif(not SHARED.exists(), reason="PolNeAR's originals are not beside the project")
def test_polnear_originals_reproduce_the_converted_offsets() -> None:
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "check_brat_import.py"
    out = subprocess.run(
        [
            sys.executable,
            str(script),
            str(SHARED / "polnear_brat_dev"),
            str(SHARED / "polnear_dev.jsonl"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "84/84 identical" in out.stdout


# --------------------------------------------------------------------------- round trips

# Texts full of what a line of an .ann cannot hold as it is: tabs, line ends (and the
# other characters str.splitlines() splits on), runs of spaces, a byte order mark.
_AWKWARD_TEXTS = st.lists(
    st.sampled_from(["a", "b", "é", "😀", " ", "  ", "\t", "\n", "\r\n", "\r", "\x0c", "\x85"])
    | st.sampled_from(["\u2028", "\ufeff", "\u00a0"]),
    max_size=30,
).map("".join)


def _carried(doc: claimkit.Document) -> list[tuple[object, ...]]:
    """What brat carries of each claim: its spans, mode, cue, source and their attributes."""
    out: list[tuple[object, ...]] = []
    for c in doc.claims:
        cue = c.cue and (c.cue.span, c.cue.kind, c.cue.stance, c.cue.negated)
        source = c.source and (
            c.source.mentions,
            c.source.kind,
            # a name is kept exactly, but for its line breaks, which a line cannot hold
            None if c.source.name is None else re.sub("[\r\n]", " ", c.source.name),
        )
        conditions = [(x.cue, x.kind, x.antecedent) for x in c.conditions]
        out.append(
            (
                c.content,
                c.mode,
                cue,
                source,
                [(h.span, h.kind) for h in c.hedges],
                conditions,
                [t.span for t in c.times],
            )
        )
    return out


def test_a_content_piece_of_only_whitespace_round_trips() -> None:
    text = "a b"
    doc = Document(text, claims=[Claim((Span(0, 1, "a"), Span(1, 2, " ")))])
    assert from_brat(text, to_brat(doc)).claims[0].content == doc.claims[0].content


@given(documents(texts=_AWKWARD_TEXTS, max_claims=3, ids=st.just("doc")))
def test_every_document_round_trips_through_brat(doc: claimkit.Document) -> None:
    back = from_brat(doc.text, to_brat(doc))
    assert back.text == doc.text
    assert _carried(back) == _carried(doc)
    with tempfile.TemporaryDirectory() as tmp:
        from_file = read_brat(write_brat(doc, tmp).with_suffix(".txt"))
    assert from_file.text == doc.text
    assert from_file.id == "doc"
    assert _carried(from_file) == _carried(doc)


def test_a_text_mismatch_shows_both_sides_flattened_alike() -> None:
    with pytest.raises(BratError) as info:
        from_brat("Ana\tsaid it.", "T1\tCue 0 8\tAna  sad\n", name="x.ann")
    assert str(info.value) == (
        "x.ann:1: text: the line says 'Ana sad' but the text there is 'Ana said' "
        "(whitespace flattened in both)"
    )


# --------------------------------------------------------------------------- file names


def test_ids_with_dots_keep_them_in_the_file_name(tmp_path: Path) -> None:
    for id_ in ("report.v1", "report.v2"):
        ann = write_brat(Document("Ana said it.", id=id_), tmp_path)
        assert ann == tmp_path / f"{id_}.ann"
        assert read_brat(ann.with_suffix(".txt")).id == id_
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "report.v1.ann",
        "report.v1.txt",
        "report.v2.ann",
        "report.v2.txt",
    ]


@pytest.mark.parametrize(
    ("id_", "message"),
    [
        ("../escaped", r"the document id '../escaped' holds '/'"),
        ("/tmp/abs", r"the document id '/tmp/abs' holds '/'"),
        ("a\\b", re.escape(r"the document id 'a\\b' holds '\\'")),
        (".hidden", r"the document id '.hidden' starts with a dot"),
        ("..", r"the document id '..' starts with a dot"),
        ("a\nb", r"the document id 'a\\nb' holds '\\n'"),
        ("x" * 300, r"is longer than a file name can be"),
    ],
)
def test_an_id_that_cannot_name_a_file_in_the_directory_is_refused(
    tmp_path: Path, id_: str, message: str
) -> None:
    out = tmp_path / "out"
    with pytest.raises(ValueError, match=message):
        write_brat(Document("Ana said it.", id=id_), out)
    assert list(tmp_path.iterdir()) == []


def test_a_name_that_cannot_name_a_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"name '' is empty"):
        write_brat(Document("Ana said it.", id="fine"), tmp_path, name="")


def test_writing_a_pair_again_replaces_it_whole(tmp_path: Path) -> None:
    # as write_json does: each file is written beside and moved into place
    write_brat(Document("first", id="a"), tmp_path)
    write_brat(Document("second", id="a"), tmp_path)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ann", "a.txt"]


# --------------------------------------------------------------------------- encodings


def test_a_byte_order_mark_in_the_ann_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Ana said it works.", encoding="utf-8")
    (tmp_path / "x.ann").write_bytes(b"\xef\xbb\xbf" + _EVENT.encode("utf-8"))
    (claim,) = read_brat(tmp_path / "x.txt").claims
    assert claim.source is not None
    assert claim.source.mention == Span(0, 3, "Ana")


def test_a_byte_order_mark_in_the_txt_is_character_0_as_in_brat(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\xef\xbb\xbfAna said it works.")
    shifted = "T1\tSource 1 4\tAna\nT2\tCue 5 9\tsaid\nT3\tContent 10 18\tit works\n"
    (tmp_path / "x.ann").write_text(shifted + "E1\tCue:T2 Content:T3 Source:T1\n", "utf-8")
    doc = read_brat(tmp_path / "x.txt")
    assert doc.text == "\ufeffAna said it works."
    assert doc.claims[0].content == (Span(10, 18, "it works"),)


@pytest.mark.parametrize(
    ("txt", "ann", "message"),
    [
        (b"Ana said\n\xff it works.", _EVENT.encode(), r"x.txt:2: encoding: byte 0xff"),
        (
            b"Ana said it works.",
            _EVENT.encode() + b"#1\tAnnotatorNotes E1\tname: \xe9\n",
            "x.ann:5",
        ),
    ],
)
def test_bytes_that_are_not_utf8_name_the_file_and_line(
    tmp_path: Path, txt: bytes, ann: bytes, message: str
) -> None:
    (tmp_path / "x.txt").write_bytes(txt)
    (tmp_path / "x.ann").write_bytes(ann)
    with pytest.raises(BratError, match=message + r".* is not UTF-8"):
        read_brat(tmp_path / "x.txt")


# --------------------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("T1\tSource 0 3\tAna\n", r"x.ann:5: id: T1 is used twice \(first on line 1\)"),
        ("E1\tAttribution:T2 Content:T3\n", r"x.ann:5: id: E1 is used twice \(first on line 4\)"),
        ("A1\tMode E1 direct\nA1\tStance E1 doubt\n", r"x.ann:6: id: A1 is used twice"),
        ("A1\tMode E9 direct\n", r"x.ann:5: Mode: no line has the id E9"),
        ("#1\tAnnotatorNotes E9\tname: Ana\n", r"x.ann:5: note: no line has the id E9"),
        ("#1\tAnnotatorNotes T9\ta remark\n", r"x.ann:5: note: no line has the id T9"),
        (
            "A1\tMode E1 direct\nA2\tMode E1 mixed\n",
            r"x.ann:6: Mode: E1 has a Mode already \(on x.ann:5\)",
        ),
        (
            "#1\tAnnotatorNotes E1\tname: Ana\n#2\tAnnotatorNotes E1\tname: Bo\n",
            r"x.ann:6: note: E1 has a name note already \(on x.ann:5\)",
        ),
        # pieces the model has no room for
        (
            "T5\tCue 12 17\tworks\nE2\tAttribution:T2 Content:T3 Cue:T2 Cue2:T5\n",
            r"x.ann:6: Cue: a claim has one cue span, got T2 \[4, 8\), T5 \[12, 17\)",
        ),
        (
            "T5\tCue 4 8;12 17\tsaid works\nE2\tContent:T3 Cue:T5\n",
            r"x.ann:6: Cue: a claim has one cue span, got T5 \[4, 8\), T5 \[12, 17\)",
        ),
        (
            "T5\tSource 0 3;4 8\tAna said\nE2\tContent:T3 Source:T5\n",
            r"x.ann:6: Source: a source mention is one span, but T5 has 2",
        ),
        ("T5\tAntecedent 12 17\tworks\n", r"x.ann:5: type: an Antecedent needs the Condition_"),
        (
            "T5\tCondition_if 9 11\tit\nT6\tAntecedent 12 17\tworks\nT7\tAntecedent 9 11\tit\n",
            r"x.ann:7: type: an Antecedent needs the Condition_",
        ),
        ("T5\tHedge_modal 9 11;12 17\tit works\n", r"x.ann:5: offsets: a Hedge_modal is one span"),
    ],
)
def test_bad_references_and_dropped_pieces_are_refused(extra: str, message: str) -> None:
    with pytest.raises(BratError, match=message):
        from_brat("Ana said it works.", _EVENT + extra, name="x.ann")


@pytest.mark.parametrize(
    "ann",
    [
        "T1\tTime 0 3\tAna\n",  # no events at all
        "T9\tHedge_modal 9 11\tit\n" + _EVENT,  # before any event
        "T9\tCondition_x 9 11\tit\nT8\tAntecedent 12 17\tworks\n" + _EVENT,
        # after an event that is not an attribution
        _EVENT + "T5\tMeet 4 8\tsaid\nE2\tMeet:T5\nT6\tTime 0 3\tAna\nT7\tHedge_x 9 11\tit\n",
        # used by an event: that event's, even after a claim
        _EVENT + "T5\tTime 0 3\tAna\nT6\tMeet 4 8\tsaid\nE2\tMeet:T6 Time:T5\n",
    ],
)
def test_another_schemas_time_hedge_or_condition_lines_are_ignored(ann: str) -> None:
    # schemas with entity types named like claimkit's own lines: nothing to attach to
    alone = from_brat("Ana said it works.", _EVENT).claims if _EVENT in ann else ()
    assert from_brat("Ana said it works.", ann).claims == alone


def test_a_second_source_role_is_a_second_mention() -> None:
    ann = _EVENT.replace("Source:T1", "Source:T1 Source2:T5") + "T5\tSource 9 11\tit\n"
    (claim,) = from_brat("Ana said it works.", ann).claims
    assert claim.source is not None
    assert claim.source.mentions == (Span(0, 3, "Ana"), Span(9, 11, "it"))


def test_every_source_mention_is_written(tmp_path: Path) -> None:
    text = "Ana Lane said that she was right."
    source = Source((Span(0, 8, "Ana Lane"), Span(19, 22, "she")), "Ana Lane", "person")
    doc = Document(text, id="d", claims=[Claim((Span(14, 32, text[14:32]),), source=source)])
    ann = to_brat(doc)
    assert "E1\tAttribution:T4 Content:T3 Source:T1 Source2:T2\n" in ann
    assert from_brat(text, ann).claims[0].source == source
    assert read_brat(write_brat(doc, tmp_path).with_suffix(".txt")).claims[0].source == source


def test_a_source_without_a_mention_keeps_its_name_and_kind() -> None:
    doc = Document(
        "It works.",
        claims=[Claim((Span(0, 8, "It works"),), source=Source((), "Ana Lane", "person"))],
    )
    (claim,) = from_brat(doc.text, to_brat(doc)).claims
    assert claim.source == Source((), "Ana Lane", "person")


def test_a_negated_attribute_without_a_value_negates_the_claim() -> None:
    (claim,) = from_brat("Ana said it works.", _EVENT + "A1\tNegated E1\n").claims
    assert claim.negated


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_a_line_holds_every_character_but_a_newline(separator: str) -> None:
    # str.splitlines() also broke lines at these, which brat keeps inside a line
    text = f"Ana said the plan{separator}works."
    ann = (
        f"T1\tContent 9 23\tthe plan{separator}works\nT2\tAttribution 4 8\tsaid\n"
        "E1\tAttribution:T2 Content:T1\n"
    )
    (claim,) = from_brat(text, ann).claims
    assert claim.content == (Span(9, 23, f"the plan{separator}works"),)


def test_lines_ended_by_crlf_are_read() -> None:
    (claim,) = from_brat("Ana said it works.", _EVENT.replace("\n", "\r\n")).claims
    assert claim.content == (Span(9, 17, "it works"),)


@pytest.mark.parametrize("name", ["Ana  Lane", "Ana\tLane", " Ana Lane ", "Ana\u2028Lane"])
def test_a_source_name_comes_back_exactly(name: str) -> None:
    # its whitespace was flattened, although the note line keeps the resolved name
    doc = Document("It works.", claims=[Claim((Span(0, 8, "It works"),), source=Source((), name))])
    (claim,) = from_brat(doc.text, to_brat(doc)).claims
    assert claim.source is not None and claim.source.name == name


def test_a_line_break_in_a_source_name_comes_back_a_space() -> None:
    # a line cannot hold one, and brat has no escape for it
    doc = Document(
        "It works.", claims=[Claim((Span(0, 8, "It works"),), source=Source((), "A\nB\rC"))]
    )
    (claim,) = from_brat(doc.text, to_brat(doc)).claims
    assert claim.source is not None and claim.source.name == "A B C"


@pytest.mark.parametrize(
    "write", [to_brat, lambda doc: write_brat(doc, "unused")], ids=["to_brat", "write_brat"]
)
def test_writing_something_that_is_not_a_document_is_a_type_error(write: Any) -> None:
    # an AttributeError from deep inside did not say what was wrong
    with pytest.raises(TypeError, match=r"^doc must be a Document, got int$"):
        write(5)


def test_an_id_that_is_not_a_str_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"^id must be a str or None, got int$"):
        from_brat("", "", id=5)  # type: ignore[arg-type]


def test_overlapping_content_pieces_keep_every_character() -> None:
    # the second piece was dropped whole, and " and would reopen" with it
    text = "Ana Lane said the bridge was safe and would reopen."
    ann = (
        "T1\tSource 0 8\tAna Lane\nT2\tCue 9 13\tsaid\nT3\tContent 14 33\tthe bridge was safe\n"
        "T4\tAttribution 9 13\tsaid\nT5\tContent 25 50\twas safe and would reopen\n"
        "E1\tAttribution:T4 Content:T3 Content2:T5 Cue:T2 Source:T1\n"
    )
    (claim,) = from_brat(text, ann).claims
    assert [p.text for p in claim.content] == ["the bridge was safe and would reopen"]


def test_another_schemas_events_and_roles_are_not_claims() -> None:
    # an event as an argument ("Related:E2") was refused as a missing T-line, and any
    # event with a Content role became a claim
    text = "Ana Lane said the bridge was safe."
    ann = (
        "T1\tSource 0 8\tAna Lane\nT2\tCue 9 13\tsaid\nT3\tContent 14 33\tthe bridge was safe\n"
        "T4\tAttribution 9 13\tsaid\nT5\tSpeech 9 13\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Related:E2\n"
        "E2\tSpeech:T5 Content:T3\n"
    )
    (claim,) = from_brat(text, ann).claims
    assert claim.cue is not None and claim.cue.span.text == "said"
    with pytest.raises(BratError, match=r"x.ann:6: Related: no line has the id E9"):
        from_brat(text, ann.replace("Related:E2", "Related:E9"), name="x.ann")


def test_the_longest_id_write_brat_accepts_can_be_written(tmp_path: Path) -> None:
    # a name of 250 bytes passed the check, and the temporary file beside it (18 more)
    # was too long for the file system
    from claimkit.io.brat import _MAX_NAME_BYTES

    doc = Document("Ana said it.", id="r" * _MAX_NAME_BYTES)
    assert write_brat(doc, tmp_path).name == "r" * _MAX_NAME_BYTES + ".ann"
    with pytest.raises(ValueError, match="longer than a file name can be"):
        write_brat(Document("Ana said it.", id="r" * (_MAX_NAME_BYTES + 1)), tmp_path)
