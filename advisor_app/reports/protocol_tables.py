"""The tabular parts of the protocol: next steps, attachments, signatures."""

from __future__ import annotations

from typing import Any, TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from advisor_app.domain.enums import NextStepStatus
from advisor_app.domain.formatting import format_date, format_datetime, format_size
from advisor_app.reports.protocol_data import ProtocolData, ProtocolSignature
from advisor_app.reports.protocol_labels import Labels
from advisor_app.reports.protocol_styles import Colours, ProtocolStyles, table_style
from advisor_app.reports.protocol_text import Heading, heading, image_flowable, markup, table

__all__ = ["TableBuilder"]

THUMB_WIDTH = 34 * mm
THUMB_HEIGHT = 25 * mm
SIGNATURE_HEIGHT = 18 * mm
SIGNATURE_GAP = 14 * mm
HEADING_HEIGHT = 40.0  # points: a heading with its space before and after
GRID_PAD_X = 8.0  # left + right cell padding of the next-steps and attachments tables
GRID_PAD_Y = 8.0  # top + bottom
Cell: TypeAlias = Any  # a table cell: a flowable or a list of flowables (untyped ReportLab)


class TableBuilder:
    """Builds the flowables of the tabular parts for one ``ProtocolData``."""

    def __init__(self, data: ProtocolData, styles: ProtocolStyles, width: float) -> None:
        self.data = data
        self.styles = styles
        self.width = width
        self.labels = Labels(data.lang)

    def _cell(self, text: str) -> Paragraph:
        return Paragraph(markup(text) or "–", self.styles.table_cell)

    def _head(self, key: str) -> Paragraph:
        return Paragraph(markup(self.labels(key)), self.styles.table_head)

    def _heading_and_grid(self, key: str, rows: list[list[Cell]], widths: list[float]
                          ) -> list[Flowable]:
        """The heading, kept on the page with the table's header and first row (a table
        moves to the next page when not even those fit)."""
        start = self._grid(rows[:2], widths)
        _, start_height = start.wrap(self.width, 10_000)
        room = start_height + HEADING_HEIGHT
        return [*heading(self.labels(key), self.styles.heading, key, room),
                self._grid(rows, widths)]

    def _grid(self, rows: list[list[Cell]], widths: list[float]) -> Table:
        """Header row (repeated on every page) on the accent colour, zebra body rows."""
        grid = table(rows, widths, pad_x=GRID_PAD_X, pad_y=GRID_PAD_Y, repeat_rows=1,
                     exact=True)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), Colours.accent),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, Colours.hairline),
            ("LEFTPADDING", (0, 0), (-1, -1), GRID_PAD_X / 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PAD_X / 2),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), GRID_PAD_Y - 3.5),
        ]
        commands += [("BACKGROUND", (0, row), (-1, row), Colours.zebra)
                     for row in range(2, len(rows), 2)]
        grid.setStyle(table_style(self.styles.fonts, commands))
        return grid

    # -- next steps -------------------------------------------------------------------
    def next_steps(self) -> list[Flowable]:
        data, s, t = self.data, self.styles, self.labels
        if not data.next_steps:
            return [*heading(t("next_steps"), s.heading, "next_steps"),
                    Paragraph(markup(t("no_next_steps")), s.body)]
        rows: list[list[Cell]] = [[self._head(k) for k in (
            "col_no", "col_what", "col_responsible", "col_organisation", "col_due",
            "col_status")]]
        for number, step in enumerate(data.next_steps, start=1):
            what: list[Flowable] = [self._cell(step.what)]
            if step.carried_over_from is not None:
                mark = t("carried_over", date=format_date(step.carried_over_from, data.lang))
                what.append(Paragraph(markup(mark), s.table_mark))
            due = format_date(step.due_date, data.lang) if step.due_date else ""
            status = Paragraph(markup(step.status.label(data.lang)),
                               s.table_mark if step.status is NextStepStatus.DROPPED
                               else s.table_cell)
            rows.append([self._cell(str(number)), what, self._cell(step.responsible),
                         self._cell(step.organisation), self._cell(due), status])
        fixed = [8 * mm, 30 * mm, 33 * mm, 19 * mm, 17 * mm]
        widths = [fixed[0], self.width - sum(fixed), *fixed[1:]]
        return self._heading_and_grid("next_steps", rows, widths)

    # -- attachments ------------------------------------------------------------------
    def attachments(self) -> list[Flowable]:
        data, s = self.data, self.styles
        if not data.attachments:
            return []
        with_preview = any(a.image for a in data.attachments)
        keys = ["col_no", "col_preview", "col_file", "col_size"]
        if not with_preview:
            keys.remove("col_preview")
        rows: list[list[Cell]] = [[self._head(k) for k in keys]]
        for number, attachment in enumerate(data.attachments, start=1):
            described: list[Flowable] = [self._cell(attachment.filename)]
            if attachment.caption.strip():
                described.append(Paragraph(markup(attachment.caption), s.muted))
            row: list[Cell] = [self._cell(str(number)), described,
                               self._cell(format_size(attachment.size, data.lang))]
            if with_preview:
                thumb = (image_flowable(attachment.image, THUMB_WIDTH - 8, THUMB_HEIGHT)
                         if attachment.image else None)
                row.insert(1, thumb or Spacer(1, 1))
            rows.append(row)
        fixed = [8 * mm, THUMB_WIDTH, 20 * mm] if with_preview else [8 * mm, 20 * mm]
        widths = [*fixed[:-1], self.width - sum(fixed), fixed[-1]]
        return self._heading_and_grid("attachments", rows, widths)

    # -- signatures -------------------------------------------------------------------
    def signatures(self) -> list[Flowable]:
        """Adviser and municipality side by side, row by row so that lines align: label,
        party, signature (image or room to sign), then name and time under the line, or
        the captions of the lines to fill in by hand."""
        data, s, t = self.data, self.styles, self.labels
        sides = [(t("sign_adviser"), data.letterhead.office_name, data.adviser_signature),
                 (t("sign_municipality"), data.municipality.name,
                  data.municipality_signature)]
        column = (self.width - SIGNATURE_GAP) / 2
        columns = [self._signature_column(*side, column) for side in sides]
        rows = [[left, Spacer(1, 1), right] for left, right in zip(*columns, strict=True)]
        table = Table(rows, colWidths=[column, SIGNATURE_GAP, column], hAlign="LEFT")
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 2), (-1, 2), 2),
        ]
        for col, (_label, _party, signature) in zip((0, 2), sides, strict=True):
            commands.append(("LINEABOVE", (col, 3), (col, 3), 0.6, Colours.text))
            if _signs_on_paper(signature):
                commands.append(("LINEABOVE", (col, 5), (col, 5), 0.6, Colours.text))
        table.setStyle(table_style(s.fonts, commands))
        return [KeepTogether([Heading(t("signatures"), s.heading, "signatures"), table])]

    def _signature_column(self, label: str, party: str, signature: ProtocolSignature | None,
                          width: float) -> list[Flowable]:
        """Six cells: label, party, signature area, text under the line, second text,
        (when signing on paper) the caption under the name line."""
        s, t = self.styles, self.labels
        area: Flowable = Spacer(1, SIGNATURE_HEIGHT + 4 * mm)
        if signature is not None and signature.image_png:
            area = image_flowable(signature.image_png, width, SIGNATURE_HEIGHT) or area
        cells: list[Flowable] = [Paragraph(markup(label), s.signature_label),
                                 Paragraph(markup(party), s.muted), area]
        if signature is None or _signs_on_paper(signature):
            return [*cells, Paragraph(markup(t("sign_place_date")), s.muted),
                    Spacer(1, 10 * mm), Paragraph(markup(t("sign_name")), s.muted)]
        who = ", ".join(x for x in (signature.name.strip(), signature.role.strip()) if x)
        when = (t("signed_at", when=format_datetime(signature.signed_at, self.data.lang))
                if signature.signed_at is not None else t("sign_place_date"))
        return [*cells, Paragraph(markup(who), s.small), Paragraph(markup(when), s.muted),
                Spacer(1, 1)]


def _signs_on_paper(signature: ProtocolSignature | None) -> bool:
    """No name given: the name is written by hand under a second line."""
    return signature is None or not signature.name.strip()

