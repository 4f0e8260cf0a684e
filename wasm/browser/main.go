//go:build js && wasm

// Command browser is the engine compiled to WebAssembly for the browser. It is
// a syscall/js binding only: it publishes globalThis.resumescore with
//
//	score(bytes: Uint8Array, asOf: "YYYY-MM-DD")
//	score(bytes: Uint8Array, {asOf: "YYYY-MM-DD", role?: id, jd?: string, text?: bool})
//	    -> {ok: true, json: string, text?: string} | {ok: false, error: {code, message}}
//	text(bytes: Uint8Array) -> {ok: true, json: string} | {ok: false, error}
//	roles() -> string     (JSON: [{id, name, family}], by name)
//	checks() -> string    (JSON: the registry as `resumescore checks --json` prints it,
//	                       [{id, category, title, why, fix, before, after, since, weight}])
//	version: string
//	ready: true
//
// and then calls globalThis.resumescoreReady(api) when the host defined it.
// The json string holds exactly the bytes engine.ScoreJSON returns, so the
// browser, the edge and the CLI give the same report. With text: true the
// result also carries the text as read (engine.TextJSON), from the same
// single read of the file.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"syscall/js"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/report"
)

// warmText is scored once at load: the first run in a fresh instance is
// several times slower than the next ones, and a person should not pay that.
const warmText = "Ada Example\nada@example.com · +1 555 0100\n\nExperience\nEngineer, Example Co, 2020 – Present\n- Cut build time by 40% for 12 teams.\n"

// warmPDF is a one-page PDF scored at load too: the engine's first PDF is
// otherwise the slowest (the browser compiles the WebAssembly of a code path
// to fast code only once it runs often).
const warmPDF = `%PDF-1.4
1 0 obj
<</Type/Catalog/Pages 2 0 R>>
endobj
2 0 obj
<</Type/Pages/Kids[3 0 R]/Count 1>>
endobj
3 0 obj
<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>
endobj
4 0 obj
<</Length 357>>
stream
BT /F1 11 Tf 72 740 Td 14 TL
(Ada Example) '
(Backend Engineer) '
(ada@example.com | +1 555 0100 | Springfield, IL) '
(EXPERIENCE) '
(Engineer, Example Co, 2020 - Present) '
(- Cut build time by 40% for 12 teams.) '
(- Led a team of 5 to ship a Go service.) '
(EDUCATION) '
(B.S. Computer Science, State University, 2019) '
(SKILLS) '
(Go, SQL, Docker) '
ET
endstream
endobj
5 0 obj
<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>
endobj
xref
0 6
0000000000 65535 f 
0000000009 00000 n 
0000000054 00000 n 
0000000105 00000 n 
0000000217 00000 n 
0000000623 00000 n 
trailer
<</Size 6/Root 1 0 R>>
startxref
711
%%EOF
`

func main() {
	// Fewer collections: scoring a résumé allocates a few MB over a live
	// heap of a few MB, and a page can spare the memory; the soft limit
	// keeps a big file from growing the instance far (wasm memory is never
	// given back).
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(128 << 20)
	api := newAPI()
	run([]byte(warmText), request{asOf: "2026-01-01", text: true})
	for range 2 {
		run([]byte(warmPDF), request{asOf: "2026-01-01", text: true})
	}
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
	api.Set("text", js.FuncOf(textJS))
	api.Set("roles", js.FuncOf(func(js.Value, []js.Value) any { return string(engine.RolesJSON()) }))
	api.Set("checks", js.FuncOf(func(js.Value, []js.Value) any { return string(engine.RegistryJSON()) }))
	return api
}

// request is one call's options.
type request struct {
	asOf, role, jd string
	text           bool // return the text as read too
}

// bytesArg copies a Uint8Array argument into Go, at most one byte over the
// engine's size cap: a larger file is refused as too large all the same,
// without copying all of it into Go.
func bytesArg(v js.Value) ([]byte, bool) {
	if v.Type() != js.TypeObject || !v.InstanceOf(js.Global().Get("Uint8Array")) {
		return nil, false
	}
	n := min(v.Length(), extract.DefaultLimits.MaxBytes+1)
	data := make([]byte, n)
	js.CopyBytesToGo(data, v.Call("subarray", 0, n))
	return data, true
}

