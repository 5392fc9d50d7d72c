"""Conflicts inbox, record history and the fail-safe dialog in the window, with real
conflicts made by editing the same field on two laptops (SQLite copies) and syncing them
through a real share folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow
from sync_laptops import GLADBECK, Machine, make_share

from advisor_app.domain.enums import LegalBasis
from advisor_app.services import records
from advisor_app.services.inputs import ContactInput
from advisor_app.services.settings import load_settings, save_settings
from advisor_app.sync.report import SyncStatus, TableImpact
from ui.ops import Ops
from ui.sync import SyncController, install_sync_ui
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.failsafe_dialog import FailsafeDialog
from ui.sync.history_dialog import HistoryDialog
from ui.sync.models import ConflictListModel, HistoryModel, ImpactModel


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return make_share(tmp_path / "share")


@pytest.fixture
def laptops(seeded_template: Path, tmp_path: Path,
            share: Path) -> Iterator[tuple[Machine, Machine]]:
    a, b = Machine(seeded_template, tmp_path, "a"), Machine(seeded_template, tmp_path, "b")
    for machine in (a, b):
        save_settings(machine.db, replace(load_settings(machine.db), share_path=str(share)))
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def sync_all(share: Path, *machines: Machine) -> None:
    for _ in range(2):
        for machine in machines:
            assert machine.sync(share).status is SyncStatus.OK


def phone_conflict(a: Machine, b: Machine, share: Path) -> str:
    """A contact made on a, known to b; both change the phone number offline."""
    contact = records.save(a.db, ContactInput(name="Anna Schmidt",
                                              legal_basis=LegalBasis.PUBLIC_TASK,
                                              municipality_id=GLADBECK, phone="02043 100"))
    sync_all(share, a, b)
    a.con.execute("UPDATE contact SET phone = '02043 111' WHERE id = ?", (contact,))
    b.con.execute("UPDATE contact SET phone = '02043 222' WHERE id = ?", (contact,))
    sync_all(share, a, b)
    assert len(a.conflicts()) == len(b.conflicts()) == 1
    return contact


def notes_conflict(a: Machine, b: Machine, share: Path) -> str:
    pid = str(a.one("SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT 1"))
    a.con.execute("UPDATE partnership SET notes = 'Besuch im Mai vereinbart.' WHERE id = ?",
                  (pid,))
    b.con.execute("UPDATE partnership SET notes = 'Schulaustausch geplant.' WHERE id = ?",
                  (pid,))
    sync_all(share, a, b)
    return pid


def open_inbox(qtbot: Any, machine: Machine, ops: Ops) -> ConflictsDialog:
    dialog = ConflictsDialog(machine.db, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_inbox_shows_both_values_and_keeping_the_other_one_writes_it(
        qtbot: Any, laptops: Any, share: Path, ops: Ops) -> None:
    a, b = laptops
    contact = phone_conflict(a, b, share)
    dialog = open_inbox(qtbot, b, ops)
    assert dialog.model.rowCount() == 1
    assert [dialog.model.index(0, c).data() for c in range(3)] == ["Anna Schmidt", "Telefon",
                                                                    "Kontakt"]
    shown = {dialog.current_panel.value.toPlainText(), dialog.other_panel.value.toPlainText()}
    assert shown == {"02043 111", "02043 222"}
    metas = [dialog.current_panel.meta.text(), dialog.other_panel.meta.text()]
    assert sum("dieser Laptop" in m for m in metas) == 1
    assert sum(f"Laptop {a.device[:8]}" in m for m in metas) == 1
    assert not dialog.merge_box.isVisible()  # a phone number is picked, not merged
    other = dialog.other_panel.value.toPlainText()
    changed: list[frozenset[str]] = []
    ops.changed.connect(changed.append)

    qtbot.mouseClick(dialog.other_panel.keep_button, qtbot_button())
    assert b.one("SELECT phone FROM contact WHERE id = ?", (contact,)) == other
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    assert changed == [frozenset({"contact"})]
    sync_all(share, b, a)
    assert a.conflicts() == [] and b.conflicts() == []
    assert a.one("SELECT phone FROM contact WHERE id = ?", (contact,)) == other


def qtbot_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_keeping_the_current_value_also_resolves(qtbot: Any, laptops: Any, share: Path,
                                                 ops: Ops) -> None:
    a, b = laptops
    contact = phone_conflict(a, b, share)
    dialog = open_inbox(qtbot, a, ops)
    current = dialog.current_panel.value.toPlainText()
    dialog.current_panel.keep_button.click()
    assert dialog.model.rowCount() == 0
    assert a.one("SELECT phone FROM contact WHERE id = ?", (contact,)) == current
    sync_all(share, a, b)
    assert b.conflicts() == []


def test_notes_are_merged_in_the_text_editor(qtbot: Any, laptops: Any, share: Path,
                                             ops: Ops) -> None:
    a, b = laptops
    pid = notes_conflict(a, b, share)
    dialog = open_inbox(qtbot, a, ops)
    assert dialog.model.index(0, 1).data() == "Notizen"
    assert dialog.merge_box.isVisible()
    proposal = dialog.merge_edit.toPlainText()
    assert "Besuch im Mai vereinbart." in proposal and "Schulaustausch geplant." in proposal
    assert "andere Fassung" in proposal
    dialog.merge_edit.setPlainText("Besuch im Mai vereinbart; Schulaustausch geplant.")
    dialog.merge_button.click()
    assert dialog.model.rowCount() == 0
    merged = "Besuch im Mai vereinbart; Schulaustausch geplant."
    assert a.one("SELECT notes FROM partnership WHERE id = ?", (pid,)) == merged
    sync_all(share, a, b)
    assert b.one("SELECT notes FROM partnership WHERE id = ?", (pid,)) == merged
    assert b.conflicts() == []


def history_rows(qtbot: Any, machine: Machine, contact: str) -> tuple[HistoryDialog,
                                                                       list[list[str]]]:
    history = HistoryDialog(machine.db, "contact", contact)
    qtbot.addWidget(history)
    model = history.model
    return history, [[model.index(r, c).data() for c in range(model.columnCount())]
                     for r in range(model.rowCount())]


def test_history_shows_the_overwritten_value(qtbot: Any, laptops: Any, share: Path,
                                             ops: Ops) -> None:
    a, b = laptops
    contact = phone_conflict(a, b, share)
    dialog = open_inbox(qtbot, b, ops)
    dialog.current_panel.keep_button.click()
    kept = b.one("SELECT phone FROM contact WHERE id = ?", (contact,))
    dropped = "02043 111" if kept == "02043 222" else "02043 222"
    history, rows = history_rows(qtbot, b, contact)
    assert "Anna Schmidt" in history.windowTitle()
    phones = [(r[2], r[3], r[4]) for r in rows if r[1] == "Telefon"]
    assert (kept, "dieser Laptop", "aktuell") in phones
    assert any(value == dropped and laptop == f"Laptop {a.device[:8]}"
               and kind in ("ersetzt", "beim Abgleich unterlegen")
               for value, laptop, kind in phones)
    # on the laptop that created the contact, its first number is in the history too
    _, rows_a = history_rows(qtbot, a, contact)
    assert ("02043 100", "dieser Laptop", "ersetzt") in [(r[2], r[3], r[4]) for r in rows_a
                                                         if r[1] == "Telefon"]


def test_failsafe_dialog_cancel_applies_nothing_then_apply_does(
        qtbot: Any, laptops: Any, share: Path, ops: Ops, window: QMainWindow,
        modals: Any) -> None:
    a, b = laptops
    ids = [r[0] for r in a.con.execute(
        "SELECT id FROM partnership WHERE existence % 2 = 1 ORDER BY id LIMIT 60")]
    a.con.executemany("UPDATE partnership SET existence = existence + 1 WHERE id = ?",
                      [(i,) for i in ids])
    assert a.sync(share).ok
    live = "SELECT count(*) FROM partnership WHERE existence % 2 = 1"
    before = b.one(live)
    shown: list[FailsafeDialog] = []

    def answer(accept: bool) -> Any:
        def on_dialog(dialog: Any) -> bool:
            assert isinstance(dialog, FailsafeDialog)
            shown.append(dialog)
            return accept
        return on_dialog

    modals.on_dialog = answer(False)
    controller: SyncController = install_sync_ui(window, b.db, ops)  # syncs: share ready
    assert len(shown) == 1
    impact = shown[0].model
    assert [impact.index(0, c).data() for c in range(4)] == [
        "Partnerschaft", "60", "0", str(before)]
    assert "60 vorhandene Datensätze" in shown[0].intro.text()
    assert b.one(live) == before  # Abbrechen: nothing applied
    assert controller.state.report is not None
    assert controller.state.report.status is SyncStatus.PAUSED_FAILSAFE
    assert controller.chip.status_button.text().startswith("Angehalten")

    modals.on_dialog = answer(True)
    controller.sync_now()
    assert len(shown) == 2
    assert b.one(live) == before - 60  # "Trotzdem übernehmen": applied (into the trash)
    assert controller.state.report.ok
    assert controller.chip.status_button.text().startswith("Zuletzt synchronisiert")


def test_conflicts_button_in_the_status_bar_opens_the_inbox(
        laptops: Any, share: Path, ops: Ops, window: QMainWindow, modals: Any) -> None:
    a, b = laptops
    phone_conflict(a, b, share)
    controller = install_sync_ui(window, a.db, ops, start=False)
    controller.refresh()
    button = controller.chip.conflicts_button
    assert not button.isHidden() and button.text() == "1 Konflikt(e)"
    seen: list[Any] = []
    modals.on_dialog = lambda dialog: seen.append(dialog) or False
    button.click()
    assert len(seen) == 1 and isinstance(seen[0], ConflictsDialog)
    assert seen[0].model.rowCount() == 1


def test_models_pass_the_model_tester(qtmodeltester: Any, laptops: Any, share: Path) -> None:
    from advisor_app.services.history import record_history
    from advisor_app.services.sync_conflicts import list_open_conflicts

    a, b = laptops
    contact = phone_conflict(a, b, share)
    conflicts = ConflictListModel()
    conflicts.set_rows(list_open_conflicts(a.db))
    qtmodeltester.check(conflicts, force_py=True)
    history = HistoryModel()
    history.set_entries("contact", record_history(a.db, "contact", contact))
    assert history.rowCount() >= 4
    qtmodeltester.check(history, force_py=True)
    impacts = ImpactModel()
    impacts.set_impacts([TableImpact("partnership", 800, 60, 2), TableImpact("contact", 5, 0, 3)])
    qtmodeltester.check(impacts, force_py=True)
