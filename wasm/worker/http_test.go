//go:build !(js && wasm) || syumai

package main

import (
	"bytes"
	"io"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/engine"
)

// TestServeHTTP checks the net/http adapter: the same answers, and a body
// declared or streamed over the cap is not read in full.
func TestServeHTTP(t *testing.T) {
	a, _ := newTestAPI(t)
	txt := fixture(t, "resume.txt")
	r := httptest.NewRequest("POST", "/v1/score?asOf="+testAsOf, bytes.NewReader(txt))
	r.Header.Set("Content-Type", "text/plain")
	w := httptest.NewRecorder()
	a.ServeHTTP(w, r)
	if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), scoreJSON(t, txt, engine.Options{})) {
		t.Fatalf("status %d; body is not the engine's", w.Code)
	}
	if w.Header().Get(headerVersion) != engine.Version || w.Header().Get("Content-Length") != strconv.Itoa(w.Body.Len()) {
		t.Errorf("headers %v", w.Header())
	}

	a.maxBytes = 1 << 10
	for _, declared := range []int64{4 << 10, -1} {
		body := &countingReader{r: strings.NewReader(strings.Repeat("a", 1<<20))}
		r := httptest.NewRequest("POST", "/v1/score", body)
		r.ContentLength = declared
		w := httptest.NewRecorder()
		a.ServeHTTP(w, r)
		if w.Code != 413 {
			t.Errorf("declared %d: status %d", declared, w.Code)
		}
		if body.n > 64<<10 {
			t.Errorf("declared %d: read %d bytes, want to stop at the cap", declared, body.n)
		}
	}
	a.maxBytes = len(txt)
	if res := a.Handle(req("POST", "/v1/score", "text/plain", txt)); res.Status != 200 {
		t.Errorf("a body of exactly the cap: status %d: %s", res.Status, res.Body)
	}
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
