#!/usr/bin/env bash
# Benchmarks, in one go. Each prints its settings and compares against a baseline measured in the same run.
#   scripts/bench.sh            all benchmarks
# They live in their own module (bench/), out of the library's jar, and run on the client's shaded jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar=client/target/bondbridge.jar
bench_jar=bench/target/bondbridge-bench.jar
if [[ ! -f "$jar" || ! -f "$bench_jar" ]]; then
  mvn -q -B -DskipTests -pl bench -am package
fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
benches=(io.bondbridge.bench.LedgerBench io.bondbridge.bench.ReserveAuditBench
  io.bondbridge.bench.CouponClaimBench)
for bench in "${benches[@]}"; do
  echo
  java -cp "$jar:$bench_jar" "$bench"
done
