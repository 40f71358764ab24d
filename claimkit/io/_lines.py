"""One line of a JSON Lines file read as plain JSON, for the scorer and the command line
(which read documents of any shape, not only claimkit's)."""

from __future__ import annotations

import json
from typing import Any


def json_line(line: str, where: str) -> Any:
    """The JSON value of one line, or a ``ValueError`` whose message opens with ``where``
    (``"gold.jsonl:3"``).

    Besides malformed JSON, ``json.loads`` fails on some valid lines too: an integer of
    more digits than Python converts (a plain ``ValueError`` naming no line) and nesting
    deeper than the recursion limit (a ``RecursionError``); both must name the line, not
    end in a traceback.
    """
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"{where}: not JSON ({err.msg})") from None
    except RecursionError:
        raise ValueError(f"{where}: JSON nested too deeply to read") from None
    except ValueError as err:  # "Exceeds the limit (4300 digits) for integer string ..."
        raise ValueError(f"{where}: {too_long(err)}") from None


def too_long(err: ValueError) -> str:
    """What ``json.loads``' plain ``ValueError`` says: a number it will not convert.

    Python's message goes on to advise ``sys.set_int_max_str_digits()``, which a
    reader of a file cannot use: that part is left out.
    """
    return f"a number too long to read ({str(err).split(';')[0]})"
