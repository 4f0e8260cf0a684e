package report

import (
	"bytes"
	"encoding/json"
)

// JSON encodes a report the one way every face does, so that the CLI, the
// browser and the edge return the same bytes: compact, HTML-escaped, ending
// in a newline.
func JSON(r *Report) ([]byte, error) {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
