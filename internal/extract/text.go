package extract

import "strings"

// maxLineRunes caps a line of plain text; longer lines (a pasted blob, a
// hostile file) are cut at spaces, so that no later step works on a
// megabyte-long line.
const maxLineRunes = 1000

// readText makes a one-page Document of plain text or Markdown.
func readText(data []byte) *Document {
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raw := strings.Split(s, "\n")
	if isMarkdown(raw) {
		return readMarkdown(raw)
	}
	p := Page{Number: 1}
	for _, r := range raw {
		// Tabs stay: they set fields apart ("Engineer\tJan 2020 – Present").
		t := strings.TrimRight(collapseTabRuns(r), " \t")
		if strings.TrimSpace(t) == "" {
			continue
		}
		for _, piece := range cutLong(t) {
			p.Lines = append(p.Lines, Line{Number: len(p.Lines) + 1, Text: piece})
		}
	}
	return &Document{Format: "text", Pages: []Page{p}}
}

// cutLong splits a line longer than maxLineRunes at spaces.
func cutLong(t string) []string {
	if len(t) <= maxLineRunes {
		return []string{t}
	}
	var out []string
	for len(t) > maxLineRunes {
		cut := strings.LastIndexByte(t[:maxLineRunes], ' ')
		if cut <= 0 {
			cut = maxLineRunes
			for cut > 0 && t[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
				cut--
			}
		}
		out = append(out, strings.TrimSpace(t[:cut]))
		t = strings.TrimSpace(t[cut:])
	}
	if t != "" {
		out = append(out, t)
	}
	return out
}

// isMarkdown says whether text uses Markdown: ATX headings plus links or
// emphasis, the marks a plain-text résumé does not carry.
func isMarkdown(lines []string) bool {
	headings, marks := 0, 0
	for _, l := range lines {
		if _, _, ok := mdHeading(l); ok {
			headings++
		}
		if hasMdLink(l) || strings.Contains(l, "**") || strings.Contains(l, "__") {
			marks++
		}
	}
	return headings >= 2 || headings >= 1 && marks >= 1
}

// readMarkdown reads Markdown as a reader sees it rendered: headings bold
// and larger (one size per level), list items as bullets, emphasis and link
// syntax removed, link targets kept as Links.
func readMarkdown(raw []string) *Document {
	doc := &Document{Format: "markdown"}
	p := Page{Number: 1}
	fenced := false
	for _, r := range raw {
		if strings.HasPrefix(strings.TrimSpace(r), "```") {
			fenced = !fenced
			continue
		}
		if fenced || isMdRule(r) || strings.TrimSpace(r) == "" {
			continue
		}
		l := Line{Size: 10}
		text := r
		if level, h, ok := mdHeading(r); ok {
			text, l.Bold, l.Size = h, true, float64(22-2*level)
		} else if indented, item, ok := mdListItem(r); ok {
			text = "• " + item
			if indented {
				text = "  " + text
			}
		}
		var uris []string
		text = replaceMdLinks(text, func(label, target string, image bool) string {
			uris = append(uris, target)
			if image {
				return "" // an image shows nothing to an ATS
			}
			return label
		})
		text = unwrapAutolinks(text)
		for i := 0; i < 3; i++ {
			var found bool
			if text, found = replaceMdEmphasis(text); !found {
				break
			}
		}
		text = strings.TrimRight(strings.ReplaceAll(text, "\\", ""), " ")
		if strings.TrimSpace(text) == "" {
			continue
		}
		for _, piece := range cutLong(text) {
			l.Text, l.Number = piece, len(p.Lines)+1
			p.Lines = append(p.Lines, l)
		}
		for _, u := range uris {
			doc.Links = append(doc.Links, Link{Page: 1, Line: len(p.Lines), Text: strings.TrimSpace(text), URI: u})
		}
	}
	doc.Pages = []Page{p}
	return doc
}
