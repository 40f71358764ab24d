"""Reading an annotation's enum fields with errors that say where they are."""

from __future__ import annotations

import enum
from typing import Any, TypeVar

E = TypeVar("E", bound=enum.Enum)


def enum_value(cls: type[E], value: Any, where: str, field: str, error: type[ValueError]) -> E:
    """``cls(value)``, or ``error`` naming the place, the field and the values allowed.

    >>> from claimkit.model import Mode
    >>> enum_value(Mode, "direct", "x.ann:3", "Mode", ValueError)
    <Mode.DIRECT: 'direct'>
    >>> enum_value(Mode, "sung", "x.ann:3", "Mode", ValueError)
    Traceback (most recent call last):
    ...
    ValueError: x.ann:3: Mode: 'sung' is not one of direct, indirect, mixed
    """
    try:
        return cls(value)
    except (TypeError, ValueError):  # TypeError: an unhashable value (a list)
        allowed = ", ".join(str(m.value) for m in cls)
        raise error(f"{where}: {field}: {value!r} is not one of {allowed}") from None
