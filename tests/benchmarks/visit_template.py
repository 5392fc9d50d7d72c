"""A generated checklist template for the visit benchmark: 10 sections of 20 questions of
every type (German and English texts, guidance, units and ranges, required questions,
conditions on the question before, suggested steps), valid for ``checklist validate``.

    python tests/benchmarks/visit_template.py > bench-visit-200.yaml
"""

from __future__ import annotations

from typing import Any

import yaml

TEMPLATE_ID = "bench-visit-200"
TYPES = ("yes_no", "single_choice", "multiple_choice", "short_text", "long_text", "number",
         "date", "rating")
WORDS = ("Partnerschaft", "Klimaschutz", "Rat", "Verwaltung", "Förderung", "Energie",
         "Mobilität", "Schulen", "Diaspora", "Handlungsprogramm", "Evaluation", "Wasser")


def _text(de: str, en: str) -> dict[str, str]:
    return {"de": de, "en": en}


def _question(section: int, number: int, previous: dict[str, Any] | None) -> dict[str, Any]:
    kind = TYPES[(section * 3 + number) % len(TYPES)]
    qid = f"s{section}_q{number}"
    word = WORDS[(section + number) % len(WORDS)]
    question: dict[str, Any] = {
        "id": qid, "type": kind,
        "text": _text(f"Frage {section + 1}.{number + 1}: Wie steht es um {word} in der "
                      f"Kommune, und was ist geplant?",
                      f"Question {section + 1}.{number + 1}: what about {word}?")}
    if number % 3 == 0:
        question["guidance"] = _text(
            f"Hinweis zu {word}: nach Beschlüssen, Zuständigkeiten und Zeitplan fragen; "
            "Beispiele aus anderen Kommunen nennen.", f"Guidance on {word}.")
    if number % 4 == 1:
        question["required"] = True
    if kind in ("single_choice", "multiple_choice"):
        question["options"] = [{"value": f"o{i}", "label": _text(f"Möglichkeit {i + 1}: {w}",
                                                                 f"Option {i + 1}")}
                               for i, w in enumerate(WORDS[:5 if kind == "single_choice"
                                                          else 6])]
    if kind == "number":
        question.update(unit=_text("Personen", "persons"), min=0, max=100000)
    if kind == "yes_no":
        question["suggests"] = [{"when": f"{qid} == 'no'",
                                 "step": _text(f"{word}: Gespräch mit der Verwaltungsspitze "
                                               "vereinbaren", f"{word}: arrange a meeting")}]
    if previous is not None and number % 5 == 4:  # conditional on the question before
        prev_id, prev_type = previous["id"], previous["type"]
        question["show_if"] = (f"{prev_id} in ['yes', 'partly']" if prev_type == "yes_no"
                               else f"answered({prev_id})")
        question.pop("required", None)
    return question


def template_dict(sections: int = 10, per_section: int = 20) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    for s in range(sections):
        questions: list[dict[str, Any]] = []
        for n in range(per_section):
            questions.append(_question(s, n, questions[-1] if questions else None))
        result.append({"id": f"abschnitt_{s + 1}",
                       "title": _text(f"Abschnitt {s + 1}: {WORDS[s % len(WORDS)]}",
                                      f"Section {s + 1}"),
                       "guidance": _text("Hinweis zum Abschnitt.", "Section guidance."),
                       "questions": questions})
    return {"id": TEMPLATE_ID, "version": 1,
            "title": _text("Benchmark-Vorlage (200 Fragen)", "Benchmark template"),
            "sections": result}


def template_yaml(sections: int = 10, per_section: int = 20) -> str:
    return yaml.safe_dump(template_dict(sections, per_section), allow_unicode=True,
                          sort_keys=False, width=100)


def sample_answers(count: int = 100) -> dict[str, object]:
    """Answers of the first ``count`` questions (of every type), for a realistic open."""
    values: dict[str, object] = {
        "yes_no": "yes", "single_choice": "o1", "multiple_choice": ["o0", "o2"],
        "short_text": "kurz", "long_text": "Eine längere Notiz über das Gespräch. " * 8,
        "number": 1234.5, "date": "2025-11-26", "rating": 4}
    answers: dict[str, object] = {}
    for section in template_dict()["sections"]:
        for question in section["questions"]:
            if len(answers) < count:
                answers[question["id"]] = values[question["type"]]
    return answers


if __name__ == "__main__":
    print(template_yaml(), end="")
