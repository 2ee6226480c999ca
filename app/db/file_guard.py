"""Noticing that the database file was swapped under a running program.

A restore from the command line (or a file copied over by hand) while Sibina runs replaces the
file the program has open. Normally the restore refuses (it cannot take the file over), but if
it ever gets through, the program would go on writing into the replaced, deleted file: every
change lost without a word. So each engine remembers which file it opened (device and inode, as
`os.stat` gives them, also on Windows) and checks it at every transaction's BEGIN: a different
or missing file stops the work with a message to restart Sibina. The restore in this program
re-arms the guard for the file it put in place (`rearm`).
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path

from sqlalchemy import Engine, event

from app.errors import DatabaseProblem
from app.text import QT_TRANSLATE_NOOP

REPLACED = QT_TRANSLATE_NOOP(
    "errors",
    "Berkas basis data {path} telah diganti atau dihapus oleh program lain (misalnya pemulihan "
    "cadangan dari baris perintah) selagi Sibina berjalan. Perubahan ini tidak disimpan. Tutup "
    "Sibina lalu buka lagi.",
)

_guards: weakref.WeakKeyDictionary[Engine, FileGuard] = weakref.WeakKeyDictionary()


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class FileGuard:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.identity: tuple[int, int] | None = None  # set by the first connection

    def check(self, *_args: object) -> None:
        """The engine's "connect" and "begin" events: the file must still be the one opened."""
        now = file_identity(self.path)
        if self.identity is None:
            self.identity = now
        elif now != self.identity:
            raise DatabaseProblem(REPLACED, path=self.path)

    def rearm(self) -> None:
        self.identity = file_identity(self.path)


def guard(engine: Engine, path: Path) -> None:
    watcher = _guards[engine] = FileGuard(path)
    event.listen(engine, "connect", watcher.check)
    event.listen(engine, "begin", watcher.check)


def rearm(engine: Engine | None) -> None:
    """The file was replaced on purpose by this program (a restore): guard the new one."""
    watcher = _guards.get(engine) if engine is not None else None
    if watcher is not None:
        watcher.rearm()
