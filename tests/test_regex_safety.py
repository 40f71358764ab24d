"""No pattern in the package backtracks catastrophically.

Every compiled pattern of every claimkit module (module-level, and those built by the
lexicon loaders) runs over each worst-case input family, ~100 KB each, in a separate
process with a time limit: a pattern that takes longer fails the test by name.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    r"""
    import importlib, json, pkgutil, re, sys, time
    import regex
    import claimkit
    cues = importlib.import_module("claimkit.cues")
    conditions = importlib.import_module("claimkit.conditions")
    hedges = importlib.import_module("claimkit.hedges")

    patterns = {}
    for info in pkgutil.walk_packages(claimkit.__path__, "claimkit."):
        if info.name.endswith("strategies"):
            continue
        mod = importlib.import_module(info.name)
        for name, value in vars(mod).items():
            if isinstance(value, (re.Pattern, regex.Pattern)):
                patterns[f"{info.name}.{name}"] = value
    patterns["claimkit.cues._first_words()"] = cues._first_words()
    for i, scan in enumerate(cues._first_word_scans()):
        patterns[f"claimkit.cues._first_word_scans()[{i}]"] = scan
    patterns["claimkit.conditions._pattern()"] = conditions._pattern()
    patterns["claimkit.conditions._patterns() scanner"] = conditions._patterns()[1]
    patterns["claimkit.hedges._pattern()"] = hedges._pattern()
    patterns["claimkit.hedges._patterns() scanner"] = hedges._patterns()[1]
    timex = importlib.import_module("claimkit.timex")
    trigger, time_pattern = timex._patterns()
    patterns["claimkit.timex._patterns() trigger"] = trigger
    patterns["claimkit.timex._patterns() time"] = time_pattern
    patterns["claimkit.timex._trigger_scanner()"] = timex._trigger_scanner()

    n = 100_000
    families = {
        "letters": "a" * n,
        "capitals": "A" * n,
        "words": "ab " * (n // 3),
        "capitalized words": "Ab " * (n // 3),
        "spaces": " " * n,
        "newlines": "\n" * n,
        "blank lines": "\n \n" * (n // 3),
        "quote marks": '"' * n,
        "curly quotes": "“" * n,
        "apostrophes": "'" * n,
        "dots": "." * n,
        "initials": "A. " * (n // 3),
        "titles": "Mr. " * (n // 4),
        "hyphens": "a-" * (n // 2),
        "digits": "1" * n,
        "dates": "1/1/" * (n // 4),
        "commas": "a, " * (n // 3),
        "repeated cue": "said " * (n // 5),
        "if": "if " * (n // 3),
        "may": "May " * (n // 4),
        "time gaps": ("mid" + " " * 9 + "-") * (n // 13),
        "the": "the " * (n // 4),
        "punctuation": ".,;:!?—" * (n // 7),
        # what a pattern needs before its run, then the run, then no ending: a quote and
        # a dash before capitals once took 6 s for 200 characters (_DASH_TAIL)
        "quote, dash, capitals": ('"— ' + "A" * 300 + "1\n") * (n // 305),
        "quote, dash, capitalized words": ('"— ' + "Ab " * 100 + "1\n") * (n // 305),
        "capitals, colon-less": ("A" * 300 + " a\n") * (n // 303),
    }
    worst = {}
    for pname, pattern in patterns.items():
        slowest = 0.0
        for family, text in families.items():
            t = time.process_time()
            for _ in pattern.finditer(text):
                pass
            slowest = max(slowest, time.process_time() - t)
        worst[pname] = slowest
    json.dump(worst, sys.stdout)
    """
)


def test_every_pattern_is_linear_on_worst_case_input() -> None:
    try:
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=240, check=True
        ).stdout
    except subprocess.TimeoutExpired:
        pytest.fail("a pattern did not finish on 100 KB of worst-case input within 240 s")
    worst = json.loads(out)
    assert len(worst) >= 15, sorted(worst)
    slow = {name: round(t, 2) for name, t in worst.items() if t > 3.0}
    assert not slow, f"patterns slower than 3 s on 100 KB: {slow}"
