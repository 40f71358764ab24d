#!/usr/bin/env python3
"""Time per character of claimkit.extract from 1 KB to 10 MB documents.

usage: python benchmarks/scaling_size.py [--max-mb 10]
Each size's documents are cut one after another from the same long news text (the seed
article, each copy numbered), 200,000 characters' worth at least, so every size reads the
same mix of prose and claims. Prints CPU microseconds per character and the ratio to the
smallest size: flat means linear.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import claimkit

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=10)
    args = ap.parse_args(argv)
    seed = SEED.read_text(encoding="utf-8")
    claimkit.extract(seed, published="2020-10-12")  # warm-up
    sizes = [1_000, 10_000, 100_000, 1_000_000, int(args.max_mb * 1_000_000)]
    # one long text of news; documents of each size are cut from it one after another,
    # at least 200,000 characters' worth, so every size reads the same mix of prose and
    # claims (a single 1 KB cut would be the article's claim-dense opening paragraph)
    longest = max(sizes[-1], 200_000)
    copies = longest // len(seed) + 2
    text = "".join(f"{seed}\nCopy {i}.\n\n" for i in range(copies))
    base = None
    for size in sizes:
        docs = [text[at : at + size] for at in range(0, max(size, 200_000), size)]
        t = time.process_time()
        for doc in docs:
            claimkit.extract(doc, published="2020-10-12")
        per_char = (time.process_time() - t) / (len(docs) * size) * 1e6
        base = base or per_char
        print(
            f"{size:>12,} chars: {per_char:6.2f} us/char  ({per_char / base:.2f}x the 1 KB "
            f"figure; {len(docs)} document{'s' if len(docs) > 1 else ''})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
