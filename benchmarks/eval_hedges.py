#!/usr/bin/env python3
"""Hedge cues and sentence uncertainty against a speculation-annotated corpus.

usage: python benchmarks/eval_hedges.py CORPUS.jsonl [--errors N]

CORPUS is JSONL with "text", "uncertain" (bool) and "hedges" ([{"cue": [s, e]}]), e.g.
../shared/corpora/sfu_review.jsonl. Prints:

- hedge cues: P/R/F1 of claimkit's speculation cues (every hedge but boosters and
  approximators) against the gold cues; a prediction matches a gold cue when their spans
  overlap, one to one, greedily in text order;
- the same with approximators counted as predictions too ("about 50", "kind of"), which
  these corpora do not annotate;
- sentences: P/R/F1 of claimkit.is_uncertain against "uncertain";
- with --errors N, the N lemmas with the most false positives and the N gold cue texts
  missed most often (counts only; no corpus text is printed).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys

import claimkit
from claimkit import HedgeKind, Span


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(pred: list[Span], gold: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Pair predictions with gold spans one to one by overlap; the matched indices."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    for gi, (gs, ge) in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_p and min(p.end, ge) > max(p.start, gs):
                used_p.add(pi)
                used_g.add(gi)
                break
    return used_p, used_g


def line(name: str, tp: int, npred: int, ngold: int) -> str:
    p, r, f = prf(tp, npred, ngold)
    return (
        f"{name:26} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}  ({tp} of {ngold} gold, {npred} predicted)"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("corpus", help="a JSONL file with text, uncertain and hedges")
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    counts = collections.Counter[str]()
    false_pos = collections.Counter[str]()
    missed = collections.Counter[str]()
    try:
        with open(args.corpus, encoding="utf-8") as fh:
            lines = fh.readlines()
    except OSError as exc:
        print(f"eval_hedges: {exc}", file=sys.stderr)
        return 1
    for line_no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
            text, uncertain = d["text"], bool(d["uncertain"])
            gold = [(int(h["cue"][0]), int(h["cue"][1])) for h in d.get("hedges", [])]
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            print(f"eval_hedges: line {line_no}: {exc!r}", file=sys.stderr)
            return 1
        found = claimkit.hedges(text)
        spec = [h for h in found if h.kind not in (HedgeKind.BOOSTER, HedgeKind.APPROXIMATOR)]
        nonbooster = [h for h in found if h.kind is not HedgeKind.BOOSTER]
        used_p, used_g = match([h.span for h in spec], gold)
        counts["tp"] += len(used_p)
        counts["pred"] += len(spec)
        counts["gold"] += len(gold)
        for i, h in enumerate(spec):
            if i not in used_p:
                false_pos[h.lemma or h.span.text.lower()] += 1
        for i, (s, e) in enumerate(gold):
            if i not in used_g:
                missed[" ".join(text[s:e].lower().split())] += 1
        used_all, _ = match([h.span for h in nonbooster], gold)
        counts["tp_all"] += len(used_all)
        counts["pred_all"] += len(nonbooster)
        guess = claimkit.is_uncertain(text)
        counts["s_pred"] += guess
        counts["s_gold"] += uncertain
        counts["s_tp"] += guess and uncertain
    print(line("hedge cues", counts["tp"], counts["pred"], counts["gold"]))
    print(line("  approximators counted", counts["tp_all"], counts["pred_all"], counts["gold"]))
    print(line("sentences uncertain", counts["s_tp"], counts["s_pred"], counts["s_gold"]))
    if args.errors:
        print(
            "false positives by lemma:",
            ", ".join(f"{k} {v}" for k, v in false_pos.most_common(args.errors)),
        )
        print(
            "missed gold cues:", ", ".join(f"{k} {v}" for k, v in missed.most_common(args.errors))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
