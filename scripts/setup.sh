#!/usr/bin/env bash
# Brings a fresh Debian 12 machine (package registries only) to a working toolchain for building
# and testing the panel. Idempotent: a second run checks and skips everything already there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[setup] missing: %s\033[0m\n' "$*" >&2; exit 1; }

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# The wasm32 standard library is built from source (build-std) by Debian's rustc-web: the module
# aborts immediately on a panic (`-C panic=immediate-abort`, .cargo/config.toml), which needs a
# standard library compiled the same way, so rustup's prebuilt wasm32 library cannot be used.
wasm_toolchain=debian
rust_packages=(rustc-web cargo-web rust-web-src rust-web-clippy lld-19)
say "wasm32 toolchain: $wasm_toolchain"

# fonts-ipafont-gothic: Japanese glyphs for the headless browser (the localised screenshots).
packages=("${rust_packages[@]}" chromium chromium-driver binaryen fonts-ipafont-gothic)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || fail "apt-get (needed for: ${missing[*]})"
  say "apt: installing ${missing[*]}"
  sudo_if_needed apt-get update -qq || fail "apt-get update failed (is the Debian package registry reachable?)"
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq "${missing[@]}" >/dev/null \
    || fail "apt packages: ${missing[*]}"
else
  say "apt: ${packages[*]} already installed"
fi

# Trunk's build runs the literal `cargo` on PATH, and `cargo clippy` the first `cargo-clippy`:
# shims put Debian's first for wasm builds without touching the rest of the machine.
if [ "$wasm_toolchain" = debian ]; then
  mkdir -p .toolchain/bin
  for tool in cargo cargo-clippy; do
    [ -x "/usr/bin/$tool" ] || fail "/usr/bin/$tool (Debian package ${tool/cargo-clippy/rust-web-clippy})"
    printf '#!/bin/sh\nexec /usr/bin/%s "$@"\n' "$tool" > ".toolchain/bin/$tool"
    chmod +x ".toolchain/bin/$tool"
  done
fi

command -v cargo >/dev/null 2>&1 || fail "cargo (install Rust with rustup, or Debian's cargo-web)"
export PATH="$HOME/.cargo/bin:$PATH"

if trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION present"
else
  say "installing trunk $TRUNK_VERSION (about 5 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet || fail "trunk $TRUNK_VERSION from crates.io"
fi

# wasm-bindgen's CLI must equal the crate version in Cargo.lock exactly.
wbg_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$wbg_version" ] || fail "the wasm-bindgen version in Cargo.lock"
if wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $wbg_version\$"; then
  say "wasm-bindgen-cli $wbg_version present"
else
  say "installing wasm-bindgen-cli $wbg_version (about 2 minutes)"
  # Unlocked on purpose: the CLI's own lock file names a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$wbg_version" --quiet || fail "wasm-bindgen-cli $wbg_version from crates.io"
fi

# npm packages: the e2e suite, the SDK's build tools (sdk/) and the e2e host application.
for dir in e2e sdk e2e/sdk-host; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm: installing the packages of $dir/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm packages for $dir/ (npm registry)"
  else
    say "npm: $dir/ packages present"
  fi
done

# Trunk builds offline: fetch the crates (and, with build-std, the standard library's) up front.
(source scripts/wasm-env.sh && cargo fetch --target wasm32-unknown-unknown --quiet) \
  || fail "crates for the wasm32 build (crates.io)"
say "crates fetched"

[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium (Debian package chromium)"
[ -x /usr/bin/chromedriver ] || fail "/usr/bin/chromedriver (Debian package chromium-driver)"
say "ready"
