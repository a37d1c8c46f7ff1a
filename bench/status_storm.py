"""Benchmark: a crisis-time refresh storm on the public views, against honest baselines.

Usage: python bench/status_storm.py [--database sqlite|postgres] [--workers N]
                                    [--connections 200] [--seconds 20] [--runs 1]
                                    [--no-proxy] [--load auto|h2load|wrk|asyncio]
                                    [--wrk-threads N]

Builds a fresh database (a SQLite file, or a throwaway PostgreSQL database) with one open
incident carrying several published updates and its commitments, starts `crisiscomms serve`
(the embedded default: one process with its in-process worker; `--workers N` for several
processes, PostgreSQL advised), and drives `--connections` keep-alive connections for
`--seconds` at the summary JSON, the status page HTML and the Atom feed, with nghttp2's
`h2load` over HTTP/1.1 where installed (`apt-get install nghttp2-client`), else `wrk`, else a
bounded asyncio client (slower: the client then limits); `--load` chooses. h2load logs every
request, and p50/p99 are computed here from that log. On a 2-core machine wrk's one thread
starved some of its own connections for seconds, so its p99 measured wrk (see
docs/pages/status-page.md, "Thirteenth session"). The load generator runs on this machine:
against the Python servers it gets the cores they leave (at least one thread), against
nginx one thread per core.

In the same run, the same bytes are served by:
- a minimal uvicorn endpoint (a bare ASGI callable returning the stored bytes, uvloop and
  httptools as `serve` has them): the ceiling for one Python process;
- nginx serving them as static files, where nginx is installed;
- nginx in front of crisiscomms with docs/nginx.conf (the documented proxy cache).

While the summary storm runs, a statement is published (committed by this process, as any
writer would): the bench reports how long each view, read straight from the service, took
to show it (target: within 2 s) and through the proxy (within its max-age).

Prints requests per second, p50/p99 latency, errors and the ratios; each figure is the
median over `--runs`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import broadcast_scene as scene
import httpx
from sqlalchemy.engine import Engine
from sqlmodel import Session

from crisiscomms.db import begin_writes, utc_now
from crisiscomms.flows import publish as publish_flow
from crisiscomms.flows import statements as statement_flow
from crisiscomms.statements import approval
from crisiscomms.statements.content import StatementContent

REPO = Path(__file__).resolve().parent.parent
VIEWS = {
    "summary JSON": "/api/v2/summary.json",
    "status page HTML": "/status",
    "Atom feed": "/status/feed.atom",
}
UPDATES = 5


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def publish(session: Session, stage: scene.Scene, headline: str, now: datetime = scene.NOW) -> None:
    """Draft from the plan, set every locale's headline, approve and publish."""
    statement = scene.approved_statement(session, stage, now=now)
    content = StatementContent.model_validate(statement.content)
    for locale in content.locales.values():
        locale.sections.headline = headline
    statement = statement_flow.save(
        session,
        statement.id or 0,
        content,
        base_revision=statement.revision,
        actor=stage.author,
        now=now,
    )
    approval.submit(session, statement.id or 0, actor=stage.author, now=now)
    approval.approve(
        session,
        statement.id or 0,
        override_reason="benchmark run",
        actor=stage.approver,
        now=now,
    )
    publish_flow.publish_statement(session, statement.id or 0, actor=stage.author, now=now)


def seed(engine: Engine) -> scene.Scene:
    with Session(engine, expire_on_commit=False) as session:
        stage = scene.stage(session)
        for number in range(1, UPDATES + 1):
            publish(session, stage, f"Update {number}: the console is still unavailable")
        session.commit()
    return stage


# -- load ---------------------------------------------------------------------------------


def wrk_storm(url: str, connections: int, seconds: int, threads: int) -> Result:
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "--timeout",
            "10s",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(label: str) -> float:
        found = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        assert found, output
        value, unit = float(found.group(1)), found.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return Result(rps, latency("50"), latency("99"), errors)


