"""The OpenAPI document tells the truth: every status an operation can answer, in the API's
one error shape, and operation ids that read well in a generated client.

FastAPI documents the success answer and a 422 in its own validation shape, which this API
never sends. Here every operation of the JSON API is given the answers it really has,
derived from what the route is (so a new route is documented without anyone remembering):

- 503 everywhere: busy (no database connection, a view not rendered in time), with
  `Retry-After`;
- 422 wherever there are parameters or a body: a value out of range, names the field;
- 400 and 413 wherever there is a body: malformed JSON, a body over the size limit;
- 401 and 403 wherever a role is required: no credentials, or a role too low;
- 404 wherever the path, the query or the body names a record (`plan_id`, `channel_ids`,
  `plan_slug`): it does not exist;
- 409 on every write: the state forbids it (a transition, a stale revision, a duplicate);
- 429 on sign-in: too many failures;
- whatever a route declares itself (`responses=`), which wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel, Field, TypeAdapter

from crisiscomms.deps import get_principal

ERROR_SCHEMA = "Error"
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
DESCRIPTIONS = {
    400: "Malformed request: the body is not valid JSON.",
    401: "Not signed in: no credentials, or they are not valid.",
    403: "Forbidden: the caller's role may not do this (or the CSRF token is missing).",
    404: "Not found: nothing with this id.",
    409: "Conflict: the current state forbids it; the message says why.",
    413: "The request body is larger than the limit.",
    415: "The body's media type is not one this operation reads.",
    422: "Invalid input: `details` names each field (`location`) and what is wrong.",
    429: "Too many attempts: wait for the time the message gives.",
    503: "Busy: try again after the `Retry-After` seconds.",
}


class ErrorDetail(BaseModel):
    """One problem with the request."""

    location: str = Field(description="Where: e.g. `body.scope.products.0` or `query.limit`.")
    message: str
    type: str = Field(default="", description="The kind of problem, where one applies.")


class ErrorInfo(BaseModel):
    code: str = Field(description="Stable, machine-readable: `not_found`, `validation_failed`…")
    message: str = Field(description="What is wrong, for a person.")
    details: list[ErrorDetail]
    request_id: str | None = Field(description="Also in the `X-Request-ID` header and the log.")


class Error(BaseModel):
    """Every error the API answers has this shape."""

    error: ErrorInfo


def _calls(dependant: Dependant) -> Iterator[Any]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _calls(dependency)


def api_routes(app: FastAPI) -> Iterator[tuple[str, set[str], APIRoute]]:
    """Every documented route of the app: its full path, methods and the route."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and getattr(context, "include_in_schema", True):
            yield context.path_format or route.path_format, set(context.methods or ()), route


def statuses(
    route: APIRoute, path: str, methods: set[str], request_body: dict[str, Any] | None = None
) -> set[int]:
    """The error statuses this route can answer (`request_body`: the documented one, for
    routes that read their body themselves, such as the customer import)."""
    found = {503}
    dependant = route.dependant
    has_body = dependant.body_params != [] or request_body is not None
    if request_body is not None and set(request_body.get("content", {})) - {"application/json"}:
        found.add(415)
    params = dependant.path_params + dependant.query_params + dependant.header_params
    for sub in _flatten(dependant):
        params += sub.path_params + sub.query_params + sub.header_params
        has_body = has_body or sub.body_params != []
    if params or has_body:
        found.add(422)
    if has_body:
        found |= {400, 413}
    if any(call is get_principal for call in _calls(dependant)):
        found |= {401, 403}
    if "{" in path or _names_a_record(route, params):
        found.add(404)
    if methods & WRITES:
        found.add(409)
    if path.endswith("/auth/login"):
        found.add(429)
    return found


def _flatten(dependant: Dependant) -> Iterator[Dependant]:
    for dependency in dependant.dependencies:
        yield dependency
        yield from _flatten(dependency)


REFERENCE = re.compile(r'"[a-z_]*(?:_id|_ids|slug)"\s*:')
"""A property that names another record (`plan_id`, `channel_ids`, `plan_slug`)."""


def _names_a_record(route: APIRoute, params: list[Any]) -> bool:
    """Whether the query or the body names another record, which may not exist (404)."""
    if any(p.name.endswith(("_id", "_ids", "slug")) for p in params):
        return True
    body = route.body_field
    if body is None or body.field_info.annotation is None:
        return False
    try:
        schema = TypeAdapter(body.field_info.annotation).json_schema()
    except Exception:
        return True
    properties = json.dumps(schema)
    return REFERENCE.search(properties) is not None


def operation_id(route: APIRoute) -> str:
    """The route function's name (`read_incident`, `publish_statement`): unique in the API
    (checked at start-up), stable across releases and readable in a generated client."""
    return route.name


def install(app: FastAPI) -> None:
    """Document every operation's real answers (see the module docstring)."""
    names = [route.name for _, _, route in api_routes(app)]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise RuntimeError(f"operation ids must be unique; repeated: {repeated}")

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
        )
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        for model in (ErrorDetail, ErrorInfo, Error):
            schemas[model.__name__] = model.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
        schemas[ERROR_SCHEMA]["properties"]["error"] = {"$ref": "#/components/schemas/ErrorInfo"}
        schemas["ErrorInfo"]["properties"]["details"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/ErrorDetail"},
        }
        schemas[ERROR_SCHEMA].pop("$defs", None)
        schemas["ErrorInfo"].pop("$defs", None)
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        error = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}}}
        for full_path, methods, route in api_routes(app):
            path = document["paths"].get(full_path, {})
            for method in methods:
                operation = path.get(method.lower())
                if operation is None:
                    continue
                responses = operation.setdefault("responses", {})
                declared = {str(code) for code in (route.responses or {})}
                body = operation.get("requestBody")
                for code in sorted(statuses(route, full_path, methods, body)):
                    key = str(code)
                    if key in declared and key != "422":
                        responses[key].setdefault("content", error)
                        continue
                    responses[key] = {"description": DESCRIPTIONS[code], "content": error}
                if "503" in responses:
                    responses["503"]["headers"] = {
                        "Retry-After": {
                            "description": "Seconds to wait before trying again.",
                            "schema": {"type": "integer"},
                        }
                    }
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
