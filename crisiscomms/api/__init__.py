"""The JSON API: /api/v1/..., plus the health probes at the root."""

from fastapi import FastAPI

from crisiscomms.api import (
    alerts,
    apikeys,
    audit,
    auth,
    broadcasts,
    channels,
    check,
    commitments,
    customers,
    health,
    incidents,
    maintenance,
    notifications,
    plans,
    question_followup,
    questions,
    readiness,
    rehearsals,
    statements,
    statuspage,
    subscribers,
    unsubscribe,
    users,
    watchdog,
)

V1 = (
    auth,
    users,
    apikeys,
    audit,
    readiness,
    plans,
    incidents,
    statements,
    check,
    commitments,
    questions,
    question_followup,
    notifications,
    customers,
    subscribers,
    channels,
    broadcasts,
    watchdog,
    alerts,
    rehearsals,
    maintenance,
)
"""The modules whose routers make /api/v1, in matching order."""


def install(app: FastAPI) -> None:
    """Add the API's routers to the app, each directly.

    Under a router of their own they would be matched again at every level of nesting
    (FastAPI tries an included router's routes to see whether it matches, then again to
    pick the route): included flat, a request to the last /api/v1 router makes about 80
    route matches instead of 220.
    """
    app.include_router(health.router)
    app.include_router(unsubscribe.router)
    for module in V1:
        app.include_router(module.router, prefix="/api/v1")
    app.include_router(statuspage.router)  # /api/v2: the Statuspage-compatible public JSON
