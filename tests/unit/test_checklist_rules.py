"""Checklist rules: conditional visibility (with cascading), required answers only for
visible questions, suggested next steps."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_app.checklist.loader import load_template
from advisor_app.checklist.model import ChecklistTemplate, Question
from advisor_app.checklist.rules import (
    effective_answers,
    missing_required,
    suggested_steps,
    visible_questions,
)

TEMPLATE = """\
id: regeln
version: 1
title: {de: "Regeln", en: "Rules"}
sections:
  - id: a
    title: {de: "A", en: "A"}
    questions:
      - id: beschluss
        type: yes_no
        text: {de: "Ratsbeschluss?", en: "Council resolution?"}
        required: true
        suggests:
          - when: "beschluss == 'no'"
            step: {de: "Ratsbeschluss vorbereiten", en: "Prepare a council resolution"}
          - when: "beschluss in ['no', 'unknown']"
            step: {de: "Politik einbinden", en: "Involve the council"}
      - id: datum
        type: date
        text: {de: "Datum des Beschlusses", en: "Date of the resolution"}
        required: true
        show_if: "beschluss in ['yes', 'partly']"
      - id: themen
        type: multiple_choice
        text: {de: "Themen", en: "Themes"}
        options:
          - {value: energie, label: {de: "Energie", en: "Energy"}}
          - {value: wasser, label: {de: "Wasser", en: "Water"}}
        show_if: "answered(datum)"
        suggests:
          - when: "contains(themen, 'energie')"
            step: {de: "Energieagentur ansprechen", en: "Contact the energy agency"}
  - id: b
    title: {de: "B", en: "B"}
    questions:
      - id: kwh
        type: number
        text: {de: "Einsparung", en: "Savings"}
        required: true
        show_if: "contains(themen, 'energie')"
        suggests:
          - when: "kwh < 100"
            step: {de: "Ziel erhöhen", en: "Raise the target"}
      - id: notiz
        type: long_text
        text: {de: "Notiz", en: "Note"}
"""


@pytest.fixture
def template(tmp_path: Path) -> ChecklistTemplate:
    path = tmp_path / "regeln.yaml"
    path.write_text(TEMPLATE, encoding="utf-8")
    return load_template(path)


def ids(questions: list[Question]) -> list[str]:
    return [q.id for q in questions]


def test_conditional_questions_appear_and_disappear(template: ChecklistTemplate) -> None:
    answers: dict[str, object] = {}
    assert ids(visible_questions(template, answers)) == ["beschluss", "notiz"]
    answers["beschluss"] = "partly"
    assert ids(visible_questions(template, answers)) == ["beschluss", "datum", "notiz"]
    answers["datum"] = "2026-05-04"
    answers["themen"] = ["wasser", "energie"]
    assert ids(visible_questions(template, answers)) == [
        "beschluss", "datum", "themen", "kwh", "notiz"]
    answers["themen"] = ["wasser"]
    assert ids(visible_questions(template, answers)) == ["beschluss", "datum", "themen", "notiz"]
    answers["beschluss"] = "no"
    assert ids(visible_questions(template, answers)) == ["beschluss", "notiz"]


def test_hiding_cascades_and_stale_answers_do_not_count(template: ChecklistTemplate) -> None:
    # Answers given while datum was visible stay stored but count as unanswered once hidden.
    answers = {"beschluss": "no", "datum": "2026-05-04", "themen": ["energie"], "kwh": 50}
    assert ids(visible_questions(template, answers)) == ["beschluss", "notiz"]
    assert effective_answers(template, answers) == {"beschluss": "no"}
    assert "Ziel erhöhen" not in suggested_steps(template, answers)


def test_required_only_for_visible_questions(template: ChecklistTemplate) -> None:
    assert ids(missing_required(template, {})) == ["beschluss"]
    assert ids(missing_required(template, {"beschluss": "no"})) == []
    assert ids(missing_required(template, {"beschluss": "yes"})) == ["datum"]
    assert ids(missing_required(template, {"beschluss": "yes", "datum": "  "})) == ["datum"]
    answers = {"beschluss": "yes", "datum": "2026-05-04", "themen": ["energie"]}
    assert ids(missing_required(template, answers)) == ["kwh"]
    assert ids(missing_required(template, {**answers, "kwh": 0})) == []


def test_suggested_steps(template: ChecklistTemplate) -> None:
    assert suggested_steps(template, {}) == []
    assert suggested_steps(template, {"beschluss": "no"}) == [
        "Ratsbeschluss vorbereiten", "Politik einbinden"]
    assert suggested_steps(template, {"beschluss": "unknown"}, "en") == ["Involve the council"]
    answers = {"beschluss": "yes", "datum": "2026-05-04", "themen": ["energie"], "kwh": 40}
    assert suggested_steps(template, answers) == ["Energieagentur ansprechen", "Ziel erhöhen"]
    assert suggested_steps(template, {**answers, "kwh": 400}, "en") == [
        "Contact the energy agency"]
