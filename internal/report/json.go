package report

import "github.com/resumescore/resumescore/internal/parse"

// JSON encodes a report the one way every face does, so that the CLI, the
// browser and the edge return the same bytes: compact, HTML-escaped, ending
// in a newline — what json.NewEncoder(w).Encode(r) writes, produced by the
// small encoder in json_encode.go so that the WebAssembly builds need not
// carry encoding/json.
func JSON(r *Report) ([]byte, error) {
	return encodeJSON(r)
}

// ResumeJSON encodes a parsed résumé with the same encoder, for `resumescore
// parse` and the edge's /v1/parse.
func ResumeJSON(r *parse.Resume) ([]byte, error) {
	return encodeJSON(r)
}
