"""Load and validate checklist templates (YAML, format in docs: resources/checklists/).

Checking has two steps. First the structure: the composed YAML, as plain data, against the
JSON Schema the program ships (:mod:`advisor_app.checklist.schema`; keys, types, id forms,
texts in both languages). Then what a schema cannot say: ids unique, the template id equal to
the file name, options exactly for choice questions, unit/min/max only for numbers,
min <= max, conditions that parse and refer only to earlier questions and existing values.
A value the schema rejected is left alone by the second step, so no mistake is named twice.

``validate_file(path)`` returns every problem with the line of the offending node;
``load_template(path)`` returns the ChecklistTemplate or raises TemplateError with them all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from advisor_app.checklist.conditions import ConditionError, parse
from advisor_app.checklist.expressions import (
    And,
    Call,
    Compare,
    Expr,
    ListLiteral,
    Literal,
    Name,
    Not,
    Or,
)
from advisor_app.checklist.model import (
    YES_NO_VALUES,
    ChecklistTemplate,
    LocalText,
    Option,
    Question,
    QuestionType,
    Section,
    Suggestion,
)
from advisor_app.checklist.schema import place, structure_findings
from advisor_app.checklist.yaml_nodes import (
    KeyIssue,
    Problem,
    key_node,
    line_of,
    locate,
    to_data,
)
from advisor_app.checklist.yaml_nodes import Path as DataPath

__all__ = ["Problem", "TemplateError", "load_template", "parse_template", "validate_file"]

_TYPE_VALUES = frozenset(t.value for t in QuestionType)


class TemplateError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class _Known:
    index: int
    type: QuestionType | None
    values: tuple[str, ...] | None


@dataclass(frozen=True)
class _Pending:
    expr: Expr
    path: DataPath
    where: str
    key: str
    owner: int  # index of the question that holds the condition
    allow_self: bool


def _walk(expr: Expr) -> Iterator[Expr]:
    yield expr
    children: tuple[Expr, ...] = ()
    if isinstance(expr, Compare):
        children = (expr.left, expr.right)
    elif isinstance(expr, Not):
        children = (expr.operand,)
    elif isinstance(expr, And | Or):
        children = expr.operands
    for child in children:
        yield from _walk(child)


def _values(kind: QuestionType | None, options: tuple[str, ...] | None
            ) -> tuple[str, ...] | None:
    if kind is QuestionType.YES_NO:
        return YES_NO_VALUES
    if kind is not None and kind.has_options:
        return options
    return None


class _Checker:
    """The checks after the schema, on the plain data; each problem gets its node's line."""

    def __init__(self, file: str, root: yaml.Node, data: object) -> None:
        self.file = file
        self.root = root
        self.data = data
        self.rejected: set[DataPath] = set()
        self.problems: list[Problem] = []
        self.known: dict[str, _Known] = {}
        self.section_ids: set[str] = set()
        self.pending: list[_Pending] = []
        self.conditions: dict[DataPath, Expr] = {}

    def problem(self, path: DataPath, message: str, key: str | None = None) -> None:
        node = locate(self.root, path)
        if key is not None:
            node = key_node(node, key) or node
        self.problems.append(Problem(self.file, line_of(node), message))

    # --- step 1: what to_data dropped, and the schema -----------------------------------

    def keys(self, issues: list[KeyIssue]) -> None:
        for issue in issues:
            where = place(self.data, issue.path)
            shown = issue.node.value if isinstance(issue.node, yaml.ScalarNode) else "…"
            message = (f"{where}: Schlüssel „{shown}“ steht doppelt da" if issue.duplicate
                       else f"{where}: ungültiger Schlüssel „{shown}“")
            self.problems.append(Problem(self.file, line_of(issue.node), message))

    def structure(self) -> None:
        findings, self.rejected = structure_findings(self.data)
        for finding in findings:
            self.problem(finding.path, finding.message, finding.key)

    # --- step 2: reading the data the schema accepted ---------------------------------

    def value(self, item: object, path: DataPath, key: str) -> object:
        """``item[key]``; None when missing or rejected by the schema (already reported)."""
        if not isinstance(item, dict) or (*path, key) in self.rejected:
            return None
        return item.get(key)

    def text(self, item: object, path: DataPath, key: str) -> str | None:
        value = self.value(item, path, key)
        return value if isinstance(value, str) else None

    def number(self, item: object, path: DataPath, key: str) -> float | None:
        value = self.value(item, path, key)
        return value if isinstance(value, int | float) and not isinstance(value, bool) \
            else None

    def items(self, item: object, path: DataPath, key: str
              ) -> list[tuple[DataPath, dict[str, Any]]]:
        value = self.value(item, path, key)
        if not isinstance(value, list):
            return []
        return [((*path, key, i), v) for i, v in enumerate(value) if isinstance(v, dict)]

    def template(self, stem: str | None) -> None:
        template_id = self.text(self.data, (), "id")
        if template_id is not None and stem is not None and template_id != stem:
            self.problem(("id",), f"Vorlage: Kennung „{template_id}“ passt nicht zum "
                         f"Dateinamen „{stem}.yaml“")
        for path, section in self.items(self.data, (), "sections"):
            section_id = self.text(section, path, "id")
            if section_id is not None:
                if section_id in self.section_ids:
                    self.problem((*path, "id"), f"{place(self.data, path)}: die Kennung gibt "
                                 "es schon")
                self.section_ids.add(section_id)
            for question_path, question in self.items(section, path, "questions"):
                self.question(question_path, question)
        self.check_conditions()

    def question(self, path: DataPath, question: dict[str, Any]) -> None:
        index = len(self.known)
        where = place(self.data, path)
        question_id = self.text(question, path, "id")
        if question_id is not None and question_id in self.known:
            self.problem((*path, "id"), f"{where}: die Kennung gibt es schon (Kennungen "
                         "müssen in der ganzen Vorlage eindeutig sein)")
            question_id = None
        type_text = self.text(question, path, "type")
        kind = QuestionType(type_text) if type_text in _TYPE_VALUES else None
        options = self.options(path, question, where, kind)
        self.known[question_id or f"#{index}"] = _Known(index, kind, _values(kind, options))
        for key in ("unit", "min", "max"):
            if key in question and kind is not None and kind is not QuestionType.NUMBER:
                self.problem((*path, key), f"{where}: „{key}“ gibt es nur bei Typ number")
        low, high = self.number(question, path, "min"), self.number(question, path, "max")
        if low is not None and high is not None and low > high:
            self.problem((*path, "max"), f"{where}: „max“ ({high}) ist kleiner als „min“ "
                         f"({low})")
        self.condition(path, question, "show_if", where, index, allow_self=False)
        for suggestion_path, suggestion in self.items(question, path, "suggests"):
            self.condition(suggestion_path, suggestion, "when",
                           place(self.data, suggestion_path), index, allow_self=True)

    def options(self, path: DataPath, question: dict[str, Any], where: str,
                kind: QuestionType | None) -> tuple[str, ...] | None:
        """The option values (None if the schema rejected the list)."""
        if "options" not in question:
            if kind is not None and kind.has_options:
                self.problem((*path, "type"), f"{where}: Typ „{kind.value}“ braucht „options“")
            return ()
        if kind is not None and not kind.has_options:
            self.problem((*path, "options"), f"{where}: „options“ gibt es nur bei "
                         "single_choice und multiple_choice")
        if (*path, "options") in self.rejected:
            return None
        values: list[str] = []
        for option_path, option in self.items(question, path, "options"):
            value = self.text(option, option_path, "value")
            if value is not None and value in values:
                self.problem((*option_path, "value"), f"{where}: Option „{value}“ steht "
                             "doppelt da")
            elif value is not None:
                values.append(value)
        if len(question["options"]) == 1 and (kind is None or kind.has_options):
            self.problem((*path, "options"), f"{where}: eine Auswahl braucht mindestens zwei "
                         "Optionen")
        return tuple(values)

    def condition(self, path: DataPath, item: dict[str, Any], key: str, where: str,
                  owner: int, *, allow_self: bool) -> None:
        text = self.text(item, path, key)
        if text is None:
            return
        try:
            expr = parse(text)
        except ConditionError as exc:
            self.problem((*path, key), f"{where}: Bedingung „{key}“ fehlerhaft (Spalte "
                         f"{exc.column}): {exc.message}")
            return
        self.conditions[(*path, key)] = expr
        self.pending.append(_Pending(expr, (*path, key), where, key, owner, allow_self))

    def check_conditions(self) -> None:
        for pending in self.pending:
            prefix = f"{pending.where}: Bedingung „{pending.key}“"
            for name in sorted(pending.expr.names()):
                known = self.known.get(name)
                if known is None:
                    self.problem(pending.path, f"{prefix}: unbekannte Frage „{name}“")
                elif known.index > pending.owner or (known.index == pending.owner
                                                     and not pending.allow_self):
                    where = "ist die Frage selbst" if known.index == pending.owner else \
                        "kommt erst später"
                    self.problem(pending.path, f"{prefix}: Frage „{name}“ {where}; "
                                 "Bedingungen dürfen sich nur auf frühere Fragen beziehen")
            for message in self.value_problems(pending.expr):
                self.problem(pending.path, f"{prefix}: {message}")

    def value_problems(self, expr: Expr) -> Iterator[str]:
        for node in _walk(expr):
            if isinstance(node, Call) and node.function == "contains":
                known = self.known.get(node.name.name)
                if known is not None and known.type is not QuestionType.MULTIPLE_CHOICE:
                    yield f"contains(…) passt nur zu multiple_choice, nicht zu „{node.name.name}“"
                elif known is not None and node.argument is not None:
                    yield from self.unknown_values(node.name.name, known, [node.argument])
            if isinstance(node, Compare) and node.op in ("==", "!=", "in", "not in"):
                for name, other in ((node.left, node.right), (node.right, node.left)):
                    known = self.known.get(name.name) if isinstance(name, Name) else None
                    if known is not None and isinstance(name, Name):
                        literals = (list(other.items) if isinstance(other, ListLiteral)
                                    else [other] if isinstance(other, Literal) else [])
                        yield from self.unknown_values(name.name, known, literals)

    @staticmethod
    def unknown_values(name: str, known: _Known, literals: Sequence[object]) -> Iterator[str]:
        if known.values is None:
            return
        for item in literals:
            value = item.literal if isinstance(item, Literal) else item
            if value not in known.values or not isinstance(value, str):
                yield (f"Frage „{name}“ hat keinen Wert „{value}“ (möglich: "
                       f"{', '.join(known.values)})")


