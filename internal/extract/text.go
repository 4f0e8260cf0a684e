package extract

import (
	"strings"
)

// readText makes a one-page Document of plain text or Markdown.
func readText(data []byte) *Document {
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	p := Page{Number: 1}
	for _, raw := range strings.Split(s, "\n") {
		t := strings.TrimRight(strings.ReplaceAll(raw, "\t", " "), " ")
		if strings.TrimSpace(t) == "" {
			continue
		}
		p.Lines = append(p.Lines, Line{Number: len(p.Lines) + 1, Text: t})
	}
	return &Document{Format: "text", Pages: []Page{p}}
}
