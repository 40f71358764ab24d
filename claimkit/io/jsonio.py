"""Documents as JSON and JSON Lines, losslessly: ``from_dict(to_dict(doc)) == doc``.

The shape is documented in ``docs/json-format.md`` and shipped as a JSON Schema
(``claimkit/schema/document.schema.json``, see :func:`json_schema`). Besides the full
model, each claim carries the flat fields of the shared prediction schema (``source``,
``cue``, ``content``, ``mode``, ``stance``, ``negated``, ``hedges``, ``conditions``,
``time``), so a file can be scored and read without claimkit.

Reading is strict: a wrong type, an unknown key, a duplicated key, a span whose text
disagrees with the document, or a flat field that disagrees with the full model raises
:class:`FormatError`, naming the JSONL line and the field path
(``line 3: claims[0].cue.start: expected int, got str``). Nothing is dropped silently.

>>> from claimkit import Document
>>> doc = Document("Mohi said so.", id="d1")
>>> loads(dumps(doc)) == doc
True
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import math
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import IO, Any, TypeVar

import regex

from claimkit.io._files import replacing
from claimkit.io._lines import too_long
from claimkit.model import (
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

__all__ = [
    "FORMAT",
    "FormatError",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "read_json",
    "read_jsonl",
    "to_dict",
    "write_json",
    "write_jsonl",
]

FORMAT = "claimkit/1"
"""The value of every serialized document's ``"format"`` key."""

_T = TypeVar("_T")

_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
"""A lone UTF-16 surrogate code point. Python strings may hold one, UTF-8 cannot: the
writer escapes it as ``\\udXXX`` inside JSON strings (one character, no backtracking)."""

_SURROGATE_PAIR = regex.compile(r"[\ud800-\udbff][\udc00-\udfff]")
"""A high surrogate code point followed by a low one: two characters in a Python string,
which any JSON reader joins into one (``"\\ud83d\\ude00"`` reads as one emoji)."""

_ISO_DATE = regex.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A calendar date written ``YYYY-MM-DD`` (used with ``fullmatch``; ``fromisoformat``
alone would also take ``20201012`` or week dates)."""

_DOCUMENT_KEYS = frozenset({"format", "id", "text", "published", "metadata", "claims"})
_CLAIM_KEYS = frozenset(
    {
        "source",
        "implicit_source",
        "cue",
        "content",
        "content_parts",
        "mode",
        "stance",
        "negated",
        "hedges",
        "conditions",
        "time",
        "times",
        "factuality",
        "parent",
    }
)
_SPAN_KEYS = frozenset({"start", "end", "text"})
_SOURCE_KEYS = frozenset({"name", "kind", "mentions", "descriptor", "parent"})
_CUE_KEYS = _SPAN_KEYS | {"lemma", "kind", "stance", "negated"}
_HEDGE_KEYS = _SPAN_KEYS | {"kind", "lemma"}
_CONDITION_KEYS = frozenset({"cue", "kind", "clause"})
_TIME_KEYS = _SPAN_KEYS | {"value", "granularity", "reference"}
_FACTUALITY_KEYS = frozenset({"source", "author"})


class FormatError(ValueError):
    """Serialized input that is not a valid claimkit document.

    Attributes:
        line: the 1-based line of a JSONL file (or of a JSON text that does not
            parse), or ``None``.
        field: the path of the offending field (``"claims[0].cue.start"``); ``""``
            for the document as a whole; ``None`` when the JSON itself is broken.
        path: the file, when read from a path (the message then opens with
            ``"path:line: "``), or ``None``.
        reason: the message without path, line and field.
    """

    def __init__(
        self,
        reason: str,
        *,
        field: str | None = None,
        line: int | None = None,
        path: str | None = None,
    ):
        self.reason = reason
        self.field = field
        self.line = line
        self.path = path
        where = []
        if path is not None:
            where.append(path if line is None else f"{path}:{line}")
        elif line is not None:
            where.append(f"line {line}")
        if field:
            where.append(field)
        super().__init__(": ".join([*where, reason]))

    def at_line(self, line: int) -> FormatError:
        """The same error, located at ``line`` of a file."""
        return FormatError(self.reason, field=self.field, line=line, path=self.path)

    def in_file(self, path: str | os.PathLike[str]) -> FormatError:
        """The same error, located in the file at ``path``."""
        return FormatError(self.reason, field=self.field, line=self.line, path=os.fspath(path))


# --------------------------------------------------------------------------- writing


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _opt_span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else _span(span)


def _source(source: Source) -> dict[str, Any]:
    """A source and its chain of parents, each nested in the one before.

    Built from the far end of the chain, not by recursion: a chain too long for a JSON
    writer must reach :func:`dumps` (which says so), not end in a ``RecursionError``.
    """
    chain = [source]
    while chain[-1].parent is not None:
        chain.append(chain[-1].parent)
    out: dict[str, Any] | None = None
    for node in reversed(chain):
        out = {
            "name": node.name,
            "kind": node.kind.value,
            "mentions": [_span(m) for m in node.mentions],
            "descriptor": _opt_span(node.descriptor),
            "parent": out,
        }
    assert out is not None  # the chain holds at least ``source``
    return out


def _time(t: TimeExpression) -> dict[str, Any]:
    return {
        **_span(t.span),
        "value": t.value,
        "granularity": None if t.granularity is None else t.granularity.value,
        "reference": None if t.reference is None else t.reference.isoformat(),
    }


def _json_scalar(value: object, path: str) -> object:
    """``value`` when it is a JSON scalar (str, int, float, bool or None), or an error."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{path}: {value!r} is not a JSON number")
        return value
    raise TypeError(
        f"{path}: a {type(value).__name__} is not a JSON value "
        "(metadata holds dicts, lists, str, int, float, bool and None only)"
    )


