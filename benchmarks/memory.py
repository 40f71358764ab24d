#!/usr/bin/env python3
"""Peak memory while streaming a large JSONL corpus through `claimkit extract --jsonl`.

usage: python benchmarks/memory.py [--mb 200] [--keep PATH]
Builds a corpus of about --mb megabytes (PolNeAR-like news made from the seed article,
each document different) in a temporary directory, streams it through the command line
to /dev/null, and prints the child's peak resident memory and the time taken.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


def build(path: Path, megabytes: int) -> int:
    text = SEED.read_text(encoding="utf-8")
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < megabytes * 1_000_000:
            doc = {"id": f"doc{n}", "text": f"{text}\nEdition {n}.\n", "published": "2020-10-12"}
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--keep", help="build the corpus here and keep it")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.keep) if args.keep else Path(tmp) / "corpus.jsonl"
        docs = build(corpus, args.mb)
        size = os.path.getsize(corpus) / 1e6
        t = time.perf_counter()
        with open(os.devnull, "w") as sink:
            subprocess.run(
                [sys.executable, "-m", "claimkit", "extract", str(corpus), "--jsonl"],
                stdout=sink,
                check=True,
            )
        elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    print(f"corpus {size:.0f} MB, {docs:,} documents, streamed in {elapsed:.0f} s")
    print(f"peak RSS of `claimkit extract --jsonl`: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
