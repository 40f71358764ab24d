"""JSON and JSON Lines serialization (claimkit.io.jsonio): lossless, strict, clear errors."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import (
    Claim,
    Condition,
    Cue,
    Document,
    Factuality,
    Hedge,
    Source,
    Span,
    TimeExpression,
)
from claimkit.io import (
    FormatError,
    dumps,
    from_dict,
    json_schema,
    loads,
    read_json,
    read_jsonl,
    to_dict,
    write_json,
    write_jsonl,
)
from claimkit.strategies import documents

TEXT = (
    "Officials said the rebels claimed the raid, if reports hold. “We may strike again,” he said."
)
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def example() -> Document:
    """A document using every part of the model, with a nested claim placed first."""
    officials = Source([Span.find(TEXT, "Officials")], kind="group")
    outer = Claim(
        [Span.find(TEXT, "the rebels claimed the raid")],
        source=officials,
        cue=Cue(Span.find(TEXT, "said"), "say"),
        conditions=[Condition(Span.find(TEXT, "if"), "if", Span.find(TEXT, "reports hold"))],
        author_factuality=Factuality.from_code("Uu"),
    )
    inner = Claim(
        [Span.find(TEXT, "the raid")],
        source=Source([Span.find(TEXT, "the rebels")], kind="group", parent=officials),
        cue=Cue(Span.find(TEXT, "claimed"), "claim", stance="distancing"),
        parent=outer,
    )
    quote = Claim(
        [Span.find(TEXT, "We may strike again")],
        mode="direct",
        source=Source(
            [Span.find(TEXT, "he")], name=None, kind="person", descriptor=Span.find(TEXT, "rebels")
        ),
        cue=Cue(Span.find(TEXT, "said", occurrence=1), "say", negated=True),
        hedges=[Hedge(Span.find(TEXT, "may"), "modal", "may")],
        times=[
            TimeExpression(Span.find(TEXT, "again"), None, None, dt.date(2020, 1, 2)),
            TimeExpression(Span.find(TEXT, "raid"), "2020-01", "month"),
        ],
        source_factuality=Factuality.from_code("PS+"),
    )
    unattributed = Claim([Span(0, 9, "Officials"), Span(15, 18, "the")], source=Source(name="x"))
    return Document(
        TEXT,
        id="ex-1",
        published=dt.date(2020, 1, 2),
        claims=[inner, outer, quote, unattributed],
        metadata={"publisher": "Gazette", "tags": ["a", {"b": None}], "score": 0.5},
    )


# --------------------------------------------------------------------------- round trips


def test_example_round_trips_and_keeps_nesting() -> None:
    doc = example()
    back = from_dict(to_dict(doc))
    assert back == doc
    assert back.claims[0].parent is back.claims[1]
    assert loads(dumps(doc)) == doc
    assert loads(dumps(doc, indent=2)) == doc


@given(documents())
def test_dict_round_trip(doc: Document) -> None:
    assert from_dict(to_dict(doc)) == doc


@given(documents())
def test_json_round_trip_and_schema(doc: Document) -> None:
    s = dumps(doc)
    assert "\n" not in s
    data = json.loads(s)
    VALIDATOR.validate(data)
    assert loads(s) == doc


@given(st.lists(documents(max_claims=2), max_size=4))
def test_jsonl_round_trip_in_memory(docs: list[Document]) -> None:
    buf = io.StringIO()
    assert write_jsonl(docs, buf) == len(docs)
    buf.seek(0)
    assert list(read_jsonl(buf)) == docs


def test_jsonl_and_json_files_round_trip(tmp_path: Path) -> None:
    docs = [example(), Document("Second, with a lone surrogate \ud800 and \u2028 inside.")]
    path = tmp_path / "docs.jsonl"
    assert write_jsonl(docs, path) == 2
    raw = path.read_bytes()
    assert raw.count(b"\n") == 2
    assert "“We may strike again,”".encode() in raw  # ensure_ascii=False
    assert list(read_jsonl(path)) == docs
    assert list(read_jsonl(str(path))) == docs
    with path.open("rb") as fh:
        assert list(read_jsonl(fh)) == docs
    single = tmp_path / "one.json"
    write_json(docs[0], single)
    assert read_json(single) == docs[0]


def test_reading_skips_blank_lines_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_text("\ufeff" + dumps(example()) + "\n\n   \n" + dumps(Document("x")) + "\n")
    assert [d.id for d in read_jsonl(path)] == ["ex-1", None]


@given(documents())
def test_from_dict_does_not_mutate_its_input(doc: Document) -> None:
    data = to_dict(doc)
    before = copy.deepcopy(data)
    from_dict(data)
    assert data == before


def test_to_dict_shares_nothing_mutable() -> None:
    doc = example()
    data = to_dict(doc)
    data["metadata"]["tags"][1]["b"] = "changed"
    assert doc.metadata["tags"][1]["b"] is None


def test_public_names_are_exported() -> None:
    assert claimkit.to_dict is to_dict
    assert claimkit.from_dict is from_dict
    assert claimkit.read_jsonl is read_jsonl
    assert claimkit.write_jsonl is write_jsonl


# --------------------------------------------------------------------------- the shape


def test_flat_fields_follow_the_prediction_schema() -> None:
    """What ../shared/tools/score_*.py read, without claimkit."""
    data = json.loads(dumps(example()))
    inner, outer, quote, unattributed = data["claims"]
    assert outer["source"]["start"] == 0
    assert outer["source"]["text"] == "Officials"
    assert outer["source"]["name"] is None
    assert outer["cue"]["lemma"] == "say"
    assert outer["conditions"] == [
        {
            "cue": {"start": 44, "end": 46, "text": "if"},
            "kind": "if",
            "clause": {"start": 47, "end": 59, "text": "reports hold"},
        }
    ]
    assert inner["parent"] == 1
    assert inner["stance"] == "distancing"
    assert quote["mode"] == "direct"
    assert quote["negated"] is True
    assert quote["hedges"][0] == {
        "start": 65,
        "end": 68,
        "text": "may",
        "kind": "modal",
        "lemma": "may",
    }
    assert quote["time"] == quote["times"][0]
    assert quote["time"]["reference"] == "2020-01-02"
    assert quote["factuality"] == {"source": "PS+", "author": "Uu"}
    assert unattributed["source"] is None
    assert unattributed["implicit_source"]["name"] == "x"
    assert unattributed["content"] == {"start": 0, "end": 18, "text": "Officials said the"}
    assert len(unattributed["content_parts"]) == 2
    assert unattributed["cue"] is None
    assert (unattributed["stance"], unattributed["negated"]) == ("neutral", False)
    for claim in data["claims"]:
        for key in ("source", "cue", "content"):
            span = claim[key]
            if span is not None:
                assert TEXT[span["start"] : span["end"]] == span["text"]


def test_a_minimal_hand_written_document_reads() -> None:
    doc = from_dict(
        {
            "text": "He said so.",
            "claims": [{"content_parts": [{"start": 8, "end": 10, "text": "so"}]}],
        }
    )
    assert doc.claims[0].content == (Span(8, 10, "so"),)
    assert doc.metadata == {}


# --------------------------------------------------------------------------- errors


def _jsonl(*docs: Any) -> io.StringIO:
    return io.StringIO("".join((d if isinstance(d, str) else json.dumps(d)) + "\n" for d in docs))


def test_broken_line_names_line_and_field() -> None:
    good = to_dict(example())
    bad = copy.deepcopy(good)
    bad["claims"][0]["cue"]["start"] = "7"
    stream = _jsonl(good, "", bad)
    docs = read_jsonl(stream)
    assert next(docs) == example()
    with pytest.raises(FormatError) as info:
        next(docs)
    assert str(info.value) == "line 3: claims[0].cue.start: expected int, got str"
    assert info.value.line == 3
    assert info.value.field == "claims[0].cue.start"
    assert isinstance(info.value, ValueError)


def test_a_file_read_by_path_is_named_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(to_dict(example())) + '\n{"text": 5}\n', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        list(read_jsonl(path))
    assert str(info.value) == f"{path}:2: text: expected str, got int"
    assert (info.value.path, info.value.line, info.value.field) == (str(path), 2, "text")
    single = tmp_path / "doc.json"
    single.write_text('{"text": "x", "claims": 3}', encoding="utf-8")
    with pytest.raises(FormatError, match=rf"^{re.escape(str(single))}: claims: expected"):
        read_json(single)


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(FormatError, match=r"^line 2: invalid JSON") as info:
        list(read_jsonl(_jsonl(to_dict(example()), '{"text": "x",')))
    assert info.value.line == 2
    assert info.value.field is None


def test_a_span_that_disagrees_names_both_strings() -> None:
    data = to_dict(example())
    data["claims"][1]["content_parts"][0]["text"] = "the rebels claimed THE raid"
    with pytest.raises(FormatError) as info:
        from_dict(data)
    message = str(info.value)
    assert info.value.field == "claims[1].content_parts[0]"
    assert "'the rebels claimed THE raid'" in message
    assert "'the rebels claimed the raid'" in message


def _bad(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``data`` with the value at ``path`` ("claims.0.cue") replaced."""
    out = copy.deepcopy(data)
    *parents, last = path.split(".")
    node: Any = out
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is _DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return out


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("format", "claimkit/0", "format", "expected 'claimkit/1'"),
        ("text", None, "text", "expected str, got null"),
        ("text", _DELETE, "", "missing key 'text'"),
        ("publisher", "x", "", "unknown key 'publisher'"),
        ("published", "20200102", "published", "YYYY-MM-DD"),
        ("published", "2020-02-30", "published", "day is out of range"),
        ("metadata", [], "metadata", "expected dict, got list"),
        ("claims", {}, "claims", "expected list, got dict"),
        ("claims.0.mode", "quoted", "claims[0]", "not a valid Mode"),
        ("claims.0.cue.stance", "cheerful", "claims[0].cue", "not a valid Stance"),
        ("claims.0.cue.negated", 0, "claims[0].cue.negated", "expected bool, got int"),
        ("claims.0.cue.end", 7.0, "claims[0].cue.end", "expected int, got float"),
        ("claims.0.cue.lemma", _DELETE, "claims[0].cue", "missing key 'lemma'"),
        ("claims.0.stance", "neutral", "claims[0].stance", "disagrees with the cue's stance"),
        ("claims.2.negated", False, "claims[2].negated", "disagrees"),
        (
            "claims.0.content",
            {"start": 34, "end": 37, "text": "the"},
            "claims[0].content",
            "outer span",
        ),
        ("claims.0.content_parts", [], "claims[0].content_parts", "at least one"),
        ("claims.1.source.start", 1, "claims[1].source", "not inside|says"),
        ("claims.1.source.end", 8, "claims[1].source", "says 'Officials'"),
        ("claims.1.source.mentions", [], "claims[1].source", "implicit_source"),
        ("claims.1.source.kind", "robot", "claims[1].source", "not a valid SourceKind"),
        (
            "claims.3.implicit_source.mentions",
            [{"start": 0, "end": 2, "text": "Of"}],
            "claims[3].implicit_source",
            "no mentions",
        ),
        ("claims.2.time", None, "claims[2].time", "differs from the first"),
        ("claims.2.times.0.reference", "2020-1-2", "claims[2].times[0].reference", "YYYY-MM-DD"),
        ("claims.2.factuality.source", "CT", "claims[2].factuality.source", "not a FactBank"),
        ("claims.2.hedges.0.kind", "vague", "claims[2].hedges[0]", "not a valid HedgeKind"),
        ("claims.1.conditions.0.clause.end", 999, "claims[1].conditions[0].clause", "not inside"),
        ("claims.0.parent", 9, "claims[0].parent", "not a claim of this document"),
        ("claims.0.parent", True, "claims[0].parent", "expected int, got bool"),
        ("claims.1.parent", 0, "claims[1].parent", "cycle: 0 -> 1 -> 0"),
        ("claims.2.parent", 2, "claims[2].parent", "cycle: 2 -> 2"),
        ("claims.0.extra", 1, "claims[0]", "unknown key 'extra'"),
    ],
)
def test_bad_fields_are_named(path: str, value: Any, field: str, words: str) -> None:
    data = _bad(to_dict(example()), path, value)
    with pytest.raises(FormatError, match=words) as info:
        from_dict(data)
    assert info.value.field == field
    assert info.value.line is None


