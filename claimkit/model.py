"""The claim model: spans, sources, cues, hedges, conditions, times, claims, documents.

Every class is a frozen, slotted attrs class whose validators run at construction,
so an object that exists is consistent with itself. A :class:`Document` also checks
that every span of every claim slices its text exactly (``text[start:end] == span.text``).
Offsets are Python code points (not UTF-16 units), half-open: ``start <= i < end``.

This module imports nothing else of claimkit.
"""

from __future__ import annotations

import datetime as _dt
import enum
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, NoReturn, SupportsIndex, TypeVar

import attrs

__all__ = [
    "AlignmentMode",
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
]

AlignmentMode = Literal["strict", "contract", "expand"]


class SpanMismatchError(ValueError):
    """A span's text disagrees with the document text it claims to slice."""


# --------------------------------------------------------------------------- enums


class Mode(enum.StrEnum):
    """How the content is reported: quoted, paraphrased, or paraphrase with a quote inside."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class SourceKind(enum.StrEnum):
    """What kind of entity a source is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"  #: a group or an anonymous source ("officials", "a source")
    GENERIC = "generic"  #: "some", "you", "people"
    DOCUMENT = "document"  #: "the report", "a statement", "polls"
    AUTHOR = "author"  #: the writer of the text ("I", "we")
    UNKNOWN = "unknown"


class Stance(enum.StrEnum):
    """The attitude a cue expresses towards its content (DESIGN.md's cue table)."""

    NEUTRAL = "neutral"
    ENDORSING = "endorsing"
    DISTANCING = "distancing"
    NEGATING = "negating"
    BELIEF = "belief"
    DIRECTIVE = "directive"
    DOUBT = "doubt"
    PERCEPTION = "perception"
    EVALUATIVE = "evaluative"
    DESIRE = "desire"
    OTHER = "other"


class CueKind(enum.StrEnum):
    """The word class of a cue: what anchors the attribution in the text."""

    VERB = "verb"  #: "said", "has learned", "claimed responsibility for"
    NOUN = "noun"  #: "statement", "threat", "issued a statement"
    ADJECTIVE = "adjective"  #: "convinced", "sure"
    PREPOSITION = "preposition"  #: "according to", "in the view of"
    PUNCTUATION = "punctuation"  #: a colon after a name


class HedgeKind(enum.StrEnum):
    """Kinds of hedges, plus boosters, which raise certainty instead.

    ``conditional`` ("if", "whether") and ``disjunction`` ("or", "either") are the
    speculation cues of annotated corpora (SFU, BioScope): they make a sentence
    uncertain, but they do not lower a claim's certainty (a condition is recorded as
    a :class:`Condition` instead).
    """

    MODAL = "modal"
    ADVERB = "adverb"
    ADJECTIVE = "adjective"
    VERB = "verb"
    APPROXIMATOR = "approximator"
    BOOSTER = "booster"
    CONDITIONAL = "conditional"
    DISJUNCTION = "disjunction"


class ConditionKind(enum.StrEnum):
    """Kinds of conditions (DESIGN.md's condition table)."""

    IF = "if"
    ONLY_IF = "only_if"
    EVEN_IF = "even_if"
    UNLESS = "unless"
    PROVISO = "proviso"
    EXCHANGE = "exchange"
    TEMPORAL = "temporal"
    DISJUNCTIVE = "disjunctive"


class Granularity(enum.StrEnum):
    """How precise a resolved time value is."""

    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    TIME = "time"


class Certainty(enum.StrEnum):
    """FactBank certainty: certain, probable, possible, underspecified."""

    CT = "CT"
    PR = "PR"
    PS = "PS"
    U = "U"


class Polarity(enum.StrEnum):
    """FactBank polarity: positive, negative, unknown."""

    POSITIVE = "+"
    NEGATIVE = "-"
    UNKNOWN = "u"


# --------------------------------------------------------------------------- validators


