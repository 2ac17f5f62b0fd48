#!/usr/bin/env bash
# Runs every check and test suite: formatting, clippy (native and wasm32), native unit tests,
# browser tests in headless Chromium, the host SDK's own tests (Node), and the Playwright
# end-to-end suite on the release build and on the packed npm package installed into a host app.
# Installs what is missing first. Exits non-zero if any suite fails or runs no test.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
logs="$(mktemp -d)"
failed=()

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
must() { "$@" || { echo "FAILED: $*" >&2; exit 1; }; }

must bash scripts/setup.sh

step "cargo fmt --check"
must cargo fmt --all -- --check
step "clippy (native)"
must cargo clippy --all-targets --quiet -- -D warnings
step "clippy (wasm32)"
must bash -c 'source scripts/wasm-env.sh && cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --quiet -- -D warnings'
step "clippy (wasm32, the e2e build's features)"
must bash -c 'source scripts/wasm-env.sh && ACP_E2E_AUTHORIZATION_SERVER=http://127.0.0.1:4177 cargo clippy --target wasm32-unknown-unknown --lib --all-features --quiet -- -D warnings'

# Runs a suite, keeps its output, and checks that it ran at least one test.
suite() {
  local name="$1" pattern="$2"
  shift 2
  step "$name"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  if [ "$status" -ne 0 ]; then
    failed+=("$name")
  elif ! grep -Eq "$pattern" "$logs/$name.log"; then
    echo "FAILED: $name ran no test" >&2
    failed+=("$name (ran no test)")
  fi
}

suite native-tests 'test result: ok\. [1-9][0-9]* passed' cargo test --lib
suite browser-tests 'test result: ok\. [1-9][0-9]* passed' \
  bash -c 'source scripts/wasm-env.sh && cargo test --target wasm32-unknown-unknown --test browser'
# The release build lists no host and no endpoint, as shipped; the e2e suite serves it with its
# deployment's lists written into the pages, as a deployer may edit them.
step "release build"
must bash -c 'source scripts/wasm-env.sh && unset ACP_HOST_ORIGINS ACP_ENDPOINTS && trunk build --release'
# The npm package from that build, its SDK's own tests (the mock panel, a server-side import), and
# the e2e host application installing the packed tarball from the file and bundling it.
step "package"
must env ACP_PACKAGE_REUSE_DIST=1 bash scripts/package.sh
suite sdk-tests '^# pass [1-9][0-9]*' bash -c 'cd sdk && node --test test/'
step "e2e host application"
must bash -c 'cd e2e/sdk-host && npm install --no-save --no-audit --no-fund --loglevel=error ../../dist-package/auth0-connection-panel-*.tgz && node build.mjs'
# Two e2e suites need a test build: the authorization tests one whose authorize URL points at their
# local authorization server (the shipped build cannot be pointed anywhere but the tenant), the
# crash test one that panics on a named Save. It gets the e2e deployment's lists at build time.
step "e2e test build"
must bash -c 'source scripts/wasm-env.sh && eval "$(node e2e/deployment.mjs)" && ACP_E2E_AUTHORIZATION_SERVER=http://127.0.0.1:4177 trunk build --release --features e2e-authorization-server,e2e-forced-panic --dist dist-e2e'
suite e2e '^ +[1-9][0-9]* passed' bash -c 'cd e2e && npx playwright test'

# Adds up the numbers in every line of the suites' output that matches a pattern.
count() { grep -Eoh "$1" "$logs"/*.log | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(( $(count 'test result: [a-zA-Z]+\. [0-9]+ passed') + $(count '^ +[0-9]+ passed') + $(count '^# pass [0-9]+') ))
fails=$(( $(count '; [0-9]+ failed') + $(count '^ +[0-9]+ failed') + $(count '^# fail [0-9]+') ))
echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "failing suites: ${failed[*]}"
  echo "tests: ${passed} passed, $(( fails > 0 ? fails : ${#failed[@]} )) failed"
  exit 1
fi
echo "tests: ${passed} passed, ${fails} failed"
