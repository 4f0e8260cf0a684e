#!/usr/bin/env bash
# Prints wrangler's upload size for the Worker (needs `make worker` first) and
# fails when the gzip size is above the budget (default 2048 KiB; the free
# plan's limit is 3 MB gzip). No Cloudflare account is needed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$root/wasm/worker
budget_kib=${WORKER_GZIP_BUDGET_KIB:-2048}

[[ -f $dir/build/app.wasm ]] || { echo "worker-size: $dir/build/app.wasm is missing; run make worker" >&2; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log=$out/wrangler.log
cd "$dir"
if ! WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false \
	npx --no-install wrangler deploy --dry-run --outdir "$out/dist" >"$log" 2>&1; then
	cat "$log" >&2
	echo "worker-size: wrangler deploy --dry-run failed" >&2
	exit 1
fi

# wrangler prints e.g. "Total Upload: 5432.10 KiB / gzip: 1812.34 KiB".
line=$(grep -m1 'Total Upload:' "$log" || true)
if [[ -z $line ]]; then
	cat "$log" >&2
	echo "worker-size: no 'Total Upload' line in wrangler's output" >&2
	exit 1
fi
echo "$line"
gzip_kib=$(sed -nE 's/.*gzip: *([0-9.]+) *KiB.*/\1/p' <<<"$line")
if [[ -z $gzip_kib ]]; then
	echo "worker-size: cannot read the gzip size (in KiB) from: $line" >&2
	exit 1
fi
if awk -v g="$gzip_kib" -v b="$budget_kib" 'BEGIN { exit !(g > b) }'; then
	echo "worker-size: gzip upload $gzip_kib KiB is above the budget of $budget_kib KiB" >&2
	exit 1
fi
echo "worker-size: gzip upload $gzip_kib KiB is within the budget of $budget_kib KiB"
