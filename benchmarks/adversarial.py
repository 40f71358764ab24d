#!/usr/bin/env python3
"""Adversarial inputs: CPU time per character of each family against ordinary news.

usage: python benchmarks/adversarial.py [--kb 1000] [--repeat 5] [--family NAME ...]
Each family is --kb kilobytes (default 1 MB); ordinary news is the seed article,
copies numbered, cut to the same size. Each family is timed in --repeat rounds, each
round timing news and then the family (CPU time), so a slow or fast moment of this
shared machine (±25% within minutes) falls on both sides of the round's ratio. Prints
each family's median microseconds per character and its median ratio to news over the
rounds, with their range. The correctness of each family is tested in
tests/test_robustness.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import claimkit

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


def families(n: int) -> dict[str, str]:
    seed = SEED.read_text(encoding="utf-8")
    news = "".join(f"{seed}\nCopy {i}.\n\n" for i in range(n // len(seed) + 2))[:n]

    def fill(unit: str) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return {
        "ordinary news": news,
        "no punctuation": fill("said the officials that the truce holds and "),
        "quote marks only": fill('"'),
        "100k unbalanced quotes": fill("“" * 100_000 + " ") if n >= 100_000 else fill("“"),
        "deeply nested quotes": fill("“‘«"),
        "one sentence": fill("Mohi said that the factions, officials said, would stop, and "),
        # relative clauses and asides, each looking for the main clause's report
        "relative clauses, one sentence": fill(
            "Lane, who has denied it, said Ruiz, who backs it, warned and "
        ),
        "anonymous sources, one sentence": fill(
            "an official who asked not to be named said it and "
        ),
        "asked whom if, one sentence": fill("they asked Smith if it holds and "),
        "nobody and neither, one sentence": fill(
            "nobody said neither confirmed nor denied it and "
        ),
        "contracted negations and pronouns": fill("He'd said they haven't denied we'll say it, "),
        "parentheticals, one sentence": fill("the bridge, officials said, was safe and "),
        "capitalized cues, one sentence": fill("it was reported by The Post and Said Ali "),
        "names and pronouns, one sentence": fill(
            "Ana Lane met Tom Hill, and he said it holds, and "
        ),
        "times, one sentence": fill("a poll released on Monday showed him with a lead and "),
        "questions, one sentence": fill("when asked if it holds and "),
        # one long run of white space or punctuation at the edge of many contents
        "dashes, then claims": "—" * (n // 2)
        + fill(" the deal holds, officials said, and ")[: n // 2],
        "claims, then commas": fill("Lane said it holds and ")[: n // 2] + ", " * (n // 4),
        "quotes and cues, one sentence": fill("“it holds,” he said, and "),
        "runs of cue verbs": fill("told asked urged warned begged said "),
        # a colon closing each paragraph, blank lines in \r\n: each content once ran
        # to the next "\n\n", here the end of the text
        "colons closing paragraphs": fill("He said:\r\n\r\n"),
        # a name of the other gender before each pronoun; quotes inside every content
        "names, then 'he'": fill("Ana and he said it and "),
        "quotes in every content": fill("he said ‘a’ and "),
        # markers that ask whether their sentence holds a modal ("once", "until")
        "runs of 'once' in claims": fill("He said " + "once " * 150 + "x. "),
        # distinct dates, which once went each to dateparser (4 ms a call)
        "numeric dates": fill(
            "".join(
                f"Lane said it rained on {m}/1/{y} and {m}/15/{y}. "
                for y in range(1950, 2021)
                for m in range(1, 13)
            )
        ),
        "all caps": news.upper(),
        "combining characters": fill("e\u0301"),
        "\\r\\n line ends": news.replace("\n", "\r\n")[:n],
        "\\r line ends": news.replace("\n", "\r"),
        "NUL and controls": fill("\x00\x01said\x02 that\x0b it\x1f holds. "),
        "right to left": fill("قال المتحدث إن الهدنة صامدة. "),
        "emoji": fill("😀 Ana said 👍 that 🎉 it holds. "),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5, help="rounds per family")
    ap.add_argument(
        "--family", action="append", help="time only this family (repeatable; default all)"
    )
    args = ap.parse_args(argv)
    n = args.kb * 1000
    known = families(1)
    for name in args.family or []:
        if name not in known or name == "ordinary news":
            others = ", ".join(repr(k) for k in known if k != "ordinary news")
            ap.error(f"--family: no family {name!r}; the families are {others}")
    claimkit.extract(SEED.read_text(encoding="utf-8"), published="2020-10-12")  # warm-up

    def cpu(text: str) -> float:
        t = time.process_time()
        claimkit.extract(text, published="2020-10-12")
        return time.process_time() - t

    texts = families(n)
    news = texts.pop("ordinary news")
    if args.family:
        texts = {k: v for k, v in texts.items() if k in args.family}
    news_times: list[float] = []
    print(f"{'family':33s} {'us/char':>7s}  {'x news (median, range)':s}")
    for name, text in texts.items():
        rounds = [(cpu(news), cpu(text)) for _ in range(args.repeat)]
        news_times += [t for t, _ in rounds]
        us = statistics.median(t for _, t in rounds) / len(text) * 1e6
        ratios = sorted((f / len(text)) / (t / len(news)) for t, f in rounds)
        print(
            f"{name:33s} {us:7.2f}  {statistics.median(ratios):4.1f}x "
            f"({ratios[0]:.1f} to {ratios[-1]:.1f})"
        )
    news_us = statistics.median(news_times) / len(news) * 1e6
    print(f"{'ordinary news':33s} {news_us:7.2f}  (median of all {len(news_times)} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
