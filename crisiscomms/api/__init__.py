"""The JSON API: /api/v1/..., plus the health probes at the root."""

from fastapi import APIRouter

from crisiscomms.api import (
    apikeys,
    audit,
    auth,
    broadcasts,
    channels,
    commitments,
    customers,
    health,
    incidents,
    notifications,
    plans,
    statements,
    statuspage,
    unsubscribe,
    users,
    watchdog,
)

router = APIRouter()
router.include_router(health.router)
router.include_router(unsubscribe.router)

v1 = APIRouter(prefix="/api/v1")
v1.include_router(auth.router)
v1.include_router(users.router)
v1.include_router(apikeys.router)
v1.include_router(audit.router)
v1.include_router(plans.router)
v1.include_router(incidents.router)
v1.include_router(statements.router)
v1.include_router(commitments.router)
v1.include_router(notifications.router)
v1.include_router(customers.router)
v1.include_router(channels.router)
v1.include_router(broadcasts.router)
v1.include_router(watchdog.router)
router.include_router(v1)
router.include_router(statuspage.router)  # /api/v2: the Statuspage-compatible public JSON
