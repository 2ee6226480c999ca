"""Typed reads from a parsed rule table by dotted key, each failure naming the key."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from typing import Any

from app.errors import SibinaError
from app.text import QT_TRANSLATE_NOOP

_INDEX = re.compile(r"^(\w+)\[(\d+)\]$")
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")


class RuleTableError(SibinaError):
    """The rule table is malformed: `key` is the dotted path of the offending entry."""

    default_template = QT_TRANSLATE_NOOP(
        "errors", "Tabel aturan remisi tidak sah: {key}: {problem}"
    )

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(key=key, problem=problem)


class Reader:
    def __init__(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping):
            raise RuleTableError("(akar)", "harus berupa objek")
        self._data = data

    def get(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            match = _INDEX.match(part)
            name, index = (match.group(1), int(match.group(2))) if match else (part, None)
            if not isinstance(node, Mapping) or name not in node:
                raise RuleTableError(key, "tidak ada")
            node = node[name]
            if index is not None:
                if not isinstance(node, list) or index >= len(node):
                    raise RuleTableError(key, "tidak ada")
                node = node[index]
        return node

    def integer(self, key: str, minimum: int | None = None) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise RuleTableError(key, "harus bilangan bulat")
        if minimum is not None and value < minimum:
            raise RuleTableError(key, f"harus {minimum} atau lebih")
        return value

    def optional_integer(self, key: str, minimum: int | None = None) -> int | None:
        return None if self.get(key) is None else self.integer(key, minimum)

    def text(self, key: str) -> str:
        value = self.get(key)
        if not isinstance(value, str) or not value.strip():
            raise RuleTableError(key, "harus teks yang tidak kosong")
        return value

    def boolean(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise RuleTableError(key, "harus true atau false")
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self.get(key)
        if value not in choices:
            raise RuleTableError(key, "harus salah satu dari " + ", ".join(choices))
        return str(value)

    def optional_choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        return None if self.get(key) is None else self.choice(key, choices)

    def string_list(self, key: str, choices: tuple[str, ...]) -> list[str]:
        value = self.get(key)
        if not isinstance(value, list) or any(v not in choices for v in value):
            raise RuleTableError(key, "harus daftar berisi: " + ", ".join(choices))
        return list(value)

    def mapping(self, key: str) -> Mapping[str, Any]:
        value = self.get(key)
        if not isinstance(value, Mapping) or not value:
            raise RuleTableError(key, "harus objek yang tidak kosong")
        return value

    def list_length(self, key: str, minimum: int = 0) -> int:
        value = self.get(key)
        if not isinstance(value, list) or len(value) < minimum:
            raise RuleTableError(key, f"harus daftar dengan sedikitnya {minimum} baris")
        return len(value)

    def fraction(self, key: str) -> Fraction:
        value = self.get(key)
        match = _FRACTION.match(value) if isinstance(value, str) else None
        if not match or int(match.group(2)) == 0 or int(match.group(1)) > int(match.group(2)):
            raise RuleTableError(key, "harus pecahan 'a/b' antara 0 dan 1")
        return Fraction(int(match.group(1)), int(match.group(2)))

    def month_day(self, key: str) -> tuple[int, int]:
        value = self.get(key)
        match = _MONTH_DAY.match(value) if isinstance(value, str) else None
        month, day = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        try:  # a day every year has (not 02-30, nor 02-29): an occasion comes back each year
            date(2001, month, day)
        except ValueError:
            raise RuleTableError(key, "harus tanggal 'BB-HH' yang ada setiap tahun") from None
        return month, day
