"""The command line: ``claimkit extract``, ``claimkit score``, ``claimkit agree``.

Exit codes: 0 success, 1 bad input (the message names the file and line), 2 usage.
Output goes to standard output (JSON Lines, ``ensure_ascii=False``) or, with ``-o``, to
a file written atomically (a temporary file renamed at the end, so an error leaves no
half-written output); messages and progress go to standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

__all__ = ["main"]


class InputError(Exception):
    """Bad input: the message names the file and line."""


def _parser() -> argparse.ArgumentParser:
    from claimkit import __version__

    ap = argparse.ArgumentParser(
        prog="claimkit",
        description="Claims with their sources from English news text.",
    )
    ap.add_argument("--version", action="version", version=f"claimkit {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract claims from text or JSONL files")
    ex.add_argument("inputs", nargs="+", metavar="FILE", help="files, globs, or - for stdin")
    ex.add_argument("--published", help="the articles' date (YYYY-MM-DD) for text input")
    ex.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines: one {"id", "text", "published"?} a line '
        "(the default for *.jsonl files)",
    )
    ex.add_argument(
        "--format",
        choices=("jsonl", "json", "table", "webanno", "schemaorg", "citron", "brat", "html"),
        default="jsonl",
        help="output format (default: jsonl, one document a line); brat and html write "
        "one file per document into the -o directory (or one document to stdout)",
    )
    ex.add_argument("-o", "--output", help="write here instead of standard output")
    ex.add_argument(
        "--processes", type=int, default=1, help="worker processes (default 1; 0 = all cores)"
    )

    sc = sub.add_parser("score", help="score predictions against gold (JSONL files)")
    sc.add_argument("gold")
    sc.add_argument("pred")
    sc.add_argument("--by", help="a gold field to break recall down by (kind_heuristic)")
    sc.add_argument("--json", action="store_true", help="print the figures as JSON")

    cv = sub.add_parser("convert", help="convert annotations between formats")
    cv.add_argument("inputs", nargs="+", metavar="IN", help="brat .ann/.txt files or JSONL")
    cv.add_argument("--from", dest="source", choices=("brat", "jsonl"), required=True)
    cv.add_argument(
        "--to",
        dest="target",
        choices=("jsonl", "webanno", "schemaorg", "citron", "brat", "html"),
        required=True,
    )
    cv.add_argument("-o", "--output", help="output file (jsonl) or directory (brat, html)")

    ag = sub.add_parser("agree", help="pairwise agreement between annotators' JSONL files")
    ag.add_argument("files", nargs="+")
    ag.add_argument("--json", action="store_true", help="print the figures as JSON")
    return ap


def _expand(inputs: Sequence[str]) -> list[str]:
    out: list[str] = []
    for item in inputs:
        if item == "-" or Path(item).exists():
            out.append(item)
            continue
        matches = sorted(glob.glob(item))
        if not matches:
            raise InputError(f"{item}: no such file")
        out.extend(matches)
    return out


def _documents(
    paths: Sequence[str], *, jsonl: bool, published: str | None
) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(file, line, {"id", "text", "published"}) for each input document."""
    from claimkit.io._lines import json_line

    for path in paths:
        as_jsonl = jsonl or path.endswith((".jsonl", ".ndjson"))
        name = "<stdin>" if path == "-" else path
        if not as_jsonl:
            ident = "stdin" if path == "-" else Path(path).stem
            yield name, 1, {"id": ident, "text": _read_text(path), "published": published}
            continue
        try:
            fh: IO[str] = (
                sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
            )
        except OSError as err:
            raise InputError(f"{path}: {err.strerror}") from None
        try:
            for n, line in enumerate(fh, 1):
                if n == 1:
                    line = line.removeprefix("\ufeff")  # a byte-order mark
                if not line.strip():
                    continue
                try:
                    d = json_line(line, f"{name}:{n}")
                except ValueError as err:
                    raise InputError(str(err)) from None
                if not isinstance(d, dict) or not isinstance(d.get("text"), str):
                    raise InputError(f"{name}:{n}: text: expected a string")
                ident = d.get("id", f"{Path(name).stem}-{n}")
                if ident is not None and not isinstance(ident, str):
                    raise InputError(f"{name}:{n}: id: expected a string or null")
                date = d.get("published") or d.get("publication_date") or published
                yield name, n, {"id": ident, "text": d["text"], "published": date}
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 text") from None
        finally:
            if fh is not sys.stdin:
                fh.close()


