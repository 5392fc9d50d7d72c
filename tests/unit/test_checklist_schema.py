"""The checklist template schema (resources/schemas/checklist-template.schema.json): a valid
draft 2020-12 schema, found through resource_path (so also in the bundle), and in agreement
with the loader: what the loader accepts the schema accepts, what the schema rejects the loader
rejects, and where only the loader objects it is one of the rules a schema cannot say."""

from __future__ import annotations

import copy
import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from checklist_samples import VALID
from jsonschema import Draft202012Validator
from jsonschema.validators import validator_for

from advisor_app.checklist import schema as template_schema
from advisor_app.checklist.loader import load_template, parse_template
from advisor_app.domain.json_schema import describe, json_path
from advisor_app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = resource_path("schemas", template_schema.SCHEMA_FILE)
SHIPPED = sorted(resource_path("checklists").glob("*.yaml"))

BASE = VALID

# what only the loader checks (the schema cannot say it): a disagreement must be one of these
SEMANTIC = re.compile(
    r"passt nicht zum Dateinamen|die Kennung gibt es schon|braucht „options“|"
    r"„options“ gibt es nur bei|mindestens zwei Optionen|steht doppelt da|"
    r"gibt es nur bei Typ number|ist kleiner als „min“|Bedingung „(show_if|when)“")

# values put in place of every value of the template
REPLACEMENTS: list[object] = [7, True, None, "  ", "Probe_1", ["a"], {"de": "a", "en": "b"}]
# changes only the loader objects to (and one both accept: JSON Schema's 2.0 is an integer)
CHANGES: list[tuple[tuple[str | int, ...], object]] = [
    (("id",), "andere"), (("version",), 2.0), (("sections", 1, "id"), "start"),
    (("sections", 1, "questions", 1, "id"), "themen"),
    (("sections", 0, "questions", 0, "type"), "single_choice"),
    (("sections", 0, "questions", 1, "type"), "short_text"),
    (("sections", 0, "questions", 1, "type"), "single_choice"),
    (("sections", 1, "questions", 1, "type"), "number"),
    (("sections", 1, "questions", 0, "type"), "date"),
    (("sections", 1, "questions", 0, "max"), -1),
    (("sections", 0, "questions", 1, "options", 1, "value"), "energie"),
    (("sections", 1, "questions", 0, "show_if"), "note == 3"),
    (("sections", 1, "questions", 0, "show_if"), "personen > 3"),
    (("sections", 0, "questions", 1, "show_if"), "beschluss == 'ja'"),
    (("sections", 0, "questions", 0, "suggests", 0, "when"), "beschluss = 'no'"),
]
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def file_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def test_schema_file_is_a_valid_draft_2020_12_schema() -> None:
    document = file_schema()
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert validator_for(document) is Draft202012Validator
    Draft202012Validator.check_schema(document)
    # every definition is used, and every reference points at one
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    refs = set(re.findall(r'"\$ref": "#/\$defs/(\w+)"', text))
    assert refs == set(document["$defs"])


def test_the_program_reads_the_schema_file() -> None:
    assert template_schema.schema() == file_schema()


def test_the_schema_is_found_in_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    """Frozen, resource_path looks under sys._MEIPASS/resources; the spec bundles resources/
    wholesale, so the schema is there."""
    spec = (ROOT / "build" / "advisor-app.spec").read_text(encoding="utf-8")
    assert 'datas = [(str(ROOT / "resources"), "resources")]' in spec
    bundled = tmp_path / "resources" / "schemas" / template_schema.SCHEMA_FILE
    bundled.parent.mkdir(parents=True)
    shutil.copy(SCHEMA_PATH, bundled)
    document = file_schema()
    document["title"] = "bundled copy"
    bundled.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    template_schema.schema.cache_clear()
    template_schema.validator.cache_clear()
    try:
        assert template_schema.schema()["title"] == "bundled copy"
        assert parse_template(BASE, "probe.yaml", "probe")[1] == []
    finally:
        monkeypatch.undo()
        template_schema.schema.cache_clear()
        template_schema.validator.cache_clear()
    assert template_schema.schema()["title"] != "bundled copy"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_templates_follow_the_schema(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(file_schema()).iter_errors(data)) == []
    assert load_template(path).id == path.stem


