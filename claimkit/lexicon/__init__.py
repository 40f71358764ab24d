"""Lexicons as data: tab-separated files shipped beside this module.

Each ``*.tsv`` file starts with ``#`` comment lines that document its columns and
sources; the first non-comment line is the header naming the columns; each further
line is one entry. Blank lines and ``#`` lines are ignored. Files are read once
(``importlib.resources``) and cached.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["LexiconError", "load"]


class LexiconError(ValueError):
    """A lexicon file is malformed (names the file, line and field)."""


@functools.cache
def load(name: str) -> tuple[dict[str, str], ...]:
    """The entries of ``claimkit/lexicon/<name>.tsv`` as dicts keyed by column.

    Raises:
        LexiconError: a line has the wrong number of fields.
    """
    path = resources.files(__name__).joinpath(f"{name}.tsv")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            header = fields
            continue
        if len(fields) > len(header):
            raise LexiconError(
                f"{name}.tsv line {lineno}: {len(fields)} fields, header has {len(header)}"
            )
        fields += [""] * (len(header) - len(fields))
        rows.append(dict(zip(header, fields, strict=True)))
    return tuple(rows)
