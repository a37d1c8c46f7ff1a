"""The static files, with cache lifetimes fit for them.

Fonts carry their version in their names (`noto-sans-bengali-5.3.0-400.woff2`), so they
never change under one URL: a year, `immutable`. Stylesheets and scripts keep their names
across releases: an hour, then revalidated by ETag.
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

FONT_CACHE = "public, max-age=31536000, immutable"
ASSET_CACHE = "public, max-age=3600, stale-while-revalidate=86400"


class Static(StaticFiles):
    """StaticFiles that says how long each answer may be kept."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            fonts = path.startswith("fonts/") and path.endswith(".woff2")
            response.headers["Cache-Control"] = FONT_CACHE if fonts else ASSET_CACHE
        return response
