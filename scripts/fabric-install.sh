#!/usr/bin/env bash
# Installs the Hyperledger Fabric binaries bondbridge runs on (peer, orderer,
# configtxgen, cryptogen, osnadmin, and the CCaaS builder's detect/build/release)
# into a cache reused across runs:
#
#   $BONDBRIDGE_FABRIC_HOME        (default ~/.cache/bondbridge/fabric-3.1.5)
#     bin/                         peer orderer configtxgen cryptogen osnadmin
#     builders/ccaas/bin/          detect build release
#
# Order: the cache as it is (nothing to do when complete and at a known
# version); Fabric 3 binaries already on PATH (symlinked into the cache); the
# official release archive of the pinned version (linux-amd64 only; a machine
# without internet fails it within seconds and says so); a build from source
# with `go install` at the pinned release commit, then at the fallback release.
#
# On success the last line of stdout is FABRIC_BIN=<cache>/bin; everything
# else goes to stderr. `fabric-install.sh --home` only prints the cache
# directory, installing nothing. Exit codes: 0 done; 4 Fabric cannot be had on this
# machine (no Go, or the module cannot be fetched), with the failing command
# and Go's error; 1 any other failure.
set -euo pipefail

# Pinned releases, preferred first: "VERSION COMMIT". The module path has no
# /v3, so a release is named by its commit (Go turns it into a pseudo-version).
FABRIC_RELEASES=(
  "3.1.5 86c1172bec37e6590c6b1ae6f847833df48d65fc"
  "3.0.0 94590aa4332b20350e8aee5572a8cfd29164221c"
)
PINNED_VERSION="${FABRIC_RELEASES[0]%% *}"

FABRIC_MODULE=github.com/hyperledger/fabric
CCAAS_MODULE=github.com/hyperledger/fabric/ccaas_builder
FABRIC_TOOLS=(peer orderer configtxgen cryptogen osnadmin)
CCAAS_TOOLS=(detect build release)
EXIT_UNAVAILABLE=4

FABRIC_HOME="${BONDBRIDGE_FABRIC_HOME:-$HOME/.cache/bondbridge/fabric-$PINNED_VERSION}"
BIN_DIR="$FABRIC_HOME/bin"
BUILDER_BIN_DIR="$FABRIC_HOME/builders/ccaas/bin"

info() { printf '[fabric-install] %s\n' "$*" >&2; }
fatal() { printf '[fabric-install] ERROR: %s\n' "$*" >&2; exit 1; }
unavailable() {
  printf '[fabric-install] Fabric unavailable: %s\n' "$*" >&2
  exit "$EXIT_UNAVAILABLE"
}

work_dir=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() { if [[ -n "$work_dir" ]]; then rm -rf -- "$work_dir"; fi; }
trap cleanup EXIT

# Prints the version a Fabric binary reports ("Version: 3.1.5"), or nothing.
reported_version() {
  local tool="$1" out
  case "$(basename "$tool")" in
    configtxgen) out="$("$tool" -version 2>/dev/null)" || return 0 ;;
    *) out="$("$tool" version 2>/dev/null)" || return 0 ;;
  esac
  awk '/^[[:space:]]*Version:/ { sub(/^[[:space:]]*Version:[[:space:]]*v?/, ""); print $1; exit }' <<<"$out"
}

# The first executable TOOL on PATH outside the cache (a PATH entry that is
# the cache itself is not a second installation).
find_on_path() {
  local tool="$1" dir cache dirs=()
  cache="$(readlink -f "$BIN_DIR" 2>/dev/null || printf '%s' "$BIN_DIR")"
  IFS=: read -r -a dirs <<<"$PATH"
  for dir in "${dirs[@]}"; do
    [[ -n "$dir" && "$(readlink -f "$dir" 2>/dev/null || true)" != "$cache" ]] || continue
    if [[ -x "$dir/$tool" && ! -d "$dir/$tool" ]]; then
      readlink -f "$dir/$tool"
      return 0
    fi
  done
  return 1
}

cache_complete() {
  local tool
  for tool in "${FABRIC_TOOLS[@]}"; do [[ -x "$BIN_DIR/$tool" ]] || return 1; done
  for tool in "${CCAAS_TOOLS[@]}"; do [[ -x "$BUILDER_BIN_DIR/$tool" ]] || return 1; done
}

builders_complete() {
  local tool
  for tool in "${CCAAS_TOOLS[@]}"; do [[ -x "$BUILDER_BIN_DIR/$tool" ]] || return 1; done
}

