#!/usr/bin/env bash
# The network suite in one go: Fabric binaries, a fresh network, the chaincode
# deployed, the client's network tests (FabricNetworkIT, Maven failsafe), and
# the network torn down again whatever happened. Prints how long each step
# took.
#
# Exit codes: 0 the suite passed; 4 skipped because Fabric binaries are
# unavailable on this machine; anything else a failure.
#   ORDERERS=3 scripts/network-test.sh     runs it against three orderers
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROFILES="${BONDBRIDGE_NETWORK_STATE:-$ROOT/network/.local}/profiles"
ORDERERS="${ORDERERS:-1}"
EXIT_UNAVAILABLE=4

info() { printf '[network-test] %s\n' "$*" >&2; }

STEPS=()
network_started=no

report() {
  local step
  if ((${#STEPS[@]} > 0)); then
    info "timings:"
    for step in "${STEPS[@]}"; do info "  $step"; done
  fi
}

# shellcheck disable=SC2317  # called by the EXIT trap
finish() {
  local rc=$?
  if [[ "$network_started" == yes ]]; then
    local t0=$SECONDS
    "$ROOT/scripts/network.sh" down || rc=1
    STEPS+=("down: $((SECONDS - t0)) s")
  fi
  report
  if ((rc == 0)); then info "network suite PASSED"; elif ((rc != EXIT_UNAVAILABLE)); then info "network suite FAILED (exit $rc)"; fi
  exit "$rc"
}
trap finish EXIT

# step NAME COMMAND...: runs COMMAND and records its duration.
step() {
  local name="$1" t0=$SECONDS rc=0
  shift
  info "== $name"
  "$@" || rc=$?
  STEPS+=("$name: $((SECONDS - t0)) s")
  return "$rc"
}

cd "$ROOT"
rc=0
step binaries "$ROOT/scripts/fabric-install.sh" >/dev/null || rc=$?
if ((rc == EXIT_UNAVAILABLE)); then
  echo "network suite SKIPPED: Fabric binaries unavailable on this machine (see above)"
  exit "$EXIT_UNAVAILABLE"
fi
((rc == 0)) || exit "$rc"

network_started=yes
step up "$ROOT/scripts/network.sh" up --orderers "$ORDERERS"
step deploy "$ROOT/scripts/network.sh" deploy
# -am builds the chaincode module the client depends on from this tree rather
# than from ~/.m2; the fabric profile runs failsafe on **/network/*IT.java.
step suite mvn -pl client -am -Pfabric verify \
  "-Dbondbridge.fabric.profiles=$PROFILES"
