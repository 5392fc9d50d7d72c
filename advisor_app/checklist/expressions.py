"""Expression nodes of the checklist condition language (built by ``conditions.parse``).

See ``conditions`` for the grammar and the semantics of unanswered questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "And", "Call", "Compare", "Expr", "ListLiteral", "Literal", "Name", "Not", "Or",
    "Scalar", "is_answered",
]

Scalar = str | int | float | bool


def is_answered(value: object) -> bool:
    """True unless ``value`` is None, blank text or an empty collection."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | set | frozenset):
        return bool(value)
    return True


def _normalize(value: object) -> object:
    """An answer as the language sees it: None for unanswered, dates as ISO text."""
    if not is_answered(value):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return value


# --- expression nodes -------------------------------------------------------------------

class Expr:
    """Base of all nodes. ``evaluate`` is only meaningful for boolean nodes."""

    def is_boolean(self) -> bool:
        """True for nodes that yield true/false (usable as a condition)."""
        return False

    def value(self, answers: Mapping[str, object]) -> object:
        raise NotImplementedError

    def evaluate(self, answers: Mapping[str, object]) -> bool:
        return self.value(answers) is True

    def names(self) -> set[str]:
        return set()


@dataclass(frozen=True)
class Name(Expr):
    name: str
    column: int

    def value(self, answers: Mapping[str, object]) -> object:
        return _normalize(answers.get(self.name))

    def names(self) -> set[str]:
        return {self.name}


@dataclass(frozen=True)
class Literal(Expr):
    literal: Scalar
    column: int

    def is_boolean(self) -> bool:
        return isinstance(self.literal, bool)

    def value(self, answers: Mapping[str, object]) -> object:
        return self.literal


@dataclass(frozen=True)
class ListLiteral(Expr):
    items: tuple[Scalar, ...]
    column: int

    def value(self, answers: Mapping[str, object]) -> object:
        return list(self.items)


def _same_kind(a: object, b: object) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool)
    numbers = (int, float)
    return (isinstance(a, numbers) and isinstance(b, numbers)) or type(a) is type(b)


def _compare(op: str, left: object, right: object) -> bool:
    if left is None or right is None:
        return False
    if op in ("in", "not in"):
        if not isinstance(right, list):
            return False
        candidates = left if isinstance(left, list) else [left]
        found = any(_same_kind(c, r) and c == r for c in candidates for r in right)
        return found if op == "in" else not found
    if isinstance(left, list) or isinstance(right, list):
        if op == "==":
            return left == right
        return op == "!=" and left != right
    if not _same_kind(left, right):
        return op == "!="
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if isinstance(left, bool):
        return False
    try:
        if op == "<":
            return left < right  # type: ignore[operator,no-any-return]
        if op == "<=":
            return left <= right  # type: ignore[operator,no-any-return]
        if op == ">":
            return left > right  # type: ignore[operator,no-any-return]
        return left >= right  # type: ignore[operator,no-any-return]
    except TypeError:
        return False


@dataclass(frozen=True)
class Compare(Expr):
    op: str
    left: Expr
    right: Expr
    column: int

    def is_boolean(self) -> bool:
        return True

    def value(self, answers: Mapping[str, object]) -> object:
        return _compare(self.op, self.left.value(answers), self.right.value(answers))

    def names(self) -> set[str]:
        return self.left.names() | self.right.names()


@dataclass(frozen=True)
class Not(Expr):
    operand: Expr
    column: int

    def is_boolean(self) -> bool:
        return True

    def value(self, answers: Mapping[str, object]) -> object:
        return not self.operand.evaluate(answers)

    def names(self) -> set[str]:
        return self.operand.names()


@dataclass(frozen=True)
class And(Expr):
    operands: tuple[Expr, ...]

    def is_boolean(self) -> bool:
        return True

    def value(self, answers: Mapping[str, object]) -> object:
        return all(o.evaluate(answers) for o in self.operands)

    def names(self) -> set[str]:
        return set().union(*(o.names() for o in self.operands))


@dataclass(frozen=True)
class Or(Expr):
    operands: tuple[Expr, ...]

    def is_boolean(self) -> bool:
        return True

    def value(self, answers: Mapping[str, object]) -> object:
        return any(o.evaluate(answers) for o in self.operands)

    def names(self) -> set[str]:
        return set().union(*(o.names() for o in self.operands))


@dataclass(frozen=True)
class Call(Expr):
    function: str  # "answered" or "contains"
    name: Name
    argument: Literal | None
    column: int

    def is_boolean(self) -> bool:
        return True

    def value(self, answers: Mapping[str, object]) -> object:
        answer = self.name.value(answers)
        if self.function == "answered":
            return answer is not None
        if answer is None or self.argument is None:
            return False
        wanted = self.argument.literal
        if isinstance(answer, list):
            return any(_same_kind(a, wanted) and a == wanted for a in answer)
        return _same_kind(answer, wanted) and answer == wanted

    def names(self) -> set[str]:
        return {self.name.name}