def _read_text(path: str) -> str:
    """A text file's characters as written: its line ends kept (offsets count them), a
    byte-order mark dropped."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            buffer = getattr(sys.stdin, "buffer", None)  # (none when replaced by a StringIO)
            raw: bytes | str = buffer.read() if buffer is not None else sys.stdin.read()
        else:
            raw = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"{name}: {err.strerror}") from None
    if isinstance(raw, str):
        return raw.removeprefix("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text (byte {err.start})") from None


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file that replaces ``path`` only on success."""
    from claimkit.io._files import replacing

    if path is None:
        yield sys.stdout
        return
    with replacing(path) as fh:
        yield fh


def _table_rows(doc: Any) -> Iterator[str]:
    for c in doc.claims:
        src = (
            c.source.name or (c.source.mention.text if c.source.mention else "") if c.source else ""
        )
        cue = c.cue.span.text if c.cue else ""
        content = " ".join(" … ".join(p.text for p in c.content).split())
        yield "\t".join(
            [
                doc.id or "",
                " ".join(src.split()),
                " ".join(cue.split()),
                c.mode.value,
                c.stance.value,
                c.source_factuality.code,
                content,
            ]
        )


def _extract(args: argparse.Namespace) -> int:
    from claimkit.timex import parse_published

    if args.processes < 0:
        raise _Usage(f"--processes must be >= 0, got {args.processes}")
    if args.published is not None:
        try:
            parse_published(args.published)
        except ValueError as err:
            raise _Usage(str(err)) from None
    paths = _expand(args.inputs)
    docs = _documents(paths, jsonl=args.jsonl, published=args.published)
    if args.format in ("brat", "html"):
        extracted = (doc for _, _, doc in _extracted(docs, args.processes))
        return _write_files(extracted, args.format, args.output)
    progress = _Progress(len(paths) > 1 or args.jsonl)
    with _output(args.output) as out:
        if args.format == "table":
            out.write("id\tsource\tcue\tmode\tstance\tfactuality\tcontent\n")
        if args.format == "json":
            out.write("[")
        first = True
        for _name, _line, doc in _extracted(docs, args.processes):
            if args.format == "table":
                for row in _table_rows(doc):
                    out.write(row + "\n")
            else:
                body = _json(_as(args.format, doc))
                if args.format == "json":
                    out.write(("" if first else ",\n") + body)
                else:
                    out.write(body + "\n")
            first = False
            progress.tick()
        if args.format == "json":
            out.write("]\n")
    progress.done()
    return 0


def _extracted(
    docs: Iterator[tuple[str, int, dict[str, Any]]], processes: int
) -> Iterator[tuple[str, int, Any]]:
    """(file, line, Document) for each input, in order, over ``processes`` workers."""
    import claimkit
    from claimkit.timex import parse_published

    if processes == 1:
        for name, line, d in docs:
            try:
                doc = claimkit.extract(d["text"], published=d["published"], id=d["id"])
            except (TypeError, ValueError) as err:
                raise InputError(f"{name}:{line}: {err}") from None
            yield name, line, doc
        return
    where: list[tuple[str, int]] = []

    def items() -> Iterator[dict[str, Any]]:
        for name, line, d in docs:
            try:
                parse_published(d["published"])
            except (TypeError, ValueError) as err:
                raise InputError(f"{name}:{line}: {err}") from None
            where.append((name, line))
            yield d

    for i, doc in enumerate(claimkit.extract_many(items(), processes=processes or None)):
        name, line = where[i]
        yield name, line, doc


def _json(data: dict[str, Any]) -> str:
    """One line of JSON, non-ASCII characters as they are, a lone surrogate (which UTF-8
    cannot hold) escaped, as claimkit.io.dumps writes it."""
    from claimkit.io.jsonio import _escape_surrogates

    return _escape_surrogates(json.dumps(data, ensure_ascii=False))


def _as(fmt: str, doc: Any) -> dict[str, Any]:
    """A document as the JSON of an output format (one document a line)."""
    from claimkit.io import to_dict
    from claimkit.io.webanno import to_citron, to_schemaorg, to_webanno

    if fmt == "webanno":
        return to_webanno(doc)
    if fmt == "schemaorg":
        return to_schemaorg(doc)
    if fmt == "citron":
        return to_citron(doc)
    return to_dict(doc)


