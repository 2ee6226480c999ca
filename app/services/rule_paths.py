"""Key paths into a rule table ("ru.rows[0].days", as RuleTableError names them) and the
difference between two tables as changed paths with old and new values (for the audit log, the
history and the editor). Pure Python on JSON-like data; no database, no Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Segment = str | int

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class RuleChange:
    """One changed key: `old` or `new` is None when the key (or table row) was added/removed."""

    path: str
    old: Any
    new: Any


def split_path(path: str) -> list[Segment]:
    """ "ru.rows[0].days" -> ["ru", "rows", 0, "days"]."""
    return [int(index) if index else name for name, index in _PART.findall(path)]


def join_path(segments: list[Segment] | tuple[Segment, ...]) -> str:
    text = ""
    for segment in segments:
        if isinstance(segment, int):
            text += f"[{segment}]"
        else:
            text += f".{segment}" if text else segment
    return text


def get_at(data: Any, path: str) -> Any:
    """The value at `path`; KeyError/IndexError/TypeError when it is not there."""
    node = data
    for segment in split_path(path):
        node = node[segment]
    return node


def set_at(data: Any, path: str, value: Any) -> None:
    """Replace the value at an existing `path` (or add a key to an existing object)."""
    segments = split_path(path)
    parent = data
    for segment in segments[:-1]:
        parent = parent[segment]
    parent[segments[-1]] = value


def parent_path(path: str) -> str:
    return join_path(split_path(path)[:-1])


def _same(old: Any, new: Any) -> bool:
    """Equal with the same JSON type (True == 1 in Python, not in a rule table)."""
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        return old.keys() == new.keys() and all(_same(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(_same(a, b) for a, b in zip(old, new, strict=True))
    return type(old) is type(new) and old == new


def _rows(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, Mapping) for item in value)


def _walk(old: Any, new: Any, path: list[Segment]) -> Iterator[RuleChange]:
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        keys = list(new) + [key for key in old if key not in new]
        for key in keys:
            if key not in old:
                yield RuleChange(join_path([*path, key]), None, new[key])
            elif key not in new:
                yield RuleChange(join_path([*path, key]), old[key], None)
            else:
                yield from _walk(old[key], new[key], [*path, key])
    elif _rows(old) and _rows(new) and (old or new):
        for index in range(max(len(old), len(new))):
            there = [*path, index]
            if index >= len(old):
                yield RuleChange(join_path(there), None, new[index])
            elif index >= len(new):
                yield RuleChange(join_path(there), old[index], None)
            else:
                yield from _walk(old[index], new[index], there)
    elif not _same(old, new):
        yield RuleChange(join_path(path) or "(akar)", old, new)


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[RuleChange]:
    """Every key path whose value differs, in the table's order (rows compared by position)."""
    return list(_walk(old, new, []))


def canonical_json(data: Any) -> str:
    """The stored form: sorted keys, so equal tables give equal text (and equal digests)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
