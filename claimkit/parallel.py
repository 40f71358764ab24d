"""``extract_many``: many documents, streamed, over a pool of processes.

Documents go in and come out in input order; at most ``processes × chunksize × 2``
documents are in flight at once, so memory stays constant however many documents the
iterable yields (a generator over a 200 MB JSONL file is fine).

>>> docs = list(extract_many(["Ana Lane said the bridge was safe.",
...                          {"id": "b", "text": "“It is safe,” officials said."}],
...                         processes=1))
>>> [(d.id, d.claims[0].cue.span.text) for d in docs]
[(None, 'said'), ('b', 'said')]
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from claimkit.model import Document
from claimkit.pipeline import extract
from claimkit.timex import parse_published

__all__ = ["extract_many"]

Item = str | Mapping[str, Any] | tuple[str | None, str]


_NONE = (None, "")


def _normalize(item: Item, index: int, published: Any) -> tuple[str, str | None, Any]:
    """(text, id, published) from a str, a {"id", "text", "published"} dict or (id, text)."""
    if isinstance(item, str):
        return item, None, published
    if isinstance(item, Mapping):
        text = item.get("text")
        if not isinstance(text, str):
            raise TypeError(f"documents[{index}]: 'text' must be a str, got {type(text).__name__}")
        # a date left empty ("published": null or "") is none: the next one counts, as
        # on the command line
        date = next(
            (d for d in (item.get("published"), item.get("publication_date")) if d not in _NONE),
            published,
        )
        return text, item.get("id"), date
    if isinstance(item, tuple) and len(item) == 2:
        ident, text = item
        if not isinstance(text, str):
            raise TypeError(f"documents[{index}]: text must be a str, got {type(text).__name__}")
        return text, ident, published
    raise TypeError(
        f"documents[{index}] must be a str, a mapping with 'text', or an (id, text) pair, "
        f"got {type(item).__name__}"
    )


def _work(job: tuple[str, str | None, Any]) -> Document:
    text, ident, published = job
    return extract(text, published=published, id=ident)


def extract_many(
    documents: Iterable[Item],
    *,
    processes: int | None = None,
    published: Any = None,
    chunksize: int = 8,
) -> Iterator[Document]:
    """Extract claims from many documents, in order, with bounded memory.

    Args:
        documents: texts, ``{"id", "text", "published"?}`` mappings, or ``(id, text)``
            pairs, in any mix; any iterable, consumed lazily.
        processes: worker processes; ``None`` or ``0`` uses every core, ``1`` runs in
            this process (no pool).
        published: the date for documents that carry none (a mapping's ``"published"``,
            else its ``"publication_date"``; ``None`` or ``""`` there is none).
        chunksize: documents sent to a worker at a time.

    Yields:
        One :class:`~claimkit.Document` per input, in input order.

    Raises:
        TypeError: ``documents`` not an iterable, or a single str or mapping; a
            document of the wrong type (named by its index); a non-int ``processes`` or
            ``chunksize``.
        ValueError: a negative ``processes``, a ``chunksize`` below 1, or an unreadable
            ``published``.
    """
    if isinstance(documents, (str, bytes, bytearray, Mapping)):
        # iterating one would extract each character, or each key, as a document
        raise TypeError(
            f"documents must be an iterable of documents, got one {type(documents).__name__} "
            "(wrap it in a list)"
        )
    if not isinstance(documents, Iterable):
        raise TypeError(f"documents must be an iterable, got {type(documents).__name__}")
    if processes is not None and (isinstance(processes, bool) or not isinstance(processes, int)):
        raise TypeError(f"processes must be an int or None, got {type(processes).__name__}")
    if processes is not None and processes < 0:
        raise ValueError(f"processes must be >= 0 (0 or None: every core), got {processes}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f"chunksize must be an int, got {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    parse_published(published)
    return _run(documents, processes, published, chunksize)


def _run(
    documents: Iterable[Item], processes: int | None, published: Any, chunksize: int
) -> Iterator[Document]:
    jobs = (_normalize(item, i, published) for i, item in enumerate(documents))
    workers = processes or os.cpu_count() or 1
    if workers == 1:
        for job in jobs:
            yield _work(job)
        return
    window = workers * chunksize * 2
    ctx = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    with ctx.Pool(workers) as pool:
        pending: deque[Any] = deque()
        for batch in iter(lambda: list(itertools.islice(jobs, chunksize)), []):
            pending.append(pool.map_async(_work, batch))
            while len(pending) * chunksize >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
