#!/usr/bin/env bash
# Builds the Cloudflare Worker bundle in wasm/worker/build:
#   worker.mjs    our shim (wasm/worker/shim/worker.mjs): one running Go instance
#                 per isolate, one synchronous Go call per request
#   wasm_exec.js  Go's JavaScript support, from $(go env GOROOT)/lib/wasm
#   app.wasm      the Go program (./wasm/worker) for js/wasm, data segments packed
# and installs wrangler (pinned in wasm/worker/package-lock.json) if missing.
# The build with syumai/workers' stock shim, which `make bench` compares
# against, is made by scripts/benchworker in a folder of its own.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/wasm/worker
GO=${GO:-go}

if [[ ! -d $dir/node_modules ]]; then
	command -v npm >/dev/null || { echo "build-worker: npm is missing (Node.js 20+ is needed for wrangler)" >&2; exit 1; }
	(cd "$dir" && npm ci --no-audit --no-fund)
fi

cd "$root"
rm -rf "$dir/build"
mkdir -p "$dir/build"
cp "$dir/shim/worker.mjs" "$dir/build/worker.mjs"
cp "$("$GO" env GOROOT)/lib/wasm/wasm_exec.js" "$dir/build/wasm_exec.js"
GOOS=js GOARCH=wasm "$GO" build -trimpath -ldflags='-s -w' -o "$dir/build/app.wasm" ./wasm/worker
# Go writes tens of thousands of small data segments; joined, the upload
# compresses about 5 % smaller.
"$GO" run ./scripts/wasmsize -pack "$dir/build/app.wasm"
ls -l "$dir/build"
