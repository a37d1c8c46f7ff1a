"""Settings, read from the environment (prefix CRISISCOMMS_) and an optional .env file."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_HEX_COLOUR = re.compile(r"^#(?:[0-9a-f]{3}|[0-9a-f]{6})$")
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$")


class Settings(BaseSettings):
    """Every knob of the service; tests build their own and pass it to create_app()."""

    model_config = SettingsConfigDict(env_prefix="CRISISCOMMS_", env_file=".env", extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = "sqlite:///./crisiscomms.db"
    sqlite_busy_timeout_ms: int = Field(default=30_000, ge=0)
    plans_dir: Path = Path("./plans")
    import_plans_on_start: bool = True
    run_migrations_on_start: bool = True
    run_worker_in_process: bool = True
    worker_poll_seconds: float = Field(default=1.0, gt=0)
    serve_on_one_cpu: bool = True
    """A lone `serve` process (the embedded default) keeps its threads on one CPU while
    threads other than its event loop work: they share one interpreter lock, and handing it
    between cores cost more than the second core gave; while only the event loop works it
    may use every CPU (see `one_cpu.OneCpu`). Not applied with `--workers` above 1."""
    check_processes: int | None = Field(default=None, ge=0, le=64)
    """Processes that run editor saves' transparency checks for a lone `serve`, on the CPUs
    it left free (see `statements.check_processes`). Unset: one per free CPU, at most two
    (none on a one-CPU machine, or when `serve_on_one_cpu` is off); 0: every check runs in
    the request's thread. With `--workers` above 1 each process checks in its own threads."""
    switch_interval_ms: float = Field(default=1.0, gt=0, le=1000)
    """How long a server process's thread may hold Python's interpreter lock while another
    waits (sys.setswitchinterval; Python's own default is 5 ms). The in-process worker
    sends batches on a thread of the same process as the requests: each database call a
    request makes gives the lock up, and getting it back waited up to 5 ms behind the
    worker, many times a request."""

    secret_key: SecretStr | None = None
    admin_email: str = "admin@localhost"
    admin_password: SecretStr | None = None

    cookie_secure: bool = True
    session_idle_minutes: int = Field(default=480, ge=1)
    session_max_hours: int = Field(default=24, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_max_failures_per_ip: int = Field(default=50, ge=1)
    login_window_minutes: int = Field(default=15, ge=1)

    apprise_schemes: list[str] | None = None
    """The apprise schemes channels may use (an allow-list); default: all but the server's
    own log, local and desktop notifications, and networks with a native channel (X)."""
    allow_private_destinations: bool = False
    """Let webhooks and apprise reach loopback/private/link-local addresses (tests, self-hosted)."""
    smtp_pool_size: int = Field(default=16, ge=1, le=256)
    outbound_timeout_seconds: float = Field(default=10.0, gt=0)
    delivery_batch_size: int = Field(default=500, ge=1, le=20_000)
    """Deliveries a worker claims and sends per step."""
    delivery_lease_seconds: int = Field(default=120, ge=5)
    """How long a claim lasts before another worker may take it over (a dead worker's)."""
    delivery_max_attempts: int = Field(default=8, ge=1, le=100)

    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    max_import_bytes: int = Field(default=512 * 1_048_576, ge=1024)
    """Body limit for the customer import route only (every other route: max_body_bytes)."""
    opentelemetry: bool = False
    """FastAPI's native OpenTelemetry (traces, metrics, logs to a configured provider).
    Off by default: when on, every request, the public views' too, pays for its checks."""
    log_level: str = "INFO"
    log_json: bool = False

    web_dir: Path | None = None
    """The folder holding templates/ and static/; defaults to the checkout's web/ folder."""
    public_base_url: str = "http://127.0.0.1:8000"
    """Where the public reaches this service: used for links in feeds and Statuspage JSON."""
    status_page_title: str = Field(default="Service status", min_length=1, max_length=100)
    status_page_logo_url: str | None = None
    """A same-origin path (e.g. /static/logo.svg): the CSP allows images from 'self' only."""
    status_page_accent_color: str = "#1f4e8c"
    """A hex colour (#rgb or #rrggbb) for the status page's accents."""
    public_refresh_seconds: float = Field(default=0.25, ge=0, le=60)
    """How often each process looks for a new public version (PostgreSQL also wakes on
    NOTIFY): a change is served by every process within about this long plus one render.
    0 reads the version on every public request (tests; costs a query per request)."""
    signup_verifier_url: str | None = None
    """A CAPTCHA or proof-of-work provider's verify URL (the `siteverify` contract of
    Cloudflare Turnstile, hCaptcha and reCAPTCHA: a form POST of `secret`, `response`,
    `remoteip`, answered `{"success": true|false}`). Unset (the default): sign-up asks for
    no check. Subject to `allow_private_destinations` like every outbound request."""
    signup_verifier_secret: SecretStr | None = None
    """The secret sent to the verifier as `secret`."""
    signup_verifier_field: str = Field(default="verification", pattern=r"^[A-Za-z0-9_-]{1,64}$")
    """The form field carrying the widget's answer (`cf-turnstile-response`,
    `h-captcha-response`, `g-recaptcha-response`, …); the API takes `verification`."""
    signup_verifier_script: str | None = None
    """The provider's widget script (an https URL), added to the sign-up page; its origin
    is allowed in that page's Content-Security-Policy, nowhere else."""
    signup_verifier_widget_class: str = Field(default="", pattern=r"^[A-Za-z0-9_ -]{0,64}$")
    """The class of the element the widget script fills (`cf-turnstile`, `h-captcha`, …)."""
    signup_verifier_site_key: str = Field(default="", pattern=r"^[A-Za-z0-9_.-]{0,128}$")
    """The widget's public site key (`data-sitekey`)."""
    public_max_age_seconds: int = Field(default=10, ge=0, le=3600)
    """`Cache-Control: max-age` of the public views (`s-maxage`, for proxies and CDNs, is two
    seconds less), and how old a rendered view may get before it is rendered again for what
    depends on the clock ("overdue")."""
    public_stale_seconds: int = Field(default=30, ge=0)
    """`stale-while-revalidate`: how long a cache may serve a view while it fetches anew."""
    public_stale_if_error_seconds: int = Field(default=86_400, ge=0)
    """`stale-if-error`: how long a cache may serve the last view while this service fails."""
    public_render_slots: int = Field(default=4, ge=1, le=64)
    """Public views rendered at once (the rest wait): bounds the database work that cold
    URLs (new languages, old incidents, crawlers) can cause."""
    public_render_timeout_seconds: float = Field(default=10.0, gt=0)
    """How long a request waits for its view before it gets 503 with Retry-After."""
    inbound_reply_address: str | None = Field(
        default=None, pattern=r"^[A-Za-z0-9._-]{1,16}@[A-Za-z0-9.-]{1,200}$"
    )
    """Where replies to our emails go, e.g. replies@status.example.com: each email carries
    `Reply-To: replies+<signed token>@status.example.com`. None: no Reply-To is added."""
    inbound_secret: SecretStr | None = None
    """What the inbound mail webhooks check: `Authorization: Bearer <secret>` (generic RFC 822
    upload) or HTTP Basic with this password (Postmark's https://user:secret@host/ URL)."""
    mailgun_signing_key: SecretStr | None = None
    """Mailgun's HTTP webhook signing key: its routes' POSTs are checked by their signature."""
    inbound_max_bytes: int = Field(default=262_144, ge=1024, le=10_485_760)
    """The largest inbound email accepted (the SMTP receiver and the webhooks)."""
    x_read_seconds: int = Field(default=60, ge=10, le=3600)
    """How often the worker reads each X account's mentions and its incident threads'
    replies (X's rate limits, from each answer's headers, can only make it wait longer)."""
    db_pool_size: int = Field(default=0, ge=0, le=1000)
    """Database connections each process keeps; 0 sizes the pool for the request thread
    pool plus the worker (`threads` + 8). Mind PostgreSQL's max_connections across processes."""
    db_pool_timeout_seconds: float = Field(default=10.0, gt=0)
    """How long a request waits for a pool connection before it gets 503 with Retry-After."""
    concurrent_writes: int = Field(default=2, ge=1, le=256)
    """Write requests that run at once in each process; the rest queue without holding a
    thread (reads are never queued). An editor save runs its transparency check before it
    takes the write lock, so the checks of concurrent saves share the process's CPU (one
    core under the GIL): two at once kept saves and pages moving best in
    `bench/staff_load.py` (0 errors, against 4 with four at once)."""
    write_queue_timeout_seconds: float = Field(default=10.0, gt=0)
    """A write that cannot start in this time gets 503 with Retry-After."""
    threads: int = Field(default=40, ge=1, le=1000)
    """Threads that serve synchronous routes (AnyIO's default is 40)."""

    @field_validator("public_base_url")
    @classmethod
    def _check_public_base_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an absolute http(s) URL, e.g. https://status.example.com")
        if parts.query or parts.fragment:
            raise ValueError("must not have a query or fragment")
        return value.strip().rstrip("/")

    @field_validator("signup_verifier_url", "signup_verifier_script")
    @classmethod
    def _check_verifier_urls(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        allowed = ("https",) if info.field_name == "signup_verifier_script" else ("http", "https")
        if parts.scheme not in allowed or not parts.hostname:
            raise ValueError(f"must be an absolute {' or '.join(allowed)} URL")
        return value.strip()

    @field_validator("status_page_logo_url")
    @classmethod
    def _check_logo_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if not value.startswith("/") or value.startswith("//") or not _SAFE_PATH.match(value):
            raise ValueError(
                "must be a same-origin path such as /static/logo.svg (the CSP allows images "
                "from this site only)"
            )
        return value

    @field_validator("status_page_accent_color")
    @classmethod
    def _check_accent_color(cls, value: str) -> str:
        value = value.strip().lower()
        if not _HEX_COLOUR.match(value):
            raise ValueError("must be a hex colour such as #1f4e8c or #28a")
        if len(value) == 4:
            value = "#" + "".join(c * 2 for c in value[1:])
        return value

    @model_validator(mode="after")
    def _refuse_weak_production_settings(self) -> Settings:
        if self.environment == "production":
            key = self.secret_key.get_secret_value() if self.secret_key else ""
            if len(key) < 32:
                state = f"it has {len(key)} characters" if key else "it is not set"
                raise ValueError(
                    "CRISISCOMMS_SECRET_KEY must be at least 32 random characters in "
                    f"production (CRISISCOMMS_ENVIRONMENT=production, the container's "
                    f"default); {state}. Make one with: python -c "
                    "'import secrets; print(secrets.token_urlsafe(48))'"
                )
            if not self.cookie_secure:
                raise ValueError("CRISISCOMMS_COOKIE_SECURE must stay true in production")
        return self

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is the embedded SQLite default."""
        return self.database_url.startswith("sqlite")

    @property
    def web_path(self) -> Path:
        """The web folder (templates/, static/): the setting, else the checkout's web/."""
        if self.web_dir is not None:
            return self.web_dir
        checkout = Path(__file__).resolve().parent.parent / "web"
        return checkout if checkout.is_dir() else Path.cwd() / "web"

    @property
    def session_cookie_name(self) -> str:
        """The __Host- prefix binds the cookie to this origin; browsers require Secure for it."""
        return "__Host-crisiscomms_session" if self.cookie_secure else "crisiscomms_session"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
