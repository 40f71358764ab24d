#!/usr/bin/env python3
"""Cold start: `import claimkit`, and the first extract call, in fresh processes.

usage: python benchmarks/coldstart.py [--runs N]
Prints the median over N fresh interpreters (wall time, measured inside the process).
``import claimkit`` loads its submodules on first use of a name (PEP 562), so the first
``extract`` call pays for importing the pipeline; the total is printed too.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CODE = """
import time
t0 = time.perf_counter()
import claimkit
t1 = time.perf_counter()
claimkit.extract("Mohi said on Saturday that the factions may stop if talks resume.",
                 published="2020-10-12")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    imports, firsts = [], []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", CODE], capture_output=True, text=True, check=True
        ).stdout.split()
        imports.append(float(out[0]))
        firsts.append(float(out[1]))
    print(
        f"import claimkit: median {statistics.median(imports) * 1000:.0f} ms "
        f"(min {min(imports) * 1000:.0f} ms) over {args.runs} fresh processes"
    )
    print(
        f"first extract call (imports the pipeline): median "
        f"{statistics.median(firsts) * 1000:.0f} ms (min {min(firsts) * 1000:.0f} ms)"
    )
    totals = [a + b for a, b in zip(imports, firsts, strict=True)]
    print(f"import and first extract together: median {statistics.median(totals) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
