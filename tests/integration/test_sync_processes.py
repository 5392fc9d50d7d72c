"""Two laptops syncing at the same moment, as two real processes of the command line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sync_laptops import Machine, make_share

from advisor_app.sync.capture import replicated_columns

ROOT = Path(__file__).resolve().parents[2]


def start(db: Path, share: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "ui.launcher", "--db", str(db), "sync",
                             "--share", str(share)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def sync_both_at_once(paths: list[Path], share: Path) -> None:
    procs = [start(path, share) for path in paths]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode in (0, 5), out + err  # 5: the conflict below is open


def state(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        result = {}
        for table, cols in replicated_columns(con).items():
            names = ", ".join(f'"{c}"' for c in ["id", *cols])
            result[table] = con.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
        result["sync_conflict"] = con.execute(
            "SELECT id, winner_value, loser_value FROM sync_conflict ORDER BY id").fetchall()
        return result
    finally:
        con.close()


def test_two_processes_syncing_at_once_converge(seeded_template: Path,
                                                tmp_path: Path) -> None:
    share = make_share(tmp_path / "share")
    paths = []
    for offset, name in enumerate(("a", "b")):
        machine = Machine(seeded_template, tmp_path, name)
        ids = [r[0] for r in machine.con.execute(
            "SELECT id FROM partnership ORDER BY id LIMIT 6")]
        machine.con.execute("UPDATE partnership SET notes = ? WHERE id = ?",
                            (f"von {name}", ids[offset]))
        machine.con.execute("UPDATE partnership SET status = ? WHERE id = ?",
                            ("dormant" if name == "a" else "completed", ids[5]))
        for n in range(30):
            machine.add_region(f"Region {name} {n}")
        paths.append(machine.path)
        machine.close()

    sync_both_at_once(paths, share)
    sync_both_at_once(paths, share)

    state_a, state_b = state(paths[0]), state(paths[1])
    assert state_a == state_b
    assert len(state_a["sync_conflict"]) == 1  # the status edited on both, same everywhere
    con = sqlite3.connect(paths[0])
    try:
        assert con.execute("SELECT count(*) FROM partner_region WHERE source = 'test'"
                           ).fetchone()[0] == 60
    finally:
        con.close()
