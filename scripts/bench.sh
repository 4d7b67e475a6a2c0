#!/usr/bin/env bash
# Benchmarks, in one go. Each prints its settings and compares against a baseline measured in the same run.
#   scripts/bench.sh            all benchmarks
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar=client/target/bondbridge.jar
[[ -f "$jar" ]] || mvn -q -B -DskipTests package

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
benches=(io.bondbridge.client.bench.LedgerBench io.bondbridge.client.bench.ReserveAuditBench
  io.bondbridge.client.bench.CouponClaimBench)
for bench in "${benches[@]}"; do
  echo
  java -cp "$jar" "$bench"
done
