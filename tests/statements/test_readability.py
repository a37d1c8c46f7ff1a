"""Readability uses textstat's own grade, with the dictionary from a package, never a download."""

from __future__ import annotations

from pathlib import Path

import nltk
import pytest
import textstat

from crisiscomms.statements.check import plain, pronunciation


def test_the_grade_is_textstats_and_nothing_is_downloaded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the readability check tried to download data")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pronunciation, "_READY", [])
    root = pronunciation.ensure_dictionary()
    assert root.is_relative_to(tmp_path)
    assert (root / "corpora" / "cmudict" / "cmudict").stat().st_size > 1_000_000
    simple = "We broke checkout. We are sorry. We fixed it at 09:10 UTC."
    dense = (
        "Notwithstanding comprehensive organisational remediation initiatives, intermittent "
        "authentication irregularities necessitated extraordinary infrastructural reconfiguration."
    )
    assert plain.reading_grade([simple]) == pytest.approx(
        textstat.flesch_kincaid_grade(simple + "")
    )
    assert plain.reading_grade([simple]) < 4 < 15 < plain.reading_grade([dense])


def test_writing_the_dictionary_twice_is_harmless(tmp_path: Path) -> None:
    folder = tmp_path / "corpora" / "cmudict"
    folder.mkdir(parents=True)
    pronunciation._write_corpus(folder)
    first = (folder / "cmudict").read_bytes()
    pronunciation._write_corpus(folder)
    assert (folder / "cmudict").read_bytes() == first
    assert b"failure 1 F EY1 L Y ER0\n" in first
