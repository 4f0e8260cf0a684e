package static

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html":       "<!doctype html><title>x</title>",
		"engine.wasm":      "\x00asm\x01FILE",
		"app.js":           "'use strict';",
		"sw.js":            "self.addEventListener('fetch', () => {});",
		".secret":          "no",
		"sub/notes.txt":    "hello",
		"page/index.html":  "<p>page</p>",
		"page/style.css":   "p{}",
		"sub/.hidden/x.js": "no",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var lines []string
	h := Handler(dir, func(format string, args ...any) { lines = append(lines, fmt.Sprintf(format, args...)) })

	tests := []struct {
		method, path string
		status       int
		ctype        string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"GET", "/engine.wasm", 200, "application/wasm"},
		{"HEAD", "/engine.wasm", 200, "application/wasm"},
		{"GET", "/app.js", 200, "text/javascript; charset=utf-8"},
		{"GET", "/sw.js", 200, "text/javascript; charset=utf-8"},
		{"GET", "/page/", 200, "text/html; charset=utf-8"},
		{"GET", "/sub/", 404, ""},
		{"GET", "/.secret", 404, ""},
		{"GET", "/sub/.hidden/x.js", 404, ""},
		{"GET", "/missing.js", 404, ""},
		{"POST", "/", 405, ""},
		{"PUT", "/engine.wasm", 405, ""},
	}
	for _, tc := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.path, strings.NewReader("REQUEST-BODY")))
		if rec.Code != tc.status {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.path, rec.Code, tc.status)
		}
		if tc.ctype != "" && rec.Header().Get("Content-Type") != tc.ctype {
			t.Errorf("%s %s: Content-Type %q, want %q", tc.method, tc.path, rec.Header().Get("Content-Type"), tc.ctype)
		}
		if got := rec.Header().Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s %s: Cache-Control %q, want no-cache", tc.method, tc.path, got)
		}
		if tc.status == 405 && rec.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tc.method, tc.path, rec.Header().Get("Allow"))
		}
	}
	if len(lines) != len(tests) {
		t.Fatalf("%d log lines for %d requests:\n%s", len(lines), len(tests), strings.Join(lines, "\n"))
	}
	if want := "GET /engine.wasm 200 9B "; !strings.HasPrefix(lines[1], want) {
		t.Errorf("log line %q, want prefix %q", lines[1], want)
	}
	for _, l := range lines {
		if strings.Contains(l, "REQUEST-BODY") || strings.Contains(l, "FILE") {
			t.Errorf("log line has a body: %q", l)
		}
	}
}

// The page declares the same policy in a meta element as the server sends:
// a static host without the header still gets it, and the worker (which
// does not inherit the meta policy) gets it from the server.
func TestCSPMatchesThePage(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "..", "web", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := `<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`
	if !strings.Contains(string(page), want) {
		t.Errorf("web/index.html does not declare the server's policy; want\n%s", want)
	}
	for _, d := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'",
		"object-src 'none'", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(CSP, d) {
			t.Errorf("the policy lacks %q", d)
		}
	}
	if strings.Contains(CSP, "'unsafe-inline'") || strings.Contains(CSP, "'unsafe-eval'") {
		t.Errorf("the policy allows inline or eval: %s", CSP)
	}
}
