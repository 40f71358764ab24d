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
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from claimkit.io._fields import enum_value
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


def to_brat(doc: Document) -> str:
    """The ``.ann`` text of a document (its ``.txt`` is ``doc.text``)."""
    lines: list[str] = []
    t = 0
    a = 0

    def tline(kind: str, spans: tuple[Span, ...]) -> str:
        nonlocal t
        t += 1
        covered = " ".join(_flat(s.text) for s in spans)
        lines.append(f"T{t}\t{kind} {_fragments(spans)}\t{covered}")
        return f"T{t}"

    for e, claim in enumerate(doc.claims, 1):
        source_t = cue_t = None
        if claim.source is not None and claim.source.mention is not None:
            source_t = tline("Source", (claim.source.mention,))
        if claim.cue is not None:
            cue_t = tline("Cue", (claim.cue.span,))
        content_t = tline("Content", claim.content)
        anchor = claim.cue.span if claim.cue is not None else claim.content[0]
        attribution_t = tline("Attribution", (anchor,))
        roles = [f"Attribution:{attribution_t}", f"Content:{content_t}"]
        if cue_t:
            roles.append(f"Cue:{cue_t}")
        if source_t:
            roles.append(f"Source:{source_t}")
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
            lines.append(f"#{e}\tAnnotatorNotes E{e}\tname: {_flat(claim.source.name)}")
        for h in claim.hedges:
            tline(f"Hedge_{h.kind.value}", (h.span,))
        for c in claim.conditions:
            tline(f"Condition_{c.kind.value}", (c.cue,))
            if c.antecedent is not None:
                tline("Antecedent", (c.antecedent,))
        for tm in claim.times:
            tline("Time", (tm.span,))
    return "\n".join(lines) + ("\n" if lines else "")


