"""Shared set-up for the broadcast benchmarks (broadcast_email, fanout, trigger); not a bench.

A throwaway database (a temporary SQLite file in WAL mode, or a PostgreSQL database created
and dropped here), migrated; N customers imported through `import_customers`; the
service-outage plan stored and activated as an incident whose scope covers every one of
them; statements drafted from the plan, submitted and approved by a second person; an
`email` channel for customers. Everything goes through the services, as the API would.
"""

from __future__ import annotations

import gc
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms import migrations
from crisiscomms.accounts.models import User
from crisiscomms.channels import service as channel_service
from crisiscomms.channels.models import Audience, ChannelConfig
from crisiscomms.channels.schemas import ChannelCreate
from crisiscomms.config import Settings
from crisiscomms.customers.importing import ImportFormat, import_customers
from crisiscomms.db import make_engine
from crisiscomms.flows import plans as plan_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.incidents import service as incident_service
from crisiscomms.incidents.models import Incident
from crisiscomms.incidents.schemas import IncidentCreate, Scope
from crisiscomms.plans.loader import load_plan_file
from crisiscomms.principal import SYSTEM, Principal, Role
from crisiscomms.statements import approval
from crisiscomms.statements.models import Statement

POSTGRES_URL = os.environ.get(
    "CRISISCOMMS_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
REPO = Path(__file__).resolve().parent.parent
PLAN = REPO / "plans" / "service-outage.yaml"
FROM = "Northwind Status <status@northwind.example.com>"
PRODUCT = "Northwind Cloud Console"
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def settings_for(url: str) -> Settings:
    """Service settings for a bench: HTTPS base URL (so every email has an unsubscribe
    link, as in production), local destinations allowed, no in-process worker."""
    return Settings(
        environment="test",
        database_url=url,
        plans_dir=REPO / "plans",
        run_migrations_on_start=False,
        import_plans_on_start=False,
        run_worker_in_process=False,
        allow_private_destinations=True,
        public_base_url="https://status.northwind.example.com",
        secret_key="bench-secret-bench-secret-bench-secret",  # type: ignore[arg-type]
    )


@contextmanager
def database(kind: str) -> Iterator[tuple[Engine, Settings]]:
    """A fresh migrated database of this kind (sqlite | postgres), removed afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            settings = settings_for(f"sqlite:///{Path(folder) / 'bench.db'}")
            engine = make_engine(settings)
            migrations.upgrade(engine)
            try:
                yield engine, settings
            finally:
                engine.dispose()
                if keep := os.environ.get("BENCH_KEEP_DB"):  # to study the queries afterwards
                    shutil.copyfile(Path(folder) / "bench.db", keep)
        return
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"crisiscomms_bench_{secrets.token_hex(4)}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        settings = settings_for(admin.url.set(database=name).render_as_string(hide_password=False))
        engine = make_engine(settings)
        migrations.upgrade(engine)
        try:
            yield engine, settings
        finally:
            engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def customer_lines(count: int, start: int = 0) -> Iterator[bytes]:
    """JSON Lines of customers who all use the product in the EU (half en, half bn)."""
    names = ["Anna Smith", "José Álvarez", "Li Wei", "রহিম উদ্দিন", "Tom Baker"]
    for i in range(start, start + count):
        line = {
            "external_id": f"C{i:08d}",
            "name": f"{names[i % 5]} {i}",
            "email": f"customer{i}@example.com",
            "locale": "bn" if i % 2 else "en",
            "attributes": {
                "products": [PRODUCT],
                "regions": ["EU"],
                "segment": "business",
                "monthly_bill": round(19.0 + (i * 7.31) % 900, 2),
                "currency": "EUR",
            },
        }
        yield json.dumps(line, ensure_ascii=False).encode() + b"\n"


def load_customers(engine: Engine, count: int) -> float:
    """Import `count` customers through the import service (1 MiB reads); seconds taken."""

    def reads() -> Iterator[bytes]:
        buffer: list[bytes] = []
        size = 0
        for line in customer_lines(count):
            buffer.append(line)
            size += len(line)
            if size >= 1 << 20:
                yield b"".join(buffer)
                buffer, size = [], 0
        if buffer:
            yield b"".join(buffer)

    started = time.perf_counter()
    with Session(engine) as session:
        report = import_customers(session, reads(), fmt=ImportFormat.JSONL, now=NOW)
        session.commit()
    assert report.inserted == count and not report.failed, report
    return time.perf_counter() - started


@dataclass(frozen=True)
class Scene:
    """An active incident and the people who speak for it."""

    incident_id: int
    author: Principal
    approver: Principal
    commander: Principal


def _person(session: Session, role: Role) -> Principal:
    # The password hash is never checked here: argon2 would only slow the set-up down.
    user = User(
        email=f"{role.value}-{secrets.token_hex(4)}@northwind.example.com",
        name=f"Bench {role.value}",
        role=role,
        password_hash="not-a-hash",
        created_at=NOW,
    )
    session.add(user)
    session.flush()
    return Principal(kind="user", id=user.id, label=user.email, role=role, user_id=user.id)


def stage(session: Session, *, scope: Scope | None = None, store_plan: bool = True) -> Scene:
    """Store the plan (once) and activate an incident on it; the caller commits."""
    body, problems = load_plan_file(PLAN)
    if body is None:
        raise SystemExit(f"{PLAN}: {problems}")
    if store_plan:
        plan_flow.create_plan(session, body=body, source="bench", actor=SYSTEM, now=NOW)
    commander = _person(session, Role.COMMANDER)
    incident: Incident = incident_service.activate(
        session,
        IncidentCreate(
            plan_slug=body.slug,
            severity=body.severities[0].id,
            title="Console unavailable",
            summary="The Cloud Console fails to load for customers in the EU.",
            scope=scope or Scope(products=[PRODUCT], regions=["EU"]),
            detected_at=NOW - timedelta(minutes=20),
            commander_id=commander.user_id,
        ),
        actor=SYSTEM,
        now=NOW,
    )
    return Scene(
        incident_id=incident.id or 0,
        author=_person(session, Role.COMMS),
        approver=_person(session, Role.APPROVER),
        commander=commander,
    )


def approved_statement(session: Session, scene: Scene, *, now: datetime = NOW) -> Statement:
    """A statement drafted from the plan, submitted, and approved by someone else."""
    draft = statement_flow.draft(
        session, scene.incident_id, stage=None, holding=False, actor=scene.author, now=now
    )
    assert draft.id is not None
    approval.submit(session, draft.id, actor=scene.author, now=now)
    return approval.approve(
        session, draft.id, override_reason="benchmark run", actor=scene.approver, now=now
    )


def email_channel(
    session: Session, settings: Settings, port: int, audience: Audience = Audience.CUSTOMERS
) -> ChannelConfig:
    """An email channel for customers (or subscribers), plain SMTP to 127.0.0.1:port."""
    return channel_service.create_channel(
        session,
        ChannelCreate(
            name=f"{audience.value} email",
            kind="email",
            audience=audience,
            settings={"host": "127.0.0.1", "port": port, "security": "none", "from_address": FROM},
        ),
        settings=settings,
        actor=SYSTEM,
        now=NOW,
    )


# -- servers the benchmarks start ---------------------------------------------------------


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_up(url: str, process: subprocess.Popen[bytes] | None = None, seconds: float = 60) -> None:
    """Return once `url` answers below 500; exit if the process dies or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}: {url}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"not up within {seconds:.0f} s: {url}")