def _write_files(docs: Iterator[Any], fmt: str, output: str | None) -> int:
    """brat or html: one document to stdout, or one file per document into a directory."""
    from claimkit.io.brat import to_brat
    from claimkit.render import html

    if output is None:
        first = next(docs, None)
        if first is None:
            return 0
        if next(docs, None) is not None:
            raise _Usage(f"--format {fmt} with several documents needs -o DIRECTORY")
        sys.stdout.write(to_brat(first) if fmt == "brat" else html(first))
        return 0
    directory = Path(output)
    directory.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()  # the names written, in lower case (for a case-blind system)
    for i, doc in enumerate(docs):
        stem = wanted = _safe_name(doc.id or f"document-{i}")
        n = 1
        while stem.lower() in taken:
            n += 1
            stem = f"{wanted}-{n}"
        if stem != wanted:
            print(
                f"claimkit extract: {wanted!r} is taken by an earlier document; "
                f"writing document {i} ({doc.id!r}) as {stem!r}",
                file=sys.stderr,
            )
        taken.add(stem.lower())
        try:
            if fmt == "brat":
                with _output(str(directory / f"{stem}.txt")) as fh:
                    fh.write(doc.text)
                with _output(str(directory / f"{stem}.ann")) as fh:
                    fh.write(to_brat(doc))
            else:
                with _output(str(directory / f"{stem}.html")) as fh:
                    fh.write(html(doc))
        except UnicodeEncodeError as err:
            raise InputError(
                f"document {i} ({doc.id!r}): a UTF-8 file cannot hold its character "
                f"{err.object[err.start : err.end]!r} (a lone surrogate)"
            ) from None
    return 0


def _safe_name(name: str) -> str:
    """A file name from a document id: no path separators, no leading dot, at most 200
    bytes in UTF-8 (a file name holds 255, and a suffix follows)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name[:200])
    while len(safe.encode("utf-8", "surrogatepass")) > 200:
        safe = safe[:-1]
    return "_" + safe[1:] if safe.startswith(".") else safe or "document"


def _convert(args: argparse.Namespace) -> int:
    from claimkit.io import read_jsonl
    from claimkit.io.brat import read_brat

    paths = _expand(args.inputs)
    if args.source == "brat":
        txts = sorted({str(Path(p).with_suffix(".txt")) for p in paths})
        docs: Iterator[Any] = (read_brat(t) for t in txts)
    else:
        docs = (doc for p in paths for doc in read_jsonl(p))
    if args.target not in ("brat", "html"):
        with _output(args.output) as out:
            for doc in docs:
                out.write(_json(_as(args.target, doc)) + "\n")
        return 0
    return _write_files(docs, args.target, args.output)


class _Progress:
    """A document counter on standard error, only when it is a terminal."""

    def __init__(self, many: bool) -> None:
        self.on = many and sys.stderr.isatty()
        self.n = 0

    def tick(self) -> None:
        self.n += 1
        if self.on and self.n % 25 == 0:
            print(f"\rclaimkit: {self.n} documents", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.on:
            print(f"\rclaimkit: {self.n} documents", file=sys.stderr)


class _Usage(Exception):
    """A usage error (exit code 2)."""


def _score(args: argparse.Namespace) -> int:
    from claimkit.evaluate import score_files

    result = score_files(args.gold, args.pred, by=args.by)
    print(json.dumps(result.to_dict()) if args.json else result.format())
    return 0


def _agree(args: argparse.Namespace) -> int:
    from claimkit.evaluate import agreement, load

    if len(args.files) < 2:
        raise _Usage("agree needs at least two files")
    paths = [Path(f) for f in args.files]
    first: dict[Path, str] = {}
    for f, p in zip(args.files, paths, strict=True):
        if p.resolve() in first:  # one annotator cannot be two
            raise _Usage(f"{first[p.resolve()]} and {f} are one file: give each file once")
        first[p.resolve()] = f

    def tail(p: Path, depth: int) -> str:
        """The stem of ``p`` after its last ``depth`` folders."""
        return Path(*p.parent.parts[max(0, len(p.parent.parts) - depth) :], p.stem).as_posix()

    # Each file is an annotator, named by its stem, or, where two files share a stem, by
    # as many of its last folders as tell it apart ("a/ann" and "b/ann").
    names: list[str] = []
    for p in paths:
        alike = [q for q in paths if q is not p and q.stem == p.stem]
        depth = 0
        while depth < len(p.parent.parts) and any(tail(q, depth) == tail(p, depth) for q in alike):
            depth += 1
        names.append(tail(p, depth))
    if len(set(names)) < len(names):  # "ann.json" and "ann.jsonl" in one folder
        names = list(args.files)
    result = agreement({n: load(f) for n, f in zip(names, args.files, strict=True)})
    if args.json:
        print(json.dumps({f"{a}|{b}": s.to_dict() for (a, b), s in result.pairs.items()}))
    else:
        print(result.format())
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command is None:
        ap.print_usage(sys.stderr)
        return 2
    handler = {"extract": _extract, "score": _score, "agree": _agree, "convert": _convert}[
        args.command
    ]
    try:
        return handler(args)
    except BrokenPipeError:  # piped into `head`: stop quietly
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except _Usage as err:
        print(f"claimkit {args.command}: {err}", file=sys.stderr)
        return 2
    except (InputError, ValueError, OSError) as err:
        print(f"claimkit {args.command}: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
