//go:build e2e

// The embeddable widget end to end: web/widget.js (<resume-score>), the
// iframe embed web/embed.html and the hostile demo host web/demo-embed.html,
// served from 127.0.0.1 and driven in headless Chromium. Like the page's
// test, it builds nothing and fails (never skips) when web/engine.wasm or
// Chromium is missing.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/scripts/serve/static"
)

// widgetFiles are the files a site copies to host the widget; with the
// page's own files, the only ones a page with the widget may request.
var widgetFiles = []string{"widget.js", "engine-worker.js", "wasm_exec.js", "engine.wasm"}

// widgetWeb returns the absolute web/ folder after checking that the engine
// build is there and current.
func widgetWeb(t *testing.T) string {
	t.Helper()
	web, err := filepath.Abs(filepath.Join("..", "..", "web"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range append(widgetFiles, "embed.html", "embed.js", "demo-embed.html", "demo-embed.js", "demo-embed.css") {
		if _, err := os.Stat(filepath.Join(web, f)); err != nil {
			t.Fatalf("e2e: web/%s is missing (engine.wasm and wasm_exec.js come from `make wasm`): %v", f, err)
		}
	}
	if newer := newerSource(t, filepath.Join(web, "engine.wasm")); newer != "" {
		t.Fatalf("e2e: web/engine.wasm is older than %s; rebuild it with `make wasm` (`make test-e2e` does)", newer)
	}
	return web
}

// widgetSrv is a server of web/ that remembers the paths asked of it: the
// requests of Web Workers, which the page's Network events do not show,
// reach it too.
type widgetSrv struct {
	*httptest.Server
	mu    sync.Mutex
	paths []string
}

func (s *widgetSrv) asked() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.paths)
}

// widgetServer serves web/ as the page's test does, plus test pages held in
// memory under /__test/ with the same headers.
func widgetServer(t *testing.T, web string, pages map[string]string) *widgetSrv {
	t.Helper()
	files := static.Handler(web, nil)
	s := &widgetSrv{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.mu.Unlock()
		if body, ok := pages[r.URL.Path]; ok {
			ctype := "text/html; charset=utf-8"
			if strings.HasSuffix(r.URL.Path, ".js") {
				ctype = "text/javascript; charset=utf-8"
			}
			w.Header().Set("Content-Type", ctype)
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("Content-Security-Policy", static.CSP)
			fmt.Fprint(w, body)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// widgetTab starts Chromium with a fresh profile (the flags of the page's
// test) and returns a tab with a time limit.
func widgetTab(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	chromium := findChromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	tab, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelTab)
	ctx, cancel := context.WithTimeout(tab, limit)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("e2e: cannot start Chromium at %s: %v", chromium, err)
	}
	return ctx
}

// widgetLog records what a tab says (console, exceptions) and asks for
// (network requests, workers' included).
type widgetLog struct {
	mu       sync.Mutex
	console  []chromedp.ConsoleMessage
	requests []string
	stop     func()
	wg       sync.WaitGroup
}

func widgetWatch(ctx context.Context) *widgetLog {
	l := &widgetLog{}
	watch, stop := context.WithCancel(ctx)
	l.stop = stop
	messages := chromedp.Console(watch)
	sent := chromedp.Events(watch, network.RequestWillBeSent)
	l.wg.Go(func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.console = append(l.console, m)
			l.mu.Unlock()
		}
	})
	l.wg.Go(func() {
		for ev, err := range sent {
			if err != nil {
				return
			}
			l.mu.Lock()
			l.requests = append(l.requests, ev.Request.URL)
			l.mu.Unlock()
		}
	})
	return l
}

// finish stops watching and fails the test on a console error, an
// exception or a CSP report.
func (l *widgetLog) finish(t *testing.T) []string {
	t.Helper()
	l.stop()
	l.wg.Wait()
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, m := range l.console {
		t.Logf("console: %s", m)
		if m.IsException() || m.Type == chromedp.ConsoleError || strings.Contains(m.Text, "Content Security Policy") {
			t.Errorf("the page logged: %s", m)
		}
	}
	return slices.Clone(l.requests)
}

// widgetSetFile chooses path in the file input that the JS expression
// `input` evaluates to (inside a shadow root, or inside a same-origin
// iframe's document), as a person choosing a file would.
func widgetSetFile(ctx context.Context, t *testing.T, input, path string) {
	t.Helper()
	obj, err := chromedp.Run(ctx, chromedp.Evaluate[*runtime.RemoteObject](input))
	if err != nil {
		t.Fatalf("finding the file input %s: %v", input, err)
	}
	if obj == nil || obj.ObjectID == "" {
		t.Fatalf("the file input %s is not there", input)
	}
	if _, err := chromedp.Call(ctx, dom.SetFileInputFiles, dom.SetFileInputFilesParams{Files: []string{path}, ObjectID: obj.ObjectID}); err != nil {
		t.Fatalf("setting %s into %s: %v", path, input, err)
	}
}

