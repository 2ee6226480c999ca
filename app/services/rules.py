"""Loading the rule tables shipped under resources/rules (no database, no Qt).

`remission_rules()` reads and validates resources/rules/remission.json once per process; the
domain's `parse_rules` does the validation so an editor can check a changed table the same way.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from app.domain.remission.rules import RuleSet, RuleTableError, parse_rules
from app.paths import resource_path

REMISSION_RULES = ("rules", "remission.json")


def remission_rules_path() -> Path:
    return resource_path(*REMISSION_RULES)


def load_remission_rules(path: Path) -> RuleSet:
    """Read and validate a rule table file; RuleTableError names the file problem or the key."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleTableError(str(path), f"tidak dapat dibaca: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise RuleTableError(str(path), f"JSON tidak sah (baris {exc.lineno}): {exc.msg}") from exc
    return parse_rules(data)


@lru_cache(maxsize=1)
def remission_rules() -> RuleSet:
    """The shipped table, loaded once (it is immutable; an edited table is a new RuleSet)."""
    return load_remission_rules(remission_rules_path())
