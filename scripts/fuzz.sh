#!/usr/bin/env bash
# Fuzzes every Jazzer target, one after another, each in a JVM of its own (Jazzer fuzzes one target
# per JVM), after the regression tests. Usage: scripts/fuzz.sh [duration per target, default 10m]
# It is mvn -Pfuzz verify with the duration set; see SECURITY.md, "Fuzzing".
# A finding fails the run and is written to the target's inputs directory under
# cli/src/test/resources/io/github/microcredentials/cli/fuzz/: fix the code and commit the input.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -Pfuzz verify -Dfuzz.duration="${1:-10m}"
