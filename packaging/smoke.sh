#!/usr/bin/env bash
# Smoke test of the built one-folder app, run by `make bundle`: use it as a person would, headless,
# in a throwaway data folder. Usage: bash packaging/smoke.sh [dist/health-planner]
set -euo pipefail

app_dir=${1:-dist/health-planner}
exe="$app_dir/health-planner"
here=$(cd "$(dirname "$0")/.." && pwd)
[ -x "$exe" ] || { echo "smoke: no app at $exe (run make bundle)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/hp-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen HEALTH_PLANNER_HOME="$work/home"
unset HEALTH_PLANNER_PASSPHRASE HEALTH_PLANNER_BACKUP_PASSPHRASE

step() { printf 'smoke: %-42s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }

expected=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$here/planner/__init__.py")
step "--version says $expected"
got=$("$exe" --version)
[ "$got" = "health-planner $expected" ] || { echo "FAILED: $got"; exit 1; }
ok

step "--help lists the commands"
"$exe" --help | grep -q "screenshots" || { echo "FAILED: no screenshots command in --help"; exit 1; }
ok

step "demo profile (product Argon2id settings)"
"$exe" demo >"$work/demo.out"
ok

step "a wrong passphrase: exit 2, one line"
set +e
echo "not it" | "$exe" --profile Demo --passphrase-stdin verify >/dev/null 2>"$work/wrong.err"
code=$?
set -e
[ "$code" = 2 ] && [ "$(wc -l <"$work/wrong.err")" = 1 ] || { echo "FAILED: $code"; cat "$work/wrong.err"; exit 1; }
ok

step "verify the encrypted vault"  # the first wrong tries are free: no wait
echo demo | "$exe" --profile Demo --passphrase-stdin verify >/dev/null
ok

step "export the GP summary as PDF"
echo demo | "$exe" --profile Demo --passphrase-stdin export --format pdf --out "$work/summary.pdf" >/dev/null
head -c 5 "$work/summary.pdf" | grep -q '%PDF-' || { echo "FAILED: not a PDF"; exit 1; }
grep -aq '/StructTreeRoot' "$work/summary.pdf" || { echo "FAILED: the PDF is not tagged"; exit 1; }
ok "$(du -h "$work/summary.pdf" | cut -f1)"

step "export FHIR"
echo demo | "$exe" --profile Demo --passphrase-stdin export --format fhir --out "$work/me.json" >/dev/null
grep -Eq '"resourceType": ?"Bundle"' "$work/me.json" || { echo "FAILED: not a FHIR Bundle"; exit 1; }
ok

step "screenshots --out DIR (offscreen)"
"$exe" screenshots --out "$work/shots" >/dev/null 2>"$work/shots.err"
count=$(find "$work/shots" -name '*.png' | wc -l)
[ "$count" -ge 10 ] || { echo "FAILED: $count screenshots"; cat "$work/shots.err"; exit 1; }
ok "$count PNG files"

echo "smoke: the app folder is $(du -sh "$app_dir" | cut -f1); all checks passed"
