#!/usr/bin/env python3
"""Run claimkit.extract over an annotated corpus and score it like the project's figures.

usage: python benchmarks/eval_attributions.py CORPUS.jsonl [--out PRED.jsonl] [--by FIELD]

CORPUS is JSONL with "id", "text" and a published date ("publication_date" or
"published"), e.g. ../shared/corpora/polnear_dev.jsonl. Predictions are written in
claimkit's document JSON (default: a temporary file) and scored with claimkit.evaluate,
which gives the figures of ../shared/tools/score_attributions.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time

import claimkit
from claimkit.io import to_dict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--out", help="where to write the predictions (JSONL)")
    ap.add_argument("--by", default="kind_heuristic", help="gold field for recall breakdown")
    args = ap.parse_args(argv)
    out = args.out or tempfile.mkstemp(suffix=".jsonl")[1]
    words = 0
    t0 = time.perf_counter()
    with open(args.corpus, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as pf:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            published = d.get("publication_date") or d.get("published")
            doc = claimkit.extract(d["text"], published=published, id=d["id"])
            words += len(d["text"].split())
            pf.write(json.dumps(to_dict(doc), ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - t0
    print(f"extracted {words} words in {elapsed:.2f} s -> {out}", file=sys.stderr)
    try:
        from claimkit.evaluate import score_files
    except ImportError:  # the scorer of the issue on evaluation
        import subprocess

        return subprocess.call(
            [
                sys.executable,
                "../shared/tools/score_attributions.py",
                args.corpus,
                out,
                "--by",
                args.by,
            ]
        )
    print(score_files(args.corpus, out, by=args.by).format())
    return 0


if __name__ == "__main__":
    sys.exit(main())
