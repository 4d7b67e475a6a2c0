#!/usr/bin/env bash
# The guided scenario. Default: a fresh embedded ledger (no network needed).
#   scripts/demo.sh            every feature once, on a fresh embedded ledger in a temporary directory
#   scripts/demo.sh --fabric   the same on the local Fabric network (brought up and deployed if needed)
#   scripts/demo.sh --json     one JSON summary instead of the story
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fabric=false
args=()
for arg in "$@"; do
  case "$arg" in
    --fabric) fabric=true ;;
    -h|--help) sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

if [[ "$fabric" == true ]]; then
  profiles="$root/network/.local/profiles"
  if [[ ! -f "$profiles/centralbank.json" ]]; then
    "$root/scripts/network.sh" up
    "$root/scripts/network.sh" deploy
  fi
  exec "$root/scripts/bondbridge" --fabric "$profiles" demo "${args[@]+"${args[@]}"}"
fi
exec "$root/scripts/bondbridge" demo "${args[@]+"${args[@]}"}"
