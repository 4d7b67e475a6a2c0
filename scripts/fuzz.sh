#!/usr/bin/env bash
# Coverage-guided fuzzing (Jazzer) of the JSON codec, the text parsers and every contract entry point. Each
# target runs for the maxDuration its @FuzzTest names (15 + 5 + 10 + 30 s), once per round; the corpus a round
# grows (.cifuzz-corpus/) is where the next round starts. A finding fails this command; Jazzer writes the input
# as <module>/crash-<sha1>: move it to src/test/resources/<package>/<Test>Inputs/<method>/ and the plain test run
# replays it from then on.
#   scripts/fuzz.sh                              one round (about a minute of fuzzing; scripts/test.sh runs it)
#   BONDBRIDGE_FUZZ_ROUNDS=30 scripts/fuzz.sh    a long run: 30 rounds (about half an hour)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

rounds="${BONDBRIDGE_FUZZ_ROUNDS:-1}"
targets=(
  "api:CodecFuzzTest#jsonRecordsAreReadOrRejectedWithACode"
  "api:CodecFuzzTest#jsonTreesAreParsedOrRejectedWithACode"
  "api:CodecFuzzTest#textParsersReturnOrRejectWithACode"
  "client:ContractFuzzTest#everyEntryPointSucceedsOrRejectsWithACode"
)
info() { printf '\n== %s\n' "$*"; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

total_runs=0
total_secs=0
for ((round = 1; round <= rounds; round++)); do
  for target in "${targets[@]}"; do
    module="${target%%:*}"
    test="${target#*:}"
    info "fuzz $test (round $round of $rounds)"
    # Instrument the project's classes and Gson for coverage; the JVM's heap is bounded, so an input that
    # needs unbounded memory is a finding (OutOfMemoryError), not a slow machine.
    if ! JAZZER_FUZZ=1 mvn -B -q -pl "$module" -am verify -Djacoco.skip=true \
        -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
        -DargLine=-Xmx1g '-Djazzer.instrumentation_includes=io.bondbridge.**:com.google.gson.**' >"$log" 2>&1; then
      grep -a -v '^INFO: \(Instrumented\|Loaded\)' "$log" | tail -60 >&2
      echo "fuzzing $test FAILED: a finding or a build error (above)" >&2
      exit 1
    fi
    line="$(grep -a -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)"
    echo "${line:-no fuzzing summary (JAZZER_FUZZ ignored?)}"
    if [[ -n "$line" ]]; then
      read -r _ runs _ _ secs _ <<<"$line"
      total_runs=$((total_runs + runs))
      total_secs=$((total_secs + secs))
    fi
  done
done
info "fuzzing: $total_runs executions in $total_secs s over ${#targets[@]} targets x $rounds round(s), no finding"
