"""claimkit: claims with their sources, from English news text.

Who said what, through which cue, quoted or reported, how firmly, under which
conditions, and when: every piece anchored to exact character offsets in the
caller's original text.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

# Two functions share their module's name: imported here, so that importing the module
# later (the pipeline does) cannot leave the module where the function should be.
from claimkit.conditions import conditions
from claimkit.hedges import hedges, is_uncertain

if TYPE_CHECKING:
    from claimkit.io import from_dict, read_jsonl, to_dict, write_jsonl
    from claimkit.model import (
        Certainty,
        Claim,
        Condition,
        ConditionKind,
        Cue,
        CueKind,
        Document,
        Factuality,
        Granularity,
        Hedge,
        HedgeKind,
        Mode,
        Polarity,
        Source,
        SourceKind,
        Span,
        SpanMismatchError,
        Stance,
        TimeExpression,
    )
    from claimkit.parallel import extract_many
    from claimkit.pipeline import extract
    from claimkit.timex import times

    __version__: str

# Where each public name lives. The submodules are imported on first use of a name
# (PEP 562), so ``import claimkit`` costs next to nothing and a program pays only for
# what it touches: the model alone, or the extraction pipeline and its lexicons.
_HOME = {
    **dict.fromkeys(
        """Certainty Claim Condition ConditionKind Cue CueKind Document Factuality
        Granularity Hedge HedgeKind Mode Polarity Source SourceKind Span SpanMismatchError
        Stance TimeExpression""".split(),
        "claimkit.model",
    ),
    "extract": "claimkit.pipeline",
    "extract_many": "claimkit.parallel",
    "from_dict": "claimkit.io",
    "read_jsonl": "claimkit.io",
    "times": "claimkit.timex",
    "to_dict": "claimkit.io",
    "write_jsonl": "claimkit.io",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value: Any = version("claimkit")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            value = "0+unknown"
    elif name in _HOME:
        value = getattr(importlib.import_module(_HOME[name]), name)
    elif importlib.util.find_spec(f"claimkit.{name}") is not None:
        value = importlib.import_module(f"claimkit.{name}")  # a submodule: claimkit.timex
    else:
        raise AttributeError(f"module 'claimkit' has no attribute {name!r}")
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Certainty",
    "Claim",
    "Condition",
    "ConditionKind",
    "Cue",
    "CueKind",
    "Document",
    "Factuality",
    "Granularity",
    "Hedge",
    "HedgeKind",
    "Mode",
    "Polarity",
    "Source",
    "SourceKind",
    "Span",
    "SpanMismatchError",
    "Stance",
    "TimeExpression",
    "__version__",
    "conditions",
    "extract",
    "extract_many",
    "from_dict",
    "hedges",
    "is_uncertain",
    "read_jsonl",
    "times",
    "to_dict",
    "write_jsonl",
]
