// Command worker is the edge face of resumescore: the engine behind an HTTP
// API, run as a Cloudflare Worker through github.com/syumai/workers.
//
// This file holds the routing and the HTTP handling. It has no build tag and
// imports nothing JavaScript-specific, so it is tested natively with
// net/http/httptest. main.go (js/wasm only) serves it through syumai/workers;
// main_native.go serves it with net/http for trying it without wrangler. There
// is no scoring logic here: the report bytes are engine.ScoreJSON's, unchanged.
//
// The handler keeps no per-request state outside the request: one Go instance
// serves many requests (see shim/worker.mjs, which also reads the request body
// up to a bound above maxBytes before handing it over).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
)

// Error codes of the edge API besides the extract kinds (which are passed
// through as codes of 413 and 422 responses).
const (
	codeNotFound         = "not_found"
	codeMethodNotAllowed = "method_not_allowed"
	codeInvalidAsOf      = "invalid_as_of"
	codeBadBody          = "bad_body"
	codeInternal         = "internal"
)

// api is the edge HTTP API. The zero value is not usable; use newAPI.
type api struct {
	maxBytes int              // request body cap, in bytes
	now      func() time.Time // the clock, only for the default asOf
	logf     func(format string, args ...any)
	routes   map[string]route
}

// route is one path: the handler for each method it accepts.
type route map[string]http.HandlerFunc

// newAPI returns the handler with the engine's default input cap and the
// real clock. logf may be nil (no logging); it never receives résumé content.
func newAPI(logf func(format string, args ...any)) *api {
	a := &api{
		maxBytes: extract.DefaultLimits.MaxBytes,
		now:      time.Now,
		logf:     logf,
	}
	if a.logf == nil {
		a.logf = func(string, ...any) {}
	}
	a.routes = map[string]route{
		"/v1/score": {http.MethodPost: a.score},
		"/healthz":  {http.MethodGet: a.healthz, http.MethodHead: a.healthz},
	}
	return a
}

// ServeHTTP routes a request. Wrong paths get 404, wrong methods 405 with
// Allow; a panic below becomes a JSON 500 instead of killing the instance.
func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			// Log the panic value's type only: it may hold input bytes.
			a.logf("resumescore: panic serving %s %s: %T", r.Method, r.URL.Path, v)
			writeError(w, http.StatusInternalServerError, codeInternal, "an internal error occurred; please try again or report it")
		}
	}()
	rt, ok := a.routes[r.URL.Path]
	if !ok {
		writeError(w, http.StatusNotFound, codeNotFound, fmt.Sprintf("no such endpoint: %s", r.URL.Path))
		return
	}
	h, ok := rt[r.Method]
	if !ok {
		allow := rt.methods()
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, http.StatusMethodNotAllowed, codeMethodNotAllowed,
			fmt.Sprintf("%s does not accept %s; use %s", r.URL.Path, r.Method, strings.Join(allow, " or ")))
		return
	}
	h(w, r)
}

func (rt route) methods() []string {
	var ms []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodOptions} {
		if rt[m] != nil {
			ms = append(ms, m)
		}
	}
	return ms
}

// healthz answers GET /healthz.
func (a *api) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		OK      bool   `json:"ok"`
		Version string `json:"version"`
	}{true, engine.Version})
}

// score answers POST /v1/score: the body is the résumé file (PDF or text);
// the query may set asOf=YYYY-MM-DD (default: today, UTC).
func (a *api) score(w http.ResponseWriter, r *http.Request) {
	asOf, err := a.asOf(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, codeInvalidAsOf, err.Error())
		return
	}
	tooLarge := &extract.Error{Kind: extract.KindTooLarge, Detail: humanBytes(a.maxBytes)}
	if r.ContentLength > int64(a.maxBytes) {
		a.fail(w, r, tooLarge)
		return
	}
	data, err := readBody(r.Body, a.maxBytes)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			a.fail(w, r, tooLarge)
			return
		}
		a.logf("resumescore: %s %s: reading the body failed", r.Method, r.URL.Path)
		writeError(w, http.StatusBadRequest, codeBadBody, "the request body could not be read; send the file again")
		return
	}
	out, err := engine.ScoreJSON(r.Context(), engine.Input{Data: data},
		engine.Options{AsOf: asOf, Limits: extract.Limits{MaxBytes: a.maxBytes}})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	w.Write(out)
}

// asOf reads the reference date from the query, or today in UTC.
func (a *api) asOf(r *http.Request) (time.Time, error) {
	q := r.URL.Query()
	if !q.Has("asOf") {
		y, m, d := a.now().UTC().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	s := q.Get("asOf")
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("asOf wants a date as YYYY-MM-DD, not %q", s)
	}
	return t, nil
}

// fail answers an engine error: an *extract.Error is the input's fault (413
// when too large, 422 otherwise, its Kind as the code); anything else is ours.
func (a *api) fail(w http.ResponseWriter, r *http.Request, err error) {
	var xe *extract.Error
	switch {
	case errors.As(err, &xe):
		// The Kind only: Detail may quote bytes of the résumé.
		a.logf("resumescore: %s %s: input refused: %s", r.Method, r.URL.Path, xe.Kind)
		status := http.StatusUnprocessableEntity
		if xe.Kind == extract.KindTooLarge {
			status = http.StatusRequestEntityTooLarge
		}
		writeError(w, status, string(xe.Kind), xe.Error())
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		a.logf("resumescore: %s %s: %v", r.Method, r.URL.Path, err)
		writeError(w, http.StatusServiceUnavailable, codeInternal, "the request was cancelled before it finished; send it again")
	default:
		a.logf("resumescore: %s %s: internal error: %T", r.Method, r.URL.Path, err)
		writeError(w, http.StatusInternalServerError, codeInternal, "an internal error occurred; please try again or report it")
	}
}

var errTooLarge = errors.New("body over the cap")

// readBody reads all of body, or errTooLarge as soon as it passes max bytes.
func readBody(body io.Reader, max int) ([]byte, error) {
	if body == nil {
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(body, int64(max)+1))
	if err != nil {
		return nil, err
	}
	if len(data) > max {
		return nil, errTooLarge
	}
	return data, nil
}

func humanBytes(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<10 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// apiError is the body of every error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeError(w http.ResponseWriter, status int, code, message string) {
	var e apiError
	e.Error.Code, e.Error.Message = code, message
	writeJSON(w, status, e)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil { // cannot happen for the types above
		status, b = http.StatusInternalServerError, []byte(`{"error":{"code":"internal","message":"encoding the response failed"}}`)
	}
	b = append(b, '\n')
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
}
