"""Every command and subcommand has German help and exits 0 with --help."""

from __future__ import annotations

import argparse

import pytest

from advisor_app.cli import build_parser, main


def _commands(parser: argparse.ArgumentParser, prefix: list[str]) -> list[list[str]]:
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, [*prefix, name])
    return found


COMMANDS = _commands(build_parser(), [])


def test_all_expected_commands_exist() -> None:
    assert {" ".join(c) for c in COMMANDS} >= {
        "", "db", "db info", "db check", "db backup", "db restore", "import", "export"}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "advisor-app")
def test_help_exits_0(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: advisor-app")
    assert "--db" in out


def test_cli_import_does_not_load_heavy_modules() -> None:
    import subprocess
    import sys

    code = ("import sys, advisor_app.cli as c; c.build_parser(); "
            "heavy = [m for m in ('sqlalchemy', 'openpyxl', 'alembic', 'PySide6') "
            "if m in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
