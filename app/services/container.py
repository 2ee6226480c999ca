"""Builds every service on one database: the composition shared by the GUI, the CLI and tests."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from app.db.engine import make_engine, make_session_factory, sqlite_file
from app.db.migrate import MigrationResult, upgrade
from app.db.uow import UnitOfWork, UnitOfWorkFactory
from app.paths import DataPaths
from app.services.audit import AuditService
from app.services.auth import AuthService
from app.services.backup import BackupService
from app.services.certificates import CertificateService
from app.services.clock import Clock, system_clock
from app.services.demo import DemoService
from app.services.facility import FacilityService
from app.services.inmates import InmateService
from app.services.meta import MetaService
from app.services.remission import RemissionService
from app.services.rule_tables import RuleTableService
from app.services.setup import SetupService
from app.services.users import UserService


@dataclass
class Services:
    db_url: str
    paths: DataPaths
    engine: Engine
    uow: UnitOfWorkFactory
    clock: Clock
    migration: MigrationResult
    setup: SetupService = field(init=False)
    auth: AuthService = field(init=False)
    users: UserService = field(init=False)
    facility: FacilityService = field(init=False)
    audit: AuditService = field(init=False)
    meta: MetaService = field(init=False)
    demo: DemoService = field(init=False)
    backup: BackupService = field(init=False)
    certificates: CertificateService = field(init=False)
    inmates: InmateService = field(init=False)
    remission: RemissionService = field(init=False)
    rule_tables: RuleTableService = field(init=False)

    def __post_init__(self) -> None:
        self.setup = SetupService(self.uow, self.clock)
        self.auth = AuthService(self.uow, self.clock)
        self.users = UserService(self.uow, self.clock)
        self.facility = FacilityService(self.uow, self.clock)
        self.audit = AuditService(self.uow)
        self.meta = MetaService(self.uow)
        self.demo = DemoService(self.uow, self.clock)
        self.certificates = CertificateService(self.uow, self.clock)
        self.inmates = InmateService(self.uow, self.clock)
        self.remission = RemissionService(self.uow, self.clock)
        self.rule_tables = RuleTableService(self.uow, self.clock)
        self.backup = BackupService(
            self.uow, self.db_url, self.paths, self.clock, engine=self.engine
        )

    @property
    def is_sqlite(self) -> bool:
        return sqlite_file(self.db_url) is not None

    def dispose(self) -> None:
        self.engine.dispose()


def open_services(db_url: str, paths: DataPaths, clock: Clock = system_clock) -> Services:
    """Open (and migrate) the database, build the services on it, check the rule table."""
    engine = make_engine(db_url)
    try:
        migration = upgrade(engine, paths.backups)
    except BaseException:
        engine.dispose()
        raise
    session_factory = make_session_factory(engine)
    services = Services(
        db_url=db_url,
        paths=paths,
        engine=engine,
        uow=lambda: UnitOfWork(session_factory),
        clock=clock,
        migration=migration,
    )
    try:
        # The remission rules are loaded and validated at start: a broken shipped table stops
        # here (ShippedRulesBroken, a DatabaseProblem); a broken stored edit is set aside.
        services.rule_tables.check_at_start()
    except BaseException:
        services.dispose()
        raise
    return services
