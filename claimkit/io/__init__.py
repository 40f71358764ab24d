"""Reading and writing claimkit documents.

:mod:`claimkit.io.jsonio` holds the JSON / JSON Lines format (``docs/json-format.md``);
its public names are re-exported here.
"""

from __future__ import annotations

from claimkit.io.jsonio import (
    FORMAT,
    FormatError,
    dumps,
    from_dict,
    json_schema,
    loads,
    read_json,
    read_jsonl,
    to_dict,
    write_json,
    write_jsonl,
)

__all__ = [
    "FORMAT",
    "FormatError",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "read_json",
    "read_jsonl",
    "to_dict",
    "write_json",
    "write_jsonl",
]
