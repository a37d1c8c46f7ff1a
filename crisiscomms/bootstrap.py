"""What a fresh start needs: schema, the plan library, and a first administrator."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.accounts import service as account_service
from crisiscomms.config import Settings
from crisiscomms.db import utc_now
from crisiscomms.flows import plans as plan_flow

log = logging.getLogger("crisiscomms.bootstrap")


@dataclass
class StartupReport:
    """What start-up did, for the command line to print."""

    migrated: bool = False
    plans: dict[str, int] = field(default_factory=dict)
    admin_email: str | None = None
    admin_password: str | None = None


def prepare(settings: Settings, engine: Engine) -> StartupReport:
    """Migrate, import the plan folder, and create the first admin if there is none."""
    report = StartupReport()
    if settings.run_migrations_on_start:
        migrations.upgrade(engine)
        report.migrated = True
    now = utc_now()
    with Session(engine, expire_on_commit=False) as session:
        if settings.import_plans_on_start and settings.plans_dir.is_dir():
            result = plan_flow.import_folder(session, settings.plans_dir, now=now)
            report.plans = result.counts()
        created = account_service.ensure_admin(session, settings, now=now)
        if created is not None:
            report.admin_email, report.admin_password = created
        session.commit()
    return report
