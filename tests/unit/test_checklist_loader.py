"""Checklist template validation: a valid file loads; each kind of mistake is reported once,
with its German message and the line of the offending node (the structure by the shipped JSON
Schema, the rest by the loader's own checks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from checklist_samples import VALID

from advisor_app.checklist.loader import TemplateError, load_template, validate_file
from advisor_app.checklist.model import QuestionType
from advisor_app.cli import main
from advisor_app.resources import resource_path


def write(tmp_path: Path, text: str, name: str = "probe") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    assert validate_file(path) == []
    template = load_template(path)
    assert (template.id, template.version, template.title.get("en")) == ("probe", 2, "Probe")
    assert [s.id for s in template.sections] == ["start", "umfang"]
    assert [q.id for q in template.questions()] == ["beschluss", "themen", "personen", "note"]
    personen = template.question("personen")
    assert personen.type is QuestionType.NUMBER
    assert (personen.min, personen.max, personen.unit and personen.unit.de) == (0, 500,
                                                                                "Personen")
    assert template.question("beschluss").required
    assert template.question("themen").allowed_values() == ("energie", "wasser")
    assert template.sections[0].guidance is not None


def replace(old: str, new: str) -> str:
    assert old in VALID, old
    return VALID.replace(old, new, 1)


MISTAKES = [
    # (description, broken text, text on the line the problem is reported for, message part)
    # -- structure (the JSON Schema) --
    ("unknown type", replace("type: rating", "type: stars"), "type: stars",
     "Frage „note“, „type“: „stars“ ist nicht erlaubt (erlaubt: yes_no, single_choice, "
     "multiple_choice, short_text, long_text, number, date, rating)."),
    ("missing required key", replace('        text: {de: "Stimmung", en: "Mood"}\n', ""),
     "- id: note", "Frage „note“: Pflichtangabe „text“ fehlt."),
    ("unknown key", replace("required: true", "required: true\n        pflicht: true"),
     "pflicht: true", "Frage „beschluss“: unbekannter Schlüssel „pflicht“ (erlaubt: id, type, "
     "text, guidance, required, options, unit, min, max, show_if, suggests)."),
    ("wrong type of value", replace("required: true", "required: ja"), "required: ja",
     "Frage „beschluss“, „required“: muss true oder false sein, nicht „ja“."),
    ("bad template id", replace("id: probe", "id: Probe_1"), "id: Probe_1",
     "Vorlage, „id“: „Probe_1“ hat nicht die erwartete Form (erlaubt: a-z, 0-9, -)."),
    ("bad question id", replace("id: note", "id: Note"), "Note",
     "Abschnitt „umfang“, Frage Nr. 2, „id“: „Note“ hat nicht die erwartete Form (erlaubt: "
     "a-z, 0-9, _)."),
    ("id ending in a line break", replace("id: note", 'id: "note\\n"'), '"note',
     "„note⏎“ hat nicht die erwartete Form"),
    ("version not a positive integer", replace("version: 2", "version: 0"), "version: 0",
     "Vorlage, „version“: darf nicht kleiner als 1 sein."),
    ("version not a whole number", replace("version: 2", "version: 2.5"), "version: 2.5",
     "Vorlage, „version“: muss eine ganze Zahl sein, nicht 2.5."),
    ("option value read as boolean", replace("value: wasser", "value: yes"), "value: yes",
     "Frage „themen“, Option 2, „value“: muss ein Text sein, nicht true (Wörter wie "
     "yes/no/on/off in Anführungszeichen setzen)."),
    ("empty options", replace(
        "options:\n          - {value: energie, label: {de: \"Energie\", en: \"Energy\"}}\n"
        "          - {value: wasser, label: {de: \"Wasser\", en: \"Water\"}}", "options: []"),
     "options: []",
     "Frage „themen“, „options“: darf nicht leer sein."),
    ("min not a number", replace("min: 0", "min: null"), "min: null",
     "Frage „personen“, „min“: muss eine Zahl sein, nicht leer."),
    ("number with an unknown tag", replace("max: 500", "max: !zahl 500"), "max: !zahl",
     "Frage „personen“, „max“: muss eine Zahl sein, nicht „500“."),
    ("date where a text belongs", replace('de: "Stimmung"', "de: 2026-11-26"), "de: 2026-11-26",
     "Frage „note“, „text.de“: muss ein Text sein, nicht „2026-11-26“."),
    ("missing English text", replace('{de: "Stimmung", en: "Mood"}', '{de: "Stimmung"}'),
     '{de: "Stimmung"}', "Frage „note“, „text“: Pflichtangabe „en“ fehlt."),
    ("third language", replace('{de: "Stimmung", en: "Mood"}', '{de: "S", en: "M", fr: "H"}'),
     '{de: "S"', "Frage „note“, „text“: unbekannter Schlüssel „fr“ (erlaubt: de, en)."),
    ("text not in two languages", replace('{de: "Stimmung", en: "Mood"}', '"Stimmung"'),
     '"Stimmung"', "Frage „note“, „text“: muss Texte in beiden Sprachen haben: "
     '{de: "…", en: "…"}, nicht „Stimmung“.'),
    ("empty German text", replace('{de: "Stimmung", en: "Mood"}', '{de: "", en: "Mood"}'),
     '{de: "",', "Frage „note“, „text.de“: darf nicht leer sein."),
    ("blank condition", replace("show_if: \"beschluss in ['yes', 'partly']\"", "show_if: '  '"),
     "show_if: '  '", "Frage „themen“, „show_if“: darf nicht leer sein."),
    ("suggestion without step", replace(
        '            step: {de: "Beschluss vorbereiten", en: "Prepare a resolution"}\n', ""),
     "- when:", "Frage „beschluss“, Vorschlag 1: Pflichtangabe „step“ fehlt."),
    ("question not a mapping", replace("      - id: note\n", "      - note\n      - id: note\n"),
     "- note\n", "Abschnitt „umfang“, Frage Nr. 2: muss eine Zuordnung (schlüssel: wert) sein, "
     "nicht „note“."),
    ("empty question list", VALID.split("    questions:\n      - id: personen")[0]
     + "    questions: []\n", "questions: []",
     "Abschnitt „umfang“, „questions“: darf nicht leer sein."),
    ("sections not a list", VALID.split("sections:")[0] + "sections: keine\n", "keine",
     "Vorlage, „sections“: muss eine Liste (Zeilen mit „- “) sein, nicht „keine“."),
    # -- YAML itself --
    ("duplicate key", replace("required: true", "required: true\n        required: false"),
     "required: false", "Frage „beschluss“: Schlüssel „required“ steht doppelt da"),
    ("key that is not a text", replace("required: true", "required: true\n        1: eins"),
     "1: eins", "Frage „beschluss“: ungültiger Schlüssel „1“"),
    ("YAML syntax error", replace("    title: {de: \"Umfang\", en: \"Scope\"}",
                                  "    title: {de: \"Umfang\", en: \"Scope\""),
     "    questions:\n      - id: personen", "YAML-Syntaxfehler"),
    # -- what a schema cannot say (the loader's own checks) --
    ("template id differs from file name", replace("id: probe", "id: andere"), "id: andere",
     "Vorlage: Kennung „andere“ passt nicht zum Dateinamen „probe.yaml“"),
    ("duplicate question id", replace("id: note", "id: themen"), "id: themen\n        type: rat",
     "Frage „themen“: die Kennung gibt es schon"),
    ("duplicate section id", replace("id: umfang", "id: start"), "id: start\n    title: {de: \"U",
     "Abschnitt „start“: die Kennung gibt es schon"),
    ("choice without options", replace("type: rating", "type: single_choice"),
     "type: single_choice", "Frage „note“: Typ „single_choice“ braucht „options“"),
    ("options on a text question", replace(
        "type: rating", "type: short_text\n        options: [{value: a, label: {de: A, en: A}}]"),
     "options: [", "„options“ gibt es nur bei single_choice und multiple_choice"),
    ("a single option", replace(
        '          - {value: wasser, label: {de: "Wasser", en: "Water"}}\n', ""),
     "- {value: energie",
     "Frage „themen“: eine Auswahl braucht mindestens zwei Optionen"),
    ("duplicate option value", replace("value: wasser", "value: energie"),
     "value: energie, label: {de: \"W", "Frage „themen“: Option „energie“ steht doppelt da"),
    ("min greater than max", replace("max: 500", "max: -5"), "max: -5",
     "„max“ (-5) ist kleiner als „min“ (0)"),
    ("min on a rating", replace("type: rating", "type: rating\n        min: 1"), "min: 1",
     "„min“ gibt es nur bei Typ number"),
    ("condition does not parse", replace("show_if: \"beschluss in ['yes', 'partly']\"",
                                         "show_if: \"beschluss = 'yes'\""),
     "beschluss = ", "Bedingung „show_if“ fehlerhaft (Spalte 11): „=“ ist kein Vergleich"),
    ("condition refers to a later question", replace(
        "show_if: \"contains(themen, 'energie')\"", "show_if: \"note == 3\""), "note == 3",
     "Frage „note“ kommt erst später"),
    ("show_if refers to its own question", replace(
        "show_if: \"contains(themen, 'energie')\"", "show_if: \"personen > 3\""),
     "personen > 3", "Frage „personen“ ist die Frage selbst"),
    ("condition refers to an unknown question", replace(
        "show_if: \"contains(themen, 'energie')\"", "show_if: \"answered(budget)\""),
     "answered(budget)", "unbekannte Frage „budget“"),
    ("unknown option value in ==", replace("when: \"beschluss == 'no'\"",
                                           "when: \"beschluss == 'nein'\""),
     "'nein'", "Frage „beschluss“ hat keinen Wert „nein“ (möglich: yes, no, partly, unknown)"),
    ("unknown option value in list", replace("['yes', 'partly']", "['yes', 'teils']"),
     "'teils'", "Frage „beschluss“ hat keinen Wert „teils“"),
    ("unknown option value in contains", replace("contains(themen, 'energie')",
                                                 "contains(themen, 'gas')"),
     "'gas'", "Frage „themen“ hat keinen Wert „gas“"),
    ("contains on a single answer", replace("contains(themen, 'energie')",
                                            "contains(beschluss, 'yes')"),
     "contains(beschluss", "contains(…) passt nur zu multiple_choice"),
]


def line_of(text: str, marker: str) -> int:
    """1-based number of the line where ``marker`` starts (it may span lines)."""
    assert marker in text, marker
    return text[:text.index(marker)].count("\n") + 1


@pytest.mark.parametrize(("text", "marker", "fragment"), [m[1:] for m in MISTAKES],
                         ids=[m[0] for m in MISTAKES])
def test_each_mistake_is_named_once_with_its_line(tmp_path: Path, text: str, marker: str,
                                                  fragment: str) -> None:
    line = line_of(text, marker)
    problems = validate_file(write(tmp_path, text))
    assert len(problems) == 1, [str(p) for p in problems]  # one mistake, one message
    assert fragment in problems[0].message, [str(p) for p in problems]
    assert problems[0].line == line, [str(p) for p in problems]
    assert problems[0].german().startswith(f"Zeile {line}: ")
    with pytest.raises(TemplateError) as info:
        load_template(write(tmp_path, text))
    assert info.value.problems == problems


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    text = replace("type: rating", "type: stars").replace("max: 500", "max: -5")
    problems = validate_file(write(tmp_path, text))
    assert [p.line for p in problems] == [line_of(text, "max: -5"), line_of(text, "stars")]


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "leer"),
    (b"id: probe\nversion: 1\ntitle: {de: \"\xe4\", en: a}\n", "nicht UTF-8"),
    (b"- a\n- b\n", "Zuordnung"),
])
def test_unreadable_files(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "probe.yaml"
    path.write_bytes(content)
    problems = validate_file(path)
    assert len(problems) == 1 and fragment in problems[0].message


def test_anchors_aliases_and_a_version_written_as_2_0(tmp_path: Path) -> None:
    text = replace('unit: {de: "Personen", en: "persons"}',
                   'unit: &people {de: "Personen", en: "persons"}')
    text = text.replace('text: {de: "Stimmung", en: "Mood"}', "text: *people")
    text = text.replace("version: 2", "version: 2.0")  # an integer to JSON Schema as well
    template = load_template(write(tmp_path, text))
    assert template.question("note").text == template.question("personen").unit
    assert template.version == 2 and type(template.version) is int


@pytest.mark.parametrize(("change", "line", "message"), [
    ('description: &d {de: *d, en: "x"}', 4,
     "Vorlage, „description.de“: muss ein Text sein, nicht eine Zuordnung."),
    ("description: " + "[" * 3000 + "]" * 3000, 1, "Die Datei ist zu tief verschachtelt."),
])
def test_cycles_and_deep_nesting_are_problems_not_crashes(tmp_path: Path, change: str,
                                                          line: int, message: str) -> None:
    text = replace('description: {de: "Zum Testen", en: "For tests"}', change)
    assert [(p.line, p.message) for p in validate_file(write(tmp_path, text))] == [
        (line, message)]


def test_missing_file(tmp_path: Path) -> None:
    problems = validate_file(tmp_path / "gibtsnicht.yaml")
    assert len(problems) == 1 and "nicht lesbar" in problems[0].message


def test_cli_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, VALID)
    assert main(["checklist", "validate", str(good)]) == 0
    assert capsys.readouterr().out.strip() == f"{good}: in Ordnung"
    (tmp_path / "bad").mkdir()
    text = replace("type: rating", "type: stars")
    bad = write(tmp_path / "bad", text)
    assert main(["checklist", "validate", str(good), str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == f"{good}: in Ordnung"
    line = line_of(text, "stars")
    assert captured.err.strip().splitlines() == [
        f"{bad}:{line}: Frage „note“, „type“: „stars“ ist nicht erlaubt (erlaubt: yes_no, "
        "single_choice, multiple_choice, short_text, long_text, number, date, rating)."]


SHIPPED = sorted(resource_path("checklists").glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_template_is_valid(path: Path) -> None:
    assert [str(p) for p in validate_file(path)] == []
    template = load_template(path)
    assert template.id == path.stem
    assert all(s.questions for s in template.sections)
