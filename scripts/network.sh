#!/usr/bin/env bash
# The bondbridge Fabric network, run as native processes: every node on
# 127.0.0.1, or (--hosts) each orderer and each peer on a host of its own.
#
#   network.sh up [--orderers 1|3] [--hosts]
#                                    crypto, node config, orderer(s) and five
#                                    peers, channel `bondbridge`, client profiles;
#                                    --hosts: every orderer and every org's peer
#                                    on a host of its own (a Linux network
#                                    namespace on bridge bb-br0, 10.213.0.0/24;
#                                    needs root and iproute2)
#   network.sh deploy                package the chaincode (CCaaS), install,
#                                    run its server, approve, commit, init;
#                                    upgrades when chaincode.jar changed
#   network.sh deploy-ceiling        the same for the benchmarks' one-key
#                                    chaincode `ceiling` (ceiling/), its own
#                                    server on port 9998; no init
#   network.sh status                processes, channel height per peer,
#                                    committed chaincode definition
#   network.sh down                  stop what up/deploy started, remove state
#   network.sh config [--orderers N] [--hosts]
#                                    only render per-node config (no binaries
#                                    needed; used by check-network-config.sh)
#
# Faults (the fault run of network-test.sh drives these while it loads the
# network):
#   network.sh kill NODE             SIGKILL a node (orderer0..2, peer0.ORG,
#                                    chaincode); its state stays
#   network.sh start NODE            start a killed node again, as up/deploy did
#   network.sh isolate ORG|ordererN  --hosts only: take the host's link to the
#   network.sh heal ORG|ordererN     bridge down / up again
#   network.sh leader                the orderer that leads Raft now (orderer0..2)
#   network.sh metrics ORG           the Prometheus metrics of ORG's peer, as its
#                                    operations endpoint serves them
#
# Block cutting (for benchmarks' A/B runs): BONDBRIDGE_BATCH_TIMEOUT (e.g.
# 20ms) and BONDBRIDGE_BATCH_COUNT (MaxMessageCount) at `up` override
# network/configtx.yaml's 50ms / 10 for this network's channel.
#
# Profiling: BONDBRIDGE_PEER_PPROF=1 at `up` (or `start`) opens each peer's Go
# pprof endpoint on the peer's host, port 6060+i (org i as below), e.g. a 30 s
# CPU profile of peer0.banka: go tool pprof -top \
#   'http://127.0.0.1:6063/debug/pprof/profile?seconds=30'
# (scripts/peer-profile.sh does this for each workload and sums Fabric's stages).
#
# Endorsement policy: BONDBRIDGE_ENDORSEMENT_POLICY at `deploy` / `deploy-ceiling`
# gives the chaincode definition a signature policy of its own instead of the
# channel's default (/Channel/Application/Endorsement, MAJORITY of the orgs), e.g.
# "OutOf(3,'CentralBankMSP.peer','HKCentralBankMSP.peer','BankAMSP.peer',
# 'BankBMSP.peer','RegulatorMSP.peer')": the same rule, but a peer validating
# against the default checks every endorsement once per organization's
# sub-policy, against this once (README, Benchmarks, for what that buys); an
# organization joining then needs a new definition. A deploy without it goes
# back to the default.
#
# All generated state (crypto, blocks, ledgers, logs, pid files, profiles)
# lives in network/.local ($BONDBRIDGE_NETWORK_STATE overrides it). Ports and
# addresses: network/README.md. Exit codes: 0 done; 4 Fabric binaries unavailable on this
# machine (from fabric-install.sh); 1 anything else.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true # '&' in a path stays a '&'

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NETWORK_DIR="$ROOT/network"
STATE="${BONDBRIDGE_NETWORK_STATE:-$NETWORK_DIR/.local}"
CRYPTO="$STATE/crypto"
STATE_MARKER=".bondbridge-network"

CHANNEL=bondbridge
# The chaincode `deploy` handles; `deploy-ceiling` sets these for the
# benchmarks' ceiling chaincode instead.
CHAINCODE=bondbridge
CC_SERVER_PORT=9999
CC_JAR="$ROOT/chaincode/target/chaincode.jar"
CC_MODULE=chaincode
CC_NODE=chaincode                                   # its server's name in pids/ and logs/
COLLECTIONS="$NETWORK_DIR/collections_config.json"  # empty: no private data
CC_INIT='{"function":"governance:init","Args":[]}'  # empty: nothing to run after a commit
ENDORSEMENT_POLICY="${BONDBRIDGE_ENDORSEMENT_POLICY:-}"
EXIT_UNAVAILABLE=4

ORGS=(centralbank hkcentralbank banka bankb regulator)
ORDERER_DOMAIN=bondbridge.local
ORDERER_TLS_CA="$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/tlsca/tlsca.$ORDERER_DOMAIN-cert.pem"
ORDERER_ADMIN_TLS="$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/users/Admin@$ORDERER_DOMAIN/tls"

# Where the nodes run: "loopback" (every node on 127.0.0.1) or "hosts" (each
# orderer and each organization's peer in a network namespace of its own, with
# its own address on the bridge bb-br0; the chaincode server and the clients on
# the bridge's host side). `up` records it in $STATE/mode for the other verbs.
MODE=loopback
HOSTS_NET=10.213.0 # a private /24 of the project's own test hosts only
BRIDGE=bb-br0

info() { printf '[network] %s\n' "$*" >&2; }
warn() { printf '[network] WARNING: %s\n' "$*" >&2; }
fatal() { printf '[network] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit 1
}

# ---------------------------------------------------------------- topology

msp_of() {
  case "$1" in
    centralbank) echo CentralBankMSP ;;
    hkcentralbank) echo HKCentralBankMSP ;;
    banka) echo BankAMSP ;;
    bankb) echo BankBMSP ;;
    regulator) echo RegulatorMSP ;;
    *) fatal "unknown organization '$1'" ;;
  esac
}

# Org i (1..5, in ORGS order): peer 7051+100i, chaincode listener 7052+100i,
# operations 9443+100i, pprof (BONDBRIDGE_PEER_PPROF) 6060+i. Orderer n (0..2):
# 7050+10n, admin 7053+10n, operations 8443+10n. Chaincode server: 9999.
org_index() {
  local i
  for i in "${!ORGS[@]}"; do
    if [[ "${ORGS[$i]}" == "$1" ]]; then echo $((i + 1)); return 0; fi
  done
  fatal "unknown organization '$1'"
}
peer_port() { echo $((7051 + 100 * $(org_index "$1"))); }
peer_cc_port() { echo $((7052 + 100 * $(org_index "$1"))); }
peer_ops_port() { echo $((9443 + 100 * $(org_index "$1"))); }
peer_pprof_port() { echo $((6060 + $(org_index "$1"))); }
orderer_port() { echo $((7050 + 10 * $1)); }
orderer_admin_port() { echo $((7053 + 10 * $1)); }
orderer_ops_port() { echo $((8443 + 10 * $1)); }

