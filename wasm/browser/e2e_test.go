//go:build e2e

// The browser face end to end: the page in web/, served from 127.0.0.1,
// driven in headless Chromium. `make test-e2e` builds web/engine.wasm first;
// this test builds nothing and fails (never skips) when the build or
// Chromium is missing.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/scripts/serve/static"
)

const e2eAsOf = "2026-01-15"

// shownFinding is a finding as the page shows it.
type shownFinding struct {
	Check    string   `json:"check"`
	Status   string   `json:"status"`
	Badge    string   `json:"badge"`
	Title    string   `json:"title"`
	Message  string   `json:"message"`
	Fix      string   `json:"fix"`
	Evidence []string `json:"evidence"`
}

const readFindingsJS = `Array.from(document.querySelectorAll('#findings li.finding')).map((li) => ({
	check: li.dataset.check,
	status: ['fail', 'warn', 'pass'].find((s) => li.classList.contains(s)) || '',
	badge: li.querySelector('.badge')?.textContent ?? '',
	title: li.querySelector('.finding-title')?.textContent ?? '',
	message: li.querySelector('.finding-message')?.textContent ?? '',
	fix: li.querySelector('.fix')?.textContent ?? '',
	evidence: Array.from(li.querySelectorAll('.evidence .line-text')).map((q) => q.textContent),
}))`

func findChromium(t *testing.T) string {
	t.Helper()
	if fi, err := os.Stat("/usr/bin/chromium"); err == nil && !fi.IsDir() {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	t.Fatal("e2e: Chromium is missing (looked for /usr/bin/chromium and `chromium` on PATH); " +
		"install it with: apt-get install -y --no-install-recommends chromium")
	return ""
}

// newerSource names a file the engine is built from that changed after the
// build at wasmPath, or returns "" when the build is current.
func newerSource(t *testing.T, wasmPath string) string {
	t.Helper()
	built, err := os.Stat(wasmPath)
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join("..", "..")
	newer := ""
	check := func(p string, fi os.FileInfo) {
		if newer == "" && fi.ModTime().After(built.ModTime()) {
			newer = filepath.ToSlash(strings.TrimPrefix(p, root+string(filepath.Separator)))
		}
	}
	for _, f := range []string{"go.mod", "go.sum", filepath.Join("wasm", "browser", "main.go")} {
		if fi, err := os.Stat(filepath.Join(root, f)); err == nil {
			check(filepath.Join(root, f), fi)
		}
	}
	filepath.Walk(filepath.Join(root, "internal"), func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if fi.IsDir() {
			if fi.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, "_test.go") {
			check(p, fi)
		}
		return nil
	})
	return newer
}

// firstDiff shows where two long strings part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return fmt.Sprintf("lengths %d and %d, first difference at byte %d:\n  got:  …%s…\n  want: …%s…",
		len(a), len(b), i, a[from:min(len(a), i+120)], b[from:min(len(b), i+120)])
}

