//go:build js && wasm

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"syscall/js"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
)

const sampleResume = `Jordan Avery
jordan.avery@example.com · +1 (415) 555-0199 · San Francisco, CA

Experience
Data Analyst, Northwind Traders, Jan 2021 – Present
- Built a churn model that cut customer losses by 18% in two quarters.
- Automated weekly sales reports in SQL and Python, saving 6 hours a week.

Education
B.A. Economics, State University, 2016 – 2020

Skills
SQL, Python, Tableau, Excel
`

func uint8Array(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

// call runs api.score(bytes, asOf) through JavaScript, as the worker does.
func call(t *testing.T, args ...any) js.Value {
	t.Helper()
	api := newAPI()
	if v := api.Get("version").String(); v != engine.Version {
		t.Fatalf("version %q, want %q", v, engine.Version)
	}
	return api.Call("score", args...)
}

func TestScoreMatchesEngine(t *testing.T) {
	const asOf = "2026-01-15"
	res := call(t, uint8Array([]byte(sampleResume)), asOf)
	if !res.Get("ok").Bool() {
		t.Fatalf("ok:false: %s: %s", res.Get("error").Get("code"), res.Get("error").Get("message"))
	}
	got := res.Get("json").String()

	var rep struct {
		Schema string          `json:"schema"`
		Score  *int            `json:"score"`
		AsOf   string          `json:"asOf"`
		Finds  json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal([]byte(got), &rep); err != nil {
		t.Fatalf("result is not JSON: %v\n%s", err, got)
	}
	if rep.Schema != "resumescore.report/v1" {
		t.Errorf("schema %q", rep.Schema)
	}
	if rep.Score == nil || *rep.Score < 0 || *rep.Score > 100 {
		t.Errorf("score missing or out of range: %v", rep.Score)
	}
	if rep.AsOf != asOf {
		t.Errorf("asOf %q, want %q", rep.AsOf, asOf)
	}

	want, err := engine.ScoreJSON(context.Background(), engine.Input{Data: []byte(sampleResume)},
		engine.Options{AsOf: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal([]byte(got), want) {
		t.Errorf("binding and engine differ\nbinding: %s\nengine:  %s", got, want)
	}
}

func TestScoreErrors(t *testing.T) {
	garbage := []byte{0x00, 0x9f, 0x92, 0x96, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03}
	var xe *extract.Error
	if _, err := engine.ScoreJSON(context.Background(), engine.Input{Data: garbage}, engine.Options{AsOf: time.Now()}); err == nil {
		t.Fatal("engine accepted garbage")
	} else if e, ok := err.(*extract.Error); ok {
		xe = e
	}

	tests := []struct {
		name string
		args []any
		code string
	}{
		{"garbage", []any{uint8Array(garbage), "2026-01-15"}, "unsupported_format"},
		{"empty", []any{uint8Array(nil), "2026-01-15"}, "empty"},
		{"bad date", []any{uint8Array([]byte(sampleResume)), "15/01/2026"}, "bad_request"},
		{"not bytes", []any{"text", "2026-01-15"}, "bad_request"},
		{"no date", []any{uint8Array([]byte(sampleResume))}, "bad_request"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := call(t, tc.args...)
			if res.Get("ok").Bool() {
				t.Fatalf("ok:true for %s", tc.name)
			}
			if !res.Get("json").IsUndefined() {
				t.Errorf("json set on failure")
			}
			code, msg := res.Get("error").Get("code").String(), res.Get("error").Get("message").String()
			if code != tc.code {
				t.Errorf("code %q, want %q", code, tc.code)
			}
			if msg == "" {
				t.Errorf("no message")
			}
			if tc.name == "garbage" && xe != nil && msg != xe.Error() {
				t.Errorf("message %q, want the engine's %q", msg, xe.Error())
			}
		})
	}
}

// A file over the size cap is refused as too large without copying it all.
func TestScoreTooLarge(t *testing.T) {
	big := js.Global().Get("Uint8Array").New(extract.DefaultLimits.MaxBytes + 4096)
	res := call(t, big, "2026-01-15")
	if res.Get("ok").Bool() {
		t.Fatal("ok:true for an oversized file")
	}
	if code := res.Get("error").Get("code").String(); code != string(extract.KindTooLarge) {
		t.Errorf("code %q, want %q", code, extract.KindTooLarge)
	}
}

// The warm-up text must score: if it stopped scoring, the warm-up would
// silently do nothing.
func TestWarmText(t *testing.T) {
	if _, code, msg := score([]byte(warmText), "2026-01-01"); code != "" {
		t.Fatalf("warm text: %s: %s", code, msg)
	}
	out, code, msg := score([]byte(warmPDF), "2026-01-01")
	if code != "" {
		t.Fatalf("warm PDF: %s: %s", code, msg)
	}
	if !bytes.Contains(out, []byte(`"format":"pdf"`)) || !bytes.Contains(out, []byte("Cut build time by 40%")) {
		t.Errorf("the warm PDF was not read as a PDF with its text: %.300s", out)
	}
}

// score(bytes, {asOf, role, jd, text}) gives engine.ScoreJSON's bytes for
// the same options, and the text as engine.Read reads it.
func TestScoreWithOptions(t *testing.T) {
	const jdText = "Data Analyst. Must have SQL, Python and Tableau; 3+ years. Nice to have: dbt."
	day := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name     string
		opts     map[string]any
		role, jd string
		text     bool
	}{
		{"date only", map[string]any{"asOf": "2026-01-15"}, "", "", false},
		{"role and jd", map[string]any{"asOf": "2026-01-15", "role": "data-analyst", "jd": jdText}, "data-analyst", jdText, false},
		{"with text", map[string]any{"asOf": "2026-01-15", "jd": jdText, "text": true}, "", jdText, true},
		{"null role", map[string]any{"asOf": "2026-01-15", "role": nil, "jd": nil, "text": false}, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := call(t, uint8Array([]byte(sampleResume)), js.ValueOf(tc.opts))
			if !res.Get("ok").Bool() {
				t.Fatalf("ok:false: %s: %s", res.Get("error").Get("code"), res.Get("error").Get("message"))
			}
			want, err := engine.ScoreJSON(context.Background(), engine.Input{Data: []byte(sampleResume)},
				engine.Options{AsOf: day, Role: tc.role, JD: tc.jd})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Get("json").String(); got != string(want) {
				t.Errorf("binding and engine differ\nbinding: %s\nengine:  %s", got, want)
			}
			if !tc.text {
				if !res.Get("text").IsUndefined() {
					t.Errorf("text set without text: true")
				}
				return
			}
			doc, err := engine.Read(context.Background(), engine.Input{Data: []byte(sampleResume)}, engine.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Get("text").String(); got != string(engine.TextJSON(doc)) {
				t.Errorf("text %s, want %s", got, engine.TextJSON(doc))
			}
		})
	}
}

func TestScoreOptionErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts any
		code string
	}{
		{"unknown role", map[string]any{"asOf": "2026-01-15", "role": "astronaut"}, "unknown_role"},
		{"role not a string", map[string]any{"asOf": "2026-01-15", "role": 7}, "bad_request"},
		{"jd not a string", map[string]any{"asOf": "2026-01-15", "jd": true}, "bad_request"},
		{"no date", map[string]any{"role": "backend"}, "bad_request"},
		{"date not a string", map[string]any{"asOf": 20260115}, "bad_request"},
		{"a number", 7, "bad_request"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := call(t, uint8Array([]byte(sampleResume)), js.ValueOf(tc.opts))
			if res.Get("ok").Bool() {
				t.Fatal("ok:true")
			}
			if code := res.Get("error").Get("code").String(); code != tc.code {
				t.Errorf("code %q, want %q (%s)", code, tc.code, res.Get("error").Get("message"))
			}
			if res.Get("error").Get("message").String() == "" {
				t.Error("no message")
			}
		})
	}
}

