"""The deployment files: the documented reverse-proxy configuration (docs/nginx.conf) is
valid nginx, compose.yaml describes the PostgreSQL stack (and `docker compose config`
accepts it where compose is installed), the image is production by default and checks
readiness, and secrets stay out of the build context."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from crisiscomms.cli import app
from crisiscomms.config import Settings, get_settings
from crisiscomms.published.cache import cache_control

REPO = Path(__file__).resolve().parent.parent
CONF = REPO / "docs" / "nginx.conf"


def _nginx() -> str:
    nginx = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )
    if nginx is None:
        pytest.skip("nginx is not installed here (apt-get install nginx to check docs/nginx.conf)")
    return nginx


def _documented_conf(
    tmp_path: Path, *, listen: int, upstream: int = 8000, cache: Path | None = None
) -> Path:
    """docs/nginx.conf with only its three marked values changed."""
    text = CONF.read_text()
    for marked in ("listen 8080;", "server 127.0.0.1:8000;", "/var/cache/nginx/crisiscomms"):
        assert marked in text, marked
    if cache is None:
        cache = tmp_path / "cache"
        cache.mkdir()
    text = text.replace("listen 8080;", f"listen 127.0.0.1:{listen};")
    text = text.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream};")
    text = text.replace("/var/cache/nginx/crisiscomms", str(cache))
    conf = tmp_path / "nginx.conf"
    conf.write_text(text)
    return conf


def test_the_documented_nginx_configuration_is_valid(tmp_path: Path) -> None:
    nginx = _nginx()
    conf = _documented_conf(tmp_path, listen=18080)
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(conf)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_behind_the_documented_nginx_a_change_shows_within_max_age(tmp_path: Path) -> None:
    """nginx keeps a public view for `s-maxage` (two seconds under `max-age`), so a change
    made just after nginx fetched a view reaches its readers within `max-age`, not a second
    or so after it (nginx counts whole seconds). The upstream sends the service's own
    `Cache-Control` for a 3-second `max-age`."""
    nginx = _nginx()
    settings = Settings(public_max_age_seconds=3)
    header = cache_control(settings)
    version = {"body": b"old"}

    class Upstream(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            body = version["body"]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", header)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    listen = _free_port()
    # nginx's workers run as an unprivileged user: the cache folder must be theirs to reach.
    cache = Path(tempfile.mkdtemp(prefix="crisiscomms-nginx-"))
    cache.chmod(0o777)
    conf = _documented_conf(
        tmp_path, listen=listen, upstream=upstream.server_address[1], cache=cache
    )
    proxy = subprocess.Popen(
        [nginx, "-p", str(tmp_path), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{listen}/api/v2/summary.json"
    try:
        with httpx.Client(timeout=5) as client:
            deadline = time.monotonic() + 10
            while True:
                try:
                    first = client.get(url)
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline, "nginx did not start"
                    time.sleep(0.05)
            assert first.text == "old"
            assert client.get(url).headers["x-cache"] == "HIT"
            # Wait for nginx to fetch anew, then change the view at once: the worst case.
            while client.get(url).headers["x-cache"] == "HIT":
                time.sleep(0.01)
            time.sleep(0.1)  # its fetch in the background has ended
            version["body"] = b"new"
            changed = time.monotonic()
            while client.get(url).text != "new":
                assert time.monotonic() - changed < 6, "the change never showed"
                time.sleep(0.02)
            shown_after = time.monotonic() - changed
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)
        upstream.shutdown()
        shutil.rmtree(cache, ignore_errors=True)
    assert shown_after <= settings.public_max_age_seconds, shown_after
    assert shown_after >= 0.5, "nginx did not keep the view at all"


COMPOSE = REPO / "compose.yaml"
SECRETS = {
    "CRISISCOMMS_SECRET_KEY": "k" * 48,
    "POSTGRES_PASSWORD": "compose-test-password",
    "CRISISCOMMS_PUBLIC_BASE_URL": "https://status.example.test",
}


def _compose_command() -> list[str] | None:
    """Compose v2 (`docker compose`, or a v2 `docker-compose`), whichever answers here.
    Compose v1 (Debian's `docker-compose` 1.29) predates the Compose Specification that
    compose.yaml is written to (`name`, `service_completed_successfully`, `config --format`),
    so it does not count."""
    candidates = [["docker", "compose"], ["docker-compose"]]
    for command in candidates:
        if shutil.which(command[0]) is None:
            continue
        found = subprocess.run(
            [*command, "version", "--short"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        major = found.stdout.strip().lstrip("v").split(".", 1)[0]
        if found.returncode == 0 and major.isdigit() and int(major) >= 2:
            return command
    return None


def test_the_compose_file_runs_the_postgresql_stack() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    services = compose["services"]
    assert set(services) == {"db", "migrate", "web", "worker", "proxy"}
    assert services["migrate"]["command"] == ["crisiscomms", "db", "upgrade"]
    assert services["migrate"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    for name in ("web", "worker"):
        assert services[name]["depends_on"] == {
            "migrate": {"condition": "service_completed_successfully"}
        }
        environment = services[name]["environment"]
        assert environment["CRISISCOMMS_ENVIRONMENT"] == "production"
        assert environment["CRISISCOMMS_SECRET_KEY"].startswith("${CRISISCOMMS_SECRET_KEY:?")
        assert environment["CRISISCOMMS_DATABASE_URL"].startswith("postgresql+psycopg://")
        assert environment["CRISISCOMMS_RUN_MIGRATIONS_ON_START"] == "false"
    assert services["web"]["command"][-2:] == ["--workers", "4"]
    assert services["worker"]["command"] == ["crisiscomms", "worker"]
    assert services["worker"]["deploy"]["replicas"] >= 2
    proxy = services["proxy"]
    assert proxy["network_mode"] == "service:web"  # docs/nginx.conf reaches 127.0.0.1:8000
    assert "./docs/nginx.conf:/etc/nginx/nginx.conf:ro" in proxy["volumes"]
    assert proxy["depends_on"] == {"web": {"condition": "service_healthy"}}


def test_docker_compose_accepts_the_compose_file(tmp_path: Path) -> None:
    command = _compose_command()
    if command is None:
        pytest.skip(
            "Compose v2 (`docker compose`, the plugin, or a v2 `docker-compose`) is not "
            "installed here, so compose.yaml is checked only by its structure"
        )
    environment = {**os.environ, **SECRETS}
    done = subprocess.run(
        [*command, "-f", str(COMPOSE), "config", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    config = json.loads(done.stdout)
    assert set(config["services"]) == {"db", "migrate", "web", "worker", "proxy"}
    web = config["services"]["web"]["environment"]
    assert web["CRISISCOMMS_SECRET_KEY"] == SECRETS["CRISISCOMMS_SECRET_KEY"]
    missing = {k: v for k, v in environment.items() if k != "CRISISCOMMS_SECRET_KEY"}
    refused = subprocess.run(
        [*command, "-f", str(COMPOSE), "config"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=missing,
        cwd=REPO,
    )
    assert refused.returncode != 0
    assert "set CRISISCOMMS_SECRET_KEY to 32 or more random characters" in refused.stderr


def test_the_image_is_production_by_default_and_checks_readiness() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "CRISISCOMMS_ENVIRONMENT=production" in dockerfile
    healthcheck = dockerfile[dockerfile.index("HEALTHCHECK") :].splitlines()[1]
    assert "http://127.0.0.1:8000/readyz" in healthcheck


def test_the_image_builds_and_runs_unprivileged_where_docker_is_available() -> None:
    docker = shutil.which("docker")
    if docker is None or os.environ.get("CRISISCOMMS_TEST_DOCKER_BUILD") != "1":
        pytest.skip(
            "building the image needs docker and CRISISCOMMS_TEST_DOCKER_BUILD=1 (it pulls the "
            "pinned base image and every locked dependency: minutes, and network)"
        )
    tag = "crisiscomms:test-build"
    built = subprocess.run(
        [docker, "build", "-t", tag, "."], capture_output=True, text=True, timeout=1800, cwd=REPO
    )
    assert built.returncode == 0, built.stderr[-3000:]
    ran = subprocess.run(
        [docker, "run", "--rm", "--entrypoint", "sh", tag, "-c", "id -u && crisiscomms --help"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[0] == "10001"


def test_secrets_and_local_state_stay_out_of_the_build_context() -> None:
    ignored = set((REPO / ".dockerignore").read_text().split())
    assert {".env", ".env.*", "*.db", "*.db-wal", ".git", ".venv", "tests"} <= ignored
    copied = re.findall(r"^COPY (\S+)", (REPO / "Dockerfile").read_text(), flags=re.M)
    assert copied and not ignored & set(copied)  # what the image copies is in the context


def test_production_without_a_secret_key_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ValueError, match="CRISISCOMMS_SECRET_KEY must be at least 32"):
        Settings(environment="production", secret_key=None)
    monkeypatch.setenv("CRISISCOMMS_ENVIRONMENT", "production")
    monkeypatch.delenv("CRISISCOMMS_SECRET_KEY", raising=False)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["db", "current"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2, result.output
    assert "error: the configuration is not valid: CRISISCOMMS_SECRET_KEY must be at least 32" in (
        result.stderr
    )
    assert "it is not set" in result.stderr and "secrets.token_urlsafe(48)" in result.stderr
    assert "Traceback" not in result.output
