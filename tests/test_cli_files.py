"""The command line's files: text read as written, outputs made as ``open`` makes them,
one file per document, errors that name the file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit.__main__ import main
from claimkit.io import read_jsonl, write_json, write_jsonl


def _only_doc(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    (line,) = capsys.readouterr().out.splitlines()
    doc = json.loads(line)
    assert isinstance(doc, dict)
    return doc


def _spans_slice(raw: str, doc: dict[str, object]) -> None:
    claims = doc["claims"]
    assert isinstance(claims, list) and claims
    for c in claims:
        for piece in [c["content"], *c.get("content_parts", [])]:
            assert raw[piece["start"] : piece["end"]] == piece["text"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_a_text_file_keeps_its_line_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str
) -> None:
    # offsets count the file's characters as written ("\r\n" read as "\n" moved them)
    raw = f"Ana Lane said{newline}the bridge was safe.{newline}Bob said it fell.{newline}"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode())
    assert main(["extract", str(path)]) == 0
    doc = _only_doc(capsys)
    assert doc["text"] == raw
    _spans_slice(raw, doc)


def test_a_text_from_stdin_keeps_its_line_ends_and_drops_a_byte_order_mark() -> None:
    raw = "Ana Lane said\r\nthe bridge was safe.\r\n"
    out = subprocess.run(
        [sys.executable, "-m", "claimkit", "extract", "-"],
        input=("\ufeff" + raw).encode(),
        capture_output=True,
        check=True,
    ).stdout
    doc = json.loads(out)
    assert doc["text"] == raw
    _spans_slice(raw, doc)


def test_a_byte_order_mark_is_not_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffAna said it holds.".encode())
    row = {"id": "a", "text": "Ana said it holds."}
    (tmp_path / "bom.jsonl").write_bytes(("\ufeff" + json.dumps(row) + "\n").encode())
    assert main(["extract", str(tmp_path / "bom.txt")]) == 0
    assert _only_doc(capsys)["text"] == "Ana said it holds."
    assert main(["extract", str(tmp_path / "bom.jsonl")]) == 0
    assert _only_doc(capsys)["id"] == "a"


def test_a_null_id_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # what write_jsonl writes for a document without an id
    path = tmp_path / "n.jsonl"
    write_jsonl([claimkit.extract("Ana said it holds.")], path)
    assert main(["extract", str(path)]) == 0
    assert _only_doc(capsys)["id"] is None


def test_a_file_that_is_not_utf8_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Ana said it was caf\xe9.".encode("latin-1"))
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: not UTF-8 text (byte 19)" in err and "Traceback" not in err


def test_an_output_that_cannot_be_written_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Ana said it holds.", encoding="utf-8")
    for target in [tmp_path / "no" / "such" / "out.json", tmp_path]:
        assert main(["extract", str(src), "-o", str(target)]) == 1
        err = capsys.readouterr().err
        assert f"'{target}'" in err and ".tmp" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # nothing left behind


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_outputs_get_the_mode_open_would_give(tmp_path: Path) -> None:
    # a temporary file from tempfile is made readable by its owner only; moved into
    # place it made every output private, and an existing file's mode was lost
    src = tmp_path / "a.txt"
    src.write_text("Ana said it holds.", encoding="utf-8")
    doc = claimkit.extract("Ana said it holds.")
    old = os.umask(0o022)
    try:
        assert main(["extract", str(src), "-o", str(tmp_path / "cli.jsonl")]) == 0
        write_json(doc, tmp_path / "doc.json")
        write_jsonl([doc], tmp_path / "docs.jsonl")
        kept = tmp_path / "kept.json"
        kept.write_text("{}", encoding="utf-8")
        kept.chmod(0o640)
        write_json(doc, kept)
    finally:
        os.umask(old)
    for name in ["cli.jsonl", "doc.json", "docs.jsonl"]:
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_documents_of_one_name_get_a_file_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # two inputs named doc.txt, and ids that become one file name: none is overwritten
    for d in ["x", "y"]:
        (tmp_path / d).mkdir()
        (tmp_path / d / "doc.txt").write_text(f"Ana said {d} holds.", encoding="utf-8")
    rows = [{"id": i, "text": f"Bob said {i} fell."} for i in ["a/b", "a_b", "A_b", "..", ".x"]]
    (tmp_path / "ids.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    args = [str(tmp_path / "x" / "doc.txt"), str(tmp_path / "y" / "doc.txt")]
    assert (
        main(["extract", *args, str(tmp_path / "ids.jsonl"), "--format", "brat", "-o", str(out)])
        == 0
    )
    assert "writing document 1 ('doc') as 'doc-2'" in capsys.readouterr().err
    texts = sorted(p.read_text(encoding="utf-8") for p in out.glob("*.txt"))
    assert len(texts) == 7 and len(set(texts)) == 7
    assert all(not p.name.startswith(".") for p in out.iterdir())
    assert {p.parent for p in tmp_path.rglob("*.ann")} == {out}


def test_a_lone_surrogate_is_written_escaped_or_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # write_jsonl escapes it (UTF-8 cannot hold one); the command line wrote it raw
    # and failed with the codec's message, naming no document
    text = "Ana said it holds \ud800 today."
    src = tmp_path / "in.jsonl"
    write_jsonl([claimkit.Document(text, id="odd")], src)
    out = tmp_path / "out.jsonl"
    for command in (
        ["extract", str(src)],
        ["convert", "--from", "jsonl", "--to", "jsonl", str(src)],
    ):
        assert main([*command, "-o", str(out)]) == 0
        (doc,) = read_jsonl(out)
        assert doc.text == text
    assert main(["extract", str(src), "--format", "brat", "-o", str(tmp_path / "b")]) == 1
    err = capsys.readouterr().err
    assert "document 0 ('odd'): a UTF-8 file cannot hold its character '\\ud800'" in err


@pytest.mark.skipif(os.name != "posix", reason="links and devices as POSIX has them")
def test_an_output_through_a_link_or_to_a_device_is_written_as_open_writes_it(
    tmp_path: Path,
) -> None:
    # the file was moved into place over the name: a link became a file of its own
    # (the file it named untouched), and a device or pipe a file swallowing the output
    doc = claimkit.extract("Ana said it holds.")
    real = tmp_path / "real.json"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_json(doc, link)
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["text"]
    write_json(doc, os.devnull)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    write_json(doc, fifo)
    assert json.loads(reader.communicate(timeout=30)[0])["text"] == "Ana said it holds."
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_long_id_of_wide_characters_names_a_file_that_can_be_written(
    tmp_path: Path,
) -> None:
    # ids were cut to 120 characters: 100 CJK characters are 300 bytes, too long a name
    rows = [{"id": "報" * 100, "text": "Ana said it holds."}]
    (tmp_path / "ids.jsonl").write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "ids.jsonl"), "--format", "brat", "-o", str(out)]) == 0
    (ann,) = out.glob("*.ann")
    assert len(ann.name.encode()) <= 255 and ann.stem.startswith("報")
