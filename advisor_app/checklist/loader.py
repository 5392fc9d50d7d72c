"""Load and validate checklist templates (YAML, format in docs: resources/checklists/).

``validate_file(path)`` returns every problem with the line of the offending node;
``load_template(path)`` returns the ChecklistTemplate or raises TemplateError with them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

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
from advisor_app.checklist.yaml_nodes import NodeReader, Problem

__all__ = ["Problem", "TemplateError", "load_template", "parse_template", "validate_file"]

TEMPLATE_ID = re.compile(r"[a-z0-9-]+")
ITEM_ID = re.compile(r"[a-z0-9_]+")
TYPES = ", ".join(t.value for t in QuestionType)


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
    node: yaml.Node
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


def _peek_id(node: yaml.Node) -> str | None:
    """The plain ``id`` of a mapping node, to name it in problems found before reading it."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if (isinstance(key, yaml.ScalarNode) and key.value == "id"
                    and isinstance(value, yaml.ScalarNode) and ITEM_ID.fullmatch(value.value)):
                return str(value.value)
    return None


def _values(kind: QuestionType | None, options: tuple[Option, ...]) -> tuple[str, ...] | None:
    if kind is QuestionType.YES_NO:
        return YES_NO_VALUES
    if kind is not None and kind.has_options:
        return tuple(o.value for o in options)
    return None


