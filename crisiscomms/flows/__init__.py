"""Use cases: work that spans domains, one module per thing a user does.

The adapters (`api/`, `web/`, `cli.py`, `worker/`) call a flow, or a domain service when
the work stays in one domain. A flow calls domain services downward and never commits: the
adapter's unit of work does. Domains never import a flow (see the import contracts in
`pyproject.toml`, checked by `lint-imports` in CI).

- `plans`: check and store plans, with the transparency check of their holding statement;
- `statements`: draft, save and check a statement with the incident's promises;
- `publish`: publish a statement with its commitments and next-update promise;
- `broadcast`: broadcast a statement now (publishing it) or at a set time;
- `scheduled`: the worker's fan-out step, where a scheduled update comes due;
- `status`: move an incident along its lifecycle, and schedule or cancel the follow-up
  sequence when it is resolved or reopened;
- `watchdog`: the watchdog's tick (reminders, holding statements, escalations);
- `followups`: send the follow-ups whose time has come;
- `subscriptions`: sign up, confirm, manage and leave a self-service subscription.
"""
