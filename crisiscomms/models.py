"""Every table, imported in one place so Alembic and the tests see the whole metadata."""

from sqlmodel import SQLModel

from crisiscomms.accounts.models import ApiKey, LoginAttempt, User, WebSession
from crisiscomms.audit.models import AuditEvent
from crisiscomms.incidents.models import Incident, IncidentEvent
from crisiscomms.plans.models import Plan, PlanVersion
from crisiscomms.statements.models import Statement, StatementRevision

metadata = SQLModel.metadata

__all__ = [
    "ApiKey",
    "AuditEvent",
    "Incident",
    "IncidentEvent",
    "LoginAttempt",
    "Plan",
    "PlanVersion",
    "Statement",
    "StatementRevision",
    "User",
    "WebSession",
    "metadata",
]
