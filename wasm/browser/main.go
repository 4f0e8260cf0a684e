//go:build js && wasm

// Command browser is the engine compiled to WebAssembly for the browser. It is
// a syscall/js binding only: it publishes globalThis.resumescore with
//
//	score(bytes: Uint8Array, asOf: "YYYY-MM-DD")
//	    -> {ok: true, json: string} | {ok: false, error: {code, message}}
//	version: string
//	ready: true
//
// and then calls globalThis.resumescoreReady(api) when the host defined it.
// The json string holds exactly the bytes engine.ScoreJSON returns, so the
// browser, the edge and the CLI give the same report.
package main

import (
	"context"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
)

// warmText is scored once at load: the first run in a fresh instance is
// several times slower than the next ones, and a person should not pay that.
const warmText = "Ada Example\nada@example.com · +1 555 0100\n\nExperience\nEngineer, Example Co, 2020 – Present\n- Cut build time by 40% for 12 teams.\n"

func main() {
	api := newAPI()
	score([]byte(warmText), "2026-01-01")
	api.Set("ready", true)
	js.Global().Set("resumescore", api)
	if cb := js.Global().Get("resumescoreReady"); cb.Type() == js.TypeFunction {
		cb.Invoke(api)
	}
	select {} // keep the functions callable
}

// newAPI builds the object main publishes; tests call it too.
func newAPI() js.Value {
	api := js.Global().Get("Object").New()
	api.Set("version", engine.Version)
	api.Set("score", js.FuncOf(scoreJS))
	return api
}

// scoreJS is score(bytes, asOf) as seen from JavaScript.
func scoreJS(_ js.Value, args []js.Value) any {
	if len(args) < 2 || args[0].Type() != js.TypeObject || !args[0].InstanceOf(js.Global().Get("Uint8Array")) || args[1].Type() != js.TypeString {
		return failure("bad_request", "score needs a Uint8Array and a date as YYYY-MM-DD")
	}
	// Copy at most one byte over the engine's size cap: a larger file is
	// refused as too large all the same, without copying all of it into Go.
	n := min(args[0].Length(), extract.DefaultLimits.MaxBytes+1)
	data := make([]byte, n)
	js.CopyBytesToGo(data, args[0].Call("subarray", 0, n))
	out, code, msg := score(data, args[1].String())
	if code != "" {
		return failure(code, msg)
	}
	return map[string]any{"ok": true, "json": string(out)}
}

// score runs the engine and turns its errors into a code and a message for
// a job seeker. A panic becomes an error: it must not stop the program the
// page keeps using.
func score(data []byte, asOf string) (out []byte, code, msg string) {
	date, err := time.Parse(time.DateOnly, asOf)
	if err != nil {
		return nil, "bad_request", fmt.Sprintf("the reference date %q is not a date as YYYY-MM-DD", asOf)
	}
	defer func() {
		if p := recover(); p != nil {
			out, code, msg = nil, "internal", "the scorer failed on this file; please report it, and try exporting the file again"
		}
	}()
	out, err = engine.ScoreJSON(context.Background(), engine.Input{Data: data}, engine.Options{AsOf: date})
	if err != nil {
		var xe *extract.Error
		if errors.As(err, &xe) {
			return nil, string(xe.Kind), xe.Error()
		}
		return nil, "internal", "the scorer failed on this file; please report it, and try exporting the file again"
	}
	return out, "", ""
}

func failure(code, msg string) map[string]any {
	return map[string]any{"ok": false, "error": map[string]any{"code": code, "message": msg}}
}