def _json_items(
    value: list[Any] | Mapping[Any, Any], path: str
) -> Iterator[tuple[str | int, Any, str]]:
    """The (key or index, item, path) of a JSON array or object; a key must be a str."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield i, item, f"{path}[{i}]"
        return
    for key, item in value.items():
        if not isinstance(key, str):
            raise TypeError(f"{path}: key {key!r} is not a str")
        yield key, item, f"{path}.{key}"


def _json_value(value: object, path: str) -> Any:
    """A deep copy of ``value`` made of dict/list/str/int/float/bool/None, or an error.

    A loop, not a recursion: JSON that Python's reader reads (nested up to about 1,000
    deep) and metadata built in Python must not end in a ``RecursionError``. Writing
    such a copy as JSON is :func:`dumps`' business.

    Raises:
        TypeError: a value that is not JSON, or a key that is not a str.
        ValueError: a NaN or infinite float, or a dict or list inside itself.
        Both messages open with the path of the value (``metadata.tags[2]``).
    """
    if not isinstance(value, (list, Mapping)):
        return _json_scalar(value, path)
    root: list[Any] | dict[str, Any] = [] if isinstance(value, list) else {}
    # one frame per open container: its remaining items, its copy and its identity
    frames = [(_json_items(value, path), root, id(value))]
    open_ids = {id(value)}  # the containers being copied, to refuse one inside itself
    while frames:
        items, copy, own = frames[-1]
        step = next(items, None)
        if step is None:
            frames.pop()
            open_ids.discard(own)
            continue
        key, item, where = step
        if isinstance(item, (list, Mapping)):
            if id(item) in open_ids:
                raise ValueError(f"{where}: holds a dict or list that it is inside of")
            inner: list[Any] | dict[str, Any] = [] if isinstance(item, list) else {}
            frames.append((_json_items(item, where), inner, id(item)))
            open_ids.add(id(item))
            item = inner
        else:
            item = _json_scalar(item, where)
        if isinstance(copy, list):
            copy.append(item)
        else:
            copy[str(key)] = item
    return root


def _parent_index(
    parent: Claim | None, index: dict[int, int], claims: Sequence[Claim]
) -> int | None:
    """The index of a claim's parent among ``claims``: by identity, else by equality
    (Document.validate guarantees it is there)."""
    if parent is None:
        return None
    found = index.get(id(parent))
    return found if found is not None else claims.index(parent)


def to_dict(doc: Document) -> dict[str, Any]:
    """The JSON-ready dict of a document (see ``docs/json-format.md``).

    The result shares nothing mutable with ``doc``: metadata is deep-copied.

    Args:
        doc: the document.

    Returns:
        A dict of JSON values (``json.dumps`` accepts it as is).

    Raises:
        TypeError: ``doc`` is not a Document, or its metadata holds a value that is
            not JSON (a tuple, a set, an object); the message names the key.
        ValueError: its metadata holds a NaN or infinite float, or a list or dict
            inside itself. Deep nesting is no error here (:func:`dumps` refuses what
            is too deep to write).

    >>> to_dict(Document("No claims here."))["format"]
    'claimkit/1'
    """
    if not isinstance(doc, Document):
        raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
    text = doc.text
    claims: list[dict[str, Any]] = []
    # each claim's index, by identity, once: a search per parent made a document of
    # many nested claims quadratic
    index = {id(c): i for i, c in enumerate(doc.claims)}
    for claim in doc.claims:
        source = claim.source
        top: dict[str, Any] | None = None
        implicit: dict[str, Any] | None = None
        if source is not None:
            if source.mentions:
                top = {**_span(source.mentions[0]), **_source(source)}
            else:
                implicit = _source(source)
        cue = claim.cue
        start, end = claim.content[0].start, claim.content[-1].end
        times = [_time(t) for t in claim.times]
        out: dict[str, Any] = {"source": top}
        if implicit is not None:
            out["implicit_source"] = implicit
        out |= {
            "cue": None
            if cue is None
            else {
                **_span(cue.span),
                "lemma": cue.lemma,
                "kind": cue.kind.value,
                "stance": cue.stance.value,
                "negated": cue.negated,
            },
            "content": {"start": start, "end": end, "text": text[start:end]},
            "content_parts": [_span(p) for p in claim.content],
            "mode": claim.mode.value,
            "stance": claim.stance.value,
            "negated": claim.negated,
            "hedges": [
                {**_span(h.span), "kind": h.kind.value, "lemma": h.lemma} for h in claim.hedges
            ],
            "conditions": [
                {"cue": _span(c.cue), "kind": c.kind.value, "clause": _opt_span(c.antecedent)}
                for c in claim.conditions
            ],
            "time": times[0] if times else None,
            "times": times,
            "factuality": {
                "source": claim.source_factuality.code,
                "author": claim.author_factuality.code,
            },
            "parent": _parent_index(claim.parent, index, doc.claims),
        }
        claims.append(out)
    return {
        "format": FORMAT,
        "id": doc.id,
        "text": text,
        "published": None if doc.published is None else doc.published.isoformat(),
        "metadata": _json_value(doc.metadata, "metadata"),
        "claims": claims,
    }


# --------------------------------------------------------------------------- reading


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Reader:
    """Parses one document dict, checking every span against ``text`` as it goes."""

    def __init__(self, text: str) -> None:
        self.text = text

    # ------------------------------------------------------------ plain values

    @staticmethod
    def obj(value: object, path: str, allowed: frozenset[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise FormatError(f"expected dict, got {_type_name(value)}", field=path)
        for key in value:
            if key not in allowed:
                raise FormatError(
                    f"unknown key {key!r} (expected {', '.join(sorted(allowed))})",
                    field=path,
                )
        return value

    @staticmethod
    def str_(value: object, path: str, *, optional: bool = False) -> Any:
        if (value is None and optional) or isinstance(value, str):
            return value
        want = "str or null" if optional else "str"
        raise FormatError(f"expected {want}, got {_type_name(value)}", field=path)

    @staticmethod
    def int_(value: object, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise FormatError(f"expected int, got {_type_name(value)}", field=path)
        return value

    @staticmethod
    def bool_(value: object, path: str) -> bool:
        if not isinstance(value, bool):
            raise FormatError(f"expected bool, got {_type_name(value)}", field=path)
        return value

    @staticmethod
    def list_(value: object, path: str) -> Sequence[Any]:
        if not isinstance(value, list):
            raise FormatError(f"expected list, got {_type_name(value)}", field=path)
        return value

    @staticmethod
    def build(path: str, make: Callable[[], _T]) -> _T:
        """Run a model constructor, turning its TypeError/ValueError into a FormatError."""
        try:
            return make()
        except (TypeError, ValueError) as err:
            raise FormatError(str(err), field=path) from None

    def date(self, value: object, path: str) -> _dt.date | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
            raise FormatError(f"expected a date 'YYYY-MM-DD' or null, got {value!r}", field=path)
        return self.build(path, lambda: _dt.date.fromisoformat(value))

    # ------------------------------------------------------------ model parts

    def span(self, value: object, path: str, allowed: frozenset[str] = _SPAN_KEYS) -> Span:
        data = self.obj(value, path, allowed)
        for key in ("start", "end", "text"):
            if key not in data:
                raise FormatError(f"missing key {key!r}", field=path)
        start = self.int_(data["start"], _join(path, "start"))
        end = self.int_(data["end"], _join(path, "end"))
        said = self.str_(data["text"], _join(path, "text"))
        if not 0 <= start <= end <= len(self.text):
            raise FormatError(
                f"span [{start}, {end}) is not inside the document text (length {len(self.text)})",
                field=path,
            )
        actual = self.text[start:end]
        if actual != said:
            raise FormatError(
                f"span [{start}, {end}) says {said!r} but the document text there is {actual!r}",
                field=path,
            )
        return Span(start, end, said)

    def opt_span(self, value: object, path: str) -> Span | None:
        return None if value is None else self.span(value, path)

    def source(self, value: object, path: str, allowed: frozenset[str] = _SOURCE_KEYS) -> Source:
        data = self.obj(value, path, allowed)
        mentions = [
            self.span(m, f"{path}.mentions[{i}]")
            for i, m in enumerate(self.list_(data.get("mentions", []), _join(path, "mentions")))
        ]
        name = self.str_(data.get("name"), _join(path, "name"), optional=True)
        kind = self.str_(data.get("kind", "unknown"), _join(path, "kind"))
        descriptor = self.opt_span(data.get("descriptor"), _join(path, "descriptor"))
        parent_data = data.get("parent")
        parent = None if parent_data is None else self.source(parent_data, _join(path, "parent"))
        return self.build(
            path,
            lambda: Source(mentions, name=name, kind=kind, descriptor=descriptor, parent=parent),
        )

    def cue(self, value: object, path: str) -> Cue | None:
        if value is None:
            return None
        data = self.obj(value, path, _CUE_KEYS)
        span = self.span({k: data[k] for k in _SPAN_KEYS if k in data}, path)
        if "lemma" not in data:
            raise FormatError("missing key 'lemma'", field=path)
        lemma = self.str_(data["lemma"], _join(path, "lemma"))
        kind = self.str_(data.get("kind", "verb"), _join(path, "kind"))
        stance = self.str_(data.get("stance", "neutral"), _join(path, "stance"))
        negated = self.bool_(data.get("negated", False), _join(path, "negated"))
        return self.build(path, lambda: Cue(span, lemma, kind=kind, stance=stance, negated=negated))

    def hedge(self, value: object, path: str) -> Hedge:
        data = self.obj(value, path, _HEDGE_KEYS)
        span = self.span({k: data[k] for k in _SPAN_KEYS if k in data}, path)
        if "kind" not in data:
            raise FormatError("missing key 'kind'", field=path)
        kind = self.str_(data["kind"], _join(path, "kind"))
        lemma = self.str_(data.get("lemma"), _join(path, "lemma"), optional=True)
        return self.build(path, lambda: Hedge(span, kind, lemma))

    def condition(self, value: object, path: str) -> Condition:
        data = self.obj(value, path, _CONDITION_KEYS)
        for key in ("cue", "kind"):
            if key not in data:
                raise FormatError(f"missing key {key!r}", field=path)
        cue = self.span(data["cue"], _join(path, "cue"))
        kind = self.str_(data["kind"], _join(path, "kind"))
        clause = self.opt_span(data.get("clause"), _join(path, "clause"))
        return self.build(path, lambda: Condition(cue, kind, clause))

    def time(self, value: object, path: str) -> TimeExpression:
        data = self.obj(value, path, _TIME_KEYS)
        span = self.span({k: data[k] for k in _SPAN_KEYS if k in data}, path)
        val = self.str_(data.get("value"), _join(path, "value"), optional=True)
        gran = self.str_(data.get("granularity"), _join(path, "granularity"), optional=True)
        ref = self.date(data.get("reference"), _join(path, "reference"))
        return self.build(
            path, lambda: TimeExpression(span, value=val, granularity=gran, reference=ref)
        )

    def factuality(self, value: object, path: str) -> tuple[Factuality, Factuality]:
        data = self.obj(value, path, _FACTUALITY_KEYS)
        out = []
        for key, default in (("source", "CT+"), ("author", "Uu")):
            code = self.str_(data.get(key, default), _join(path, key))
            out.append(self.build(_join(path, key), functools.partial(Factuality.from_code, code)))
        return out[0], out[1]

    def claim(self, value: object, path: str) -> tuple[dict[str, Any], int | None]:
        """The claim's constructor arguments (all but ``parent``) and its parent index."""
        data = self.obj(value, path, _CLAIM_KEYS)
        # content: the pieces, and the outer span (a flat copy) agreeing with them
        if "content_parts" in data:
            parts_path = _join(path, "content_parts")
            parts = [
                self.span(p, f"{parts_path}[{i}]")
                for i, p in enumerate(self.list_(data["content_parts"], parts_path))
            ]
            if not parts:
                raise FormatError("expected at least one span", field=parts_path)
            outer = (
                self.span(data["content"], _join(path, "content")) if "content" in data else None
            )
            if outer is not None and (outer.start, outer.end) != (
                parts[0].start,
                parts[-1].end,
            ):
                raise FormatError(
                    f"the outer span [{outer.start}, {outer.end}) does not run from the "
                    f"first content part's start {parts[0].start} to the last one's end "
                    f"{parts[-1].end}",
                    field=_join(path, "content"),
                )
        elif "content" in data:
            parts = [self.span(data["content"], _join(path, "content"))]
        else:
            raise FormatError("missing key 'content_parts' (or 'content')", field=path)

        # source: with a mention at the top, or implicit
        top, implicit = data.get("source"), data.get("implicit_source")
        source: Source | None = None
        if top is not None and implicit is not None:
            raise FormatError(
                "a claim has either 'source' or 'implicit_source', not both", field=path
            )
        if top is not None:
            src_path = _join(path, "source")
            source = self.source(top, src_path, _SOURCE_KEYS | _SPAN_KEYS)
            if source.mention is None:
                raise FormatError(
                    "a source without mentions must be written as 'implicit_source'",
                    field=src_path,
                )
            top_data = self.obj(top, src_path, _SOURCE_KEYS | _SPAN_KEYS)
            if any(k in top_data for k in _SPAN_KEYS):
                at = self.span({k: top_data[k] for k in _SPAN_KEYS if k in top_data}, src_path)
                if at != source.mention:
                    raise FormatError(
                        f"start/end/text {at!r} differ from the first mention {source.mention!r}",
                        field=src_path,
                    )
        elif "implicit_source" in data:
            imp_path = _join(path, "implicit_source")
            source = self.source(implicit, imp_path)
            if source.mentions:
                raise FormatError(
                    "an implicit source has no mentions (write it as 'source')",
                    field=imp_path,
                )

        cue = self.cue(data.get("cue"), _join(path, "cue"))
        mode = self.str_(data.get("mode", "indirect"), _join(path, "mode"))
        hedges = [
            self.hedge(h, f"{path}.hedges[{i}]")
            for i, h in enumerate(self.list_(data.get("hedges", []), _join(path, "hedges")))
        ]
        conds_path = _join(path, "conditions")
        conditions = [
            self.condition(c, f"{conds_path}[{i}]")
            for i, c in enumerate(self.list_(data.get("conditions", []), conds_path))
        ]
        times_path = _join(path, "times")
        times = [
            self.time(t, f"{times_path}[{i}]")
            for i, t in enumerate(self.list_(data.get("times", []), times_path))
        ]
        if "time" in data:
            first = None if data["time"] is None else self.time(data["time"], _join(path, "time"))
            if "times" not in data:
                times = [] if first is None else [first]
            elif first != (times[0] if times else None):
                raise FormatError("differs from the first of 'times'", field=_join(path, "time"))
        source_f, author_f = self.factuality(data.get("factuality", {}), _join(path, "factuality"))

        # flat copies of the cue's stance and negation must agree with the cue
        for key, default in (("stance", "neutral"), ("negated", False)):
            if key in data:
                flat = data[key]
                real = default if cue is None else getattr(cue, key)
                real = getattr(real, "value", real)
                if flat != real or type(flat) is not type(real):
                    raise FormatError(
                        f"{flat!r} disagrees with the cue's {key} {real!r}",
                        field=_join(path, key),
                    )

        parent = data.get("parent")
        if parent is not None:
            parent = self.int_(parent, _join(path, "parent"))
        kwargs: dict[str, Any] = {
            "content": parts,
            "mode": mode,
            "source": source,
            "cue": cue,
            "source_factuality": source_f,
            "author_factuality": author_f,
            "hedges": hedges,
            "conditions": conditions,
            "times": times,
        }
        return kwargs, parent


