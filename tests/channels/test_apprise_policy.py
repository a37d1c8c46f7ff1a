"""The apprise policy: the server's log, desktop notifications and schemes a native channel
does better are refused when a channel is saved, with the reason and the way instead; a
deployment's allow-list replaces the default."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from crisiscomms.channels import apprise_policy
from crisiscomms.principal import Role
from tests.factories import auth_headers


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("syslog://", "the server's own system log"),
        ("rsyslog://logs.example.org", "a syslog server"),
        ("dbus://", "desktop notification"),
        ("x://ckey/csecret/akey/asecret", "add a 'x' channel instead"),
        ("twitter://ckey/csecret/akey/asecret", "add a 'x' channel instead"),
        ("mastodons://token@mastodon.social", "add a 'mastodon' channel instead"),
        ("toot://token@mastodon.example.org", "add a 'mastodon' channel instead"),
        ("bluesky://status.example.com/abcd-efgh-ijkl-mnop", "add a 'bluesky' channel instead"),
        ("bsky://status.example.com/abcd-efgh-ijkl-mnop", "add a 'bluesky' channel instead"),
    ],
)
def test_refused_schemes_are_a_422_naming_the_way_instead(
    client: TestClient, session: Session, url: str, says: str
) -> None:
    answer = client.post(
        "/api/v1/channels",
        json={"name": "refused", "kind": "apprise", "audience": "public", "settings": {"url": url}},
        headers=auth_headers(session, Role.ADMIN),
    )
    assert answer.status_code == 422, answer.text
    detail = answer.json()["error"]["details"][0]
    assert detail["location"] == "body.settings.url" and says in detail["message"]


def test_chat_and_notification_services_are_allowed_by_default() -> None:
    for url in (
        "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ",
        "discord://4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js",
        "ntfy://ntfy.example.org/crisis",
        "tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/-100123",
        "json://hooks.example.org/crisis",
    ):
        assert apprise_policy.refusal(url, None) is None, url


def test_a_deployment_allow_list_replaces_the_default() -> None:
    allowed = ["slack", "ntfy", "syslog"]
    assert apprise_policy.refusal("syslog://", allowed) is None  # allowed on purpose
    refused = apprise_policy.refusal("discord://1/2", allowed)
    assert refused is not None and "CRISISCOMMS_APPRISE_SCHEMES" in refused
    assert apprise_policy.refusal("x://a/b/c/d", [*allowed, "x"]) is not None  # native wins