def test_both_source_and_implicit_source_is_an_error() -> None:
    data = to_dict(example())
    data["claims"][1]["implicit_source"] = data["claims"][3]["implicit_source"]
    with pytest.raises(FormatError, match="not both"):
        from_dict(data)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"text": "a", "text": "b"}', "duplicate key 'text'"),
        ('{"text": "a", "metadata": {"x": NaN}}', "NaN is not a JSON number"),
        ("[1, 2]", "expected dict, got list"),
    ],
)
def test_json_that_would_half_succeed_is_refused(text: str, words: str) -> None:
    with pytest.raises(FormatError, match=words):
        loads(text)
    with pytest.raises(FormatError, match=r"^line 1: "):
        list(read_jsonl(io.StringIO(text)))


def test_metadata_that_is_not_json_is_refused_on_both_sides() -> None:
    with pytest.raises(TypeError, match=r"metadata\.t: a tuple is not a JSON value"):
        to_dict(Document("x", metadata={"t": (1, 2)}))
    with pytest.raises(ValueError, match="not a JSON number"):
        dumps(Document("x", metadata={"f": float("inf")}))
    with pytest.raises(FormatError, match="tuple") as info:
        from_dict({"text": "x", "metadata": {"t": (1, 2)}})
    assert info.value.field == "metadata.t"


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with pytest.raises(TypeError):
        write_jsonl([example(), Document("x", metadata={"s": {1}})], path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda: to_dict({"text": "x"}),
        lambda: read_jsonl(42),
        lambda: write_jsonl(example(), io.StringIO()),
        lambda: write_jsonl([example()], 42),
        lambda: loads(b"{}"),
        lambda: read_json(None),
        lambda: dumps(example(), indent="2"),
    ],
)
def test_bad_arguments_raise_type_error_at_once(call: Any) -> None:
    with pytest.raises(TypeError):
        call()