def from_dict(data: Mapping[str, Any]) -> Document:
    """Read a document from its dict form (the inverse of :func:`to_dict`).

    Keys that only repeat others (``content``, ``stance``, ``negated``, ``time``, the
    source's start/end/text) may be left out; when present they must agree. Keys with
    a default (``id``, ``published``, ``metadata``, ``claims``, and most claim keys)
    may be left out too. ``data`` is not modified.

    Args:
        data: a dict as :func:`to_dict` makes it (or as JSON gives it back).

    Returns:
        The document.

    Raises:
        FormatError: ``data`` is not a valid document; ``.field`` names the first bad
            field (``"claims[0].cue.start"``).

    >>> doc = from_dict({"text": "Mohi said so.", "claims": [
    ...     {"content": {"start": 10, "end": 12, "text": "so"}}]})
    >>> doc.claims[0].content
    (Span(start=10, end=12, text='so'),)
    """
    root = _Reader.obj(data, "", _DOCUMENT_KEYS)
    if "text" not in root:
        raise FormatError("missing key 'text'", field="")
    fmt = root.get("format", FORMAT)
    if fmt != FORMAT:
        raise FormatError(f"expected {FORMAT!r}, got {fmt!r}", field="format")
    text = _Reader.str_(root["text"], "text")
    reader = _Reader(text)
    doc_id = reader.str_(root.get("id"), "id", optional=True)
    published = reader.date(root.get("published"), "published")
    metadata = root.get("metadata", {})
    if not isinstance(metadata, Mapping):
        raise FormatError(f"expected dict, got {_type_name(metadata)}", field="metadata")
    try:
        metadata_copy = _json_value(metadata, "metadata")
    except (TypeError, ValueError) as err:
        field, _, reason = str(err).partition(": ")
        raise FormatError(reason, field=field) from None
    raw_claims = reader.list_(root.get("claims", []), "claims")
    parsed = [reader.claim(c, f"claims[{i}]") for i, c in enumerate(raw_claims)]

    # Build claims parents first: a parent may come before or after its child.
    built: list[Claim | None] = [None] * len(parsed)
    for i in range(len(parsed)):
        chain: list[int] = []
        on_chain: set[int] = set()
        j: int | None = i
        while j is not None and built[j] is None:
            if j in on_chain:
                raise FormatError(
                    "claims' parents form a cycle: "
                    + " -> ".join(str(k) for k in [*chain[chain.index(j) :], j]),
                    field=f"claims[{chain[-1]}].parent",
                )
            chain.append(j)
            on_chain.add(j)
            nxt = parsed[j][1]
            if nxt is not None and not 0 <= nxt < len(parsed):
                raise FormatError(
                    f"parent index {nxt} is not a claim of this document (it has {len(parsed)})",
                    field=f"claims[{j}].parent",
                )
            j = nxt
        for k in reversed(chain):
            kwargs, p = parsed[k]
            parent = None if p is None else built[p]
            built[k] = _Reader.build(
                f"claims[{k}]", functools.partial(Claim, **kwargs, parent=parent)
            )
    claims = [c for c in built if c is not None]
    return _Reader.build(
        "",
        lambda: Document(
            text, id=doc_id, published=published, claims=claims, metadata=metadata_copy
        ),
    )


