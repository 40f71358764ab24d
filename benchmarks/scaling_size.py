#!/usr/bin/env python3
"""Time per character of claimkit.extract from 1 KB to 10 MB documents.

usage: python benchmarks/scaling_size.py [--max-mb 10]
Each size's documents are cut one after another from the same long news text (the seed
article, each copy numbered), 200,000 characters' worth at least, so every size reads the
same mix of prose and claims. The sizes are timed in --rounds rounds, in turn (the order
reversed every other round), so the drift of a shared machine falls on every size alike.
Prints each size's median CPU microseconds per character, its ratio to the smallest
size, and the largest median over the smallest: flat means linear.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import claimkit

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=10)
    ap.add_argument("--rounds", type=int, default=3)
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
    cuts = {
        size: [text[at : at + size] for at in range(0, max(size, 200_000), size)] for size in sizes
    }
    times: dict[int, list[float]] = {size: [] for size in sizes}
    for r in range(args.rounds):
        for size in sizes if r % 2 == 0 else reversed(sizes):
            docs = cuts[size]
            t = time.process_time()
            for doc in docs:
                claimkit.extract(doc, published="2020-10-12")
            times[size].append((time.process_time() - t) / (len(docs) * size) * 1e6)
    medians = {size: statistics.median(ts) for size, ts in times.items()}
    base = medians[sizes[0]]
    for size in sizes:
        n = len(cuts[size])
        print(
            f"{size:>12,} chars: {medians[size]:6.2f} us/char  ({medians[size] / base:.2f}x "
            f"the 1 KB figure; {n} document{'s' if n > 1 else ''}, median of {args.rounds})"
        )
    spread = max(medians.values()) / min(medians.values())
    print(f"largest over smallest: {spread:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
