"""Domain errors. Services raise these; the API and pages turn them into one error shape."""

from __future__ import annotations

from typing import Any


class CrisisCommsError(Exception):
    """A failure the caller can act on, with the HTTP status that describes it."""

    status: int = 400
    code: str = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        details: list[dict[str, Any]] | None = None,
        status: int | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code


class BadRequest(CrisisCommsError):
    status = 400
    code = "bad_request"


class Unauthorized(CrisisCommsError):
    status = 401
    code = "unauthorized"


class Forbidden(CrisisCommsError):
    status = 403
    code = "forbidden"


class NotFound(CrisisCommsError):
    status = 404
    code = "not_found"


class Conflict(CrisisCommsError):
    status = 409
    code = "conflict"


class InvalidTransition(Conflict):
    code = "invalid_transition"


class PayloadTooLarge(CrisisCommsError):
    status = 413
    code = "payload_too_large"


class ValidationFailed(CrisisCommsError):
    status = 422
    code = "validation_failed"


class TooManyRequests(CrisisCommsError):
    """Over a limit: the response says when to try again (`Retry-After`) when it is known."""

    status = 429
    code = "too_many_requests"

    def __init__(self, message: str, *, retry_after: int | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServiceUnavailable(CrisisCommsError):
    """The request could not be served in time (busy, or the database is away): try again
    after `retry_after` seconds, which the response sends as `Retry-After`."""

    status = 503
    code = "service_unavailable"
    retry_after = 5
