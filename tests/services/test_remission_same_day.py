"""17 August 2025 held both the RU and the RD: the RU granted that morning counts in the RD
ceremony's release dates, so someone freed only by both together is on the RD's category II."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.inmates.record import DetentionData
from app.domain.roles import Role
from app.services.remission_dto import NewCeremony, SkEntry
from tests.remission_samples import example1, sentence_case


def test_the_rd_ceremony_counts_the_ru_granted_the_same_day(services, admin, make_actor):
    person = replace(example1(1), admission_date=date(2024, 1, 1),
                     detentions=(DetentionData("A.III", date(2024, 1, 1), date(2024, 3, 30)),),
                     cases=(sentence_case(1, 1, 10),))  # fmt: skip
    services.inmates.create(admin, person)
    remission = services.remission
    ru = remission.create_ceremony(admin, NewCeremony("RU", year=2025))
    remission.compute_proposals(admin, ru.id)
    remission.approve_ceremony(make_actor(Role.PIMPINAN), ru.id)
    (line,) = [line for line in remission.proposal_list(admin, ru.id) if line.granted]
    assert (line.granted_days, line.granted_category) == (60, "I")
    remission.record_sk(admin, ru.id, [SkEntry(line.line_id, "W11.PAS-1/2025", date(2025, 8, 10))])
    remission.commit_grants(admin, ru.id)
    rd = remission.create_ceremony(admin, NewCeremony("RD", year=2025))
    remission.compute_proposals(admin, rd.id)
    (rd_line,) = [line for line in remission.proposal_list(admin, rd.id) if line.granted]
    assert (rd_line.granted_days, rd_line.granted_category) == (55, "II")
    assert rd_line.granted_release == date(2025, 8, 17)
    assert "SAME_DAY_COUNTED" in {reason.code for reason in rd_line.reasons}
