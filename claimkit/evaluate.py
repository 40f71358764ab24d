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
and claimkit's own document JSON (``"claims"`` with span objects).

>>> gold = {"id": "d", "text": "Ana said it works.",
...         "attributions": [{"source": [0, 3], "cue": [4, 8], "content": [9, 17]}]}
>>> pred = {"id": "d", "claims": [{"source": {"start": 0, "end": 3},
...         "cue": {"start": 4, "end": 8}, "content": {"start": 9, "end": 17}}]}
>>> score([gold], [pred]).f1("full")
1.0
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = ["Agreement", "Scores", "agreement", "load", "score", "score_files"]

_TRIM = set(" \t\r\n\"'“”‘’«».,;:—–-")
_MEASURES = ("attribution", "content>=.5", "content=", "full")
Pair = tuple[int, int]


def _span(x: Any) -> Pair | None:
    if x is None:
        return None
    if isinstance(x, Mapping):
        if x.get("start") is None:
            return None
        return int(x["start"]), int(x["end"])
    return int(x[0]), int(x[1])


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


def _items(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A document's attributions, from either the gold shape or claimkit's."""
    if "attributions" in doc:
        return list(doc["attributions"])
    return list(doc.get("claims", []))


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
        attributions having it."""
        c = self.counts
        key = f"role_{role}_{'exact' if exact else 'overlap'}"
        return _prf(c.get(key, 0), c.get(f"role_pred_{role}", 0), c.get(f"role_gold_{role}", 0))

    def prf(self, measure: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one measure (``attribution``, ``cue``, ...)."""
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
    gold: Iterable[Mapping[str, Any]],
    pred: Iterable[Mapping[str, Any]],
    *,
    by: str | None = None,
) -> Scores:
    """Score predicted documents against gold documents (dicts, matched by ``id``).

    Args:
        gold: documents with ``id``, ``text`` and ``attributions`` (or ``claims``).
        pred: documents with ``id`` and ``claims`` (or ``attributions``).
        by: a gold attribution field to break recall down by (``kind_heuristic``).

    Returns:
        The :class:`Scores`.
    """
    gold_docs = {d["id"]: d for d in gold}
    pred_docs = {d["id"]: d for d in pred}
    c: dict[str, int] = defaultdict(int)
    grp: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pgrp: dict[str, dict[str, list[int]]] = {"mode": {}, "stance": {}}
    missing = 0
    for did, g in gold_docs.items():
        text = g["text"]
        p = pred_docs.get(did)
        if p is None:
            missing += 1
            p = {"claims": []}
        ga = [a for a in _items(g) if _span(a.get("content")) is not None]
        gc = [_trim(text, _span(a["content"])) for a in ga]
        pcl = _items(p)
        pc = [_trim(text, _span(x.get("content"))) for x in pcl]
        c["gold"] += len(ga)
        c["pred"] += len(pcl)
        if by:
            for a in ga:
                grp[str(a.get(by))][1] += 1
        for role in ("source", "cue", "content"):
            c[f"role_gold_{role}"] += sum(1 for a in ga if _span(a.get(role)) is not None)
            c[f"role_pred_{role}"] += sum(1 for x in pcl if _span(x.get(role)) is not None)
        matched_j: set[int] = set()
        pairs = [
            (_dice(pc[j], gc[i]), i, j)
            for i in range(len(ga))
            for j in range(len(pcl))
            if _inter(pc[j], gc[i]) > 0
        ]
        for sc, i, j in _greedy(pairs):
            a, x = ga[i], pcl[j]
            matched_j.add(j)
            c["attribution"] += 1
            for role in ("source", "cue", "content"):
                gs, ps = _span(a.get(role)), _span(x.get(role))
                if gs is not None and ps is not None:
                    c[f"role_{role}_overlap"] += _inter(gs, ps) > 0
                    c[f"role_{role}_exact"] += _trim(text, gs) == _trim(text, ps)
            if by:
                grp[str(a.get(by))][0] += 1
            if sc >= 0.5:
                c["content>=.5"] += 1
            if pc[j] == gc[i]:
                c["content="] += 1
            gsrc, psrc = _span(a.get("source")), _span(x.get("source"))
            src_ok = (gsrc is None and psrc is None) or _inter(gsrc, psrc) > 0
            if gsrc is not None:
                c["src_total"] += 1
                c["src_ok"] += _inter(gsrc, psrc) > 0
            if _inter(_span(a.get("cue")), _span(x.get("cue"))) > 0 and src_ok:
                c["full"] += 1
        for j, x in enumerate(pcl):
            for field in ("mode", "stance"):
                value = x.get(field)
                if isinstance(value, str):
                    cell = pgrp[field].setdefault(value, [0, 0])
                    cell[0] += j in matched_j
                    cell[1] += 1
        gcu = [_span(a.get("cue")) for a in _items(g) if _span(a.get("cue")) is not None]
        pcu = [_span(x.get("cue")) for x in pcl if _span(x.get("cue")) is not None]
        c["gold_cue"] += len(gcu)
        c["pred_cue"] += len(pcu)
        cpairs = [
            (float(_inter(pcu[j], gcu[i])), i, j) for i in range(len(gcu)) for j in range(len(pcu))
        ]
        c["cue"] += len(_greedy(cpairs))
    recall = {k: (v[0], v[1]) for k, v in sorted(grp.items())}
    precision = {f: {k: (v[0], v[1]) for k, v in sorted(d.items())} for f, d in pgrp.items()}
    return Scores(len(gold_docs), missing, c["gold"], c["pred"], dict(c), recall, by, precision)


def load(path: str | Path) -> list[dict[str, Any]]:
    """Documents from a JSONL file (one JSON object a line).

    Raises:
        ValueError: a line is not JSON or has no ``id``; the message names file and line.
    """
    out: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{n}: not JSON ({err.msg})") from None
            if not isinstance(d, dict) or "id" not in d:
                raise ValueError(f"{path}:{n}: a document needs an 'id'")
            out.append(d)
    return out


def score_files(gold: str | Path, pred: str | Path, *, by: str | None = None) -> Scores:
    """:func:`score` on two JSONL files: the figures of ``score_attributions.py``."""
    return score(load(gold), load(pred), by=by)


@attrs.frozen
class Agreement:
    """Pairwise agreement between annotators: each pair scored both ways.

    ``pairs`` maps ``(a, b)`` to the :class:`Scores` of ``b`` against ``a`` as gold;
    the symmetric F1 of a measure is the same either way round.
    """

    names: tuple[str, ...]
    pairs: Mapping[tuple[str, str], Scores]

    def f1(self, a: str, b: str, measure: str = "attribution") -> float:
        """The F1 of ``measure`` between annotators ``a`` and ``b``."""
        return self.pairs[(a, b)].f1(measure)

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


def agreement(
    annotations: Mapping[str, Sequence[Mapping[str, Any]]] | Sequence[Sequence[Mapping[str, Any]]],
) -> Agreement:
    """Pairwise agreement between two or more annotators' documents (same ids, texts).

    Args:
        annotations: annotator name → documents, or a sequence of document lists
            (named "A", "B", ...).

    Raises:
        ValueError: fewer than two annotators.
    """
    if not isinstance(annotations, Mapping):
        annotations = {chr(ord("A") + i): docs for i, docs in enumerate(annotations)}
    names = tuple(annotations)
    if len(names) < 2:
        raise ValueError(f"annotations must hold at least two annotators, got {len(names)}")
    pairs: dict[tuple[str, str], Scores] = {}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pairs[(a, b)] = score(annotations[a], annotations[b])
    return Agreement(names, pairs)