func TestTextRolesChecks(t *testing.T) {
	api := newAPI()
	res := api.Call("text", uint8Array([]byte(sampleResume)))
	if !res.Get("ok").Bool() {
		t.Fatalf("text: ok:false: %s", res.Get("error").Get("message"))
	}
	var view struct {
		Format string `json:"format"`
		Pages  []struct {
			Lines []struct {
				Line int    `json:"line"`
				Text string `json:"text"`
			} `json:"lines"`
		} `json:"pages"`
	}
	if err := json.Unmarshal([]byte(res.Get("json").String()), &view); err != nil {
		t.Fatal(err)
	}
	if view.Format != "text" || len(view.Pages) != 1 || len(view.Pages[0].Lines) == 0 || view.Pages[0].Lines[0].Text != "Jordan Avery" {
		t.Errorf("text view %+v", view)
	}
	bad := api.Call("text", uint8Array([]byte{0x00, 0x9f, 0x92, 0x96, 0xff, 0xfe, 0x00, 0x01}))
	if bad.Get("ok").Bool() || bad.Get("error").Get("code").String() != "unsupported_format" {
		t.Errorf("text of garbage: %v", bad.Get("error").Get("code"))
	}
	if none := api.Call("text"); none.Get("ok").Bool() || none.Get("error").Get("code").String() != "bad_request" {
		t.Errorf("text(): %v", none.Get("error").Get("code"))
	}

	if got := api.Call("roles").String(); got != string(engine.RolesJSON()) {
		t.Errorf("roles() %s", got)
	}
	if got := api.Call("checks").String(); got != string(engine.RegistryJSON()) {
		t.Errorf("checks() differs from engine.RegistryJSON")
	}
}