// screenshot saves the page into $RESUMESCORE_E2E_SCREENSHOTS/name when that
// folder is set, for a person to look at.
func screenshot(ctx context.Context, t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("RESUMESCORE_E2E_SCREENSHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("e2e: screenshot in %s", filepath.Join(dir, name))
}

func TestPageScoresAPDF(t *testing.T) {
	web, err := filepath.Abs(filepath.Join("..", "..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	wasm, err := os.ReadFile(filepath.Join(web, "engine.wasm"))
	if err != nil {
		t.Fatalf("e2e: web/engine.wasm is missing; build it with `make wasm` (`make test-e2e` does): %v", err)
	}
	if _, err := os.Stat(filepath.Join(web, "wasm_exec.js")); err != nil {
		t.Fatalf("e2e: web/wasm_exec.js is missing; `make wasm` copies it: %v", err)
	}
	if newer := newerSource(t, filepath.Join(web, "engine.wasm")); newer != "" {
		t.Fatalf("e2e: web/engine.wasm is older than %s; rebuild it with `make wasm` (`make test-e2e` does)", newer)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(wasm)
	zw.Close()
	t.Logf("e2e: engine.wasm is %d bytes raw (%.0f KB), %d bytes gzip (%.0f KB)",
		len(wasm), float64(len(wasm))/1024, gz.Len(), float64(gz.Len())/1024)

	chromium := findChromium(t)
	fixture, err := filepath.Abs(filepath.Join("testdata", "resume.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	asOf, _ := time.Parse(time.DateOnly, e2eAsOf)
	want, err := engine.ScoreJSON(context.Background(), engine.Input{Data: pdf}, engine.Options{AsOf: asOf})
	if err != nil {
		t.Fatalf("engine on the fixture: %v", err)
	}
	var wantRep report.Report
	if err := json.Unmarshal(want, &wantRep); err != nil {
		t.Fatal(err)
	}

	// The page, from a local server.
	srv := httptest.NewServer(static.Handler(web, func(format string, args ...any) {
		t.Logf("serve: "+format, args...)
	}))
	t.Cleanup(srv.Close)
	resp, err := http.Head(srv.URL + "/engine.wasm")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
		t.Errorf("engine.wasm served as %q, want application/wasm", ct)
	}

	// Chromium, with a fresh profile and no background traffic.
	profile := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1100, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	tab, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelTab)
	ctx, cancel := context.WithTimeout(tab, 2*time.Minute)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("e2e: cannot start Chromium at %s: %v", chromium, err)
	}

	// Everything the page says and asks for.
	var mu sync.Mutex
	var console []chromedp.ConsoleMessage
	var requests []string
	var wg sync.WaitGroup
	watch, stopWatch := context.WithCancel(ctx)
	messages := chromedp.Console(watch)
	sent := chromedp.Events(watch, network.RequestWillBeSent)
	wg.Go(func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			mu.Lock()
			console = append(console, m)
			mu.Unlock()
		}
	})
	wg.Go(func() {
		for ev, err := range sent {
			if err != nil {
				return
			}
			mu.Lock()
			requests = append(requests, ev.Request.URL)
			mu.Unlock()
		}
	})

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?asOf="+e2eAsOf)); err != nil {
		t.Fatal(err)
	}
	version, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.resumescorePage.ready`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("the engine did not get ready in the page: %v", err)
	}
	if version != engine.Version {
		t.Errorf("page reports engine %q, want %q", version, engine.Version)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__e2e = {count: 0};
		document.addEventListener('resumescore:report', (e) => { window.__e2e.report = e.detail; window.__e2e.count++; });`)); err != nil {
		t.Fatal(err)
	}

	// Choose the PDF and wait for the report or an error.
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{fixture})); err != nil {
		t.Fatal(err)
	}
	outcome, err := chromedp.Run(ctx, chromedp.Poll[string](
		`window.__e2e.report ? 'report' : (document.getElementById('error').hidden ? false : 'error: ' + document.getElementById('error').textContent)`,
		chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("no report: %v", err)
	}
	if outcome != "report" {
		t.Fatalf("the page showed an error for the fixture: %s", outcome)
	}

	// The score is on the page.
	shown, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.ID("score")))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(shown) != strconv.Itoa(wantRep.Score) {
		t.Errorf("#score shows %q, want %d", shown, wantRep.Score)
	}
	grade, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.ID("grade")))
	if err != nil {
		t.Fatal(err)
	}
	if grade != wantRep.Grade {
		t.Errorf("#grade shows %q, want %q", grade, wantRep.Grade)
	}

	// The findings are on the page: each one's title, message, status,
	// evidence and fix, grouped by category (the passed ones are built when
	// their group is opened: expandAll builds them all).
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.resumescorePage.expandAll()`)); err != nil {
		t.Fatal(err)
	}
	findings, err := chromedp.Run(ctx, chromedp.Evaluate[[]shownFinding](readFindingsJS))
	if err != nil {
		t.Fatal(err)
	}
	if len(findings) != len(wantRep.Findings) {
		t.Errorf("%d findings shown, want %d", len(findings), len(wantRep.Findings))
	}
	wantByID := map[string]report.Finding{}
	for _, w := range wantRep.Findings {
		wantByID[w.Check] = w
	}
	var sawEmail bool
	for _, f := range findings {
		w, ok := wantByID[f.Check]
		if !ok {
			t.Errorf("finding %s shown, not in the report", f.Check)
			continue
		}
		if f.Check != w.Check || f.Title != w.Title || f.Message != w.Message || f.Status != string(w.Status) {
			t.Errorf("finding %s shown as %+v, want %s %q %q %s", f.Check, f, w.Check, w.Title, w.Message, w.Status)
		}
		if f.Badge == "" {
			t.Errorf("finding %s shows no status", f.Check)
		}
		if w.Fix != "" && !strings.Contains(f.Fix, w.Fix) {
			t.Errorf("finding %s shows fix %q, want %q", f.Check, f.Fix, w.Fix)
		}
		var ev []string
		for _, e := range w.Evidence {
			if e.Text != "" {
				ev = append(ev, e.Text)
			}
		}
		if w.Status == "pass" && len(ev) > 3 {
			ev = ev[:3] // a passed check shows three lines and a count
		}
		if !reflect.DeepEqual(f.Evidence, ev) && (len(f.Evidence) > 0 || len(ev) > 0) {
			t.Errorf("finding %s shows evidence %q, want %q", f.Check, f.Evidence, ev)
		}
		if f.Check == "contact.email" && f.Title != "" && f.Title == w.Title {
			sawEmail = true
		}
	}
	if !sawEmail {
		t.Errorf("the finding contact.email, with its title, is not in #findings: %+v", findings)
	}

	// The page got the engine's bytes, and the event carries the same report.
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.resumescorePage.lastJSON`))
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("the browser's report JSON differs from engine.ScoreJSON: %s", firstDiff(got, string(want)))
	}
	detail, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](`window.__e2e.report`))
	if err != nil {
		t.Fatal(err)
	}
	var gotDetail, wantDetail any
	if err := json.Unmarshal(detail, &gotDetail); err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(want, &wantDetail)
	if !reflect.DeepEqual(gotDetail, wantDetail) {
		t.Errorf("the event's detail differs from the report: %s", firstDiff(string(detail), string(want)))
	}

	// How long it took.
	timing, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		TotalMs  float64 `json:"totalMs"`
		EngineMs float64 `json:"engineMs"`
	}](`window.resumescorePage.lastTiming`))
	if err != nil {
		t.Fatal(err)
	}
	elapsed, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('result').dataset.elapsedMs`))
	if err != nil || elapsed == "" {
		t.Errorf("#result has no data-elapsed-ms: %v", err)
	}
	t.Logf("e2e: file chosen → report shown in %.1f ms (engine %.1f ms) for a %d-byte PDF", timing.TotalMs, timing.EngineMs, len(pdf))

	screenshot(ctx, t, "report.png")

	// A file that is not a résumé: a visible alert, the engine's message,
	// no report and no event.
	junk := filepath.Join(t.TempDir(), "photo.pdf")
	junkBytes := []byte{0x00, 0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00}
	if err := os.WriteFile(junk, junkBytes, 0o644); err != nil {
		t.Fatal(err)
	}
	_, wantErr := engine.ScoreJSON(context.Background(), engine.Input{Data: junkBytes}, engine.Options{AsOf: asOf})
	var xe *extract.Error
	if !errors.As(wantErr, &xe) {
		t.Fatalf("engine on junk: %v", wantErr)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{junk})); err != nil {
		t.Fatal(err)
	}
	alert, err := chromedp.Run(ctx, chromedp.Poll[string](
		`(() => { const e = document.querySelector('[role=alert]'); return e && !e.hidden && e.querySelector('.error-message')?.textContent; })()`,
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		t.Fatalf("no alert for a junk file: %v", err)
	}
	if alert != xe.Error() {
		t.Errorf("alert %q, want %q", alert, xe.Error())
	}
	screenshot(ctx, t, "error.png")
	state, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Hidden bool   `json:"hidden"`
		Count  int    `json:"count"`
		Code   string `json:"code"`
		Alert  string `json:"alert"`
	}](`({hidden: document.getElementById('result').hidden, count: window.__e2e.count,
		code: document.getElementById('error').dataset.code, alert: document.getElementById('error').textContent})`))
	if err != nil {
		t.Fatal(err)
	}
	if !state.Hidden || state.Count != 1 || state.Code != string(xe.Kind) {
		t.Errorf("after a junk file: result hidden %v, events %d, code %q; want true, 1, %q", state.Hidden, state.Count, state.Code, xe.Kind)
	}
	if !strings.Contains(state.Alert, "photo.pdf") {
		t.Errorf("the alert does not name the file: %q", state.Alert)
	}

	// Markup in a résumé stays text: a text file whose lines hold HTML.
	hostile := filepath.Join(t.TempDir(), "hostile.txt")
	payload := "Mallory Example\n" +
		`mallory@example.com · +1 (555) 010-0199 <img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>` + "\n\n" +
		"Experience\nEngineer <b onmouseover=alert(1)>bold</b>, Example Co, 2020 – Present\n" +
		"- Cut build time by 40% for 12 teams <iframe src=\"https://example.com\"></iframe>\n"
	if err := os.WriteFile(hostile, []byte(payload), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{hostile})); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 2`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("no report for the hostile text file: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.resumescorePage.expandAll()`)); err != nil {
		t.Fatal(err)
	}
	xss, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Elements int    `json:"elements"`
		Pwned    any    `json:"pwned"`
		Text     string `json:"text"`
	}](`({elements: document.querySelectorAll('#result img, #result script, #result iframe, #result b').length,
		pwned: window.__pwned ?? null, text: document.getElementById('findings').textContent})`))
	if err != nil {
		t.Fatal(err)
	}
	if xss.Elements != 0 || xss.Pwned != nil {
		t.Errorf("markup from the résumé became HTML: %d elements, __pwned=%v", xss.Elements, xss.Pwned)
	}
	if !strings.Contains(xss.Text, `<img src="x" onerror=`) {
		t.Errorf("the evidence line does not show the markup as text: %q", xss.Text)
	}

	// Nothing went wrong in the page, and nothing left 127.0.0.1.
	stopWatch()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	for _, m := range console {
		t.Logf("console: %s", m)
		if m.IsException() || m.Type == chromedp.ConsoleError || strings.Contains(m.Text, "Content Security Policy") {
			t.Errorf("the page logged: %s", m)
		}
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s, which is not the page's own server", u)
		}
	}
	t.Logf("e2e: the page made %d requests, all to %s", len(requests), srv.URL)
}
