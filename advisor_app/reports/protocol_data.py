"""The frozen data of a consultation protocol: the contract between the builder (database ->
``ProtocolData``) and the renderer (``ProtocolData`` -> PDF bytes, ``render_protocol``).

Conventions for whoever fills these classes:

- **Language.** ``ProtocolData.lang`` is ``"de"`` or ``"en"``. Every text that comes from the
  checklist template (section titles, question texts, option labels, units, the template
  title) and every label the builder chooses (``phase``) is passed *already in that
  language*, e.g. ``question.text.get(lang)``. Free texts (answers, notes, summary) are
  printed as typed. The renderer adds the fixed labels (headings, "Ja"/"Yes", step status
  names) and formats dates, times and numbers for ``lang`` (``26.11.2026``, ``1.234,5`` in
  German; ``26 Nov 2026``, ``1,234.5`` in English).
- **Answers** are typed values, not pre-formatted text (see ``ProtocolQuestion``), so yes/no,
  numbers, dates and ratings come out in the protocol's language and format.
- **Times** are printed as given (wall clock, no conversion): pass them in Europe/Berlin
  local time, naive or timezone-aware. ``generated_at`` also becomes the PDF creation date
  (with its UTC offset when it is aware).
- **Empty** strings and tuples mean "not given": the line or block is left out.
- **Order**: every tuple is printed in the order given.
- **Determinism**: equal ``ProtocolData`` gives a byte-identical PDF, so take
  ``document_id`` and ``generated_at`` from the database, never from the clock at render time.

The classes check their invariants in ``__post_init__`` and raise ``ValueError``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from advisor_app.checklist.model import RATING_RANGE, YES_NO_VALUES, QuestionType
from advisor_app.domain.enums import NextStepStatus

__all__ = [
    "AnswerValue", "Letterhead", "MunicipalityInfo", "Participant", "ProtocolAmendment",
    "ProtocolAttachment", "ProtocolData", "ProtocolLang", "ProtocolNextStep", "ProtocolQuestion",
    "ProtocolSection", "ProtocolSignature",
]

ProtocolLang = Literal["de", "en"]
AnswerValue = str | int | float | dt.date | tuple[str, ...]


@dataclass(frozen=True)
class Letterhead:
    """The office issuing the protocol (from the settings), printed at the top of page 1."""

    office_name: str  # "Koordinierungsstelle Kommunale Partnerschaften NRW"
    address_lines: tuple[str, ...] = ()  # street, town, phone / e-mail, web: one line each
    logo: bytes | None = None  # PNG or JPEG file content; drawn at most 45 x 18 mm

    def __post_init__(self) -> None:
        if not self.office_name.strip():
            raise ValueError("Letterhead.office_name must not be empty")


@dataclass(frozen=True)
class MunicipalityInfo:
    """The advised municipality."""

    name: str  # as printed: "Stadt Gladbeck"
    ags: str  # Amtlicher Gemeindeschlüssel, 8 digits: "05562014"
    kreis: str = ""  # as printed ("Kreis Recklinghausen"); "" for a kreisfreie Stadt


@dataclass(frozen=True)
class Participant:
    """A person who took part (adviser or municipal side or guest)."""

    name: str
    role: str = ""  # function / position: "Leiterin Internationales Büro"
    organisation: str = ""  # "Stadt Gladbeck"


@dataclass(frozen=True)
class ProtocolQuestion:
    """A question that was shown in the consultation, with its answer.

    ``value`` is ``None`` (or ``""`` / ``()``) when unanswered; otherwise, by ``type``:

    - ``YES_NO``: the code ``"yes"``, ``"no"``, ``"partly"`` or ``"unknown"`` (the renderer
      prints the label in the protocol's language);
    - ``SINGLE_CHOICE``: the chosen option's *label* (``str``, already localized);
    - ``MULTIPLE_CHOICE``: the chosen options' labels (``tuple[str, ...]``, template order);
    - ``SHORT_TEXT`` / ``LONG_TEXT``: the text (line breaks are kept);
    - ``NUMBER``: ``int`` or ``float`` (printed with ``unit``);
    - ``DATE``: ``datetime.date``;
    - ``RATING``: ``int`` 1-5.
    """

    question_id: str  # the template's question id (amendments refer to it)
    text: str  # localized question text
    type: QuestionType
    value: AnswerValue | None = None
    required: bool = False  # unanswered required questions are marked in the protocol
    unit: str = ""  # localized unit of a NUMBER question ("km", "Personen")
    # its position in the template's section (1-based), the number the visit window shows;
    # 0: counted among the shown questions
    number: int = 0

    def __post_init__(self) -> None:
        if self.is_answered and not _fits(self.type, self.value):
            raise ValueError(f"answer {self.value!r} does not fit question {self.question_id} "
                             f"of type {self.type.value}")

    @property
    def is_answered(self) -> bool:
        value = self.value
        if isinstance(value, str):
            return bool(value.strip())
        return value is not None and value != ()


def _fits(kind: QuestionType, value: object) -> bool:
    """Whether an answered ``value`` has the form ``ProtocolQuestion`` promises for ``kind``."""
    if kind is QuestionType.YES_NO:
        return value in YES_NO_VALUES
    if kind is QuestionType.MULTIPLE_CHOICE:
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        return isinstance(value, str)
    if kind is QuestionType.NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is QuestionType.DATE:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    low, high = RATING_RANGE
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


@dataclass(frozen=True)
class ProtocolSection:
    """A checklist section: only the questions that were shown (visible), in template order.
    A section without questions and without a note is still printed with its heading."""

    section_id: str
    title: str  # localized
    questions: tuple[ProtocolQuestion, ...] = ()
    note: str = ""  # the advisers' note on this section


@dataclass(frozen=True)
class ProtocolAmendment:
    """A correction made after the consultation was completed."""

    amended_at: dt.datetime
    author: str
    reason: str
    text: str
    question_id: str | None = None  # the corrected question, if any (its row is marked)


@dataclass(frozen=True)
class ProtocolNextStep:
    """A row of the next-steps table. Steps carried over from an earlier consultation of the
    municipality carry that consultation's date and are marked "aus Beratung vom ..."."""

    what: str
    responsible: str = ""
    organisation: str = ""
    due_date: dt.date | None = None
    status: NextStepStatus = NextStepStatus.OPEN
    carried_over_from: dt.date | None = None


@dataclass(frozen=True)
class ProtocolAttachment:
    """An attachment listed in the protocol; photos with their image bytes get a thumbnail."""

    filename: str
    media_type: str  # "image/jpeg", "application/pdf", ...
    size: int  # bytes
    caption: str = ""
    image: bytes | None = None  # PNG/JPEG content for the thumbnail; None: listed only


@dataclass(frozen=True)
class ProtocolSignature:
    """A signature given on the laptop. Without ``image_png`` the name and role are printed
    under an empty line to sign on paper."""

    name: str
    role: str = ""
    signed_at: dt.datetime | None = None
    image_png: bytes | None = None


@dataclass(frozen=True)
class ProtocolData:
    """Everything the protocol shows; see the module docstring for the conventions."""

    lang: ProtocolLang
    document_id: str  # printed in every footer and written to the PDF metadata
    generated_at: dt.datetime  # printed in the footer; the PDF creation date
    letterhead: Letterhead
    municipality: MunicipalityInfo
    held_at: dt.datetime  # date and start time of the consultation
    place: str
    advisers: tuple[str, ...]  # names of the advising staff
    participants: tuple[Participant, ...]
    template_title: str  # localized title of the checklist template
    template_version: int
    sections: tuple[ProtocolSection, ...]
    summary: str = ""
    recommendations: str = ""
    phase: str = ""  # localized label of the partnership phase discussed, if any
    amendments: tuple[ProtocolAmendment, ...] = ()
    next_steps: tuple[ProtocolNextStep, ...] = ()
    attachments: tuple[ProtocolAttachment, ...] = ()
    adviser_signature: ProtocolSignature | None = None
    municipality_signature: ProtocolSignature | None = None
    draft: bool = False  # consultation not completed: every page is marked as a draft

    def __post_init__(self) -> None:
        if self.lang not in ("de", "en"):
            raise ValueError(f"lang must be 'de' or 'en', not {self.lang!r}")
        if not self.document_id.strip():
            raise ValueError("document_id must not be empty")

    def question_numbers(self) -> dict[str, str]:
        """The printed number ("2.3") of every shown question, by question id."""
        return {q.question_id: f"{s}.{q.number or n}"
                for s, section in enumerate(self.sections, start=1)
                for n, q in enumerate(section.questions, start=1)}
