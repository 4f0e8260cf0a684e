# resumescore — the two commands: `make serve` runs the product, `make test` tests it.
GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm
WASMFLAGS := -trimpath -ldflags='-s -w'
CORPUS    ?= ../shared/corpus
ADDR      ?= 127.0.0.1:8080

.PHONY: all build wasm serve worker size test test-unit test-wasm test-e2e bench corpus clean

all: build wasm worker

## build: the CLI at bin/resumescore
build:
	$(GO) build -trimpath -o bin/resumescore ./cmd/resumescore

## wasm: the browser engine (web/engine.wasm) and Go's JS glue next to it
wasm:
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/engine.wasm ./wasm/browser
	$(GO) run ./scripts/wasmsize -pack web/engine.wasm
	cp $(WASM_EXEC)/wasm_exec.js web/wasm_exec.js

## serve: build the page and serve web/ at http://$(ADDR)
serve: wasm
	$(GO) run ./scripts/serve -dir web -addr $(ADDR)

## worker: the Cloudflare Worker bundle in wasm/worker/build
worker:
	bash scripts/build-worker.sh

## size: wrangler's upload size for the worker (fails above the budget)
size: worker
	bash scripts/worker-size.sh

## test: every test — unit, js/wasm under Node, Chromium and workerd end to end
test: test-unit test-wasm test-e2e

test-unit:
	$(GO) vet ./...
	$(GO) test ./...

test-wasm:
	PATH="$(WASM_EXEC):$$PATH" GOOS=js GOARCH=wasm $(GO) test ./wasm/browser/... ./internal/...

# End-to-end tests carry the build tag e2e: they need Chromium and wrangler,
# and fail (never skip) when those are missing.
test-e2e: wasm worker
	$(GO) test -tags e2e -count=1 -timeout 15m ./wasm/...

## corpus: our PDF text against poppler's on CORPUS, and the parser against
## the truth files; fails under the thresholds
corpus:
	$(GO) run ./scripts/corpus -dir $(CORPUS)
	$(GO) run ./scripts/corpus -dir internal/testdata -min-word 0.97

## bench: engine benchmarks, our text layer against pdftotext on CORPUS, then the
## browser: file chosen → report shown in Chromium, and engine.wasm's gzip size, then
## the Worker on local workerd: our shim against syumai/workers' stock one (p50/p90/p99, cold)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...
	$(GO) run ./scripts/benchtext -dir $(CORPUS)
	$(MAKE) wasm && $(GO) test -tags e2e -count=1 -run '^$$' -bench AppFileToReport -benchtime 30x ./wasm/browser/
	$(GO) run ./scripts/benchworker

clean:
	rm -rf bin out web/engine.wasm web/wasm_exec.js wasm/worker/build
