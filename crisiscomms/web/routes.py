"""Every page router; their errors render as pages."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from crisiscomms.web.audit import router as audit_router
from crisiscomms.web.auth import router as auth_router
from crisiscomms.web.broadcasts import router as broadcasts_router
from crisiscomms.web.channels import router as channels_router
from crisiscomms.web.check import router as check_router
from crisiscomms.web.commitments import router as commitments_router
from crisiscomms.web.control import router as control_router
from crisiscomms.web.customers import router as customers_router
from crisiscomms.web.errors import mark_page
from crisiscomms.web.incidents import router as incidents_router
from crisiscomms.web.maintenance import router as maintenance_router
from crisiscomms.web.plans import router as plans_router
from crisiscomms.web.questions import router as questions_router
from crisiscomms.web.readiness import router as readiness_router
from crisiscomms.web.rehearsals import router as rehearsals_router
from crisiscomms.web.reports import router as reports_router
from crisiscomms.web.statements import router as statements_router
from crisiscomms.web.subscribers import router as subscribers_router

PAGE_ROUTERS = (
    auth_router,
    control_router,
    readiness_router,
    rehearsals_router,
    plans_router,
    incidents_router,
    maintenance_router,
    statements_router,
    check_router,
    commitments_router,
    questions_router,
    reports_router,
    customers_router,
    subscribers_router,
    channels_router,
    broadcasts_router,
    audit_router,
)
"""Every page router, in matching order."""


def include_pages(app: FastAPI) -> None:
    """Add every page router to the app directly (not nested: see `crisiscomms.api.install`),
    outside the OpenAPI schema, each marking its errors to render as pages."""
    for page_router in PAGE_ROUTERS:
        app.include_router(page_router, include_in_schema=False, dependencies=[Depends(mark_page)])