def _int_offset(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {type(value).__name__} {value!r}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _tuple_of(kind: type) -> Any:
    """A validator: the value is a tuple whose members are all ``kind``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise TypeError(
                    f"{attribute.name}[{i}] must be a {kind.__name__}, got {type(item).__name__}"
                )

    return check


def _to_tuple(value: Any) -> Any:
    """Accept any iterable (but not a string) where a tuple is stored."""
    if isinstance(value, (str, bytes, Mapping)) or not hasattr(value, "__iter__"):
        return value  # the validator names the problem
    return tuple(value)


_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


def _unchecked(cls: type[_T], **values: Any) -> _T:
    """An instance of a frozen attrs class from values already known to be valid and
    already of their stored types, with no converter, validator or post-init check.

    Only for the extraction pipeline, which slices every span from the caller's text
    itself: re-checking each claim and the document would cost a third of its time on a
    claim-dense text. Every field must be given, by name (a missing or unknown one is a
    TypeError). Code building many instances binds ``_unchecked_maker(cls)`` once instead.
    """
    return _unchecked_maker(cls)(**values)


def _unchecked_maker(cls: type[_T]) -> Callable[..., _T]:
    """The function behind ``_unchecked(cls, ...)``: it sets each field of ``cls`` from a
    keyword argument of its name. Generated once per class (as attrs generates
    ``__init__``), it stores each value through the field's slot: three times faster than
    a loop over the arguments, and faster than the checked ``__init__``."""
    make = _MAKERS.get(cls)
    if make is None:
        names = tuple(attrs.fields_dict(cls))  # type: ignore[arg-type]
        lines = [f"def make_{cls.__name__}(*, {', '.join(names)}):", "    inst = new(cls)"]
        lines += [f"    set_{name}(inst, {name})" for name in names]
        lines.append("    return inst")
        # attrs classes are slotted: each field is a slot of the class, set directly
        scope: dict[str, Any] = {"new": object.__new__, "cls": cls}
        scope.update({f"set_{name}": getattr(cls, name).__set__ for name in names})
        exec("\n".join(lines), scope)  # the field names of our own classes only
        make = _MAKERS[cls] = scope[f"make_{cls.__name__}"]
    return make


_MAKERS: dict[type, Callable[..., Any]] = {}


def _to_enum(kind: type[_E], value: object) -> _E:
    """``kind(value)``, with an error that lists the allowed values."""
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ValueError(
            f"{value!r} is not a valid {kind.__name__} (expected one of {allowed})"
        ) from None


# Named converters (mypy's attrs plugin only understands named functions as converters).


def _to_mode(value: Any) -> Mode:
    return _to_enum(Mode, value)


def _to_source_kind(value: Any) -> SourceKind:
    return _to_enum(SourceKind, value)


def _to_stance(value: Any) -> Stance:
    return _to_enum(Stance, value)


def _to_cue_kind(value: Any) -> CueKind:
    return _to_enum(CueKind, value)


def _to_hedge_kind(value: Any) -> HedgeKind:
    return _to_enum(HedgeKind, value)


def _to_condition_kind(value: Any) -> ConditionKind:
    return _to_enum(ConditionKind, value)


def _to_granularity_or_none(value: Any) -> Granularity | None:
    return None if value is None else _to_enum(Granularity, value)


def _to_certainty(value: Any) -> Certainty:
    return _to_enum(Certainty, value)


def _to_polarity(value: Any) -> Polarity:
    return _to_enum(Polarity, value)


def _require_span(value: object, name: str) -> None:
    """A ``TypeError`` naming the argument, rather than an ``AttributeError`` deep inside."""
    if not isinstance(value, Span):
        raise TypeError(f"{name} must be a Span, got {type(value).__name__}")


def _optional_instance(kind: type) -> Any:
    return attrs.validators.optional(attrs.validators.instance_of(kind))


# --------------------------------------------------------------------------- spans


def _word_char(ch: str) -> bool:
    """Whether ``ch`` belongs to a word: a letter or digit, or a combining mark (Unicode
    category M), which is part of the letter before it (a decomposed "é" is "e" and
    U+0301): offsets must not cut a word between the two."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


@attrs.frozen(order=True)
class Span:
    """A half-open stretch ``[start, end)`` of a text, with the text it covers.

    >>> text = "Mohi said the truce holds."
    >>> s = Span(0, 4, "Mohi")
    >>> text[s.start:s.end] == s.text
    True
    >>> Span.from_offsets(text, 5, 11, alignment_mode="expand")
    Span(start=5, end=13, text='said the')
    """

    start: int = attrs.field(validator=_int_offset)
    end: int = attrs.field(validator=_int_offset)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span [{self.start}, {self.end}) covers {self.end - self.start} "
                f"characters but its text {self.text!r} has {len(self.text)}"
            )

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        _require_span(other, "other")
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        _require_span(other, "other")
        return max(self.start, other.start) < min(self.end, other.end)

    def overlap(self, other: Span) -> int:
        """How many characters the two spans share."""
        _require_span(other, "other")
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def matches(self, text: str) -> bool:
        """Whether this span slices ``text`` exactly."""
        return self.end <= len(text) and text[self.start : self.end] == self.text

    @classmethod
    def from_offsets(
        cls, text: str, start: int, end: int, *, alignment_mode: AlignmentMode = "strict"
    ) -> Span:
        """Make the span of ``text[start:end]``, snapping offsets that cut a word.

        Args:
            text: the whole text the offsets point into.
            start, end: half-open code-point offsets.
            alignment_mode: ``"strict"`` refuses offsets inside a word, ``"contract"``
                shrinks to the whole words inside, ``"expand"`` grows to the whole
                words touched (spaCy's ``Doc.char_span`` vocabulary). A word is letters
                and digits, with any combining marks among them.

        Raises:
            TypeError: ``text`` is not a string or an offset not an int.
            ValueError: offsets out of range, reversed, or (strict) cutting a word.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        for name, value in (("start", start), ("end", end)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if not 0 <= start <= end <= len(text):
            raise ValueError(
                f"offsets [{start}, {end}) are not inside a text of length {len(text)}"
            )
        if alignment_mode not in ("strict", "contract", "expand"):
            raise ValueError(
                f"alignment_mode must be 'strict', 'contract' or 'expand', got {alignment_mode!r}"
            )

        def inside_word(i: int) -> bool:
            return 0 < i < len(text) and _word_char(text[i - 1]) and _word_char(text[i])

        if alignment_mode == "strict":
            for name, value in (("start", start), ("end", end)):
                if start != end and inside_word(value):
                    raise ValueError(
                        f"{name} offset {value} cuts a word "
                        f"(use alignment_mode='contract' or 'expand')"
                    )
        elif alignment_mode == "expand":
            while inside_word(start):
                start -= 1
            while inside_word(end):
                end += 1
        else:
            cut_start, cut_end = inside_word(start), inside_word(end)
            while start < end and inside_word(start):
                start += 1
            while end > start and inside_word(end):
                end -= 1
            # the white space left beside a dropped word fragment is not part of a word
            while cut_start and start < end and text[start].isspace():
                start += 1
            while cut_end and end > start and text[end - 1].isspace():
                end -= 1
        return cls(start, end, text[start:end])

    @classmethod
    def find(cls, text: str, phrase: str, *, occurrence: int = 0) -> Span:
        """The span of the ``occurrence``-th (0-based) appearance of ``phrase`` in ``text``.

        >>> Span.find("he said, and she said", "said", occurrence=1)
        Span(start=17, end=21, text='said')

        Raises:
            ValueError: ``phrase`` is empty or does not occur that often.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        if not isinstance(phrase, str):
            raise TypeError(f"phrase must be a str, got {type(phrase).__name__}")
        if isinstance(occurrence, bool) or not isinstance(occurrence, int):
            raise TypeError(f"occurrence must be an int, got {type(occurrence).__name__}")
        if not phrase:
            raise ValueError("phrase must not be empty")
        if occurrence < 0:
            raise ValueError(f"occurrence must be >= 0, got {occurrence}")
        at = -1
        for seen in range(occurrence + 1):
            at = text.find(phrase, at + 1)
            if at < 0:
                raise ValueError(
                    f"phrase {phrase!r} occurs {seen} time(s) in the text, "
                    f"so occurrence {occurrence} does not exist"
                )
        return cls(at, at + len(phrase), phrase)


