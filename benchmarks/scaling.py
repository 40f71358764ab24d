#!/usr/bin/env python3
"""Throughput of extract_many with 1 and 2 (or more) processes on a JSONL corpus.

usage: python benchmarks/scaling.py CORPUS.jsonl [--processes 1 2]
Wall-clock words per second over the whole corpus, after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import claimkit


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    with open(args.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    words = sum(len(d["text"].split()) for d in docs)
    list(claimkit.extract_many(docs[:5], processes=1))  # warm-up
    for p in args.processes:
        t = time.perf_counter()
        n = sum(1 for _ in claimkit.extract_many(docs, processes=p))
        elapsed = time.perf_counter() - t
        print(f"{p} process(es): {n} documents, {words / elapsed:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
