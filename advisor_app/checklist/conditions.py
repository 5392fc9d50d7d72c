"""The small, safe condition language of checklist templates (``show_if`` and ``when``).

Grammar (keywords lower case)::

    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand [("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in") operand]
    operand    := NAME | STRING | NUMBER | "true" | "false" | list | call | "(" expr ")"
    list       := "[" [literal ("," literal)*] "]"
    call       := "answered" "(" NAME ")" | "contains" "(" NAME "," literal ")"

Names are question ids. Texts are written in single quotes (``\\'`` and ``\\\\`` escape).
Nothing is ever eval'd: the text is tokenized and parsed into the node classes below.

Semantics: an unanswered question (missing, None, empty text or empty list) is *null*; every
comparison with a null operand is false (``x == 'yes'`` and ``x != 'yes'`` alike), ``not``
turns that into true. ``in`` with a multiple-choice answer (a list) is true when any chosen
value is in the list. Ordering a number against a text is false, never an error.
A condition must be boolean: a bare name or text (``x`` or ``x and y``) is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    Scalar,
    is_answered,
)

__all__ = [
    "And", "Call", "Compare", "ConditionError", "Expr", "ListLiteral", "Literal", "Name",
    "Not", "Or", "is_answered", "parse", "tokenize",
]


class ConditionError(ValueError):
    """A condition that cannot be parsed; ``column`` is 1-based within the condition text."""

    def __init__(self, message: str, column: int) -> None:
        self.message = message
        self.column = column
        super().__init__(f"Spalte {column}: {message}")


# --- tokenizer --------------------------------------------------------------------------

@dataclass(frozen=True)
class Token:
    kind: str  # NAME, STRING, NUMBER, OP, KEYWORD, PUNCT, END
    text: str
    column: int
    literal: Scalar | None = None


KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})
FUNCTIONS = frozenset({"answered", "contains"})
_WORD = re.compile(r"[A-Za-z0-9_.]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_NAME = re.compile(r"[a-z0-9_]*[a-z_][a-z0-9_]*")
_OPS = ("==", "!=", "<=", ">=", "<", ">")


def _read_string(text: str, start: int) -> tuple[str, int]:
    chars: list[str] = []
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in "'\\":
            chars.append(text[i + 1])
            i += 2
            continue
        if ch == "'":
            return "".join(chars), i + 1
        chars.append(ch)
        i += 1
    raise ConditionError("Text ohne schließendes Anführungszeichen (')", start + 1)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        col = i + 1
        if ch.isspace():
            i += 1
        elif ch == "'":
            value, i = _read_string(text, i)
            tokens.append(Token("STRING", text[col - 1:i], col, value))
        elif ch == '"':
            raise ConditionError("Texte in einfache Anführungszeichen setzen: 'text'", col)
        elif text.startswith(_OPS, i):
            op = next(o for o in _OPS if text.startswith(o, i))
            tokens.append(Token("OP", op, col))
            i += len(op)
        elif ch in "()[],":
            tokens.append(Token("PUNCT", ch, col))
            i += 1
        elif ch == "=":
            raise ConditionError("„=“ ist kein Vergleich; „==“ verwenden", col)
        elif ch == "-" or _WORD.match(text, i):
            match = _WORD.match(text, i + 1 if ch == "-" else i)
            end = match.end() if match else i + 1
            word = text[i:end]
            i = end
            if _NUMBER.fullmatch(word):
                number: Scalar = float(word) if "." in word else int(word)
                tokens.append(Token("NUMBER", word, col, number))
            elif word in KEYWORDS:
                tokens.append(Token("KEYWORD", word, col))
            elif _NAME.fullmatch(word):
                tokens.append(Token("NAME", word, col))
            else:
                raise ConditionError(f"„{word}“ ist weder Frage-Kennung noch Zahl", col)
        else:
            raise ConditionError(f"unerwartetes Zeichen „{ch}“", col)
    tokens.append(Token("END", "", len(text) + 1))
    return tokens


# --- parser -----------------------------------------------------------------------------

COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">="})


def _describe(token: Token) -> str:
    return "das Ende" if token.kind == "END" else f"„{token.text}“"


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.pos = 0

    @property
    def token(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def at(self, kind: str, text: str | None = None) -> bool:
        return self.token.kind == kind and (text is None or self.token.text == text)

    def expect(self, kind: str, text: str, what: str) -> Token:
        if not self.at(kind, text):
            raise ConditionError(f"{what} erwartet, gefunden: {_describe(self.token)}",
                                 self.token.column)
        return self.advance()

    def condition(self) -> Expr:
        if self.at("END"):
            raise ConditionError("die Bedingung ist leer", 1)
        expr = self.or_expr()
        if not self.at("END"):
            raise ConditionError(f"unerwartet: {_describe(self.token)} (fehlt „and“/„or“?)",
                                 self.token.column)
        return expr

    def boolean(self, expr: Expr, column: int) -> Expr:
        if not expr.is_boolean():
            raise ConditionError("hier wird ein Vergleich erwartet, z. B. frage == 'yes' "
                                 "oder answered(frage)", column)
        return expr

    def or_expr(self) -> Expr:
        column = self.token.column
        operands = [self.boolean(self.and_expr(), column)]
        while self.at("KEYWORD", "or"):
            self.advance()
            column = self.token.column
            operands.append(self.boolean(self.and_expr(), column))
        return operands[0] if len(operands) == 1 else Or(tuple(operands))

    def and_expr(self) -> Expr:
        column = self.token.column
        operands = [self.not_expr()]
        while self.at("KEYWORD", "and"):
            self.boolean(operands[0], column)
            self.advance()
            column = self.token.column
            operands.append(self.boolean(self.not_expr(), column))
        return operands[0] if len(operands) == 1 else And(tuple(operands))

    def not_expr(self) -> Expr:
        if self.at("KEYWORD", "not"):
            column = self.advance().column
            operand_column = self.token.column
            return Not(self.boolean(self.not_expr(), operand_column), column)
        return self.comparison()

    def comparison(self) -> Expr:
        left = self.operand()
        op_token = self.token
        if (self.at("OP") and op_token.text in COMPARISONS) or self.at("KEYWORD", "in"):
            op = self.advance().text
        elif self.at("KEYWORD", "not") and self.tokens[self.pos + 1].text == "in":
            self.pos += 2
            op = "not in"
        else:
            return left
        if left.is_boolean() and not isinstance(left, Literal):
            raise ConditionError(f"links von „{op}“ steht schon ein Vergleich; Klammern "
                                 "setzen oder „and“/„or“ verwenden", op_token.column)
        right_column = self.token.column
        right = self.operand()
        if right.is_boolean() and not isinstance(right, Literal):
            raise ConditionError(f"rechts von „{op}“ wird ein Wert erwartet", right_column)
        if op.endswith("in") and not isinstance(right, ListLiteral):
            raise ConditionError(f"nach „{op}“ wird eine Liste erwartet, z. B. ['a', 'b']",
                                 right_column)
        if self.at("OP") or self.at("KEYWORD", "in"):
            raise ConditionError("Vergleiche lassen sich nicht verketten; „and“ verwenden",
                                 self.token.column)
        return Compare(op, left, right, op_token.column)

    def literal(self) -> Literal:
        token = self.token
        if token.kind in ("STRING", "NUMBER"):
            self.advance()
            assert token.literal is not None
            return Literal(token.literal, token.column)
        if token.kind == "KEYWORD" and token.text in ("true", "false"):
            self.advance()
            return Literal(token.text == "true", token.column)
        raise ConditionError(f"ein Wert ('text', Zahl, true/false) erwartet, gefunden: "
                             f"{_describe(token)}", token.column)

    def operand(self) -> Expr:
        token = self.token
        if token.kind == "NAME":
            self.advance()
            if self.at("PUNCT", "("):
                return self.call(token)
            return Name(token.text, token.column)
        if self.at("PUNCT", "("):
            self.advance()
            expr = self.or_expr()
            self.expect("PUNCT", ")", "„)“")
            return expr
        if self.at("PUNCT", "["):
            self.advance()
            items: list[Scalar] = []
            while not self.at("PUNCT", "]"):
                if items:
                    self.expect("PUNCT", ",", "„,“ oder „]“")
                items.append(self.literal().literal)
            self.advance()
            return ListLiteral(tuple(items), token.column)
        return self.literal()

    def call(self, function: Token) -> Expr:
        if function.text not in FUNCTIONS:
            raise ConditionError(f"unbekannte Funktion „{function.text}“ (erlaubt: "
                                 "answered, contains)", function.column)
        self.advance()  # "("
        if not self.at("NAME"):
            raise ConditionError(f"{function.text}(…) erwartet eine Frage-Kennung, gefunden: "
                                 f"{_describe(self.token)}", self.token.column)
        name_token = self.advance()
        name = Name(name_token.text, name_token.column)
        argument = None
        if function.text == "contains":
            self.expect("PUNCT", ",", "„,“ und ein Wert")
            argument = self.literal()
        self.expect("PUNCT", ")", "„)“")
        return Call(function.text, name, argument, function.column)


def parse(text: str) -> Expr:
    """Parse a condition; raises ConditionError (German message, 1-based column)."""
    try:
        return _Parser(text).condition()
    except RecursionError:
        raise ConditionError("die Bedingung ist zu tief verschachtelt", 1) from None