class _TemplateReader(NodeReader):
    def __init__(self, file: str) -> None:
        super().__init__(file)
        self.known: dict[str, _Known] = {}
        self.section_ids: set[str] = set()
        self.pending: list[_Pending] = []

    def item_id(self, node: yaml.Node, where: str, pattern: re.Pattern[str]) -> str | None:
        value = self.text(node, where, "id")
        if value is not None and not pattern.fullmatch(value):
            allowed = "a-z, 0-9, -" if pattern is TEMPLATE_ID else "a-z, 0-9, _"
            self.problem(node, f"{where}: Kennung „{value}“ ist ungültig (erlaubt: {allowed})")
            return None
        return value

    def template(self, root: yaml.Node, stem: str | None) -> ChecklistTemplate | None:
        keys = self.mapping(root, "Vorlage", ("id", "version", "title", "sections"),
                            ("description",))
        if keys is None:
            return None
        template_id = self.item_id(keys["id"], "Vorlage", TEMPLATE_ID) if "id" in keys else None
        if template_id is not None and stem is not None and template_id != stem:
            self.problem(keys["id"], f"Vorlage: Kennung „{template_id}“ passt nicht zum "
                         f"Dateinamen „{stem}.yaml“")
        version = self.scalar(keys["version"]) if "version" in keys else None
        if "version" in keys and (isinstance(version, bool) or not isinstance(version, int)
                                  or version < 1):
            self.problem(keys["version"], "Vorlage: „version“ muss eine ganze Zahl ab 1 sein")
            version = None
        title = self.local_text(keys["title"], "Vorlage", "title") if "title" in keys else None
        description = (self.local_text(keys["description"], "Vorlage", "description")
                       if "description" in keys else None)
        sections: list[Section | None] = []
        if "sections" in keys:
            for node in self.sequence(keys["sections"], "Vorlage", "sections") or []:
                sections.append(self.section(node, len(sections) + 1))
        self.check_conditions()
        if self.problems or template_id is None or title is None:
            return None
        assert isinstance(version, int)
        return ChecklistTemplate(template_id, version, title,
                                 tuple(s for s in sections if s is not None), description)

    def section(self, node: yaml.Node, number: int) -> Section | None:
        peeked = _peek_id(node)
        where = f"Abschnitt „{peeked}“" if peeked else f"Abschnitt Nr. {number}"
        keys = self.mapping(node, where, ("id", "title", "questions"), ("guidance",))
        if keys is None:
            return None
        section_id = self.item_id(keys["id"], where, ITEM_ID) if "id" in keys else None
        if section_id is not None:
            where = f"Abschnitt „{section_id}“"
            if section_id in self.section_ids:
                self.problem(keys["id"], f"{where}: die Kennung gibt es schon")
            self.section_ids.add(section_id)
        title = self.local_text(keys["title"], where, "title") if "title" in keys else None
        guidance = (self.local_text(keys["guidance"], where, "guidance")
                    if "guidance" in keys else None)
        questions: list[Question] = []
        if "questions" in keys:
            for question_node in self.sequence(keys["questions"], where, "questions") or []:
                question = self.question(question_node, where)
                if question is not None:
                    questions.append(question)
        if section_id is None or title is None:
            return None
        return Section(section_id, title, tuple(questions), guidance)

    def question(self, node: yaml.Node, section: str) -> Question | None:
        index = len(self.known)
        peeked = _peek_id(node)
        where = f"Frage „{peeked}“" if peeked else f"{section}, Frage Nr. {index + 1}"
        keys = self.mapping(node, where, ("id", "type", "text"), (
            "guidance", "required", "options", "unit", "min", "max", "show_if", "suggests"))
        if keys is None:
            return None
        question_id = self.item_id(keys["id"], where, ITEM_ID) if "id" in keys else None
        if question_id is not None:
            where = f"Frage „{question_id}“"
            if question_id in self.known:
                self.problem(keys["id"], f"{where}: die Kennung gibt es schon (Kennungen "
                             "müssen in der ganzen Vorlage eindeutig sein)")
                question_id = None
        kind = self.question_type(keys, where)
        options = self.options(keys, where, kind)
        self.known[question_id or f"#{index}"] = _Known(index, kind, _values(kind, options))
        text = self.local_text(keys["text"], where, "text") if "text" in keys else None
        guidance = (self.local_text(keys["guidance"], where, "guidance")
                    if "guidance" in keys else None)
        required = self.boolean(keys["required"], where, "required") if "required" in keys \
            else False
        unit, low, high = self.number_settings(keys, where, kind)
        show_if, condition = self.condition(keys, "show_if", where, index, allow_self=False)
        suggests = self.suggestions(keys, where, index)
        if question_id is None or kind is None or text is None:
            return None
        return Question(question_id, kind, text, guidance, bool(required), options, unit,
                        low, high, show_if, condition, suggests)

    def question_type(self, keys: dict[str, yaml.Node], where: str) -> QuestionType | None:
        if "type" not in keys:
            return None
        value = self.scalar(keys["type"])
        if isinstance(value, str) and value in QuestionType.__members__.values():
            return QuestionType(value)
        shown = value if isinstance(value, str) else keys["type"].value
        self.problem(keys["type"], f"{where}: unbekannter Typ „{shown}“ (erlaubt: {TYPES})")
        return None

    def options(self, keys: dict[str, yaml.Node], where: str,
                kind: QuestionType | None) -> tuple[Option, ...]:
        if "options" not in keys:
            if kind is not None and kind.has_options:
                self.problem(keys["type"], f"{where}: Typ „{kind.value}“ braucht „options“")
            return ()
        if kind is not None and not kind.has_options:
            self.problem(keys["options"], f"{where}: „options“ gibt es nur bei "
                         "single_choice und multiple_choice")
        options: list[Option] = []
        nodes = self.sequence(keys["options"], where, "options") or []
        for number, node in enumerate(nodes, start=1):
            label_where = f"{where}, Option {number}"
            option_keys = self.mapping(node, label_where, ("value", "label"), ())
            if option_keys is None or "value" not in option_keys:
                continue
            value = self.scalar(option_keys["value"])
            if not isinstance(value, str) or not value.strip():
                self.problem(option_keys["value"], f"{label_where}: „value“ muss ein Text sein "
                             "(Wörter wie yes/no/on/off in Anführungszeichen setzen)")
                continue
            if any(o.value == value for o in options):
                self.problem(option_keys["value"], f"{where}: Option „{value}“ steht doppelt da")
                continue
            label = (self.local_text(option_keys["label"], label_where, "label")
                     if "label" in option_keys else None)
            if label is not None:
                options.append(Option(value, label))
        if len(nodes) == 1 and (kind is None or kind.has_options):
            self.problem(keys["options"], f"{where}: eine Auswahl braucht mindestens zwei "
                         "Optionen")
        return tuple(options)

    def number_settings(self, keys: dict[str, yaml.Node], where: str, kind: QuestionType | None
                        ) -> tuple[LocalText | None, float | None, float | None]:
        for key in ("unit", "min", "max"):
            if key in keys and kind is not None and kind is not QuestionType.NUMBER:
                self.problem(keys[key], f"{where}: „{key}“ gibt es nur bei Typ number")
        unit = self.local_text(keys["unit"], where, "unit") if "unit" in keys else None
        low = self.number(keys["min"], where, "min") if "min" in keys else None
        high = self.number(keys["max"], where, "max") if "max" in keys else None
        if low is not None and high is not None and low > high:
            self.problem(keys["max"], f"{where}: „max“ ({high}) ist kleiner als „min“ ({low})")
        return unit, low, high

    def condition(self, keys: dict[str, yaml.Node], key: str, where: str, owner: int, *,
                  allow_self: bool) -> tuple[str | None, Expr | None]:
        if key not in keys:
            return None, None
        node = keys[key]
        text = self.text(node, where, key)
        if text is None:
            return None, None
        try:
            expr = parse(text)
        except ConditionError as exc:
            self.problem(node, f"{where}: Bedingung „{key}“ fehlerhaft (Spalte {exc.column}): "
                         f"{exc.message}")
            return None, None
        self.pending.append(_Pending(expr, node, where, key, owner, allow_self))
        return text, expr

    def suggestions(self, keys: dict[str, yaml.Node], where: str, owner: int
                    ) -> tuple[Suggestion, ...]:
        if "suggests" not in keys:
            return ()
        found: list[Suggestion] = []
        for number, node in enumerate(self.sequence(keys["suggests"], where, "suggests") or [],
                                      start=1):
            item_where = f"{where}, Vorschlag {number}"
            item_keys = self.mapping(node, item_where, ("when", "step"), ())
            if item_keys is None:
                continue
            when, condition = self.condition(item_keys, "when", item_where, owner,
                                             allow_self=True)
            step = (self.local_text(item_keys["step"], item_where, "step")
                    if "step" in item_keys else None)
            if when is not None and condition is not None and step is not None:
                found.append(Suggestion(when, step, condition))
        return tuple(found)

    def check_conditions(self) -> None:
        for pending in self.pending:
            prefix = f"{pending.where}: Bedingung „{pending.key}“"
            for name in sorted(pending.expr.names()):
                known = self.known.get(name)
                if known is None:
                    self.problem(pending.node, f"{prefix}: unbekannte Frage „{name}“")
                elif known.index > pending.owner or (known.index == pending.owner
                                                     and not pending.allow_self):
                    where = "ist die Frage selbst" if known.index == pending.owner else \
                        "kommt erst später"
                    self.problem(pending.node, f"{prefix}: Frage „{name}“ {where}; Bedingungen "
                                 "dürfen sich nur auf frühere Fragen beziehen")
            for message in self.value_problems(pending.expr):
                self.problem(pending.node, f"{prefix}: {message}")

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
    reader = _TemplateReader(file)
    template = reader.template(root, stem)
    problems = sorted(reader.problems, key=lambda p: p.line)
    return (template if not problems else None), problems


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
