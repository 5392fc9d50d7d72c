"""Texts of the sync UI that depend on data: relative times, local times, laptop names,
field names, progress phases. German source texts, English via the Qt translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QTimeZone

from ui import i18n

CONTEXT = "SyncTexts"
BERLIN = QTimeZone(b"Europe/Berlin")
translate = QCoreApplication.translate

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SyncTexts", "Name"),
    "title": QT_TRANSLATE_NOOP("SyncTexts", "Titel"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notizen"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "Telefon"),
    "email": QT_TRANSLATE_NOOP("SyncTexts", "E-Mail"),
    "role": QT_TRANSLATE_NOOP("SyncTexts", "Funktion"),
    "organisation": QT_TRANSLATE_NOOP("SyncTexts", "Organisation"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "kind": QT_TRANSLATE_NOOP("SyncTexts", "Art"),
    "since_year": QT_TRANSLATE_NOOP("SyncTexts", "seit"),
    "themes": QT_TRANSLATE_NOOP("SyncTexts", "Themen"),
    "source": QT_TRANSLATE_NOOP("SyncTexts", "Quelle"),
    "source_note": QT_TRANSLATE_NOOP("SyncTexts", "Quellenhinweis"),
    "is_climate_partnership": QT_TRANSLATE_NOOP("SyncTexts", "Klimapartnerschaft"),
    "population": QT_TRANSLATE_NOOP("SyncTexts", "Einwohner"),
    "existence": QT_TRANSLATE_NOOP("SyncTexts", "gelöscht / wiederhergestellt"),
    "legal_basis": QT_TRANSLATE_NOOP("SyncTexts", "Rechtsgrundlage"),
    "consent_date": QT_TRANSLATE_NOOP("SyncTexts", "Einwilligung am"),
    "problem": QT_TRANSLATE_NOOP("SyncTexts", "Problem"),
    "solution": QT_TRANSLATE_NOOP("SyncTexts", "Lösung"),
    "results": QT_TRANSLATE_NOOP("SyncTexts", "Ergebnisse"),
    "costs": QT_TRANSLATE_NOOP("SyncTexts", "Kosten"),
    "funding": QT_TRANSLATE_NOOP("SyncTexts", "Förderung"),
    "transfer_conditions": QT_TRANSLATE_NOOP("SyncTexts", "Übertragbarkeit"),
    "start_year": QT_TRANSLATE_NOOP("SyncTexts", "Beginn"),
    "end_year": QT_TRANSLATE_NOOP("SyncTexts", "Ende"),
    "municipality_id": QT_TRANSLATE_NOOP("SyncTexts", "Gemeinde"),
    "partner_region_id": QT_TRANSLATE_NOOP("SyncTexts", "Partnerregion"),
    "partnership_id": QT_TRANSLATE_NOOP("SyncTexts", "Partnerschaft"),
    "contact_id": QT_TRANSLATE_NOOP("SyncTexts", "Kontakt"),
}
TABLE_LABELS = {
    "regierungsbezirk": QT_TRANSLATE_NOOP("SyncTexts", "Regierungsbezirk"),
    "kreis": QT_TRANSLATE_NOOP("SyncTexts", "Kreis"),
    "municipality": QT_TRANSLATE_NOOP("SyncTexts", "Gemeinde"),
    "partner_region": QT_TRANSLATE_NOOP("SyncTexts", "Partnerregion"),
    "partnership": QT_TRANSLATE_NOOP("SyncTexts", "Partnerschaft"),
    "contact": QT_TRANSLATE_NOOP("SyncTexts", "Kontakt"),
    "climate_project": QT_TRANSLATE_NOOP("SyncTexts", "Klimaprojekt"),
}
PHASES = {
    "senden": QT_TRANSLATE_NOOP("SyncTexts", "Senden"),
    "lesen": QT_TRANSLATE_NOOP("SyncTexts", "Lesen"),
    "übernehmen": QT_TRANSLATE_NOOP("SyncTexts", "Übernehmen"),
}


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def field_label(column: str) -> str:
    source = FIELD_LABELS.get(column)
    return translate(CONTEXT, source) if source else column


def table_label(table: str) -> str:
    source = TABLE_LABELS.get(table)
    return translate(CONTEXT, source) if source else table


def phase_label(phase: str) -> str:
    source = PHASES.get(phase)
    return translate(CONTEXT, source) if source else phase


def local_time(moment: dt.datetime) -> str:
    """An aware timestamp as Berlin time, 'dd.MM.yyyy HH:mm'."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return stamp.toTimeZone(BERLIN).toString("dd.MM.yyyy HH:mm")


def relative_time(moment: dt.datetime, now: dt.datetime | None = None) -> str:
    """'vor 2 Min.', 'vor 3 Std.', 'gestern', 'vor 4 Tagen', else 'am 01.02.2026'."""
    now = now or dt.datetime.now(dt.UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return translate("SyncTexts", "gerade eben")
    minutes = int(seconds // 60)
    if minutes < 60:
        return translate("SyncTexts", "vor %1 Min.").replace("%1", str(minutes))
    hours = minutes // 60
    if hours < 24:
        return translate("SyncTexts", "vor %1 Std.").replace("%1", str(hours))
    days = hours // 24
    if days == 1:
        return translate("SyncTexts", "gestern")
    if days < 7:
        return translate("SyncTexts", "vor %1 Tagen").replace("%1", str(days))
    return translate("SyncTexts", "am %1").replace("%1", local_time(moment)[:10])


def device_name(device: str, *, own: bool, advisers: dict[str, str] | None = None) -> str:
    """'dieser Laptop' or 'Laptop 1a2b3c4d' (with the adviser's name when known)."""
    if own:
        return translate("SyncTexts", "dieser Laptop")
    name = translate("SyncTexts", "Laptop %1").replace("%1", device[:8])
    adviser = (advisers or {}).get(device, "")
    return f"{adviser} ({name})" if adviser else name


def language() -> str:
    return i18n.current_language()