# --------------------------------------------------------------------------- text and files


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise FormatError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise FormatError(f"{name} is not a JSON number")


def _parse_json(s: str) -> Any:
    try:
        return json.loads(s, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise FormatError(
            f"invalid JSON: {err.msg} (column {err.colno})", line=err.lineno
        ) from None
    except RecursionError:
        raise FormatError("invalid JSON: arrays or objects nested too deeply to read") from None
    except FormatError:
        raise  # a duplicate key or a NaN, found by the hooks
    except ValueError as err:
        # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise FormatError(f"invalid JSON: {too_long(err)}") from None


def _escape_surrogates(s: str) -> str:
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", s)


def _surrogate_field(data: dict[str, Any]) -> str:
    """The path (``doc.claims[0].cue.lemma``) of the first string of ``data``, a key or a
    value, that holds a surrogate pair; ``data`` (from :func:`to_dict`) must hold one.

    A walk with a stack, not a recursion: the metadata may be nested deeply.
    """
    todo: list[tuple[object, str]] = [(data, "doc")]
    while todo:
        value, path = todo.pop()
        if isinstance(value, str):
            if _SURROGATE_PAIR.search(value):
                return path
        elif isinstance(value, dict):
            for key in value:
                if _SURROGATE_PAIR.search(key):
                    return f"a key of {path}"
            todo.extend((v, f"{path}.{k}") for k, v in reversed(value.items()))
        elif isinstance(value, list):
            todo.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(value))))
    raise AssertionError("no surrogate pair in the document")  # the caller found one


