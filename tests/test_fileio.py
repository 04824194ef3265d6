"""Atomic file writes: whole files, usual permissions, no folders made up."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from fidelity_app.fileio import write_atomic


def test_writes_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "report.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_replacing_keeps_the_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_a_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "no-such-folder" / "x.csv", b"data")
    assert not (tmp_path / "no-such-folder").exists()
