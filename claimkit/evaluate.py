"""Scoring predicted claims against gold ones, and agreement between annotators.

The matching is the one of the project's reference scorer: per document, gold
attributions with a content span and predicted claims are paired one to one, greedily
by the Dice overlap of their content spans after trimming white space, quote marks and
edge punctuation. On the same files, :func:`score_files` gives exactly the figures of
``score_attributions.py``:

* ``attribution`` — contents overlap at all; ``content>=.5`` — Dice ≥ 0.5;
  ``content=`` — equal after trimming;
* ``cue`` — cues paired on their own by overlap;
* ``full`` — content, cue and source all overlap (or both sources are absent);
* ``source_acc`` — over matched pairs whose gold has a source, the predicted source
  overlaps it.

It reads both the corpora's gold shape (``"attributions"`` with ``[start, end]`` lists)
and claimkit's own document JSON (``"claims"`` with span objects), in every shape
``claimkit.io.from_dict`` reads, as well as :class:`~claimkit.model.Document` objects.
Bad input raises ``ValueError`` naming the document, the field and, for a file, the line.

>>> gold = {"id": "d", "text": "Ana said it works.",
...         "attributions": [{"source": [0, 3], "cue": [4, 8], "content": [9, 17]}]}
>>> pred = {"id": "d", "claims": [{"source": {"start": 0, "end": 3},
...         "cue": {"start": 4, "end": 8}, "content": {"start": 9, "end": 17}}]}
>>> score([gold], [pred]).f1("full")
1.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from claimkit.io._lines import json_line

if TYPE_CHECKING:
    from claimkit.model import Document

__all__ = ["Agreement", "Scores", "agreement", "load", "score", "score_files"]

_TRIM = set(" \t\r\n\"'“”‘’«».,;:—–-")
_MEASURES = ("attribution", "content>=.5", "content=", "full")
_PRF_MEASURES = ("attribution", "content>=.5", "content=", "cue", "full")
_ROLES = ("source", "cue", "content")
Pair = tuple[int, int]


def _trim(text: str, sp: Pair | None) -> Pair | None:
    if sp is None:
        return None
    s, e = sp
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _inter(a: Pair | None, b: Pair | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlapping(gold: Sequence[Pair | None], pred: Sequence[Pair | None]) -> list[tuple[int, int]]:
    """The pairs (i, j), in that order, whose spans ``gold[i]`` and ``pred[j]`` share a
    character: the only pairs a match can take (the others score 0).

    One sweep over the spans' ends, so a long document costs what its overlaps cost,
    not the product of its gold and predicted counts (which made scoring one 800 KB
    document 6 times slower per character than a 100 KB one).
    """
    events: list[tuple[int, int, int, int]] = []  # (position, 0 end or 1 start, side, index)
    for side, spans in enumerate((gold, pred)):
        for k, sp in enumerate(spans):
            if sp is not None and sp[0] < sp[1]:
                events.append((sp[0], 1, side, k))
                events.append((sp[1], 0, side, k))
    events.sort()  # at one position, ends before starts: [a, b) and [b, c) share nothing
    active: tuple[dict[int, None], dict[int, None]] = ({}, {})
    out: list[tuple[int, int]] = []
    for _, starts, side, k in events:
        if not starts:
            del active[side][k]
            continue
        if side == 0:
            out.extend((k, j) for j in active[1])
        else:
            out.extend((i, k) for i in active[0])
        active[side][k] = None
    out.sort()
    return out


def _dice(a: Pair | None, b: Pair | None) -> float:
    if a is None or b is None:
        return 0.0
    total = (a[1] - a[0]) + (b[1] - b[0])
    return 2 * _inter(a, b) / total if total else 0.0


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    used_i: set[int] = set()
    used_j: set[int] = set()
    out = []
    for sc, i, j in sorted(pairs, key=lambda p: -p[0]):
        if sc > 0 and i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((sc, i, j))
    return out


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _short(value: object) -> str:
    """The repr of a value, cut to a length that fits in a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _offsets(x: object, text: str, field: str) -> Pair | None:
    """A span as ``(start, end)``, from ``[start, end]`` or ``{"start": ..., "end": ...}``.

    ``None``, and a dict whose ``start`` is null, mean no span.

    Raises:
        ValueError: another shape, offsets that are not ints, or a span not inside
            ``text``; the message opens with ``field``.
    """
    if x is None:
        return None
    if isinstance(x, Mapping):
        if x.get("start") is None:
            return None
        if "end" not in x:
            raise ValueError(f"{field}: missing key 'end'")
        start, end = x["start"], x["end"]
    elif isinstance(x, (list, tuple)) and len(x) == 2:
        start, end = x
    else:
        raise ValueError(f'{field}: expected [start, end] or {{"start", "end"}}, got {_short(x)}')
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{field}: {name} must be an int, got {_short(value)}")
    if not 0 <= start <= end <= len(text):
        raise ValueError(
            f"{field}: span [{start}, {end}) is not inside the text (length {len(text)})"
        )
    return start, end


