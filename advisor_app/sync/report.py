"""The outcome of one sync run (``SyncReport``) and its German summary for the CLI and GUI.

Plain data, no I/O: the engine fills it, the command line prints ``summary_lines()``, the
window shows the same lines and reads the fields for its status indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SyncStatus(StrEnum):
    OK = "ok"
    SHARE_UNAVAILABLE = "share_unavailable"  # share folder missing, unreachable, vanished
    SPACE_MISSING = "space_missing"  # folder exists, no sync space (e.g. unmounted share)
    WRONG_SPACE = "wrong_space"  # a different sync space than this laptop's
    UPDATE_REQUIRED = "update_required"  # received, but nothing published (newer app needed)
    PAUSED_FAILSAFE = "paused_failsafe"  # too many deletions/overwrites: nothing applied
    PROBLEMS = "problems"  # some laptop's stream stopped (corrupt file, gap, ...)

    @property
    def label_de(self) -> str:
        return _LABELS[self]


_LABELS = {
    SyncStatus.OK: "Abgleich abgeschlossen",
    SyncStatus.SHARE_UNAVAILABLE: "Freigabe nicht erreichbar",
    SyncStatus.SPACE_MISSING: "Kein Synchronisationsbereich (Freigabe nicht verbunden?)",
    SyncStatus.WRONG_SPACE: "Falsche Freigabe",
    SyncStatus.UPDATE_REQUIRED: "Update erforderlich",
    SyncStatus.PAUSED_FAILSAFE: "Angehalten: Bestätigung nötig",
    SyncStatus.PROBLEMS: "Abgleich mit Problemen",
}

TABLE_LABELS_DE = {
    "regierungsbezirk": "Regierungsbezirke",
    "kreis": "Kreise",
    "municipality": "Gemeinden",
    "partner_region": "Partnerregionen",
    "partnership": "Partnerschaften",
    "contact": "Kontakte",
    "climate_project": "Klimaprojekte",
}


def table_label(table: str) -> str:
    return TABLE_LABELS_DE.get(table, table)


@dataclass(frozen=True)
class TableImpact:
    """What the incoming changes would do to existing live records of one table."""

    table: str
    live: int
    deleted: int
    overwritten: int

    @property
    def affected(self) -> int:
        return self.deleted + self.overwritten


@dataclass
class SyncReport:
    status: SyncStatus = SyncStatus.OK
    device_id: str = ""
    space_id: str = ""
    dry_run: bool = False
    sent_files: int = 0
    sent_changes: int = 0
    received_files: int = 0
    received_changes: int = 0
    applied: int = 0  # field values taken over (incl. new records' fields)
    inserted: int = 0  # records new on this laptop
    lost: int = 0  # incoming values that lost the merge (kept in the history)
    new_conflicts: int = 0
    conflicts: int = 0  # open conflicts after the run
    revived: int = 0  # deleted records brought back (edited elsewhere, or children added)
    quarantined: int = 0  # changes held back: stamped more than 24 h in the future
    released: int = 0  # formerly quarantined changes applied in this run
    pending: int = 0  # local changes not yet on the share after the run
    waiting: dict[str, int] = field(default_factory=dict)  # device -> files held back
    impacts: list[TableImpact] = field(default_factory=list)
    clock_skew_s: float | None = None
    new_device_id: str = ""  # set when a reused device id was replaced
    purges_sent: int = 0  # GDPR erasure orders of this laptop put on the share
    purges_applied: int = 0  # erasure orders of other laptops carried out here
    bootstrapped_from: str = ""  # snapshot merged in this run (new laptop, or a gap)
    snapshot_written: str = ""  # snapshot this run put on the share
    pruned_files: int = 0  # files removed from the share (covered by a verified snapshot)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is SyncStatus.OK

    def summary_lines(self) -> list[str]:
        """German lines: what was sent, received, merged and flagged."""
        prefix = "Probelauf (nichts gespeichert): " if self.dry_run else ""
        lines = [f"{prefix}{self.status.label_de}."]
        if self.status in (SyncStatus.SHARE_UNAVAILABLE, SyncStatus.SPACE_MISSING,
                           SyncStatus.WRONG_SPACE) and not (self.sent_files
                                                            or self.received_files):
            lines += self.problems
            return lines
        verb = "würden" if self.dry_run else ""
        sent = "Zu senden" if self.dry_run else "Gesendet"
        got = "Zu empfangen" if self.dry_run else "Empfangen"
        lines.append(f"{sent}: {self.sent_changes} Änderung(en) in {self.sent_files} Datei(en).")
        lines.append(f"{got}: {self.received_changes} Änderung(en) in "
                     f"{self.received_files} Datei(en).")
        if self.received_changes or self.applied:
            merged = (f"Übernommen: {self.applied} Feldwert(e), {self.inserted} neue(r) "
                      f"Datensatz/Datensätze")
            if self.lost:
                merged += f"; {self.lost} ältere Wert(e) nur in den Verlauf"
            lines.append(merged + (f" ({verb} übernommen)" if verb else "") + ".")
        if self.bootstrapped_from:
            lines.append(f"Gesamtstand übernommen: {self.bootstrapped_from} (danach die neueren "
                         "Änderungen).")
        if self.purges_sent or self.purges_applied:
            lines.append(f"DSGVO-Löschaufträge: {self.purges_sent} gesendet, "
                         f"{self.purges_applied} hier ausgeführt.")
        if self.snapshot_written:
            lines.append(f"Gesamtstand auf der Freigabe gespeichert: {self.snapshot_written}"
                         + (f"; {self.pruned_files} abgedeckte Datei(en) entfernt."
                            if self.pruned_files else "."))
        if self.revived:
            lines.append(f"Wiederhergestellt: {self.revived} gelöschte(r) Datensatz/Datensätze "
                         "(anderswo bearbeitet oder ergänzt) – bitte prüfen.")
        if self.new_conflicts:
            lines.append(f"Neue Konflikte: {self.new_conflicts}.")
        if self.conflicts:
            lines.append(f"Offene Konflikte: {self.conflicts} (anzeigen: advisor-app conflicts "
                         "list).")
        if self.quarantined:
            lines.append(f"Zurückgehalten: {self.quarantined} Änderung(en) mit einer Uhrzeit "
                         "mehr als 24 Stunden in der Zukunft.")
        if self.released:
            lines.append(f"Nachträglich übernommen: {self.released} zurückgehaltene "
                         "Änderung(en).")
        for device, files in sorted(self.waiting.items()):
            lines.append(f"Wartet: {files} Datei(en) von Gerät {device[:8]} warten auf "
                         "Änderungen, die noch fehlen.")
        if self.status is SyncStatus.PAUSED_FAILSAFE:
            lines.append("Der Abgleich würde viele vorhandene Datensätze löschen oder "
                         "überschreiben; es wurde nichts übernommen:")
            for impact in self.impacts:
                lines.append(f"  {table_label(impact.table)}: {impact.deleted} gelöscht, "
                             f"{impact.overwritten} überschrieben (von {impact.live} "
                             "vorhandenen)")
            lines.append("Zum Übernehmen erneut mit --yes aufrufen.")
        if self.pending:
            lines.append(f"Noch nicht gesendet: {self.pending} lokale Änderung(en).")
        if self.new_device_id:
            lines.append(f"Neue Gerätekennung: {self.new_device_id} (die bisherige wurde von "
                         "einem anderen Laptop mitbenutzt).")
        lines += [f"Problem: {p}" for p in self.problems]
        lines += [f"Hinweis: {w}" for w in self.warnings]
        return lines
