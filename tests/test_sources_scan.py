"""The fast paths of sources.py find what the plain scans they stand for find."""

from __future__ import annotations

import random
import re

import pytest

from claimkit import sources
from claimkit.text import Sentence, analyze

# characters each part of the name pattern treats differently: capitals and small
# letters in and out of ASCII, a titlecase letter, marks, letters beyond the BMP,
# particles, the joiners of a name, and punctuation outside ASCII
_PIECES = [
    *"AaBbDdEeIiLlNnOoRrSsUuVvZz'- .?",
    *["al ", "de ", "van ", "abu-", "bin ", "la "],
    *"ÁáÑñÉéǅǈ\u0301\u0300ΩωДд\U0001d400\U0001d41a\u2019“”—\u00a0ǀ\u212a",
]


@pytest.mark.parametrize("share", [0, sources._STAND_IN_SHARE], ids=["stand-ins", "as-is"])
def test_names_finds_what_the_name_pattern_finds(
    monkeypatch: pytest.MonkeyPatch, share: int
) -> None:
    # (a share of 0 reads every text through stand-ins, however many it needs)
    monkeypatch.setattr(sources, "_STAND_IN_SHARE", share)
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in sources._NAME.finditer(text, start, end)]
        assert list(sources._names(text, start, end)) == expected, (text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Obama Says Museum Will Tell the Story. Mr. Obama said it would open on Monday.",
        "Núñez Wins Ávila Race\nThe mayor said the count was over.",
        "A B C D E F. Four Small Words Here Were Enough To Tell? Yes.",
        "“Trump Campaign Hires Pollster” — a headline. It is what he said they did there.",
        "Clinton\u3000Leads\u3000Among\u3000Voters Again. Then the polls narrowed again.",
    ],
)
def test_headlines_are_the_title_case_sentences(text: str) -> None:
    view, sents = analyze(text)
    expected = [s for s in sents if s.heading or sources._title_case(view, s)]
    assert sources._headlines(view, list(sents)) == expected
    # and on the raw text, whatever its white space
    raw = [Sentence(s.start, s.end, s.paragraph, False) for s in sents]
    assert sources._headlines(text, raw) == [s for s in raw if sources._title_case(text, s)]


_ORG_PIECES = [
    *["campaign", "team", "police", "Police", "olice", "foundation", "administration"],
    *[" ", "\n", '"', "-", "'s", "1", "_", "a", "É", "é", "x-"],
    *["the ", "own ", "presidential ", "Senate ", "re-election ", "Trump", "Trump's"],
    *["Clinton ", "Tulsa ", "Charlotte-Mecklenburg "],
]


def test_owned_and_police_organizations_are_those_the_patterns_find() -> None:
    # the heads are found by substring searches and those after a chunk without a
    # capital are not tried: what the patterns find is what they found at every head
    police = re.compile(r"[ ][Pp]olice\b")
    rng = random.Random(3)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(_ORG_PIECES) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        heads = sources._whole_words(text, sources._OWNED_HEADS, start, end)
        owned = sources._ending_at_heads(
            sources._OWNED_ORG, heads, sources._OWNED_REACH, text, start
        )
        expected = [m.span() for m in owned]
        assert [m.span() for m in sources._owned_orgs(text, start, end)] == expected
        spans = [m.span() for m in police.finditer(text, start, end)]
        local = sources._ending_at_heads(
            sources._LOCAL_POLICE, spans, sources._OWNED_REACH, text, start
        )
        expected_police = [m.span() for m in local]
        local = sources._ending_at_heads(
            sources._LOCAL_POLICE,
            sources._police_heads(text, start, end),
            sources._OWNED_REACH,
            text,
            start,
        )
        assert [m.span() for m in local] == expected_police
        found += len(expected) + len(expected_police)
    assert found > 0
