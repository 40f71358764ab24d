"""brat standoff: claims as Attribution events with Source, Cue and Content roles.

This is how PolNeAR ships its annotations: a ``.txt`` file and an ``.ann`` file of
T-lines (a type and offsets, ``start end`` or ``start end;start end`` for a
discontinuous span, then the covered text) and E-lines (``Attribution:T4 Content:T3
Cue:T2 Source:T1``). claimkit writes the same, plus A-lines for what brat has no role
for (``Mode``, ``Stance``, ``Negated``) and T-lines for hedges, conditions and times.

>>> import claimkit
>>> doc = claimkit.extract("Ana Lane said the bridge was safe.", id="a")
>>> ann = to_brat(doc)
>>> print(ann.splitlines()[0])
T1	Source 0 8	Ana Lane
>>> from_brat(doc.text, ann).claims[0].content[0].text
'the bridge was safe'
"""

from __future__ import annotations

import enum
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from claimkit.io._fields import enum_value
from claimkit.io._files import replacing
from claimkit.model import (
    Claim,
    Condition,
    ConditionKind,
    Cue,
    CueKind,
    Document,
    Hedge,
    HedgeKind,
    Mode,
    Source,
    SourceKind,
    Span,
    Stance,
    TimeExpression,
)

__all__ = ["BratError", "from_brat", "read_brat", "to_brat", "write_brat"]


class BratError(ValueError):
    """A malformed ``.ann`` file: the message names the file, the line and the field."""


_E = TypeVar("_E", bound=enum.Enum)


def _value(cls: type[_E], value: str, where: str, field: str) -> _E:
    return enum_value(cls, value, where, field, BratError)


def _fragments(spans: Iterator[Span] | tuple[Span, ...]) -> str:
    return ";".join(f"{s.start} {s.end}" for s in spans)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _covered(spans: list[Span] | tuple[Span, ...]) -> str:
    """The text of a T-line: its fragments joined by a space, whitespace flattened.

    A line cannot hold a newline, so a T-line's text is compared flattened, and both
    sides are flattened the same way (a fragment of only spaces flattens to nothing).
    """
    return _flat(" ".join(s.text for s in spans))


_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " "})


def _note_name(name: str) -> str:
    """A source name as its ``AnnotatorNotes`` line keeps it: exactly, but for each line
    break (``\n``, ``\r``), which a line cannot hold, made a space.

    brat has no escapes: an escaped break would show to annotators as a backslash and
    an ``n``, and would change names that hold a backslash. A name with a break in it
    is a mention wrapped across lines, where a space is meant.
    """
    return name.translate(_LINE_BREAKS)


def _ann_lines(ann: str) -> Iterator[str]:
    """The lines of a ``.ann`` text as brat reads them: broken at ``\n`` only (not at
    U+2028, U+0085 or a form feed, as ``str.splitlines`` would), a ``\r`` before it
    dropped (a file written on Windows)."""
    for line in ann.split("\n"):
        yield line.removesuffix("\r")


