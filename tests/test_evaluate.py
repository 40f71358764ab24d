"""claimkit.evaluate gives the reference scorer's figures; agreement between annotators."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit.evaluate import agreement, load, score, score_files
from claimkit.io import to_dict

DATA = Path(__file__).parent / "data"
GOLD = DATA / "score_gold.jsonl"
PRED = DATA / "score_pred.jsonl"
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_attributions.py"


def test_figures_on_the_fixture() -> None:
    s = score_files(GOLD, PRED, by="kind_heuristic")
    assert (s.docs, s.docs_missing, s.gold, s.pred) == (2, 1, 5, 3)
    assert s.prf("attribution") == pytest.approx((2 / 3, 0.4, 0.5))
    assert s.prf("content=") == pytest.approx((1 / 3, 0.2, 0.25))
    assert s.prf("cue") == pytest.approx((1.0, 0.5, 2 / 3))
    assert s.prf("full") == pytest.approx((1 / 3, 0.2, 0.25))
    assert s.source_accuracy == 0.5
    assert s.recall_by == {"direct": (1, 1), "indirect": (1, 4)}


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer is not beside the project")
@pytest.mark.parametrize("by", [None, "kind_heuristic"])
def test_same_figures_as_the_reference_scorer(by: str | None) -> None:
    cmd = [sys.executable, str(REFERENCE), str(GOLD), str(PRED), "--json"]
    if by:
        cmd += ["--by", by]
    ref = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    ours = score_files(GOLD, PRED, by=by).to_dict()
    assert ours == ref  # the same numbers, to the last bit


def test_claimkit_documents_score_as_predictions_and_as_gold() -> None:
    doc = claimkit.extract("Ana Lane said the bridge was safe.", id="x")
    d = to_dict(doc)
    s = score([d], [d])
    assert s.f1("full") == 1.0 and s.source_accuracy == 1.0


def test_agreement_between_annotators() -> None:
    a = load(GOLD)
    b = load(PRED)
    result = agreement({"ann1": a, "ann2": a, "ann3": b})
    assert result.f1("ann1", "ann2") == 1.0
    assert result.f1("ann1", "ann3") == pytest.approx(0.5)
    assert 0.5 < result.mean_f1() < 1.0
    assert "ann1 vs ann2" in result.format()
    with pytest.raises(ValueError, match="at least two"):
        agreement({"only": a})


def test_load_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2: not JSON"):
        load(bad)


def test_roles_and_breakdowns() -> None:
    s = score_files(GOLD, PRED)
    # d1: two matched pairs; the source of the first overlaps, the second has none
    assert s.role("source") == pytest.approx((1 / 2, 1 / 4, 1 / 3))
    assert s.role("cue") == pytest.approx((1.0, 0.5, 2 / 3))
    assert s.role("content", exact=True) == pytest.approx((1 / 3, 0.2, 0.25))
    b = s.breakdown()
    assert set(b["roles"]) == {"source", "cue", "content"}
    assert b["precision_by"] == {"mode": {}, "stance": {}}  # the fixture has neither field
