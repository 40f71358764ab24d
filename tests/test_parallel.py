"""extract_many: same documents as extract, in order, from any mix of inputs."""

from __future__ import annotations

import itertools

import pytest

import claimkit

TEXTS = [
    "Ana Lane said the bridge was safe.",
    "“It will reopen in May,” officials said.",
    "The weather was mild and the river was calm.",
]


@pytest.mark.parametrize("processes", [1, 2])
def test_same_as_extract_in_order(processes: int) -> None:
    items = [{"id": f"d{i}", "text": t, "published": "2020-10-12"} for i, t in enumerate(TEXTS)]
    got = list(claimkit.extract_many(items * 3, processes=processes, chunksize=2))
    want = [claimkit.extract(d["text"], published=d["published"], id=d["id"]) for d in items * 3]
    assert got == want


def test_mixed_inputs_and_default_date() -> None:
    docs = list(
        claimkit.extract_many(
            [TEXTS[0], ("b", TEXTS[1]), {"text": TEXTS[2], "id": "c"}],
            processes=1,
            published="2020-10-12",
        )
    )
    assert [d.id for d in docs] == [None, "b", "c"]
    assert all(str(d.published) == "2020-10-12" for d in docs)


def test_streams_an_endless_iterable() -> None:
    endless = itertools.cycle(TEXTS)
    first = list(itertools.islice(claimkit.extract_many(endless, processes=2), 7))
    assert len(first) == 7


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"processes": -1}, ValueError, "processes must be >= 0"),
        ({"processes": "2"}, TypeError, "processes must be an int"),
        ({"chunksize": 0}, ValueError, "chunksize"),
        ({"published": "yesterday"}, ValueError, "published"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], error: type, words: str) -> None:
    with pytest.raises(error, match=words):
        claimkit.extract_many(TEXTS, **kwargs)  # type: ignore[arg-type]


def test_bad_document_is_named_by_index() -> None:
    with pytest.raises(TypeError, match=r"documents\[1\]"):
        list(claimkit.extract_many([TEXTS[0], b"bytes"], processes=1))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("documents", "words"),
    [
        ("Ana said so.", "got one str"),  # would be a document per character
        ({"id": "a", "text": "Ana said so."}, "got one dict"),  # one per key
        (7, "documents must be an iterable, got int"),
    ],
)
def test_one_document_instead_of_many_is_a_type_error(documents: object, words: str) -> None:
    with pytest.raises(TypeError, match=words):
        claimkit.extract_many(documents)  # type: ignore[arg-type]


def test_an_empty_date_is_none_and_the_next_one_counts() -> None:
    # "published": null (as to_dict writes a document without a date) or "" carries no
    # date: the row's publication_date counts, else the default, as on the command line
    text = "Lane said the vote was held on Friday."
    rows = [
        {"text": text, "published": None},
        {"text": text, "published": ""},
        {"text": text, "published": None, "publication_date": "2020-10-20"},
        {"text": text, "published": "2020-10-27", "publication_date": "2020-10-20"},
    ]
    docs = list(claimkit.extract_many(rows, processes=1, published="2020-10-12"))
    assert [str(d.published) for d in docs] == [
        "2020-10-12",
        "2020-10-12",
        "2020-10-20",
        "2020-10-27",
    ]
    assert [d.claims[0].times[0].value for d in docs] == [
        "2020-10-09",
        "2020-10-09",
        "2020-10-16",
        "2020-10-23",
    ]
