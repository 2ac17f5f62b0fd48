# Sourced by the other scripts: the environment for wasm32 builds, browser tests and Trunk.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
if [ -d "$root/.toolchain/bin" ]; then
  # Debian's rustc-web builds the wasm32 standard library itself (build-std).
  export PATH="$root/.toolchain/bin:$PATH"
  export RUSTC=/usr/bin/rustc
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # The standard library's smaller implementations (sorting, formatting, searching): 718 B less
  # gzipped, no slower in the benchmark's scope picker. The list replaces the standard library's
  # default build features, so it names `default` too (without it, 3 B less: the saving is
  # optimize_for_size's).
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=default,optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
fi
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
