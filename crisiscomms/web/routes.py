"""Every page router, under one router whose errors render as pages."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from crisiscomms.web.audit import router as audit_router
from crisiscomms.web.auth import router as auth_router
from crisiscomms.web.broadcasts import router as broadcasts_router
from crisiscomms.web.channels import router as channels_router
from crisiscomms.web.commitments import router as commitments_router
from crisiscomms.web.control import router as control_router
from crisiscomms.web.customers import router as customers_router
from crisiscomms.web.errors import mark_page
from crisiscomms.web.incidents import router as incidents_router
from crisiscomms.web.plans import router as plans_router
from crisiscomms.web.reports import router as reports_router
from crisiscomms.web.statements import router as statements_router

router = APIRouter(include_in_schema=False, dependencies=[Depends(mark_page)])
for module_router in (
    auth_router,
    control_router,
    plans_router,
    incidents_router,
    statements_router,
    commitments_router,
    reports_router,
    customers_router,
    channels_router,
    broadcasts_router,
    audit_router,
):
    router.include_router(module_router)