# --- building the model from data that passed every check ---------------------------------

def _local(value: Any) -> LocalText:
    return LocalText(value["de"], value["en"])


def _optional_local(item: dict[str, Any], key: str) -> LocalText | None:
    return _local(item[key]) if key in item else None


def _question(item: dict[str, Any], path: DataPath, conditions: dict[DataPath, Expr]
              ) -> Question:
    options = tuple(Option(o["value"], _local(o["label"])) for o in item.get("options", ()))
    suggests = tuple(Suggestion(s["when"], _local(s["step"]),
                                conditions[(*path, "suggests", i, "when")])
                     for i, s in enumerate(item.get("suggests", ())))
    return Question(item["id"], QuestionType(item["type"]), _local(item["text"]),
                    _optional_local(item, "guidance"), item.get("required", False), options,
                    _optional_local(item, "unit"), item.get("min"), item.get("max"),
                    item.get("show_if"), conditions.get((*path, "show_if")), suggests)


def _build(data: Any, conditions: dict[DataPath, Expr]) -> ChecklistTemplate:
    sections = tuple(
        Section(s["id"], _local(s["title"]),
                tuple(_question(q, ("sections", i, "questions", j), conditions)
                      for j, q in enumerate(s["questions"])),
                _optional_local(s, "guidance"))
        for i, s in enumerate(data["sections"]))
    # the schema's integer includes 2.0, as JSON Schema does
    return ChecklistTemplate(data["id"], int(data["version"]), _local(data["title"]), sections,
                             _optional_local(data, "description"))