def _paths(data: object, path: tuple[str | int, ...] = ()
           ) -> Iterator[tuple[tuple[str | int, ...], object]]:
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*path, index))


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def mutations() -> Iterator[tuple[str, object]]:
    """The base template with one thing changed: each value replaced by values of other
    types, each key removed, an unknown key added to each mapping, each list emptied."""
    base = yaml.safe_load(BASE)
    for path, replacement in CHANGES:
        changed = copy.deepcopy(base)
        _at(changed, path[:-1])[path[-1]] = replacement
        yield f"{'/'.join(map(str, path))}={replacement!r}", changed
    for path, value in list(_paths(base)):
        where = "/".join(map(str, path)) or "root"
        if path:
            for replacement in REPLACEMENTS:
                if replacement != value or type(replacement) is not type(value):
                    changed = copy.deepcopy(base)
                    _at(changed, path[:-1])[path[-1]] = copy.deepcopy(replacement)
                    yield f"{where}={replacement!r}", changed
        if isinstance(value, dict):
            for key in value:
                changed = copy.deepcopy(base)
                del _at(changed, path)[key]
                yield f"{where} without {key}", changed
            changed = copy.deepcopy(base)
            _at(changed, path)["zusatz"] = "x"
            yield f"{where} with an unknown key", changed
        if isinstance(value, list) and len(value) > 1:
            changed = copy.deepcopy(base)
            del _at(changed, path)[1:]
            yield f"{where} with one item", changed


def test_loader_and_schema_agree_on_every_mutation() -> None:
    validator = Draft202012Validator(file_schema())  # the file as written, no shortcuts
    tally = {"both accept": 0, "both reject": 0, "only the loader rejects": 0}
    for name, data in mutations():
        text = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
        assert yaml.load(text, Loader=LOADER) == data, name
        template, problems = parse_template(text, "probe.yaml", "probe")
        named = [(p.line, p.message) for p in problems]
        assert len(named) == len(set(named)), f"{name}: a problem named twice"
        schema_ok = validator.is_valid(data)
        inlined_ok = template_schema.validator().is_valid(data)
        assert inlined_ok == schema_ok, name  # the program's prepared copy decides the same
        if template is not None:
            assert schema_ok, f"{name}: the loader accepts what the schema rejects"
            tally["both accept"] += 1
        elif not schema_ok:
            tally["both reject"] += 1
        else:
            unexplained = [p.message for p in problems if not SEMANTIC.search(p.message)]
            assert not unexplained, f"{name}: schema accepts, loader says {unexplained}"
            tally["only the loader rejects"] += 1
    # the mutations exercise every case, and plenty of each
    assert min(tally.values()) >= 10, tally



def test_the_shared_reasons_in_json_wording() -> None:
    """domain.json_schema words the exchange file's reasons too (JSON quoting, JSON paths)."""
    validator = Draft202012Validator({
        "type": "object", "required": ["a", "b"], "additionalProperties": False,
        "properties": {"a": {"type": "string", "pattern": "^[a-z0-9_]+$"},
                       "b": {"enum": ["x", "y"]}, "c": {"type": "array", "minItems": 2},
                       "d": {"type": "integer", "minimum": 1}}})

    def reasons(document: object) -> list[tuple[str, str, tuple[str, ...]]]:
        issues = [describe(e) for e in validator.iter_errors(document)]
        return sorted((json_path(i.path), i.reason, i.keys) for i in issues)

    assert reasons({"c": [1, 2]}) == [("a", "Pflichtfeld fehlt.", ("a", "b"))] * 2
    assert reasons({"a": "A b", "b": "z", "c": [1], "d": 0, "e": 1}) == [
        ("", "unbekanntes Feld „e“.", ("e",)),
        ("a", '"A b" hat nicht die erwartete Form (erlaubt: a-z, 0-9, _).', ()),
        ("b", '"z" ist nicht erlaubt (erlaubt: "x", "y").', ()),
        ("c", "braucht mindestens 2 Einträge.", ()),
        ("d", "darf nicht kleiner als 1 sein.", ())]
    assert reasons({"a": " ", "b": "x", "d": True}) == [
        ("a", "darf nicht leer sein.", ()), ("d", "muss eine ganze Zahl sein, nicht true.", ())]
