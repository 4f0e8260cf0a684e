package extract

import (
	"regexp"
	"strings"
)

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
		t := strings.TrimRight(tabRunRe.ReplaceAllString(r, "\t"), " \t")
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

var tabRunRe = regexp.MustCompile(`[ ]*\t[\t ]*`)

var (
	mdHeadingRe = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdListRe    = regexp.MustCompile(`^(\s*)(?:[-*+]|\d{1,2}[.)])\s+(.*)$`)
	mdLinkRe    = regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	mdAutoRe    = regexp.MustCompile(`<((?:https?://|mailto:)[^>\s]+)>`)
	mdEmphRe    = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)|(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_]([^\w*]|$)`)
	mdRuleRe    = regexp.MustCompile(`^\s*(?:[-*_]\s*){3,}$`)
)

// isMarkdown says whether text uses Markdown: ATX headings plus links or
// emphasis, the marks a plain-text résumé does not carry.
func isMarkdown(lines []string) bool {
	headings, marks := 0, 0
	for _, l := range lines {
		if mdHeadingRe.MatchString(l) {
			headings++
		}
		if mdLinkRe.MatchString(l) || strings.Contains(l, "**") || strings.Contains(l, "__") {
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
		if fenced || mdRuleRe.MatchString(r) || strings.TrimSpace(r) == "" {
			continue
		}
		l := Line{Size: 10}
		text := r
		if m := mdHeadingRe.FindStringSubmatch(r); m != nil {
			text, l.Bold, l.Size = m[2], true, float64(22-2*len(m[1]))
		} else if m := mdListRe.FindStringSubmatch(r); m != nil {
			text = "• " + m[2]
			if m[1] != "" {
				text = "  " + text
			}
		}
		var uris []string
		text = mdLinkRe.ReplaceAllStringFunc(text, func(s string) string {
			m := mdLinkRe.FindStringSubmatch(s)
			uris = append(uris, m[2])
			if strings.HasPrefix(s, "!") {
				return "" // an image shows nothing to an ATS
			}
			return m[1]
		})
		text = mdAutoRe.ReplaceAllString(text, "$1")
		for i := 0; i < 3 && mdEmphRe.MatchString(text); i++ {
			text = mdEmphRe.ReplaceAllString(text, "$2$4$5$6")
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
