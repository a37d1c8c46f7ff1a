"""`crisiscomms rehearse`: starts a rehearsal with its injects, refuses a bad speed or plan."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from crisiscomms.cli import app
from tests.conftest import PLANS_DIR
from tests.test_cli_doctor import database  # noqa: F401  (fixture)

runner = CliRunner()


def test_rehearse_starts_one_with_its_injects_and_refuses_bad_input(
    database: None,  # noqa: F811
) -> None:
    assert runner.invoke(app, ["plans", "import", str(PLANS_DIR)]).exit_code == 0
    started = runner.invoke(app, ["rehearse", "service-outage", "--severity", "sev2"])
    assert started.exit_code == 0, started.output
    assert re.search(r"rehearsal started: incident \d+ at 60x", started.output)
    assert "4 inject(s) will play" in started.output
    breach = runner.invoke(app, ["rehearse", "data-breach", "--speed", "600"])
    assert breach.exit_code == 0 and "4 inject(s) will play" in breach.output  # the defaults
    too_fast = runner.invoke(app, ["rehearse", "service-outage", "--speed", "601"])
    assert too_fast.exit_code == 2
    unknown = runner.invoke(app, ["rehearse", "no-such-plan"])
    assert unknown.exit_code == 2 and "no-such-plan" in unknown.output
    wrong = runner.invoke(app, ["rehearse", "service-outage", "--severity", "sev9"])
    assert wrong.exit_code == 2 and "sev9" in wrong.output