def test_from_dict_rejects_a_non_dict() -> None:
    with pytest.raises(FormatError, match=r"^expected dict, got list$"):
        from_dict([])  # type: ignore[arg-type]


@given(documents(min_claims=1, max_claims=3), st.data())
def test_any_corrupted_offset_is_reported_at_its_path(doc: Document, data: st.DataObject) -> None:
    """Replace one "start" anywhere in the dict by a string: the error names that path."""
    tree = to_dict(doc)
    paths: list[tuple[str, list[Any]]] = []

    def walk(node: Any, dotted: str, keys: list[Any]) -> None:
        if isinstance(node, dict):
            if "start" in node and dotted.startswith("claims"):
                paths.append((dotted, keys))
            for k, v in node.items():
                if k != "metadata":
                    walk(v, f"{dotted}.{k}" if dotted else k, [*keys, k])
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{dotted}[{i}]", [*keys, i])

    walk(tree, "", [])
    dotted, keys = data.draw(st.sampled_from(paths))
    node: Any = tree
    for k in keys:
        node = node[k]
    node["start"] = str(node["start"])
    with pytest.raises(FormatError) as info:
        from_dict(tree)
    # The first bad field is reported; the top source's own start is checked after its
    # mentions, and "content"/"time" after the pieces they summarize.
    assert info.value.field is not None
    assert info.value.field.endswith(".start")
    assert re.fullmatch(r"expected int, got str", info.value.reason)
    assert info.value.field.split(".")[0] == dotted.split(".")[0]


