"""The file dialogs never read the files they list: reading and closing a database file
(e.g. Qt sniffing the type of ``advisor.sqlite-wal``) would drop this process's POSIX locks
on it, and another program could then delete the WAL the window still writes to."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider

from ui import dialogs

# the real functions (the GUI fixtures patch them for every test)
PICK_FILES, PICK_SAVE_FILE = dialogs.pick_files, dialogs.pick_save_file
COUNT = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "print(c.execute('SELECT count(*) FROM t').fetchone()[0]); c.close()")


def _rows_seen_by_another_process(path: Path) -> int:
    out = subprocess.run([sys.executable, "-c", COUNT, str(path)], check=True,
                         capture_output=True, text=True).stdout
    return int(out)


def _list_folder_and_write_again(provider: QFileIconProvider, folder: Path) -> int:
    """Rows another process sees after a provider typed the folder's files and this
    process wrote a second row."""
    path = folder / "advisor.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    try:
        for file in sorted(folder.iterdir()):
            info = QFileInfo(str(file))
            provider.type(info)
            provider.icon(info)
        assert _rows_seen_by_another_process(path) == 1
        con.execute("INSERT INTO t VALUES (2)")
        return _rows_seen_by_another_process(path)
    finally:
        con.close()


def test_name_only_provider_keeps_the_database_locks(qapp: Any, tmp_path: Path) -> None:
    assert _list_folder_and_write_again(dialogs.NameOnlyIconProvider(), tmp_path) == 2


def test_name_only_provider_types_by_name(qapp: Any, tmp_path: Path) -> None:
    provider = dialogs.NameOnlyIconProvider()
    (tmp_path / "foto.JPG").write_bytes(b"\xff\xd8\xff")
    assert provider.type(QFileInfo(str(tmp_path / "foto.JPG"))) == "JPG-Datei"
    assert provider.type(QFileInfo(str(tmp_path))) == "Ordner"
    assert not provider.icon(QFileInfo(str(tmp_path / "foto.JPG"))).isNull()


def test_file_dialogs_use_it(qapp: Any, monkeypatch: Any, tmp_path: Path) -> None:
    seen: list[QFileDialog] = []

    def fake_exec(dialog: QFileDialog) -> int:
        seen.append(dialog)
        return 0  # cancelled

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    assert PICK_FILES(None, "Anhänge", str(tmp_path), "*") == []
    assert PICK_SAVE_FILE(None, "Speichern", str(tmp_path), "*.pdf") == ""
    assert len(seen) == 2
    for dialog in seen:
        assert isinstance(dialog.iconProvider(), dialogs.NameOnlyIconProvider)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert seen[1].acceptMode() is QFileDialog.AcceptMode.AcceptSave