// widgetFixture is the absolute path of a résumé in internal/testdata/resumes.
func widgetFixture(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "internal", "testdata", "resumes", name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// widgetWant is the engine's report for a fixture as a widget with the
// attribute role=role should show it. The worker protocol and the wasm
// binding at HEAD carry no role or job description (score(bytes, asOf)
// only); where they do not, the widget gets the detected role and no job
// match: the report is then compared with the one without, and the test
// says so in its log.
func widgetWant(t *testing.T, path, role, jd string, got map[string]any) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	asOf, _ := time.Parse(time.DateOnly, e2eAsOf)
	opt := engine.Options{AsOf: asOf}
	gotRole, _ := got["role"].(map[string]any)
	if detected, _ := gotRole["detected"].(bool); role != "" && !detected {
		opt.Role = role
		if gotRole["id"] != role {
			t.Errorf("%s: asked for role %q, the report is for %v", filepath.Base(path), role, gotRole["id"])
		}
	} else if role != "" {
		t.Logf("NOTE %s: the widget asked for role %q but the engine detected %v: engine-worker.js and the wasm binding do not pass a role yet", filepath.Base(path), role, gotRole["id"])
	}
	if _, ok := got["jobMatch"]; ok && jd != "" {
		opt.JD = jd
	} else if jd != "" {
		t.Logf("NOTE %s: the widget gave a job description but the report has no jobMatch: engine-worker.js and the wasm binding do not pass jd yet", filepath.Base(path))
	}
	js, err := engine.ScoreJSON(context.Background(), engine.Input{Data: data}, opt)
	if err != nil {
		t.Fatalf("engine on %s: %v", path, err)
	}
	var want map[string]any
	if err := json.Unmarshal(js, &want); err != nil {
		t.Fatal(err)
	}
	return want
}

// The listener every test installs: reports by the id of the element that
// sent them, or "iframe" for messages from the embed.
const widgetRecordJS = `(() => {
	window.__e2e = {reports: {}, count: 0, messages: []};
	document.addEventListener('resumescore:report', (e) => {
		window.__e2e.reports[e.target.id || e.target.localName] = e.detail;
		window.__e2e.count++;
		window.__e2e.composedPathStart = e.composedPath()[0] === e.target;
	});
	window.addEventListener('message', (e) => { window.__e2e.messages.push({type: e.data && e.data.type, origin: e.origin}); });
})()`

// widgetShadow is the JS for the shadow root of the element with the id.
func widgetShadow(id string) string {
	return fmt.Sprintf(`document.getElementById(%q).shadowRoot`, id)
}

// widgetWaitState waits for a widget's state (loading, ready, scoring, error).
func widgetWaitState(ctx context.Context, t *testing.T, root, state string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const r = %s; const s = r && r.querySelector('.rs'); return s && s.dataset.state === %q; })()`, root, state)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(() => { const r = %s; return r ? r.querySelector('.rs').dataset.state + ' / ' + r.querySelector('.error').textContent : 'no shadow root'; })()`, root)))
		t.Fatalf("the widget %s did not get to %q (it is %q): %v", root, state, got, err)
	}
}

// widgetShown is what a widget shows of a report.
type widgetShown struct {
	Score    string   `json:"score"`
	Grade    string   `json:"grade"`
	Role     string   `json:"role"`
	Checks   []string `json:"checks"`
	Fixes    []string `json:"fixes"`
	Found    []string `json:"found"`
	Missing  []string `json:"missing"`
	Error    string   `json:"error"`
	Elements int      `json:"elements"`
}

func widgetRead(ctx context.Context, t *testing.T, root string) widgetShown {
	t.Helper()
	js := fmt.Sprintf(`(() => { const r = %s; const all = (s) => Array.from(r.querySelectorAll(s));
		return {
			score: r.querySelector('.gauge .score')?.textContent ?? '',
			grade: r.querySelector('.grade')?.textContent ?? '',
			role: r.querySelector('.role')?.textContent ?? '',
			checks: all('.result > ol.findings > li.finding').map((li) => li.dataset.check),
			fixes: all('.result > ol.findings > li.finding').map((li) => li.querySelector('.fix')?.textContent ?? ''),
			found: all('.chips.found .chip').map((c) => c.textContent),
			missing: all('.chips.missing .chip').map((c) => c.textContent),
			error: r.querySelector('.error').hidden ? '' : r.querySelector('.error').textContent,
			elements: all('img, script, iframe, b, object, embed').length,
		}; })()`, root)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[widgetShown](js))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// widgetCheckShown compares what a widget shows with the report it dispatched.
func widgetCheckShown(t *testing.T, name string, shown widgetShown, rep map[string]any, top int) {
	t.Helper()
	if shown.Score != fmt.Sprint(rep["score"]) || shown.Grade != fmt.Sprint(rep["grade"]) {
		t.Errorf("%s shows score %q grade %q, the report says %v %v", name, shown.Score, shown.Grade, rep["score"], rep["grade"])
	}
	var checks, fixes []string
	for _, f := range rep["findings"].([]any) {
		f := f.(map[string]any)
		if f["status"] != "pass" && len(checks) < top {
			checks = append(checks, f["check"].(string))
			fixes = append(fixes, "Fix: "+fmt.Sprint(f["fix"]))
		}
	}
	if !reflect.DeepEqual(shown.Checks, checks) {
		t.Errorf("%s shows the top findings %q, want %q", name, shown.Checks, checks)
	}
	for i := range min(len(shown.Fixes), len(fixes)) {
		if fixes[i] != "Fix: " && shown.Fixes[i] != fixes[i] {
			t.Errorf("%s shows fix %q for %s, want %q", name, shown.Fixes[i], checks[i], fixes[i])
		}
	}
	kw := rep["keywords"].(map[string]any)
	if n := len(kw["found"].([]any)); n > 0 && (len(shown.Found) == 0 || shown.Found[0] != kw["found"].([]any)[0].(map[string]any)["term"]) {
		t.Errorf("%s shows found keywords %q, the report has %d starting %v", name, shown.Found, n, kw["found"].([]any)[0])
	}
	if n := len(kw["missing"].([]any)); n > 0 && (len(shown.Missing) == 0 || shown.Missing[0] != kw["missing"].([]any)[0]) {
		t.Errorf("%s shows missing keywords %q, the report has %v", name, shown.Missing, kw["missing"])
	}
}

