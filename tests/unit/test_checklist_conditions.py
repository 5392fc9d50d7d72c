"""The checklist condition language: parsing, errors with columns, evaluation, names."""

from __future__ import annotations

import datetime as dt

import pytest

from advisor_app.checklist.conditions import ConditionError, parse


@pytest.mark.parametrize(("text", "answers", "expected"), [
    ("x == 'yes'", {"x": "yes"}, True),
    ("x == 'yes'", {"x": "no"}, False),
    ("x == 'yes'", {}, False),
    ("x != 'yes'", {"x": "no"}, True),
    ("x != 'yes'", {}, False),  # unanswered: every comparison is false
    ("not x == 'yes'", {}, True),
    ("x in ['yes', 'partly']", {"x": "partly"}, True),
    ("x in ['yes', 'partly']", {"x": "no"}, False),
    ("x not in ['yes', 'partly']", {"x": "no"}, True),
    ("x not in ['yes', 'partly']", {"x": None}, False),
    ("m in ['a', 'b']", {"m": ["c", "b"]}, True),
    ("m in ['a', 'b']", {"m": ["c"]}, False),
    ("n >= 10", {"n": 10}, True),
    ("n > 10", {"n": 10}, False),
    ("n < 2.5", {"n": 2}, True),
    ("n <= -1", {"n": -3}, True),
    ("n > 3", {"n": "viele"}, False),  # text against number: false, no error
    ("n == 3", {"n": "3"}, False),
    ("answered(t)", {"t": "Notiz"}, True),
    ("answered(t)", {"t": "   "}, False),
    ("answered(m)", {"m": []}, False),
    ("contains(m, 'a')", {"m": ["a", "b"]}, True),
    ("contains(m, 'a')", {"m": ["b"]}, False),
    ("contains(m, 'a')", {}, False),
    ("d >= '2026-01-01'", {"d": dt.date(2026, 3, 1)}, True),
    ("a == 'yes' and b == 'no'", {"a": "yes", "b": "no"}, True),
    ("a == 'yes' and b == 'no'", {"a": "yes", "b": "yes"}, False),
    ("a == 'yes' or b == 'no'", {"a": "no", "b": "no"}, True),
    ("not (a == 'yes' or b == 'no')", {"a": "no", "b": "yes"}, True),
    ("a == 'x' or b == 'y' and c == 'z'", {"a": "x"}, True),  # and binds tighter
    ("(a == 'x' or b == 'y') and c == 'z'", {"a": "x"}, False),
    ("t == 'it\\'s'", {"t": "it's"}, True),
    ("true", {}, True),
    ("false or x == 1", {"x": 1}, True),
])
def test_evaluate(text: str, answers: dict[str, object], expected: bool) -> None:
    assert parse(text).evaluate(answers) is expected


def test_names_are_the_referenced_questions() -> None:
    expr = parse("a == 'x' and (answered(b) or contains(c, 'v')) and not d in [1, 2]")
    assert expr.names() == {"a", "b", "c", "d"}
    assert parse("true").names() == set()


@pytest.mark.parametrize(("text", "column", "fragment"), [
    ("", 1, "leer"),
    ("x", 1, "Vergleich erwartet"),
    ("x == 'a' and y", 14, "Vergleich erwartet"),
    ("x = 'a'", 3, "„==“ verwenden"),
    ("x == \"a\"", 6, "einfache Anführungszeichen"),
    ("x == 'a", 6, "schließendes Anführungszeichen"),
    ("x == 'a' == 'b'", 10, "nicht verketten"),
    ("(x == 'a'", 10, "„)“ erwartet"),
    ("x in 'a'", 6, "Liste erwartet"),
    ("x == 'a' y == 'b'", 10, "„y“"),
    ("eval(x)", 1, "unbekannte Funktion"),
    ("answered('x')", 10, "Frage-Kennung"),
    ("contains(m)", 11, "„,“"),
    ("x == ", 6, "Wert"),
    ("x == 'a' & y == 'b'", 10, "unerwartetes Zeichen"),
    ("__import__('os') == 1", 1, "unbekannte Funktion"),
    ("X == 1", 1, "weder Frage-Kennung noch Zahl"),
    ("x in [1, 2", 11, "„,“ oder „]“"),
])
def test_errors_name_the_column(text: str, column: int, fragment: str) -> None:
    with pytest.raises(ConditionError) as info:
        parse(text)
    assert info.value.column == column, info.value
    assert fragment in info.value.message
    assert str(info.value).startswith(f"Spalte {column}: ")


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(ConditionError, match="zu tief verschachtelt"):
        parse("(" * 5000 + "x == 1" + ")" * 5000)
    assert parse("(" * 20 + "x == 1" + ")" * 20).evaluate({"x": 1})
