"""The English catalogue: every marked text of ui/ is in the .ts, every .ts message has an
English translation, and the shipped .qm holds exactly those translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "advisor_app_en.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <translation> of every current message (not obsolete ones)."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation
    return found


def english(translation: ET.Element) -> list[str]:
    """The English text, or the plural forms (one, other) of a "%n" text."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate")
    candidate = Path(sys.executable).with_name("pyside6-lupdate")
    assert found or candidate.exists(), "pyside6-lupdate (PySide6-Essentials) is missing"
    return found or str(candidate)


def test_every_message_has_an_english_translation() -> None:
    found = messages(TS)
    assert len(found) > 200
    untranslated = [key for key, tr in found.items()
                    if tr.get("type") == "unfinished"
                    or not all(text.strip() for text in english(tr))]
    assert untranslated == []


def test_the_catalogue_holds_every_text_marked_in_the_sources(tmp_path: Path) -> None:
    """Fails when a text was marked (or changed) without regenerating the .ts."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate(), *sources, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    assert set(messages(fresh)) == set(messages(TS))


def test_the_compiled_qm_translates_every_message(qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(i18n.qm_path("en"))
    wrong = [(context, source) for (context, source), tr in messages(TS).items()
             if [translator.translate(context, source, None, n)  # n: one, other
                 for n in (1, 2)[:len(english(tr))]] != english(tr)]
    assert wrong == []
