#!/usr/bin/env bash
# The benchmark: builds the release bundle and reports its sizes, the largest items of the module
# (twiggy, installed if missing), the time to the first field and to `ready` on cold loads beside a
# blank page's, and the scope picker's timings at 250, 2,000 and 10,000 scopes in headless Chromium.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh >/dev/null
source scripts/wasm-env.sh
trunk build --release >/dev/null 2>&1 || { echo "release build failed: run trunk build --release" >&2; exit 1; }
site="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null; rm -rf "$site"' EXIT
cp -r dist/. "$site/"
cp bench/picker.html "$site/bench-picker.html"
cp bench/frame.html "$site/bench-frame.html"
cp bench/blank.html "$site/bench-blank.html"
command -v twiggy >/dev/null || cargo install twiggy --locked --quiet
# Before wasm-opt, where the module still names its functions: what the bytes are made of.
echo "The module's largest items before wasm-opt (twiggy top; code and data, uncompressed):"
echo
twiggy top -n 15 target/wasm-bindgen/release/auth0-connection-panel-wasm_bg.wasm | cut -c1-150
node e2e/serve.mjs "$site" 4180 >/dev/null &
server=$!
sleep 0.5
node bench/bench.mjs http://127.0.0.1:4180 "$site"
