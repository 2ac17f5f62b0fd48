#!/usr/bin/env bash
# The benchmark: builds the release bundle and reports its sizes, the largest items of the module
# (twiggy, installed if missing), the time to the first field and to `ready` on cold loads beside a
# blank page's, and the scope picker's timings at 250, 2,000 and 10,000 scopes in headless Chromium.
#
#   scripts/bench.sh                  the figures of the working tree's build
#   scripts/bench.sh --against REV    also builds REV (a commit, branch or tag) and compares cold
#                                     loads of the two, alternating, in one run (bench/compare.mjs):
#                                     on a shared machine that drifts, the fair way to see a change
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
against=""
if [ "${1:-}" = "--against" ]; then
  against="${2:?--against needs a commit, branch or tag}"
  git rev-parse --verify --quiet "$against^{commit}" >/dev/null || { echo "bench: no commit $against" >&2; exit 1; }
fi
bash scripts/setup.sh >/dev/null
source scripts/wasm-env.sh
servers=()
site="$(mktemp -d)"
other=""
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$site"
  if [ -n "$other" ]; then rm -rf "$other"; git worktree remove --force "$other.tree" 2>/dev/null || true; fi
}
trap cleanup EXIT
# The benchmark's pages, beside a build's files.
add_pages() {
  cp bench/picker.html "$1/bench-picker.html"
  cp bench/frame.html "$1/bench-frame.html"
  cp bench/blank.html "$1/bench-blank.html"
}
if [ -n "$against" ]; then
  # Built first, in a worktree sharing this target directory, so that the working tree's build
  # below leaves target/ as twiggy should read it.
  other="$(mktemp -d)"
  git worktree add --detach --force "$other.tree" "$against" >/dev/null 2>&1
  (cd "$other.tree" && CARGO_TARGET_DIR="$root/target" trunk build --release >/dev/null 2>&1) ||
    { echo "bench: the release build of $against failed" >&2; exit 1; }
  cp -r "$other.tree/dist/." "$other/"
  add_pages "$other"
fi
trunk build --release >/dev/null 2>&1 || { echo "release build failed: run trunk build --release" >&2; exit 1; }
cp -r dist/. "$site/"
add_pages "$site"
command -v twiggy >/dev/null || cargo install twiggy --locked --quiet
# Before wasm-opt, where the module still names its functions: what the bytes are made of.
echo "The module's largest items before wasm-opt (twiggy top; code and data, uncompressed):"
echo
twiggy top -n 15 target/wasm-bindgen/release/auth0-connection-panel-wasm_bg.wasm | cut -c1-150
node e2e/serve.mjs "$site" 4180 >/dev/null &
servers+=($!)
if [ -n "$against" ]; then
  node e2e/serve.mjs "$other" 4181 >/dev/null &
  servers+=($!)
fi
sleep 0.5
node bench/bench.mjs http://127.0.0.1:4180 "$site"
if [ -n "$against" ]; then
  echo
  echo "A: $against ($(git rev-parse --short "$against")), B: the working tree"
  node bench/compare.mjs http://127.0.0.1:4181 "$other" http://127.0.0.1:4180 "$site"
fi
