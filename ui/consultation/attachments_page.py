"""Page "Anhänge" of the visit: photos and documents (type and size checked by the service,
problems shown in German), opened with the system's viewer, removed with undo; photos
show a thumbnail.

Keyboard: Einfg adds files, Enter opens, Entf removes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from advisor_app.domain.validation import ValidationError
from advisor_app.persistence.database import Database
from advisor_app.services import consultation_files as files
from ui import dialogs
from ui.consultation.context import VisitContext
from ui.consultation.edit_models import AttachmentModel
from ui.consultation.page_base import ConsultationPage, reason_of
from ui.consultation.tables import UndoBar, make_table
from ui.municipalities.record_table import set_column_widths

if TYPE_CHECKING:
    from advisor_app.services.consultation_dto import AttachmentRow, ConsultationDetail

THUMB = 48
FILE_FILTER = ("*.png *.jpg *.jpeg *.pdf *.docx *.xlsx *.pptx *.odt *.ods *.txt")


def too_big(name: str, size: int) -> str:
    megabytes = f"{size / 1048576:.1f}".replace(".", ",")
    return (f"Die Datei „{name}“ ist zu groß ({megabytes} MB; höchstens "
            f"{files.MAX_ATTACHMENT_BYTES // 1048576} MB).")


def attach_files(db: Database, consultation_id: str, paths: list[str], caption: str
                 ) -> tuple[list[str], list[str]]:
    """Worker thread: attach each file; (new ids, German problems). A file over the limit
    is not even read."""
    added, problems = [], []
    for path in paths:
        name = Path(path).name
        try:
            size = os.path.getsize(path)
            if size > files.MAX_ATTACHMENT_BYTES:
                raise ValidationError({"file": too_big(name, size)})
            data = Path(path).read_bytes()
            added.append(files.add_attachment(db, consultation_id, name, data, caption=caption))
        except OSError as exc:
            problems.append(f"„{name}“ kann nicht gelesen werden: {exc.strerror or exc}")
        except ValueError as exc:
            problems.append(reason_of(exc))
    return added, problems


def thumbnail(db: Database, attachment_id: str) -> QImage:
    """Worker thread: a small picture of a photo (QImage is safe off the GUI thread)."""
    image = QImage.fromData(files.attachment_content(db, attachment_id))
    return image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def write_temp(db: Database, row: AttachmentRow) -> Path:
    """Worker thread: the attachment as a file for the system's viewer."""
    folder = Path(tempfile.mkdtemp(prefix="advisor-app-"))
    path = folder / row.filename
    path.write_bytes(files.attachment_content(db, row.id))
    return path


