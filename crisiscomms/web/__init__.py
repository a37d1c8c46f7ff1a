"""The staff pages: server-rendered HTML over the same service functions as the API.

`install(app)` adds the page routes, serves `web/static` at /static and makes errors on
pages render `error.html` (the API keeps its JSON error shape).
"""

from __future__ import annotations

from fastapi import FastAPI

from crisiscomms.web import errors
from crisiscomms.web.routes import include_pages
from crisiscomms.web.static import Static

__all__ = ["install"]


def install(app: FastAPI) -> None:
    """Add the staff pages, their static files and their HTML error pages to `app`."""
    include_pages(app)
    if not any(getattr(route, "name", None) == "static" for route in app.routes):
        static = app.state.settings.web_path / "static"
        app.mount("/static", Static(directory=static, check_dir=False), name="static")
    errors.install_page_errors(app)
