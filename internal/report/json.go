package report

// JSON encodes a report the one way every face does, so that the CLI, the
// browser and the edge return the same bytes: compact, HTML-escaped, ending
// in a newline — what json.NewEncoder(w).Encode(r) writes, produced by the
// small encoder in json_encode.go so that the WebAssembly builds need not
// carry encoding/json.
func JSON(r *Report) ([]byte, error) {
	return encodeJSON(r)
}