def _role(item: Mapping[str, Any], role: str, text: str, field: str) -> Pair | None:
    """The span of one role of an attribution or a claim, in any shape from_dict reads.

    The content may be given by ``content_parts`` alone (it then runs from the first
    part's start to the last part's end), and a source by its ``mentions`` alone (the
    first mention is its span).
    """
    value = item.get(role)
    path = f"{field}.{role}"
    if role == "content" and value is None and "content_parts" in item:
        parts = item["content_parts"]
        path = f"{field}.content_parts"
        if not isinstance(parts, (list, tuple)) or not parts:
            raise ValueError(f"{path}: expected a non-empty list of spans, got {_short(parts)}")
        spans = [_offsets(p, text, f"{path}[{i}]") for i, p in enumerate(parts)]
        for i, sp in enumerate(spans):
            if sp is None:
                raise ValueError(f"{path}[{i}]: expected a span, got {_short(parts[i])}")
        first, last = spans[0], spans[-1]
        assert first is not None and last is not None  # checked just above
        if first[0] > last[1]:
            raise ValueError(f"{path}: the last part ends before the first one starts")
        return first[0], last[1]
    if role == "source" and isinstance(value, Mapping) and value.get("start") is None:
        mentions = value.get("mentions")
        if mentions is not None and not isinstance(mentions, (list, tuple)):
            raise ValueError(f"{path}.mentions: expected a list, got {_type_name(mentions)}")
        if mentions:
            return _offsets(mentions[0], text, f"{path}.mentions[0]")
    return _offsets(value, text, path)


@attrs.frozen
class _Item:
    """A gold attribution or a predicted claim, with the spans of its roles checked."""

    data: Mapping[str, Any]
    spans: Mapping[str, Pair | None]


def _items(doc: Mapping[str, Any], text: str, where: str) -> list[_Item]:
    """A document's attributions (the gold shape) or claims (claimkit's JSON).

    Raises:
        ValueError: they are not a list of dicts, or a span is bad; the message opens
            with ``where`` and names the field.
    """
    key = "attributions" if "attributions" in doc else "claims"
    raw = doc.get(key, [])
    if not isinstance(raw, (list, tuple)):
        raise ValueError(f"{where}: {key}: expected a list, got {_type_name(raw)}")
    out = []
    for i, item in enumerate(raw):
        field = f"{where}: {key}[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{field}: expected a dict, got {_type_name(item)}")
        out.append(_Item(item, {role: _role(item, role, text, field) for role in _ROLES}))
    return out


class _Loaded(list[dict[str, Any]]):
    """Documents read by :func:`load`; ``origin`` pairs each one with its ``file:line``."""

    origin: tuple[tuple[dict[str, Any], str], ...] = ()


def _documents(docs: object, side: str) -> tuple[list[Mapping[str, Any]], list[str]]:
    """One side of :func:`score` as dicts, and how messages name each document.

    A document read by :func:`load` is named by its file and line, any other by its
    index (``gold[2]``). Documents are converted with ``claimkit.io.to_dict``.
    """
    from claimkit.model import Document

    if isinstance(docs, (str, bytes, Mapping, Document)) or not isinstance(docs, Iterable):
        raise TypeError(
            f"{side} must be an iterable of document dicts or Documents, got {type(docs).__name__}"
        )
    origin = docs.origin if isinstance(docs, _Loaded) else ()
    out: list[Mapping[str, Any]] = []
    names: list[str] = []
    for i, doc in enumerate(docs):
        name = origin[i][1] if i < len(origin) and origin[i][0] is doc else f"{side}[{i}]"
        if isinstance(doc, Document):
            from claimkit.io.jsonio import to_dict

            try:
                doc = to_dict(doc)
            except (TypeError, ValueError) as err:
                raise type(err)(f"{name}: {err}") from None
        elif not isinstance(doc, Mapping):
            raise TypeError(f"{name} must be a dict or a Document, got {type(doc).__name__}")
        out.append(doc)
        names.append(name)
    return out, names