is_pinned_release() {
  local entry
  for entry in "${FABRIC_RELEASES[@]}"; do
    [[ "$1" == "${entry%% *}" ]] && return 0
  done
  return 1
}

done_with() {
  info "Fabric $(reported_version "$BIN_DIR/peer") ready in $FABRIC_HOME"
  local tool
  for tool in peer orderer configtxgen cryptogen; do
    info "  $tool reports version $(reported_version "$BIN_DIR/$tool")"
  done
  printf 'FABRIC_BIN=%s\n' "$BIN_DIR"
  exit 0
}

# Links Fabric 3 binaries found on PATH into the cache. osnadmin reports no
# Fabric version (it prints a fixed 0.0.1), so only its presence is checked.
link_from_path() {
  local tool path version
  local -A found=()
  for tool in "${FABRIC_TOOLS[@]}"; do
    path="$(find_on_path "$tool")" || return 1
    if [[ "$tool" != osnadmin ]]; then
      version="$(reported_version "$path")"
      [[ "$version" == 3.* ]] || { info "$tool on PATH ($path) reports '${version:-no version}', not 3.x"; return 1; }
    fi
    found[$tool]="$path"
  done
  mkdir -p "$BIN_DIR" || fatal "cannot create $BIN_DIR"
  for tool in "${FABRIC_TOOLS[@]}"; do
    ln -sfn "${found[$tool]}" "$BIN_DIR/$tool" || fatal "cannot link ${found[$tool]} into $BIN_DIR"
  done
  info "using Fabric $(reported_version "$BIN_DIR/peer") from PATH ($(dirname "$(readlink -f "$BIN_DIR/peer")"))"

  # A Fabric release archive ships the CCaaS builder in builders/ccaas/bin
  # next to its bin/; use it when present.
  local release_builders
  release_builders="$(dirname "$(dirname "$(readlink -f "$BIN_DIR/peer")")")/builders/ccaas/bin"
  if ! builders_complete && [[ -x "$release_builders/detect" && -x "$release_builders/build" && -x "$release_builders/release" ]]; then
    mkdir -p "$BUILDER_BIN_DIR" || fatal "cannot create $BUILDER_BIN_DIR"
    for tool in "${CCAAS_TOOLS[@]}"; do
      ln -sfn "$release_builders/$tool" "$BUILDER_BIN_DIR/$tool" || fatal "cannot link the CCaaS builder"
    done
    info "using the CCaaS builder from $release_builders"
  fi
}

RELEASE_URL="https://github.com/hyperledger/fabric/releases/download/v$PINNED_VERSION/hyperledger-fabric-linux-amd64-$PINNED_VERSION.tar.gz"

# The Fabric project's release archive: bin/ and builders/ccaas/bin/, unpacked
# into a staging directory and moved into the cache only when complete.
install_release_archive() {
  [[ "$(uname -s)-$(uname -m)" == Linux-x86_64 ]] || { info "no release archive for $(uname -s)-$(uname -m)"; return 1; }
  command -v curl >/dev/null 2>&1 || { info "curl is not installed; skipping the release archive"; return 1; }
  local stage="$work_dir/release" err
  mkdir -p "$stage"
  info "downloading $RELEASE_URL"
  if ! err="$(curl -fsSL --connect-timeout 10 --max-time 300 -o "$stage/fabric.tar.gz" "$RELEASE_URL" 2>&1)"; then
    info "release archive unavailable: ${err:-curl failed}"
    return 1
  fi
  tar -xzf "$stage/fabric.tar.gz" -C "$stage" bin builders >/dev/null 2>&1 || { info "the release archive has no bin/ and builders/"; return 1; }
  local tool
  for tool in "${FABRIC_TOOLS[@]}"; do [[ -x "$stage/bin/$tool" ]] || { info "release archive lacks bin/$tool"; return 1; }; done
  for tool in "${CCAAS_TOOLS[@]}"; do [[ -x "$stage/builders/ccaas/bin/$tool" ]] || { info "release archive lacks the CCaaS builder"; return 1; }; done
  mkdir -p "$BIN_DIR" "$BUILDER_BIN_DIR" || fatal "cannot create $FABRIC_HOME"
  for tool in "${FABRIC_TOOLS[@]}"; do mv -f "$stage/bin/$tool" "$BIN_DIR/$tool"; done
  for tool in "${CCAAS_TOOLS[@]}"; do mv -f "$stage/builders/ccaas/bin/$tool" "$BUILDER_BIN_DIR/$tool"; done
}

