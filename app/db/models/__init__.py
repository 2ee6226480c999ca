"""All ORM models; importing this package registers every table on Base.metadata."""

from app.db.models.audit import AuditEvent
from app.db.models.certificates import (
    Certificate,
    CertificateReprint,
    CertificateRevocation,
    CertificateSequence,
    SigningKey,
)
from app.db.models.facility import Facility
from app.db.models.inmates import (
    DetentionPeriod,
    DisciplineEntry,
    Inmate,
    InmateCase,
    InmatePlacement,
    StatusEvent,
)
from app.db.models.meta import AppMeta
from app.db.models.remission import (
    CeremonyLine,
    RemissionCeremony,
    RemissionFlags,
    RemissionGrant,
)
from app.db.models.remission_programme import (
    CeremonyAgendaItem,
    CeremonyAttendance,
    CeremonyGuest,
)
from app.db.models.rules import RuleTable
from app.db.models.user import User

__all__ = [
    "AppMeta",
    "AuditEvent",
    "CeremonyAgendaItem",
    "CeremonyAttendance",
    "CeremonyGuest",
    "CeremonyLine",
    "Certificate",
    "CertificateReprint",
    "CertificateRevocation",
    "CertificateSequence",
    "DetentionPeriod",
    "DisciplineEntry",
    "Facility",
    "Inmate",
    "InmateCase",
    "InmatePlacement",
    "RemissionCeremony",
    "RemissionFlags",
    "RemissionGrant",
    "RuleTable",
    "SigningKey",
    "StatusEvent",
    "User",
]