// scoreJS is score(bytes, asOf) or score(bytes, {asOf, role, jd, text}) as
// seen from JavaScript.
func scoreJS(_ js.Value, args []js.Value) any {
	const usage = "score needs a Uint8Array and a date as YYYY-MM-DD, or options {asOf, role, jd, text}"
	if len(args) < 2 {
		return failure("bad_request", usage)
	}
	var req request
	switch o := args[1]; o.Type() {
	case js.TypeString:
		req.asOf = o.String()
	case js.TypeObject:
		var ok bool
		if req.asOf, ok = stringField(o, "asOf"); !ok {
			return failure("bad_request", usage)
		}
		if req.role, ok = stringField(o, "role"); !ok {
			return failure("bad_request", "role must be a role id (a string)")
		}
		if req.jd, ok = stringField(o, "jd"); !ok {
			return failure("bad_request", "jd must be the job description's text (a string)")
		}
		req.text = o.Get("text").Truthy()
	default:
		return failure("bad_request", usage)
	}
	data, ok := bytesArg(args[0])
	if !ok {
		return failure("bad_request", usage)
	}
	out, text, code, msg := run(data, req)
	if code != "" {
		return failure(code, msg)
	}
	res := map[string]any{"ok": true, "json": string(out)}
	if req.text {
		res["text"] = string(text)
	}
	return res
}

// stringField reads o[name] as a string; missing, null and undefined read
// as "".
func stringField(o js.Value, name string) (string, bool) {
	v := o.Get(name)
	switch v.Type() {
	case js.TypeString:
		return v.String(), true
	case js.TypeUndefined, js.TypeNull:
		return "", true
	}
	return "", false
}

// textJS is text(bytes): the text as the engine reads it.
func textJS(_ js.Value, args []js.Value) (res any) {
	if len(args) < 1 {
		return failure("bad_request", "text needs a Uint8Array")
	}
	data, ok := bytesArg(args[0])
	if !ok {
		return failure("bad_request", "text needs a Uint8Array")
	}
	defer func() {
		if p := recover(); p != nil {
			res = failure("internal", "the scorer failed on this file; please report it, and try exporting the file again")
		}
	}()
	doc, err := engine.Read(context.Background(), engine.Input{Data: data}, engine.Options{})
	if err != nil {
		code, msg := describe(err)
		return failure(code, msg)
	}
	return map[string]any{"ok": true, "json": string(engine.TextJSON(doc))}
}

// score runs the engine for score(bytes, asOf); tests call it.
func score(data []byte, asOf string) (out []byte, code, msg string) {
	out, _, code, msg = run(data, request{asOf: asOf})
	return out, code, msg
}

// run runs the engine and turns its errors into a code and a message for a
// job seeker. A panic becomes an error: it must not stop the program the
// page keeps using.
func run(data []byte, req request) (out, text []byte, code, msg string) {
	date, err := engine.ParseDate(req.asOf)
	if err != nil {
		return nil, nil, "bad_request", fmt.Sprintf("the reference date %q is not a date as YYYY-MM-DD", req.asOf)
	}
	defer func() {
		if p := recover(); p != nil {
			out, text, code, msg = nil, nil, "internal", "the scorer failed on this file; please report it, and try exporting the file again"
		}
	}()
	opt := engine.Options{AsOf: date, Role: req.role, JD: req.jd}
	if !req.text {
		out, err = engine.ScoreJSON(context.Background(), engine.Input{Data: data}, opt)
	} else {
		out, text, err = scoreAndText(data, opt)
	}
	if err != nil {
		code, msg = describe(err)
		return nil, nil, code, msg
	}
	return out, text, "", ""
}

func scoreAndText(data []byte, opt engine.Options) (out, text []byte, err error) {
	rep, doc, err := engine.ScoreRead(context.Background(), engine.Input{Data: data}, opt)
	if err != nil {
		return nil, nil, err
	}
	if out, err = report.JSON(rep); err != nil {
		return nil, nil, err
	}
	return out, engine.TextJSON(doc), nil
}

// describe gives an engine error's code and message.
func describe(err error) (code, msg string) {
	var xe *extract.Error
	if errors.As(err, &xe) {
		return string(xe.Kind), xe.Error()
	}
	var re *engine.RoleError
	if errors.As(err, &re) {
		return "unknown_role", re.Error()
	}
	return "internal", "the scorer failed on this file; please report it, and try exporting the file again"
}

func failure(code, msg string) map[string]any {
	return map[string]any{"ok": false, "error": map[string]any{"code": code, "message": msg}}
}
