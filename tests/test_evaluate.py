"""claimkit.evaluate gives the reference scorer's figures; agreement between annotators."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.evaluate import agreement, load, score, score_files
from claimkit.io import from_dict, to_dict

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


_TWO = "Ana said it works. Bo said no."
_D1 = {"id": "d1", "text": _TWO, "attributions": [{"cue": [4, 8], "content": [9, 17]}]}
_D2 = {"id": "d2", "text": _TWO, "attributions": [{"cue": [22, 26], "content": [27, 29]}]}


def test_agreement_does_not_depend_on_the_order_of_the_annotators() -> None:
    # b skipped d2: that was a miss when a came first, and ignored when b did
    forward = agreement({"a": [_D1, _D2], "b": [_D1]})
    backward = agreement({"b": [_D1], "a": [_D1, _D2]})
    assert forward.f1("a", "b") == backward.f1("a", "b") == pytest.approx(2 / 3)
    assert forward.mean_f1() == backward.mean_f1()


def test_agreement_counts_a_document_only_the_later_annotator_has() -> None:
    # with a as gold, b's claims in a document a lacks are spurious, not left out
    s = agreement({"a": [_D1], "b": [_D1, _D2]}).pairs[("a", "b")]
    assert (s.docs, s.gold, s.pred) == (2, 1, 2)
    assert s.prf("attribution") == pytest.approx((0.5, 1.0, 2 / 3))


def test_agreement_reads_iterators_once() -> None:
    # each annotator's documents served every pair: an iterator was empty after the first
    result = agreement({name: iter([_D1, _D2]) for name in "abc"})
    assert result.f1("b", "c") == result.mean_f1() == 1.0


def test_agreement_f1_takes_the_annotators_in_either_order() -> None:
    result = agreement({"a": [_D1, _D2], "b": [_D1]})
    assert result.f1("b", "a") == result.f1("a", "b")
    assert result.scores("b", "a") is result.pairs[("a", "b")]


def test_agreement_f1_of_an_unknown_annotator_names_the_known_ones() -> None:
    result = agreement({"a": [_D1], "b": [_D1]})
    with pytest.raises(ValueError, match=r"unknown annotator 'c': the annotators are 'a', 'b'"):
        result.f1("a", "c")
    with pytest.raises(ValueError, match="one annotator"):
        result.f1("a", "a")


def test_an_unknown_measure_is_refused_not_scored_zero() -> None:
    # a misspelt measure gave 0.0, which reads as a real (bad) figure
    s = score([_D1], [_D1])
    with pytest.raises(ValueError, match=r"unknown measure 'atribution': expected one of attr"):
        s.prf("atribution")
    with pytest.raises(ValueError, match="unknown measure"):
        s.f1("Full")


def test_an_unknown_role_is_refused_not_scored_zero() -> None:
    with pytest.raises(ValueError, match=r"unknown role 'sources': expected one of source, cue"):
        score([_D1], [_D1]).role("sources")


def test_load_names_the_line_of_json_nested_too_deeply(tmp_path: Path) -> None:
    # valid JSON, but json.loads recurses: a RecursionError escaped as a traceback
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"id": "a"}\n' + "[" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"deep.jsonl:2: JSON nested too deeply"):
        load(deep)


def test_load_names_the_line_of_an_integer_too_long_to_read(tmp_path: Path) -> None:
    # Python refuses to convert more than 4300 digits, with no line in its message
    big = tmp_path / "big.jsonl"
    big.write_text('{"id": "a", "n": ' + "9" * 5000 + "}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"big.jsonl:1: a number too long to read"):
        load(big)


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


TEXT = "Ana said it works."


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (
            {"id": "d", "text": TEXT, "attributions": [{"content": [9, 80]}]},
            r"gold\[0\]: attributions\[0\]\.content: span \[9, 80\) is not inside the text",
        ),
        (
            {"id": "d", "text": TEXT, "attributions": [{"content": [-5, -1]}]},
            r"gold\[0\]: attributions\[0\]\.content: span \[-5, -1\) is not inside",
        ),
        (
            {"id": "d", "text": TEXT, "attributions": [{"content": [12, 9]}]},
            r"attributions\[0\]\.content: span \[12, 9\) is not inside",
        ),
        (
            {"id": "d", "text": TEXT, "attributions": [{"content": [9]}]},
            r"gold\[0\]: attributions\[0\]\.content: expected \[start, end\]",
        ),
        (
            {"id": "d", "text": TEXT, "attributions": [{"cue": ["4", 8], "content": [9, 17]}]},
            r"attributions\[0\]\.cue: start must be an int, got '4'",
        ),
        (
            {"id": "d", "text": TEXT, "attributions": [{"content": {"start": 9}}]},
            r"attributions\[0\]\.content: missing key 'end'",
        ),
        ({"id": "d", "attributions": []}, r"gold\[0\]: missing key 'text'"),
        ({"id": "d", "text": None}, r"gold\[0\]: text: expected str, got null"),
        (
            {"id": "d", "text": TEXT, "attributions": None},
            r"gold\[0\]: attributions: expected a list, got null",
        ),
        ({"id": "d", "text": TEXT, "attributions": ["x"]}, r"attributions\[0\]: expected a dict"),
        ({"id": ["d"], "text": TEXT}, r"gold\[0\]: id: expected str, int or null"),
    ],
)
def test_bad_gold_documents_name_document_and_field(doc: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        score([doc], [{"id": "d", "claims": []}])


def test_bad_predictions_name_document_and_field() -> None:
    gold = {"id": "d", "text": TEXT, "attributions": []}
    bad = {"id": "d", "claims": [{"content": {"start": 9, "end": 99}}]}
    with pytest.raises(ValueError, match=r"pred\[0\]: claims\[0\]\.content: span \[9, 99\)"):
        score([gold], [bad])
    with pytest.raises(ValueError, match=r"pred\[0\]: text: differs from the text of gold\[0\]"):
        score([gold], [{"id": "d", "text": "Another text.", "claims": []}])


def test_bad_arguments_raise_type_errors() -> None:
    gold = [{"id": "d", "text": TEXT}]
    with pytest.raises(TypeError, match="gold must be an iterable"):
        score(gold[0], gold)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"pred\[1\] must be a dict or a Document, got int"):
        score(gold, [gold[0], 3])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="by must be a str or None"):
        score(gold, gold, by=1)  # type: ignore[arg-type]


def test_bad_file_names_file_line_and_field(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "a", "text": "No claim."}\n'
        '{"id": "d", "text": "Ana said it works.", "attributions": [{"content": [9, 80]}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: attributions\[0\]\.content: span"):
        score_files(gold, gold)
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n')
    with pytest.raises(ValueError, match=r"latin\.jsonl:1: not UTF-8"):
        load(latin)


def test_documents_are_scored_like_their_dicts() -> None:
    doc = claimkit.extract("Ana Lane said the bridge was safe.", id="x")
    assert score([doc], [doc]) == score([to_dict(doc)], [to_dict(doc)])
    assert score([doc], [doc]).f1("full") == 1.0


def test_documents_without_ids_pair_by_position() -> None:
    texts = ("Ana said it works.", "Bob said it fails.", "Cy said no way.")
    docs = [to_dict(claimkit.extract(t)) for t in texts]
    s = score(docs, docs)
    assert (s.docs, s.docs_missing, s.gold) == (3, 0, 3)
    assert s.f1("full") == 1.0
    # the same ids in the same order pair by position too
    same = [{**d, "id": "x"} for d in docs]
    assert score(same, same).docs == 3


def test_documents_that_cannot_be_paired_name_the_duplicate_id() -> None:
    docs = [{"id": "x", "text": t} for t in ("One.", "Two.")]
    with pytest.raises(ValueError, match=r"gold\[1\] repeats the id 'x' of gold\[0\]"):
        score(docs, docs[:1])
    with pytest.raises(ValueError, match=r"gold\[0\] has the id 'x' but pred\[0\] has 'y'"):
        score(docs, [{"id": "y"}, {"id": "z"}])


def test_content_parts_and_mentions_alone_are_read() -> None:
    # hand-written JSON that from_dict accepts: no flat "content", a source by mentions
    doc = {
        "id": "h",
        "text": TEXT,
        "claims": [
            {
                "source": {"mentions": [{"start": 0, "end": 3, "text": "Ana"}]},
                "cue": {"start": 4, "end": 8, "text": "said", "lemma": "say"},
                "content_parts": [
                    {"start": 9, "end": 11, "text": "it"},
                    {"start": 12, "end": 17, "text": "works"},
                ],
            }
        ],
    }
    from_dict(doc)  # the shape is valid
    s = score([doc], [doc])
    assert (s.gold, s.pred) == (1, 1)
    assert s.f1("content=") == 1.0 and s.f1("full") == 1.0 and s.source_accuracy == 1.0
    assert s.role("source") == (1.0, 1.0, 1.0)


def test_inputs_are_not_modified() -> None:
    gold = load(GOLD)
    pred = load(PRED)
    before = copy.deepcopy((list(gold), list(pred)))
    score(gold, pred, by="kind_heuristic")
    agreement([gold, gold])
    assert (list(gold), list(pred)) == before


_SPANS = st.lists(
    st.one_of(
        st.none(),
        st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])),
    ),
    max_size=10,
)


@given(_SPANS, _SPANS)
def test_overlapping_pairs_are_those_a_full_comparison_finds(
    gold: list[tuple[int, int] | None], pred: list[tuple[int, int] | None]
) -> None:
    # scoring pairs spans by one sweep; the matches must be those of comparing all pairs,
    # in the same order (ties between equal scores go to the earlier pair)
    from claimkit.evaluate import _inter, _overlapping

    every = [(i, j) for i in range(len(gold)) for j in range(len(pred)) if _inter(pred[j], gold[i])]
    assert _overlapping(gold, pred) == every