def test_a_surrogate_pair_held_as_two_code_points_is_refused_by_name() -> None:
    # JSON reads "\ud83d\ude00" as one character: written, the text would come back
    # one character shorter and every offset after it off by one
    with pytest.raises(ValueError, match=r"doc.text at offset 4 holds a high surrogate"):
        dumps(Document("Ana \ud83d\ude00 said so."))
    # apart, or in the other order, they are written and read back as they were
    for text in ("Ana \ud83d x \ude00", "Ana \ude00\ud83d"):
        assert loads(dumps(Document(text))).text == text


_PAIR = "\ud83d\ude00"  # one emoji as two code points


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        (Document("abc", id=_PAIR), "doc.id"),
        (
            Document("abc", metadata={"tags": ["x", {"k": "a" + _PAIR}]}),
            r"doc.metadata.tags\[1\].k",
        ),
        (Document("abc", metadata={_PAIR: 1}), "a key of doc.metadata"),
        (
            Document("ab", claims=[Claim([Span(0, 1, "a")], cue=Cue(Span(1, 2, "b"), _PAIR))]),
            r"doc.claims\[0\].cue.lemma",
        ),
        (
            Document("ab", claims=[Claim([Span(0, 1, "a")], source=Source([], name=_PAIR))]),
            r"doc.claims\[0\].implicit_source.name",
        ),
    ],
    ids=["id", "metadata", "metadata key", "lemma", "source name"],
)
def test_a_surrogate_pair_outside_the_text_names_its_field(doc: Document, field: str) -> None:
    # every pair outside the text was blamed on doc.metadata
    with pytest.raises(ValueError, match=f"^{field} holds a high surrogate"):
        dumps(doc)


