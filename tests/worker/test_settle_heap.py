"""A worker process keeps what it built before its loop out of the collector's full passes."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from crisiscomms.worker.loop import settle_heap
from tests import conftest


def test_settle_heap_freezes_what_was_built() -> None:
    before = gc.get_freeze_count()
    kept = [[n] for n in range(1000)]  # objects the collector tracks
    try:
        settle_heap()
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()


def test_the_worker_command_settles_its_heap_before_its_loop(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from crisiscomms import cli
    from crisiscomms.worker import loop

    order: list[str] = []
    monkeypatch.setattr(loop, "settle_heap", lambda: order.append("settle"))
    monkeypatch.setattr(loop.Worker, "run_forever", lambda self: order.append("loop"))
    settings = conftest.test_settings(f"sqlite:///{tmp_path / 'worker.db'}")
    monkeypatch.setattr(cli, "_settings", lambda: settings)
    monkeypatch.setattr(cli.migrations, "is_current", lambda engine: True)
    monkeypatch.setattr(cli.signal, "signal", lambda *args: None)
    cli.worker()
    assert order == ["settle", "loop"]
