package report

import "github.com/resumescore/resumescore/internal/parse"

//go:generate go run -tags genjson ./internal/genjson

// JSON encodes a report the one way every face does, so that the CLI, the
// browser and the edge return the same bytes: compact, HTML-escaped, ending
// in a newline — what json.NewEncoder(w).Encode(r) writes, produced by the
// generated encoder in json_gen.go so that the WebAssembly builds need not
// carry encoding/json.
func JSON(r *Report) ([]byte, error) {
	// A report is some tens of KB: start big enough that the buffer seldom
	// grows.
	return encodeReportJSON(make([]byte, 0, 64<<10), r)
}

// ResumeJSON encodes a parsed résumé with the same encoder, for `resumescore
// parse` and the edge's /v1/parse.
func ResumeJSON(r *parse.Resume) ([]byte, error) {
	return encodeResumeJSON(make([]byte, 0, 16<<10), r)
}
