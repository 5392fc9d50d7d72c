"""What the pages of the visit window share: the page contract (``load``, ``set_read_only``,
``edited``, ``title``), saving through the autosaver with the page's own keys, a message
line for problems, and fields that a reload must not overwrite while they are unsaved."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QWidget

from advisor_app.domain.validation import ValidationError
from ui import pyside_fix
from ui.consultation.context import VisitContext
from ui.consultation.tables import ERROR_STYLE

if TYPE_CHECKING:
    from advisor_app.services.consultation_dto import ConsultationDetail

pyside_fix.install()

_FIELD_PREFIX = re.compile(r"(^|; )[a-z_]+: ")


def reason_of(error: BaseException | str) -> str:
    """The German message of a failed service call, without the field names."""
    if isinstance(error, ValidationError):
        return " ".join(error.errors.values())
    return _FIELD_PREFIX.sub(r"\1", str(error)) or type(error).__name__


class ConsultationPage(QWidget):
    """Base of the pages. Subclasses set ``KEY`` (prefix of their autosave keys), build
    their widgets, and implement ``show_detail``, ``apply_read_only`` and ``title``."""

    edited = Signal()
    KEY: ClassVar[str] = "page"

    def __init__(self, ctx: VisitContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ConsultationDetail | None = None
        self.read_only = ctx.read_only
        self._unsaved: set[str] = set()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        ctx.saver.saved.connect(self._saved)
        ctx.saver.failed.connect(self._failed)

    # --- the page contract ----------------------------------------------------------------
    def load(self, detail: ConsultationDetail) -> None:
        self.detail = detail
        self.show_detail(detail)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.apply_read_only(read_only)

    def title(self) -> str:
        raise NotImplementedError

    def show_detail(self, detail: ConsultationDetail) -> None:
        raise NotImplementedError

    def apply_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    # --- saving ---------------------------------------------------------------------------
    def key(self, *parts: str) -> str:
        return ":".join((self.KEY, *parts))

    def save(self, key: str, call: Callable[[], Any], *, immediate: bool = False) -> None:
        """Autosave ``call`` under ``key`` (typing: debounced; choices: ``immediate``)."""
        self._unsaved.add(key)
        self.ctx.saver.save(key, call, immediate=immediate)
        self.edited.emit()

    def is_unsaved(self, key: str) -> bool:
        """Typed here but not yet written: a reload must keep what the field shows."""
        return key in self._unsaved

    def _saved(self, key: str, _result: object) -> None:
        self._unsaved.discard(key)

    def _failed(self, key: str, reason: str) -> None:
        if key.startswith(self.KEY + ":"):
            self._unsaved.discard(key)
            self.show_error(reason_of(reason))

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None], *,
            changed: Iterable[str] = ("consultation",)) -> None:
        """A write that needs its result (e.g. the new id): through the ops queue, after
        whatever the saver queued before; then the lists are told (``changed``)."""
        def done(result: Any) -> None:
            self.show_error("")
            on_success(result)
            tables = set(changed)
            if tables:
                self.ctx.ops.notify_changed(tables)
            self.edited.emit()

        self.ctx.ops.run(fn, on_success=done,
                         on_failure=lambda exc: self.show_error(reason_of(exc)))

    def refresh(self) -> None:
        """Load the consultation again (after adding or removing something)."""
        from advisor_app.services.consultations import consultation_detail

        db, cid = self.ctx.db, self.ctx.consultation_id
        self.ctx.ops.run(lambda: consultation_detail(db, cid), on_success=self.load,
                         on_failure=lambda exc: self.show_error(reason_of(exc)),
                         key=f"consultation-page:{self.KEY}:{cid}")

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- texts ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Subclasses set their texts here (called once at the end of their __init__)."""

