#!/usr/bin/env bash
# One-command build of the one-folder program: build/dist/advisor-app/advisor-app
# Usage: bash build/build.sh            (uses .venv if present, else the active Python)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
python="${PYTHON:-}"
if [[ -z "$python" ]]; then
    if [[ -x "$root/.venv/bin/python" ]]; then python="$root/.venv/bin/python"; else python=python3; fi
fi
cd "$root"
start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$here/work" --distpath "$here/dist" "$here/advisor-app.spec"
end=$(date +%s)
exe="$here/dist/advisor-app/advisor-app"
[[ -x "$exe" ]] || { echo "build.sh: $exe was not produced" >&2; exit 1; }
echo "build.sh: built $exe in $((end - start)) s ($(du -sh "$here/dist/advisor-app" | cut -f1))"