def to_brat(doc: Document) -> str:
    """The ``.ann`` text of a document (its ``.txt`` is ``doc.text``).

    Raises:
        TypeError: ``doc`` is not a Document.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
    lines: list[str] = []
    t = 0
    a = 0

    def tline(kind: str, spans: tuple[Span, ...]) -> str:
        nonlocal t
        t += 1
        lines.append(f"T{t}\t{kind} {_fragments(spans)}\t{_covered(spans)}")
        return f"T{t}"

    for e, claim in enumerate(doc.claims, 1):
        cue_t = None
        # each mention its own T-line and role, numbered as brat numbers a repeated
        # role: "Source:T1 Source2:T5"
        source_ts = [tline("Source", (m,)) for m in claim.source.mentions] if claim.source else []
        if claim.cue is not None:
            cue_t = tline("Cue", (claim.cue.span,))
        content_t = tline("Content", claim.content)
        anchor = claim.cue.span if claim.cue is not None else claim.content[0]
        attribution_t = tline("Attribution", (anchor,))
        roles = [f"Attribution:{attribution_t}", f"Content:{content_t}"]
        if cue_t:
            roles.append(f"Cue:{cue_t}")
        for i, source_t in enumerate(source_ts, 1):
            roles.append(f"Source{i if i > 1 else ''}:{source_t}")
        lines.append(f"E{e}\t{' '.join(roles)}")
        attrs = [("Mode", claim.mode.value)]
        if claim.cue is not None:
            attrs += [("Stance", claim.cue.stance.value), ("CueKind", claim.cue.kind.value)]
            if claim.cue.negated:
                attrs.append(("Negated", ""))
        if claim.source is not None:
            attrs.append(("SourceKind", claim.source.kind.value))
        for name, value in attrs:
            a += 1
            lines.append(f"A{a}\t{name} E{e}" + (f" {value}" if value else ""))
        if claim.source is not None and claim.source.name is not None:
            lines.append(f"#{e}\tAnnotatorNotes E{e}\tname: {_note_name(claim.source.name)}")
        for h in claim.hedges:
            tline(f"Hedge_{h.kind.value}", (h.span,))
        for c in claim.conditions:
            tline(f"Condition_{c.kind.value}", (c.cue,))
            if c.antecedent is not None:
                tline("Antecedent", (c.antecedent,))
        for tm in claim.times:
            tline("Time", (tm.span,))
    return "\n".join(lines) + ("\n" if lines else "")


# The id prefixes of brat's lines: text-bound, event, attribute, relation,
# normalization, modifier and note. Each id names one line only.
_ID_PREFIXES = ("T", "E", "A", "R", "N", "M", "#")


def _is_own(kind: str) -> bool:
    """Whether a T-line type is one of claimkit's own: a hedge, condition or time."""
    return kind.startswith(("Hedge_", "Condition_")) or kind in ("Antecedent", "Time")


