"""The WBP tab's expiry warnings: the banner over the list and the status-bar text count the
same two groups under the same labels (≤3 days left or past; 4-10 days left), and the days
left read as proper singular and plural in English."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.inmates.record import DetentionData
from app.ui.inmates.tab import InmatesTab
from tests.inmate_samples import convict, detainee
from tests.ui.widget_helpers import shown

DAYS_LEFT = (-1, 1, 3, 4, 8, 10, 9, 11, 30)  # 11 and 30: no warning yet


@pytest.fixture
def tab(qtbot, services, admin, clock):
    today = clock().date()
    for n, left in enumerate(DAYS_LEFT, start=1):
        end = today + timedelta(days=left)
        services.inmates.create(admin, detainee(n, full_name=f"Orang {n}", detentions=(
            DetentionData("A.I", today - timedelta(days=10), end),)))  # fmt: skip
    services.inmates.create(admin, convict(len(DAYS_LEFT) + 1))  # convicts are never counted
    widget = shown(qtbot, InmatesTab(services, admin, None), 1200, 600)
    qtbot.waitUntil(lambda: widget.ready, timeout=2000)
    return widget


def test_banner_and_status_bar_count_the_same_groups(tab):
    counts = "3 sisa ≤3 hari atau lewat, 4 sisa 4–10 hari"
    assert tab.status_message() == f"⚠ Penahanan berakhir: {counts}"
    banner = tab.view.banner.text()
    assert f"<b>Masa penahanan segera berakhir:</b> {counts} — " in banner
    assert "Orang 1 (A.I, lewat 1 hari), Orang 2 (A.I, 1 hari lagi)" in banner
    assert banner.endswith(" dan 1 lainnya")  # six names shown, seven within 10 days


def test_in_english_one_day_is_singular(tab, english):
    tab.refresh_warnings()
    counts = "3 with ≤3 days left or overdue, 4 with 4–10 days left"
    assert tab.status_message() == f"⚠ Detention ending: {counts}"
    banner = tab.view.banner.text()
    assert f"<b>Detention expiring soon:</b> {counts} — " in banner
    assert (
        "Orang 1 (A.I, 1 day overdue), Orang 2 (A.I, in 1 day), Orang 3 (A.I, in 3 days)" in banner
    )
    assert "1 days" not in banner
