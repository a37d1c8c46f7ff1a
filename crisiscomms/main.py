"""The application factory: JSON API at /api, health probes, pages at /."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from sqlalchemy.engine import Engine
from sqlmodel import Session
from starlette.types import Receive, Scope, Send

from crisiscomms import __version__, one_cpu
from crisiscomms.api import contract as api_contract
from crisiscomms.api import install as install_api
from crisiscomms.api.customers import CUSTOMER_IMPORT_PATH
from crisiscomms.channels.smtp_pool import EXCHANGES
from crisiscomms.config import Settings, get_settings
from crisiscomms.db import make_engine
from crisiscomms.http import (
    RequestContextMiddleware,
    WriterQueueMiddleware,
    install_error_handlers,
)
from crisiscomms.http_methods import HeadAndOptions
from crisiscomms.published import PublicCache, PublicFastPath
from crisiscomms.statements import check_processes
from crisiscomms.statements.check.run import warm_up as warm_up_check
from crisiscomms.web import install as install_web_pages
from crisiscomms.web import public as public_pages
from crisiscomms.web import public_questions as public_question_pages
from crisiscomms.web import subscriptions as subscription_pages
from crisiscomms.web.static import Static
from crisiscomms.worker.delivery import for_worker as delivery_engine_for_worker
from crisiscomms.worker.loop import Worker, start_in_thread

log = logging.getLogger("crisiscomms")


class CrisisApp(FastAPI):
    """The service's ASGI application: FastAPI, with the public fast path in front of it.

    A read of a public view held in memory is answered before FastAPI's own layers
    (telemetry, the body limit, the server-error catcher, and the wrappers they put around
    every `send`): in-process, 4.2 µs per read in front of them against 6.7 µs behind them.
    Everything else, and any read the fast path cannot answer, goes on to FastAPI
    (`app_call`). `create_app` sets `fast_path`."""

    fast_path: PublicFastPath

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.fast_path(scope, receive, send)

    async def app_call(self, scope: Scope, receive: Receive, send: Send) -> None:
        """FastAPI itself: routing, middleware and error handling."""
        await super().__call__(scope, receive, send)


DESCRIPTION = """
crisiscomms stores crisis communication **plans**, runs **incidents** from them, and keeps
an audit of every change. Authenticate with `Authorization: Bearer <api key>` or a web
session cookie (mutating requests from a browser also send `X-CSRF-Token`).
Errors always have the shape `{"error": {"code", "message", "details", "request_id"}}`.
"""


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    session_factory: Callable[[], Session] | None = None,
    run_startup: bool = True,
    check_cpus: frozenset[int] | None = None,
) -> FastAPI:
    """Build the app; tests pass their own settings, engine or session factory.

    `check_cpus`: the CPUs a lone `serve` left free (`tune_interpreter`); while the app runs,
    editor saves' checks run in processes there (`settings.check_processes`)."""
    settings = settings or get_settings()
    engine = engine or make_engine(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker: Worker | None = None
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        if run_startup:
            from crisiscomms.bootstrap import prepare

            report = prepare(settings, engine)
            if report.admin_password:
                log.warning(
                    "created administrator %s with one-time password: %s "
                    "(shown once; change it after signing in)",
                    report.admin_email,
                    report.admin_password,
                )
        if settings.run_worker_in_process:
            worker = Worker(
                engine,
                poll_seconds=settings.worker_poll_seconds,
                delivery=delivery_engine_for_worker(engine, settings),
            )
            thread = start_in_thread(worker)
        # The first editor's save should not load the check's dictionaries inside a request.
        await anyio.to_thread.run_sync(warm_up_check)
        checkers = check_process_count(settings, check_cpus)
        if checkers:
            await anyio.to_thread.run_sync(check_processes.start, checkers, check_cpus)
        # Everything built so far lives as long as the process: keep it out of the cyclic
        # collector's full passes, which otherwise stall a busy server for tens of ms.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            await app.state.public.close()
            if checkers:
                await anyio.to_thread.run_sync(check_processes.stop)
            if worker is not None:
                worker.stop()
                # The current sends finish first: an SMTP transaction may take 4 timeouts.
                thread.join(timeout=settings.outbound_timeout_seconds * (EXCHANGES + 1))

    app = CrisisApp(
        title="crisiscomms",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=api_contract.operation_id,
        telemetry={
            "tracing": settings.opentelemetry,
            "metrics": settings.opentelemetry,
            "logs": settings.opentelemetry,
        },
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.session_factory = session_factory or (lambda: Session(engine, expire_on_commit=False))
    app.state.public = PublicCache(settings, engine, app.state.session_factory)
    # Innermost: HEAD and OPTIONS of every route, answered from the route table.
    app.add_middleware(HeadAndOptions, routes=app.router.routes)
    app.add_middleware(
        WriterQueueMiddleware,
        slots=settings.concurrent_writes,
        requests=settings.threads,
        timeout=settings.write_queue_timeout_seconds,
    )
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        large_bodies={CUSTOMER_IMPORT_PATH: settings.max_import_bytes},
    )
    # Outermost, in front of FastAPI: public views in memory are answered before anything
    # else runs.
    app.fast_path = PublicFastPath(app.app_call, cache=app.state.public)
    install_error_handlers(app)
    install_api(app)  # the JSON API at /api/v1, /api/v2 and the health probes
    install_web_pages(app)  # staff pages at /, /static, HTML error pages for pages
    app.include_router(public_pages.router)  # the public status page, its feed and colours
    app.include_router(subscription_pages.router)  # sign up, confirm, manage, unsubscribe
    app.include_router(public_question_pages.router)  # the incident page's question form
    if not any(getattr(route, "name", None) == "static" for route in app.routes):
        static = settings.web_path / "static"
        app.mount("/static", Static(directory=static, check_dir=False), name="static")
    api_contract.install(app)  # last: the OpenAPI document of every route registered above
    return app


def tune_interpreter(settings: Settings, *, lone_process: bool) -> frozenset[int]:
    """Settings of the Python process that serves requests (`serve`, each of its workers):
    the interpreter's switch interval, and, for a lone process, one CPU for all its threads
    while more than its event loop works (`settings.serve_on_one_cpu`). Returns the CPUs
    that one leaves free, for the check processes (empty when it keeps them all)."""
    sys.setswitchinterval(settings.switch_interval_ms / 1000)
    if settings.serve_on_one_cpu and lone_process and hasattr(os, "sched_getaffinity"):
        allowed = os.sched_getaffinity(0)
        cpu = one_cpu_while_threads_work()
        if cpu is not None:
            return frozenset(allowed - {cpu})
    return frozenset()


def check_process_count(settings: Settings, free_cpus: frozenset[int] | None) -> int:
    """How many check processes the app starts: `settings.check_processes` when set, else
    one per free CPU, at most two; none without free CPUs (`free_cpus` None or empty)."""
    if not free_cpus:
        return 0
    if settings.check_processes is not None:
        return settings.check_processes
    return min(len(free_cpus), 2)


def one_cpu_while_threads_work() -> int | None:
    """Keep every thread of this process on one of the CPUs it may use while threads other
    than the event loop's work, and let it use them all otherwise (`one_cpu.OneCpu`, which
    says why); returns that CPU, or None where the system cannot (not Linux) or has one
    CPU."""
    if not hasattr(os, "sched_setaffinity") or not one_cpu.TASKS.exists():
        return None
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        return None
    keeper = one_cpu.OneCpu(allowed[-1], set(allowed))
    keeper.start()
    return keeper.cpu


def create_worker_app() -> FastAPI:
    """The app of one of several server processes (`crisiscomms serve --workers N`, or
    `uvicorn --factory crisiscomms.main:create_worker_app --workers N`): the start-up work
    (migrations, plans, the first administrator) was done once, before they started."""
    from crisiscomms.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    tune_interpreter(settings, lone_process=False)  # one of several
    return create_app(settings, run_startup=False)