async def _asyncio_storm(url: str, connections: int, seconds: int) -> Result:
    parts = httpx.URL(url)
    request = (f"GET {parts.raw_path.decode()} HTTP/1.1\r\nHost: {parts.host}\r\n\r\n").encode()
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + seconds

    async def client() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(parts.host, parts.port)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            latencies.append((time.perf_counter() - started) * 1000)
            if not head.startswith((b"HTTP/1.1 2", b"HTTP/1.1 3")):
                errors += 1
        writer.close()

    began = time.monotonic()
    results = await asyncio.gather(*(client() for _ in range(connections)), return_exceptions=True)
    errors += sum(1 for r in results if isinstance(r, BaseException))
    elapsed = time.monotonic() - began
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return Result(len(latencies) / elapsed, cuts[49], cuts[98], errors)


def h2load_storm(url: str, connections: int, seconds: int, threads: int) -> Result:
    """nghttp2's h2load over HTTP/1.1, with its log of every request: the percentiles are
    computed here from each request's own latency, not read off a summary."""
    with tempfile.NamedTemporaryFile("r", suffix=".log") as log:
        output = subprocess.run(
            [
                "h2load",
                "--h1",
                f"--threads={threads}",
                f"--clients={connections}",
                f"--duration={seconds}",
                f"--log-file={log.name}",
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        # One line per request: start (µs since the epoch), status (-1: no response), µs.
        rows = [line.split("\t") for line in log.read().splitlines() if line]
    latencies = sorted(int(elapsed) / 1000 for _, _, elapsed in rows)
    errors = sum(1 for _, status, _ in rows if not 200 <= int(status) < 400)
    counts = re.search(r"(\d+) failed, (\d+) errored, (\d+) timeout", output)
    assert counts and latencies, output
    errors = max(errors, sum(int(n) for n in counts.groups()))
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return Result(len(latencies) / seconds, cuts[49], cuts[98], errors)


LOADS = {"h2load": h2load_storm, "wrk": wrk_storm}


def load_generator(choice: str) -> str:
    """The load generator to use: the one asked for, else h2load, wrk, then asyncio."""
    if choice != "auto":
        if choice != "asyncio" and not shutil.which(choice):
            raise SystemExit(f"--load {choice}: {choice} is not installed")
        return choice
    return next((name for name in LOADS if shutil.which(name)), "asyncio")


def storm(url: str, connections: int, seconds: int, threads: int, load: str) -> Result:
    if load in LOADS:
        return LOADS[load](url, connections, seconds, threads)
    return asyncio.run(_asyncio_storm(url, connections, seconds))


# -- baselines ------------------------------------------------------------------------------

MINIMAL_APP = textwrap.dedent(
    """
    import os
    FILES = {}
    for name in os.listdir(os.environ["STORM_FILES"]):
        path = os.path.join(os.environ["STORM_FILES"], name)
        FILES["/" + name] = open(path, "rb").read()
    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        body = FILES.get(scope["path"], b"")
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/octet-stream"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
    """
)


def nginx_static_conf(root: Path, port: int) -> str:
    return textwrap.dedent(
        f"""
        worker_processes auto;
        events {{ worker_connections 4096; }}
        pid nginx.pid;
        error_log stderr warn;
        http {{
            access_log off;
            sendfile on;
            keepalive_requests 100000;
            server {{
                listen 127.0.0.1:{port};
                root {root};
                default_type application/octet-stream;
            }}
        }}
        """
    )


def nginx_proxy_conf(port: int, upstream: int, cache: Path) -> str:
    text = (REPO / "docs" / "nginx.conf").read_text()
    text = text.replace("listen 8080;", f"listen 127.0.0.1:{port};")
    text = text.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
    return text.replace("/var/cache/nginx/crisiscomms", str(cache))


@contextmanager
def nginx(conf: str, folder: Path, probe: str) -> Iterator[None]:
    (folder / "nginx.conf").write_text(conf)
    with scene.running(
        ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
        dict(os.environ),
        probe,
    ):
        yield


# -- the run --------------------------------------------------------------------------------


def watch_publish(engine: Engine, stage: scene.Scene, bases: dict[str, str]) -> dict[str, float]:
    """Publish a new headline now; seconds until each view at each base shows it."""
    headline = f"Storm update {time.time_ns()}"
    with Session(engine, expire_on_commit=False) as session:
        # SQLite: wait for the write lock (the server's in-process worker writes too); the
        # real clock, so this is the newest update whatever the worker published meanwhile.
        begin_writes(session)
        publish(session, stage, headline, utc_now())
        session.commit()
    committed = time.monotonic()
    found: dict[str, float] = {}
    pending = {(b, v): f"{base}{path}" for b, base in bases.items() for v, path in VIEWS.items()}
    with httpx.Client(timeout=5) as client:
        while pending and time.monotonic() - committed < 60:
            for name, url in list(pending.items()):
                if headline in client.get(url).text:
                    found[f"{name[0]} {name[1]}"] = time.monotonic() - committed
                    del pending[name]
            time.sleep(0.02)
    for name in pending:
        found[f"{name[0]} {name[1]}"] = float("inf")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-proxy", action="store_true", help="skip the nginx runs")
    parser.add_argument(
        "--load",
        choices=["auto", *LOADS, "asyncio"],
        default="auto",
        help="the load generator (default: h2load where installed, else wrk, else asyncio)",
    )
    parser.add_argument(
        "--wrk-threads",
        type=int,
        default=0,
        help="load generator threads against the Python servers (default: the cores they "
        "leave, >= 1)",
    )
    args = parser.parse_args()
    use_nginx = shutil.which("nginx") is not None and not args.no_proxy
    cores = os.cpu_count() or 2
    # The load generator runs on this machine. Against the Python servers (the service's
    # `--workers` processes, and the one-process minimal endpoint) it gets the cores they
    # leave, at least one: two wrk threads on a 2-core machine took turns with the one
    # server process on its core, and the p99 measured that (0.3-1.4 s for the bare
    # endpoint too), not the server. nginx, which uses every core, gets a thread per core.
    python_threads = args.wrk_threads or max(1, cores - args.workers)
    load = load_generator(args.load)
    print(
        f"status storm: {args.database}, {args.workers} process(es), {args.connections} "
        f"connections x {args.seconds} s, {cores} cores, load generator "
        f"{load} ({python_threads} thread(s) against "
        f"the Python servers, {cores} against nginx); {args.runs} run(s), medians"
    )
    with scene.database(args.database) as (engine, settings), tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # nginx's workers run as an unprivileged user
        stage = seed(engine)
        port = scene.free_port()
        base = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "CRISISCOMMS_DATABASE_URL": settings.database_url,
            "CRISISCOMMS_PLANS_DIR": str(REPO / "plans"),
            "CRISISCOMMS_WEB_DIR": str(REPO / "web"),
            "CRISISCOMMS_LOG_LEVEL": "WARNING",
        }
        serve = [
            sys.executable,
            "-m",
            "crisiscomms.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ]
        with scene.running(serve, env, f"{base}/healthz"):
            files = folder / "files"
            files.mkdir()
            for name, path in VIEWS.items():
                body = httpx.get(f"{base}{path}").content
                (files / name.split()[0].lower()).write_bytes(body)
                print(f"  {name}: {len(body):,} bytes")
            (folder / "minimal.py").write_text(MINIMAL_APP)
            minimal_port, static_port, proxy_port = (
                scene.free_port(),
                scene.free_port(),
                scene.free_port(),
            )
            minimal = [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(folder),
                "minimal:app",
                "--port",
                str(minimal_port),
                "--log-level",
                "warning",
                "--no-access-log",
            ]
            minimal_env = {**os.environ, "STORM_FILES": str(files)}
            results: dict[str, list[Result]] = {}
            publish_times: dict[str, list[float]] = {}

            def run(
                label: str, url: str, during: threading.Thread | None = None, *, python: bool
            ) -> None:
                if during is not None:
                    during.start()
                threads = python_threads if python else cores
                results.setdefault(label, []).append(
                    storm(url, args.connections, args.seconds, threads, load)
                )
                if during is not None:
                    during.join()

            with scene.running(minimal, minimal_env, f"http://127.0.0.1:{minimal_port}/summary"):
                for _ in range(args.runs):
                    for name, path in VIEWS.items():
                        file = name.split()[0].lower()

                        def publish_later() -> None:
                            time.sleep(args.seconds / 2)
                            for view, seconds in watch_publish(
                                engine, stage, {"service": base}
                            ).items():
                                publish_times.setdefault(view, []).append(seconds)

                        during = (
                            threading.Thread(target=publish_later)
                            if path == VIEWS["summary JSON"]
                            else None
                        )
                        run(f"crisiscomms {name}", f"{base}{path}", during, python=True)
                        run(
                            f"minimal uvicorn {name}",
                            f"http://127.0.0.1:{minimal_port}/{file}",
                            python=True,
                        )
                if use_nginx:
                    static_dir, proxy_dir = folder / "static", folder / "proxy"
                    static_dir.mkdir()
                    proxy_dir.mkdir()
                    (proxy_dir / "cache").mkdir(mode=0o777)
                    (proxy_dir / "cache").chmod(0o777)
                    with (
                        nginx(
                            nginx_static_conf(files, static_port),
                            static_dir,
                            f"http://127.0.0.1:{static_port}/summary",
                        ),
                        nginx(
                            nginx_proxy_conf(proxy_port, port, proxy_dir / "cache"),
                            proxy_dir,
                            f"http://127.0.0.1:{proxy_port}/status",
                        ),
                    ):
                        for _ in range(args.runs):
                            for name, path in VIEWS.items():
                                file = name.split()[0].lower()
                                run(
                                    f"nginx static {name}",
                                    f"http://127.0.0.1:{static_port}/{file}",
                                    python=False,
                                )
                                run(
                                    f"nginx proxy cache {name}",
                                    f"http://127.0.0.1:{proxy_port}{path}",
                                    python=False,
                                )
                        proxied = watch_publish(
                            engine,
                            stage,
                            {"service": base, "proxy": f"http://127.0.0.1:{proxy_port}"},
                        )
                        for view, seconds in proxied.items():
                            publish_times.setdefault(view, []).append(seconds)

    def median(label: str) -> Result:
        runs = results[label]
        return Result(
            statistics.median(r.rps for r in runs),
            statistics.median(r.p50_ms for r in runs),
            statistics.median(r.p99_ms for r in runs),
            sum(r.errors for r in runs),
        )

    print(f"\n{'what':44} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for label in results:
        r = median(label)
        print(f"{label:44} {r.rps:9,.0f} {r.p50_ms:8.1f} {r.p99_ms:8.1f} {r.errors:7}")
    print("\nratios (req/s, same run):")
    for name in VIEWS:
        ours = median(f"crisiscomms {name}").rps
        minimal = median(f"minimal uvicorn {name}").rps
        line = f"  {name:18} crisiscomms / minimal uvicorn = {ours / minimal:.2f}"
        if f"nginx static {name}" in results:
            static = median(f"nginx static {name}").rps
            proxied = median(f"nginx proxy cache {name}").rps
            line += f"; proxy cache / nginx static = {proxied / static:.2f}"
        print(line)
    print("\na statement published during the storm, seconds until it showed (median):")
    for view, times in publish_times.items():
        print(f"  {view:36} {statistics.median(times):6.2f}")


if __name__ == "__main__":
    main()