@pytest.mark.parametrize("depth", [500, 900])
def test_metadata_nested_as_deep_as_json_reads_is_read(depth: int) -> None:
    # json.loads reads it, but copying the metadata recursed: a RecursionError
    doc = loads('{"text": "x", "metadata": {"a": ' + "[" * depth + "]" * depth + "}}")
    inner = doc.metadata["a"]
    for _ in range(depth - 1):
        (inner,) = inner
    assert inner == []


def test_metadata_nested_deeply_converts_to_a_dict() -> None:
    # to_dict recursed into the metadata: a RecursionError, not the documented errors
    nested: dict[str, Any] = {}
    inner = nested
    for _ in range(5_000):
        inner["a"] = {}
        inner = inner["a"]
    assert to_dict(Document("x", metadata=nested))["metadata"].keys() == {"a"}


def test_metadata_inside_itself_is_a_value_error_naming_the_field() -> None:
    looped: list[object] = []
    looped.append(looped)
    with pytest.raises(ValueError, match=r"metadata.loop\[0\]: holds a dict or list that it is in"):
        to_dict(Document("x", metadata={"loop": looped}))


def test_an_integer_too_long_to_read_is_a_format_error_naming_the_line() -> None:
    # Python refuses to convert more than 4300 digits: a plain ValueError, no line
    lines = '{"text": "x"}\n{"text": "x", "metadata": {"n": ' + "9" * 5_000 + "}}\n"
    with pytest.raises(
        FormatError, match=r"^line 2: invalid JSON: a number too long to read"
    ) as info:
        list(read_jsonl(io.StringIO(lines)))
    assert info.value.line == 2


@pytest.mark.parametrize("depth", [2_000, 100_000])
def test_json_nested_too_deeply_is_a_format_error(depth: int) -> None:
    with pytest.raises(FormatError, match="nested too deeply"):
        loads("[" * depth + "]" * depth)
    with pytest.raises(FormatError, match=r"line 1: invalid JSON: .* nested too deeply"):
        list(read_jsonl(io.StringIO("[" * depth + "]" * depth + "\n")))


def test_metadata_nested_too_deeply_to_write_is_a_value_error() -> None:
    nested: dict[str, Any] = {}
    inner = nested
    for _ in range(5_000):
        inner["a"] = {}
        inner = inner["a"]
    with pytest.raises(ValueError, match="nested too deeply to write"):
        dumps(Document("x", metadata=nested))


def test_a_deep_chain_of_sources_is_named_when_too_deep_to_write() -> None:
    # the message blamed the metadata, which was empty
    source = None
    for _ in range(1_200):
        source = Source((Span(0, 3, "Ana"),), "Ana", parent=source)
    doc = Document("Ana said so.", claims=[Claim((Span(9, 11, "so"),), source=source)])
    with pytest.raises(ValueError, match="its metadata, or a source's chain of parent sources"):
        dumps(doc)


def test_a_deep_chain_of_sources_converts_to_a_dict() -> None:
    # to_dict recursed along the chain: a RecursionError, not a dict
    source = None
    for _ in range(1_200):
        source = Source((Span(0, 3, "Ana"),), "Ana", parent=source)
    doc = Document("Ana said so.", claims=[Claim((Span(9, 11, "so"),), source=source)])
    assert to_dict(doc)["claims"][0]["source"]["parent"]["name"] == "Ana"


def test_a_file_that_is_not_utf8_is_a_format_error_naming_it(tmp_path: Path) -> None:
    # it was a bare UnicodeDecodeError, naming neither the file nor the line
    good = json.dumps({"id": "a", "text": "Ana said it holds."})
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_bytes(good.encode() + b'\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(FormatError, match=r"bad\.jsonl:2: not UTF-8: byte 0xe9"):
        list(read_jsonl(jsonl))
    single = tmp_path / "bad.json"
    single.write_bytes(b'{"text": "caf\xe9"}')
    with pytest.raises(FormatError, match=r"bad\.json: not UTF-8: .* at byte 13"):
        read_json(single)
