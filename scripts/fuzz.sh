#!/usr/bin/env bash
# Fuzzes every decoder of outside input with cargo-fuzz (libFuzzer, nightly): host messages,
# tenant input, the authorization callback, drafts, the panel's URL parameters and URL fields.
# Usage: scripts/fuzz.sh [seconds per target, default 60]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${1:-60}"
export PATH="$HOME/.cargo/bin:$PATH"
rustup toolchain list | grep -q '^nightly' || { echo "missing: the nightly Rust toolchain (rustup)" >&2; exit 1; }
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
printf '| target | inputs tried | seconds | crashes |\n|---|---|---|---|\n'
for target in host_message tenant_input callback draft host_params url_fields deployment_lists theme_token; do
  log="$(mktemp)"
  status=0
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" >"$log" 2>&1 || status=$?
  runs="$({ grep -Eo 'Done [0-9]+ runs' "$log" || true; } | grep -Eo '[0-9]+' | tail -1 || true)"
  crashes=$([ "$status" -eq 0 ] && echo 0 || echo "1 (see fuzz/artifacts/$target)")
  printf '| %s | %s | %s | %s |\n' "$target" "${runs:-?}" "$seconds" "$crashes"
  rm -f "$log"
done
