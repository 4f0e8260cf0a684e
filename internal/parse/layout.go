package parse

import (
	"sort"
	"strings"

	"github.com/resumescore/resumescore/internal/extract"
)

// Layout is what the page looks like to a parser: the facts behind the
// parseability checks, in the parse output so that a reader sees them too.
type Layout struct {
	Format string `json:"format"`
	Pages  int    `json:"pages"`
	// Columns is the most text columns on any page; Sidebar says whether
	// one of them is a narrow sidebar.
	Columns int  `json:"columns"`
	Sidebar bool `json:"sidebar,omitempty"`
	// HeaderLines and FooterLines count lines in running heads and feet,
	// which many ATS skip.
	HeaderLines int `json:"headerLines,omitempty"`
	FooterLines int `json:"footerLines,omitempty"`
	// TableLines and TextBoxLines count DOCX lines inside tables and text
	// boxes.
	TableLines   int `json:"tableLines,omitempty"`
	TextBoxLines int `json:"textBoxLines,omitempty"`
	Images       int `json:"images,omitempty"`
	// Hidden counts pieces of text in the file that a reader cannot see.
	Hidden int `json:"hidden,omitempty"`
	// Fonts are the font names used, most used first; BodySize is the size
	// most text is set in (points; 0 when the format has none).
	Fonts    []string `json:"fonts"`
	BodySize float64  `json:"bodySize,omitempty"`
	Words    int      `json:"words"`
}

// readLayout gathers the layout facts of a document.
func readLayout(doc *extract.Document) *Layout {
	l := &Layout{Format: doc.Format, Pages: len(doc.Pages), Columns: 1, Hidden: len(doc.Hidden), Words: doc.WordCount(), Fonts: []string{}}
	if doc.TotalPages > l.Pages {
		l.Pages = doc.TotalPages
	}
	chars := map[string]int{}
	sizes := map[float64]int{}
	for _, p := range doc.Pages {
		l.Images += p.Images
		if len(p.Columns) > l.Columns {
			l.Columns = len(p.Columns)
		}
		for _, c := range p.Columns {
			if c.Role == "sidebar" {
				l.Sidebar = true
			}
		}
		for _, ln := range p.Lines {
			switch ln.Band {
			case "header":
				l.HeaderLines++
			case "footer":
				l.FooterLines++
			}
			switch ln.In {
			case "table":
				l.TableLines++
			case "textbox":
				l.TextBoxLines++
			}
			for _, s := range ln.Spans {
				if f := fontFamily(s.Font); f != "" {
					chars[f] += len(s.Text)
				}
				if s.Size > 0 {
					sizes[float64(int(s.Size*2+0.5))/2] += len(s.Text)
				}
			}
		}
	}
	for f := range chars {
		l.Fonts = append(l.Fonts, f)
	}
	sort.Slice(l.Fonts, func(i, j int) bool {
		a, b := l.Fonts[i], l.Fonts[j]
		return chars[a] > chars[b] || chars[a] == chars[b] && a < b
	})
	for s, n := range sizes {
		if n > sizes[l.BodySize] || n == sizes[l.BodySize] && s < l.BodySize {
			l.BodySize = s
		}
	}
	return l
}

// fontFamily drops a PDF subset prefix and the style suffix from a font
// name: "ABCDEF+Lato-Bold" → "Lato".
func fontFamily(name string) string {
	if i := strings.IndexByte(name, '+'); i == 6 {
		name = name[i+1:]
	}
	for _, sep := range []string{"-", ",", "_"} {
		if i := strings.Index(name, sep); i > 0 {
			name = name[:i]
		}
	}
	return strings.TrimSpace(name)
}
