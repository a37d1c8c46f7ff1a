"""The `crisiscomms` command: serve, worker, db, plans, users, apikeys, customers, demo.

Longer than 400 lines on purpose: it is the catalogue of commands, each a thin adapter
over a flow or a domain service; splitting it would only scatter the `--help` text.
"""

from __future__ import annotations

import secrets
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.accounts import service as account_service
from crisiscomms.config import Settings, get_settings
from crisiscomms.db import make_engine, utc_now
from crisiscomms.errors import CrisisCommsError
from crisiscomms.flows import plans as plan_flow
from crisiscomms.logs import configure_logging
from crisiscomms.principal import SYSTEM, Role

app = typer.Typer(
    help="crisiscomms: crisis communication plans, statements and broadcasts.", no_args_is_help=True
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
plans_app = typer.Typer(help="The plan library.", no_args_is_help=True)
users_app = typer.Typer(help="People who sign in.", no_args_is_help=True)
apikeys_app = typer.Typer(help="API keys for machines.", no_args_is_help=True)
customers_app = typer.Typer(help="The customers crisis messages go to.", no_args_is_help=True)
subscribers_app = typer.Typer(help="People who follow the status page.", no_args_is_help=True)
watchdog_app = typer.Typer(help="The silence watchdog.", no_args_is_help=True)
inbound_app = typer.Typer(help="Replies and questions that come in by email.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(plans_app, name="plans")
app.add_typer(users_app, name="users")
app.add_typer(apikeys_app, name="apikeys")
app.add_typer(customers_app, name="customers")
app.add_typer(subscribers_app, name="subscribers")
app.add_typer(watchdog_app, name="watchdog")
app.add_typer(inbound_app, name="inbound")


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _settings() -> Settings:
    """The settings, or exit 2 with what is wrong in them (not a traceback)."""
    try:
        return get_settings()
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            message = str(error["msg"]).removeprefix("Value error, ")
            field = ".".join(str(part) for part in error["loc"])
            problems.append(f"CRISISCOMMS_{field.upper()}: {message}" if field else message)
        _fail("the configuration is not valid: " + "; ".join(problems), 2)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes (uvicorn workers). Each serves the public views from its "
            "own memory and runs its in-process worker unless "
            "CRISISCOMMS_RUN_WORKER_IN_PROCESS=false. More than one: use PostgreSQL.",
        ),
    ] = 1,
) -> None:
    """Run the web app and API, with one in-process worker (the embedded default)."""
    import uvicorn

    from crisiscomms.bootstrap import prepare
    from crisiscomms.main import create_app, tune_interpreter

    settings = _settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    free_cpus = tune_interpreter(settings, lone_process=workers == 1)
    engine = make_engine(settings)
    report = prepare(settings, engine)
    if report.plans:
        typer.echo(f"plans: {report.plans}")
    if report.admin_password:
        typer.secho(
            f"\nCreated administrator {report.admin_email} with one-time password "
            f"{report.admin_password}\n(shown once; change it after signing in)\n",
            fg=typer.colors.YELLOW,
        )
    typer.echo(f"crisiscomms on http://{host}:{port}  (API docs at http://{host}:{port}/docs)")
    # Several processes each build their own app (and engine) from the settings; the
    # start-up work above ran once, before them.
    if workers > 1:
        engine.dispose()
    target = (
        "crisiscomms.main:create_worker_app"
        if workers > 1
        else create_app(settings, engine=engine, run_startup=False, check_cpus=free_cpus)
    )
    uvicorn.run(
        target,
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_config=None,
        access_log=False,  # RequestContextMiddleware logs each request with its id
    )


@app.command()
def worker() -> None:
    """Run a background worker until SIGTERM or Ctrl-C; the current pass always finishes.

    Start as many as you like against PostgreSQL: they share the queue (SKIP LOCKED).
    """
    from crisiscomms.worker.delivery import for_worker as delivery_engine_for_worker
    from crisiscomms.worker.loop import Worker, settle_heap

    settings = _settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    engine = make_engine(settings)
    if not migrations.is_current(engine):
        _fail("the database schema is not current: run `crisiscomms db upgrade` first")
    loop = Worker(
        engine,
        poll_seconds=settings.worker_poll_seconds,
        delivery=delivery_engine_for_worker(engine, settings),
    )
    settle_heap()

    def _stop(signum: int, _frame: FrameType | None) -> None:
        loop.stop()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    loop.run_forever()


