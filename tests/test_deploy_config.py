"""The documented reverse-proxy configuration (docs/nginx.conf) is valid nginx."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CONF = REPO / "docs" / "nginx.conf"


def test_the_documented_nginx_configuration_is_valid(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )
    if nginx is None:
        pytest.skip("nginx is not installed here (apt-get install nginx to check docs/nginx.conf)")
    text = CONF.read_text()
    # Only the three marked values change: the port, the upstream, the cache folder.
    for marked in ("listen 8080;", "server 127.0.0.1:8000;", "/var/cache/nginx/crisiscomms"):
        assert marked in text, marked
    (tmp_path / "cache").mkdir()
    text = text.replace("listen 8080;", "listen 127.0.0.1:18080;")
    text = text.replace("/var/cache/nginx/crisiscomms", str(tmp_path / "cache"))
    conf = tmp_path / "nginx.conf"
    conf.write_text(text)
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(conf)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr
