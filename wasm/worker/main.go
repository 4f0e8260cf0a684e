//go:build js && wasm && !syumai

// The Worker build: Handle published to JavaScript through syscall/js.
//
// This build does not use github.com/syumai/workers (which DESIGN.md names
// for the edge). Its Serve bridges each request through net/http — a
// JavaScript Request turned into an *http.Request with a streaming body, the
// response written through an http.ResponseWriter into a ReadableStream —
// which costs time on every request, and it links net/http, crypto/tls and
// their dependencies: dropping them made the module ~2 MB smaller, ~520 KB
// smaller gzipped (2.70 → 2.18 MB on the same engine), against a 2 MB
// budget for the upload. Here the shim (shim/worker.mjs) reads the request body
// itself and calls one Go function per request, with plain values:
//
//	handle(method, path, query, headers, body, contentLength)
//	    -> [status, headers, body]
//
// where headers are "name:value" lines joined by "\n" and body is a
// Uint8Array (or null); the bytes cross once each way (js.CopyBytesToGo,
// js.CopyBytesToJS). A second function, warm(), runs the engine once on
// small inputs (warm.go). main hands both, with the version headers, to
// globalThis.resumescoreRegister, which the shim defines while it starts
// the program. The syumai module stays a dependency for the comparison
// build (main_syumai.go, tag syumai; `make bench`) and its workers-assets-gen.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
	"syscall/js"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/score"
)

func main() {
	console := js.Global().Get("console")
	a := newAPI(func(format string, args ...any) {
		console.Call("error", fmt.Sprintf(format, args...))
	})
	// Fewer collections: the live heap between requests is a few MB, and a
	// request allocates a few MB more; the soft limit keeps a big input
	// from growing the instance's memory (which is never given back) far.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(64 << 20)
	register := js.Global().Get("resumescoreRegister")
	if register.Type() != js.TypeFunction {
		console.Call("error", "resumescore: globalThis.resumescoreRegister is missing; run this module through shim/worker.mjs")
		return
	}
	register.Invoke(
		js.FuncOf(func(_ js.Value, args []js.Value) any { return handleJS(a, args) }),
		js.FuncOf(func(js.Value, []js.Value) any { warm(a); return nil }),
		// For the answers the shim writes itself (a body it cannot read, a
		// crashed instance).
		map[string]any{headerVersion: engine.Version, headerAlgorithm: score.Algorithm},
	)
	select {} // keep handle callable
}

var uint8Array = js.Global().Get("Uint8Array")

// handleJS is handle(method, path, query, headers, body, contentLength).
func handleJS(a *api, args []js.Value) any {
	if len(args) < 6 {
		return []any{500, "content-type:application/json\n", js.Null()}
	}
	req := &Request{
		Method:        args[0].String(),
		Path:          args[1].String(),
		Query:         args[2].String(),
		ContentLength: int64(args[5].Float()),
	}
	for line := range strings.SplitSeq(args[3].String(), "\n") {
		if name, value, ok := strings.Cut(line, ":"); ok {
			req.Header = append(req.Header, Field{name, value})
		}
	}
	if body := args[4]; body.Truthy() {
		// At most one byte over the cap: Handle answers 413 all the same.
		n := min(body.Length(), a.maxBytes+1)
		req.Body = make([]byte, n)
		js.CopyBytesToGo(req.Body, body)
	}
	res := a.Handle(req)
	var h strings.Builder
	for _, f := range res.Header {
		h.WriteString(f.Name)
		h.WriteByte(':')
		h.WriteString(f.Value)
		h.WriteByte('\n')
	}
	body := js.Null()
	if res.Body != nil {
		body = uint8Array.New(len(res.Body))
		js.CopyBytesToJS(body, res.Body)
	}
	return []any{res.Status, h.String(), body}
}
