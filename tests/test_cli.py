"""The command line: extract, score, agree; exit codes; atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimkit.__main__ import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"
DATA = Path(__file__).parent / "data"


def test_extract_seed_to_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--published", "2020-10-12"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    doc = json.loads(line)
    assert doc["id"] == SEED.stem and doc["published"] == "2020-10-12"
    names = {c["source"]["name"] for c in doc["claims"] if c["source"]}
    assert "Mohammed Mohi" in names


def test_extract_jsonl_from_stdin_and_table(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Ana Lane said the bridge was safe.", "published": "2020-10-12"},
        {"id": "b", "text": "“It will reopen,” officials said."},
    ]
    src = "\n".join(json.dumps(d) for d in lines) + "\n"
    out = subprocess.run(
        [sys.executable, "-m", "claimkit", "extract", "-", "--jsonl", "--format", "table"],
        input=src,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0].startswith("id\tsource\tcue")
    assert [row.split("\t")[0] for row in out[1:]] == ["a", "b"]


def test_readme_command_on_the_seed_article_in_a_fresh_process() -> None:
    # a fresh interpreter: nothing imported beforehand hides a missing import
    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"
    out = subprocess.run(
        [sys.executable, "-m", "claimkit", "extract", str(seed), "--published", "2020-10-12"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    doc = json.loads(out.splitlines()[0])
    assert any(c["source"]["name"] == "Mohammed Mohi" for c in doc["claims"])


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(SEED), "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["claims"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Ana said so."}\n{"id": 3, "text": "x"}\n', "utf-8")
    target2 = tmp_path / "out2.jsonl"
    assert main(["extract", str(bad), "-o", str(target2)]) == 1
    assert not target2.exists()  # nothing half-written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["extract", "no/such/file.txt"], 1, "no such file"),
        (["extract", str(SEED), "--published", "12/10/2020"], 2, "published"),
        (["extract", str(SEED), "--processes", "-1"], 2, "processes"),
        ([], 2, "usage"),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_exit_codes(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    assert message in capsys.readouterr().err


def test_bad_jsonl_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Ana said so."}\n{oops\n', "utf-8")
    assert main(["extract", str(bad)]) == 1
    assert f"{bad}:2: not JSON" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("[" * 100_000, "nested too deeply to read"),
        ('{"id": "b", "text": "x", "n": ' + "9" * 5_000 + "}", "a number too long to read"),
    ],
    ids=["deep", "long integer"],
)
@pytest.mark.parametrize("command", ["extract", "score", "convert"])
def test_json_that_python_will_not_read_is_named_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, why: str, command: str
) -> None:
    # valid JSON, but json.loads raises a RecursionError or a ValueError naming no line:
    # a traceback, or a message without the file
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Ana said so."}\n' + line + "\n", "utf-8")
    argv = {
        "extract": ["extract", str(bad)],
        "score": ["score", str(bad), str(bad)],
        "convert": ["convert", "--from", "jsonl", "--to", "jsonl", str(bad)],
    }[command]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"claimkit {command}: {bad}:2: ") and why in err
    assert err.count("\n") == 1


def test_score_and_agree(capsys: pytest.CaptureFixture[str]) -> None:
    gold, pred = str(DATA / "score_gold.jsonl"), str(DATA / "score_pred.jsonl")
    assert main(["score", gold, pred, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["attribution"][2] == pytest.approx(0.5)
    assert main(["agree", gold, pred]) == 0
    assert "mean attribution F1" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("claimkit ")


def test_score_bad_file_prints_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "d", "text": "Ana said it works.", "attributions": [{"content": [9, 80]}]}\n',
        encoding="utf-8",
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"id": "d", "claims": []}\n', encoding="utf-8")
    assert main(["score", str(gold), str(pred)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"claimkit score: {gold}:1: attributions[0].content: "
        "span [9, 80) is not inside the text (length 18)\n"
    )
    for doc in (
        '{"id": "d", "attributions": []}',
        '{"id": "d", "text": "x", "attributions": null}',
    ):
        gold.write_text(doc + "\n", encoding="utf-8")
        assert main(["score", str(gold), str(pred)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"claimkit score: {gold}:1: ") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("files", "names"),
    [
        (["a/ann.jsonl", "b/ann.jsonl", "c/other.jsonl"], ["a/ann", "b/ann", "other"]),
        (["a/ann.jsonl", "b/ann.jsonl"], ["a/ann", "b/ann"]),
        (["ann.jsonl", "x/a/ann.jsonl", "a/ann.jsonl"], ["ann", "x/a/ann", "a/ann"]),
        (["a/ann.jsonl", "a/ann.json"], ["a/ann.jsonl", "a/ann.json"]),
    ],
)
def test_agree_gives_files_of_the_same_name_distinct_annotators(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: list[str],
    names: list[str],
) -> None:
    # the annotator was the file's stem, so two files named ann were merged into one
    monkeypatch.chdir(tmp_path)
    for f in files:
        Path(f).parent.mkdir(parents=True, exist_ok=True)
        Path(f).write_bytes((DATA / "score_gold.jsonl").read_bytes())
    assert main(["agree", *files, "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert list(pairs) == [f"{a}|{b}" for i, a in enumerate(names) for b in names[i + 1 :]]


def test_agree_refuses_one_file_given_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("ann.jsonl").write_bytes((DATA / "score_gold.jsonl").read_bytes())
    assert main(["agree", "ann.jsonl", "./ann.jsonl"]) == 2
    assert capsys.readouterr().err == (
        "claimkit agree: ann.jsonl and ./ann.jsonl are one file: give each file once\n"
    )