def from_brat(
    text: str,
    ann: str,
    *,
    id: str | None = None,
    published: Any = None,
    name: str = "<ann>",
) -> Document:
    """A Document from a text and its ``.ann`` standoff.

    Attribution events become claims; T-lines no event uses are ignored except claimkit's
    own hedge, condition and time lines, which attach to the claim they follow.

    Raises:
        BratError: a malformed line, or a T-line whose text disagrees with ``text``
            (naming ``name``, the line and the field).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not isinstance(ann, str):
        raise TypeError(f"ann must be a str, got {type(ann).__name__}")
    from claimkit.timex import parse_published

    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    order: list[tuple[str, str]] = []  # (kind of line, id) in file order
    events: dict[str, list[tuple[str, str]]] = {}
    attributes: dict[str, dict[str, str]] = {}
    names: dict[str, str] = {}
    lines: dict[str, int] = {}  # the line of each T- and E-line, by id
    attribute_lines: dict[tuple[str, str], int] = {}  # (target, attribute) → its A-line
    for lineno, line in enumerate(ann.splitlines(), 1):
        where = f"{name}:{lineno}"
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
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
                covered = " ".join(_flat(p.text) for p in parts)
                if _flat(fields[2]) != covered:
                    raise BratError(
                        f"{where}: text: the line says {fields[2]!r} but the text there is "
                        f"{covered!r}"
                    )
            spans[ident] = (kind, tuple(sorted(parts)))
            lines[ident] = lineno
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
            lines[ident] = lineno
            order.append(("E", ident))
        elif ident.startswith("A"):
            parts2 = fields[1].split() if len(fields) > 1 else []
            if len(parts2) < 2:
                raise BratError(f"{where}: A-line needs a name and a target")
            attributes.setdefault(parts2[1], {})[parts2[0]] = " ".join(parts2[2:])
            attribute_lines[(parts2[1], parts2[0])] = lineno
        elif ident.startswith("#") and len(fields) > 2 and fields[2].startswith("name: "):
            noted = fields[1].split()
            if not noted:
                raise BratError(f"{where}: note: a name note needs a target ('AnnotatorNotes T1')")
            names[noted[-1]] = fields[2][len("name: ") :]
    claims: list[Claim] = []
    claim_lines: list[str] = []  # where each claim's E-line is
    extras: dict[int, dict[str, list[Any]]] = {}
    for kind_line, ident in order:
        where = f"{name}:{lines[ident]}"
        if kind_line == "E":
            attrs = {
                attr: (value, f"{name}:{attribute_lines[(ident, attr)]}")
                for attr, value in attributes.get(ident, {}).items()
            }
            claim = _claim(ident, where, events[ident], spans, attrs, names)
            if claim is not None:
                claims.append(claim)
                claim_lines.append(where)
        elif claims:
            kind, found = spans[ident]
            bucket = extras.setdefault(len(claims) - 1, {"h": [], "c": [], "t": []})
            if kind.startswith("Hedge_"):
                bucket["h"].append(Hedge(found[0], _value(HedgeKind, kind[6:], where, "type")))
            elif kind.startswith("Condition_"):
                kind_ = _value(ConditionKind, kind[10:], where, "type")
                bucket["c"].append(Condition(found[0], kind_))
            elif kind == "Antecedent" and bucket["c"]:
                last = bucket["c"][-1]
                bucket["c"][-1] = Condition(last.cue, last.kind, found[0])
            elif kind == "Time":
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


def _claim(
    ident: str,
    where: str,
    roles: list[tuple[str, str]],
    spans: dict[str, tuple[str, tuple[Span, ...]]],
    attributes: dict[str, tuple[str, str]],
    names: dict[str, str],
) -> Claim | None:
    """The claim of the E-line ``ident`` (at ``where``); ``attributes`` holds each
    attribute's value and its A-line's place."""
    found: dict[str, tuple[Span, ...]] = {}
    for role, target in roles:
        if target not in spans:
            raise BratError(f"{where}: {role}: no T-line {target}")
        if role == "Content" and role in found:
            # "Content:T18 Content2:T22": a content in several pieces
            found[role] = found[role] + spans[target][1]
        else:
            found.setdefault(role, spans[target][1])
    content = found.get("Content")
    if not content:
        return None  # PolNeAR has a few attributions without content
    merged: list[Span] = []
    for part in sorted(content):  # overlapping fragments would break a claim's content
        if merged and part.start < merged[-1].end:
            continue
        merged.append(part)

    def value(cls: type[_E], attribute: str, default: _E) -> _E:
        if attribute not in attributes:
            return default
        text, at = attributes[attribute]
        return _value(cls, text, at, attribute)

    cue = None
    if "Cue" in found:
        cs = found["Cue"][0]
        cue = Cue(
            cs,
            " ".join(cs.text.lower().split()),
            kind=value(CueKind, "CueKind", CueKind.VERB),
            stance=value(Stance, "Stance", Stance.NEUTRAL),
            negated="Negated" in attributes,
        )
    source = None
    if "Source" in found:
        source = Source(
            found["Source"][:1],
            names.get(ident),
            value(SourceKind, "SourceKind", SourceKind.UNKNOWN),
        )
    mode = value(Mode, "Mode", Mode.INDIRECT)
    try:
        return Claim(tuple(merged), mode, source, cue)
    except (TypeError, ValueError) as e:
        raise BratError(f"{where}: {e}") from None


def read_brat(
    txt: str | os.PathLike[str],
    ann: str | os.PathLike[str] | None = None,
    *,
    published: Any = None,
) -> Document:
    """Read ``NAME.txt`` and its ``NAME.ann`` (beside it unless given)."""
    txt_path = Path(txt)
    ann_path = Path(ann) if ann is not None else txt_path.with_suffix(".ann")
    with open(txt_path, encoding="utf-8", newline="") as fh:  # keep "\r\n" as written
        text = fh.read()
    return from_brat(
        text,
        ann_path.read_text(encoding="utf-8"),
        id=txt_path.stem,
        published=published,
        name=str(ann_path),
    )


def write_brat(
    doc: Document, directory: str | os.PathLike[str], *, name: str | None = None
) -> Path:
    """Write ``NAME.txt`` and ``NAME.ann`` into ``directory``; returns the ``.ann`` path.

    Raises:
        BratError: the text holds a lone surrogate, which UTF-8 cannot encode (nothing is
            written then).
    """
    base = Path(directory) / (name or doc.id or "document")
    txt, ann = base.with_suffix(".txt"), base.with_suffix(".ann")
    try:
        # both encoded before either is written: no half-written pair
        data = doc.text.encode("utf-8"), to_brat(doc).encode("utf-8")
    except UnicodeEncodeError as e:
        i = doc.text.find(e.object[e.start])
        raise BratError(
            f"{txt}: text: a lone surrogate {e.object[e.start]!r} (at offset {i}) cannot be "
            "written as UTF-8"
        ) from None
    base.parent.mkdir(parents=True, exist_ok=True)
    txt.write_bytes(data[0])
    ann.write_bytes(data[1])
    return ann
