#!/usr/bin/env bash
# Where the peers' CPU goes, per committed transaction, workload by workload: each workload runs alone at one
# in-flight window (FabricBench) while every peer's Go CPU profile is taken for SECONDS in the middle of its
# measured part; the five profiles are merged and the CPU of a few Fabric stages is divided by the transactions
# committed meanwhile (the workload's measured TPS x SECONDS).
#
#   scripts/peer-profile.sh [--workloads ceiling,transfer,mint,pvp] [--window 32] [--seconds 30]
#
# Needs Go (`go tool pprof` reads the profiles) and a network whose peers serve pprof: one brought up with
# BONDBRIDGE_PEER_PPROF=1 (then it is used as it is), or none (then one is brought up so, deployed, and torn down
# at the end). A stage's figure includes what it calls; stages overlap (signature checks happen inside policy
# evaluation, both inside validation), so the column does not add up to the total.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

workloads=ceiling,transfer,mint,pvp
window=32
seconds=30
while (($#)); do
  case "$1" in
    --workloads) workloads="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "peer-profile: unknown option $1 (--help)" >&2; exit 2 ;;
  esac
done
[[ "$window" =~ ^[1-9][0-9]*$ && "$seconds" =~ ^[1-9][0-9]*$ ]] || {
  echo "peer-profile: --window and --seconds take positive whole numbers" >&2
  exit 2
}
command -v go >/dev/null 2>&1 || { echo "peer-profile: needs Go (go tool pprof reads the profiles)" >&2; exit 1; }

state="${BONDBRIDGE_NETWORK_STATE:-$root/network/.local}"
out="$root/bench/target/peer-profile"
orgs=(centralbank hkcentralbank banka bankb regulator) # pprof ports 6061..6065, as network.sh assigns them
rm -rf "$out" && mkdir -p "$out"

[[ -f client/target/bondbridge.jar && -f bench/target/bondbridge-bench.jar ]] ||
  mvn -q -B -DskipTests -pl bench -am package

status="$(scripts/network.sh status 2>/dev/null || true)"
if ! grep -q '^peer0.centralbank .*running' <<<"$status"; then
  echo "[peer-profile] no network running: bringing one up with pprof (torn down again at the end)" >&2
  BONDBRIDGE_PEER_PPROF=1 scripts/network.sh up >"$out/network.log" 2>&1
  trap 'scripts/network.sh down >/dev/null 2>&1 || true' EXIT
fi
curl -sf -o /dev/null "http://127.0.0.1:6061/debug/pprof/" || {
  echo "[peer-profile] the peers serve no pprof: bring the network up with BONDBRIDGE_PEER_PPROF=1" >&2
  exit 1
}
scripts/network.sh deploy >>"$out/network.log" 2>&1
scripts/network.sh deploy-ceiling >>"$out/network.log" 2>&1

# Prime 10 s and warm-up 10 s; the profile starts 35 s in, so a workload's set-up may take up to 15 s and the
# profile still falls inside the measured part (SECONDS + 30 s).
for w in ${workloads//,/ }; do
  java -cp client/target/bondbridge.jar:bench/target/bondbridge-bench.jar io.bondbridge.bench.fabric.FabricBench \
    --profiles "$state/profiles" --workloads "$w" --windows "$window" --prime 10 --warmup 10 \
    --seconds $((seconds + 30)) --mints 0 --json "$out/$w.json" >"$out/$w.log" 2>&1 &
  bench=$!
  sleep 35
  for i in "${!orgs[@]}"; do
    curl -sf -o "$out/$w.${orgs[$i]}.pb" "http://127.0.0.1:$((6061 + i))/debug/pprof/profile?seconds=$seconds" &
  done
  wait "$bench" || { echo "[peer-profile] $w failed: $out/$w.log" >&2; tail -5 "$out/$w.log" >&2; exit 1; }
  wait
  go tool pprof -proto "$out/$w".*.pb >"$out/$w.pb" 2>/dev/null
  echo "[peer-profile] $w profiled" >&2
done

python3 - "$out" "$seconds" "$window" ${workloads//,/ } <<'PY'
import json, re, subprocess, sys
out, seconds, window, workloads = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
stages = [
    ("all peer CPU", None),
    ("endorsement (proposal to response)", r"endorser\.\(\*Endorser\)\.ProcessProposal$"),
    ("  private data dissemination", r"DistributePrivateData$"),
    ("the chaincode's reads and writes", r"chaincode\.\(\*Handler\)\.HandleTransaction$"),
    ("Gateway (plan, fan-out, commit status)", r"internal/pkg/gateway\."),
    ("validation", r"txvalidator/v20\.\(\*TxValidator\)\.Validate\.func1\.1$"),
    ("  endorsement policy evaluation", r"ApplicationPolicyEvaluator\)\.Evaluate$"),
    ("commit (state, history, private data)", r"privdata\.\(\*coordinator\)\.StoreBlock$"),
    ("signature checks, anywhere", r"msp\.\(\*identity\)\.Verify$"),
    ("chaincode definition reads, anywhere", r"ChaincodeDefinitionIfDefined$"),
]

def millis(text):
    value, unit = re.match(r"([\d.]+)(ms|s)", text).groups()
    return float(value) * (1 if unit == "ms" else 1000)

def cpu(profile, focus):
    # Every node shown (none dropped as small), so "accounting for" is all the focused stacks' CPU; in ms always
    # (pprof would otherwise switch to minutes above 60 s).
    args = ["go", "tool", "pprof", "-top", "-unit=ms", "-nodefraction=0", "-nodecount=1000000"]
    args += ([f"-focus={focus}"] if focus else []) + [profile]
    report = subprocess.run(args, capture_output=True, text=True).stdout
    if focus is None:
        m = re.search(r"Total samples = ([\d.]+m?s)", report)
    else:
        m = re.search(r"Showing nodes accounting for ([\d.]+m?s)", report)
    return millis(m.group(1)) if m else 0.0

tps, cols = {}, {}
for w in workloads:
    result = json.load(open(f"{out}/{w}.json"))["results"][0]
    tps[w] = result["tps"]
    committed = tps[w] * seconds
    cols[w] = [cpu(f"{out}/{w}.pb", focus) / committed if committed else float("nan") for _, focus in stages]

print(f"Peer CPU per committed transaction, ms (five peers, {seconds} s profiles at {window} in flight):")
print("| stage | " + " | ".join(workloads) + " |")
print("|---|" + "---|" * len(workloads))
print("| committed TPS | " + " | ".join(f"{tps[w]:.1f}" for w in workloads) + " |")
for i, (name, _) in enumerate(stages):
    print(f"| {name} | " + " | ".join(f"{cols[w][i]:.2f}" for w in workloads) + " |")
PY
echo "profiles: $out (go tool pprof -top -focus=REGEX $out/WORKLOAD.pb)"
