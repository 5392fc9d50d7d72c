"""Reports: frozen report data -> ReportLab renderer -> PDF bytes (Qt-free).

The consultation protocol: fill a ``ProtocolData`` (see ``protocol_data`` for the
conventions) and call ``render_protocol(data)``.
"""

from advisor_app.reports.protocol_data import (
    AnswerValue,
    Letterhead,
    MunicipalityInfo,
    Participant,
    ProtocolAmendment,
    ProtocolAttachment,
    ProtocolData,
    ProtocolLang,
    ProtocolNextStep,
    ProtocolQuestion,
    ProtocolSection,
    ProtocolSignature,
)
from advisor_app.reports.protocol_renderer import ProtocolRenderer, render_protocol

__all__ = [
    "AnswerValue", "Letterhead", "MunicipalityInfo", "Participant", "ProtocolAmendment",
    "ProtocolAttachment", "ProtocolData", "ProtocolLang", "ProtocolNextStep", "ProtocolQuestion",
    "ProtocolRenderer", "ProtocolSection", "ProtocolSignature", "render_protocol",
]
