"""Fill resources/i18n/advisor_app_en.ts from the English texts in en_texts.py, then compile.

    pyside6-lupdate ui/*.py ui/*/*.py -ts resources/i18n/advisor_app_en.ts   # collect texts
    python resources/i18n/fill_en.py                                   # translate + compile

Texts without an English entry stay "unfinished" (shown in German) and are listed. A text
with "%n" (``tr(text, "", n)``) takes a tuple of English plural forms (one, other)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from en_texts import EN  # noqa: E402

TS = HERE / "advisor_app_en.ts"
QM = HERE / "advisor_app_en.qm"


def fill() -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = EN.get((name, source))
            forms = translation.findall("numerusform")
            if text is None or isinstance(text, tuple) != bool(forms):
                missing.append((name, source))
                continue
            if forms:  # a "%n" text: one English form per plural form (one, other)
                if len(text) != len(forms):
                    raise SystemExit(f"[{name}] {source!r}: {len(forms)} plural forms needed")
                for form, plural in zip(forms, text, strict=True):
                    form.text = plural
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        candidate = Path(sys.executable).with_name("pyside6-lrelease")
        found = str(candidate) if candidate.exists() else None
    if found is None:
        raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")
    return found


if __name__ == "__main__":
    for context, source in fill():
        print(f"untranslated: [{context}] {source!r}")
    subprocess.run([lrelease(), str(TS), "-qm", str(QM)], check=True)
