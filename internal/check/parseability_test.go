package check

import (
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/extract"
)

// page builds a PDF-like page from lines of text.
func page(n int, texts ...string) extract.Page {
	p := extract.Page{Number: n, Width: 612, Height: 792}
	for i, t := range texts {
		p.Lines = append(p.Lines, extract.Line{Number: i + 1, Text: t, X: 72, Y: float64(72 + 14*i), Size: 10.5})
	}
	return p
}

func pdf(pages ...extract.Page) *extract.Document {
	return &extract.Document{Format: "pdf", Pages: pages}
}

var plainPage = []string{"Jane Doe", "jane@example.com · +1 312 555 0123", "Experience", "Backend Engineer, Acme — 2020 – Present",
	"• Built a billing API serving 2M customers.", "Education", "B.S. in Computer Science, State University, 2019", "Skills", "Go, Python, SQL"}

func withLines(f func(p *extract.Page)) *extract.Document {
	p := page(1, plainPage...)
	f(&p)
	return pdf(p)
}

var _ = addDocCase("parseability.scanned-pages",
	[]*Input{docInput(pdf(page(1, plainPage...)), 0)},
	[]*Input{docInput(pdf(page(1, plainPage...), extract.Page{Number: 2, Images: 1, ImageCover: 0.95}), 0)})

var _ = addDocCase("parseability.columns",
	[]*Input{docInput(pdf(page(1, plainPage...)), 0)},
	[]*Input{docInput(withLines(func(p *extract.Page) {
		p.Columns = []extract.Column{{X: 36, W: 160, Role: "sidebar"}, {X: 210, W: 360, Role: "main"}}
		p.Lines[8].Column = 1
	}), 0)})

var _ = addDocCase("parseability.header-footer",
	[]*Input{docInput(pdf(page(1, plainPage...)), 0)},
	[]*Input{docInput(withLines(func(p *extract.Page) { p.Lines[1].Band = "header" }), 0)})

var _ = addDocCase("parseability.hidden-text",
	[]*Input{docInput(pdf(page(1, plainPage...)), 0)},
	[]*Input{
		docInput(&extract.Document{Format: "pdf", Pages: []extract.Page{page(1, plainPage...)},
			Hidden: []extract.Hidden{{Page: 1, Text: "Kubernetes Kafka AWS Terraform", Reason: "tiny"}}}, 0),
		docInput(&extract.Document{Format: "pdf", Pages: []extract.Page{page(1, plainPage...)},
			Hidden: []extract.Hidden{{Page: 1, Text: "lorem", Reason: "same color as background"}}}, 0),
	})

var _ = addCase("parseability.junk-characters",
	[]string{"Jane Doe\nEmail: jane@example.com\n"},
	[]string{"Jane Doe\n\uf0e0 jane@example.com \ufffd\n"})

var _ = addCase("parseability.letter-spacing",
	[]string{"Jane Doe\nEXPERIENCE\n"},
	[]string{"Jane Doe\nE X P E R I E N C E\n"})

var _ = addCase("parseability.template-text",
	[]string{"Jane Doe\nBackend Engineer, Acme Payments, Chicago, IL\n"},
	[]string{"Your Name\nJob Title 1 — Company Name, City, State\n", "Jane Doe\nLorem ipsum dolor sit amet.\n"})

func docx(f func(l []extract.Line)) *extract.Document {
	p := page(1, plainPage...)
	f(p.Lines)
	return &extract.Document{Format: "docx", Pages: []extract.Page{p}}
}

var _ = addDocCase("parseability.tables",
	[]*Input{docInput(docx(func([]extract.Line) {}), 0)},
	[]*Input{docInput(docx(func(l []extract.Line) {
		for i := 3; i < 7; i++ {
			l[i].In = "table"
		}
	}), 0)})

var _ = addDocCase("parseability.text-boxes",
	[]*Input{docInput(docx(func([]extract.Line) {}), 0)},
	[]*Input{docInput(docx(func(l []extract.Line) { l[8].In = "textbox" }), 0)})

var _ = addDocCase("parseability.images",
	[]*Input{docInput(pdf(page(1, plainPage...)), 0)},
	[]*Input{docInput(withLines(func(p *extract.Page) { p.Images = 1; p.ImageCover = 0.05 }), 0)})

func linked(text, uri string) *extract.Document {
	d := pdf(page(1, plainPage...))
	d.Links = []extract.Link{{Page: 1, Line: 2, Text: text, URI: uri}}
	return d
}

var _ = addDocCase("parseability.link-text",
	[]*Input{docInput(linked("linkedin.com/in/jane-doe", "https://www.linkedin.com/in/jane-doe/"), 0)},
	[]*Input{docInput(linked("LinkedIn", "https://www.linkedin.com/in/jane-doe"), 0), docInput(linked("", "https://github.com/jdoe"), 0)})

var _ = addDocCase("parseability.file-size",
	[]*Input{docInput(pdf(page(1, plainPage...)), 90<<10)},
	[]*Input{docInput(pdf(page(1, plainPage...)), 3<<20), docInput(pdf(page(1, plainPage...)), 6<<20)})

// styled makes a page whose headings (marked "#") are bold and larger, as a
// PDF's would be.
func styled(texts ...string) *extract.Document {
	var plain []string
	for _, t := range texts {
		plain = append(plain, strings.TrimPrefix(t, "#"))
	}
	p := page(1, plain...)
	for i, t := range texts {
		if strings.HasPrefix(t, "#") {
			p.Lines[i].Bold, p.Lines[i].Size = true, 14
		}
	}
	return pdf(p)
}

var _ = addDocCase("parseability.coverage",
	[]*Input{docInput(styled("Jane Doe", "jane@example.com", "#Experience", "Backend Engineer, Acme — 2020 – Present",
		"• Built a billing API.", "#Education", "B.S., State University", "#Skills", "Go, SQL"), 0)},
	[]*Input{docInput(styled("Jane Doe", "jane@example.com", "#Experience", "Backend Engineer, Acme — 2020 – Present",
		"#My Journey", "I grew up by the sea.", "Then I moved to the city.", "There I learnt to code.", "Later I found my calling.",
		"#Education", "B.S., State University"), 0)})

func TestLetterSpaced(t *testing.T) {
	for s, want := range map[string]bool{"E X P E R I E N C E": true, "C O N TA C T": false, "A B C": false, "I am a dev": false} {
		if letterSpaced(s) != want {
			t.Errorf("letterSpaced(%q) = %v", s, !want)
		}
	}
}