peer_name() { echo "peer0.$1"; }
org_domain() { echo "$1.bondbridge.local"; }
peer_crypto() { echo "$CRYPTO/peerOrganizations/$(org_domain "$1")/peers/peer0.$(org_domain "$1")"; }
org_tls_ca() { echo "$CRYPTO/peerOrganizations/$(org_domain "$1")/tlsca/tlsca.$(org_domain "$1")-cert.pem"; }
org_user_msp() { echo "$CRYPTO/peerOrganizations/$(org_domain "$1")/users/$2@$(org_domain "$1")/msp"; }
orderer_crypto() { echo "$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/orderers/orderer$1.$ORDERER_DOMAIN"; }

# Addresses. Loopback: all 127.0.0.1. Hosts: the bridge (host side, where the
# chaincode server and the clients are) .1, orderer n .10+n, org i .20+i.
bridge_host() { echo "$HOSTS_NET.1"; }
orderer_host() { if [[ "$MODE" == hosts ]]; then echo "$HOSTS_NET.$((10 + $1))"; else echo 127.0.0.1; fi; }
peer_host() { if [[ "$MODE" == hosts ]]; then echo "$HOSTS_NET.$((20 + $(org_index "$1")))"; else echo 127.0.0.1; fi; }
cc_host() { if [[ "$MODE" == hosts ]]; then bridge_host; else echo 127.0.0.1; fi; }
cc_address() { echo "$(cc_host):$CC_SERVER_PORT"; }
orderer_endpoint() { echo "$(orderer_host "${1:-0}"):$(orderer_port "${1:-0}")"; }

# Node name (orderer0..2, peer0.ORG, or ORG) -> its host's namespace, bb-orderer0
# or bb-ORG; its veth on the bridge: bb-voN for orderer N, bb-vpI for org I
# (interface names have 15 characters at most).
node_ns() {
  case "$1" in
    orderer[0-2]) echo "bb-$1" ;;
    peer0.*) org_index "${1#peer0.}" >/dev/null && echo "bb-${1#peer0.}" ;;
    *) org_index "$1" >/dev/null && echo "bb-$1" ;;
  esac
}
node_veth() {
  case "$1" in
    orderer[0-2]) echo "bb-vo${1#orderer}" ;;
    peer0.*) echo "bb-vp$(org_index "${1#peer0.}")" ;;
    *) echo "bb-vp$(org_index "$1")" ;;
  esac
}
node_address() {
  case "$1" in
    orderer[0-2]) orderer_host "${1#orderer}" ;;
    peer0.*) peer_host "${1#peer0.}" ;;
    *) peer_host "$1" ;;
  esac
}

# The prefix that runs a command on NODE's host, one word a line: nothing on
# loopback, `ip netns exec NS` in hosts mode (it execs the command, so the pid
# start_node records stays the node's).
host_cmd() {
  if [[ "$MODE" == hosts ]]; then printf '%s\n' ip netns exec "$(node_ns "$1")"; fi
}

load_mode() {
  if [[ -f "$STATE/mode" ]]; then MODE="$(<"$STATE/mode")"; fi
  [[ "$MODE" == loopback || "$MODE" == hosts ]] || fatal "unknown network mode '$MODE' in $STATE/mode"
}

orderer_count() {
  [[ -f "$STATE/orderers" ]] || fatal "no network state in $STATE (run network.sh up)"
  cat "$STATE/orderers"
}

# ---------------------------------------------------------------- binaries

FABRIC_BIN=""
BUILDER_DIR=""

# Gets the binaries through fabric-install.sh; its exit code 4 (Fabric
# unavailable here) is passed on unchanged, after its own explanation.
ensure_binaries() {
  local out rc=0
  out="$("$ROOT/scripts/fabric-install.sh")" || rc=$?
  if ((rc == EXIT_UNAVAILABLE)); then
    printf '[network] Fabric binaries unavailable on this machine (see above)\n' >&2
    exit "$EXIT_UNAVAILABLE"
  fi
  ((rc == 0)) || fatal "fabric-install.sh failed (exit $rc)"
  FABRIC_BIN="$(tail -n 1 <<<"$out")"
  FABRIC_BIN="${FABRIC_BIN#FABRIC_BIN=}"
  [[ -d "$FABRIC_BIN" ]] || fatal "fabric-install.sh printed no FABRIC_BIN line"
  BUILDER_DIR="$(dirname "$FABRIC_BIN")/builders/ccaas"
  PATH="$FABRIC_BIN:$PATH"

  local tool version
  for tool in peer orderer; do
    version="$("$tool" version 2>/dev/null | awk '/^[[:space:]]*Version:/ { sub(/^[[:space:]]*Version:[[:space:]]*v?/, ""); print $1; exit }')"
    [[ "$version" == 3.* ]] || fatal "$tool in $FABRIC_BIN reports version '${version:-none}'; bondbridge needs Fabric 3.x"
  done
  command -v curl >/dev/null 2>&1 || fatal "curl is required (health and metrics endpoints)"
}

# ---------------------------------------------------------------- processes

STARTED=() # nodes started by this invocation, stopped again if it fails
TMP_DIR=""

