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
}
