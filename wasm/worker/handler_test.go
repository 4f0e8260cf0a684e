package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
)

// logRecorder collects what the handler logs, to check it holds no content.
type logRecorder struct {
	mu    sync.Mutex
	lines []string
}

func (l *logRecorder) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *logRecorder) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

func newTestAPI(t *testing.T) (*api, *logRecorder) {
	t.Helper()
	rec := &logRecorder{}
	return newAPI(rec.logf), rec
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func do(t *testing.T, h http.Handler, method, target string, body io.Reader) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func date(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// checkError asserts a JSON error response with the status and code.
func checkError(t *testing.T, w *httptest.ResponseRecorder, status int, code string) apiError {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status = %d, want %d; body %s", w.Code, status, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var e apiError
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, w.Body)
	}
	if e.Error.Code != code {
		t.Errorf("error code = %q, want %q", e.Error.Code, code)
	}
	if e.Error.Message == "" || strings.Contains(e.Error.Message, "\n") {
		t.Errorf("error message = %q, want one non-empty line", e.Error.Message)
	}
	return e
}

func TestHealthz(t *testing.T) {
	a, _ := newTestAPI(t)
	w := do(t, a, http.MethodGet, "/healthz", nil)
	if w.Code != http.StatusOK {
		t.Fatalf("status = %d: %s", w.Code, w.Body)
	}
	var got struct {
		OK      bool   `json:"ok"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if !got.OK || got.Version != engine.Version {
		t.Errorf("healthz = %+v, want ok and version %q", got, engine.Version)
	}
	if w := do(t, a, http.MethodHead, "/healthz", nil); w.Code != http.StatusOK {
		t.Errorf("HEAD /healthz = %d", w.Code)
	}
}

func TestScoreMatchesEngine(t *testing.T) {
	for _, name := range []string{"resume.txt", "resume.pdf"} {
		t.Run(name, func(t *testing.T) {
			data := fixture(t, name)
			want, err := engine.ScoreJSON(context.Background(), engine.Input{Data: data}, engine.Options{AsOf: date(t, "2026-01-15")})
			if err != nil {
				t.Fatal(err)
			}
			a, _ := newTestAPI(t)
			w := do(t, a, http.MethodPost, "/v1/score?asOf=2026-01-15", bytes.NewReader(data))
			if w.Code != http.StatusOK {
				t.Fatalf("status = %d: %s", w.Code, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			if !bytes.Equal(w.Body.Bytes(), want) {
				t.Errorf("body differs from engine.ScoreJSON:\n got %.300s\nwant %.300s", w.Body, want)
			}
		})
	}
}

func TestScoreDefaultAsOfIsTodayUTC(t *testing.T) {
	data := fixture(t, "resume.txt")
	a, _ := newTestAPI(t)
	// 23:30 on 14 Jan in New York is already 15 Jan in UTC.
	a.now = func() time.Time { return time.Date(2026, 1, 14, 23, 30, 0, 0, time.FixedZone("EST", -5*3600)) }
	want, err := engine.ScoreJSON(context.Background(), engine.Input{Data: data}, engine.Options{AsOf: date(t, "2026-01-15")})
	if err != nil {
		t.Fatal(err)
	}
	w := do(t, a, http.MethodPost, "/v1/score", bytes.NewReader(data))
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), want) {
		t.Errorf("status %d; body is not the report as of 2026-01-15", w.Code)
	}
}

func TestScoreBadAsOf(t *testing.T) {
	a, _ := newTestAPI(t)
	for _, q := range []string{"asOf=", "asOf=yesterday", "asOf=2026-13-01", "asOf=2026-02-30", "asOf=15/01/2026", "asOf=2026-01-15T00:00:00Z"} {
		w := do(t, a, http.MethodPost, "/v1/score?"+q, strings.NewReader("Jane Doe\njane@example.com\n"))
		checkError(t, w, http.StatusBadRequest, codeInvalidAsOf)
	}
}

func TestScoreInputErrors(t *testing.T) {
	a, rec := newTestAPI(t)
	tests := []struct {
		name string
		body []byte
		kind extract.Kind
	}{
		{"garbage", []byte("\x00\x01\x02SECRETCONTENT\xff\xfe\x00binary garbage"), extract.KindUnsupported},
		{"empty", nil, extract.KindEmpty},
		{"blank", []byte(" \n\t\n"), extract.KindEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, a, http.MethodPost, "/v1/score", bytes.NewReader(tt.body))
			e := checkError(t, w, http.StatusUnprocessableEntity, string(tt.kind))
			if want := (&extract.Error{Kind: tt.kind}).Error(); e.Error.Message != want {
				t.Errorf("message = %q, want the engine's %q", e.Error.Message, want)
			}
		})
	}
	if strings.Contains(rec.String(), "SECRET") {
		t.Errorf("the log quotes the input:\n%s", rec)
	}
}

// TestNeverServerErrorForBadInput sends broken and hostile bodies: each must
// get a 200 or a 4xx, never a 5xx.
func TestNeverServerErrorForBadInput(t *testing.T) {
	pdf := fixture(t, "resume.pdf")
	bodies := map[string][]byte{
		"pdf header only":   []byte("%PDF-1.7\n"),
		"truncated pdf":     pdf[:len(pdf)/2],
		"pdf tail only":     pdf[len(pdf)/2:],
		"pdf, bytes zeroed": bytes.Repeat([]byte{0}, 64),
		"zip header":        []byte("PK\x03\x04rest"),
		"invalid utf-8":     []byte("Jane \xc3\x28 Doe"),
		"one byte":          []byte("x"),
		"json":              []byte(`{"basics":{"name":"Jane"}}`),
	}
	corrupt := bytes.Clone(pdf)
	for i := len(corrupt) / 3; i < len(corrupt); i += 97 {
		corrupt[i] ^= 0x5a
	}
	bodies["corrupted pdf"] = corrupt
	a, _ := newTestAPI(t)
	for name, body := range bodies {
		w := do(t, a, http.MethodPost, "/v1/score", bytes.NewReader(body))
		if w.Code >= 500 {
			t.Errorf("%s: status %d: %s", name, w.Code, w.Body)
		}
		if w.Code != http.StatusOK {
			checkError(t, w, w.Code, mustCode(t, w))
		}
	}
}

func mustCode(t *testing.T, w *httptest.ResponseRecorder) string {
	t.Helper()
	var e apiError
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error.Code == "" {
		t.Fatalf("error response without a code: %s", w.Body)
	}
	return e.Error.Code
}

func TestScoreTooLarge(t *testing.T) {
	t.Run("default cap", func(t *testing.T) {
		a, _ := newTestAPI(t)
		body := bytes.Repeat([]byte("a"), extract.DefaultLimits.MaxBytes+1)
		e := checkError(t, do(t, a, http.MethodPost, "/v1/score", bytes.NewReader(body)), http.StatusRequestEntityTooLarge, string(extract.KindTooLarge))
		if !strings.Contains(e.Error.Message, "10 MB") {
			t.Errorf("message %q does not name the cap", e.Error.Message)
		}
	})
	t.Run("declared length", func(t *testing.T) {
		a, _ := newTestAPI(t)
		a.maxBytes = 1 << 10
		body := &countingReader{r: strings.NewReader(strings.Repeat("a", 4<<10))}
		req := httptest.NewRequest(http.MethodPost, "/v1/score", body)
		req.ContentLength = 4 << 10
		w := httptest.NewRecorder()
		a.ServeHTTP(w, req)
		checkError(t, w, http.StatusRequestEntityTooLarge, string(extract.KindTooLarge))
		if body.n != 0 {
			t.Errorf("read %d bytes of a body declared over the cap", body.n)
		}
	})
	t.Run("streamed", func(t *testing.T) {
		a, _ := newTestAPI(t)
		a.maxBytes = 1 << 10
		body := &countingReader{r: strings.NewReader(strings.Repeat("a", 1<<20))}
		req := httptest.NewRequest(http.MethodPost, "/v1/score", body)
		req.ContentLength = -1 // unknown, as with chunked encoding
		w := httptest.NewRecorder()
		a.ServeHTTP(w, req)
		checkError(t, w, http.StatusRequestEntityTooLarge, string(extract.KindTooLarge))
		if body.n > 64<<10 {
			t.Errorf("read %d bytes, want to stop soon after the cap", body.n)
		}
	})
	t.Run("at the cap", func(t *testing.T) {
		a, _ := newTestAPI(t)
		data := fixture(t, "resume.txt")
		a.maxBytes = len(data)
		if w := do(t, a, http.MethodPost, "/v1/score", bytes.NewReader(data)); w.Code != http.StatusOK {
			t.Errorf("a body of exactly the cap: status %d: %s", w.Code, w.Body)
		}
	})
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestRouting(t *testing.T) {
	a, _ := newTestAPI(t)
	tests := []struct {
		method, target string
		status         int
		code, allow    string
	}{
		{http.MethodGet, "/v1/score", http.StatusMethodNotAllowed, codeMethodNotAllowed, "POST"},
		{http.MethodPut, "/v1/score", http.StatusMethodNotAllowed, codeMethodNotAllowed, "POST"},
		{http.MethodPost, "/healthz", http.StatusMethodNotAllowed, codeMethodNotAllowed, "GET, HEAD"},
		{http.MethodGet, "/nope", http.StatusNotFound, codeNotFound, ""},
		{http.MethodGet, "/", http.StatusNotFound, codeNotFound, ""},
		{http.MethodPost, "/v1/score/", http.StatusNotFound, codeNotFound, ""},
		{http.MethodPost, "/v1/SCORE", http.StatusNotFound, codeNotFound, ""},
	}
	for _, tt := range tests {
		w := do(t, a, tt.method, tt.target, nil)
		checkError(t, w, tt.status, tt.code)
		if got := w.Header().Get("Allow"); got != tt.allow {
			t.Errorf("%s %s: Allow = %q, want %q", tt.method, tt.target, got, tt.allow)
		}
	}
}

func TestPanicBecomesJSON500(t *testing.T) {
	a, rec := newTestAPI(t)
	a.routes["/boom"] = route{http.MethodGet: func(http.ResponseWriter, *http.Request) { panic("SECRETCONTENT") }}
	checkError(t, do(t, a, http.MethodGet, "/boom", nil), http.StatusInternalServerError, codeInternal)
	if strings.Contains(rec.String(), "SECRET") {
		t.Errorf("the log quotes the panic value:\n%s", rec)
	}
}

// TestConcurrentRequests checks one handler serves overlapping requests with
// identical results (run with -race): the edge reuses one instance.
func TestConcurrentRequests(t *testing.T) {
	a, _ := newTestAPI(t)
	inputs := [][]byte{fixture(t, "resume.txt"), fixture(t, "resume.pdf")}
	var want [][]byte
	for _, in := range inputs {
		w := do(t, a, http.MethodPost, "/v1/score?asOf=2026-01-15", bytes.NewReader(in))
		want = append(want, w.Body.Bytes())
	}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			k := i % len(inputs)
			w := do(t, a, http.MethodPost, "/v1/score?asOf=2026-01-15", bytes.NewReader(inputs[k]))
			if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), want[k]) {
				t.Errorf("request %d: status %d, body differs from the sequential one", i, w.Code)
			}
		})
	}
	wg.Wait()
}

// TestShimBodyBoundCoversCap checks the shim reads more of a body than the
// handler accepts, so an oversize body reaches the handler still oversize
// (and gets its 413) rather than cut to a size that would be scored.
func TestShimBodyBoundCoversCap(t *testing.T) {
	src, err := os.ReadFile("shim/worker.mjs")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^const BODY_BOUND = (\d+) << 20;`).FindSubmatch(src)
	if m == nil {
		t.Fatal("shim/worker.mjs: no `const BODY_BOUND = N << 20;` line")
	}
	mib, _ := strconv.Atoi(string(m[1]))
	if bound, limit := mib<<20, newAPI(nil).maxBytes; bound <= limit {
		t.Errorf("the shim's BODY_BOUND (%d bytes) must be above the handler's cap (%d bytes)", bound, limit)
	}
}