# libyaml's loader when PyYAML was built with it (several times faster), else the Python one
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, file: str) -> tuple[yaml.Node | None, list[Problem]]:
    try:
        return yaml.compose(text, Loader=_LOADER), []
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, [Problem(file, line, f"YAML-Syntaxfehler: {exc.problem or exc}")]
    except yaml.YAMLError as exc:
        return None, [Problem(file, 1, f"YAML-Fehler: {exc}")]
    except RecursionError:
        return None, [Problem(file, 1, "Die Datei ist zu tief verschachtelt.")]


def parse_template(text: str, file: str = "<vorlage>", stem: str | None = None
                   ) -> tuple[ChecklistTemplate | None, list[Problem]]:
    """Parse template text; returns the template (None if there are problems) and problems.
    ``stem`` is the file name without ``.yaml`` the template id must match (None: no check)."""
    root, problems = _compose(text, file)
    if problems:
        return None, problems
    if root is None:
        return None, [Problem(file, 1, "Die Datei ist leer.")]
    try:
        data, key_issues = to_data(root)
    except RecursionError:
        return None, [Problem(file, 1, "Die Datei ist zu tief verschachtelt.")]
    checker = _Checker(file, root, data)
    checker.keys(key_issues)
    checker.structure()
    checker.template(stem)
    if checker.problems:
        return None, sorted(checker.problems, key=lambda p: p.line)
    return _build(data, checker.conditions), []


def _read(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError:
        return None, [Problem(str(path), 1, "Die Datei ist nicht UTF-8-kodiert.")]
    except OSError as exc:
        return None, [Problem(str(path), 1, f"Die Datei ist nicht lesbar: {exc.strerror}")]


def validate_file(path: str | Path) -> list[Problem]:
    """Every problem of one template file, sorted by line; empty if the file is valid."""
    path = Path(path)
    text, problems = _read(path)
    if text is None:
        return problems
    return parse_template(text, str(path), path.stem)[1]


def load_template(path: str | Path) -> ChecklistTemplate:
    """The template in ``path``; raises TemplateError listing every problem."""
    path = Path(path)
    text, problems = _read(path)
    template = None
    if text is not None:
        template, problems = parse_template(text, str(path), path.stem)
    if template is None:
        raise TemplateError(problems)
    return template
