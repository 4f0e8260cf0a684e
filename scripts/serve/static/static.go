// Package static serves the web/ folder for development and for the
// end-to-end tests: GET and HEAD only, .wasm as application/wasm, no
// caching (revalidate every time: sw.js, the offline copy, included), no
// directory listings, one log line per request.
package static

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// CSP is the policy the page also declares in a meta element. The server
// sends it as a header too, so that the Web Worker (which does not inherit
// the page's meta policy) runs under it and the tests see it hold.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; " +
	"style-src 'self'; img-src 'self' data:; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

func init() {
	// Browsers refuse WebAssembly.instantiateStreaming on any other type.
	if err := mime.AddExtensionType(".wasm", "application/wasm"); err != nil {
		panic(err)
	}
}

// Handler serves the files under dir. logf, when not nil, receives one line
// per request: method, path, status, bytes written and duration.
func Handler(dir string, logf func(format string, args ...any)) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		serve(rec, r, dir, files)
		if logf != nil {
			logf("%s %s %d %dB %s", r.Method, r.URL.Path, rec.status, rec.bytes, time.Since(start).Round(time.Microsecond))
		}
	})
}

func serve(w http.ResponseWriter, r *http.Request, dir string, files http.Handler) {
	h := w.Header()
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", CSP)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	clean := path.Clean("/" + r.URL.Path)
	for _, part := range strings.Split(clean, "/") {
		if strings.HasPrefix(part, ".") {
			http.NotFound(w, r) // no dotfiles
			return
		}
	}
	// A folder is served only through its index.html, never listed.
	if fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(clean))); err == nil && fi.IsDir() {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(clean), "index.html")); err != nil {
			http.NotFound(w, r)
			return
		}
	}
	files.ServeHTTP(w, r)
}

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	// http.FileServer drops Cache-Control on errors; put it back.
	r.Header().Set("Cache-Control", "no-cache")
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}