def from_brat(
    text: str,
    ann: str,
    *,
    id: str | None = None,
    published: Any = None,
    name: str = "<ann>",
) -> Document:
    """A Document from a text and its ``.ann`` standoff.

    Attribution events become claims (an event with no ``Content`` role is ignored), and
    each ``Source`` role of an event (``Source:T1 Source2:T5``) is a mention of its source.
    T-lines no event uses are ignored, except claimkit's own: a ``Hedge_*``,
    ``Condition_*``, ``Antecedent`` or ``Time`` line that comes after the E-line of a claim
    (before the next E-line) is that claim's, as :func:`to_brat` writes it, and must be
    well formed (a known kind, one span, an ``Antecedent`` after its ``Condition_*``
    line), or it is an error rather than lost. One before any E-line, after an event that
    made no claim, or used by an event is another schema's entity of the same name, and
    is ignored like any other. A byte order mark at the start of ``ann`` is dropped;
    ``text`` is taken as it is.

    Raises:
        TypeError: ``text`` or ``ann`` is not a str, ``id`` not a str or None.
        BratError: a malformed line, a T-line whose text disagrees with ``text``, an id
            used twice, a reference to an id no line has, or a piece the model cannot
            hold (naming ``name``, the line and the field).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not isinstance(ann, str):
        raise TypeError(f"ann must be a str, got {type(ann).__name__}")
    if id is not None and not isinstance(id, str):
        raise TypeError(f"id must be a str or None, got {type(id).__name__}")
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, got {type(name).__name__}")
    from claimkit.timex import parse_published

    ann = ann.removeprefix("\ufeff")  # a byte order mark holds no annotation
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    order: list[tuple[str, str]] = []  # (kind of line, id) in file order
    events: dict[str, list[tuple[str, str]]] = {}
    # each attribute's value and its A-line's place, by target and attribute
    attributes: dict[str, dict[str, tuple[str, str]]] = {}
    names: dict[str, tuple[str, str]] = {}  # each name note's name and place, by target
    lines: dict[str, int] = {}  # the line of each id
    targets: list[tuple[str, str, str]] = []  # (place, field, id) an A-line or note points at
    for lineno, line in enumerate(_ann_lines(ann), 1):
        where = f"{name}:{lineno}"
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if ident.startswith(_ID_PREFIXES):
            if ident in lines:
                raise BratError(
                    f"{where}: id: {ident} is used twice (first on line {lines[ident]})"
                )
            lines[ident] = lineno
        if ident.startswith("T"):
            if len(fields) < 2:
                raise BratError(f"{where}: T-line needs a type and offsets")
            head = fields[1].split(" ", 1)
            if len(head) != 2:
                raise BratError(f"{where}: offsets: missing after type {head[0]!r}")
            kind, offsets = head
            parts = []
            for frag in offsets.split(";"):
                nums = frag.split()
                # (ASCII digits: "³".isdigit() holds, and int() refuses it)
                if len(nums) != 2 or not all(x.isascii() and x.isdigit() for x in nums):
                    raise BratError(f"{where}: offsets: expected 'start end', got {frag!r}")
                s, e = int(nums[0]), int(nums[1])
                if not 0 <= s <= e <= len(text):
                    raise BratError(
                        f"{where}: offsets: [{s}, {e}) is not inside the text (length {len(text)})"
                    )
                parts.append(Span(s, e, text[s:e]))
            if len(fields) > 2:
                said, there = _flat("\t".join(fields[2:])), _covered(parts)
                if said != there:
                    raise BratError(
                        f"{where}: text: the line says {said!r} but the text there is "
                        f"{there!r} (whitespace flattened in both)"
                    )
            spans[ident] = (kind, tuple(sorted(parts)))
            order.append(("T", ident))
        elif ident.startswith("E"):
            if len(fields) < 2:
                raise BratError(f"{where}: E-line needs roles")
            roles = []
            for role in fields[1].split():
                if ":" not in role:
                    raise BratError(f"{where}: roles: expected 'Role:T1', got {role!r}")
                r, target = role.split(":", 1)
                roles.append((r.rstrip("0123456789"), target))
            events[ident] = roles
            order.append(("E", ident))
        elif ident.startswith("A"):
            parts2 = fields[1].split() if len(fields) > 1 else []
            if len(parts2) < 2:
                raise BratError(f"{where}: A-line needs a name and a target")
            attribute, target = parts2[0], parts2[1]
            given = attributes.setdefault(target, {})
            if attribute in given:
                raise BratError(
                    f"{where}: {attribute}: {target} has a {attribute} already "
                    f"(on {given[attribute][1]})"
                )
            given[attribute] = (" ".join(parts2[2:]), where)
            targets.append((where, attribute, target))
        elif ident.startswith("#"):
            noted = fields[1].split() if len(fields) > 1 else []
            note = "\t".join(fields[2:])  # a tab in a name is the name's
            if note.startswith("name: "):
                if not noted:
                    raise BratError(
                        f"{where}: note: a name note needs a target ('AnnotatorNotes T1')"
                    )
                if noted[-1] in names:
                    raise BratError(
                        f"{where}: note: {noted[-1]} has a name note already "
                        f"(on {names[noted[-1]][1]})"
                    )
                names[noted[-1]] = (note[len("name: ") :], where)
                targets.append((where, "note", noted[-1]))
            elif len(noted) > 1:
                targets.append((where, "note", noted[-1]))
    for ident, roles in events.items():
        for role, target in roles:
            targets.append((f"{name}:{lines[ident]}", role, target))
    for where, field, target in targets:
        if target not in lines:
            raise BratError(f"{where}: {field}: no line has the id {target}")
    claims: list[Claim] = []
    claim_lines: list[str] = []  # where each claim's E-line is
    extras: dict[int, dict[str, list[Any]]] = {}
    current: int | None = None  # the claim of the last E-line, if it made one
    used = {target for roles in events.values() for _, target in roles}
    for kind_line, ident in order:
        where = f"{name}:{lines[ident]}"
        if kind_line == "E":
            claim = _claim(ident, where, events[ident], spans, attributes.get(ident, {}), names)
            current = None
            if claim is not None:
                claims.append(claim)
                claim_lines.append(where)
                current = len(claims) - 1
            continue
        kind, found = spans[ident]
        if not _is_own(kind) or ident in used or current is None:
            continue  # another schema's entity (see the docstring)
        if len(found) != 1:
            raise BratError(f"{where}: offsets: a {kind} is one span, got {len(found)}")
        bucket = extras.setdefault(current, {"h": [], "c": [], "t": []})
        if kind.startswith("Hedge_"):
            bucket["h"].append(Hedge(found[0], _value(HedgeKind, kind[6:], where, "type")))
        elif kind.startswith("Condition_"):
            kind_ = _value(ConditionKind, kind[10:], where, "type")
            bucket["c"].append(Condition(found[0], kind_))
        elif kind == "Antecedent":
            if not bucket["c"] or bucket["c"][-1].antecedent is not None:
                raise BratError(
                    f"{where}: type: an Antecedent needs the Condition_ line it belongs to "
                    "before it"
                )
            last = bucket["c"][-1]
            bucket["c"][-1] = Condition(last.cue, last.kind, found[0])
        else:
            bucket["t"].append(TimeExpression(found[0]))
    for i, bucket in extras.items():
        c = claims[i]
        try:
            claims[i] = Claim(
                c.content,
                c.mode,
                c.source,
                c.cue,
                hedges=bucket["h"],
                conditions=bucket["c"],
                times=bucket["t"],
            )
        except (TypeError, ValueError) as e:
            raise BratError(f"{claim_lines[i]}: hedges, conditions, times: {e}") from None
    published = parse_published(published)  # an argument: its own error, not the file's
    try:
        return Document(text, id=id, published=published, claims=claims)
    except (TypeError, ValueError) as e:
        raise BratError(f"{name}: {e}") from None


_CLAIM_ROLES = frozenset({"Content", "Cue", "Source"})


def _negated(attributes: dict[str, tuple[str, str]]) -> bool:
    """Whether the A-lines mark a claim ``Negated``: a binary attribute, as brat writes
    one, with no value. A value is refused: read as present, ``Negated E1 false`` would
    say the opposite of what it means."""
    if "Negated" not in attributes:
        return False
    value, at = attributes["Negated"]
    if value:
        raise BratError(
            f"{at}: Negated: a binary attribute takes no value, got {value!r} "
            "(leave out the A-line of a claim that is not negated)"
        )
    return True


def _claim(
    ident: str,
    where: str,
    roles: list[tuple[str, str]],
    spans: dict[str, tuple[str, tuple[Span, ...]]],
    attributes: dict[str, tuple[str, str]],
    names: dict[str, tuple[str, str]],
) -> Claim | None:
    """The claim of the E-line ``ident`` (at ``where``); ``attributes`` holds each
    attribute's value and its A-line's place."""
    kind = roles[0][0]
    if not kind.startswith("Attribution") and kind not in _CLAIM_ROLES:
        # another schema's event ("Speech:T1 Content:T3"): no claim (PolNeAR has
        # "Attribution" and "Attribution-no-source" events; a line without its
        # trigger, "Cue:T2 Content:T3", is read as an attribution)
        return None
    found: dict[str, list[tuple[str, tuple[Span, ...]]]] = {}
    for role, target in roles:
        if role not in _CLAIM_ROLES:
            continue  # another role (its target checked to exist by from_brat)
        if target not in spans:
            raise BratError(f"{where}: {role}: no T-line {target}")
        # "Content:T18 Content2:T22": a content in several pieces
        found.setdefault(role, []).append((target, spans[target][1]))
    content = [part for _, parts in found.get("Content", []) for part in parts]
    if not content:
        return None  # PolNeAR has a few attributions without content
    merged: list[Span] = []
    for part in sorted(content):
        last = merged[-1] if merged else None
        if last is not None and part.start < last.end:
            # overlapping pieces are one, their union (the later piece's text past the
            # earlier one's end): no character of either is lost
            if part.end > last.end:
                text = last.text + part.text[last.end - part.start :]
                merged[-1] = Span(last.start, part.end, text)
            continue
        merged.append(part)

    def value(cls: type[_E], attribute: str, default: _E) -> _E:
        if attribute not in attributes:
            return default
        text, at = attributes[attribute]
        return _value(cls, text, at, attribute)

    cue = None
    if "Cue" in found:
        pieces = [(target, part) for target, parts in found["Cue"] for part in parts]
        if len(pieces) > 1:
            listed = ", ".join(f"{t} [{p.start}, {p.end})" for t, p in pieces)
            raise BratError(f"{where}: Cue: a claim has one cue span, got {listed}")
        cs = pieces[0][1]
        cue = Cue(
            cs,
            " ".join(cs.text.lower().split()),
            kind=value(CueKind, "CueKind", CueKind.VERB),
            stance=value(Stance, "Stance", Stance.NEUTRAL),
            negated=_negated(attributes),
        )
    source = None
    mentions: list[Span] = []
    for target, parts in found.get("Source", []):  # a second Source role: another mention
        if len(parts) > 1:
            raise BratError(
                f"{where}: Source: a source mention is one span, but {target} has {len(parts)}"
            )
        mentions.append(parts[0])
    if mentions or ident in names or "SourceKind" in attributes:
        source = Source(
            mentions,
            names[ident][0] if ident in names else None,
            value(SourceKind, "SourceKind", SourceKind.UNKNOWN),
        )
    mode = value(Mode, "Mode", Mode.INDIRECT)
    try:
        return Claim(tuple(merged), mode, source, cue)
    except (TypeError, ValueError) as e:
        raise BratError(f"{where}: {e}") from None


def _decode(data: bytes, path: Path) -> str:
    """``data`` decoded as UTF-8, or a BratError naming the file and the line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise BratError(
            f"{path}:{line}: encoding: byte {data[e.start]:#04x} (at byte {e.start}) is not UTF-8"
        ) from None