func widgetReport(ctx context.Context, t *testing.T, key string) map[string]any {
	t.Helper()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](fmt.Sprintf(`window.__e2e.reports[%q] ?? null`, key)))
	if err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal(raw, &rep); err != nil || rep == nil {
		t.Fatalf("no report from %s: %s %v", key, raw, err)
	}
	return rep
}

// TestWidgetOnTheDemoPage: on the hostile demo host, two elements with
// different roles score different files on their own, the event carries
// each report, the iframe embed scores a file and the frame grows to its
// content, markup in a résumé stays text, and nothing is requested but the
// widget's own files.
func TestWidgetOnTheDemoPage(t *testing.T) {
	web := widgetWeb(t)
	srv := widgetServer(t, web, nil)
	ctx := widgetTab(t, 3*time.Minute)
	log := widgetWatch(ctx)

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/demo-embed.html?asOf="+e2eAsOf)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](widgetRecordJS)); err != nil {
		t.Fatal(err)
	}
	backend, nurse := widgetShadow("widget-backend"), widgetShadow("widget-nurse")
	widgetWaitState(ctx, t, backend, "ready")
	widgetWaitState(ctx, t, nurse, "ready")
	frameInitial, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`document.getElementById('embed-frame').getBoundingClientRect().height`))
	if err != nil {
		t.Fatal(err)
	}

	// One widget scores; the other is untouched.
	backendPDF := widgetFixture(t, "lo-classic-backend.pdf")
	widgetSetFile(ctx, t, backend+`.querySelector('input[type=file]')`, backendPDF)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 1`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report from the first widget: %v (%+v)", err, widgetRead(ctx, t, backend))
	}
	if s := widgetRead(ctx, t, nurse); s.Score != "" || s.Error != "" {
		t.Errorf("scoring in one widget changed the other: %+v", s)
	}
	nurseDOCX := widgetFixture(t, "docx-numbered-nurse.docx")
	widgetSetFile(ctx, t, nurse+`.querySelector('input[type=file]')`, nurseDOCX)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 2`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report from the second widget: %v (%+v)", err, widgetRead(ctx, t, nurse))
	}

	// Each event carries its widget's report: the engine's, byte for byte
	// as JSON values, with the schema and the score.
	for _, w := range []struct{ id, root, file, role string }{
		{"widget-backend", backend, backendPDF, "backend"},
		{"widget-nurse", nurse, nurseDOCX, "registered-nurse"},
	} {
		got := widgetReport(ctx, t, w.id)
		if got["schema"] != "resumescore.report/v1" {
			t.Errorf("%s: the event's report has schema %v", w.id, got["schema"])
		}
		if _, ok := got["score"].(float64); !ok {
			t.Errorf("%s: the event's report has no score: %v", w.id, got["score"])
		}
		want := widgetWant(t, w.file, w.role, "", got)
		if !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			wj, _ := json.Marshal(want)
			t.Errorf("%s: the event's report differs from the engine's: %s", w.id, firstDiff(string(g), string(wj)))
		}
		top := 5
		if w.id == "widget-nurse" {
			top = 3 // compact
		}
		widgetCheckShown(t, w.id, widgetRead(ctx, t, w.root), got, top)
	}
	rb, rn := widgetReport(ctx, t, "widget-backend"), widgetReport(ctx, t, "widget-nurse")
	if reflect.DeepEqual(rb, rn) {
		t.Errorf("the two widgets dispatched the same report")
	}
	if rb["role"].(map[string]any)["id"] == rn["role"].(map[string]any)["id"] {
		t.Errorf("the two widgets' reports have the same role: %v", rb["role"])
	}
	if ok, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__e2e.composedPathStart`)); !ok {
		t.Errorf("the report event was not dispatched on the element itself")
	}
	logged, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#log li')).map((li) => li.dataset.from + ' ' + li.dataset.score)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(logged) != 2 {
		t.Errorf("the demo page logged %q, want the two reports", logged)
	}
	screenshot(ctx, t, "widget-demo.png")

	// Markup in a résumé stays text inside the widget.
	xss := widgetFixture(t, "hostile-xss.txt")
	widgetSetFile(ctx, t, backend+`.querySelector('input[type=file]')`, xss)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 3`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report for hostile-xss.txt: %v", err)
	}
	if s := widgetRead(ctx, t, backend); s.Elements != 0 {
		t.Errorf("markup from hostile-xss.txt became %d elements in the widget", s.Elements)
	}
	if pwned, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`'__pwned' in window || 'pwned' in window`)); pwned {
		t.Errorf("a script from hostile-xss.txt ran")
	}

	// The iframe: a file scored inside it, the report forwarded to the
	// host (to its origin only) and the frame as tall as its content.
	frameInput := `document.getElementById('embed-frame').contentDocument.querySelector('resume-score').shadowRoot.querySelector('input[type=file]')`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const d = document.getElementById('embed-frame').contentDocument; const w = d && d.querySelector('resume-score'); return !!w && w.shadowRoot.querySelector('.rs').dataset.state === 'ready'; })()`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the iframe's widget did not get ready: %v", err)
	}
	widgetSetFile(ctx, t, frameInput, backendPDF)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('#log li[data-from="<iframe>"]').length === 1`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the host got no report from the iframe: %v", err)
	}
	type frameSize struct {
		Frame   float64 `json:"frame"`
		Inner   float64 `json:"inner"`
		Content float64 `json:"content"`
		Scroll  float64 `json:"scroll"`
	}
	sizeJS := `(() => { const f = document.getElementById('embed-frame'); const d = f.contentDocument;
		return {frame: f.getBoundingClientRect().height, inner: f.contentWindow.innerHeight,
			content: Math.ceil(d.querySelector('resume-score').getBoundingClientRect().height),
			scroll: d.documentElement.scrollHeight}; })()`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const s = `+sizeJS+`; return s.inner === s.content && s.content > 300; })()`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		s, _ := chromedp.Run(ctx, chromedp.Evaluate[frameSize](sizeJS))
		t.Fatalf("the iframe did not resize to its content: %+v (%v)", s, err)
	}
	size, err := chromedp.Run(ctx, chromedp.Evaluate[frameSize](sizeJS))
	if err != nil {
		t.Fatal(err)
	}
	if size.Frame <= frameInitial || size.Scroll != size.Inner {
		t.Errorf("iframe: %.0f px before the report, now %+v; want it taller, showing all of its content", frameInitial, size)
	}
	t.Logf("e2e: the iframe went from %.0f px to %.0f px (content %.0f px)", frameInitial, size.Frame, size.Content)
	msgs, err := chromedp.Run(ctx, chromedp.Evaluate[[]struct {
		Type   string `json:"type"`
		Origin string `json:"origin"`
	}](`window.__e2e.messages`))
	if err != nil {
		t.Fatal(err)
	}
	var resizes int
	for _, m := range msgs {
		if m.Origin != srv.URL {
			t.Errorf("a message came from %s", m.Origin)
		}
		if m.Type == "resumescore:resize" {
			resizes++
		}
	}
	if resizes < 1 {
		t.Errorf("the host got no resize message after the report: %+v", msgs)
	}
	screenshot(ctx, t, "widget-demo-iframe.png")

	// Nothing but the page's and the widget's own files were asked for.
	widgetRequests(t, srv, log.finish(t), "demo-embed.html", "demo-embed.css", "demo-embed.js", "favicon.svg", "embed.html", "embed.js")
}

// widgetRequests fails the test for a request the browser made (Network
// events of the page and its same-process frames) to anywhere but the
// server, and for a path asked of the server (workers' requests included)
// that is neither a widget file nor one of pageFiles.
func widgetRequests(t *testing.T, srv *widgetSrv, requests []string, pageFiles ...string) {
	t.Helper()
	for _, u := range requests {
		if !strings.HasPrefix(u, srv.URL+"/") {
			t.Errorf("the page requested %s, which is not the widget's server", u)
		}
	}
	allowed := append(slices.Clone(widgetFiles), pageFiles...)
	counts := map[string]int{}
	for _, p := range srv.asked() {
		name := strings.TrimPrefix(p, "/")
		counts[name]++
		if !slices.Contains(allowed, name) {
			t.Errorf("the server was asked for %s, which is not one of the widget's files", p)
		}
	}
	for _, f := range widgetFiles {
		if counts[f] == 0 {
			t.Errorf("the server was never asked for %s: %v", f, counts)
		}
	}
	t.Logf("e2e: %d requests seen by the browser, all to %s; the server served %v", len(requests), srv.URL, counts)
}

// widgetStyleJS reads, for every element in a widget's shadow root in
// tree order, its computed style and its box relative to the element.
const widgetStyleJS = `((id) => {
	const host = document.getElementById(id);
	const hr = host.getBoundingClientRect();
	const props = ['display', 'position', 'float', 'box-sizing', 'width', 'height',
		'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
		'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
		'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'border-top-style',
		'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
		'text-transform', 'text-align', 'text-shadow', 'white-space', 'color', 'background-color',
		'direction', 'writing-mode', 'visibility', 'cursor', 'opacity', 'transform', 'zoom', 'fill', 'stroke', 'stroke-width',
		'color-scheme', 'list-style-type', 'overflow-x', 'overflow-y'];
	const items = [];
	const walk = (n) => {
		for (const c of n.children) {
			const cs = getComputedStyle(c);
			const r = c.getBoundingClientRect();
			const round = (v) => Math.round(v * 100) / 100;
			items.push({
				node: c.localName + (c.getAttribute('class') ? '.' + c.getAttribute('class').replace(/ /g, '.') : ''),
				style: props.map((p) => p + ': ' + cs.getPropertyValue(p)).join('; '),
				box: cs.display === 'none' ? 'none' : [r.x - hr.x, r.y - hr.y, r.width, r.height].map(round).join(', '),
			});
			walk(c);
		}
	};
	walk(host.shadowRoot);
	const hs = getComputedStyle(host);
	return {host: [hr.width, hr.height].join(' × ') + ' ' + ['display', 'box-sizing', 'padding-top', 'border-top-width', 'font-size', 'direction'].map((p) => hs.getPropertyValue(p)).join(' '),
		items, before: getComputedStyle(host, '::before').content};
})`

type widgetStyles struct {
	Host  string `json:"host"`
	Items []struct {
		Node  string `json:"node"`
		Style string `json:"style"`
		Box   string `json:"box"`
	} `json:"items"`
	Before string `json:"before"`
}

// widgetScoreIn loads a page, gives the widget with the id a fixed width,
// scores a file in it and returns a snapshot of its styles and boxes.
func widgetScoreIn(ctx context.Context, t *testing.T, pageURL, id, file string) widgetStyles {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(pageURL)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](widgetRecordJS)); err != nil {
		t.Fatal(err)
	}
	root := widgetShadow(id)
	widgetWaitState(ctx, t, root, "ready")
	// The width is the host's to choose; both pages choose the same. The
	// status line says how many ms scoring took: the same words in both.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById(%q).style.width = '560px'`, id))); err != nil {
		t.Fatal(err)
	}
	widgetSetFile(ctx, t, root+`.querySelector('input[type=file]')`, file)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`!!window.__e2e.reports[%q]`, id), chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report in %s: %v", pageURL, err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](root+`.querySelector('.status').textContent = 'Scored.'`)); err != nil {
		t.Fatal(err)
	}
	snap, err := chromedp.Run(ctx, chromedp.Evaluate[widgetStyles](fmt.Sprintf(`(%s)(%q)`, widgetStyleJS, id)))
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// TestWidgetStylesAreIsolated: the widget on the hostile demo page has the
// computed styles and boxes it has on a plain page, element by element; and
// a host page keeps every computed style and its globals when the widget
// loads, renders a report and is removed again.
func TestWidgetStylesAreIsolated(t *testing.T) {
	web := widgetWeb(t)
	srv := widgetServer(t, web, map[string]string{
		"/__test/plain.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plain host</title>
<link rel="icon" href="/favicon.svg"><script src="/widget.js" defer></script></head>
<body><resume-score id="widget-backend" role="backend" as-of="` + e2eAsOf + `"></resume-score></body></html>`,
		"/__test/host.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a host</title>
<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/demo-embed.css"></head>
<body><header><h1>Host</h1><p class="lede">Some <span>host</span> text with a <a href="#x">link</a>.</p></header>
<main><section><h2>Form</h2><div class="card"><label for="q">Query</label> <input id="q"> <button class="button">Go</button></div>
<ul><li>one</li><li class="chip">two</li></ul><ol><li class="finding">three</li></ol>
<div class="rs drop gauge">classes the widget uses inside</div><p class="status">status</p><svg width="20" height="20"><circle cx="10" cy="10" r="5"></circle></svg>
<p>1</p><p>2</p><p>3</p><p>4</p><p>5</p><p>6</p><p>7</p><p>8</p><p>9</p><p>10</p><p>11</p><p>12</p></section></main>
<div id="slot"></div></body></html>`,
	})
	ctx := widgetTab(t, 3*time.Minute)
	log := widgetWatch(ctx)
	pdf := widgetFixture(t, "lo-classic-backend.pdf")

	plain := widgetScoreIn(ctx, t, srv.URL+"/__test/plain.html", "widget-backend", pdf)
	screenshot(ctx, t, "widget-plain.png")
	hostile := widgetScoreIn(ctx, t, srv.URL+"/demo-embed.html?asOf="+e2eAsOf, "widget-backend", pdf)
	if len(plain.Items) < 40 {
		t.Fatalf("the widget on the plain page has only %d elements", len(plain.Items))
	}
	if plain.Host != hostile.Host {
		t.Errorf("the element's box: %s on a plain page, %s on the hostile page", plain.Host, hostile.Host)
	}
	if hostile.Before != "none" {
		t.Errorf("the host's resume-score::before shows: %s", hostile.Before)
	}
	if len(plain.Items) != len(hostile.Items) {
		t.Errorf("the widget has %d elements on a plain page and %d on the hostile page", len(plain.Items), len(hostile.Items))
	}
	diffs := 0
	for i := range min(len(plain.Items), len(hostile.Items)) {
		p, h := plain.Items[i], hostile.Items[i]
		if p.Node != h.Node || p.Style != h.Style || p.Box != h.Box {
			if diffs++; diffs <= 5 {
				t.Errorf("element %d differs under the hostile CSS:\n  plain:   %s [%s] {%s}\n  hostile: %s [%s] {%s}", i, p.Node, p.Box, p.Style, h.Node, h.Box, h.Style)
			}
		}
	}
	if diffs > 5 {
		t.Errorf("… and %d more elements differ", diffs-5)
	}
	t.Logf("e2e: %d elements of the widget compared on a plain and a hostile page, %s", len(plain.Items), plain.Host)

	// The host: every computed style of every element, and its globals,
	// before the widget, with a report shown, and after it is removed.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/__test/host.html")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](widgetRecordJS)); err != nil {
		t.Fatal(err)
	}
	const hostStylesJS = `Array.from(document.querySelectorAll('*')).filter((e) => !e.closest('#slot') && e.localName !== 'script').map((e) => {
		const cs = getComputedStyle(e);
		const skip = (e === document.documentElement || e === document.body) ? ['height', 'block-size', 'transform-origin', 'perspective-origin'] : [];
		const props = Array.from(cs).filter((p) => !skip.includes(p)).sort();
		const r = e.getBoundingClientRect();
		return e.localName + (e.id ? '#' + e.id : '') + ' [' + (skip.length ? r.width : [r.x, r.y, r.width, r.height].join(',')) + '] ' +
			props.map((p) => p + ':' + cs.getPropertyValue(p)).join(';');
	})`
	const globalsJS = `({keys: Object.keys(window).sort(), names: Object.getOwnPropertyNames(window).sort(),
		sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length,
		elements: customElements.get('resume-score') ? 1 : 0})`
	type globals struct {
		Keys     []string `json:"keys"`
		Names    []string `json:"names"`
		Sheets   int      `json:"sheets"`
		Adopted  int      `json:"adopted"`
		Elements int      `json:"elements"`
	}
	before, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](hostStylesJS))
	if err != nil {
		t.Fatal(err)
	}
	g0, err := chromedp.Run(ctx, chromedp.Evaluate[globals](globalsJS))
	if err != nil {
		t.Fatal(err)
	}
	// Load the widget as a site does, with one script element.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`new Promise((resolve, reject) => {
		const s = document.createElement('script');
		s.src = '/widget.js';
		s.onload = resolve; s.onerror = reject;
		document.head.append(s);
	}).then(() => { const w = document.createElement('resume-score'); w.id = 'w'; w.setAttribute('as-of', '`+e2eAsOf+`'); document.getElementById('slot').append(w); })`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	widgetWaitState(ctx, t, widgetShadow("w"), "ready")
	widgetSetFile(ctx, t, widgetShadow("w")+`.querySelector('input[type=file]')`, pdf)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`!!window.__e2e.reports.w`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report on the host page: %v", err)
	}
	during, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](hostStylesJS))
	if err != nil {
		t.Fatal(err)
	}
	g1, err := chromedp.Run(ctx, chromedp.Evaluate[globals](globalsJS))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('w').remove()`)); err != nil {
		t.Fatal(err)
	}
	after, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](hostStylesJS))
	if err != nil {
		t.Fatal(err)
	}
	if len(before) < 20 {
		t.Fatalf("only %d host elements", len(before))
	}
	for name, got := range map[string][]string{"with the widget": during, "after removing it": after} {
		if len(got) != len(before) {
			t.Errorf("%s the host has %d elements, before %d", name, len(got), len(before))
			continue
		}
		for i := range before {
			if got[i] != before[i] {
				t.Errorf("%s a host element's computed style changed: %s", name, firstDiff(got[i], before[i]))
			}
		}
	}
	if !reflect.DeepEqual(g0.Keys, g1.Keys) || !reflect.DeepEqual(g0.Names, g1.Names) {
		t.Errorf("loading the widget changed the window's properties:\n  added %q\n  removed %q", widgetAdded(g0.Names, g1.Names), widgetAdded(g1.Names, g0.Names))
	}
	if g0.Sheets != g1.Sheets || g0.Adopted != g1.Adopted || g0.Elements != 0 || g1.Elements != 1 {
		t.Errorf("document style sheets %d → %d, adopted %d → %d, element defined %d → %d", g0.Sheets, g1.Sheets, g0.Adopted, g1.Adopted, g0.Elements, g1.Elements)
	}
	t.Logf("e2e: %d host elements, %d own window properties, unchanged", len(before), len(g0.Names))
	widgetRequests(t, srv, log.finish(t), "__test/plain.html", "__test/host.html", "demo-embed.html", "demo-embed.css", "demo-embed.js", "favicon.svg", "embed.html", "embed.js")
}

