#!/usr/bin/env bash
# The README's test command: install the workspace, then typecheck, lint, run every test, and check that
# the committed bundles are what the sources build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pnpm install --frozen-lockfile --reporter=silent
pnpm typecheck
pnpm lint
pnpm test
pnpm check-dist
