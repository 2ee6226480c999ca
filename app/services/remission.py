"""The remission service (`services.remission`): ceremonies (create, change the details, compute the proposal list,
override, approve, SK, commit into the ledger), per-inmate flags, the ledger and key dates.

pembinaan and admin edit (EDIT_REMISSION), pimpinan approves (APPROVE), every role that sees the
register reads (VIEW_REMISSION). The jobs live in their own modules and are combined here.
"""

from __future__ import annotations

from app.db.uow import UnitOfWorkFactory
from app.domain.remission.rules import RuleSet
from app.services import remission_demo as _demo  # noqa: F401  (registers the demo step)
from app.services.clock import Clock, system_clock
from app.services.remission_ceremonies import RemissionCeremonies
from app.services.remission_ceremony_details import RemissionCeremonyDetails
from app.services.remission_corrections import RemissionCorrections
from app.services.remission_freshness import RemissionFreshness
from app.services.remission_ledger import RemissionLedger
from app.services.remission_papers import RemissionPapers
from app.services.remission_programme import RemissionProgramme
from app.services.remission_reports import RemissionReports
from app.services.rule_effective import effective_rules


class RemissionService(
    RemissionCeremonies,
    RemissionCeremonyDetails,
    RemissionCorrections,
    RemissionFreshness,
    RemissionReports,
    RemissionLedger,
    RemissionProgramme,
    RemissionPapers,
):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        clock: Clock = system_clock,
        rules: RuleSet | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._rules_override = rules
        self._effective_rules = effective_rules(uow_factory)

    @property
    def _rules(self) -> RuleSet:
        """The rules in effect: the admin's edited table if it validates, else the shipped one
        (cached; one small query per use notices a change). An explicit `rules` wins (tests)."""
        return self._rules_override or self._effective_rules.get().rules
