"""Use cases: work that spans domains, one module per thing a user does.

The adapters (`api/`, `web/`, `cli.py`, `worker/`) call a flow, or a domain service when
the work stays in one domain. A flow calls domain services downward and never commits: the
adapter's unit of work does. Domains never import a flow (see the import contracts in
`pyproject.toml`, checked by `lint-imports` in CI).

- `status`: move an incident along its lifecycle, and schedule or cancel the follow-up
  sequence when it is resolved or reopened.
"""
