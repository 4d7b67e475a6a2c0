#!/usr/bin/env bash
# Benchmarks, in one go. Each prints its settings and compares against a baseline measured in the same run.
#   scripts/bench.sh                      the embedded-ledger benchmarks, then the CLI's start-up time
#                                         (BONDBRIDGE_BENCH_CLI_RUNS runs per command, 11; with a network
#                                         running, the Gateway path against it too)
#   scripts/bench.sh --cli                the CLI's start-up time alone
#   scripts/bench.sh --fabric [OPTIONS]   the load driver on a live Fabric network: brought up and deployed
#                                         when none runs (and torn down after), the benchmarks' `ceiling`
#                                         chaincode deployed beside bondbridge; OPTIONS go to FabricBench
#                                         (--workloads, --windows 16,32,64, --prime 8, --rounds 2 of a ceiling
#                                         slice then a workload slice, --warmup 4, --seconds 10 per slice,
#                                         --mints 100,1000); table on stdout, JSON and PNG in bench/target/
#   scripts/bench.sh --caliper [LOAD] [SECONDS]
#                                         Hyperledger Caliper (bench/caliper, pinned in its package.json,
#                                         installed with npm on first use) runs the transfer and mint
#                                         workloads at LOAD in flight (16) for SECONDS (20) against the same
#                                         kind of network; its HTML report lands in bench/target/
# They live in their own module (bench/), out of the library's jar, and run on the client's shaded jar.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar=client/target/bondbridge.jar
bench_jar=bench/target/bondbridge-bench.jar