def dumps(doc: Document, *, indent: int | None = None) -> str:
    """The document as a JSON string (non-ASCII characters kept as they are).

    Args:
        doc: the document.
        indent: pretty-print with this indent; ``None`` writes one line.

    Returns:
        The JSON text.

    Raises:
        TypeError: ``doc`` is not a Document, or its metadata is not JSON.
        ValueError: its metadata holds a NaN or infinite float; it (its metadata, or a
            source's chain of parents) is nested too deeply for a JSON reader; or a string
            (the text, the id, a name, a lemma, the metadata) holds a high surrogate
            followed by a low one as two code points, which JSON cannot keep apart; the
            message names the field.

    >>> dumps(Document("Jürgen said no."))[:40]
    '{"format": "claimkit/1", "id": null, "te'
    """
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        raise TypeError(f"indent must be an int or None, got {type(indent).__name__}")
    data = to_dict(doc)
    try:
        out = json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    except RecursionError:
        raise ValueError(
            "doc is nested too deeply to write as JSON: its metadata, or a source's chain "
            "of parent sources"
        ) from None
    pair = _SURROGATE_PAIR.search(out)
    if pair is not None:
        at = _SURROGATE_PAIR.search(doc.text)
        where = f"doc.text at offset {at.start()}" if at is not None else _surrogate_field(data)
        raise ValueError(
            f"{where} holds a high surrogate followed by a low one, {pair.group()!r}: JSON "
            "reads that back as one character; join the pair first (for example "
            "text.encode('utf-16', 'surrogatepass').decode('utf-16'))"
        )
    return _escape_surrogates(out)