# --------------------------------------------------------------------------- parts of a claim


@attrs.frozen
class Source:
    """Who a claim is attributed to.

    Attributes:
        mentions: where the source is mentioned; the first is the mention in the
            claim's own sentence. Empty for an implicit source.
        name: the resolved referent ("Mohammed Mohi" for "he"), or ``None`` when
            it could not be resolved (the mention is kept; no name is invented).
        kind: person, organization, group, ...
        descriptor: a descriptive apposition ("a spokesman for Kata’ib Hezbollah").
        parent: the source through which this one is reported (nested attribution).
    """

    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Span)
    )
    name: str | None = attrs.field(default=None, validator=_optional_instance(str))
    kind: SourceKind = attrs.field(default=SourceKind.UNKNOWN, converter=_to_source_kind)
    descriptor: Span | None = attrs.field(default=None, validator=_optional_instance(Span))
    parent: Source | None = attrs.field(default=None)

    @parent.validator
    def _check_parent(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, Source):
            raise TypeError(f"parent must be a Source or None, got {type(value).__name__}")

    @property
    def mention(self) -> Span | None:
        """The mention in the claim's sentence, if any."""
        return self.mentions[0] if self.mentions else None

    @property
    def resolved(self) -> bool:
        """Whether the source has a name (its referent was found)."""
        return self.name is not None

    def chain(self) -> tuple[Source, ...]:
        """This source and its parents, innermost first."""
        out: list[Source] = []
        node: Source | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return tuple(out)

    def spans(self) -> Iterator[Span]:
        """Every span this source (and its parents) holds."""
        for node in self.chain():
            yield from node.mentions
            if node.descriptor is not None:
                yield node.descriptor


