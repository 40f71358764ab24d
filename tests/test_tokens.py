"""A sentence's tokens, looked up run by run, are those the token pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimkit import attribution

# what tokens are made of and what stands between them: letters (one lowering to two
# code points), digits, a combining mark, the characters inside words and numbers,
# punctuation, spaces of several kinds; runs longer than those whose tokens are cached
_PIECES = ["a", "B", "é", "İ", "\u0301", "1", "_", "'", "-", ".", ",", ":", "&", "“", "—"]
_SPACES = [" ", " ", " ", "  ", "\n", "\t", "\u2003"]


@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=50), max_size=12),
    st.lists(st.sampled_from(_SPACES), max_size=12),
    st.integers(0, 3),
    st.integers(0, 3),
)
def test_tokens_are_the_pattern_s(
    runs: list[list[str]], spaces: list[str], lead: int, trail: int
) -> None:
    text = "".join(
        "".join(run) + (spaces[i] if i < len(spaces) else " ") for i, run in enumerate(runs)
    )
    view = "x " + text + "y"
    # (from inside the text or past its end; to its end or before the run after it)
    start, end = 2 + min(lead, len(text)), len(view) - trail
    words, starts = attribution._tokens(view, start, end)
    expected = list(attribution._TOKEN.finditer(view, start, end))
    assert [(w.text, w.low) for w in words] == [(m.group(), m.group().lower()) for m in expected]
    assert starts == [m.start() for m in expected]
