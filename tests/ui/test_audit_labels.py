"""Every action the services audit has a name people can read in the audit log screen."""

from __future__ import annotations

import re
from pathlib import Path

from app.services.inmates_dto import StatusAction
from app.ui.admin.audit_labels import ACTION_LABELS, ENTITY_LABELS, action_label

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
RECORD_CALL = re.compile(r'record\(\s*[^,]+,\s*[^,]+,\s*"([a-z_]+)",\s*"([a-z_]+)"', re.S)


def _recorded() -> set[tuple[str, str]]:
    found = set()
    for path in SERVICES.rglob("*.py"):
        found |= set(RECORD_CALL.findall(path.read_text(encoding="utf-8")))
    return found


def test_the_scan_finds_the_known_calls():
    assert ("user_created", "user") in _recorded()
    assert ("certificate_revoked", "certificate") in _recorded()


def test_every_audited_action_and_entity_has_a_label():
    recorded = _recorded()
    assert {a for a, _ in recorded} - set(ACTION_LABELS) == set()
    assert {e for _, e in recorded} - set(ENTITY_LABELS) == set()


def test_status_actions_have_labels():
    for action in StatusAction.ALL:
        assert f"inmate_{action}" in ACTION_LABELS


def test_unknown_codes_are_shown_as_stored():
    assert action_label("something_new") == "something_new"
    assert action_label("login") == "Masuk"


def test_the_run_sheet_actions_built_from_their_entity_have_labels():
    """remission_programme records "<entity>_added/_updated/_deleted/_moved" (an f-string the
    scan above cannot read)."""
    from app.services.remission_programme import KINDS

    for entity, *_ in KINDS.values():
        assert entity in ENTITY_LABELS
        for verb in ("added", "updated", "deleted", "moved"):
            assert f"{entity}_{verb}" in ACTION_LABELS
