#!/usr/bin/env python3
"""Time per character of claimkit.extract from 1 KB to 10 MB documents.

usage: python benchmarks/scaling_size.py [--max-mb 10]
Each document is news (the seed article, each copy numbered) cut to size. Prints CPU
microseconds per character and the ratio to the smallest size: flat means linear.
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
    base = None
    for size in sizes:
        copies = size // len(seed) + 2
        text = "".join(f"{seed}\nCopy {i}.\n\n" for i in range(copies))[:size]
        runs = max(1, 200_000 // size)
        t = time.process_time()
        for _ in range(runs):
            claimkit.extract(text + " " * _, published="2020-10-12")
        per_char = (time.process_time() - t) / runs / size * 1e6
        base = base or per_char
        print(
            f"{size:>12,} chars: {per_char:6.2f} us/char  ({per_char / base:.2f}x the 1 KB figure)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