// widgetAdded lists what b has that a has not.
func widgetAdded(a, b []string) []string {
	var out []string
	for _, s := range b {
		if !slices.Contains(a, s) {
			out = append(out, s)
		}
	}
	return out
}

// widgetStubWorkerJS wraps the page's Worker so that the test can see workers
// start and end, and can make the first score request go unanswered, as a
// hung engine would.
const widgetStubWorkerJS = `'use strict';
window.__workers = {made: 0, terminated: 0, swallow: true, list: []};
{
	const RealWorker = window.Worker;
	window.Worker = class extends RealWorker {
		constructor(url, opts) { super(url, opts); window.__workers.made++; window.__workers.list.push(this); }
		postMessage(msg, transfer) {
			if (msg && msg.type === 'score' && window.__workers.swallow) { window.__workers.swallow = false; return; }
			return super.postMessage(msg, transfer);
		}
		terminate() { window.__workers.terminated++; return super.terminate(); }
	};
}`

// TestWidgetWatchdog: a score that gets no answer within the element's
// timeout ends in a clear error; the worker is terminated and a new one
// started, and the next file is scored.
func TestWidgetWatchdog(t *testing.T) {
	web := widgetWeb(t)
	srv := widgetServer(t, web, map[string]string{
		"/__test/stub-worker.js": widgetStubWorkerJS,
		"/__test/watchdog.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>watchdog</title>
<link rel="icon" href="/favicon.svg"><script src="/__test/stub-worker.js"></script><script src="/widget.js" defer></script></head>
<body><resume-score id="w" timeout="2" as-of="` + e2eAsOf + `"></resume-score></body></html>`,
	})
	ctx := widgetTab(t, 2*time.Minute)
	log := widgetWatch(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/__test/watchdog.html")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](widgetRecordJS)); err != nil {
		t.Fatal(err)
	}
	root := widgetShadow("w")
	widgetWaitState(ctx, t, root, "ready")
	pdf := widgetFixture(t, "lo-classic-backend.pdf")
	start := time.Now()
	widgetSetFile(ctx, t, root+`.querySelector('input[type=file]')`, pdf)
	type alert struct {
		Code    string `json:"code"`
		Text    string `json:"text"`
		Made    int    `json:"made"`
		Ended   int    `json:"ended"`
		Reports int    `json:"reports"`
	}
	const alertJS = `(() => { const e = ` + `document.getElementById('w').shadowRoot.querySelector('.error');
		return {code: e.hidden ? '' : e.dataset.code, text: e.textContent, made: window.__workers.made, ended: window.__workers.terminated, reports: window.__e2e.count}; })()`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(`+alertJS+`).code === 'timeout'`, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		a, _ := chromedp.Run(ctx, chromedp.Evaluate[alert](alertJS))
		t.Fatalf("no timeout error: %+v (%v)", a, err)
	}
	took := time.Since(start)
	a, err := chromedp.Run(ctx, chromedp.Evaluate[alert](alertJS))
	if err != nil {
		t.Fatal(err)
	}
	if took < 2*time.Second || took > 10*time.Second {
		t.Errorf("the watchdog fired after %s, want about 2 s (timeout=\"2\")", took)
	}
	if !strings.Contains(a.Text, "lo-classic-backend.pdf") || !strings.Contains(a.Text, "2 seconds") || !strings.Contains(a.Text, "restarted") {
		t.Errorf("the timeout alert does not say which file, how long and what happened: %q", a.Text)
	}
	if a.Made != 2 || a.Ended != 1 || a.Reports != 0 {
		t.Errorf("after the timeout: %d workers made, %d terminated, %d reports; want 2, 1, 0", a.Made, a.Ended, a.Reports)
	}
	// The fresh worker scores the next file.
	widgetWaitState(ctx, t, root, "ready")
	widgetSetFile(ctx, t, root+`.querySelector('input[type=file]')`, pdf)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 1`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report after the restart: %v", err)
	}
	if a, _ := chromedp.Run(ctx, chromedp.Evaluate[alert](alertJS)); a.Code != "" {
		t.Errorf("the error is still shown after a report: %+v", a)
	}

	// A worker that throws while a file is being scored: the file fails
	// with a message that says so, and a fresh worker scores the next one.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__workers.swallow = true`)); err != nil {
		t.Fatal(err)
	}
	widgetSetFile(ctx, t, root+`.querySelector('input[type=file]')`, pdf)
	widgetWaitState(ctx, t, root, "scoring")
	// The request is with the worker (and unanswered) once the stub took it.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__workers.swallow === false`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("the score request never reached the worker: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.__workers.list.at(-1).dispatchEvent(new ErrorEvent('error', {message: 'test crash'}))`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`(`+alertJS+`).code === 'engine_stopped'`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		a, _ := chromedp.Run(ctx, chromedp.Evaluate[alert](alertJS))
		t.Fatalf("no error for a worker that threw: %+v (%v)", a, err)
	}
	if a, _ := chromedp.Run(ctx, chromedp.Evaluate[alert](alertJS)); a.Made != 3 || a.Ended != 2 || !strings.Contains(a.Text, "lo-classic-backend.pdf") {
		t.Errorf("after a worker threw: %+v; want 3 workers made, 2 terminated, the file named", a)
	}
	widgetWaitState(ctx, t, root, "ready")
	widgetSetFile(ctx, t, root+`.querySelector('input[type=file]')`, pdf)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 2`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		a, _ := chromedp.Run(ctx, chromedp.Evaluate[alert](alertJS))
		st, _ := chromedp.Run(ctx, chromedp.Evaluate[string](root+`.querySelector('.rs').dataset.state + ' / ' + `+root+`.querySelector('.status').textContent`))
		t.Fatalf("no report after the second restart: %v (%+v, %s)", err, a, st)
	}
	widgetRequests(t, srv, log.finish(t), "__test/watchdog.html", "__test/stub-worker.js", "favicon.svg")
}

// TestWidgetFromAnotherOrigin: a site that hosts the widget's four files on
// another origin (a CDN) loads widget.js from there with one script tag; the
// worker, wasm_exec.js and engine.wasm come from that origin too, under the
// host's CSP as the README gives it.
func TestWidgetFromAnotherOrigin(t *testing.T) {
	web := widgetWeb(t)
	// The files' origin: web/ with CORS, as a CDN serves it.
	files := static.Handler(web, nil)
	var mu sync.Mutex
	var cdnPaths []string
	cdn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		cdnPaths = append(cdnPaths, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Access-Control-Allow-Origin", "*")
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(cdn.Close)
	const jd = "Senior Backend Engineer\nMust have: Go, Kafka, Kubernetes, PostgreSQL. 5+ years.\nNice to have: Java, Terraform.\n"
	csp := "default-src 'none'; script-src 'self' " + cdn.URL + " 'wasm-unsafe-eval'; worker-src blob:; connect-src " + cdn.URL + "; style-src 'self'; img-src 'self'; base-uri 'none'"
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/favicon.ico" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", csp)
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a site</title>
<script src="%s/widget.js" defer></script></head>
<body><resume-score id="w" role="backend" as-of="%s" jd="%s"></resume-score></body></html>`, cdn.URL, e2eAsOf, html.EscapeString(jd))
	}))
	t.Cleanup(site.Close)

	ctx := widgetTab(t, 2*time.Minute)
	log := widgetWatch(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(site.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](widgetRecordJS)); err != nil {
		t.Fatal(err)
	}
	widgetWaitState(ctx, t, widgetShadow("w"), "ready")
	pdf := widgetFixture(t, "lo-classic-backend.pdf")
	widgetSetFile(ctx, t, widgetShadow("w")+`.querySelector('input[type=file]')`, pdf)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 1`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report with the files on another origin: %v (%+v)", err, widgetRead(ctx, t, widgetShadow("w")))
	}
	got := widgetReport(ctx, t, "w")
	if want := widgetWant(t, pdf, "backend", jd, got); !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("the report differs from the engine's: %s", firstDiff(string(g), string(w)))
	}
	if jm, ok := got["jobMatch"].(map[string]any); ok {
		shown, err := chromedp.Run(ctx, chromedp.Evaluate[string](widgetShadow("w")+`.querySelector('.job-rate')?.textContent ?? ''`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(shown, fmt.Sprintf("%v%% of its skills", jm["rate"])) {
			t.Errorf("the widget shows the job match as %q; the report's rate is %v", shown, jm["rate"])
		}
	}
	screenshot(ctx, t, "widget-cdn-jd.png")

	// A file dropped on the widget is scored, and the drop goes no further
	// (a host that takes files dropped on its window does not get it).
	txt, err := os.ReadFile(widgetFixture(t, "hostile-xss.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := json.Marshal(string(txt))
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		window.__hostDrops = 0;
		window.addEventListener('drop', () => window.__hostDrops++);
		document.addEventListener('dragover', () => window.__hostDrops++);
		const dt = new DataTransfer();
		dt.items.add(new File([`+string(text)+`], 'dropped.txt', {type: 'text/plain'}));
		const zone = `+widgetShadow("w")+`.querySelector('.drop');
		for (const type of ['dragenter', 'dragover', 'drop']) {
			zone.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, composed: true, cancelable: true}));
		}
	})()`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 2`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("no report for a dropped file: %v (%+v)", err, widgetRead(ctx, t, widgetShadow("w")))
	}
	dropped, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Name  string `json:"name"`
		Drops int    `json:"drops"`
	}](`({name: `+widgetShadow("w")+`.querySelector('.file-name').textContent, drops: window.__hostDrops})`))
	if err != nil {
		t.Fatal(err)
	}
	if dropped.Name != "dropped.txt" || dropped.Drops != 0 {
		t.Errorf("after a drop the widget shows %q and the host saw %d drag events; want dropped.txt and 0", dropped.Name, dropped.Drops)
	}

	// A new reference date scores the same file again.
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('w').setAttribute('as-of', '2026-06-01')`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__e2e.count === 3 && window.__e2e.reports.w.asOf === '2026-06-01'`, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("changing as-of did not score the file again: %v", err)
	}
	for _, u := range log.finish(t) {
		if !strings.HasPrefix(u, site.URL+"/") && !strings.HasPrefix(u, cdn.URL+"/") && !strings.HasPrefix(u, "blob:") {
			t.Errorf("the page requested %s", u)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(cdnPaths)
	if got := slices.Compact(cdnPaths); !reflect.DeepEqual(got, []string{"/engine-worker.js", "/engine.wasm", "/wasm_exec.js", "/widget.js"}) {
		t.Errorf("the files' origin served %q, want the four widget files", got)
	}
}

// widgetOriginsJS is a host page's script: five embeds that differ in what they
// know of the host's origin, and a record of the messages from each.
const widgetOriginsJS = `'use strict';
window.__frames = {};
const embeds = {
	asked: 'embed.html?as-of=` + e2eAsOf + `&origin=' + encodeURIComponent(location.origin),
	referrer: 'embed.html?as-of=` + e2eAsOf + `',
	elsewhere: 'embed.html?as-of=` + e2eAsOf + `&report=1&origin=' + encodeURIComponent('http://elsewhere.example'),
	nothing: 'embed.html?as-of=` + e2eAsOf + `&report=1',
	forward: 'embed.html?as-of=` + e2eAsOf + `&report=1&origin=' + encodeURIComponent(location.origin),
};
for (const [name, src] of Object.entries(embeds)) {
	const f = document.createElement('iframe');
	f.id = name;
	f.title = name;
	if (name === 'nothing') f.referrerPolicy = 'no-referrer';
	f.src = '/' + src;
	document.body.append(f);
	window.__frames[name] = [];
}
window.addEventListener('message', (e) => {
	for (const name of Object.keys(embeds)) {
		if (e.source === document.getElementById(name).contentWindow) {
			window.__frames[name].push({type: e.data.type, origin: e.origin, height: e.data.height ?? null, score: e.data.report ? e.data.report.score : null});
		}
	}
});`

// TestWidgetEmbedOrigins: the iframe embed posts only to the origin it was
// given, or else the referrer's; with neither, or with another origin than
// its parent's, the parent gets nothing; a report goes out only with
// report=1.
func TestWidgetEmbedOrigins(t *testing.T) {
	web := widgetWeb(t)
	srv := widgetServer(t, web, map[string]string{
		"/__test/origins.js": widgetOriginsJS,
		"/__test/origins.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>origins</title>
<link rel="icon" href="/favicon.svg"><script src="/__test/origins.js" defer></script></head><body></body></html>`,
	})
	ctx := widgetTab(t, 2*time.Minute)
	log := widgetWatch(ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/__test/origins.html")); err != nil {
		t.Fatal(err)
	}
	names := []string{"asked", "referrer", "elsewhere", "nothing", "forward"}
	for _, n := range names {
		root := fmt.Sprintf(`document.getElementById(%q).contentDocument?.querySelector('resume-score')?.shadowRoot`, n)
		widgetWaitState(ctx, t, root, "ready")
	}
	pdf := widgetFixture(t, "lo-classic-backend.pdf")
	for _, n := range names {
		widgetSetFile(ctx, t, fmt.Sprintf(`document.getElementById(%q).contentDocument.querySelector('resume-score').shadowRoot.querySelector('input[type=file]')`, n), pdf)
	}
	// Every embed shows its report; then the messages have had their time.
	for _, n := range names {
		js := fmt.Sprintf(`!!document.getElementById(%q).contentDocument.querySelector('resume-score').shadowRoot.querySelector('.result:not([hidden]) .gauge .score')`, n)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
			t.Fatalf("the embed %s shows no report: %v", n, err)
		}
	}
	type message struct {
		Type   string   `json:"type"`
		Origin string   `json:"origin"`
		Height *float64 `json:"height"`
		Score  *float64 `json:"score"`
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__frames.forward.some((m) => m.type === 'resumescore:report')`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("no report message from the embed with report=1: %v", err)
	}
	time.Sleep(300 * time.Millisecond)
	got, err := chromedp.Run(ctx, chromedp.Evaluate[map[string][]message](`window.__frames`))
	if err != nil {
		t.Fatal(err)
	}
	count := func(n, typ string) int {
		c := 0
		for _, m := range got[n] {
			if m.Type == typ {
				c++
				if m.Origin != srv.URL {
					t.Errorf("%s: a message from %s", n, m.Origin)
				}
			}
		}
		return c
	}
	for _, n := range []string{"asked", "referrer", "forward"} {
		if count(n, "resumescore:resize") < 2 {
			t.Errorf("%s: %d resize messages, want one at the start and one for the report: %+v", n, count(n, "resumescore:resize"), got[n])
		}
	}
	for _, n := range []string{"elsewhere", "nothing"} {
		if len(got[n]) != 0 {
			t.Errorf("%s: the parent got messages meant for no one or for another origin: %+v", n, got[n])
		}
	}
	if c := count("asked", "resumescore:report") + count("referrer", "resumescore:report"); c != 0 {
		t.Errorf("embeds without report=1 sent %d reports to the parent", c)
	}
	if c := count("forward", "resumescore:report"); c != 1 {
		t.Errorf("the embed with report=1 sent %d reports, want 1", c)
	}
	widgetRequests(t, srv, log.finish(t), "__test/origins.html", "__test/origins.js", "favicon.svg", "embed.html", "embed.js")
}