@contextmanager
def running(
    command: list[str], env: dict[str, str], probe: str, *, log: str | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """A server process, up (its `probe` URL answers) for the block, stopped after: TERM,
    then KILL after 30 s (a server still finishing its sends). `log` takes its stderr."""
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(log or os.devnull, "w"),
        start_new_session=True,
    )
    try:
        wait_up(probe, process)
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time (user + system) a process has used with its child processes (a lone
    `serve`'s check processes), or the whole machine's busy time when `pid` is None (Linux
    /proc; 0.0 elsewhere): a run's figures say how loaded it was."""
    try:
        if pid is None:
            fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
            ticks = [int(f) for f in fields]
            busy = sum(ticks) - ticks[3] - (ticks[4] if len(ticks) > 4 else 0)  # idle, iowait
        else:
            busy = _process_ticks(pid)
    except (OSError, ValueError, IndexError):
        return 0.0
    return busy / os.sysconf("SC_CLK_TCK")


def _process_ticks(pid: int) -> int:
    """utime + stime of a process, of its children that ended (cutime, cstime) and of those
    still running."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    after = stat.rsplit(")", 1)[1].split()
    busy = sum(int(after[i]) for i in (11, 12, 13, 14))
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:  # a thread that ended meanwhile
            continue
        for child in children:
            try:
                busy += _process_ticks(int(child))
            except (OSError, ValueError, IndexError):  # a child that ended meanwhile
                continue
    return busy


# -- the fastest plain inserts, the references of the bulk benchmarks ------------------------


def _copy_field(value: object) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, datetime):
        return value.isoformat()
    text_value = str(value)
    if "\\" in text_value or "\t" in text_value or "\n" in text_value or "\r" in text_value:
        text_value = (
            text_value.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    return text_value


def copy_text(rows: Iterable[Sequence[object]]) -> list[bytes]:
    """Rows in PostgreSQL's COPY text format, built before any clock, in ~1 MiB pieces."""
    pieces: list[bytes] = []
    lines: list[str] = []
    size = 0
    for row in rows:
        line = "\t".join(_copy_field(value) for value in row)
        lines.append(line)
        size += len(line) + 1
        if size >= 1 << 20:
            pieces.append(("\n".join(lines) + "\n").encode())
            lines, size = [], 0
    if lines:
        pieces.append(("\n".join(lines) + "\n").encode())
    return pieces


def copy_pieces(engine: Engine, statement: str, pieces: Sequence[bytes], connections: int) -> None:
    """COPY pre-built pieces over `connections` connections at once (threads: the driver
    waits for the server without the GIL), each connection its share in one transaction."""

    def one(share: Sequence[bytes]) -> None:
        with engine.connect() as connection:
            driver: Any = connection.connection.driver_connection
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for piece in share:
                    copy.write(piece)
            driver.commit()  # the driver's own: SQLAlchemy began no transaction here

    shares = [pieces[number::connections] for number in range(connections)]
    if connections == 1:
        one(shares[0])
        return
    with ThreadPoolExecutor(connections) as pool:
        for done in [pool.submit(one, share) for share in shares]:
            done.result()


def sqlite_executemany(engine: Engine, statement: str, rows: Sequence[Sequence[object]]) -> None:
    """One executemany of prepared tuples in one transaction, with the index pages held in
    memory (a 1 GiB page cache, temporary b-trees in memory); the journal settings are the
    service's own (WAL, synchronous=NORMAL)."""
    with engine.connect() as connection:
        driver: Any = connection.connection.driver_connection
        driver.execute("PRAGMA cache_size=-1048576")
        driver.execute("PRAGMA temp_store=MEMORY")
        connection.exec_driver_sql("SELECT 1")  # opens the transaction
        driver.executemany(statement, rows)
        connection.commit()
        driver.execute("PRAGMA cache_size=-2000")


def raw_insert(
    engine: Engine, table: str, names: Sequence[str], rows: list[tuple[Any, ...]], method: str
) -> float:
    """Seconds for one raw insert of `rows` into `table` by a METHODS entry of the fan-out
    and import benches; what each method needs (the COPY text) is built first, outside the
    clock."""
    columns = ", ".join(names)
    insert = f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(names))})"
    copy = f"COPY {table} ({columns}) FROM STDIN"
    pieces = copy_text(rows) if method.startswith("COPY buffer") else []
    gc.collect()
    started = time.perf_counter()
    if method == "executemany+cache":
        sqlite_executemany(engine, insert, rows)
    elif method.startswith("COPY buffer"):
        copy_pieces(engine, copy, pieces, 2 if method.endswith("x2") else 1)
    else:
        with engine.connect() as connection:
            driver: Any = connection.connection.driver_connection
            if method == "executemany":
                connection.exec_driver_sql("SELECT 1")  # opens the transaction
                driver.executemany(insert, rows)
            else:
                # The driver's own commit: SQLAlchemy began no transaction to commit here.
                with driver.cursor() as cursor, cursor.copy(copy) as writer:
                    for row in rows:
                        writer.write_row(row)
                driver.commit()
            connection.commit()
    return time.perf_counter() - started