@inbound_app.command("smtp")
def inbound_smtp(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 2525,
) -> None:
    """Receive replies to our emails over SMTP (self-hosted mail) until SIGTERM or Ctrl-C.

    Needs CRISISCOMMS_INBOUND_REPLY_ADDRESS (e.g. replies@status.example.com); point that
    domain's MX, or a relay's transport, at this host and port.
    """
    import threading

    from sqlmodel import Session as DbSession

    from crisiscomms.worker.inbound_smtp import controller

    settings = _settings()
    if not settings.inbound_reply_address:
        _fail("set CRISISCOMMS_INBOUND_REPLY_ADDRESS first (e.g. replies@status.example.com)")
    configure_logging(settings.log_level, json_lines=settings.log_json)
    engine = make_engine(settings)
    if not migrations.is_current(engine):
        _fail("the database schema is not current: run `crisiscomms db upgrade` first")
    receiver = controller(
        settings, lambda: DbSession(engine, expire_on_commit=False), host=host, port=port
    )
    stop = threading.Event()

    def _stop(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    receiver.start()
    typer.echo(f"receiving replies for {settings.inbound_reply_address} on {host}:{port}")
    stop.wait()
    receiver.stop()


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    engine = make_engine(_settings())
    migrations.upgrade(engine, revision)
    typer.echo(f"database at revision {migrations.current_revision(engine)}")


@db_app.command("current")
def db_current() -> None:
    """Print the database's revision and whether it is current."""
    engine = make_engine(_settings())
    current = migrations.current_revision(engine)
    state = "current" if current == migrations.head_revision() else "needs `db upgrade`"
    typer.echo(f"{current} ({state})")


@app.command("check")
def check(
    source: Annotated[str, typer.Argument(help="A file with the text, or - for standard input.")],
    channel: Annotated[str, typer.Option(help="email, status_page, x, sms or webhook.")] = "email",
    language: Annotated[str, typer.Option(help="en or bn.")] = "en",
    stage: Annotated[
        str | None,
        typer.Option(help="investigating, identified, monitoring, resolved or follow_up."),
    ] = None,
    plan: Annotated[
        Path | None, typer.Option(help="A plan file whose transparency settings apply.")
    ] = None,
) -> None:
    """Judge a statement as it stands; print line:col: rule: message; exit 1 if it fails."""
    from crisiscomms.plans.schema import Stage, TransparencyPolicy
    from crisiscomms.statements.check.document import Channel
    from crisiscomms.statements.check.run import check_text

    try:
        chosen_channel = Channel(channel)
    except ValueError:
        _fail(f"--channel: {channel!r} is not one of {', '.join(c.value for c in Channel)}", 2)
    if language not in ("en", "bn"):
        _fail(f"--language: {language!r} is not one of en, bn", 2)
    try:
        chosen_stage = Stage(stage) if stage is not None else None
    except ValueError:
        _fail(f"--stage: {stage!r} is not one of {', '.join(s.value for s in Stage)}", 2)
    policy = TransparencyPolicy()
    if plan is not None:
        body, problems = plan_flow.check_file(plan)
        if body is None:
            _fail("; ".join(str(problem) for problem in problems) or f"cannot read {plan}", 2)
        assert body is not None
        policy = body.transparency
    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            _fail(f"{source}: {error}", 2)
    if not text.strip():
        _fail(f"{source}: the text is empty", 2)
    report = check_text(
        text, language=language, channel=chosen_channel, stage=chosen_stage, policy=policy
    )
    name = "<stdin>" if source == "-" else source
    for finding in report.findings:
        line = text.count("\n", 0, finding.start) + 1
        column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
        typer.echo(f"{name}:{line}:{column}: {finding.rule}: {finding.message}")
        typer.echo(f"    {finding.severity}; fix: {finding.suggestion}")
    verdict = "pass" if report.passed else "fail"
    typer.echo(f"{verdict}: score {report.score}, {len(report.findings)} finding(s)", err=True)
    if not report.passed:
        raise typer.Exit(1)


@plans_app.command("validate")
def plans_validate(paths: Annotated[list[Path], typer.Argument(help="Files or folders.")]) -> None:
    """Check plan files; print file:line:column: message for every problem."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}", 2)
    results = plan_flow.check_paths(paths)
    problems = [problem for found in results.values() for problem in found]
    for problem in problems:
        typer.echo(str(problem))
    typer.echo(f"{len(results)} plan file(s) checked, {len(problems)} problem(s)", err=True)
    if problems or not results:
        raise typer.Exit(1)


@plans_app.command("import")
def plans_import(paths: Annotated[list[Path], typer.Argument(help="Files or folders.")]) -> None:
    """Store valid plan files (a changed file becomes a new version); report invalid ones."""
    engine = make_engine(_settings())
    migrations.upgrade(engine)
    failed = 0
    with Session(engine, expire_on_commit=False) as session:
        for path in paths:
            result = plan_flow.import_folder(session, path, now=utc_now())
            for slug in result.created:
                typer.echo(f"created  {slug}")
            for slug in result.updated:
                typer.echo(f"updated  {slug}")
            for slug in result.unchanged:
                typer.echo(f"unchanged {slug}")
            for _source, problems in result.failed.items():
                failed += 1
                for problem in problems:
                    typer.echo(str(problem), err=True)
        session.commit()
    if failed:
        raise typer.Exit(1)


@plans_app.command("doctor")
def plans_doctor(
    days: Annotated[
        int, typer.Option(min=1, max=365, help="How recent a channel's test send must be.")
    ] = 30,
) -> None:
    """Is every plan ready for a crisis? Channels configured and tested, roles held,
    templates drafting and passing the check, the holding statement pre-approved. Exit 1
    when a plan is not ready."""
    from datetime import timedelta

    from crisiscomms.flows import readiness

    engine = make_engine(get_settings())
    migrations.upgrade(engine)
    with Session(engine) as session:
        found = readiness.check_all(session, now=utc_now(), within=timedelta(days=days))
    for plan in found:
        verdict = "ready" if plan.ready else "NOT READY"
        typer.echo(f"{plan.slug}: {verdict}")
        for item in plan.items:
            mark = "ok  " if item.ok else ("warn" if item.severity == "warning" else "FAIL")
            if not item.ok:
                typer.echo(f"  {mark} {item.check}: {item.detail}")
        typer.echo(f"  {sum(i.ok for i in plan.items)} of {len(plan.items)} checks hold")
    if not found:
        _fail("no plans stored: crisiscomms plans import plans/")
    if not all(p.ready for p in found):
        raise typer.Exit(1)


def _password_or_generated(password: str | None) -> tuple[str, bool]:
    if password:
        return password, False
    return secrets.token_urlsafe(12), True


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option(help="Sign-in email.")],
    name: Annotated[str, typer.Option(help="Display name.")],
    role: Annotated[Role, typer.Option(help="viewer, comms, approver, commander or admin.")],
    password_stdin: Annotated[bool, typer.Option(help="Read the password from stdin.")] = False,
) -> None:
    """Create a user; without --password-stdin a one-time password is generated and shown."""
    password, generated = _password_or_generated(
        sys.stdin.readline().rstrip("\n") if password_stdin else None
    )
    engine = make_engine(_settings())
    with Session(engine, expire_on_commit=False) as session:
        try:
            user = account_service.create_user(
                session,
                email=email,
                name=name,
                role=role,
                password=password,
                actor=SYSTEM,
                now=utc_now(),
                must_change_password=generated,
            )
        except CrisisCommsError as exc:
            _fail(exc.message)
        session.commit()
    typer.echo(f"created {user.role.value} {user.email} (id {user.id})")
    if generated:
        typer.echo(f"one-time password (shown once): {password}")


@apikeys_app.command("create")
def apikeys_create(
    name: Annotated[str, typer.Option(help="What the key is for, e.g. 'pager bridge'.")],
    role: Annotated[Role, typer.Option(help="The key's role.")],
) -> None:
    """Create an API key and print it once; only its digest is stored."""
    engine = make_engine(_settings())
    with Session(engine, expire_on_commit=False) as session:
        try:
            key, token = account_service.create_api_key(
                session, name=name, role=role, actor=SYSTEM, now=utc_now()
            )
        except CrisisCommsError as exc:
            _fail(exc.message)
        session.commit()
    typer.echo(f"created API key {key.id} ({key.role.value}) {key.name!r}")
    typer.echo(f"token (shown once, store it now): {token}")


@apikeys_app.command("revoke")
def apikeys_revoke(api_key_id: Annotated[int, typer.Argument()]) -> None:
    """Revoke an API key."""
    engine = make_engine(_settings())
    with Session(engine, expire_on_commit=False) as session:
        try:
            account_service.revoke_api_key(session, api_key_id, actor=SYSTEM, now=utc_now())
        except CrisisCommsError as exc:
            _fail(exc.message)
        session.commit()
    typer.echo(f"revoked API key {api_key_id}")


@customers_app.command("import")
def customers_import(
    file: Annotated[Path, typer.Argument(help="A JSON Lines or CSV file of customers.")],
    fmt: Annotated[
        str | None, typer.Option("--format", help="jsonl or csv (default: from the file name).")
    ] = None,
) -> None:
    """Upsert customers from FILE; print counts and every failed line; exit 1 if any failed."""
    from crisiscomms.customers import service as customer_service
    from crisiscomms.customers.importing import ImportFormat, format_of_file

    if not file.is_file():
        _fail(f"no such file: {file}", 2)
    if fmt is not None and fmt not in ("jsonl", "csv"):
        _fail(f"--format: {fmt!r} is not an import format: use jsonl or csv", 2)
    try:
        chosen = format_of_file(file.name, ImportFormat(fmt) if fmt else None)
    except CrisisCommsError as exc:
        _fail(f"{file}: {exc.message} (--format jsonl or csv)", 2)
    engine = make_engine(_settings())
    migrations.upgrade(engine)
    with (
        Session(engine, expire_on_commit=False) as session,
        file.open("rb") as stream,
        typer.progressbar(length=file.stat().st_size, label="importing", file=sys.stderr) as bar,
    ):

        def reads() -> Iterator[bytes]:
            while chunk := stream.read(1_048_576):
                bar.update(len(chunk))
                yield chunk

        try:
            report = customer_service.run_import(
                session, reads(), fmt=chosen, actor=SYSTEM, now=utc_now()
            )
        except CrisisCommsError as exc:
            _fail(exc.message)
        session.commit()
    for error in report.errors:
        typer.echo(f"{file}:{error.line}: {error.field or 'line'}: {error.message}", err=True)
    if report.errors_truncated:
        typer.echo(f"(only the first {len(report.errors)} failed lines are listed)", err=True)
    if report.ignored_columns:
        typer.echo(f"ignored columns: {', '.join(report.ignored_columns)}", err=True)
    typer.echo(
        f"{report.lines} line(s): {report.inserted} inserted, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.failed} failed"
    )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def rehearse(
    plan: Annotated[str, typer.Argument(help="The plan's slug, e.g. service-outage.")],
    severity: Annotated[
        str | None, typer.Option(help="A severity id of the plan (default: the first).")
    ] = None,
    speed: Annotated[int, typer.Option(min=1, max=600, help="Times real time.")] = 60,
) -> None:
    """Start a rehearsal of PLAN: its clock runs SPEED times faster, its broadcasts go to
    dry-run channels and the team's rehearsal audience only, and it never appears on the
    public status page."""
    from crisiscomms.flows import rehearsals

    engine = make_engine(get_settings())
    migrations.upgrade(engine)
    with Session(engine, expire_on_commit=False) as session:
        try:
            incident = rehearsals.start(
                session, plan_slug=plan, severity=severity, speed=speed, actor=SYSTEM, now=utc_now()
            )
        except CrisisCommsError as exc:
            _fail(exc.message, 2)
        injects = len(rehearsals.fired_injects(session, incident.id or 0))
        session.commit()
    typer.echo(
        f"rehearsal started: incident {incident.id} at {speed}x; first statement due by "
        f"{incident.first_statement_due_at:%Y-%m-%d %H:%M:%S} UTC (dry-run channels and "
        "the rehearsal audience only); "
        f"{injects} inject(s) will play; end and grade it on /rehearsals/{incident.id}"
    )


@subscribers_app.command("import")
def subscribers_import(
    file: Annotated[
        Path, typer.Argument(help="A CSV file: email, components, language, time_zone.")
    ],
) -> None:
    """Import confirmed subscribers from another status page's CSV export (components
    separated by ';', language en or bn, an optional IANA time_zone such as Asia/Dhaka);
    every refused line printed; exit 1 if any."""
    import csv
    import io

    from crisiscomms.subscribers import transfer as subscriber_transfer

    if not file.is_file():
        _fail(f"no such file: {file}", 2)
    if file.suffix.lower() != ".csv":
        _fail(f"{file}: subscribers are imported from a .csv file (email, components, language)", 2)
    engine = make_engine(get_settings())
    migrations.upgrade(engine)
    with (
        Session(engine, expire_on_commit=False) as session,
        file.open("rb") as raw,
        typer.progressbar(length=file.stat().st_size, label="importing", file=sys.stderr) as bar,
    ):
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        reader = csv.DictReader(text)
        if "email" not in (reader.fieldnames or []):
            _fail(f"{file}:1: the header has no 'email' column", 2)

        def rows() -> Iterator[tuple[int, dict[str, str]]]:
            for row in reader:
                bar.update(raw.tell() - bar.pos)
                yield reader.line_num, row

        result = subscriber_transfer.import_rows(session, rows(), now=utc_now())
        session.commit()
    for line, _where, message in result.errors:
        typer.echo(f"{file}:{line}: {message}", err=True)
    typer.echo(
        f"{result.lines} line(s): {result.added} added, {result.updated} updated, "
        f"{result.kept_unsubscribed} kept unsubscribed, {len(result.errors)} failed"
    )
    if result.errors:
        raise typer.Exit(1)


@subscribers_app.command("export")
def subscribers_export(
    output: Annotated[Path | None, typer.Argument(help="The CSV file (default: stdout).")] = None,
) -> None:
    """Write every subscriber as CSV: email, status, language, time zone, components,
    source, dates."""
    import csv

    from crisiscomms.subscribers import transfer as subscriber_transfer

    engine = make_engine(get_settings())
    migrations.upgrade(engine)
    stream = sys.stdout if output is None else output.open("w", encoding="utf-8", newline="")
    written = 0
    try:
        writer = csv.DictWriter(stream, fieldnames=subscriber_transfer.EXPORT_COLUMNS)
        writer.writeheader()
        with Session(engine) as session:
            for row in subscriber_transfer.export_rows(session):
                writer.writerow(row)
                written += 1
                if written % 10_000 == 0:
                    typer.echo(f"exported {written}", err=True)
    finally:
        if output is not None:
            stream.close()
    typer.echo(f"exported {written} subscriber(s)", err=True)


@app.command()
def demo(
    reset_passwords: Annotated[
        bool, typer.Option(help="Give the demo users new passwords and show them.")
    ] = False,
) -> None:
    """Load the plan library, demo users and an example incident (safe to run again)."""
    from crisiscomms.demo import load_demo

    settings = _settings()
    engine = make_engine(settings)
    migrations.upgrade(engine)
    with Session(engine, expire_on_commit=False) as session:
        report = load_demo(session, settings, now=utc_now(), reset_passwords=reset_passwords)
        session.commit()
    for line in report:
        typer.echo(line)


def _minutes(seconds: int | None) -> str:
    return "-" if seconds is None else f"{seconds // 60}m"


@watchdog_app.command("status")
def watchdog_status() -> None:
    """Print every open incident's next deadline, silences and what the watchdog did."""
    from crisiscomms.plans.templating import format_time
    from crisiscomms.watchdog import status as watchdog_view

    engine = make_engine(_settings())
    with Session(engine) as session:
        shown = watchdog_view.open_statuses(session, now=utc_now())
    if not shown:
        typer.echo("no open incidents")
    for item in shown:
        deadline = item.next_deadline
        due = (
            f"{deadline.kind.value.replace('_', ' ')} due {format_time(deadline.due_at)}"
            + (" (OVERDUE)" if deadline.overdue else "")
            if deadline
            else "no deadline"
        )
        typer.echo(f"#{item.incident_id} {item.title} [{item.status}]: {due}")
        typer.echo(
            f"  silence now {_minutes(item.current_silence_seconds)}, longest "
            f"{_minutes(item.longest_silence_seconds)}; reminders {len(item.reminders)}, "
            f"escalations {len(item.escalations)}"
        )
        for action in item.holding_statements:
            typer.echo(
                f"  holding statement #{action.statement_id} at {format_time(action.at)} "
                f"(due {format_time(action.due_at)}, broadcast {action.broadcast_id})"
            )


if __name__ == "__main__":
    app()