def loads(s: str) -> Document:
    """Read one document from a JSON string.

    Args:
        s: the JSON text of one document.

    Returns:
        The document.

    Raises:
        TypeError: ``s`` is not a str.
        FormatError: the JSON is broken (``.line`` set) or not a valid document
            (``.field`` set).
    """
    if not isinstance(s, str):
        raise TypeError(f"s must be a str, got {type(s).__name__}")
    data = _parse_json(s)
    return from_dict(data)


def _check_path(name: str, value: object) -> str | os.PathLike[str]:
    if isinstance(value, (str, os.PathLike)):
        return value
    raise TypeError(f"{name} must be a str or os.PathLike, got {type(value).__name__}")


def read_json(path: str | os.PathLike[str]) -> Document:
    """Read one document from a JSON file (UTF-8, a BOM is allowed).

    Args:
        path: the file.

    Returns:
        The document.

    Raises:
        TypeError: ``path`` is not a path.
        OSError: the file cannot be read.
        FormatError: the file is not UTF-8 or does not hold a valid document.
    """
    with open(_check_path("path", path), "rb") as fh:
        raw = fh.read()
    try:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise FormatError(f"not UTF-8: {err.reason} at byte {err.start}") from None
        return loads(text)
    except FormatError as err:
        raise err.in_file(path) from None


