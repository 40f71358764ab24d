"""Extraction does work in proportion to its input, pattern by pattern of the grammar.

Time is measured in benchmarks/, never here. What is counted here is work: the lines
of Python that one extraction executes (``sys.settrace``), which a given input makes the
same on any machine. Each pattern of the grammar (docs/extraction.md) and of the
enrichments is repeated to 8, 16 and 32 KB, in one sentence and as sentences of their
own. The lines the last 16 KB add must be about twice those the 16 KB before them
added: at most ``_SLACK`` times twice. The difference leaves out what any text costs
once and what a short text costs less (contents grow until the 2,000-character cap:
from 4 to 16 KB the count grows up to 1.17 times faster than the text, from 16 to
32 KB by 1.00). Every pattern here measures 0.73 to 1.05. A rule that rereads
everything before it grows its share of the work with the text and fails. Seven did
(docs/performance.md): a parenthetical rule looking back over every claim of its
sentence (1.84), a headline test rerun for each capitalized cue form (1.91), a
participle's subject looked for through every earlier sentence's claims (1.34), a
follow-on quote checked against every content piece of the document, walks left over
"-ly" cue forms and over nouns that are also verbs with no bound, and a noun cue's
content read to the sentence end for each cue.

The regex engines' own work is not counted; tests/test_regex_safety.py covers it.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import attribution
from claimkit.evaluate import score
from claimkit.io import to_dict
from claimkit.text import Sentence

# How much faster than the text the lines it adds may grow.
_SLACK = 1.15

UNITS = [
    # the grammar table of docs/extraction.md, row by row
    "Mohi said that these factions had agreed to stop, ",
    "he told reporters on Monday that the deal holds and ",
    "Mohi, a spokesman for X, said the deal holds and ",
    "Pence (R-IN) said it holds and ",
    "the deal holds, officials said, and ",
    "“the deal holds,” said Mohi, and ",
    "“the deal,” he said, “holds” and ",
    "the bridge, officials said, was safe and ",
    "Lane said that the bridge, officials said, was safe, and ",
    "Lane said the bridge was safe, officials said, and ",
    "“You winning?” she said and ",
    "“it holds,” he said. “It does.” ",
    "He said: “it holds ",
    "the deal holds, adding that it works, saying it does and ",
    "Graham urged calm, and criticized the deal, and ",
    "Lane said the bridge was safe, and Ruiz said it was not, and ",
    "according to the city engineer, the bridge holds and ",
    "the deal holds, according to Mohi, and ",
    "issued a statement on Saturday that the deal holds and ",
    "Washington's threat to leave the deal and ",
    "claims of sexual abuse and ",
    "it was seen as a deal and is said to hold and was reported by The Post and ",
    "The speaker appeared closer to a deal and ",
    "he is convinced that it holds and ",
    "PENCE: Well, it holds ",
    # clauses around reports
    "Lane, who said that it rained, thinks the bridge, officials said, was safe and ",
    "When Lane said that it would close, the bridge, officials said, was safe and ",
    "Lane said that the bridge — no different, officials said, from ",
    "Lane said it rained, and that the bridge, officials said, was safe and ",
    "Lane said that Ruiz said that Kim said that ",
    "Lane said the bridge was safe, Ruiz said, Kim said, ",
    "the bridge, Lane said, the road, Ruiz said, ",
    "“‘it holds,’ he said,” she said, and ",
    "when asked if it holds and ",
    # quotes that follow a quoted claim, paragraph after paragraph
    "“it holds,” he said. “It does.”\n\n",
    # runs of cue forms: ending in "-ly", nouns that are also verbs, noun cues
    "reply quickly ",
    "officials report ",
    "claims of claims of ",
    "told asked urged ",
    # claims sharing the subject of an earlier one in their sentence
    "he left, adding that it rained, ",
    "Lane smiled and said it rained and ",
    # enrichments, names and odd material
    "he did not deny that it holds and she denies it and ",
    "he may allegedly possibly have said that it could hold if it rains and ",
    "Lane said on Monday, last week, two days ago, in May 2016, that it holds and ",
    "Ana Lane met Tom Hill, and he said it holds, and ",
    "Mr. Smith said he and she and they said it holds and ",
    "it was reported by The Post and Said Ali and Mr. Said ",
    "said said said said ",
    ", , , officials said , ",
    "“ ” “ said ” ",
    "“He said ",
    "that, that, said that, ",
    "- - said - that - , ",
]


def _lines(run: Callable[[], object]) -> int:
    """The lines of Python that ``run()`` executes."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        return local

    previous = sys.gettrace()
    sys.settrace(call)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def _growth(work: Callable[[int], Callable[[], object]]) -> float:
    """How much faster than the text the lines of ``work(size)()`` grow: the lines the
    32 KB from 16 add, over twice those the 16 KB from 8 add (1.0 when linear)."""
    work(32_000)()  # lexicons, caches and lazily compiled patterns are loaded first
    w8, w16, w32 = (_lines(work(n)) for n in (8_000, 16_000, 32_000))
    return (w32 - w16) / (w16 - w8) / 2


