#!/usr/bin/env python3
"""Hedge cues and sentence uncertainty against a speculation-annotated corpus.

usage: python benchmarks/eval_hedges.py CORPUS.jsonl

CORPUS is JSONL with "text", "uncertain" (bool) and "hedges" ([{"cue": [s, e]}]), e.g.
../shared/corpora/sfu_review.jsonl. Prints hedge-cue P/R/F1 (a predicted speculation cue
matches a gold cue when they overlap, one to one; boosters and approximators are left out
because these corpora do not annotate them) and sentence-level uncertainty P/R/F1 of
claimkit.is_uncertain against "uncertain".
"""

from __future__ import annotations

import json
import sys

import claimkit
from claimkit import HedgeKind

NOT_SPECULATION = {HedgeKind.BOOSTER, HedgeKind.APPROXIMATOR}


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    tp = npred = ngold = 0
    s_tp = s_pred = s_gold = 0
    with open(argv[0], encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            text = d["text"]
            pred = [h.span for h in claimkit.hedges(text) if h.kind not in NOT_SPECULATION]
            gold = [tuple(h["cue"]) for h in d.get("hedges", [])]
            npred += len(pred)
            ngold += len(gold)
            used: set[int] = set()
            for g in gold:
                for i, p in enumerate(pred):
                    if i not in used and min(p.end, g[1]) > max(p.start, g[0]):
                        used.add(i)
                        tp += 1
                        break
            guess = claimkit.is_uncertain(text)
            s_pred += guess
            s_gold += bool(d["uncertain"])
            s_tp += guess and bool(d["uncertain"])
    p, r, f = prf(tp, npred, ngold)
    print(f"hedge cues: P {p:.1%} R {r:.1%} F1 {f:.1%} ({tp} of {ngold} gold, {npred} predicted)")
    p, r, f = prf(s_tp, s_pred, s_gold)
    print(f"sentences:  P {p:.1%} R {r:.1%} F1 {f:.1%} ({s_gold} uncertain)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