def _id_clash(docs: list[Mapping[str, Any]], names: list[str]) -> str | None:
    """Why the ids of ``docs`` cannot pair them (one missing or repeated), or ``None``."""
    seen: dict[Any, int] = {}
    for k, doc in enumerate(docs):
        x = doc.get("id")
        if x is None:
            return f"{names[k]} has no id"
        if x in seen:
            return f"{names[k]} repeats the id {x!r} of {names[seen[x]]}"
        seen[x] = k
    return None


def _pairing(
    gold: list[Mapping[str, Any]],
    gnames: list[str],
    pred: list[Mapping[str, Any]],
    pnames: list[str],
) -> list[int | None]:
    """For each gold document, the index of its predicted one (``None``: missing).

    Raises:
        ValueError: an id is not a JSON scalar, or the documents can be paired neither
            by id nor by position.
    """
    for docs, names in ((gold, gnames), (pred, pnames)):
        for k, doc in enumerate(docs):
            x = doc.get("id")
            if not isinstance(x, (str, int, type(None))):
                raise ValueError(f"{names[k]}: id: expected str, int or null, got {_short(x)}")
    clash = _id_clash(gold, gnames) or _id_clash(pred, pnames)
    if clash is None:
        index = {doc["id"]: j for j, doc in enumerate(pred)}
        return [index.get(doc["id"]) for doc in gold]
    why = f"cannot pair gold and predicted documents: by id, {clash}; by position,"
    if len(gold) != len(pred):
        raise ValueError(f"{why} there are {len(gold)} gold documents and {len(pred)} predicted")
    for k, (g, p) in enumerate(zip(gold, pred, strict=True)):
        a, b = g.get("id"), p.get("id")
        if a is not None and b is not None and a != b:
            raise ValueError(f"{why} {gnames[k]} has the id {a!r} but {pnames[k]} has {b!r}")
    return list(range(len(gold)))


