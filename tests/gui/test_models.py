"""The item models without a window: qtmodeltester, search, filters, numeric sorting,
targeted updates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from advisor_app.domain.enums import (
    LegalBasis,
    NrwSideType,
    PartnershipKind,
    PartnershipStatus,
    ProjectStatus,
    Theme,
)
from advisor_app.persistence.database import Database
from advisor_app.services import municipalities
from advisor_app.services.dto import ClimateProjectRow, ContactRow, PartnershipRow
from ui.models import fmt
from ui.models.detail_models import (
    ClimateProjectTableModel,
    ContactTableModel,
    PartnershipTableModel,
)
from ui.models.municipality_model import (
    AGS,
    KREIS,
    NAME,
    PARTNERSHIPS,
    POPULATION,
    MunicipalityFilterProxy,
    MunicipalityTableModel,
)
from ui.models.row_model import SORT_ROLE


@pytest.fixture
def rows(db: Database) -> list[Any]:
    return municipalities.list_municipalities(db)


@pytest.fixture
def proxy(rows: list[Any], qapp: Any) -> MunicipalityFilterProxy:
    model = MunicipalityTableModel()
    model.set_rows(rows)
    proxy = MunicipalityFilterProxy(model)
    proxy.setSourceModel(model)
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    return proxy


def column(proxy: MunicipalityFilterProxy, col: int) -> list[str]:
    return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]


def partnership(**changes: Any) -> PartnershipRow:
    row = PartnershipRow(
        id="p1", municipality_id="m1", kreis_id=None, nrw_side_type=NrwSideType.MUNICIPALITY,
        nrw_name="Gladbeck", partner_region_id="r1", partner_name="Enfield",
        country_iso2="GB", country_name="Vereinigtes Königreich",
        kind=PartnershipKind.PARTNERSCHAFT, status=PartnershipStatus.ACTIVE,
        is_climate_partnership=False, since_year=1991, themes=(Theme.CULTURE,),
        partner_under2=False, source="Wikipedia (en), CC BY-SA 4.0 – Ausgangsbestand",
        source_note="Art und Status nicht geprüft.", notes=None)
    return dataclasses.replace(row, **changes)


def test_municipality_model_passes_qtmodeltester(qtmodeltester: Any, rows: list[Any]) -> None:
    model = MunicipalityTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)


def test_filter_proxy_passes_qtmodeltester(qtmodeltester: Any,
                                           proxy: MunicipalityFilterProxy) -> None:
    proxy.set_search("recklinghausen")
    proxy.set_only_with_partnerships(True)
    qtmodeltester.check(proxy, force_py=True)


@pytest.mark.parametrize("model_class, rows", [
    (PartnershipTableModel, [partnership(), partnership(id="p2", partner_name="Alanya",
                                                        since_year=None,
                                                        is_climate_partnership=True)]),
    (ClimateProjectTableModel, [ClimateProjectRow(
        id="c1", title="Solardächer für Schulen", municipality_id="m1", partnership_id=None,
        problem="Hohe Stromkosten", solution=None, results=None, costs=None, funding=None,
        transfer_conditions=None, themes=(Theme.ENERGY, Theme.EDUCATION), start_year=2021,
        end_year=None, status=ProjectStatus.RUNNING, contact_id=None)]),
    (ContactTableModel, [ContactRow(
        id="k1", name="Anna Berger", role="Klimaschutzmanagerin", organisation="Stadt Gladbeck",
        email="anna@example.org", phone=None, municipality_id="m1", partner_region_id=None,
        legal_basis=LegalBasis.CONSENT, consent_date=dt.date(2024, 5, 1), notes=None)]),
])
def test_detail_models_pass_qtmodeltester(qtmodeltester: Any, model_class: Any,
                                          rows: list[Any]) -> None:
    model = model_class()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_partnership_model_shows_source_in_tooltip_and_labels(qapp: Any) -> None:
    model = PartnershipTableModel()
    model.set_rows([partnership()])
    index = model.index(0, PartnershipTableModel.PARTNER)
    assert index.data() == "Enfield"
    assert "Wikipedia" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, PartnershipTableModel.KIND).data() == "Partnerschaft"
    assert model.index(0, PartnershipTableModel.SOURCE).data().startswith("Wikipedia")


def test_search_glad_finds_gladbeck(proxy: MunicipalityFilterProxy) -> None:
    proxy.set_search("glad")
    assert "05562014" in column(proxy, AGS)
    assert proxy.index(proxy.best_match(), NAME).data() == "Gladbeck"


def test_search_by_ags_prefix_finds_the_kreis_recklinghausen(
        proxy: MunicipalityFilterProxy, rows: list[Any]) -> None:
    proxy.set_search("05562")
    expected = {r.ags for r in rows if r.ags.startswith("05562")}
    assert len(expected) == 10
    assert set(column(proxy, AGS)) == expected
    assert set(column(proxy, KREIS)) == {"Recklinghausen"}


def test_search_matches_by_kreis_and_ignores_case_and_umlauts(
        proxy: MunicipalityFilterProxy) -> None:
    proxy.set_search("Recklinghausen")
    names = set(column(proxy, NAME))
    assert {"Gladbeck", "Marl", "Recklinghausen"} <= names
    proxy.set_search("MUNSTER")
    assert "Münster" in column(proxy, NAME)
    proxy.set_search("reckling glad")  # every word must match
    assert column(proxy, NAME) == ["Gladbeck"]
    proxy.set_search("")
    assert proxy.rowCount() == 396


def test_filters_by_regierungsbezirk_kreis_and_partnerships(
        proxy: MunicipalityFilterProxy, rows: list[Any]) -> None:
    gladbeck = next(r for r in rows if r.ags == "05562014")
    proxy.set_regierungsbezirk(gladbeck.regierungsbezirk_id)
    in_rb = {r.ags for r in rows if r.regierungsbezirk_name == "Münster"}
    assert set(column(proxy, AGS)) == in_rb
    proxy.set_kreis(gladbeck.kreis_id)
    assert len(column(proxy, AGS)) == 10
    proxy.set_regierungsbezirk(None)
    proxy.set_kreis(None)
    proxy.set_only_with_partnerships(True)
    with_partners = {r.ags for r in rows if r.partnership_count > 0}
    assert 0 < len(with_partners) < 396
    assert set(column(proxy, AGS)) == with_partners


def test_filter_only_climate_partnerships(proxy: MunicipalityFilterProxy,
                                          rows: list[Any]) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, MunicipalityTableModel)
    marl = next(r for r in rows if r.name == "Marl")
    model.set_rows([dataclasses.replace(r, climate_partnership_count=1) if r is marl else r
                    for r in rows])
    proxy.set_only_with_climate_partnership(True)
    assert column(proxy, NAME) == ["Marl"]


@pytest.mark.parametrize("col", [POPULATION, PARTNERSHIPS])
def test_numbers_sort_numerically(proxy: MunicipalityFilterProxy, col: int) -> None:
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    values = [proxy.index(r, col).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert all(isinstance(v, int) for v in values)
    assert values == sorted(values, reverse=True)
    if col == POPULATION:
        assert proxy.index(0, NAME).data() == "Köln"
        assert proxy.index(0, POPULATION).data().count(".") == 2  # e.g. 1.024.621


def test_population_is_shown_in_german_format(proxy: MunicipalityFilterProxy) -> None:
    proxy.set_search("05315000")  # Köln
    assert proxy.index(0, POPULATION).data() == fmt.integer(
        int(proxy.index(0, POPULATION).data(SORT_ROLE)))
    assert fmt.integer(611258) == "611.258"
    assert fmt.decimal(1234.5) == "1.234,50"


def test_set_rows_with_same_ids_emits_targeted_data_changed(rows: list[Any],
                                                           qapp: Any) -> None:
    model = MunicipalityTableModel()
    model.set_rows(rows)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    updated = list(rows)
    updated[5] = dataclasses.replace(rows[5], partnership_count=rows[5].partnership_count + 1)
    model.set_rows(updated)
    assert resets == [] and changed == [(5, 5)]
    model.set_rows(updated[:10])
    assert resets == [1]


def test_filtering_never_asks_for_sort_keys(proxy: MunicipalityFilterProxy) -> None:
    """The proxy keeps the model's order, so typing and deleting (rows leaving and coming
    back) needs no comparison and no sort key: per keystroke only the filter runs."""
    model = proxy.sourceModel()
    assert isinstance(model, MunicipalityTableModel)
    proxy.sort(POPULATION, Qt.SortOrder.DescendingOrder)
    asked: list[tuple[int, int]] = []
    original = model.sort_key
    model.sort_key = lambda row, col: asked.append((row, col)) or original(row, col)  # type: ignore[method-assign]
    for text in ("b", "bo", "bor", "bo", "b", "", "köln", "", "05562", ""):
        proxy.set_search(text)
        assert proxy.rowCount() > 0
    assert asked == []
    values = [proxy.index(r, POPULATION).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert proxy.rowCount() == 396 and values == sorted(values, reverse=True)


def test_sorting_reorders_the_model_and_keeps_the_filter(proxy: MunicipalityFilterProxy,
                                                         rows: list[Any]) -> None:
    proxy.set_search("reckling")
    proxy.sort(POPULATION, Qt.SortOrder.AscendingOrder)
    populations = [proxy.index(r, POPULATION).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert len(populations) == 10 and populations == sorted(populations)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    names = column(proxy, NAME)
    assert names == sorted(names, key=fmt.sort_text, reverse=True)
    model = proxy.sourceModel()
    assert isinstance(model, MunicipalityTableModel)
    model.set_rows(list(reversed(rows)))  # new data arrives in another order: still sorted
    assert column(proxy, NAME) == names


def test_a_selection_follows_its_row_when_sorted(proxy: MunicipalityFilterProxy,
                                                 qtbot: Any) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_search("glad")
    row = column(proxy, AGS).index("05562014")
    view.selectionModel().setCurrentIndex(
        proxy.index(row, NAME), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    proxy.set_search("")
    view.sortByColumn(POPULATION, Qt.SortOrder.DescendingOrder)  # as a header click does
    assert proxy.index(0, NAME).data() == "Köln"
    assert view.currentIndex().siblingAtColumn(AGS).data() == "05562014"
    assert view.selectionModel().isRowSelected(view.currentIndex().row())


@pytest.mark.parametrize("text", ["glad", "münster", "bad", "05562", "reck", "xyz"])
def test_best_match_is_exact_name_then_first_prefix_then_first_row(
        proxy: MunicipalityFilterProxy, text: str) -> None:
    proxy.sort(POPULATION, Qt.SortOrder.DescendingOrder)
    proxy.set_search(text)
    names = [n.casefold() for n in column(proxy, NAME)]
    if not names:
        assert proxy.best_match() == -1
        return
    needle = " ".join(text.casefold().split())
    expected = (names.index(needle) if needle in names else
                next((i for i, n in enumerate(names) if n.startswith(needle)), 0))
    assert proxy.best_match() == expected
