"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel
from sqlalchemy import text

from crisiscomms import migrations

router = APIRouter(tags=["health"])


@router.get("/api", include_in_schema=False)
def read_api_root() -> RedirectResponse:
    """The API's root leads to its interactive documentation (the site root: the staff pages)."""
    return RedirectResponse("/docs", status_code=307)


@router.get("/healthz")
def read_health() -> dict[str, str]:
    """Alive: the process answers."""
    return {"status": "ok"}


class Readiness(BaseModel):
    """What the readiness probe found: each check "ok" or what is wrong."""

    status: Literal["ready", "not_ready"]
    checks: dict[str, str]


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={
        503: {
            "description": "Not ready (database unreachable or not migrated: a `Readiness` "
            "naming the failed check), or busy (the one error shape).",
            "content": {
                "application/json": {
                    "schema": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/Readiness"},
                            {"$ref": "#/components/schemas/Error"},
                        ]
                    }
                }
            },
        }
    },
)
def read_readiness(request: Request) -> Any:
    """Ready: the database answers and its schema is at the code's migration head."""
    engine = request.app.state.engine
    checks: dict[str, str] = {}
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        checks["database"] = "ok"
        current = migrations.current_revision(engine)
        head = migrations.head_revision()
        checks["migrations"] = "ok" if current == head else f"at {current}, code expects {head}"
    except Exception as exc:  # the probe reports, it never raises
        checks["database"] = f"unreachable: {type(exc).__name__}"
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse(
        {"status": "ready" if ready else "not_ready", "checks": checks},
        status_code=200 if ready else 503,
        headers=None if ready else {"Retry-After": "5"},
    )
