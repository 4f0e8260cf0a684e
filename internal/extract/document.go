// Package extract turns the bytes of a résumé (PDF, DOCX, plain text) into a
// Document: pages of lines of spans, in reading order. It knows nothing about
// résumés; it only reads files, and refuses bad ones with a typed error.
package extract

// Document is what a file says, in reading order.
type Document struct {
	Format string `json:"format"` // "pdf", "docx", "text"
	Pages  []Page `json:"pages"`
	// Links are link targets (PDF URI annotations, DOCX hyperlinks) with the
	// text they sit on.
	Links []Link `json:"links,omitempty"`
	// Hidden is text a reader cannot see (white on white, tiny, off the
	// page, clipped, invisible): kept out of the lines, listed here.
	Hidden []Hidden `json:"hidden,omitempty"`
	// TotalPages counts every page, including pages past the page cap.
	TotalPages int `json:"totalPages,omitempty"`
}

// Page is one page of the document; a text file is a single page.
type Page struct {
	Number int     `json:"number"` // 1-based
	Width  float64 `json:"width,omitempty"`
	Height float64 `json:"height,omitempty"`
	Lines  []Line  `json:"lines"`
	Images int     `json:"images,omitempty"`
	// ImageCover is the share of the page covered by images (0–1); a page
	// with images and no text is a scan.
	ImageCover float64 `json:"imageCover,omitempty"`
	// Columns describes a multi-column layout, left to right; empty for a
	// single column.
	Columns []Column `json:"columns,omitempty"`
}

// Column is one column of a multi-column page.
type Column struct {
	X    float64 `json:"x"`
	W    float64 `json:"w"`
	Role string  `json:"role"` // "main" or "sidebar"
}

// Line is one line of text as a reader would see it.
type Line struct {
	Number int     `json:"number"` // 1-based within its page
	Text   string  `json:"text"`
	Spans  []Span  `json:"spans,omitempty"`
	X      float64 `json:"x,omitempty"`
	Y      float64 `json:"y,omitempty"` // top of the line, from the top of the page
	W      float64 `json:"w,omitempty"`
	Size   float64 `json:"size,omitempty"`
	Bold   bool    `json:"bold,omitempty"`
	// Block numbers the text blocks of a page in reading order (1-based);
	// lines of one paragraph share a block.
	Block int `json:"block,omitempty"`
	// Column is the 1-based index into Page.Columns, 0 when the line spans
	// the page or the page has one column.
	Column int `json:"column,omitempty"`
	// Band is "header" or "footer" for running heads, page numbers and
	// footers; "" for body text.
	Band string `json:"band,omitempty"`
	// In is "table" or "textbox" for DOCX text inside those (some ATS skip
	// them); "" otherwise.
	In string `json:"in,omitempty"`
}

// Span is a run of text in one font.
type Span struct {
	Text   string  `json:"text"`
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	W      float64 `json:"w"`
	Font   string  `json:"font,omitempty"`
	Size   float64 `json:"size,omitempty"`
	Bold   bool    `json:"bold,omitempty"`
	Italic bool    `json:"italic,omitempty"`
	URI    string  `json:"uri,omitempty"`
}

// Link is a link target and the text it is attached to.
type Link struct {
	Page int    `json:"page"`
	Line int    `json:"line,omitempty"` // 0 when no visible text lies under it
	Text string `json:"text,omitempty"`
	URI  string `json:"uri"`
}

// Hidden is text that is in the file but not visible to a reader.
type Hidden struct {
	Page   int    `json:"page"`
	Text   string `json:"text"`
	Reason string `json:"reason"` // "invisible", "transparent", "tiny", "offpage", "clipped", "same color as background"
}

// Text returns the whole document as text, one line per line, pages
// separated by a form feed as pdftotext does.
func (d *Document) Text() string {
	var b []byte
	for i, p := range d.Pages {
		if i > 0 {
			b = append(b, '\f')
		}
		for _, l := range p.Lines {
			b = append(b, l.Text...)
			b = append(b, '\n')
		}
	}
	return string(b)
}

// WordCount counts whitespace-separated words over all pages.
func (d *Document) WordCount() int {
	n := 0
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			// Bytes will do: the two spaces are ASCII, and every byte of a
			// longer character is not one.
			in := false
			for i := 0; i < len(l.Text); i++ {
				sp := l.Text[i] == ' ' || l.Text[i] == '\t'
				if !sp && !in {
					n++
				}
				in = !sp
			}
		}
	}
	return n
}
