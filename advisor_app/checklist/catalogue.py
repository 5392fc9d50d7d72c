"""The templates an adviser can start a consultation with, and the parsed form of a stored
template source (cached: a consultation is opened many times, its template never changes)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from advisor_app.checklist.loader import TemplateError, parse_template
from advisor_app.checklist.model import ChecklistTemplate
from advisor_app.resources import resource_path

__all__ = ["TemplateSource", "available_templates", "parsed_template", "read_template_source"]


@dataclass(frozen=True)
class TemplateSource:
    """A template file's text with what identifies it (id, version, checksum)."""

    template: ChecklistTemplate
    source: str
    sha256: str
    path: Path | None = None


def read_template_source(path: str | Path) -> TemplateSource:
    """Read and check one template file; TemplateError names every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        from advisor_app.checklist.loader import Problem

        raise TemplateError([Problem(str(path), 1, f"Die Datei ist nicht lesbar: {exc}")]) from exc
    template, problems = parse_template(text, str(path), path.stem)
    if template is None:
        raise TemplateError(problems)
    return TemplateSource(template, text, hashlib.sha256(text.encode()).hexdigest(), path)


def available_templates(folder: Path | None = None) -> list[TemplateSource]:
    """The valid templates shipped in ``resources/checklists`` (or ``folder``), by title."""
    folder = folder or resource_path("checklists")
    found = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            found.append(read_template_source(path))
        except TemplateError:
            continue  # `checklist validate` reports it; an adviser cannot start with it
    return sorted(found, key=lambda t: t.template.title.de.casefold())


def parsed_template(source: str) -> ChecklistTemplate:
    """The template a stored source holds (it was valid when stored)."""
    template, problems = parse_template(source)
    if template is None:
        raise TemplateError(problems)
    return template
