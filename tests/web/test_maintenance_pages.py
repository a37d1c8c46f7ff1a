"""The staff maintenance pages: list, schedule from a plan, edit at a revision (a stale one
is a 409 at the form, nothing written), moves by hand, the timeline; roles and escaping."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from crisiscomms.db import utc_now
from crisiscomms.maintenance import service as maintenance_service
from crisiscomms.maintenance.models import Maintenance, MaintenanceStatus
from crisiscomms.maintenance.schemas import MaintenanceUpdate
from crisiscomms.principal import SYSTEM, Role
from tests.factories import make_user
from tests.maintenance.factories import maintenance_plan, make_maintenance
from tests.web.helpers import csrf_of, page_sign_in

DHAKA = ZoneInfo("Asia/Dhaka")


def _local(days: int, hour: int) -> str:
    day = (utc_now() + timedelta(days=days)).astimezone(DHAKA)
    return day.replace(hour=hour, minute=0).strftime("%Y-%m-%dT%H:%M")


def _form(csrf: str, plan_id: int, **overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "csrf_token": csrf,
        "plan_id": str(plan_id),
        "title": "Mail <b>database</b> upgrade",
        "description": "Mail is read-only for up to two hours.",
        "components": ["Northwind Mail"],
        "starts_at": _local(3, 2),
        "ends_at": _local(3, 4),
        "time_zone": "Asia/Dhaka",
    }
    values.update(overrides)
    return values


def test_comms_schedules_from_the_plan_with_errors_at_each_field(
    client: TestClient, session: Session
) -> None:
    plan = maintenance_plan(session).plan_id
    session.flush()
    page_sign_in(client, make_user(session, role=Role.COMMS).email)
    form = client.get("/maintenance/new")
    assert form.status_code == 200
    assert 'value="Northwind Mail"' in form.text and 'type="datetime-local"' in form.text
    csrf = csrf_of(form.text)

    bad = client.post(
        "/maintenance/new",
        data=_form(
            csrf,
            plan,
            ends_at=_local(3, 1),
            time_zone="Asia/Dhaka",
            components=["Northwind Mail", "Warp drive"],
        ),
    )
    assert bad.status_code == 422
    assert 'id="ends_at-error"' in bad.text and "must end after it starts" in bad.text
    assert 'id="components-error"' in bad.text and "Warp drive" in bad.text
    assert "Mail &lt;b&gt;database&lt;/b&gt; upgrade" in bad.text  # the input is kept, escaped
    assert session.exec(select(Maintenance)).first() is None

    past = client.post("/maintenance/new", data=_form(csrf, plan, starts_at=_local(-3, 2)))
    assert past.status_code == 422 and "must start in the future" in past.text
    zone = client.post("/maintenance/new", data=_form(csrf, plan, time_zone="Mars/Olympus"))
    assert zone.status_code == 422 and 'id="time_zone-error"' in zone.text
    empty = client.post("/maintenance/new", data=_form(csrf, plan, starts_at="", title=""))
    assert empty.status_code == 422
    assert 'id="starts_at-error"' in empty.text
    assert session.exec(select(Maintenance)).first() is None

    made = client.post("/maintenance/new", data=_form(csrf, plan), follow_redirects=False)
    assert made.status_code == 303, made.text
    maintenance = session.exec(select(Maintenance)).one()
    assert maintenance.starts_at.astimezone(DHAKA).strftime("%Y-%m-%dT%H:%M") == _local(3, 2)
    detail = client.get(made.headers["location"])
    assert "Mail &lt;b&gt;database&lt;/b&gt; upgrade" in detail.text
    assert "maintenance.scheduled" in detail.text and "(Asia/Dhaka)" in detail.text
    listing = client.get("/maintenance")
    assert f'href="/maintenance/{maintenance.id}"' in listing.text


def test_a_stale_edit_is_refused_at_the_form_and_writes_nothing(
    client: TestClient, session: Session
) -> None:
    maintenance_plan(session)
    maintenance = make_maintenance(session, now=utc_now())
    session.flush()
    page_sign_in(client, make_user(session, role=Role.COMMS).email)
    edit = client.get(f"/maintenance/{maintenance.id}/edit")
    assert edit.status_code == 200 and 'name="revision" value="1"' in edit.text
    csrf = csrf_of(edit.text)
    # someone else saves first
    maintenance_service.update(
        session,
        maintenance.id or 0,
        MaintenanceUpdate(revision=1, title="Their title"),
        actor=SYSTEM,
        now=utc_now(),
    )
    session.flush()
    mine = {
        "csrf_token": csrf,
        "revision": "1",
        "title": "My title",
        "description": maintenance.description,
        "components": ["Northwind Mail"],
        "starts_at": _local(4, 2),
        "ends_at": _local(4, 3),
        "time_zone": "Asia/Dhaka",
    }
    stale = client.post(f"/maintenance/{maintenance.id}/edit", data=mine)
    assert stale.status_code == 409
    assert 'id="stale-revision"' in stale.text and "revision 2" in stale.text
    assert 'value="My title"' in stale.text  # the input is kept
    session.refresh(maintenance)
    assert (maintenance.title, maintenance.revision) == ("Their title", 2)

    wrong = client.post(
        f"/maintenance/{maintenance.id}/edit",
        data={**mine, "revision": "2", "ends_at": _local(4, 1)},
    )
    assert wrong.status_code == 422 and 'id="ends_at-error"' in wrong.text
    saved = client.post(
        f"/maintenance/{maintenance.id}/edit",
        data={**mine, "revision": "2"},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    session.refresh(maintenance)
    assert (maintenance.title, maintenance.revision) == ("My title", 3)
    assert maintenance.starts_at.astimezone(DHAKA).strftime("%Y-%m-%dT%H:%M") == _local(4, 2)


def test_moves_need_a_commander_and_a_current_revision(
    client: TestClient, session: Session
) -> None:
    maintenance_plan(session)
    maintenance = make_maintenance(session, now=utc_now())
    session.flush()
    path = f"/maintenance/{maintenance.id}"
    csrf = page_sign_in(client, make_user(session, role=Role.COMMS).email, next_path=path)
    assert "Only a commander" in client.get(path).text
    refused = client.post(f"{path}/status", data={"csrf_token": csrf, "status": "in_progress"})
    assert refused.status_code == 403
    client.cookies.clear()
    csrf = page_sign_in(client, make_user(session, role=Role.COMMANDER).email, next_path=path)
    stale = client.post(
        f"{path}/status", data={"csrf_token": csrf, "status": "in_progress", "revision": "7"}
    )
    assert stale.status_code == 409 and "revision 1" in stale.text
    bogus = client.post(f"{path}/status", data={"csrf_token": csrf, "status": "exploded"})
    assert bogus.status_code == 422
    wrong = client.post(
        f"{path}/status", data={"csrf_token": csrf, "status": "completed", "revision": "1"}
    )
    assert wrong.status_code == 409 and "can move to" in wrong.text
    moved = client.post(
        f"{path}/status",
        data={"csrf_token": csrf, "status": "cancelled", "revision": "1", "note": "vendor <late>"},
        follow_redirects=False,
    )
    assert moved.status_code == 303
    session.refresh(maintenance)
    assert maintenance.status == MaintenanceStatus.CANCELLED
    page = client.get(path)
    assert "vendor &lt;late&gt;" in page.text and "scheduled → cancelled" in page.text
    assert client.get(f"{path}/edit").status_code == 200  # says it is no longer editable
    assert "Only a scheduled maintenance is edited" in client.get(f"{path}/edit").text