last_command=""
last_error=""

# go install PACKAGES... at COMMIT into GOBIN; keeps the command and Go's
# error for the report when it fails.
go_install() {
  local gobin="$1" version="$2" commit="$3"
  shift 3
  local pkgs=() pkg
  for pkg in "$@"; do pkgs+=("$pkg@$commit"); done
  local ldflags="-X $FABRIC_MODULE/common/metadata.Version=$version -X $FABRIC_MODULE/common/metadata.CommitSHA=${commit:0:7}"
  last_command="GOBIN=$gobin go install -trimpath -ldflags \"$ldflags\" ${pkgs[*]}"
  info "building: $last_command"
  local log="$work_dir/go-install.log"
  if GOBIN="$gobin" go install -trimpath -ldflags "$ldflags" "${pkgs[@]}" >"$log" 2>&1; then
    return 0
  fi
  last_error="$(tail -n 20 "$log")"
  return 1
}

# Builds one release into a staging directory and moves it into the cache
# only when every binary built, so a failed build never leaves a mixed cache.
build_release() {
  local version="$1" commit="$2" with_fabric="$3"
  local stage="$work_dir/stage-$version"
  mkdir -p "$stage/bin" "$stage/builders"
  if [[ "$with_fabric" == yes ]]; then
    go_install "$stage/bin" "$version" "$commit" \
      "$FABRIC_MODULE/cmd/peer" "$FABRIC_MODULE/cmd/orderer" "$FABRIC_MODULE/cmd/configtxgen" \
      "$FABRIC_MODULE/cmd/cryptogen" "$FABRIC_MODULE/cmd/osnadmin" || return 1
  fi
  go_install "$stage/builders" "$version" "$commit" \
    "$CCAAS_MODULE/cmd/detect" "$CCAAS_MODULE/cmd/build" "$CCAAS_MODULE/cmd/release" || return 1

  mkdir -p "$BIN_DIR" "$BUILDER_BIN_DIR" || fatal "cannot create $FABRIC_HOME"
  local tool
  if [[ "$with_fabric" == yes ]]; then
    for tool in "${FABRIC_TOOLS[@]}"; do
      mv -f "$stage/bin/$tool" "$BIN_DIR/$tool" || fatal "cannot install $tool into $BIN_DIR"
    done
  fi
  for tool in "${CCAAS_TOOLS[@]}"; do
    mv -f "$stage/builders/$tool" "$BUILDER_BIN_DIR/$tool" || fatal "cannot install $tool into $BUILDER_BIN_DIR"
  done
}

main() {
  if [[ "${1:-}" == --home ]]; then
    printf '%s\n' "$FABRIC_HOME"
    exit 0
  fi
  [[ $# -eq 0 ]] || fatal "usage: fabric-install.sh [--home]"

  if cache_complete; then
    local cached
    cached="$(reported_version "$BIN_DIR/peer")"
    if [[ "$cached" == "$PINNED_VERSION" ]]; then
      done_with
    elif is_pinned_release "$cached"; then
      info "cache holds fallback Fabric $cached (remove $FABRIC_HOME to retry $PINNED_VERSION)"
      done_with
    fi
    info "cache holds Fabric '${cached:-unknown}'; looking again"
  fi

  local need_fabric=yes
  if link_from_path; then
    need_fabric=no
    if builders_complete; then done_with; fi
    info "the CCaaS builder is not installed; building it"
  fi

  work_dir="$(mktemp -d)"
  if [[ "$need_fabric" == yes ]] && install_release_archive; then
    done_with
  fi
  command -v go >/dev/null 2>&1 ||
    unavailable "Go is not installed, so Fabric cannot be built here (and no Fabric 3 binaries are on PATH or in a release archive)"

  local entry version commit
  for entry in "${FABRIC_RELEASES[@]}"; do
    version="${entry%% *}"
    commit="${entry##* }"
    if build_release "$version" "$commit" "$need_fabric"; then
      if [[ "$need_fabric" == yes ]]; then
        local got
        got="$(reported_version "$BIN_DIR/peer")"
        [[ "$got" == "$version" ]] || fatal "built peer reports version '$got', expected $version"
      fi
      done_with
    fi
    printf '[fabric-install] FAILED: %s\n%s\n' "$last_command" "$last_error" >&2
    info "Fabric $version could not be built; trying the next pinned release"
  done
  unavailable "no pinned Fabric release could be built (see the failing command and Go's error above)"
}

main "$@"