@attrs.frozen
class Cue:
    """The words that anchor an attribution: "said", "according to", "statement".

    Attributes:
        span: the cue in the text.
        lemma: its dictionary form ("say", "according to", "issue a statement").
        kind: its word class.
        stance: the attitude it expresses (neutral, endorsing, negating, ...).
        negated: whether the cue itself is negated or refused ("did not say",
            "declined to confirm").
    """

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    lemma: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: CueKind = attrs.field(default=CueKind.VERB, converter=_to_cue_kind)
    stance: Stance = attrs.field(default=Stance.NEUTRAL, converter=_to_stance)
    negated: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


@attrs.frozen
class Hedge:
    """A hedge ("may", "allegedly", "about") or booster ("clearly") and its kind."""

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    kind: HedgeKind = attrs.field(converter=_to_hedge_kind)
    lemma: str | None = attrs.field(default=None, validator=_optional_instance(str))

    @property
    def is_booster(self) -> bool:
        """Whether it raises certainty instead of lowering it."""
        return self.kind is HedgeKind.BOOSTER


@attrs.frozen
class Condition:
    """A condition: its cue ("on the condition that"), kind, and antecedent clause."""

    cue: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    kind: ConditionKind = attrs.field(converter=_to_condition_kind)
    antecedent: Span | None = attrs.field(default=None, validator=_optional_instance(Span))


def _optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, _dt.date) or isinstance(value, _dt.datetime)):
        raise TypeError(
            f"{attribute.name} must be a datetime.date or None, got {type(value).__name__}"
        )


@attrs.frozen
class TimeExpression:
    """A time phrase and its resolution against a reference date.

    Attributes:
        span: the phrase in the text ("last month").
        value: ISO string at its granularity ("2020", "2020-09", "2020-10-10",
            "2020-W41"), or ``None`` when it could not be resolved.
        granularity: how precise ``value`` is; ``None`` when unresolved.
        reference: the date it was resolved against (the article's date).
    """

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    value: str | None = attrs.field(default=None, validator=_optional_instance(str))
    granularity: Granularity | None = attrs.field(
        default=None,
        converter=_to_granularity_or_none,
    )
    reference: _dt.date | None = attrs.field(default=None, validator=_optional_date)


_MINUS = {"-": Polarity.NEGATIVE, "\u2212": Polarity.NEGATIVE, "\u2013": Polarity.NEGATIVE}


@attrs.frozen
class Factuality:
    """FactBank factuality: a certainty and a polarity, read as a code like ``"CT+"``.

    >>> Factuality.from_code("PR+").certainty
    <Certainty.PR: 'PR'>
    >>> Factuality(Certainty.CT, Polarity.NEGATIVE).code
    'CT-'
    """

    certainty: Certainty = attrs.field(default=Certainty.U, converter=_to_certainty)
    polarity: Polarity = attrs.field(default=Polarity.UNKNOWN, converter=_to_polarity)

    @property
    def code(self) -> str:
        """The FactBank code: ``"CT+"``, ``"PS-"``, ``"Uu"``."""
        return self.certainty.value + self.polarity.value

    @classmethod
    def from_code(cls, code: str) -> Factuality:
        """Read a FactBank code; accepts ``-``, ``−`` (U+2212) or ``–`` for negative.

        Raises:
            TypeError: ``code`` is not a string.
            ValueError: ``code`` is not a FactBank code.
        """
        if not isinstance(code, str):
            raise TypeError(f"code must be a str, got {type(code).__name__}")
        for cert in (Certainty.CT, Certainty.PR, Certainty.PS, Certainty.U):
            rest = code[len(cert.value) :]
            if code.startswith(cert.value) and len(rest) == 1:
                pol = _MINUS.get(rest) or {"+": Polarity.POSITIVE, "u": Polarity.UNKNOWN}.get(rest)
                if pol is not None:
                    return cls(cert, pol)
        raise ValueError(f"{code!r} is not a FactBank code (CT/PR/PS/U followed by +, - or u)")

    def __str__(self) -> str:
        return self.code


