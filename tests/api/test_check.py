"""POST /api/v1/check: any text judged for its channel; every bad input a clear 4xx."""

# Bengali digits are the point here, not look-alikes of 8 and O.
# ruff: noqa: RUF001

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.plans.models import PlanVersion
from crisiscomms.principal import Role
from crisiscomms.statements.schemas import MAX_CHECK_CHARS
from tests.factories import auth_headers

GOOD_X = (
    "We're sorry: since 08:40 UTC about 30% of card payments in the EU have failed. This one's "
    "on us, a settings change we made broke them. We've rolled it back. Next update by 10:00 "
    "UTC at status.example.com"
)
CANNED_X = (
    "We apologise for any inconvenience. Some users may be seeing errors due to an issue with "
    "our provider. More info soon."
)


@pytest.fixture
def viewer(session: Session) -> dict[str, str]:
    return auth_headers(session, Role.VIEWER)


def check(client: TestClient, headers: dict[str, str], **body: Any) -> Any:
    return client.post("/api/v1/check", json=body, headers=headers)


def test_a_good_x_post_passes(client: TestClient, viewer: dict[str, str]) -> None:
    response = check(client, viewer, text=GOOD_X, language="en", channel="x")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] == "pass" and body["passed"] is True
    assert body["channel"] == "x" and body["language"] == "en"
    assert [f for f in body["findings"] if f["severity"] == "error"] == []


def test_a_canned_post_fails_at_its_words(client: TestClient, viewer: dict[str, str]) -> None:
    response = check(client, viewer, text=CANNED_X, language="en", channel="x")
    body = response.json()
    assert body["verdict"] == "fail" and body["score"] < 100
    rules = {f["rule"] for f in body["findings"]}
    # Blaming the partner does not own the failure: both are reported, as an editor would.
    assert {"non_apology", "blame_shifting", "next_update_missing", "ownership_missing"} <= rules
    for finding in body["findings"]:
        assert CANNED_X[finding["start"] : finding["end"]] == finding["excerpt"]
        assert finding["message"] and finding["suggestion"]
    [canned] = [f for f in body["findings"] if f["rule"] == "non_apology"]
    assert canned["excerpt"] == "We apologise for any inconvenience"


def test_the_channel_decides_what_is_required(client: TestClient, viewer: dict[str, str]) -> None:
    as_post = check(client, viewer, text=GOOD_X, language="en", channel="x").json()
    as_email = check(client, viewer, text=GOOD_X, language="en", channel="email").json()
    assert "make_good_missing" not in {f["rule"] for f in as_post["findings"]}
    assert "make_good_missing" in {f["rule"] for f in as_email["findings"]}


def test_an_sms_is_one_segment(client: TestClient, viewer: dict[str, str]) -> None:
    body = check(client, viewer, text=GOOD_X, language="en", channel="sms").json()
    [too_long] = [f for f in body["findings"] if f["rule"] == "too_long"]
    assert "segment" in too_long["message"]


def test_a_plan_tunes_the_check(
    client: TestClient, viewer: dict[str, str], outage_plan: PlanVersion
) -> None:
    body = check(
        client, viewer, text=CANNED_X, language="en", channel="x", plan_id=outage_plan.plan_id
    ).json()
    assert body["verdict"] == "fail"


def test_bengali(client: TestClient, viewer: dict[str, str]) -> None:
    text = (
        "আমরা দুঃখিত। আমাদের ভুলে আজ ০৮:৪০ থেকে প্রায় ৩০% কার্ড পেমেন্ট ব্যর্থ হচ্ছে। "
        "পরিবর্তনটি ফিরিয়ে নিয়েছি। পরবর্তী আপডেট সকাল ১০টায়: status.example.com"
    )
    body = check(client, viewer, text=text, language="bn", channel="x").json()
    assert body["verdict"] == "pass", body["findings"]


def test_signing_in_is_required(client: TestClient) -> None:
    response = check(client, {}, text=GOOD_X, language="en", channel="x")
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "", "language": "en", "channel": "x"}, "text"),
        ({"text": "   \n ", "language": "en", "channel": "x"}, "text"),
        ({"text": "x" * (MAX_CHECK_CHARS + 1), "language": "en", "channel": "x"}, "text"),
        ({"text": "We are sorry.\x00", "language": "en", "channel": "x"}, "text"),
        ({"text": "We are sorry.\x07", "language": "en", "channel": "x"}, "text"),
        ({"text": "We are sorry.", "language": "fr", "channel": "x"}, "language"),
        ({"text": "We are sorry.", "language": "en", "channel": "fax"}, "channel"),
        ({"text": "We are sorry.", "language": "en", "channel": "x", "stage": "over"}, "stage"),
        ({"text": "We are sorry.", "language": "en", "channel": "x", "plan_id": 0}, "plan_id"),
        ({"text": "We are sorry.", "language": "en", "channel": "x", "plan_id": 2**70}, "plan_id"),
        ({"language": "en", "channel": "x"}, "text"),
        ({"text": "We are sorry.", "language": "en", "channel": "x", "extra": 1}, "extra"),
    ],
    ids=[
        "empty",
        "blank",
        "too-long",
        "nul",
        "control",
        "language",
        "channel",
        "stage",
        "plan-zero",
        "plan-huge",
        "missing-text",
        "unknown-field",
    ],
)
def test_bad_input_is_a_clear_422(
    client: TestClient, viewer: dict[str, str], body: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/check", json=body, headers=viewer)
    assert response.status_code == 422, response.text
    assert field in response.text


def test_a_plan_that_does_not_exist_is_named(client: TestClient, viewer: dict[str, str]) -> None:
    response = check(client, viewer, text=GOOD_X, language="en", channel="x", plan_id=987654)
    assert response.status_code == 422
    assert "plan_id" in response.text and "987654" in response.text
