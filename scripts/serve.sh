#!/usr/bin/env bash
# Runs the panel standalone, with its built-in demo host, on http://127.0.0.1:8080.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
source scripts/wasm-env.sh
exec trunk serve "$@"