UNDERSPECIFIED = Factuality(Certainty.U, Polarity.UNKNOWN)
CERTAIN = Factuality(Certainty.CT, Polarity.POSITIVE)


# --------------------------------------------------------------------------- claims


def _nonempty_spans(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _tuple_of(Span)(instance, attribute, value)
    assert isinstance(value, tuple)
    if not value:
        raise ValueError("content must hold at least one span")
    for a, b in itertools.pairwise(value):
        if b.start < a.end:
            raise ValueError(f"content spans must be in order and not overlap: {a!r} then {b!r}")


@attrs.frozen
class Claim:
    """Who said what, through which cue, how firmly, on what condition, and when.

    Attributes:
        content: what is claimed, in one or more pieces (a split quote).
        mode: direct (quoted), indirect (reported) or mixed.
        source: who the claim is attributed to; ``None`` when unattributed
            ("was seen as").
        cue: the attributing words.
        source_factuality: how certain the source presents the content.
        author_factuality: how certain the author (the text) presents it.
        hedges: hedges and boosters inside the content.
        conditions: conditions the claim depends on.
        times: times attached to the speech act or the content.
        parent: the claim this one is nested in ("officials said the group
            *claimed* ...").
    """

    content: tuple[Span, ...] = attrs.field(converter=_to_tuple, validator=_nonempty_spans)
    mode: Mode = attrs.field(default=Mode.INDIRECT, converter=_to_mode)
    source: Source | None = attrs.field(default=None, validator=_optional_instance(Source))
    cue: Cue | None = attrs.field(default=None, validator=_optional_instance(Cue))
    source_factuality: Factuality = attrs.field(
        default=CERTAIN, validator=attrs.validators.instance_of(Factuality)
    )
    author_factuality: Factuality = attrs.field(
        default=UNDERSPECIFIED, validator=attrs.validators.instance_of(Factuality)
    )
    hedges: tuple[Hedge, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Hedge)
    )
    conditions: tuple[Condition, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Condition)
    )
    times: tuple[TimeExpression, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(TimeExpression)
    )
    parent: Claim | None = attrs.field(default=None)

    @parent.validator
    def _check_parent(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, Claim):
            raise TypeError(f"parent must be a Claim or None, got {type(value).__name__}")

    @property
    def stance(self) -> Stance:
        """The cue's stance (neutral when there is no cue)."""
        return self.cue.stance if self.cue is not None else Stance.NEUTRAL

    @property
    def negated(self) -> bool:
        """Whether the cue is negated."""
        return self.cue.negated if self.cue is not None else False

    def spans(self, *, sources: bool = True) -> Iterator[tuple[str, Span]]:
        """Every span of the claim with the role it plays, for checking or display.

        Args:
            sources: include the source's spans (and those of its parents).
        """
        for part in self.content:
            yield "content", part
        if sources and self.source is not None:
            for s in self.source.spans():
                yield "source", s
        if self.cue is not None:
            yield "cue", self.cue.span
        for h in self.hedges:
            yield "hedge", h.span
        for c in self.conditions:
            yield "condition", c.cue
            if c.antecedent is not None:
                yield "antecedent", c.antecedent
        for t in self.times:
            yield "time", t.span


# --------------------------------------------------------------------------- documents


