"""(d) The consultation protocol PDF: ``render_protocol`` for a typical protocol (the short
example, about three pages) and a long one (120 next steps, 20 pages), each beside a bare
ReportLab document of the same text (SimpleDocTemplate + one Paragraph per text, same
embedded TTF font, no tables, images, outline or page furniture), timed alternately in the
same process after a warm-up. Targets: under 0.3 s and under 1.5 s (medians).

    python tests/benchmarks/bench_protocol.py [--runs 15]
"""

from __future__ import annotations

import argparse
import functools
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from common import median, print_table

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:  # the example protocols live in tests/protocol_examples.py
    sys.path.insert(0, str(TESTS))

from protocol_examples import long_protocol, short_protocol  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from advisor_app.reports import ProtocolData, render_protocol  # noqa: E402
from advisor_app.reports.fonts import register_fonts  # noqa: E402
from advisor_app.reports.protocol_body import answer_lines  # noqa: E402

TARGETS = {"short": 0.3, "long": 1.5}  # seconds


def plain_texts(data: ProtocolData) -> list[str]:
    """The protocol's text, one string per paragraph (what the bare document prints)."""
    texts = [data.letterhead.office_name, *data.letterhead.address_lines, "Beratungsprotokoll",
             data.municipality.name, data.place, *data.advisers]
    texts += [f"{p.name} – {p.role}, {p.organisation}" for p in data.participants]
    texts += [data.template_title, *data.summary.split("\n\n")]
    for section in data.sections:
        texts.append(section.title)
        for q in section.questions:
            texts += [q.text, " ".join(answer_lines(q, data.lang)) or "— keine Antwort"]
        texts.append(section.note)
    texts += data.recommendations.split("\n\n")
    texts += [f"{a.author} {a.reason} {a.text}" for a in data.amendments]
    texts += [f"{i} {s.what} {s.responsible} {s.organisation} {s.due_date} {s.status}"
              for i, s in enumerate(data.next_steps, start=1)]
    texts += [f"{a.filename} {a.caption} {a.size}" for a in data.attachments]
    return [t for t in texts if t.strip()]


def bare_pdf(texts: list[str]) -> bytes:
    fonts = register_fonts()
    style = ParagraphStyle("bare", fontName=fonts.regular, bulletFontName=fonts.regular,
                           fontSize=9.5, leading=13.5, spaceAfter=4)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, initialFontName=fonts.regular, invariant=1)
    doc.build([Paragraph(escape(text).replace("\n", "<br/>"), style) for text in texts])
    return buffer.getvalue()


def _time(fn: Callable[[], bytes]) -> tuple[float, bytes]:
    started = time.perf_counter()
    pdf = fn()
    return time.perf_counter() - started, pdf


def measure(runs: int = 15) -> dict[str, Any]:
    result: dict[str, Any] = {"runs": runs}
    for kind, data in (("short", short_protocol()), ("long", long_protocol())):
        texts = plain_texts(data)
        protocol, bare = render_protocol(data), bare_pdf(texts)  # warm-up
        protocol_s: list[float] = []
        bare_s: list[float] = []
        for _ in range(runs):  # alternately, so drift on a noisy machine hits both alike
            seconds, protocol = _time(functools.partial(render_protocol, data))
            protocol_s.append(seconds)
            seconds, bare = _time(functools.partial(bare_pdf, texts))
            bare_s.append(seconds)
        result[kind] = {
            "protocol": median(protocol_s), "bare": median(bare_s),
            "ratio": median(protocol_s) / median(bare_s),
            "pages": len(PdfReader(io.BytesIO(protocol)).pages),
            "bare_pages": len(PdfReader(io.BytesIO(bare)).pages),
            "kb": len(protocol) / 1024, "bare_kb": len(bare) / 1024,
        }
    return result


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    n = result["runs"]
    for kind, name in (("short", "typical"), ("long", "long")):
        r = result[kind]
        ok = r["protocol"] < TARGETS[kind]
        out += [
            (f"protocol PDF, {name} ({r['pages']} pages, {r['kb']:.0f} KB), median of {n}",
             f"{r['protocol'] * 1000:.0f} ms", f"< {TARGETS[kind] * 1000:.0f} ms",
             "OK" if ok else "MISSED"),
            (f"  bare ReportLab, same text ({r['bare_pages']} pages, {r['bare_kb']:.0f} KB)",
             f"{r['bare'] * 1000:.0f} ms", "", ""),
            ("  ratio protocol / bare", f"{r['ratio']:.2f}x", "", ""),
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print_table("Consultation protocol PDF (render_protocol, in process)",
                rows(measure(args.runs)))


if __name__ == "__main__":
    main()