def _atomic_write(path: str | os.PathLike[str], write: Callable[[IO[str]], _T]) -> _T:
    """Write to a temporary file beside ``path``, then move it into place."""
    with replacing(path) as fh:
        return write(fh)


def write_json(doc: Document, path: str | os.PathLike[str], *, indent: int | None = 2) -> None:
    """Write one document to a JSON file (UTF-8). The file is replaced only on success.

    Args:
        doc: the document.
        path: the file.
        indent: pretty-print indent (``None`` for one line).

    Raises:
        TypeError: ``doc`` is not a Document or ``path`` not a path.
        OSError: the file cannot be written.
    """
    text = dumps(doc, indent=indent)
    _atomic_write(_check_path("path", path), lambda fh: fh.write(text + "\n"))


def read_jsonl(path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[Document]:
    """Read documents from a JSON Lines file, one per non-blank line, lazily.

    Every document is checked before it is yielded, and the first bad line raises
    (documents already yielded stay valid; nothing is skipped).

    Args:
        path_or_file: a path (read as UTF-8; a BOM is allowed), or an open text or
            binary file.

    Returns:
        An iterator of documents.

    Raises:
        TypeError: ``path_or_file`` is neither a path nor a file (raised at once).
        FormatError: a line is not UTF-8 or not a valid document; the message and
            ``.line`` give its 1-based line number (``"corpus.jsonl:3: ..."`` when read
            from a path), ``.field`` the field (raised while iterating).
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        return _read_jsonl_path(path_or_file)
    if hasattr(path_or_file, "read"):
        return _read_jsonl_lines(path_or_file)
    raise TypeError(
        f"path_or_file must be a path or an open file, got {type(path_or_file).__name__}"
    )


def _read_jsonl_path(path: str | os.PathLike[str]) -> Iterator[Document]:
    # bytes that are not UTF-8 are kept as lone surrogates (U+DC80..U+DCFF), which a
    # decoded UTF-8 line never holds, so the line that has one is named
    with open(path, encoding="utf-8-sig", errors="surrogateescape") as fh:
        try:
            yield from _read_jsonl_lines(_utf8_lines(fh))
        except FormatError as err:
            raise err.in_file(path) from None


_UNDECODED = regex.compile(r"[\udc80-\udcff]")


def _utf8_lines(lines: Iterable[str]) -> Iterator[str]:
    for number, line in enumerate(lines, 1):
        bad = _UNDECODED.search(line)
        if bad is not None:
            byte = ord(bad.group()) - 0xDC00
            raise FormatError(
                f"not UTF-8: byte 0x{byte:02x} at column {bad.start() + 1}", line=number
            )
        yield line


def _read_jsonl_lines(lines: Iterable[str | bytes]) -> Iterator[Document]:
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                raise FormatError(f"not UTF-8: {err.reason}", line=number) from None
        else:
            line = raw
        if not line.strip():
            continue
        try:
            yield from_dict(_parse_json(line))
        except FormatError as err:
            raise err.at_line(number) from None


def write_jsonl(docs: Iterable[Document], path_or_file: str | os.PathLike[str] | IO[str]) -> int:
    """Write documents as JSON Lines, one document per line (UTF-8).

    To a path, the file is written beside and moved into place at the end, so a
    failure (a document whose metadata is not JSON) leaves no half-written file.

    Args:
        docs: the documents.
        path_or_file: a path, or an open text file.

    Returns:
        How many documents were written.

    Raises:
        TypeError: ``path_or_file`` is neither a path nor a text file, ``docs`` is not
            iterable, or an item is not a Document.
    """
    if isinstance(docs, (str, bytes, Mapping, Document)) or not isinstance(docs, Iterable):
        raise TypeError(f"docs must be an iterable of Documents, got {type(docs).__name__}")

    def write(fh: IO[str]) -> int:
        n = 0
        for n, doc in enumerate(docs, 1):  # noqa: B007 - n counts what was written
            fh.write(dumps(doc) + "\n")
        return n

    if isinstance(path_or_file, (str, os.PathLike)):
        return _atomic_write(path_or_file, write)
    if hasattr(path_or_file, "write"):
        return write(path_or_file)
    raise TypeError(
        f"path_or_file must be a path or an open file, got {type(path_or_file).__name__}"
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialized document, as shipped in the package.

    >>> json_schema()["$id"]
    'https://claimkit.invalid/schema/document.schema.json'
    """
    res = resources.files("claimkit").joinpath("schema", "document.schema.json")
    data: dict[str, Any] = json.loads(res.read_text(encoding="utf-8"))
    return data