def read_brat(
    txt: str | os.PathLike[str],
    ann: str | os.PathLike[str] | None = None,
    *,
    published: Any = None,
) -> Document:
    """Read ``NAME.txt`` and its ``NAME.ann`` (beside it unless given).

    The text is kept as decoded, as brat keeps it: its line ends as written and a byte
    order mark as character 0 (brat's offsets count it). The ``.ann`` holds no offsets
    into itself, so its byte order mark is dropped.

    Raises:
        BratError: a file that is not UTF-8 (naming the file and the line), or a
            malformed ``.ann`` (see :func:`from_brat`).
    """
    txt_path = Path(txt)
    ann_path = Path(ann) if ann is not None else txt_path.with_suffix(".ann")
    text = _decode(txt_path.read_bytes(), txt_path)  # keep "\r\n" as written
    return from_brat(
        text,
        _decode(ann_path.read_bytes(), ann_path),
        id=txt_path.stem,
        published=published,
        name=str(ann_path),
    )


# The longest id write_brat names files after, in UTF-8 bytes: a file name holds 255,
# and ".ann" follows the id.
_MAX_NAME_BYTES = 250


def _stem(stem: object, label: str) -> str:
    """``stem`` if it can name a file in a directory; a ValueError naming ``label``
    otherwise (a path separator, a control character, a leading dot, too long)."""
    if not isinstance(stem, str):
        raise TypeError(f"{label} must be a str, got {type(stem).__name__}")
    bad = next((c for c in stem if c in "/\\" or unicodedata.category(c) in ("Cc", "Cs")), None)
    if bad is not None:
        problem = f"holds {bad!r}"
    elif not stem:
        problem = "is empty"
    elif stem.startswith("."):
        problem = "starts with a dot"
    elif len(stem.encode("utf-8", "surrogatepass")) > _MAX_NAME_BYTES:
        problem = "is longer than a file name can be"
    else:
        return stem
    raise ValueError(f"{label} {stem!r} {problem}: it cannot name a file in the directory")


