#!/usr/bin/env bash
# Builds the installable npm package `auth0-connection-panel` into dist-package/ (git-ignored):
# the panel's release build, the host SDK (sdk/, bundled by esbuild, declarations by tsc), the
# contract, and `npm pack`'s tarball. Nothing is published. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

# The panel as shipped: no host origin or endpoint listed (a deployment writes its own lists).
if [ "${ACP_PACKAGE_REUSE_DIST:-}" != 1 ]; then
  (source scripts/wasm-env.sh && unset ACP_HOST_ORIGINS ACP_ENDPOINTS && trunk build --release)
fi
(cd sdk && node build.mjs)

version="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
out=dist-package
pkg="$out/auth0-connection-panel"
rm -rf "$out"
mkdir -p "$pkg/panel" "$pkg/types/contract" "$pkg/contract"
cp sdk/build/js/index.js sdk/build/js/index.js.map sdk/build/js/mock.js sdk/build/js/mock.js.map "$pkg/"
cp -r sdk/build/types/sdk "$pkg/types/"
cp contract/auth0-connection-panel.d.ts "$pkg/types/contract/"
cp contract/*.schema.json "$pkg/contract/"
# The release build, without the standalone demo's examples.
(cd dist && tar cf - --exclude=./examples .) | (cd "$pkg/panel" && tar xf -)
cp sdk/package/auth0-connection-panel-module.d.ts "$pkg/panel/auth0-connection-panel.d.ts"
cp sdk/package/README.md "$pkg/README.md"
cp LICENSE "$pkg/" 2>/dev/null || true

cat > "$pkg/package.json" <<JSON
{
  "name": "auth0-connection-panel",
  "version": "$version",
  "description": "An embeddable panel that creates or edits an Auth0 connection, with its host SDK.",
  "license": "MIT",
  "type": "module",
  "main": "./index.js",
  "types": "./types/sdk/src/index.d.ts",
  "sideEffects": ["./index.js"],
  "exports": {
    ".": { "types": "./types/sdk/src/index.d.ts", "default": "./index.js" },
    "./element": { "types": "./types/sdk/src/index.d.ts", "default": "./index.js" },
    "./mock": { "types": "./types/sdk/src/mock.d.ts", "default": "./mock.js" },
    "./panel/module": { "types": "./panel/auth0-connection-panel.d.ts", "default": "./panel/auth0-connection-panel.js" },
    "./panel/style.css": "./panel/auth0-connection-panel.css",
    "./panel/*": "./panel/*",
    "./contract/*": "./contract/*",
    "./types/*": "./types/*"
  },
  "files": ["index.js", "index.js.map", "mock.js", "mock.js.map", "panel", "types", "contract", "README.md"]
}
JSON
(cd "$out" && npm pack ./auth0-connection-panel --silent >/dev/null)
tarball="$(ls "$out"/auth0-connection-panel-*.tgz)"
echo "package: $tarball"
echo "what a host downloads (gzip -9):"
for f in index.js panel/auth0-connection-panel.js panel/auth0-connection-panel-wasm.js panel/auth0-connection-panel-wasm_bg.wasm panel/auth0-connection-panel.css; do
  printf '  %7d  %s\n' "$(gzip -9 -c "$pkg/$f" | wc -c)" "$f"
done
