"""The main window: search-as-you-type, filters, detail view, keyboard, accessibility,
language switch and layout persistence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QTableView

from advisor_app.persistence.database import Database
from ui.main_window import MainWindow
from ui.models.municipality_model import AGS, KREIS, NAME, POPULATION
from ui.ops import Ops

Search = Callable[[MainWindow, str], None]


def visible(window: MainWindow, col: int) -> list[str]:
    proxy = window.list_panel.proxy
    return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]


def test_window_lists_all_municipalities_and_selects_the_first(window: MainWindow) -> None:
    assert window.list_panel.model.rowCount() == 396
    assert "396 von 396" in window.list_panel.count_label.text()
    assert window.detail_panel.detail() is not None


def test_typing_glad_selects_gladbeck_and_shows_its_partnerships(
        gladbeck_window: MainWindow) -> None:
    panel, detail = gladbeck_window.list_panel, gladbeck_window.detail_panel
    assert panel.current_id() == detail.municipality_id()
    shown = detail.detail()
    assert shown is not None and shown.row.name == "Gladbeck"
    partners = {detail.partnerships.model.row_at(r).partner_name
                for r in range(detail.partnerships.model.rowCount())}
    assert {"Enfield", "Alanya"} <= partners
    assert detail.partnerships.model.rowCount() == shown.row.partnership_count == 6
    assert detail.title.text() == "Gladbeck"
    assert detail._values["ags"].text() == "05562014"
    assert detail._values["regierungsbezirk"].text() == "Münster"
    assert detail._values["population"].text() == "75.515"
    assert detail.tabs.tabText(0) == "&Partnerschaften (6)"


def test_search_by_ags_and_by_kreis(window: MainWindow, type_search: Search) -> None:
    type_search(window, "05562")
    assert len(visible(window, AGS)) == 10
    assert set(visible(window, KREIS)) == {"Recklinghausen"}
    type_search(window, "Recklinghausen")
    assert "Gladbeck" in visible(window, NAME)
    shown = window.detail_panel.detail()
    assert shown is not None and shown.row.name == "Recklinghausen"  # exact name wins


def test_ctrl_f_focuses_the_search(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    window.list_panel.table.setFocus()
    window.find_action.trigger()
    assert window.list_panel.search.hasFocus() or \
        QApplication.focusWidget() is window.list_panel.search
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_filter_widgets_narrow_the_list(window: MainWindow) -> None:
    panel = window.list_panel
    panel.regierungsbezirk_combo.setCurrentIndex(panel.regierungsbezirk_combo.findText("Münster"))
    assert set(panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
               .regierungsbezirk_name for r in range(panel.proxy.rowCount())) == {"Münster"}
    kreise = [panel.kreis_combo.itemText(i) for i in range(1, panel.kreis_combo.count())]
    assert "Recklinghausen" in kreise and "Köln (kreisfreie Stadt)" not in kreise
    panel.kreis_combo.setCurrentIndex(panel.kreis_combo.findText("Recklinghausen"))
    assert len(visible(window, NAME)) == 10
    current = window.detail_panel.detail()
    assert current is not None and current.row.kreis_name == "Recklinghausen"
    panel.regierungsbezirk_combo.setCurrentIndex(0)
    assert panel.kreis_combo.currentText() == "Recklinghausen"  # still fits: kept
    panel.kreis_combo.setCurrentIndex(0)
    panel.only_partnerships.setChecked(True)
    counts = [panel.model.row_at(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row())
              .partnership_count for r in range(panel.proxy.rowCount())]
    assert counts and min(counts) > 0 and len(counts) < 396
    panel.only_climate.setChecked(True)
    assert panel.proxy.rowCount() == 0  # the seed has no climate partnership yet
    assert window.detail_panel.detail() is None


def test_clicking_the_population_header_sorts_numerically(window: MainWindow,
                                                          qtbot: Any) -> None:
    header = window.list_panel.table.horizontalHeader()
    header.sectionClicked.emit(POPULATION)
    window.list_panel.table.sortByColumn(POPULATION, Qt.SortOrder.DescendingOrder)
    assert visible(window, NAME)[:3] == ["Köln", "Düsseldorf", "Dortmund"]


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    kinds = (QLineEdit, QComboBox, QCheckBox, QTableView)
    widgets = [w for kind in kinds for w in window.findChildren(kind)]
    assert len(widgets) >= 9
    missing = [f"{type(w).__name__} {w.objectName()}" for w in widgets
               if not w.accessibleName().strip() and not isinstance(w.parent(), QComboBox)]
    assert missing == []


def test_switching_to_english_retranslates_live(window: MainWindow, db: Database) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "Berat&ung", "&Ansicht", "S&ynchronisation",
                      "&Hilfe"]
    window.language_actions["en"].trigger()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&Consultation", "&View", "S&ync", "&Help"]
    model = window.list_panel.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Population"
    assert window.list_panel.search_label.text() == "&Search:"
    from advisor_app.services.settings import load_settings

    assert load_settings(db).language == "en"
    window.language_actions["de"].trigger()
    assert window.menuBar().actions()[0].text() == "&Datei"


def test_window_layout_persists(make_window: Callable[[Database], MainWindow],
                                db: Database) -> None:
    first = make_window(db)
    screen = first.screen().availableGeometry()  # offscreen: 800 x 800
    width = max(first.minimumSizeHint().width(), screen.width() - 20)
    first.resize(width, 480)
    first.splitter.setSizes([330, first.splitter.width() - 330])
    first.list_panel.table.setColumnWidth(NAME, 250)
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(db)
    assert (second.width(), second.height()) == (width, 480)
    assert second.splitter.sizes() == sizes
    assert second.list_panel.table.columnWidth(NAME) == 250


def test_background_ops_deliver_on_the_gui_thread(qtbot: Any) -> None:
    ops = Ops()
    results: list[Any] = []
    errors: list[BaseException] = []
    ops.run(lambda: 6 * 7, on_success=results.append)
    ops.run(lambda: 1 / 0, on_success=results.append, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(results) == 1 and len(errors) == 1)
    assert results == [42] and isinstance(errors[0], ZeroDivisionError)
    ops.run(lambda: "old", on_success=results.append, key="k")
    ops.run(lambda: "new", on_success=results.append, key="k")
    qtbot.waitUntil(lambda: not ops.busy())
    assert results == [42, "new"]  # the superseded result is dropped
    with qtbot.waitSignal(ops.changed) as blocker:
        ops.notify_changed({"partnership"})
    assert blocker.args == [frozenset({"partnership"})]
    assert ops.wait()