info() { printf '[bench] %s\n' "$*" >&2; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"

profiles="${BONDBRIDGE_NETWORK_STATE:-$root/network/.local}/profiles"
started=no
# A running network is used as it is; otherwise one is brought up now and torn down at the end.
ensure_network() {
  # The status is read whole before it is searched: `status | grep -q` stops reading at the first match, status
  # dies of SIGPIPE, and under pipefail a running network looked absent (and the failed `up` tore it down).
  local status
  status="$(scripts/network.sh status 2>/dev/null || true)"
  if ! grep -q '^peer0.centralbank .*running' <<<"$status"; then
    info "no network running: bringing one up (torn down again at the end)"
    scripts/network.sh up
    started=yes
    trap 'if [[ $started == yes ]]; then scripts/network.sh down >/dev/null 2>&1 || true; fi' EXIT
  fi
  scripts/network.sh deploy
}

if [[ "${1:-}" == --caliper ]]; then
  load="${2:-16}"
  seconds="${3:-20}"
  command -v npm >/dev/null 2>&1 || { info "npm is required for Caliper"; exit 1; }
  mvn -q -B -DskipTests -pl client -am package
  ensure_network
  if [[ ! -d bench/caliper/node_modules/@hyperledger/caliper-cli ]]; then
    info "installing Caliper (bench/caliper/package.json)"
    (cd bench/caliper && npm ci --no-audit --no-fund --loglevel=error)
  fi
  out="$root/bench/target/caliper"
  mkdir -p "$out"
  # Caliper's network configuration, from the profiles network.sh wrote (JSON is YAML).
  python3 - "$profiles" "$out/network.yaml" <<'PY'
import json, sys, os
profiles, target = sys.argv[1], sys.argv[2]
orgs = []
for org in ("banka", "centralbank"):
    p = json.load(open(os.path.join(profiles, org + ".json")))
    orgs.append({
        "mspid": p["mspId"],
        "identities": {"certificates": [{"name": "User1", "clientPrivateKey": {"path": p["keyPath"]},
                                          "clientSignedCert": {"path": p["certPath"]}}]},
        "peers": [{"endpoint": p["peerEndpoint"], "tlsCACerts": {"path": p["tlsCaCertPath"]},
                   "grpcOptions": {"grpc.ssl_target_name_override": p["peerHostOverride"]}}],
    })
config = {"name": "bondbridge", "version": "2.0.0", "caliper": {"blockchain": "fabric"},
          "channels": [{"channelName": "bondbridge", "contracts": [{"id": "bondbridge"}]}],
          "organizations": orgs}
json.dump(config, open(target, "w"), indent=2)
PY
  run_id="$(date +%s)"
  # A CNY reserve for the mints, through the project's own CLI.
  scripts/bondbridge --fabric "$profiles" --as centralbank reserve add "CAL-CNY-$run_id" --currency CNY \
    --class CASH --quantity 1000000000000 --price 1 >/dev/null
  sed -e "s/HALF_LOAD/$(( (load + 1) / 2 ))/g" -e "s/LOAD/$load/g" -e "s/SECONDS/$seconds/g" -e "s/RUN/$run_id/g" \
    bench/caliper/benchmark.yaml >"$out/benchmark.yaml"
  echo "Caliper $(node -p "require('./bench/caliper/node_modules/@hyperledger/caliper-cli/package.json').version"):" \
    "transfer and mint, fixed-load $load in flight over 2 workers, $seconds s per round"
  (cd bench/caliper && npx caliper launch manager --caliper-workspace . \
    --caliper-networkconfig "$out/network.yaml" --caliper-benchconfig "$out/benchmark.yaml" \
    --caliper-flow-only-test --caliper-report-path "$out/report.html" 2>&1) |
    tee "$out/caliper.log" | grep -E '^\|| Name |transfer|mint|error' || true
  echo "report: $out/report.html"
  exit 0
fi

if [[ "${1:-}" == --fabric ]]; then
  shift
  mvn -q -B -DskipTests -pl bench,ceiling -am package
  ensure_network
  scripts/network.sh deploy-ceiling
  echo "network: $(cat "${BONDBRIDGE_NETWORK_STATE:-$root/network/.local}/orderers") Raft orderer(s), 5 peers," \
    "endorsement ${BONDBRIDGE_ENDORSEMENT_POLICY:-MAJORITY of 5 (channel default)}, TLS, LevelDB;" \
    "$(awk '/BatchTimeout:/ { t=$2 } /MaxMessageCount:/ { print "batch " t " / " $2 " tx"; exit }' \
      "${BONDBRIDGE_NETWORK_STATE:-$root/network/.local}/configtx.yaml")"
  java -cp "$jar:$bench_jar" io.bondbridge.bench.fabric.FabricBench --profiles "$profiles" \
    --json bench/target/fabric-bench.json --png bench/target/fabric-bench.png "$@"
  exit 0
fi

if [[ ! -f "$jar" || ! -f "$bench_jar" ]]; then
  mvn -q -B -DskipTests -pl bench -am package
fi
benches=(io.bondbridge.bench.LedgerBench io.bondbridge.bench.DurableTransferBench
  io.bondbridge.bench.ReserveAuditBench io.bondbridge.bench.CouponClaimBench io.bondbridge.bench.BondIssueBench)
[[ "${1:-}" == --cli ]] && benches=() # the CLI section alone
for bench in "${benches[@]}"; do
  echo
  java -cp "$jar:$bench_jar" "$bench"
done

# ---- CLI start-up ----
# Wall and CPU time of whole `scripts/bondbridge` commands (launcher, JVM, command, exit), median of N runs, against a
# trivial main class compiled in this run and started with the launcher's JVM options. Target: a query or a submit
# under 500 ms and within 10x of the trivial JVM.
cli_startup() {
  local runs="${BONDBRIDGE_BENCH_CLI_RUNS:-11}" work
  work="$(mktemp -d)"
  # kept connections (`connect`) of this section's own: a user's running one would otherwise answer the rows that
  # measure a command on a connection of its own
  local -x XDG_RUNTIME_DIR="$work"
  printf 'public class Trivial { public static void main(String[] a) { System.out.println("ok"); } }\n' \
    >"$work/Trivial.java"
  javac -d "$work" "$work/Trivial.java"
  local jvm=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
  scripts/bondbridge --version >/dev/null # builds the jar and makes the start-up archive when missing
  scripts/bondbridge --ledger "$work/ledger" init >/dev/null

  # "WALL CPU": medians over `runs` runs of a command, in ms, of wall time and of CPU time (user + system, of the
  # command and its children: steadier than wall time on a busy machine); {n} in an argument becomes the run's number
  measure() {
    local i args t out TIMEFORMAT='%3R %3U %3S'
    out=$(for ((i = 1; i <= runs; i++)); do
      args=("${@//\{n\}/$i}")
      t=$({ time "${args[@]}" >/dev/null 2>&1 || true; } 2>&1)
      awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
    done)
    echo "$(median "$(cut -d' ' -f1 <<<"$out")")" "$(median "$(cut -d' ' -f2 <<<"$out")")"
  }
  median() { sort -n <<<"$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

  local gateway=""
  if command -v openssl >/dev/null 2>&1 && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
      -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -subj "/CN=User1@banka.bondbridge.local" -days 1 \
      >/dev/null 2>&1; then
    # a peer port where nothing listens: the Gateway path's own start-up, up to UNAVAILABLE (exit 3)
    printf '{"org":"banka","mspId":"BankAMSP","peerEndpoint":"127.0.0.1:9","peerHostOverride":"peer0.banka.bondbridge.local","tlsCaCertPath":"cert.pem","certPath":"cert.pem","keyPath":"key.pem"}' \
      >"$work/banka.json"
    gateway="$work/banka.json"
  fi

  echo
  echo "CLI start-up: scripts/bondbridge on an embedded ledger, wall and CPU (user + system) time of the whole command, median of $runs runs;" \
    "JVM options ${jvm[*]:1}; class-data archive ${BONDBRIDGE_CDS:-on}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local trivial trivial_cpu
  read -r trivial trivial_cpu < <(measure "${jvm[@]}" -cp "$work" Trivial)
  # | label | wall ms | x trivial | CPU ms | x trivial |
  row() {
    awk -v l="$1" -v w="$2" -v c="$3" -v tw="$trivial" -v tc="$trivial_cpu" \
      'BEGIN { printf "| %s | %d | %.1fx | %d | %.1fx |\n", l, w, w / tw, c, c / (tc > 0 ? tc : 1) }'
  }
  echo "| command | wall ms | vs trivial JVM | CPU ms | vs trivial JVM |"
  echo "|---|---|---|---|---|"
  row "trivial JVM main (baseline)" "$trivial" "$trivial_cpu"
  row "bondbridge --version" $(measure scripts/bondbridge --version)
  local query submit
  query=($(measure scripts/bondbridge --ledger "$work/ledger" participant list))
  submit=($(measure scripts/bondbridge --ledger "$work/ledger" --as banka account open "bench{n}"))
  row "query: participant list" "${query[@]}"
  row "submit: account open (commit, fsync)" "${submit[@]}"
  row "query, no archive (BONDBRIDGE_CDS=off)" \
    $(BONDBRIDGE_CDS=off measure scripts/bondbridge --ledger "$work/ledger" participant list)
  if [[ -n "$gateway" ]]; then
    row "Gateway, peer down: participant list (exit 3)" \
      $(measure scripts/bondbridge --fabric "$gateway" --as banka participant list)
  fi
  # A running network (scripts/network.sh up && deploy): the Gateway path end to end, a query and a submit that
  # waits for its commit.
  local live="$profiles/banka.json" checked=("embedded query" "${query[0]}" "embedded submit" "${submit[0]}") own=""
  if [[ -f "$live" ]] && scripts/bondbridge --fabric "$live" --as banka participant list >/dev/null 2>&1; then
    local gquery gsubmit
    gquery=($(measure scripts/bondbridge --fabric "$live" --as banka participant list))
    gsubmit=($(measure scripts/bondbridge --fabric "$live" --as banka account open "bench$$-{n}"))
    row "Gateway, own connection: participant list" "${gquery[@]}"
    row "Gateway, own connection: account open (commit)" "${gsubmit[@]}"
    # The same through a kept connection (`connect` in the background, as a script would start it): the command's
    # JVM hands its line to it instead of loading gRPC and shaking hands with the peer.
    local kept_pid kept_out="$work/connect.out" kquery ksubmit
    scripts/bondbridge --fabric "$live" --as banka connect >"$kept_out" 2>&1 &
    kept_pid=$!
    local w
    for ((w = 0; w < 300; w++)); do
      grep -q '^connected' "$kept_out" 2>/dev/null && break
      kill -0 "$kept_pid" 2>/dev/null || break
      sleep 0.1
    done
    if grep -q '^connected' "$kept_out"; then
      kquery=($(measure scripts/bondbridge --fabric "$live" --as banka participant list))
      ksubmit=($(measure scripts/bondbridge --fabric "$live" --as banka account open "kept$$-{n}"))
      row "Gateway, kept connection: participant list" "${kquery[@]}"
      row "Gateway, kept connection: account open (commit)" "${ksubmit[@]}"
      checked+=("kept Gateway query" "${kquery[0]}" "kept Gateway submit" "${ksubmit[0]}")
    else
      echo "(connect did not start: $(head -c 300 "$kept_out"))"
    fi
    kill "$kept_pid" 2>/dev/null && wait "$kept_pid" 2>/dev/null || true
    own="Gateway command on a connection of its own: query ${gquery[0]} ms, submit ${gsubmit[0]} ms wall"
  fi
  # The verdict over the embedded commands and the Gateway's through a kept connection (with a network up); a
  # Gateway command on a connection of its own is reported beside it.
  local i missed="" met=""
  for ((i = 0; i < ${#checked[@]}; i += 2)); do
    met+="${checked[i]} ${checked[i + 1]} ms; "
    ((checked[i + 1] < 500 && checked[i + 1] <= 10 * trivial)) || missed+="${checked[i]} ${checked[i + 1]} ms; "
  done
  if [[ -z "$missed" ]]; then
    echo "target met (under 500 ms and within 10x of the trivial JVM, wall): ${met%; }${own:+; $own}"
  else
    echo "target missed (limit 500 ms and $((10 * trivial)) ms wall): ${missed%; };" \
      "on a busy machine compare the CPU column${own:+; $own}"
  fi
  rm -rf "$work"
}
cli_startup
