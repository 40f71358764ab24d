"""claimkit: claims with their sources, from English news text.

Who said what, through which cue, quoted or reported, how firmly, under which
conditions, and when: every piece anchored to exact character offsets in the
caller's original text.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from claimkit.conditions import conditions
from claimkit.hedges import hedges, is_uncertain
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

try:
    __version__ = version("claimkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

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
