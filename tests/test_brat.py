"""brat standoff: round trips, PolNeAR's originals, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit.io.brat import BratError, from_brat, read_brat, to_brat, write_brat

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
        ("E1\tAttribution:T9\n", r"x.ann:1: Attribution: no T-line T9"),
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
