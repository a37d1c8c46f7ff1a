"""The configurable colours: validated settings, readable contrast, the generated CSS."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from crisiscomms.config import Settings
from crisiscomms.statuspage import theme


@pytest.mark.parametrize(
    ("accent", "on_accent"),
    [("#1f4e8c", "#ffffff"), ("#ffcc00", "#000000"), ("#000000", "#ffffff")],
)
def test_the_stylesheet_is_readable(accent: str, on_accent: str) -> None:
    css = theme.stylesheet(accent)
    assert f"--accent: {accent};" in css and f"--on-accent: {on_accent};" in css
    text = css.split("--accent-text: ")[1].split(";")[0]
    assert theme.contrast(text, "#ffffff") >= theme.MIN_CONTRAST
    assert theme.contrast(accent, on_accent) >= theme.MIN_CONTRAST


def test_a_readable_colour_is_kept_and_a_pale_one_darkened() -> None:
    assert theme.readable_on_white("#1f4e8c") == "#1f4e8c"
    darker = theme.readable_on_white("#ffcc00")
    assert darker != "#ffcc00" and theme.contrast(darker, "#ffffff") >= 4.5


def test_the_stylesheet_refuses_anything_but_hex() -> None:
    with pytest.raises(ValueError):
        theme.stylesheet("red; } body { display: none")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status_page_accent_color", "red"),
        ("status_page_accent_color", "#12345"),
        ("status_page_accent_color", "#123456; color: red"),
        ("status_page_logo_url", "https://cdn.example/logo.png"),
        ("status_page_logo_url", "//cdn.example/logo.png"),
        ("status_page_logo_url", "javascript:alert(1)"),
        ("status_page_logo_url", '/x" onerror="alert(1)'),
        ("public_base_url", "status.example.com"),
        ("public_base_url", "javascript:alert(1)"),
        ("public_base_url", "https://status.example.com/?a=1"),
        ("status_page_title", ""),
    ],
)
def test_bad_settings_are_refused(field: str, value: str) -> None:
    with pytest.raises(ValidationError):
        Settings(**{field: value})  # type: ignore[arg-type]


def test_settings_are_normalised() -> None:
    settings = Settings(
        status_page_accent_color=" #ABC ",
        public_base_url="https://status.example.com/",
        status_page_logo_url="/static/logo.svg",
    )
    assert settings.status_page_accent_color == "#aabbcc"
    assert settings.public_base_url == "https://status.example.com"
    assert settings.status_page_logo_url == "/static/logo.svg"
    assert (settings.web_path / "templates" / "public" / "base.html").is_file()
