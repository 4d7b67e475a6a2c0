#!/usr/bin/env bash
# Checks the network definition without Fabric binaries: every YAML parses
# (including each node's rendered core.yaml/orderer.yaml), the keys are ones
# Fabric 3 accepts where it rejects unknown keys (orderer.yaml, configtx.yaml),
# the five organizations and their MSP IDs agree everywhere, the ports in
# configtx.yaml match the rendered node config and no two listeners share a
# port, and collections_config.json has one well-formed collection per pair
# whose endorsement policy is the channel's MAJORITY written out, and no peer
# pings its block delivery more often than the orderers allow.
# Both layouts are checked: every node on 127.0.0.1, and (network.sh --hosts)
# each node on a host of its own, whose address its TLS certificate names.
#
# Needs python3 with PyYAML (without it only the JSON checks run). Exit 0 when
# all checks pass, 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

info() { printf '[check-network-config] %s\n' "$*" >&2; }
fatal() { printf '[check-network-config] ERROR: %s\n' "$*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || fatal "python3 is required"

state="$(mktemp -d)"
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() { rm -rf -- "$state"; }
trap cleanup EXIT

check_mode() {
  python3 - "$ROOT/network" "$state/$1" "$1" <<'PY'
import itertools
import json
import re
import sys
from pathlib import Path

network, state, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
ORGS = {
    "centralbank": "CentralBankMSP",
    "hkcentralbank": "HKCentralBankMSP",
    "banka": "BankAMSP",
    "bankb": "BankBMSP",
    "regulator": "RegulatorMSP",
}
failures = []
checks = 0
node_hosts = {}


def check(ok, message):
    global checks
    checks += 1
    if not ok:
        failures.append(message)


# ---- collections_config.json (the embedded ledger parses the same file)
collections = json.loads((network / "collections_config.json").read_text())
banks = sorted(m for o, m in ORGS.items() if o != "regulator")
expected_names = {f"pd_{a}_{b}" for a, b in itertools.combinations(banks, 2)}
check(isinstance(collections, list), "collections_config.json must be a JSON array")
names = [c.get("name") for c in collections]
check(len(names) == len(set(names)), f"duplicate collection names: {names}")
check(set(names) == expected_names, f"collections {sorted(names)} != one per pair {sorted(expected_names)}")
for c in collections:
    name = c.get("name", "?")
    m = re.fullmatch(r"pd_([A-Za-z0-9]+)_([A-Za-z0-9]+)", name)
    check(m is not None and m.group(1) < m.group(2), f"{name}: MSP IDs must be sorted")
    members = set(re.findall(r"'([A-Za-z0-9.-]+)\.member'", c.get("policy", "")))
    if m:
        check(members == {m.group(1), m.group(2), "RegulatorMSP"}, f"{name}: policy members {members}")
        check(
            c.get("policy") == f"OR('{m.group(1)}.member','{m.group(2)}.member','RegulatorMSP.member')",
            f"{name}: policy {c.get('policy')!r}",
        )
    # The channel's rule (MAJORITY of the organizations, each its peers) written out as a signature policy: without
    # one Fabric takes the chaincode's policy for the collection's writes and evaluates it a second time.
    majority = len(ORGS) // 2 + 1
    rule = f"OutOf({majority}," + ",".join(f"'{msp}.peer'" for msp in sorted(ORGS.values())) + ")"
    check(c.get("endorsementPolicy") == {"signaturePolicy": rule}, f"{name}: endorsementPolicy must be {rule}")
    for key, value in {
        "requiredPeerCount": 0,
        "maxPeerCount": 0,
        "blockToLive": 0,
        "memberOnlyRead": True,
        "memberOnlyWrite": False,
    }.items():
        check(c.get(key) == value and type(c.get(key)) is type(value), f"{name}: {key} must be {value!r}")

try:
    import yaml
except ImportError:
    print("[check-network-config] PyYAML not installed (python3 -m pip install pyyaml): YAML checks skipped",
          file=sys.stderr)
    yaml = None

if yaml is not None:
    def load(path):
        try:
            return yaml.safe_load(path.read_text())
        except yaml.YAMLError as e:
            failures.append(f"{path}: {e}")
            return {}

    def unknown_keys(where, mapping, allowed):
        if isinstance(mapping, dict):
            extra = set(mapping) - set(allowed)
            check(not extra, f"{where}: keys Fabric 3 rejects: {sorted(extra)}")

    # ---- crypto-config.yaml
    crypto = load(state / "crypto-config.yaml")
    orderer_orgs = crypto.get("OrdererOrgs") or []
    check(len(orderer_orgs) == 1 and orderer_orgs[0].get("Name") == "OrdererOrg", "one orderer org OrdererOrg")
    if orderer_orgs:
        check(orderer_orgs[0].get("Template", {}).get("Count") == 3, "OrdererOrg: three orderer identities")
        check(orderer_orgs[0].get("EnableNodeOUs") is True, "OrdererOrg: NodeOUs enabled")
    peer_orgs = {o.get("Name"): o for o in crypto.get("PeerOrgs") or []}
    check(set(peer_orgs) == set(ORGS), f"peer orgs {sorted(peer_orgs)} != {sorted(ORGS)}")
    for org, spec in peer_orgs.items():
        check(spec.get("Domain") == f"{org}.bondbridge.local", f"{org}: domain {spec.get('Domain')}")
        check(spec.get("EnableNodeOUs") is True, f"{org}: NodeOUs enabled")
        check(spec.get("Template", {}).get("Count") == 1, f"{org}: one peer")
        check("127.0.0.1" in (spec.get("Template", {}).get("SANS") or []), f"{org}: TLS SAN 127.0.0.1")

    # ---- configtx.yaml, against configtxgen's structs (it rejects unknown keys)
    ctx = load(state / "configtx.yaml")
    unknown_keys("configtx.yaml", ctx, ["Profiles", "Organizations", "Channel", "Application", "Orderer",
                                        "Capabilities"])
    org_keys = ["Name", "ID", "MSPDir", "MSPType", "Policies", "AnchorPeers", "OrdererEndpoints",
                "AdminPrincipal", "SkipAsForeign"]
    orderer_keys = ["OrdererType", "Addresses", "BatchTimeout", "BatchSize", "ConsenterMapping", "EtcdRaft",
                    "SmartBFT", "Organizations", "MaxChannels", "Capabilities", "Policies"]
    for o in ctx.get("Organizations") or []:
        unknown_keys(f"configtx.yaml organization {o.get('Name')}", o, org_keys)
    profiles = ctx.get("Profiles") or {}
    check(set(profiles) == {"BondBridgeRaft1", "BondBridgeRaft3"}, f"profiles {sorted(profiles)}")
    anchor_ports = {}
    for pname, profile in profiles.items():
        unknown_keys(f"profile {pname}", profile, ["Consortium", "Application", "Orderer", "Consortiums",
                                                   "Capabilities", "Policies"])
        app, orderer = profile.get("Application") or {}, profile.get("Orderer") or {}
        unknown_keys(f"profile {pname} Application", app, ["Organizations", "Capabilities", "Policies", "ACLs"])
        unknown_keys(f"profile {pname} Orderer", orderer, orderer_keys)
        app_msps = [o.get("ID") for o in app.get("Organizations") or []]
        check(sorted(app_msps) == sorted(ORGS.values()), f"{pname}: application orgs {app_msps}")
        for o in app.get("Organizations") or []:
            check(o.get("Name") == o.get("ID"), f"{pname}: org name {o.get('Name')} != MSP ID {o.get('ID')}")
            org = next((k for k, v in ORGS.items() if v == o.get("ID")), None)
            check(org is not None and f"/{org}.bondbridge.local/" in o.get("MSPDir", ""), f"{o.get('ID')}: MSPDir")
            for a in o.get("AnchorPeers") or []:
                anchor_ports[o.get("ID")] = (a.get("Host"), a.get("Port"))
        policies = app.get("Policies") or {}
        for p in ("Endorsement", "LifecycleEndorsement"):
            check(policies.get(p, {}).get("Rule") == "MAJORITY Endorsement", f"{pname}: {p} must be MAJORITY")
        check((app.get("Capabilities") or {}).get("V2_5") is True, f"{pname}: Application V2_5")
        check(orderer.get("OrdererType") == "etcdraft", f"{pname}: Raft")
        consenters = (orderer.get("EtcdRaft") or {}).get("Consenters") or []
        expected = 1 if pname.endswith("1") else 3
        check(len(consenters) == expected, f"{pname}: {len(consenters)} consenters, expected {expected}")
        endpoints = [e for o in orderer.get("Organizations") or [] for e in o.get("OrdererEndpoints") or []]
        check(endpoints == [f"{c['Host']}:{c['Port']}" for c in consenters],
              f"{pname}: orderer endpoints {endpoints} do not match the consenters")
        for n, c in enumerate(consenters):
            node = yaml.safe_load((state / "nodes" / f"orderer{n}" / "orderer.yaml").read_text())
            check((c.get("Host"), c.get("Port")) == (node["General"]["ListenAddress"], node["General"]["ListenPort"]),
                  f"{pname}: consenter {n} {c.get('Host')}:{c.get('Port')} is not where orderer{n} listens")
            check(f"/orderer{n}.bondbridge.local/tls/server.crt" in c.get("ClientTLSCert", ""),
                  f"{pname}: consenter {n} certificate")
    check(len(anchor_ports) == len(ORGS), f"anchor peers for {sorted(anchor_ports)}")

    # ---- rendered node configuration
    ports = {}

    # Loopback: everything on 127.0.0.1. Hosts: one address of 10.213.0.0/24 per node, all its listeners on it.
    def listen(where, address):
        if not isinstance(address, str) or ":" not in address:
            failures.append(f"{where}: no host:port ({address!r})")
            return
        host, port = address.rsplit(":", 1)
        node = where.split(" ")[0]
        if mode == "loopback":
            check(host == "127.0.0.1", f"{where}: {address} is not on 127.0.0.1")
        else:
            check(host.startswith("10.213.0."), f"{where}: {address} is not on a host of 10.213.0.0/24")
            check(node_hosts.setdefault(node, host) == host, f"{where}: {host}, but {node} is on {node_hosts[node]}")
            check(list(node_hosts.values()).count(host) == 1, f"{where}: {host} is shared with another node")
        check((host, port) not in ports, f"{where}: {host}:{port} also used by {ports.get((host, port))}")
        ports[(host, port)] = where

    listen("chaincode-server", "10.213.0.1:9999" if mode == "hosts" else "127.0.0.1:9999")
    v3_orderer = {
        "": ["General", "FileLedger", "Debug", "Consensus", "Operations", "Metrics", "ChannelParticipation",
             "Admin"],
        "General": ["ListenAddress", "ListenPort", "TLS", "Cluster", "Keepalive", "ConnectionTimeout",
                    "GenesisMethod", "GenesisFile", "BootstrapMethod", "BootstrapFile", "Profile", "LocalMSPDir",
                    "LocalMSPID", "BCCSP", "Authentication", "MaxRecvMsgSize", "MaxSendMsgSize"],
        "Admin": ["ListenAddress", "TLS"],
        "Operations": ["ListenAddress", "TLS"],
        "ChannelParticipation": ["Enabled", "MaxRequestBodySize"],
        "FileLedger": ["Location", "Prefix"],
    }
    def seconds(duration):
        """A Go duration of one unit ("10s", "2m", "500ms") in seconds."""
        m = re.fullmatch(r"(\d+)(ms|s|m|h)", str(duration))
        check(m is not None, f"duration {duration!r}")
        return int(m.group(1)) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[m.group(2)] if m else 0

    delivery_ping, orderer_min_ping = {}, {}
    for path in sorted((state / "nodes").glob("*/*.yaml")):
        text = path.read_text()
        check("{{" not in text, f"{path.name} of {path.parent.name}: placeholder left")
        node = load(path)
        name = path.parent.name
        if path.name == "orderer.yaml":
            for section, allowed in v3_orderer.items():
                unknown_keys(f"{name}/orderer.yaml {section or 'top level'}",
                             node if not section else node.get(section), allowed)
            g = node["General"]
            listen(f"{name} gRPC", f"{g['ListenAddress']}:{g['ListenPort']}")
            listen(f"{name} admin", node["Admin"]["ListenAddress"])
            listen(f"{name} operations", node["Operations"]["ListenAddress"])
            check(node["Admin"]["TLS"].get("ClientAuthRequired") is True, f"{name}: admin TLS needs client auth")
            orderer_min_ping[name] = seconds(g["Keepalive"]["ServerMinInterval"])
        else:
            peer = node["peer"]
            listen(f"{name} gRPC", peer["listenAddress"])
            listen(f"{name} chaincode", peer["chaincodeListenAddress"])
            listen(f"{name} operations", node["operations"]["listenAddress"])
            msp = peer["localMspId"]
            check(msp == ORGS.get(name.removeprefix("peer0.")), f"{name}: localMspId {msp}")
            host, port = anchor_ports.get(msp, (None, None))
            check(peer["gossip"]["externalEndpoint"] == f"{host}:{port}" == peer["listenAddress"],
                  f"{name}: anchor peer {host}:{port}, external endpoint {peer['gossip']['externalEndpoint']}")
            check(node["vm"]["endpoint"] in ("", None), f"{name}: vm.endpoint must be empty")
            check(peer["tls"]["enabled"] is True, f"{name}: TLS")
            check(node["ledger"]["history"]["enableHistoryDatabase"] is True, f"{name}: history database")
            check(node["ledger"]["state"]["stateDatabase"] == "goleveldb", f"{name}: LevelDB")
            builders = node["chaincode"]["externalBuilders"]
            check(len(builders) == 1 and builders[0]["path"].endswith("/builders/ccaas"), f"{name}: CCaaS builder")
            check(peer["handlers"]["endorsers"]["escc"]["name"] == "DefaultEndorsement", f"{name}: escc")
            delivery_ping[name] = seconds(peer["keepalive"]["deliveryClient"]["interval"])
    # A peer pinging its block delivery more often than an orderer allows would be cut off as abusive.
    for pname, every in delivery_ping.items():
        for oname, least in orderer_min_ping.items():
            check(every >= least, f"{pname} pings its orderer every {every:g} s; {oname} allows no less than {least:g} s")

if yaml is not None and mode == "hosts":
    # Each node's certificate names its host's address (cryptogen SANS of its org).
    sans = {o.get("Domain"): set((o.get("Template") or {}).get("SANS") or [])
            for o in (crypto.get("OrdererOrgs") or []) + (crypto.get("PeerOrgs") or [])}
    for node, host in node_hosts.items():
        if node == "chaincode-server":
            continue
        domain = "bondbridge.local" if node.startswith("orderer") else node.removeprefix("peer0.") + ".bondbridge.local"
        check(host in sans.get(domain, set()), f"{node}: its address {host} is not a TLS SAN of {domain}")

if failures:
    for f in failures:
        print(f"[check-network-config] FAIL {f}", file=sys.stderr)
    print(f"[check-network-config] {len(failures)} of {checks} checks failed", file=sys.stderr)
    sys.exit(1)
print(f"[check-network-config] network config OK, {mode} ({checks} checks)", file=sys.stderr)
PY
}

# Render the three-orderer layout (a superset of the one-orderer one) into a
# scratch state directory per mode: no binaries involved, nothing of a real
# network touched.
failed=0
for mode in loopback hosts; do
  flags=()
  [[ "$mode" == loopback ]] || flags=(--hosts)
  BONDBRIDGE_NETWORK_STATE="$state/$mode" "$ROOT/scripts/network.sh" config --orderers 3 "${flags[@]}" 2>/dev/null ||
    fatal "network.sh config ($mode) failed"
  check_mode "$mode" || failed=1
done
exit "$failed"
