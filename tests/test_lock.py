"""The lock files: requirements.lock pins every runtime dependency with its hashes (the
image installs it with --require-hashes), constraints.txt pins those and the test extras
the same way for the README's pip commands, and both satisfy pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", re.M)


def pins(path: Path) -> dict[str, str]:
    """Package name (canonical) to its pinned version."""
    found: dict[str, str] = {}
    for name, version in PIN.findall(path.read_text(encoding="utf-8")):
        key = canonicalize_name(name)
        assert found.get(key, version) == version, f"{name} pinned twice in {path.name}"
        found[key] = version
    return found


def entries(path: Path) -> list[str]:
    """Each requirement of a pip requirements file, its continuation lines joined."""
    text = path.read_text(encoding="utf-8").replace("\\\n", " ")
    return [line for line in text.splitlines() if line and not line.lstrip().startswith("#")]


def project() -> dict[str, list[Requirement]]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        "runtime": [Requirement(r) for r in data["dependencies"]],
        "test": [Requirement(r) for r in data["optional-dependencies"]["test"]],
    }


def test_every_dependency_is_pinned_within_what_pyproject_allows() -> None:
    runtime, everything = pins(REPO / "requirements.lock"), pins(REPO / "constraints.txt")
    wanted = project()
    for lock, groups in ((runtime, ["runtime"]), (everything, ["runtime", "test"])):
        for group in groups:
            for requirement in wanted[group]:
                version = lock.get(canonicalize_name(requirement.name))
                assert version is not None, f"{requirement.name} is not pinned"
                assert requirement.specifier.contains(version, prereleases=True), (
                    f"{requirement.name}=={version} is outside {requirement.specifier}"
                )
    assert "uvloop" in runtime and "pytest" not in runtime  # extras: uvicorn[standard] only
    assert "aiosmtpd" in everything and "playwright" in everything


def test_the_runtime_lock_has_hashes_and_agrees_with_the_constraints() -> None:
    lines = entries(REPO / "requirements.lock")
    assert len(lines) > 50
    for line in lines:
        assert "==" in line and "--hash=sha256:" in line, f"not pinned with a hash: {line[:80]}"
    everything = pins(REPO / "constraints.txt")
    differ = {
        name: (version, everything.get(name))
        for name, version in pins(REPO / "requirements.lock").items()
        if everything.get(name) != version
    }
    assert differ == {}, "regenerate both lock files together (see requirements.lock)"
    assert "--hash" not in (REPO / "constraints.txt").read_text()  # pip: no hashes in -c files


def test_the_image_and_the_readme_install_from_the_lock_files() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "pip install --require-hashes -r requirements.lock" in dockerfile
    assert "--no-deps --no-build-isolation ." in dockerfile  # nothing fetched unpinned
    readme = (REPO / "README.md").read_text()
    test_command = readme.split("<!-- test-command -->", 1)[1].split("```bash\n", 1)[1]
    test_command = test_command.split("\n", 1)[0]
    assert "pip install -c constraints.txt -e '.[test]'" in test_command
    assert "pip install -c constraints.txt -e . && crisiscomms demo" in readme


def test_the_base_image_is_pinned_by_digest_and_the_service_runs_unprivileged() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", dockerfile, re.M)
    assert base is not None
    assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm@sha256:[0-9a-f]{64}", base.group(1))
    stages = re.findall(r"^FROM (\S+) AS (\w+)$", dockerfile, re.M)
    assert stages == [("${PYTHON_IMAGE}", "build"), ("${PYTHON_IMAGE}", "runtime")]
    runtime = dockerfile.split("AS runtime", 1)[1]
    assert "COPY --from=build /opt/crisiscomms /opt/crisiscomms" in runtime
    assert re.search(r"^USER crisiscomms$", runtime, re.M)
    assert runtime.index("USER crisiscomms") < runtime.index("CMD [")
