// Package extract turns the bytes of a résumé (PDF, DOCX, plain text) into a
// Document: pages of lines of spans, in reading order. It knows nothing about
// résumés; it only reads files, and refuses bad ones with a typed error.
package extract

// Document is what a file says, in reading order.
type Document struct {
	Format string `json:"format"` // "pdf", "docx", "text"
	Pages  []Page `json:"pages"`
}

// Page is one page of the document; a text file is a single page.
type Page struct {
	Number int     `json:"number"` // 1-based
	Width  float64 `json:"width,omitempty"`
	Height float64 `json:"height,omitempty"`
	Lines  []Line  `json:"lines"`
	Images int     `json:"images,omitempty"`
}

// Line is one line of text as a reader would see it.
type Line struct {
	Number int     `json:"number"` // 1-based within its page
	Text   string  `json:"text"`
	Spans  []Span  `json:"spans,omitempty"`
	X      float64 `json:"x,omitempty"`
	Y      float64 `json:"y,omitempty"` // top of the line, from the top of the page
	Size   float64 `json:"size,omitempty"`
	Bold   bool    `json:"bold,omitempty"`
}

// Span is a run of text in one font.
type Span struct {
	Text string  `json:"text"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	Font string  `json:"font,omitempty"`
	Size float64 `json:"size,omitempty"`
	Bold bool    `json:"bold,omitempty"`
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
			in := false
			for _, r := range l.Text {
				sp := r == ' ' || r == '\t'
				if !sp && !in {
					n++
				}
				in = !sp
			}
		}
	}
	return n
}