@attrs.frozen
class Scores:
    """Counts and figures of one scoring run (see the module docstring)."""

    docs: int
    docs_missing: int
    gold: int
    pred: int
    counts: Mapping[str, int]
    recall_by: Mapping[str, tuple[int, int]] = attrs.field(factory=dict)
    by: str | None = None
    precision_by: Mapping[str, Mapping[str, tuple[int, int]]] = attrs.field(factory=dict)

    def role(self, role: str, *, exact: bool = False) -> tuple[float, float, float]:
        """P/R/F1 of one role (``source``, ``cue``, ``content``) over claims paired by
        content: a hit when the role's spans overlap (or are equal after trimming, with
        ``exact``); precision over predicted claims having the role, recall over gold
        attributions having it.

        Raises:
            ValueError: another role.
        """
        if role not in _ROLES:
            raise ValueError(f"unknown role {role!r}: expected one of {', '.join(_ROLES)}")
        c = self.counts
        key = f"role_{role}_{'exact' if exact else 'overlap'}"
        return _prf(c.get(key, 0), c.get(f"role_pred_{role}", 0), c.get(f"role_gold_{role}", 0))

    def prf(self, measure: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one measure: ``attribution``, ``content>=.5``,
        ``content=``, ``cue`` or ``full``.

        Raises:
            ValueError: another measure (a misspelt one would otherwise score 0).
        """
        if measure not in _PRF_MEASURES:
            known = ", ".join(_PRF_MEASURES)
            raise ValueError(f"unknown measure {measure!r}: expected one of {known}")
        c = self.counts
        if measure == "cue":
            return _prf(c.get("cue", 0), c.get("pred_cue", 0), c.get("gold_cue", 0))
        return _prf(c.get(measure, 0), self.pred, self.gold)

    def f1(self, measure: str) -> float:
        """The F1 of one measure."""
        return self.prf(measure)[2]

    @property
    def source_accuracy(self) -> float:
        """Share of matched pairs with a gold source whose predicted source overlaps it."""
        total = self.counts.get("src_total", 0)
        return self.counts.get("src_ok", 0) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The reference scorer's ``--json`` shape."""
        out: dict[str, Any] = {
            "docs": self.docs,
            "docs_missing": self.docs_missing,
            "gold": self.gold,
            "pred": self.pred,
        }
        for k in (*_MEASURES[:3], "cue", "full"):
            out[k] = list(self.prf(k))
        out["source_acc"] = self.source_accuracy
        if self.by:
            out["recall_by_" + self.by] = {
                k: [hit / n if n else 0.0, n] for k, (hit, n) in self.recall_by.items()
            }
        return out

    def breakdown(self) -> dict[str, Any]:
        """Per-role figures (exact and overlap) and precision by predicted mode and stance."""
        return {
            "roles": {
                r: {"overlap": list(self.role(r)), "exact": list(self.role(r, exact=True))}
                for r in ("source", "cue", "content")
            },
            "precision_by": {
                field: {k: [hit / n if n else 0.0, n] for k, (hit, n) in values.items()}
                for field, values in self.precision_by.items()
            },
        }

    def format(self) -> str:
        """The reference scorer's printed summary."""
        lines = [
            f"docs {self.docs} (missing predictions: {self.docs_missing}), "
            f"gold {self.gold}, predicted {self.pred}"
        ]
        for k in ("attribution", "content>=.5", "content=", "cue", "full"):
            p, r, f = self.prf(k)
            lines.append(f"{k:12s} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
        lines.append(f"source accuracy on matched pairs {self.source_accuracy:.1%}")
        if self.by:
            shown = {k: f"{hit / n:.1%} of {n}" for k, (hit, n) in self.recall_by.items()}
            lines.append(f"recall_by_{self.by} {shown}")
        return "\n".join(lines)


def score(
    gold: Iterable[Mapping[str, Any] | Document],
    pred: Iterable[Mapping[str, Any] | Document],
    *,
    by: str | None = None,
) -> Scores:
    """Score predicted documents against gold documents.

    Documents pair by ``id`` when on each side every document has one and no two share
    it: a gold document without a prediction counts as missing, and a prediction
    without gold is left out. Otherwise they pair by position (``extract(text)`` gives
    documents without ids): both sides must then have as many documents, and no two
    at the same position may have different ids.

    A span is ``[start, end]`` or ``{"start": ..., "end": ...}``, inside the gold text.
    Every shape ``claimkit.io.from_dict`` reads is scored: a claim's content may be
    given by ``content_parts`` alone, and its source by ``mentions`` alone. Nothing
    passed is modified.

    Args:
        gold: documents (dicts, or Documents) with ``text`` and ``attributions`` (or
            ``claims``).
        pred: documents with ``claims`` (or ``attributions``); a ``text``, when given,
            must be the gold one.
        by: a gold attribution field to break recall down by (``kind_heuristic``).

    Returns:
        The :class:`Scores`.

    Raises:
        TypeError: ``gold`` or ``pred`` is not an iterable of dicts or Documents, or
            ``by`` is not a str.
        ValueError: the documents can be paired neither by id nor by position, or one
            is malformed (no text, a span that is not two int offsets inside the text);
            the message names the document (``gold[2]``, or the file and line for
            documents read by :func:`load`) and the field.
    """
    return _score(gold, pred, by, ("gold", "pred"))


def _score(gold: object, pred: object, by: object, sides: tuple[str, str]) -> Scores:
    if by is not None and not isinstance(by, str):
        raise TypeError(f"by must be a str or None, got {type(by).__name__}")
    gold_docs, gnames = _documents(gold, sides[0])
    pred_docs, pnames = _documents(pred, sides[1])
    return _score_documents(gold_docs, gnames, pred_docs, pnames, by)


def _score_documents(
    gold_docs: list[Mapping[str, Any]],
    gnames: list[str],
    pred_docs: list[Mapping[str, Any]],
    pnames: list[str],
    by: str | None,
) -> Scores:
    """:func:`score` on documents already read by :func:`_documents`."""
    pairing = _pairing(gold_docs, gnames, pred_docs, pnames)
    c: dict[str, int] = defaultdict(int)
    grp: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pgrp: dict[str, dict[str, list[int]]] = {"mode": {}, "stance": {}}
    missing = 0
    for g, gname, pj in zip(gold_docs, gnames, pairing, strict=True):
        if "text" not in g:
            raise ValueError(f"{gname}: missing key 'text'")
        text = g["text"]
        if not isinstance(text, str):
            raise ValueError(f"{gname}: text: expected str, got {_type_name(text)}")
        gold_items = _items(g, text, gname)
        if pj is None:
            missing += 1
            pcl: list[_Item] = []
        else:
            p, pname = pred_docs[pj], pnames[pj]
            if p.get("text") is not None and p["text"] != text:
                raise ValueError(f"{pname}: text: differs from the text of {gname}")
            pcl = _items(p, text, pname)
        ga = [a for a in gold_items if a.spans["content"] is not None]
        gc = [_trim(text, a.spans["content"]) for a in ga]
        pc = [_trim(text, x.spans["content"]) for x in pcl]
        c["gold"] += len(ga)
        c["pred"] += len(pcl)
        if by:
            for a in ga:
                grp[str(a.data.get(by))][1] += 1
        for role in _ROLES:
            c[f"role_gold_{role}"] += sum(1 for a in ga if a.spans[role] is not None)
            c[f"role_pred_{role}"] += sum(1 for x in pcl if x.spans[role] is not None)
        matched_j: set[int] = set()
        pairs = [(_dice(pc[j], gc[i]), i, j) for i, j in _overlapping(gc, pc)]
        for sc, i, j in _greedy(pairs):
            a, x = ga[i], pcl[j]
            matched_j.add(j)
            c["attribution"] += 1
            for role in _ROLES:
                gs, ps = a.spans[role], x.spans[role]
                if gs is not None and ps is not None:
                    c[f"role_{role}_overlap"] += _inter(gs, ps) > 0
                    c[f"role_{role}_exact"] += _trim(text, gs) == _trim(text, ps)
            if by:
                grp[str(a.data.get(by))][0] += 1
            if sc >= 0.5:
                c["content>=.5"] += 1
            if pc[j] == gc[i]:
                c["content="] += 1
            gsrc, psrc = a.spans["source"], x.spans["source"]
            src_ok = (gsrc is None and psrc is None) or _inter(gsrc, psrc) > 0
            if gsrc is not None:
                c["src_total"] += 1
                c["src_ok"] += _inter(gsrc, psrc) > 0
            if _inter(a.spans["cue"], x.spans["cue"]) > 0 and src_ok:
                c["full"] += 1
        for j, x in enumerate(pcl):
            for field in ("mode", "stance"):
                value = x.data.get(field)
                if isinstance(value, str):
                    cell = pgrp[field].setdefault(value, [0, 0])
                    cell[0] += j in matched_j
                    cell[1] += 1
        gcu = [a.spans["cue"] for a in gold_items if a.spans["cue"] is not None]
        pcu = [x.spans["cue"] for x in pcl if x.spans["cue"] is not None]
        c["gold_cue"] += len(gcu)
        c["pred_cue"] += len(pcu)
        cpairs = [(float(_inter(pcu[j], gcu[i])), i, j) for i, j in _overlapping(gcu, pcu)]
        c["cue"] += len(_greedy(cpairs))
    recall = {k: (v[0], v[1]) for k, v in sorted(grp.items())}
    precision = {f: {k: (v[0], v[1]) for k, v in sorted(d.items())} for f, d in pgrp.items()}
    return Scores(len(gold_docs), missing, c["gold"], c["pred"], dict(c), recall, by, precision)


def load(path: str | Path) -> list[dict[str, Any]]:
    """Documents from a JSONL file (one JSON object a line).

    The list remembers each document's file and line, so that :func:`score` names
    them in its messages.

    Raises:
        ValueError: a line is not UTF-8, not JSON (or JSON nested too deeply, or with an
            integer too long to convert), or has no ``id``; the message names file and
            line.
    """
    out = _Loaded()
    origin: list[tuple[dict[str, Any], str]] = []
    with open(path, encoding="utf-8") as fh:
        n = 0
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                d = json_line(line, f"{path}:{n}")
                if not isinstance(d, dict) or "id" not in d:
                    raise ValueError(f"{path}:{n}: a document needs an 'id'")
                out.append(d)
                origin.append((d, f"{path}:{n}"))
        except UnicodeDecodeError as err:
            raise ValueError(f"{path}:{n + 1}: not UTF-8 ({err.reason})") from None
    out.origin = tuple(origin)
    return out


def score_files(gold: str | Path, pred: str | Path, *, by: str | None = None) -> Scores:
    """:func:`score` on two JSONL files: the figures of ``score_attributions.py``."""
    return score(load(gold), load(pred), by=by)


@attrs.frozen
class Agreement:
    """Pairwise agreement between annotators.

    ``pairs`` maps each pair ``(a, b)``, ``a`` listed before ``b``, to the
    :class:`Scores` of ``b`` against ``a`` as gold. Each pair is scored over every
    document either of them annotated: a document only one of them has counts against
    the other as if that one had marked nothing in it (its claims are all missed, or
    all spurious). So taking ``b`` as gold instead only swaps precision and recall:
    the F1 of a measure is the same either way round, and does not depend on the order
    the annotators are listed in.
    """

    names: tuple[str, ...]
    pairs: Mapping[tuple[str, str], Scores]

    def scores(self, a: str, b: str) -> Scores:
        """The :class:`Scores` of the pair ``a``, ``b``, in whichever order they were listed.

        Raises:
            ValueError: ``a`` or ``b`` is not an annotator, or both are the same one.
        """
        for name in (a, b):
            if name not in self.names:
                known = ", ".join(repr(n) for n in self.names)
                raise ValueError(f"unknown annotator {name!r}: the annotators are {known}")
        if a == b:
            raise ValueError(f"{a!r} is one annotator: agreement is between two")
        return self.pairs[(a, b)] if (a, b) in self.pairs else self.pairs[(b, a)]

    def f1(self, a: str, b: str, measure: str = "attribution") -> float:
        """The F1 of ``measure`` between annotators ``a`` and ``b`` (in either order).

        Raises:
            ValueError: an unknown annotator or measure.
        """
        return self.scores(a, b).f1(measure)

    def mean_f1(self, measure: str = "attribution") -> float:
        """The mean pairwise F1 of ``measure``."""
        values = [s.f1(measure) for s in self.pairs.values()]
        return sum(values) / len(values) if values else 0.0

    def format(self) -> str:
        """A table of pairwise attribution and full F1."""
        lines = ["annotators            attribution F1   full F1   source acc"]
        for (a, b), s in self.pairs.items():
            lines.append(
                f"{a} vs {b:12s}  {s.f1('attribution'):14.1%}  {s.f1('full'):8.1%}"
                f"  {s.source_accuracy:10.1%}"
            )
        lines.append(f"mean attribution F1 {self.mean_f1():.1%}")
        return "\n".join(lines)


_Read = tuple[list[Mapping[str, Any]], list[str]]


def _ids(docs: list[Mapping[str, Any]], names: list[str]) -> set[str | int] | None:
    """The ids of ``docs`` when they can pair them (all present, scalar and distinct)."""
    if any(not isinstance(doc.get("id"), (str, int)) for doc in docs):
        return None
    if _id_clash(docs, names) is not None:
        return None
    return {doc["id"] for doc in docs}


def _with_unannotated(gold: _Read, other: _Read) -> _Read:
    """``gold`` and, for each document only ``other`` has, the same text unannotated.

    Without these, the documents ``a`` skipped would not count when ``a`` is gold, but
    those ``b`` skipped would: the figures would depend on which annotator came first.
    Documents that pair by position (no usable ids) are as many on both sides already.
    """
    docs, names = gold
    own, theirs = _ids(*gold), _ids(*other)
    if own is None or theirs is None:
        return gold
    docs, names = list(docs), list(names)
    for doc, name in zip(*other, strict=True):
        if doc["id"] not in own:
            blank: dict[str, Any] = {"id": doc["id"], "attributions": []}
            if "text" in doc:  # else scoring says the text is missing, naming ``name``
                blank["text"] = doc["text"]
            docs.append(blank)
            names.append(name)
    return docs, names


def agreement(
    annotations: Mapping[str, Iterable[Mapping[str, Any] | Document]]
    | Iterable[Iterable[Mapping[str, Any] | Document]],
) -> Agreement:
    """Pairwise agreement between two or more annotators' documents (same ids, texts).

    Each annotator's documents are read once, so they may be given as iterators (as
    :func:`claimkit.io.read_jsonl` returns). A document one annotator of a pair did
    not annotate counts as one where that annotator marked nothing (see
    :class:`Agreement`).

    Args:
        annotations: annotator name → documents, or a sequence of document lists
            (named "A", "B", ...).

    Raises:
        ValueError: fewer than two annotators, or a document :func:`score` refuses.
        TypeError: an annotator's documents are not an iterable of dicts or Documents.
    """
    if not isinstance(annotations, Mapping):
        annotations = {chr(ord("A") + i): docs for i, docs in enumerate(annotations)}
    names = tuple(annotations)
    if len(names) < 2:
        raise ValueError(f"annotations must hold at least two annotators, got {len(names)}")
    read = {name: _documents(annotations[name], name) for name in names}
    pairs: dict[tuple[str, str], Scores] = {}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            gold, pred = _with_unannotated(read[a], read[b]), read[b]
            pairs[(a, b)] = _score_documents(*gold, *pred, None)
    return Agreement(names, pairs)