class Metadata(Mapping[str, Any]):
    """A read-only mapping (a document's metadata): it cannot be changed after the fact,
    and unlike ``types.MappingProxyType`` it pickles, so documents cross processes.

    It is read-only all the way down: it holds a copy of the dicts and lists it is given,
    however deep, as :class:`MetadataDict` and :class:`MetadataList`, still dicts and
    lists (equal to the originals, written by ``json.dumps``) but refusing every change.
    So nothing changes a document's metadata, and the documents made from it
    (``attrs.evolve``, ``copy.copy``) share it safely. Other values are kept as they are
    (a list inside a tuple stays a list).
    """

    __slots__ = ("_data",)

    _data: MetadataDict

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = _frozen_copy(dict(data or {}))

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Metadata({self._data!r})"

    def __getstate__(self) -> tuple[MetadataDict]:
        # never empty: pickle protocols 0 and 1 skip __setstate__ for a false state,
        # which left an unpickled empty Metadata without its _data
        return (self._data,)

    def __setstate__(self, state: tuple[MetadataDict] | dict[str, Any]) -> None:
        # a plain dict: the state pickled by claimkit before MetadataDict
        self._data = state[0] if isinstance(state, tuple) else _frozen_copy(dict(state))


def _read_only(*_: object) -> NoReturn:
    raise TypeError("a document's metadata is read-only (make a new document to change it)")


class MetadataList(list[Any]):
    """A read-only list: a list inside a document's :class:`Metadata`.

    Every method that would change it raises ``TypeError``. It is filled (once, on
    copying) through ``list.extend``, which it leaves working underneath.
    """

    __slots__ = ()

    def append(self, item: Any, /) -> NoReturn:
        _read_only()

    def extend(self, items: Iterable[Any], /) -> NoReturn:
        _read_only()

    def insert(self, index: SupportsIndex, item: Any, /) -> NoReturn:
        _read_only()

    def pop(self, index: SupportsIndex = -1, /) -> NoReturn:
        _read_only()

    def remove(self, item: Any, /) -> NoReturn:
        _read_only()

    def clear(self) -> NoReturn:
        _read_only()

    def sort(self, *, key: Any = None, reverse: bool = False) -> NoReturn:
        _read_only()

    def reverse(self) -> NoReturn:
        _read_only()

    def __setitem__(self, index: Any, value: Any, /) -> NoReturn:
        _read_only()

    def __delitem__(self, index: Any, /) -> NoReturn:
        _read_only()

    def __iadd__(self, items: Iterable[Any], /) -> NoReturn:  # type: ignore[misc]
        _read_only()

    def __imul__(self, n: SupportsIndex, /) -> NoReturn:
        _read_only()

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle and copy fill a list through append/extend, which refuse: the items go
        # in the state instead, set once made, so a list holding itself stays a cycle
        return (MetadataList, (), list(self))

    def __setstate__(self, items: list[Any]) -> None:
        list.extend(self, items)


