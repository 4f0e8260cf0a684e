package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

func decodeStrict(name string, b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// encode writes v as indented JSON with arrays of strings kept on one line, so a data file stays
// small and a reviewer sees one keyword group per line.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	var out strings.Builder
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if strings.HasSuffix(l, "[") {
			// gather the scalar items up to the closing bracket
			j := i + 1
			var items []string
			scalar := true
			for ; j < len(lines); j++ {
				t := strings.TrimSpace(lines[j])
				if t == "]" || t == "]," {
					break
				}
				if strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
					scalar = false
					break
				}
				items = append(items, strings.TrimSuffix(t, ","))
			}
			if scalar && j < len(lines) {
				out.WriteString(l)
				out.WriteString(strings.Join(items, ", "))
				out.WriteString(strings.TrimSpace(lines[j]))
				out.WriteByte('\n')
				i = j
				continue
			}
		}
		out.WriteString(l)
		out.WriteByte('\n')
	}
	return []byte(out.String()), nil
}
