#!/usr/bin/env bash
# The benchmark: builds the release bundle and reports its sizes, the largest items of the module
# (twiggy, installed if missing), the time to the first field and to `ready` on cold loads beside a
# blank page's, and the scope picker's timings at 250, 2,000 and 10,000 scopes in headless Chromium.
#
#   scripts/bench.sh                  the figures of the working tree's build
#   scripts/bench.sh --against REV    also builds REV (a commit, branch or tag) and compares cold
#                                     loads of the two, alternating, in one run (bench/compare.mjs):
#                                     on a shared machine that drifts, the fair way to see a change
#   scripts/bench.sh --profile        also profiles cold starts by function (bench/profile.mjs), on
#                                     a copy of the build whose module keeps its function names
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
against=""
profile=""
if [ "${1:-}" = "--profile" ]; then
  profile=1
elif [ "${1:-}" = "--against" ]; then
  against="${2:?--against needs a commit, branch or tag}"
  git rev-parse --verify --quiet "$against^{commit}" >/dev/null || { echo "bench: no commit $against" >&2; exit 1; }
fi
bash scripts/setup.sh >/dev/null
source scripts/wasm-env.sh
servers=()
site="$(mktemp -d)"
other=""
named=""
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$site" "$named"
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
  # Its post-build hook may minify with the SDK's esbuild: the working tree's packages serve.
  [ -d "$other.tree/sdk" ] && ln -s "$root/sdk/node_modules" "$other.tree/sdk/node_modules"
  (cd "$other.tree" && CARGO_TARGET_DIR="$root/target" trunk build --release >/dev/null 2>&1) ||
    { echo "bench: the release build of $against failed" >&2; exit 1; }
  cp -r "$other.tree/dist/." "$other/"
  add_pages "$other"
fi
# The other build wrote its module to the shared target directory's output path; cargo, finding
# the working tree's crate up to date, would neither build nor copy its module back over it.
[ -n "$against" ] && touch src/lib.rs
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
if [ -n "$profile" ]; then
  # The release module before wasm-opt still has its names: optimised again as the build does it
  # (index.html's wasm-opt settings) but keeping them (-g), with the module wrapper's integrity
  # written for it.
  named="$(mktemp -d)"
  cp -r "$site/." "$named/"
  level="$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)"
  params="$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
  # shellcheck disable=SC2086
  wasm-opt "-O$level" -g $params target/wasm-bindgen/release/auth0-connection-panel-wasm_bg.wasm \
    -o "$named/auth0-connection-panel-wasm_bg.wasm"
  # With the short import and export names the build's glue expects (scripts/short-names.mjs):
  # the same renaming, checked to give the build's own imports and exports.
  # shellcheck disable=SC2086
  wasm-opt "$named/auth0-connection-panel-wasm_bg.wasm" -g --minify-imports-and-exports-and-modules $params \
    -o "$named/auth0-connection-panel-wasm_bg.wasm" >/dev/null
  node -e "
    const { readFileSync } = require('node:fs');
    const names = (f) => { const m = new WebAssembly.Module(readFileSync(f));
      return JSON.stringify([WebAssembly.Module.imports(m), WebAssembly.Module.exports(m)]); };
    if (names(process.argv[1]) !== names(process.argv[2])) process.exit(1);" \
    "$named/auth0-connection-panel-wasm_bg.wasm" "$site/auth0-connection-panel-wasm_bg.wasm" ||
    { echo "bench: the named module's short names differ from the build's" >&2; exit 1; }
  hash="$(node -e "const { createHash } = require('node:crypto'); process.stdout.write('sha384-' + createHash('sha384').update(require('node:fs').readFileSync(process.argv[1])).digest('base64'))" "$named/auth0-connection-panel-wasm_bg.wasm")"
  # The wrapper may be minified (`integrity:"sha384-…"`) or not (`integrity: 'sha384-…'`).
  sed -i -E "s#integrity: ?(['\"])sha384-[^'\"]*(['\"])#integrity:\1$hash\2#" "$named/auth0-connection-panel.js"
  grep -q "$hash" "$named/auth0-connection-panel.js" ||
    { echo "bench: the module wrapper's integrity was not found to replace" >&2; exit 1; }
  node e2e/serve.mjs "$named" 4182 >/dev/null &
  servers+=($!)
  sleep 0.5
  echo
  node bench/profile.mjs http://127.0.0.1:4182
fi
if [ -n "$against" ]; then
  echo
  echo "A: $against ($(git rev-parse --short "$against")), B: the working tree"
  node bench/compare.mjs http://127.0.0.1:4181 "$other" http://127.0.0.1:4180 "$site"
fi
