"""Static files say how long they may be kept: versioned fonts a year, the rest an hour."""

from __future__ import annotations

from fastapi.testclient import TestClient

from crisiscomms.web.static import ASSET_CACHE, FONT_CACHE


def test_fonts_are_kept_a_year_and_other_files_an_hour(client: TestClient) -> None:
    font = client.get("/static/fonts/noto-sans-bengali-5.3.0-400.woff2")
    assert font.status_code == 200 and font.content[:4] == b"wOF2"
    assert font.headers["Cache-Control"] == FONT_CACHE
    css = client.get("/static/public.css")
    assert css.status_code == 200 and css.headers["Cache-Control"] == ASSET_CACHE
    assert "noto-sans-bengali-5.3.0-400.woff2" in css.text
    again = client.get("/static/public.css", headers={"If-None-Match": css.headers["ETag"]})
    assert again.status_code == 304 and again.headers["Cache-Control"] == ASSET_CACHE
    missing = client.get("/static/fonts/missing.woff2")  # a 404 is never kept for a year
    assert missing.status_code == 404 and "immutable" not in missing.headers.get(
        "Cache-Control", ""
    )
