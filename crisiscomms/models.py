"""Every table, imported in one place so Alembic and the tests see the whole metadata."""

from sqlmodel import SQLModel

from crisiscomms.accounts.models import ApiKey, LoginAttempt, User, WebSession
from crisiscomms.alerts.models import AlertEvent, AlertSource
from crisiscomms.audit.models import AuditEvent
from crisiscomms.broadcasts.models import (
    AudienceEstimate,
    Broadcast,
    Delivery,
    DeliveryAttempt,
    DryRunMessage,
    IdempotencyKey,
    RehearsalRecipient,
    WorkerLock,
)
from crisiscomms.channels.models import ChannelConfig, ChannelRateBucket
from crisiscomms.commitments.models import Commitment, CommitmentReport
from crisiscomms.customers.models import Customer, Suppression
from crisiscomms.incidents.models import Incident, IncidentEvent
from crisiscomms.keys import AppSecret
from crisiscomms.maintenance.models import Maintenance, MaintenanceEvent, MaintenanceNotice
from crisiscomms.notifications.models import Notification
from crisiscomms.plans.models import Plan, PlanVersion
from crisiscomms.questions.models import PublicAnswer, Question, QuestionGroup, XReadCursor
from crisiscomms.rehearsals.models import Rehearsal, RehearsalInject
from crisiscomms.statements.models import Statement, StatementRevision
from crisiscomms.subscribers.models import SignupAttempt, Subscriber
from crisiscomms.watchdog.models import FollowUp, WatchdogAction

metadata = SQLModel.metadata

__all__ = [
    "AlertEvent",
    "AlertSource",
    "ApiKey",
    "AppSecret",
    "AudienceEstimate",
    "AuditEvent",
    "Broadcast",
    "ChannelConfig",
    "ChannelRateBucket",
    "Commitment",
    "CommitmentReport",
    "Customer",
    "Delivery",
    "DeliveryAttempt",
    "DryRunMessage",
    "FollowUp",
    "IdempotencyKey",
    "Incident",
    "IncidentEvent",
    "LoginAttempt",
    "Maintenance",
    "MaintenanceEvent",
    "MaintenanceNotice",
    "Notification",
    "Plan",
    "PlanVersion",
    "PublicAnswer",
    "Question",
    "QuestionGroup",
    "Rehearsal",
    "RehearsalInject",
    "RehearsalRecipient",
    "SignupAttempt",
    "Statement",
    "StatementRevision",
    "Subscriber",
    "Suppression",
    "User",
    "WatchdogAction",
    "WebSession",
    "WorkerLock",
    "XReadCursor",
    "metadata",
]