def write_brat(
    doc: Document,
    directory: str | os.PathLike[str],
    *,
    name: str | None = None,
) -> Path:
    """Write ``NAME.txt`` and ``NAME.ann`` into ``directory``; returns the ``.ann`` path.

    ``NAME`` is ``name``, else the document's id, else ``document``, used as it is
    (``report.v1`` gives ``report.v1.ann``), so :func:`read_brat` gives the id back.

    Raises:
        TypeError: ``doc`` is not a Document.
        ValueError: ``NAME`` holds a path separator (``/`` or ``\\``) or a control
            character, starts with a dot, or is empty.
        BratError: the text or a source's name holds a lone surrogate, which UTF-8
            cannot encode (nothing is written then).
    """
    if not isinstance(doc, Document):
        raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
    if name is not None:
        stem = _stem(name, "name")
    else:
        stem = _stem(doc.id or "document", "the document id")
    base = Path(directory)
    txt, ann = base / f"{stem}.txt", base / f"{stem}.ann"
    if txt.parent != base or txt.name != f"{stem}.txt":  # a drive ("C:x") on Windows
        raise ValueError(f"{stem!r} cannot name a file in the directory {base}")
    try:
        # both encoded before either is written: no half-written pair
        doc.text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise BratError(
            f"{txt}: text: a lone surrogate {e.object[e.start]!r} (at offset {e.start}) cannot "
            "be written as UTF-8"
        ) from None
    try:
        standoff = to_brat(doc)
        standoff.encode("utf-8")
    except UnicodeEncodeError as e:
        raise BratError(
            f"{ann}: name: a lone surrogate {e.object[e.start]!r} in a source's name cannot be "
            "written as UTF-8"
        ) from None
    base.mkdir(parents=True, exist_ok=True)
    # each file replaces one of that name whole, or is not written (see _files.replacing)
    with replacing(txt) as fh:
        fh.write(doc.text)
    with replacing(ann) as fh:
        fh.write(standoff)
    return ann
