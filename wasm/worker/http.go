//go:build !(js && wasm) || syumai

package main

import (
	"io"
	"net/http"
	"strconv"
)

// ServeHTTP adapts Handle to net/http: for native tests, `go run
// ./wasm/worker` and the build for the stock syumai/workers shim. The
// Worker's own build (main.go) does not use it, so it carries no net/http.
func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	req := &Request{
		Method:        r.Method,
		Path:          r.URL.EscapedPath(),
		Query:         r.URL.RawQuery,
		ContentLength: r.ContentLength,
	}
	for name, values := range r.Header {
		for _, v := range values {
			req.Header = append(req.Header, Field{name, v})
		}
	}
	// Read no body for a request that declares more than the cap (Handle
	// answers 413 from the length), and at most one byte past it otherwise.
	if r.Body != nil && r.ContentLength <= int64(a.maxBytes) {
		data, err := io.ReadAll(io.LimitReader(r.Body, int64(a.maxBytes)+1))
		if err != nil {
			writeResponse(w, errorResponse(400, "bad_body", "the request body could not be read; send the file again"))
			return
		}
		req.Body = data
	}
	writeResponse(w, a.Handle(req))
}

func writeResponse(w http.ResponseWriter, res *Response) {
	h := w.Header()
	for _, f := range res.Header {
		h.Set(f.Name, f.Value)
	}
	if h.Get("Content-Length") == "" {
		h.Set("Content-Length", strconv.Itoa(len(res.Body)))
	}
	w.WriteHeader(res.Status)
	w.Write(res.Body)
}
