"""Entry point of ``advisor-app``: subcommands go to the Qt-free CLI without importing Qt;
no subcommand opens the window."""

from __future__ import annotations

import sys

GUI_OPTIONS = {"--db", "--lang", "--self-test"}


def wants_gui(argv: list[str]) -> bool:
    """True when argv holds only window options (``--db PATH``, ``--lang``, ``--self-test``)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        name = arg.split("=", 1)[0]
        if name not in GUI_OPTIONS:
            return False
        i += 2 if ("=" not in arg and name != "--self-test") else 1
    return True


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        from ui.app import main as gui_main

        return gui_main(args)
    from advisor_app.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