class MetadataDict(dict[str, Any]):
    """A read-only dict: a dict inside a document's :class:`Metadata`.

    Every method that would change it raises ``TypeError``. It is filled (once, on
    copying) through ``dict.update``, which it leaves working underneath.
    """

    __slots__ = ()

    def __setitem__(self, key: str, value: Any, /) -> NoReturn:
        _read_only()

    def __delitem__(self, key: str, /) -> NoReturn:
        _read_only()

    def clear(self) -> NoReturn:
        _read_only()

    def pop(self, key: str, /, *default: Any) -> NoReturn:
        _read_only()

    def popitem(self) -> NoReturn:
        _read_only()

    def setdefault(self, key: str, default: Any = None, /) -> NoReturn:
        _read_only()

    def update(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only()

    def __ior__(self, other: Any, /) -> NoReturn:  # type: ignore[misc]
        _read_only()

    def __reduce__(self) -> tuple[Any, ...]:
        # as for MetadataList: pickle would fill the copy through __setitem__
        return (MetadataDict, (), dict(self))

    def __setstate__(self, items: dict[str, Any]) -> None:
        dict.update(self, items)


def _freeze_metadata(value: Any) -> Mapping[str, Any]:
    if isinstance(value, Metadata):
        return value  # read-only all the way down already: nothing to copy
    if not isinstance(value, Mapping):
        raise TypeError(f"metadata must be a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise TypeError(f"metadata keys must be str, got {type(key).__name__} {key!r}")
    return Metadata(value)


def _frozen_copy(value: dict[str, Any]) -> MetadataDict:
    """``value`` with every dict and list in it copied as a read-only one, however deep
    (other values are shared): what the caller changes in theirs afterwards does not
    change a frozen document, nor can anything change the copy. A loop, not a
    recursion, so deep nesting is copied too (and refused only when written as JSON); a
    container met twice is copied once, cycles included.
    """
    copies: dict[int, MetadataDict | MetadataList] = {}
    fill: list[tuple[Any, MetadataDict | MetadataList]] = []  # (original, its empty copy)

    def own(item: Any) -> Any:
        if not isinstance(item, (dict, list)):
            return item
        if id(item) not in copies:
            copies[id(item)] = MetadataDict() if isinstance(item, dict) else MetadataList()
            fill.append((item, copies[id(item)]))
        return copies[id(item)]

    root: MetadataDict = own(value)
    while fill:
        src, dst = fill.pop()
        if isinstance(dst, dict):
            dict.update(dst, ((key, own(item)) for key, item in src.items()))
        else:
            list.extend(dst, [own(item) for item in src])
    return root


@attrs.frozen
class Document:
    """A text, its claims, and where it came from.

    Construction checks every span of every claim against ``text``
    (:meth:`validate`), so a Document never holds an offset that lies.

    >>> text = "Mohi said the truce holds."
    >>> doc = Document(text)
    >>> doc.span(5, 9)
    Span(start=5, end=9, text='said')
    >>> doc.find("truce")
    Span(start=14, end=19, text='truce')
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = attrs.field(default=None, validator=_optional_instance(str))
    published: _dt.date | None = attrs.field(default=None, validator=_optional_date)
    claims: tuple[Claim, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_of(Claim)
    )
    metadata: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze_metadata, hash=False)

    def __attrs_post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Check that every span of every claim slices the text exactly.

        Raises:
            SpanMismatchError: naming the first bad span, its claim, and both strings.
            ValueError: a claim's parent is not one of the document's claims.
        """
        text = self.text
        known = {id(c) for c in self.claims}
        seen: set[int] = set()  # sources checked already (a source chain is shared)
        for i, claim in enumerate(self.claims):
            parent = claim.parent
            if parent is not None and id(parent) not in known and parent not in self.claims:
                raise ValueError(f"claim {i}: its parent claim is not one of the document's claims")
            for role, span in _own_spans(claim, seen):
                if span.start > span.end:
                    raise SpanMismatchError(
                        f"claim {i}: {role} span [{span.start}, {span.end}) starts after its end"
                    )
                if span.end > len(text):
                    raise SpanMismatchError(
                        f"claim {i}: {role} span [{span.start}, {span.end}) ends past "
                        f"the end of the text (length {len(text)})"
                    )
                actual = text[span.start : span.end]
                if actual != span.text:
                    raise SpanMismatchError(
                        f"claim {i}: {role} span [{span.start}, {span.end}) says "
                        f"{span.text!r} but the text there is {actual!r}"
                    )

    def span(self, start: int, end: int, *, alignment_mode: AlignmentMode = "strict") -> Span:
        """A span of this document's text from offsets (see :meth:`Span.from_offsets`)."""
        return Span.from_offsets(self.text, start, end, alignment_mode=alignment_mode)

    def find(self, phrase: str, *, occurrence: int = 0) -> Span:
        """The span of the ``occurrence``-th (0-based) appearance of ``phrase``."""
        return Span.find(self.text, phrase, occurrence=occurrence)

    def outer_span(self, claim: Claim) -> Span:
        """The content's outer span: first piece's start to last piece's end.

        Raises:
            TypeError: ``claim`` is not a Claim.
            ValueError: ``claim`` is not one of the document's claims (its offsets
                would point into another text).
        """
        if not isinstance(claim, Claim):
            raise TypeError(f"claim must be a Claim, got {type(claim).__name__}")
        if not any(c is claim for c in self.claims) and claim not in self.claims:
            raise ValueError("claim is not one of the document's claims")
        start, end = claim.content[0].start, claim.content[-1].end
        return Span(start, end, self.text[start:end])


def _own_spans(claim: Claim, seen: set[int]) -> Iterator[tuple[str, Span]]:
    """A claim's spans, each source of its chain only once per document (a parent claim
    is one of the document's claims, so its spans are checked on their own)."""
    for role, span in claim.spans(sources=False):
        yield role, span
    node = claim.source
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        for span in node.mentions:
            yield "source", span
        if node.descriptor is not None:
            yield "source", node.descriptor
        node = node.parent