# shellcheck disable=SC2317  # called by the EXIT trap
on_exit() {
  local rc=$?
  if [[ -n "$TMP_DIR" ]]; then rm -rf -- "$TMP_DIR"; fi
  if ((rc != 0 && ${#STARTED[@]} > 0)); then
    warn "stopping the processes this run started (${STARTED[*]}); logs stay in $STATE/logs"
    local name
    for name in "${STARTED[@]}"; do stop_node "$name"; done
  fi
  if [[ $rc != 0 && "$HOSTS_MADE" == yes ]]; then hosts_down; fi
}
trap on_exit EXIT

log_of() { echo "$STATE/logs/$1.log"; }
pidfile_of() { echo "$STATE/pids/$1.pid"; }

# Prints which node failed, why, and the tail of its log, then exits.
fail_node() {
  local name="$1" why="$2" log
  log="$(log_of "$name")"
  printf '[network] ERROR: %s: %s\n' "$name" "$why" >&2
  if [[ -s "$log" ]]; then
    printf '[network] last lines of %s:\n' "$log" >&2
    tail -n 40 "$log" | sed 's/^/    /' >&2
  fi
  exit 1
}

# start_node NAME MARKER COMMAND...: runs COMMAND in the background with its
# log and a pid file "PID\nMARKER"; MARKER (a path in the command line) lets
# stop_node make sure a pid still belongs to the process it started.
start_node() {
  local name="$1" marker="$2"
  shift 2
  nohup "$@" >"$(log_of "$name")" 2>&1 </dev/null &
  printf '%s\n%s\n' "$!" "$marker" >"$(pidfile_of "$name")"
  STARTED+=("$name")
}

node_alive() {
  local pidf pid="" marker=""
  pidf="$(pidfile_of "$1")"
  [[ -f "$pidf" ]] || return 1
  { read -r pid && read -r marker; } <"$pidf" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [[ "$(ps -ww -o args= -p "$pid" 2>/dev/null)" == *"$marker"* ]]
}

stop_node() {
  local name="$1" pidf pid
  pidf="$(pidfile_of "$name")"
  [[ -f "$pidf" ]] || return 0
  if node_alive "$name"; then
    pid="$(head -n 1 "$pidf")"
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name (pid $pid) ignored SIGTERM for 10 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    info "stopped $name (pid $pid)"
  fi
  rm -f -- "$pidf"
}

# port_busy PORT [HOST]
port_busy() { (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null; }

# wait_healthy NAME HOST:PORT (the node's operations endpoint)
wait_healthy() {
  local name="$1" ops="$2" deadline=$((SECONDS + 60))
  until curl -fsS "http://$ops/healthz" >/dev/null 2>&1; do
    node_alive "$name" || fail_node "$name" "exited while starting"
    ((SECONDS < deadline)) || fail_node "$name" "health endpoint http://$ops/healthz did not answer within 60 s"
    sleep 0.5
  done
}

orderer_ops() { echo "$(orderer_host "$1"):$(orderer_ops_port "$1")"; }
peer_ops() { echo "$(peer_host "$1"):$(peer_ops_port "$1")"; }

# Value of a Prometheus sample NAME{channel="bondbridge"} on an operations
# endpoint HOST:PORT, or nothing.
metric() {
  curl -fsS -m 3 "http://$1/metrics" 2>/dev/null |
    awk -v name="$2{channel=\"$CHANNEL\"}" '$1 == name { print $2; exit }' || true
}

# ---------------------------------------------------------------- config

# render TEMPLATE OUT KEY=VALUE...: fills every {{KEY}}; a placeholder left
# over is an error, not a silently broken node.
render() {
  local template="$1" out="$2" text kv
  shift 2
  text="$(<"$template")"
  for kv in "$@"; do
    text="${text//"{{${kv%%=*}}}"/"${kv#*=}"}"
  done
  if [[ "$text" == *"{{"* ]]; then
    fatal "$out: placeholder(s) left unfilled: $(grep -o '{{[A-Za-z_]*}}' <<<"$text" | sort -u | tr '\n' ' ')"
  fi
  printf '%s\n' "$text" >"$out"
}

write_node_configs() {
  local orderers="$1" n org dir
  for ((n = 0; n < orderers; n++)); do
    dir="$STATE/nodes/orderer$n"
    mkdir -p "$dir/data"
    render "$NETWORK_DIR/orderer.yaml.tmpl" "$dir/orderer.yaml" \
      "LISTEN_HOST=$(orderer_host "$n")" \
      "LISTEN_PORT=$(orderer_port "$n")" \
      "ADMIN_ADDRESS=$(orderer_host "$n"):$(orderer_admin_port "$n")" \
      "OPS_ADDRESS=$(orderer_ops "$n")" \
      "NODE_DIR=$(orderer_crypto "$n")" \
      "DATA_DIR=$dir/data"
  done
  for org in "${ORGS[@]}"; do
    dir="$STATE/nodes/$(peer_name "$org")"
    mkdir -p "$dir/data"
    render "$NETWORK_DIR/core.yaml.tmpl" "$dir/core.yaml" \
      "PEER_NAME=peer0.$(org_domain "$org")" \
      "MSP_ID=$(msp_of "$org")" \
      "PEER_ADDRESS=$(peer_host "$org"):$(peer_port "$org")" \
      "CHAINCODE_ADDRESS=$(peer_host "$org"):$(peer_cc_port "$org")" \
      "OPS_ADDRESS=$(peer_ops "$org")" \
      "NODE_DIR=$(peer_crypto "$org")" \
      "DATA_DIR=$dir/data" \
      "BUILDER_DIR=$BUILDER_DIR"
  done
}

# cryptogen's input for this mode: in hosts mode each node's TLS certificate
# also names its host's address (after each `- 127.0.0.1` SAN of its org:
# the orderer org's template lists the three orderer hosts), so nodes that
# dial each other by address verify it.
write_crypto_config() {
  local map="$ORDERER_DOMAIN=" n org
  for n in 0 1 2; do map+="$(orderer_host "$n"),"; done
  for org in "${ORGS[@]}"; do map+=" $(org_domain "$org")=$(peer_host "$org")"; done
  awk -v map="$map" '
    BEGIN { n = split(map, kv, " "); for (i = 1; i <= n; i++) { split(kv[i], p, "="); addr[p[1]] = p[2] } }
    /^ *Domain: / { domain = $2 }
    { print }
    /^ *- 127\.0\.0\.1 *$/ {
      indent = $0; sub(/-.*/, "", indent)
      m = split(addr[domain], a, ",")
      for (j = 1; j <= m; j++) if (a[j] != "" && a[j] != "127.0.0.1" && !seen[domain, a[j]]++) print indent "- " a[j]
    }' "$NETWORK_DIR/crypto-config.yaml" >"$STATE/crypto-config.yaml"
}

# configtxgen's input for this mode: network/configtx.yaml names every node
# 127.0.0.1; each such address (orderer endpoints, consenters, anchor peers) is
# replaced by the host of the node on that port. Loopback keeps the file as is.
write_configtx() {
  local map="" n org
  for n in 0 1 2; do map+="$(orderer_port "$n")=$(orderer_host "$n") "; done
  for org in "${ORGS[@]}"; do map+="$(peer_port "$org")=$(peer_host "$org") "; done
  [[ -z "${BONDBRIDGE_BATCH_TIMEOUT:-}" || "$BONDBRIDGE_BATCH_TIMEOUT" =~ ^[0-9]+(ms|s)$ ]] ||
    fatal "BONDBRIDGE_BATCH_TIMEOUT '$BONDBRIDGE_BATCH_TIMEOUT': a duration like 20ms or 1s"
  [[ -z "${BONDBRIDGE_BATCH_COUNT:-}" || "$BONDBRIDGE_BATCH_COUNT" =~ ^[1-9][0-9]*$ ]] ||
    fatal "BONDBRIDGE_BATCH_COUNT '$BONDBRIDGE_BATCH_COUNT': a count of transactions, 1 or more"
  awk -v map="$map" -v timeout="${BONDBRIDGE_BATCH_TIMEOUT:-}" -v count="${BONDBRIDGE_BATCH_COUNT:-}" '
    BEGIN { n = split(map, kv, " "); for (i = 1; i <= n; i++) { split(kv[i], p, "="); host[p[1]] = p[2] } }
    function hostof(port) {
      if (!(port in host)) { print "configtx.yaml: no node on port " port > "/dev/stderr"; bad = 1; exit 1 }
      return host[port]
    }
    pending != "" {
      line = pending; pending = ""
      if ($1 == "Port:") sub(/127\.0\.0\.1/, hostof($2), line)
      print line
    }
    /Host: 127\.0\.0\.1 *$/ { pending = $0; next }
    match($0, /127\.0\.0\.1:[0-9]+/) {
      port = substr($0, RSTART + 10, RLENGTH - 10)
      sub(/127\.0\.0\.1:/, hostof(port) ":")
    }
    timeout != "" && $1 == "BatchTimeout:" { sub(/BatchTimeout: .*/, "BatchTimeout: " timeout) }
    count != "" && $1 == "MaxMessageCount:" { sub(/MaxMessageCount: .*/, "MaxMessageCount: " count) }
    { print }
    END { if (bad) exit 1 }' "$NETWORK_DIR/configtx.yaml" >"$STATE/configtx.yaml" ||
    fatal "could not write $STATE/configtx.yaml"
}

# ---------------------------------------------------------------- hosts

# The namespaces of this network's hosts, made by hosts_up.
hosts_nodes() {
  local orderers="$1" n org
  for ((n = 0; n < orderers; n++)); do echo "orderer$n"; done
  for org in "${ORGS[@]}"; do peer_name "$org"; done
}

HOSTS_MADE=no

# One namespace per node, each with a veth to the bridge bb-br0 and its own
# address; the bridge's host side has .1 (chaincode server, admin CLI,
# clients). Only addresses of the project's own /24; nothing routes outside it.
hosts_up() {
  local orderers="$1" node ns veth
  command -v ip >/dev/null 2>&1 || fatal "--hosts needs ip (iproute2)"
  ((EUID == 0)) || fatal "--hosts makes network namespaces and needs root"
  if ip link show "$BRIDGE" >/dev/null 2>&1; then
    fatal "bridge $BRIDGE exists: a hosts network is up (network.sh down removes it)"
  fi
  if ip -o addr show | grep -qF " $HOSTS_NET."; then
    fatal "addresses in $HOSTS_NET.0/24 are in use on this machine; not making the hosts there"
  fi
  HOSTS_MADE=yes
  ip link add "$BRIDGE" type bridge
  ip addr add "$(bridge_host)/24" dev "$BRIDGE"
  ip link set "$BRIDGE" up
  while read -r node; do
    ns="$(node_ns "$node")"
    veth="$(node_veth "$node")"
    ip netns add "$ns"
    ip link add "$veth" type veth peer name eth0 netns "$ns"
    ip link set "$veth" master "$BRIDGE" up
    ip -n "$ns" addr add "$(node_address "$node")/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" link set lo up
    info "host $ns: $(node_address "$node") ($node)"
  done < <(hosts_nodes "$orderers")
}

# Removes every namespace and the bridge hosts_up can make, whichever exist.
hosts_down() {
  command -v ip >/dev/null 2>&1 || return 0
  local node ns removed=0
  while read -r node; do
    ns="$(node_ns "$node")"
    if [[ -e "/var/run/netns/$ns" ]] || ip netns list 2>/dev/null | grep -qx "$ns\( .*\)\?"; then
      ip netns del "$ns" 2>/dev/null || warn "could not remove namespace $ns"
      removed=$((removed + 1))
    fi
  done < <(hosts_nodes 3)
  if ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link del "$BRIDGE" || warn "could not remove bridge $BRIDGE"
    removed=$((removed + 1))
  fi
  if ((removed > 0)); then info "removed the hosts' namespaces and bridge $BRIDGE"; fi
  HOSTS_MADE=no
}

# Refuses to touch a directory network.sh did not make (the marker file), so a
# mistyped BONDBRIDGE_NETWORK_STATE never costs anyone their files.
ensure_state() {
  local orderers="$1"
  if [[ -e "$STATE" && ! -f "$STATE/$STATE_MARKER" ]]; then
    fatal "$STATE exists but was not made by network.sh; not touching it"
  fi
  mkdir -p "$STATE"/{logs,pids,nodes,channel,chaincode,profiles}
  touch "$STATE/$STATE_MARKER"
  echo "$orderers" >"$STATE/orderers"
  echo "$MODE" >"$STATE/mode"
}

# up starts from nothing: any earlier (stopped) network's state goes.
new_state() {
  ensure_state "$1"
  rm -rf -- "$STATE"
  ensure_state "$1"
}

# ---------------------------------------------------------------- peer CLI

# peer_cli ORG COMMAND...: runs a peer CLI command as ORG's admin against
# ORG's peer.
peer_cli() {
  local org="$1"
  shift
  env FABRIC_CFG_PATH="$STATE/nodes/$(peer_name "$org")" \
    CORE_PEER_LOCALMSPID="$(msp_of "$org")" \
    CORE_PEER_MSPCONFIGPATH="$(org_user_msp "$org" Admin)" \
    CORE_PEER_ADDRESS="$(peer_host "$org"):$(peer_port "$org")" \
    CORE_PEER_TLS_ENABLED=true \
    CORE_PEER_TLS_ROOTCERT_FILE="$(org_tls_ca "$org")" \
    "$@"
}

orderer_flags() { printf '%s\n' -o "$(orderer_endpoint 0)" --tls --cafile "$ORDERER_TLS_CA"; }

# --peerAddresses/--tlsRootCertFiles for every peer: commit and invoke need a
# majority of the organizations to endorse.
all_peer_flags() {
  local org
  for org in "${ORGS[@]}"; do
    printf '%s\n' --peerAddresses "$(peer_host "$org"):$(peer_port "$org")" --tlsRootCertFiles "$(org_tls_ca "$org")"
  done
}

# ---------------------------------------------------------------- up

start_orderer() {
  local n="$1" dir="$STATE/nodes/orderer$1" on=()
  mapfile -t on < <(host_cmd "orderer$n")
  start_node "orderer$n" "$FABRIC_BIN/orderer" "${on[@]}" env FABRIC_CFG_PATH="$dir" "$FABRIC_BIN/orderer"
  info "started orderer$n on $(orderer_endpoint "$n") (admin $(orderer_admin_port "$n"), operations $(orderer_ops_port "$n"))"
}

start_peer() {
  local org="$1" dir on=() pprof=()
  dir="$STATE/nodes/$(peer_name "$org")"
  mapfile -t on < <(host_cmd "$(peer_name "$org")")
  [[ -z "${BONDBRIDGE_PEER_PPROF:-}" ]] ||
    pprof=(CORE_PEER_PROFILE_ENABLED=true CORE_PEER_PROFILE_LISTENADDRESS="$(peer_host "$org"):$(peer_pprof_port "$org")")
  start_node "$(peer_name "$org")" "$FABRIC_BIN/peer" "${on[@]}" \
    env FABRIC_CFG_PATH="$dir" CORE_PEER_GOSSIP_RECONNECTINTERVAL=5s "${pprof[@]}" "$FABRIC_BIN/peer" node start
  info "started $(peer_name "$org") ($(msp_of "$org")) on $(peer_host "$org"):$(peer_port "$org") (operations $(peer_ops_port "$org"))"
}

start_orderers() {
  local orderers="$1" n
  for ((n = 0; n < orderers; n++)); do start_orderer "$n"; done
}

start_peers() {
  local org
  for org in "${ORGS[@]}"; do start_peer "$org"; done
}

create_channel() {
  local orderers="$1" n out block="$STATE/channel/$CHANNEL.block"
  write_configtx
  if ! configtxgen -configPath "$STATE" -profile "BondBridgeRaft$orderers" \
    -outputBlock "$block" -channelID "$CHANNEL" >"$(log_of configtxgen)" 2>&1; then
    fail_node configtxgen "could not build the genesis block of channel $CHANNEL"
  fi
  for ((n = 0; n < orderers; n++)); do
    out="$(osnadmin channel join --channelID "$CHANNEL" --config-block "$block" \
      -o "$(orderer_host "$n"):$(orderer_admin_port "$n")" --ca-file "$ORDERER_TLS_CA" \
      --client-cert "$ORDERER_ADMIN_TLS/client.crt" --client-key "$ORDERER_ADMIN_TLS/client.key" 2>&1)" ||
      fail_node "orderer$n" "osnadmin channel join failed: $out"
    # osnadmin exits 0 on HTTP errors too; 201 Created is the only success.
    [[ "$out" == *"Status: 201"* ]] || fail_node "orderer$n" "osnadmin channel join answered: $out"
    info "orderer$n joined channel $CHANNEL"
  done
}

# The channel reports active about a second before Raft elects a leader;
# nothing can be ordered until then.
wait_raft_leader() {
  local orderers="$1" n deadline=$((SECONDS + 60))
  while :; do
    for ((n = 0; n < orderers; n++)); do
      node_alive "orderer$n" || fail_node "orderer$n" "exited"
      if [[ "$(metric "$(orderer_ops "$n")" consensus_etcdraft_is_leader)" == 1 ]] ||
        grep -q "Raft leader changed: 0 -> [1-9]" "$(log_of "orderer$n")"; then
        info "channel $CHANNEL has a Raft leader"
        return 0
      fi
    done
    ((SECONDS < deadline)) || fail_node orderer0 "no Raft leader for channel $CHANNEL within 60 s"
    sleep 0.5
  done
}

join_peers() {
  local org attempt out block="$STATE/channel/$CHANNEL.block"
  for org in "${ORGS[@]}"; do
    for attempt in 1 2 3 4 5; do
      # "already exists": an earlier attempt joined, only its answer was lost.
      if out="$(peer_cli "$org" peer channel join -b "$block" 2>&1)" || [[ "$out" == *"already exists"* ]]; then
        info "$(peer_name "$org") joined channel $CHANNEL"
        continue 2
      fi
      sleep "$attempt"
    done
    fail_node "$(peer_name "$org")" "peer channel join failed: $out"
  done
}

# Endorsement needs every peer to know the others: wait until gossip shows
# each peer all other organizations on the channel.
wait_gossip() {
  local expected=$((${#ORGS[@]} - 1)) deadline=$((SECONDS + 120)) org known
  local -a pending
  while :; do
    pending=()
    for org in "${ORGS[@]}"; do
      node_alive "$(peer_name "$org")" || fail_node "$(peer_name "$org")" "exited"
      known="$(metric "$(peer_ops "$org")" gossip_membership_total_peers_known)"
      [[ -n "$known" && "${known%%.*}" -ge "$expected" ]] || pending+=("$(peer_name "$org")=${known:-0}")
    done
    if ((${#pending[@]} == 0)); then
      info "gossip: every peer sees the $expected others"
      return 0
    fi
    ((SECONDS < deadline)) || fail_node "${pending[0]%%=*}" "gossip membership incomplete after 120 s (known peers: ${pending[*]})"
    sleep 1
  done
}

json_string() {
  local s="${1//\\/\\\\}"
  printf '"%s"' "${s//\"/\\\"}"
}

# Client connection profiles for the Gateway (FabricProfile.java). They name
# User1, not Admin: an application needs a client identity to submit and
# read, never peer or channel admin rights, and the chaincode authorizes by
# MSP ID, so User1 acts for its organization with nothing more.
write_profiles() {
  local org msp cert key out certs keys
  for org in "${ORGS[@]}"; do
    msp="$(org_user_msp "$org" User1)"
    certs=("$msp"/signcerts/*.pem)
    keys=("$msp"/keystore/*)
    cert="${certs[0]}"
    key="${keys[0]}"
    [[ -f "$cert" && -f "$key" ]] || fatal "no User1 certificate or key in $msp"
    out="$STATE/profiles/$org.json"
    {
      printf '{\n'
      printf '  "org": %s,\n' "$(json_string "$org")"
      printf '  "mspId": %s,\n' "$(json_string "$(msp_of "$org")")"
      printf '  "peerEndpoint": %s,\n' "$(json_string "$(peer_host "$org"):$(peer_port "$org")")"
      printf '  "peerHostOverride": %s,\n' "$(json_string "peer0.$(org_domain "$org")")"
      printf '  "tlsCaCertPath": %s,\n' "$(json_string "$(org_tls_ca "$org")")"
      printf '  "certPath": %s,\n' "$(json_string "$cert")"
      printf '  "keyPath": %s,\n' "$(json_string "$key")"
      printf '  "channel": %s,\n' "$(json_string "$CHANNEL")"
      printf '  "chaincode": %s\n' "$(json_string "$CHAINCODE")"
      printf '}\n'
    } >"$out"
  done
  info "client profiles: $STATE/profiles/{$(IFS=,; echo "${ORGS[*]}")}.json"
}

any_node_alive() {
  local pidf
  for pidf in "$STATE"/pids/*.pid; do
    [[ -e "$pidf" ]] || continue
    node_alive "$(basename "$pidf" .pid)" && return 0
  done
  return 1
}

cmd_up() {
  local orderers="$1" n org port
  ensure_binaries
  if [[ -d "$STATE/pids" ]] && any_node_alive; then
    fatal "a network is already running from $STATE (network.sh status); run network.sh down first"
  fi
  # In hosts mode every address is new (hosts_up checks the subnet is free).
  if [[ "$MODE" == loopback ]]; then
    for ((n = 0; n < orderers; n++)); do
      for port in "$(orderer_port "$n")" "$(orderer_admin_port "$n")" "$(orderer_ops_port "$n")"; do
        port_busy "$port" && fatal "port $port (orderer$n) is already in use on 127.0.0.1"
      done
    done
    for org in "${ORGS[@]}"; do
      for port in "$(peer_port "$org")" "$(peer_cc_port "$org")" "$(peer_ops_port "$org")"; do
        port_busy "$port" && fatal "port $port ($(peer_name "$org")) is already in use on 127.0.0.1"
      done
    done
  fi

  local started_at=$SECONDS
  new_state "$orderers"
  [[ "$MODE" == loopback ]] || hosts_up "$orderers"
  info "generating crypto material"
  write_crypto_config
  cryptogen generate --config="$STATE/crypto-config.yaml" --output="$CRYPTO" >"$(log_of cryptogen)" 2>&1 ||
    fail_node cryptogen "could not generate the crypto material"
  write_node_configs "$orderers"

  start_orderers "$orderers"
  for ((n = 0; n < orderers; n++)); do wait_healthy "orderer$n" "$(orderer_ops "$n")"; done
  start_peers
  for org in "${ORGS[@]}"; do wait_healthy "$(peer_name "$org")" "$(peer_ops "$org")"; done
  info "all nodes healthy"

  create_channel "$orderers"
  wait_raft_leader "$orderers"
  join_peers
  wait_gossip
  write_profiles
  STARTED=() # up succeeded: the nodes stay
  HOSTS_MADE=no
  info "network up in $((SECONDS - started_at)) s ($orderers orderer(s), ${#ORGS[@]} peers, $MODE); next: network.sh deploy"
}

# ---------------------------------------------------------------- deploy

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d ' ' -f 1
  else
    shasum -a 256 "$1" | cut -d ' ' -f 1
  fi
}

require_running_network() {
  [[ -f "$STATE/orderers" ]] || fatal "no network in $STATE: run network.sh up first"
  local n org
  for ((n = 0; n < $(orderer_count); n++)); do
    node_alive "orderer$n" || fail_node "orderer$n" "is not running (network.sh status)"
  done
  for org in "${ORGS[@]}"; do
    node_alive "$(peer_name "$org")" || fail_node "$(peer_name "$org")" "is not running (network.sh status)"
  done
}

# The CCaaS package: metadata.json says "ccaas" so the external builder takes
# it; code.tar.gz holds only connection.json, where the peers dial the
# chaincode server.
make_package() {
  local label="$1" out="$2"
  TMP_DIR="$(mktemp -d)"
  mkdir -p "$TMP_DIR/src" "$TMP_DIR/pkg"
  cat >"$TMP_DIR/src/connection.json" <<EOF
{
  "address": "$(cc_address)",
  "dial_timeout": "10s",
  "tls_required": false
}
EOF
  cat >"$TMP_DIR/pkg/metadata.json" <<EOF
{
  "type": "ccaas",
  "label": "$label"
}
EOF
  tar -C "$TMP_DIR/src" -czf "$TMP_DIR/pkg/code.tar.gz" connection.json
  tar -C "$TMP_DIR/pkg" -czf "$out" metadata.json code.tar.gz
  rm -rf -- "$TMP_DIR"
  TMP_DIR=""
}

# One JVM serves every peer: they all installed the same package, so they
# all know the chaincode by the same package id.
ensure_chaincode_server() {
  local package_id="$1" jar="$2" pidf
  pidf="$(pidfile_of "$CC_NODE")"
  if node_alive "$CC_NODE"; then
    if [[ "$(sed -n 3p "$pidf")" == "$package_id" ]]; then
      info "chaincode server already runs $package_id"
      return 0
    fi
    info "replacing the chaincode server of the previous package"
    stop_node "$CC_NODE"
  fi
  start_chaincode_server "$package_id" "$jar"
}

# The server runs on the host side (the bridge's address in hosts mode): one
# JVM for every peer. Its pid file keeps the package id (line 3) for a restart.
# true when the peer binary is Fabric 3.1 or later (its chaincode batch messages), else false.
peers_take_batches() {
  local v
  v="$("$FABRIC_BIN/peer" version 2>/dev/null | awk '$1 == "Version:" { print $2 }')"
  [[ "$v" =~ ^v?([0-9]+)\.([0-9]+) ]] || { echo false; return; }
  if ((BASH_REMATCH[1] > 3 || (BASH_REMATCH[1] == 3 && BASH_REMATCH[2] >= 1))); then echo true; else echo false; fi
}

start_chaincode_server() {
  local package_id="$1" jar="$2" pidf
  pidf="$(pidfile_of "$CC_NODE")"
  port_busy "$CC_SERVER_PORT" "$(cc_host)" && fatal "port $(cc_address) (chaincode server) is already in use"
  # The contract router logs three INFO lines per transaction, 11-14% of the server's CPU under load (profiled).
  # Its logger follows CORE_CHAINCODE_LOGGING_LEVEL (the chaincode's level), not the shim's: both WARNING unless
  # the caller asks for more (=INFO). BONDBRIDGE_STATE_BATCH: several keys per chaincode-to-peer request, which
  # peers take from Fabric 3.1 on (an older one closes the chaincode's stream): on when the peers are 3.1 or later.
  start_node "$CC_NODE" "$jar" env CHAINCODE_SERVER_ADDRESS="$(cc_address)" \
    BONDBRIDGE_STATE_BATCH="${BONDBRIDGE_STATE_BATCH:-$(peers_take_batches)}" \
    CORE_CHAINCODE_ID_NAME="$package_id" CORE_PEER_TLS_ENABLED=false \
    CORE_CHAINCODE_LOGGING_SHIM="${CORE_CHAINCODE_LOGGING_SHIM:-WARNING}" \
    CORE_CHAINCODE_LOGGING_LEVEL="${CORE_CHAINCODE_LOGGING_LEVEL:-WARNING}" java -jar "$jar"
  printf '%s\n' "$package_id" >>"$pidf"
  local deadline=$((SECONDS + 60))
  until port_busy "$CC_SERVER_PORT" "$(cc_host)"; do
    # Checked twice: while the launcher execs into the JVM, its command line can read empty for an instant (a live
    # server was once taken for dead here).
    node_alive "$CC_NODE" || { sleep 0.3 && node_alive "$CC_NODE"; } || fail_node "$CC_NODE" "exited while starting"
    ((SECONDS < deadline)) || fail_node "$CC_NODE" "not listening on $(cc_address) after 60 s"
    sleep 0.5
  done
  info "chaincode server listening on $(cc_address) (pid $(head -n 1 "$pidf"))"
}

# Prints "VERSION SEQUENCE" of the committed definition, or nothing when the
# chaincode was never committed.
committed_definition() {
  local out
  if ! out="$(peer_cli "${1:-centralbank}" peer lifecycle chaincode querycommitted \
    --channelID "$CHANNEL" --name "$CHAINCODE" 2>&1)"; then
    [[ "$out" == *404* || "$out" == *"not defined"* ]] && return 0
    fatal "querycommitted failed: $out"
  fi
  # "Version: V, Sequence: N, Endorsement Plugin: escc, ..."
  awk -F '[:,] *' '/^Version: / { print $2, $4; exit }' <<<"$out"
}

cmd_deploy() {
  local started_at=$SECONDS
  ensure_binaries
  require_running_network
  command -v java >/dev/null 2>&1 || fatal "java is required to run the chaincode server"

  if [[ ! -f "$CC_JAR" ]]; then
    info "building $CC_JAR"
    (cd "$ROOT" && mvn -q -pl "$CC_MODULE" -am package -DskipTests) || fatal "$CC_MODULE build failed"
  fi
  local sha version label jar pkg package_id
  sha="$(sha256_of "$CC_JAR")"
  label="${CHAINCODE}_${sha:0:12}"
  # The definition's version names the jar, the collections and the endorsement policy: a change of any is an upgrade
  # (a new sequence), an unchanged definition is left as it is.
  version="$(cat "$CC_JAR" ${COLLECTIONS:+"$COLLECTIONS"} <(printf '%s' "$ENDORSEMENT_POLICY") | sha256sum)"
  version="${version:0:12}"
  # The server runs a copy, so rebuilding target/ never pulls the jar from
  # under a running JVM.
  jar="$STATE/chaincode/$label.jar"
  [[ -f "$jar" ]] || cp "$CC_JAR" "$jar"
  pkg="$STATE/chaincode/$label.tar.gz"
  [[ -f "$pkg" ]] || make_package "$label" "$pkg"
  package_id="$(peer_cli centralbank peer lifecycle chaincode calculatepackageid "$pkg" 2>&1)" ||
    fatal "calculatepackageid failed: $package_id"
  info "package $package_id"

  local org out
  for org in "${ORGS[@]}"; do
    if peer_cli "$org" peer lifecycle chaincode queryinstalled 2>/dev/null | grep -qF "Package ID: $package_id,"; then
      continue
    fi
    out="$(peer_cli "$org" peer lifecycle chaincode install "$pkg" 2>&1)" ||
      fail_node "$(peer_name "$org")" "chaincode install failed: $out"
    info "installed on $(peer_name "$org")"
  done

  local committed committed_version="" committed_sequence=0 sequence
  committed="$(committed_definition)"
  if [[ -n "$committed" ]]; then
    committed_version="${committed%% *}"
    committed_sequence="${committed##* }"
  fi
  ensure_chaincode_server "$package_id" "$jar"
  if [[ "$committed_version" == "$version" ]]; then
    info "chaincode $version already committed (sequence $committed_sequence); nothing to upgrade"
    STARTED=()
    return 0
  fi
  sequence=$((committed_sequence + 1))
  info "committing $CHAINCODE version $version as sequence $sequence"

  local definition=(--channelID "$CHANNEL" --name "$CHAINCODE" --version "$version" --sequence "$sequence")
  [[ -z "$COLLECTIONS" ]] || definition+=(--collections-config "$COLLECTIONS")
  [[ -z "$ENDORSEMENT_POLICY" ]] || definition+=(--signature-policy "$ENDORSEMENT_POLICY")
  local orderer=() peers=()
  mapfile -t orderer < <(orderer_flags)
  mapfile -t peers < <(all_peer_flags)

  # An org that already approved this definition (an earlier, interrupted
  # deploy) must not approve it again: Fabric rejects an unchanged redefinition.
  local readiness
  readiness="$(peer_cli centralbank peer lifecycle chaincode checkcommitreadiness "${definition[@]}" --output json 2>&1)" ||
    fatal "checkcommitreadiness failed: $readiness"
  for org in "${ORGS[@]}"; do
    if grep -q "\"$(msp_of "$org")\": *true" <<<"$readiness"; then
      info "$(msp_of "$org") already approved sequence $sequence"
      continue
    fi
    out="$(peer_cli "$org" peer lifecycle chaincode approveformyorg "${orderer[@]}" "${definition[@]}" \
      --package-id "$package_id" 2>&1)" || fail_node "$(peer_name "$org")" "approveformyorg failed: $out"
    info "$(msp_of "$org") approved"
  done

  out="$(peer_cli centralbank peer lifecycle chaincode commit "${orderer[@]}" "${definition[@]}" "${peers[@]}" 2>&1)" ||
    fail_node "$(peer_name centralbank)" "chaincode commit failed: $out"
  local deadline=$((SECONDS + 60))
  for org in "${ORGS[@]}"; do
    until [[ "$(committed_definition "$org")" == "$version $sequence" ]]; do
      ((SECONDS < deadline)) || fail_node "$(peer_name "$org")" "does not show sequence $sequence committed after 60 s"
      sleep 0.5
    done
  done
  info "committed sequence $sequence on every peer"

  if [[ -z "$CC_INIT" ]]; then
    STARTED=()
    info "deployed $CHAINCODE in $((SECONDS - started_at)) s"
    return 0
  fi
  # governance:init is idempotent: run after every commit so a fresh ledger
  # has its participants and an upgraded one is unchanged. The peers connect
  # to the chaincode server on first use, so allow a few tries.
  local attempt
  for attempt in 1 2 3 4 5 6; do
    if out="$(peer_cli centralbank peer chaincode invoke "${orderer[@]}" -C "$CHANNEL" -n "$CHAINCODE" \
      "${peers[@]}" -c "$CC_INIT" --waitForEvent 2>&1)"; then
      info "governance:init done"
      STARTED=()
      info "deployed in $((SECONDS - started_at)) s"
      return 0
    fi
    sleep "$attempt"
  done
  fail_node "$CC_NODE" "$CC_INIT failed: $out"
}

# ---------------------------------------------------------------- status, down

cmd_status() {
  if [[ ! -f "$STATE/orderers" ]]; then
    info "no network state in $STATE"
    return 0
  fi
  local pidf name state any=0
  for pidf in "$STATE"/pids/*.pid; do
    [[ -e "$pidf" ]] || continue
    name="$(basename "$pidf" .pid)"
    if node_alive "$name"; then
      state="running (pid $(head -n 1 "$pidf"))"
      any=1
    else
      state="NOT running"
    fi
    printf '%-22s %s\n' "$name" "$state"
  done
  printf '%-22s %s\n' mode "$MODE"
  ((any)) || { info "no node is running"; return 0; }

  local out rc=0
  out="$("$ROOT/scripts/fabric-install.sh" 2>/dev/null)" || rc=$?
  if ((rc != 0)); then
    info "Fabric binaries unavailable: channel height and chaincode unknown"
    return 0
  fi
  PATH="$(tail -n 1 <<<"$out" | sed 's/^FABRIC_BIN=//'):$PATH"
  local org height
  for org in "${ORGS[@]}"; do
    node_alive "$(peer_name "$org")" || continue
    height="$(peer_cli "$org" peer channel getinfo -c "$CHANNEL" 2>/dev/null |
      sed -n 's/.*"height":\([0-9]*\).*/\1/p')" || true
    printf '%-22s channel %s height %s\n' "$(peer_name "$org")" "$CHANNEL" "${height:-unknown}"
  done
  local committed
  committed="$(committed_definition 2>/dev/null)" || committed=""
  if [[ -n "$committed" ]]; then
    printf 'chaincode %s: version %s, sequence %s\n' "$CHAINCODE" "${committed%% *}" "${committed##* }"
  else
    printf 'chaincode %s: not committed\n' "$CHAINCODE"
  fi
}

cmd_down() {
  if [[ ! -e "$STATE" ]]; then
    info "nothing to stop: $STATE does not exist"
    hosts_down
    return 0
  fi
  [[ -f "$STATE/$STATE_MARKER" ]] || fatal "$STATE was not made by network.sh; not touching it"
  local name
  # The chaincode server first, then the peers that call it, then ordering.
  for name in chaincode chaincode-ceiling "${ORGS[@]/#/peer0.}" orderer0 orderer1 orderer2; do
    stop_node "$name"
  done
  local pidf
  for pidf in "$STATE"/pids/*.pid; do
    [[ -e "$pidf" ]] && stop_node "$(basename "$pidf" .pid)"
  done
  hosts_down
  rm -rf -- "$STATE"
  info "network down; removed $STATE"
}

# ---------------------------------------------------------------- faults

# A node name as the fault verbs take it: orderer0..2, peer0.ORG or ORG (its
# peer), chaincode or chaincode-ceiling.
fault_node() {
  local node="$1"
  case "$node" in
    orderer[0-2]) (( ${node#orderer} < $(orderer_count) )) || fatal "$node is not part of this network" ;;
    chaincode | chaincode-ceiling) ;;
    peer0.*) org_index "${node#peer0.}" >/dev/null ;;
    *) org_index "$node" >/dev/null; node="peer0.$node" ;;
  esac
  echo "$node"
}

# SIGKILL, as a crash: no shutdown, nothing flushed; the pid file stays so
# `start` knows the node.
cmd_kill() {
  local node pid
  node="$(fault_node "$1")"
  node_alive "$node" || fatal "$node is not running"
  pid="$(head -n 1 "$(pidfile_of "$node")")"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  info "killed $node (pid $pid, SIGKILL)"
}

# Starts a node that is not running again, with its configuration and state
# as they were, and waits until it is healthy (listening, for the chaincode).
cmd_start() {
  local node pidf
  node="$(fault_node "$1")"
  require_state
  node_alive "$node" && fatal "$node is running already"
  ensure_binaries
  case "$node" in
    orderer*)
      start_orderer "${node#orderer}"
      wait_healthy "$node" "$(orderer_ops "${node#orderer}")"
      ;;
    peer0.*)
      start_peer "${node#peer0.}"
      wait_healthy "$node" "$(peer_ops "${node#peer0.}")"
      ;;
    chaincode*)
      pidf="$(pidfile_of "$node")"
      [[ -f "$pidf" ]] || fatal "$node was never deployed (network.sh deploy)"
      local jar package_id
      jar="$(sed -n 2p "$pidf")"
      package_id="$(sed -n 3p "$pidf")"
      [[ -f "$jar" && -n "$package_id" ]] || fatal "$pidf does not name the jar and package of $node"
      CC_NODE="$node"
      [[ "$node" == chaincode ]] || CC_SERVER_PORT=9998
      start_chaincode_server "$package_id" "$jar"
      ;;
  esac
  STARTED=()
  info "$node started again"
}

# isolate/heal: the host's only link (its veth on the bridge) down or up: the
# node keeps running but reaches no one and no one reaches it.
cmd_link() {
  local updown="$1" node
  node="$(fault_node "$2")"
  [[ "$MODE" == hosts ]] || fatal "isolate and heal need a network started with --hosts"
  [[ "$node" == chaincode* ]] && fatal "the chaincode server runs on the bridge's host side; kill it instead"
  ip link set "$(node_veth "$node")" "$updown"
  if [[ "$updown" == down ]]; then info "$node isolated ($(node_ns "$node") link down)"; else info "$node healed ($(node_ns "$node") link up)"; fi
}

# The orderer that leads the channel's Raft now, from the orderers' metrics.
cmd_leader() {
  require_state
  local n
  for ((n = 0; n < $(orderer_count); n++)); do
    node_alive "orderer$n" || continue
    if [[ "$(metric "$(orderer_ops "$n")" consensus_etcdraft_is_leader)" == 1 ]]; then
      echo "orderer$n"
      return 0
    fi
  done
  fatal "no orderer reports itself Raft leader"
}

require_state() {
  [[ -f "$STATE/orderers" ]] || fatal "no network in $STATE: run network.sh up first"
}

cmd_config() {
  local orderers="$1"
  BUILDER_DIR="$("$ROOT/scripts/fabric-install.sh" --home)/builders/ccaas"
  if [[ -d "$STATE/pids" ]] && any_node_alive; then
    fatal "a network is running from $STATE; its configuration is not rewritten under it"
  fi
  ensure_state "$orderers"
  write_node_configs "$orderers"
  write_configtx
  write_crypto_config
  info "node configuration written to $STATE/nodes"
}

main() {
  [[ $# -ge 1 ]] || usage
  local mode="$1" orderers=1 node=""
  shift
  case "$mode" in
    kill | start | isolate | heal | metrics)
      [[ $# -ge 1 ]] || fatal "network.sh $mode needs a node (orderer0..2, ORG, chaincode)"
      node="$1"
      shift
      ;;
  esac
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --hosts)
        MODE=hosts
        shift
        ;;
      --orderers)
        [[ $# -ge 2 ]] || fatal "--orderers needs a value (1 or 3)"
        orderers="$2"
        shift 2
        ;;
      --orderers=*)
        orderers="${1#--orderers=}"
        shift
        ;;
      *) fatal "unknown argument '$1' (network.sh up|down|deploy|status|config [--orderers 1|3] [--hosts])" ;;
    esac
  done
  [[ "$orderers" == 1 || "$orderers" == 3 ]] || fatal "--orderers must be 1 or 3, not '$orderers'"
  # Every verb but up and config works on the network that is there, in its mode.
  [[ "$mode" == up || "$mode" == config ]] || load_mode

  case "$mode" in
    up) cmd_up "$orderers" ;;
    deploy) cmd_deploy ;;
    deploy-ceiling)
      CHAINCODE=ceiling CC_SERVER_PORT=9998 CC_JAR="$ROOT/ceiling/target/ceiling.jar"
      CC_MODULE=ceiling CC_NODE=chaincode-ceiling COLLECTIONS="" CC_INIT=""
      cmd_deploy
      ;;
    status) cmd_status ;;
    down) cmd_down ;;
    config) cmd_config "$orderers" ;;
    kill) cmd_kill "$node" ;;
    start) cmd_start "$node" ;;
    isolate) cmd_link down "$node" ;;
    heal) cmd_link up "$node" ;;
    leader) cmd_leader ;;
    metrics)
      require_state
      curl -fsS -m 5 "http://$(peer_ops "$node")/metrics" || fatal "no metrics from peer0.$node"
      ;;
    -h | --help | help) usage ;;
    *) fatal "unknown mode '$mode' (network.sh up|down|deploy|deploy-ceiling|status|config|kill|start|isolate|heal|leader)" ;;
  esac
}

# Sourcing (check-network-config.sh, tests) defines the functions only.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
