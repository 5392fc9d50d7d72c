"""The layering rule: the core ``advisor_app`` never imports Qt or ``ui``, not even indirectly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from importlinter.api import read_configuration
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]
QT_OR_UI = ("PySide6", "shiboken6", "ui")

# Imports every module of advisor_app (the Alembic scripts are loaded by file path, not as
# modules, and are skipped), then reports which Qt or ui modules ended up in sys.modules.
IMPORT_ALL = """
import importlib, json, pkgutil, sys
import advisor_app
names = [m.name for m in pkgutil.walk_packages(advisor_app.__path__, "advisor_app.")
         if ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(json.dumps({"imported": names, "qt_or_ui": loaded}))
"""


def _run_python(code: str) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_import_linter_contracts_are_kept() -> None:
    exit_code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                             no_logo=True)
    assert exit_code == 0, "import-linter found a broken contract (see captured output)"


def test_import_linter_config_forbids_qt_and_ui_in_the_core() -> None:
    contracts = read_configuration(str(ROOT / "pyproject.toml"))["contracts_options"]
    forbidden = [c for c in contracts if c["type"] == "forbidden"
                 and "advisor_app" in c["source_modules"]]
    assert forbidden, "no 'forbidden' contract for advisor_app"
    modules = {m for c in forbidden for m in c["forbidden_modules"]}
    assert set(QT_OR_UI) <= modules
    assert all(str(c.get("allow_indirect_imports", "false")).lower() == "false"
               for c in forbidden)


def test_importing_every_core_module_loads_no_qt() -> None:
    data = _run_python(IMPORT_ALL)
    assert len(data["imported"]) >= 10, data["imported"]  # really walked the package
    assert "advisor_app.persistence.database" in data["imported"]
    assert data["qt_or_ui"] == []


def test_command_line_path_loads_no_qt() -> None:
    """``advisor-app --version`` goes through ui.launcher but must stay Qt-free and fast."""
    code = """
import contextlib, io, json, sys
from ui.launcher import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        rc = main(["--version"])
    except SystemExit as exc:
        rc = exc.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"rc": [str(rc)], "out": [out.getvalue()], "qt_or_ui": loaded}))
"""
    data = _run_python(code)
    assert data["rc"] in (["0"], ["None"]), data
    assert data["out"][0].strip(), "--version printed nothing"
    assert data["qt_or_ui"] == []
