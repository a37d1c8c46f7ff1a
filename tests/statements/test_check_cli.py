"""`crisiscomms check FILE|-`: findings as line:col: rule: message, exit 1 on fail."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crisiscomms.cli import app
from tests.conftest import PLANS_DIR

runner = CliRunner()
BAD = "Hello all.\nWe apologise for any inconvenience. More soon."
GOOD_SMS = (
    "Acme: sorry, our update broke card payments since 08:40. We will fix it by 10:00 UTC. "
    "Info: status.acme.example"
)


def test_a_failing_text_prints_each_finding_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(BAD, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--channel", "x"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{path}:2:1: non_apology: " in "\n".join(lines)
    assert any(line.startswith(f"{path}:1:1: ownership_missing: ") for line in lines)
    assert "fail: score" in result.stderr


def test_a_passing_sms_from_standard_input_exits_0() -> None:
    result = runner.invoke(app, ["check", "-", "--channel", "sms"], input=GOOD_SMS)
    assert result.exit_code == 0, result.stdout
    assert "pass: score" in result.stderr


def test_bengali_and_a_plan_file() -> None:
    text = "আমরা দুঃখিত। আমাদের ভুলে পেমেন্ট বন্ধ। পরবর্তী আপডেট ১০টায়: status.example.com"
    result = runner.invoke(
        app,
        [
            "check",
            "-",
            "--channel",
            "x",
            "--language",
            "bn",
            "--plan",
            str(PLANS_DIR / "service-outage.yaml"),
        ],
        input=text,
    )
    assert result.exit_code == 0, result.stdout


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["check", "-", "--channel", "fax"], input=BAD).exit_code == 2
    assert runner.invoke(app, ["check", "-", "--language", "fr"], input=BAD).exit_code == 2
    assert runner.invoke(app, ["check", "-", "--stage", "later"], input=BAD).exit_code == 2
    assert runner.invoke(app, ["check", str(tmp_path / "nope.txt")]).exit_code == 2
    assert runner.invoke(app, ["check", "-"], input="  \n").exit_code == 2
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert runner.invoke(app, ["check", str(binary)]).exit_code == 2
