"""Settings, read from the environment (prefix CRISISCOMMS_) and an optional .env file."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    secret_key: SecretStr | None = None
    admin_email: str = "admin@localhost"
    admin_password: SecretStr | None = None

    cookie_secure: bool = True
    session_idle_minutes: int = Field(default=480, ge=1)
    session_max_hours: int = Field(default=24, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_max_failures_per_ip: int = Field(default=50, ge=1)
    login_window_minutes: int = Field(default=15, ge=1)

    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    log_level: str = "INFO"
    log_json: bool = False

    @model_validator(mode="after")
    def _refuse_weak_production_settings(self) -> Settings:
        if self.environment == "production":
            key = self.secret_key.get_secret_value() if self.secret_key else ""
            if len(key) < 32:
                raise ValueError(
                    "CRISISCOMMS_SECRET_KEY must be set to at least 32 random characters "
                    "in production"
                )
            if not self.cookie_secure:
                raise ValueError("CRISISCOMMS_COOKIE_SECURE must stay true in production")
        return self

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is the embedded SQLite default."""
        return self.database_url.startswith("sqlite")

    @property
    def session_cookie_name(self) -> str:
        """The __Host- prefix binds the cookie to this origin; browsers require Secure for it."""
        return "__Host-crisiscomms_session" if self.cookie_secure else "crisiscomms_session"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