def open_externally(path: Path) -> None:
    """Show a file with the program the system uses for it (patched in tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentsPage(ConsultationPage):
    KEY = "attachments"
    last_folder = str(Path.home())

    def __init__(self, ctx: VisitContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._requested: set[str] = set()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.model = AttachmentModel(self)
        self.table = make_table(self.model, self, editable=False)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button = QPushButton(self)  # created in visual order: the Tab order
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo = UndoBar(self)
        self.caption_label = QLabel(self)
        self.caption = QLineEdit(self)
        self.caption.setMaxLength(500)
        self.caption_label.setBuddy(self.caption)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_files)
        add_row = QHBoxLayout()
        add_row.addWidget(self.caption_label)
        add_row.addWidget(self.caption, 1)
        add_row.addWidget(self.add_button)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(add_row)
        self.open_action = self._table_action([Qt.Key.Key_Return, Qt.Key.Key_Enter],
                                              self.open_current)
        self.delete_action = self._table_action([Qt.Key.Key_Delete], self.remove_current)
        self.insert_action = QAction(self)
        self.insert_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.insert_action.triggered.connect(self.add_files)
        self.addAction(self.insert_action)
        self.caption.returnPressed.connect(self.add_files)
        set_column_widths(self.table, ("IMG_20250312_104512_Ratssaal.jpg", "Dokument",
                                       "10,0 MB", "Flipchart"))
        self.table.setColumnWidth(AttachmentModel.FILE,
                                  self.table.columnWidth(AttachmentModel.FILE) + THUMB + 8)
        self.retranslate()
        self.apply_read_only(self.read_only)

    def _table_action(self, keys: list[Qt.Key], slot: object) -> QAction:
        action = QAction(self.table)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Anhänge")

    def show_detail(self, detail: ConsultationDetail) -> None:
        rows = [a for a in detail.attachments if a.kind == "attachment"]
        self.model.set_rows(rows)
        db = self.ctx.db
        for row in rows:
            if row.media_type.startswith("image/") and row.id not in self._requested:
                self._requested.add(row.id)
                self.ctx.ops.run(lambda aid=row.id: thumbnail(db, aid),
                                 on_success=lambda image, aid=row.id: self._thumb(aid, image),
                                 on_failure=lambda _exc: None)

    def _thumb(self, attachment_id: str, image: QImage) -> None:
        if not image.isNull():
            self.model.set_thumbnail(attachment_id, QIcon(QPixmap.fromImage(image)))

    def apply_read_only(self, read_only: bool) -> None:
        for widget in (self.caption_label, self.caption, self.add_button, self.remove_button):
            widget.setVisible(not read_only)
        self.undo.clear()
        self.insert_action.setEnabled(not read_only)
        self.delete_action.setEnabled(not read_only)

    # --- actions --------------------------------------------------------------------------
    def current(self) -> AttachmentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_files(self) -> None:
        if self.read_only:
            return
        paths = dialogs.pick_files(self, self.tr("Fotos und Dokumente anhängen"),
                                   type(self).last_folder,
                                   self.tr("Fotos und Dokumente (%1);;Alle Dateien (*)")
                                   .replace("%1", FILE_FILTER))
        if not paths:
            return
        type(self).last_folder = str(Path(paths[0]).parent)
        db, cid, caption = self.ctx.db, self.ctx.consultation_id, self.caption.text()

        def done(result: tuple[list[str], list[str]]) -> None:
            added, problems = result
            if added:
                self.caption.clear()
            self.refresh()
            self.show_error("\n".join(problems))

        self.run(lambda: attach_files(db, cid, paths, caption), done)

    def open_current(self) -> None:
        row = self.current()
        if row is not None:
            db = self.ctx.db
            self.ctx.ops.run(lambda: write_temp(db, row), on_success=open_externally,
                             on_failure=lambda exc: self.show_error(reason_of(exc)))

    def remove_current(self) -> None:
        row = self.current()
        if row is None or self.read_only:
            return
        db, cid = self.ctx.db, self.ctx.consultation_id

        def remove() -> bytes:
            data = files.attachment_content(db, row.id)
            files.remove_attachment(db, row.id)
            return data

        def removed(data: bytes) -> None:
            self.undo.offer(self.tr("„%1“ entfernt.").replace("%1", row.filename), lambda: self.run(
                lambda: files.add_attachment(db, cid, row.filename, data, caption=row.caption),
                lambda _id: self.refresh()))
            self.refresh()

        self.run(remove, removed)

    # --- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.hint.setText(self.tr("Fotos (PNG, JPEG) und Dokumente (PDF, DOCX, XLSX, PPTX, ODT, "
                                  "ODS, TXT) bis %1 MB je Datei. Sie werden mit der Beratung "
                                  "gespeichert und synchronisiert.")
                          .replace("%1", str(files.MAX_ATTACHMENT_BYTES // 1048576)))
        self.table.setAccessibleName(self.tr("Anhänge der Beratung"))
        self.table.setToolTip(self.tr("Eingabetaste oder Doppelklick öffnet, Entf entfernt, "
                                      "Einfg fügt Dateien hinzu."))
        self.caption_label.setText(self.tr("Beschre&ibung:"))
        self.caption.setAccessibleName(self.tr("Beschreibung der nächsten Datei"))
        self.caption.setPlaceholderText(self.tr("optional, z. B. Flipchart Themensammlung"))
        self.add_button.setText(self.tr("Datei &hinzufügen…"))
        self.add_button.setAccessibleName(self.tr("Fotos oder Dokumente hinzufügen"))
        self.add_button.setToolTip(self.tr("Einfg"))
        self.open_button.setText(self.tr("Öffn&en"))
        self.open_button.setAccessibleName(self.tr("Gewählten Anhang öffnen"))
        self.remove_button.setText(self.tr("E&ntfernen"))
        self.remove_button.setAccessibleName(self.tr("Gewählten Anhang entfernen"))
