"""Writing a file so that it is replaced whole, or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from typing import IO


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A text file (UTF-8, lines ended as written) that replaces ``path`` when the block
    ends without an exception; on one, ``path`` is left as it was.

    The file is written beside ``path`` and moved into place. It gets the mode of the
    file it replaces, or for a new file the mode the process's umask gives (as ``open``
    would; a temporary file from ``tempfile`` would be readable by its owner only). A
    symbolic link is followed, and the file it names replaced; a device or a pipe
    (``/dev/stdout``) is written to directly, as ``open`` would.

    Raises:
        OSError: the file cannot be written or moved into place; the error names
            ``path``, not the temporary file.
    """
    named = os.fspath(path)
    try:
        found: os.stat_result | None = os.stat(named)  # (through a link)
    except OSError:
        found = None  # none yet (or a link to none: its target is made)
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(21, "Is a directory", named)
    if found is not None and not stat.S_ISREG(found.st_mode):
        # a device or a pipe (/dev/null, /dev/stdout): written to, as open writes it; a
        # file put in its place would swallow the output
        with open(named, "w", encoding="utf-8", newline="") as fh:
            yield fh
        return
    # a link is followed, as open follows it: the file it names is replaced
    target = os.path.realpath(named)
    try:
        fd, tmp = _create_in(os.path.dirname(target), os.path.basename(target))
        if found is not None:
            os.chmod(tmp, stat.S_IMODE(found.st_mode))
    except OSError as err:
        raise OSError(err.errno, err.strerror, named) from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        try:
            os.replace(tmp, target)
        except OSError as err:
            raise OSError(err.errno, err.strerror, named) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _create_in(directory: str, name: str) -> tuple[int, str]:
    """A new file in ``directory``, open for writing, with a name no other file has
    (``O_EXCL``), created with mode 0o666 less the umask."""
    for _ in range(100):
        # (the name's first 32 characters: a name as long as a file name can be leaves
        # no room beside it)
        tmp = os.path.join(directory, f".{name[:32]}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(17, "no free temporary name", directory)
