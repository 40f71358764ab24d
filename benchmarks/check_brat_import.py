#!/usr/bin/env python3
"""Importing PolNeAR's original brat files reproduces the offsets of the converted JSONL.

usage: python benchmarks/check_brat_import.py BRAT_DIR JSONL
BRAT_DIR holds text/NAME.txt, attributions/NAME_ANNOTATOR.ann and metadata.tsv (the
first annotator listed per article is the one the JSONL was made from), e.g.
../shared/corpora/polnear_brat_dev ../shared/corpora/polnear_dev.jsonl. Prints how many
documents and attributions match (source, cue and content offsets).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from claimkit.io.brat import read_brat


def _span(x: object) -> tuple[int, int] | None:
    return None if x is None else (x[0], x[1])  # type: ignore[index]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root, jsonl = Path(argv[0]), argv[1]
    with open(root / "metadata.tsv", encoding="utf-8") as fh:
        first = {
            r["filename"]: r["annotators"].replace("|", ",").split(",")[0].strip()
            for r in csv.DictReader(fh, delimiter="\t")
        }
    gold = {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                gold[d["id"]] = d
    docs = same_docs = atts = same_atts = 0
    for name, annotator in sorted(first.items()):
        if name not in gold:
            continue
        doc = read_brat(
            root / "text" / f"{name}.txt", root / "attributions" / f"{name}_{annotator}.ann"
        )
        ours = sorted(
            [
                (
                    (c.source.mention.start, c.source.mention.end)
                    if c.source and c.source.mention
                    else None,
                    (c.cue.span.start, c.cue.span.end) if c.cue else None,
                    (c.content[0].start, c.content[-1].end),
                )
                for c in doc.claims
            ],
            key=repr,
        )
        theirs = sorted(
            [
                (_span(a["source"]), _span(a["cue"]), _span(a["content"]))
                for a in gold[name]["attributions"]
                if a.get("content")
            ],
            key=repr,
        )
        docs += 1
        same_docs += ours == theirs
        atts += len(theirs)
        same_atts += sum(1 for t in theirs if t in ours)
    print(
        f"documents: {same_docs}/{docs} identical; attributions: {same_atts}/{atts} with the same "
        f"source, cue and content offsets"
    )
    return 0 if docs and same_docs == docs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