@pytest.mark.parametrize("sentences", [False, True], ids=["one sentence", "sentences"])
@pytest.mark.parametrize("unit", UNITS)
def test_work_grows_in_proportion_to_the_text(unit: str, sentences: bool) -> None:
    if sentences:
        unit = unit[:1].upper() + unit[1:] + ". "

    def extraction(n: int) -> Callable[[], object]:
        text = (unit * (n // len(unit) + 1))[:n]
        return lambda: claimkit.extract(text, published="2020-10-12")

    growth = _growth(extraction)
    assert growth <= _SLACK, f"the lines grow {growth:.2f}x as fast as the text"


def _rereading(text: str) -> None:
    for i in range(0, len(text), 40):  # a claim every 40 characters
        for c in text[:i:40]:  # reads back over every claim before it
            if c != "x":
                break


def _reading(text: str) -> None:
    for c in text[::40]:
        if c != "x":
            break


def test_the_count_sees_a_quadratic_rule() -> None:
    # the measure itself, on a rule that rereads every claim before it and on one that
    # does not
    assert _growth(lambda n: lambda: _rereading("x" * n)) > _SLACK
    assert _growth(lambda n: lambda: _reading("x" * n)) <= _SLACK


def _trim_edges(n: int) -> Callable[[], object]:
    # content edges spread over one long run of dashes and spaces, as the claims of a
    # sentence after "— — — …" have; each call a text of its own, so that nothing
    # computed for an earlier one serves it
    def trim() -> object:
        view = f"x{next(_texts)} " + "— " * (n // 2) + "x"
        return [attribution._trim(view, e, min(e + 40, len(view))) for e in range(2, n, 199)]

    return trim


_texts = itertools.count()


def test_trimming_many_edges_in_one_long_run_is_linear() -> None:
    # each walk once crossed the whole run; a cache of walked edges hid it until more
    # than 1,024 edges were trimmed
    assert _growth(_trim_edges) <= _SLACK


def _scoring(n: int) -> Callable[[], object]:
    # one long document scored against itself: every gold claim was compared with every
    # predicted one, the product of their counts
    text = ("Lane said the bridge was safe. “It holds,” he said. " * (n // 50 + 1))[:n]
    doc = to_dict(claimkit.extract(text))
    return lambda: score([doc], [doc])


def test_scoring_a_long_document_is_linear() -> None:
    assert _growth(_scoring) <= _SLACK


def _naive_trim(view: str, start: int, end: int) -> tuple[int, int]:
    while start < len(view) and (view[start].isspace() or view[start] in ",:;—–-"):
        start += 1
    start = min(start, end)
    while end > 0 and (view[end - 1].isspace() or view[end - 1] in ".,;:!?—–-"):
        end -= 1
    return start, max(end, start)


@given(
    st.text(alphabet=st.sampled_from(" \n\u2003,:;—–-.!?x"), max_size=120),
    st.data(),
)
def test_trimming_a_long_run_finds_what_a_walk_finds(view: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    assert attribution._trim(view, start, end) == _naive_trim(view, start, end)


_WORDS = ["told", "asked", "the", "Mohi", "officials", ",", "(", "—", "said", "he", "."]


@given(
    st.lists(st.sampled_from(_WORDS), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=20),
)
def test_a_sentences_tables_answer_as_a_walk_does(
    words: list[str], asks: list[tuple[int, int]]
) -> None:
    # the tables a sentence keeps for runs of cues (a stretch of plain tokens, the
    # breaks before a subject) answer any sequence of questions as a walk would
    text = " ".join(words)
    tokens = attribution._tokens(text, 0, len(text))
    toks = tokens[0]
    sentence = attribution._Sentence(text, 0, Sentence(0, len(text), 0, False), tokens, [])
    for i, width in asks:
        i = min(i, len(toks))
        limit = min(len(toks), i + width)
        head = next(
            (
                k
                for k in range(i, limit)
                if attribution._head_ok(toks[k]) or toks[k].text[:1].isupper()
            ),
            limit,
        )
        assert sentence.next_head(i, limit) == head
        before = [k for k in range(i) if toks[k].text in ",;:()—–"]
        assert sentence.last_subject_break(i) == (before[-1] if before else -1)
