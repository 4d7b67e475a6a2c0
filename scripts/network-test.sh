#!/usr/bin/env bash
# The network suite in one go: Fabric binaries, a fresh network, the chaincode
# deployed, the demo told through the Gateway, the client's network tests
# (client/src/test/.../network/*IT.java, Maven failsafe), and the network torn
# down again whatever happened. Prints how long each step took.
#
# Exit codes: 0 the suite passed; 4 skipped because Fabric binaries are
# unavailable on this machine; anything else a failure.
#   scripts/network-test.sh --orderers 3   runs it against three Raft orderers
#                                          (ORDERERS=3 in the environment too)
#   scripts/network-test.sh --hosts        each orderer and each org's peer on a
#                                          host of its own (network.sh up --hosts;
#                                          root and iproute2)
#   scripts/network-test.sh --faults       instead of the suite: faults under a
#                                          bounded load (FaultsNetworkIT: kill -9
#                                          and restart a peer and the chaincode
#                                          server, a Raft follower then the leader,
#                                          cut an org's host off and heal it);
#                                          implies --hosts and --orderers 3
#   scripts/network-test.sh --no-build     skip building the jars (test.sh has
#                                          just built them)
#   BONDBRIDGE_KEEP_LOGS=DIR               copy the nodes' logs there before the
#                                          network goes down
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${BONDBRIDGE_NETWORK_STATE:-$ROOT/network/.local}"
PROFILES="$STATE/profiles"
ORDERERS="${ORDERERS:-1}"
HOSTS=()
FAULTS=no
BUILD=yes
EXIT_UNAVAILABLE=4

while [[ $# -gt 0 ]]; do
  case "$1" in
    --orderers) [[ $# -ge 2 ]] || { echo "--orderers needs 1 or 3" >&2; exit 1; }; ORDERERS="$2"; shift 2 ;;
    --orderers=*) ORDERERS="${1#--orderers=}"; shift ;;
    --hosts) HOSTS=(--hosts); shift ;;
    --no-build) BUILD=no; shift ;;
    --faults) FAULTS=yes; HOSTS=(--hosts); ORDERERS=3; shift ;;
    -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown argument '$1' (network-test.sh [--orderers 1|3] [--hosts] [--faults] [--no-build])" >&2; exit 1 ;;
  esac
done
[[ "$ORDERERS" == 1 || "$ORDERERS" == 3 ]] || { echo "--orderers must be 1 or 3, not '$ORDERERS'" >&2; exit 1; }

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
    if [[ -n "${BONDBRIDGE_KEEP_LOGS:-}" && -d "$STATE/logs" ]]; then
      mkdir -p "$BONDBRIDGE_KEEP_LOGS" && cp -r "$STATE/logs/." "$BONDBRIDGE_KEEP_LOGS/" && info "logs kept in $BONDBRIDGE_KEEP_LOGS"
    fi
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

# The jars from this tree, so deploy never ships a chaincode.jar older than the
# sources (unit tests are test.sh's job, not this suite's).
[[ "$BUILD" == no ]] || step build mvn -q -pl client -am package -DskipTests
network_started=yes
step up "$ROOT/scripts/network.sh" up --orderers "$ORDERERS" "${HOSTS[@]}"
step deploy "$ROOT/scripts/network.sh" deploy
if [[ "$FAULTS" == yes ]]; then
  # Only the fault driver: it needs the network to itself (it kills nodes).
  step faults mvn -pl client -am -Pfabric verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=FaultsNetworkIT -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true -Djacoco.skip=true \
    "-Dbondbridge.fabric.profiles=$PROFILES" -Dbondbridge.faults=true \
    "-Dbondbridge.network.script=$ROOT/scripts/network.sh"
  exit 0
fi
# The whole story through the Gateway, first: it posts the earliest trade
# months (STATISTICS posts month by month), the ITs continue after them.
step demo "$ROOT/scripts/bondbridge" --fabric "$PROFILES" demo
# The fabric profile runs failsafe on **/network/*IT.java; -Dtest=none skips
# the unit tests and -Dspotless.check.skip the format check, which test.sh's
# own build ran already.
step suite mvn -pl client -am -Pfabric verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true "-Dbondbridge.fabric.profiles=$PROFILES"
# The chaincode server logs no line per transaction (network.sh sets its levels): its router's INFO lines once cost
# 11% of its CPU while a setting meant to silence them did not. The demo and the suite above sent hundreds.
quiet_chaincode_log() {
  local log="$STATE/logs/chaincode.log" lines
  lines="$(grep -c 'INFO .*ContractRouter' "$log" || true)"
  ((lines == 0)) || { info "$log: $lines per-transaction INFO lines of the contract router"; return 1; }
  info "chaincode server log: no per-transaction lines ($(wc -l <"$log") lines in all)"
}
step quiet-log quiet_chaincode_log
# The chaincode asks the peers for several keys per request (BONDBRIDGE_STATE_BATCH, Fabric 3.1's batch messages):
# a PvP payment's 18 reads and 6 writes took 24 round trips, now 5-7. Bank A's peer endorsed most of the suite.
batched_requests() {
  local metrics reads writes
  metrics="$("$ROOT/scripts/network.sh" metrics banka)" || return 1
  reads="$(shim_requests GET_STATE_MULTIPLE <<<"$metrics")"
  writes="$(shim_requests WRITE_BATCH_STATE <<<"$metrics")"
  info "peer0.banka served $reads multi-key reads and $writes write batches of bondbridge"
  ((reads > 0 && writes > 0)) || { info "the chaincode sent no batches: is BONDBRIDGE_STATE_BATCH on?"; return 1; }
}
# shim_requests TYPE < metrics: how many chaincode requests of TYPE a peer received from bondbridge's chaincode.
shim_requests() {
  awk -v type="type=\"$1\"" '/^chaincode_shim_requests_received/ && /chaincode="bondbridge_/ && index($0, type) {
    n += $2 } END { print n + 0 }'
}
step batched batched_requests
