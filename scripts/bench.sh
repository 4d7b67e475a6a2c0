#!/usr/bin/env bash
# Benchmarks, in one go. Each prints its settings and compares against a baseline measured in the same run.
#   scripts/bench.sh                      the embedded-ledger benchmarks
#   scripts/bench.sh --fabric [OPTIONS]   the load driver on a live Fabric network: brought up and deployed
#                                         when none runs (and torn down after), the one-key-write `ceiling`
#                                         chaincode deployed beside bondbridge; OPTIONS go to FabricBench
#                                         (--workloads, --windows 16,32,64, --warmup 5, --seconds 20,
#                                         --mints 100,1000); table on stdout, JSON and PNG in bench/target/
# They live in their own module (bench/), out of the library's jar, and run on the client's shaded jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar=client/target/bondbridge.jar
bench_jar=bench/target/bondbridge-bench.jar

info() { printf '[bench] %s\n' "$*" >&2; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"

if [[ "${1:-}" == --fabric ]]; then
  shift
  mvn -q -B -DskipTests -pl bench,ceiling -am package
  profiles="${BONDBRIDGE_NETWORK_STATE:-$root/network/.local}/profiles"
  started=no
  if ! scripts/network.sh status 2>/dev/null | grep -q '^peer0.centralbank .*running'; then
    info "no network running: bringing one up (torn down again at the end)"
    started=yes
    trap 'if [[ $started == yes ]]; then scripts/network.sh down >/dev/null 2>&1 || true; fi' EXIT
    scripts/network.sh up
  fi
  scripts/network.sh deploy
  scripts/network.sh deploy-ceiling
  echo "network: $(cat "${BONDBRIDGE_NETWORK_STATE:-$root/network/.local}/orderers") Raft orderer(s), 5 peers," \
    "endorsement MAJORITY of 5 (channel default), TLS, LevelDB;" \
    "$(awk '/BatchTimeout:/ { t=$2 } /MaxMessageCount:/ { print "batch " t " / " $2 " tx"; exit }' network/configtx.yaml)"
  java -cp "$jar:$bench_jar" io.bondbridge.bench.fabric.FabricBench --profiles "$profiles" \
    --json bench/target/fabric-bench.json --png bench/target/fabric-bench.png "$@"
  exit 0
fi

if [[ ! -f "$jar" || ! -f "$bench_jar" ]]; then
  mvn -q -B -DskipTests -pl bench -am package
fi
benches=(io.bondbridge.bench.LedgerBench io.bondbridge.bench.ReserveAuditBench
  io.bondbridge.bench.CouponClaimBench)
for bench in "${benches[@]}"; do
  echo
  java -cp "$jar:$bench_jar" "$bench"
done
