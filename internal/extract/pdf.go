package extract

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/unicode/norm"
)

// readPDF reads the text of a PDF through ledongthuc/pdf. The library can
// panic on malformed files, so every call into it is guarded.
func readPDF(ctx context.Context, data []byte, lim Limits) (doc *Document, err error) {
	var r *pdf.Reader
	if err := guard(func() error {
		var e error
		r, e = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
		return e
	}); err != nil {
		if strings.Contains(strings.ToLower(err.Error()), "encrypt") || strings.Contains(err.Error(), "password") {
			return nil, errorf(KindEncrypted, "%v", err)
		}
		return nil, errorf(KindDamaged, "%v", err)
	}
	var n int
	if err := guard(func() error { n = r.NumPage(); return nil }); err != nil {
		return nil, errorf(KindDamaged, "%v", err)
	}
	if n == 0 {
		return nil, errorf(KindDamaged, "no pages")
	}
	n = min(n, lim.MaxPages)
	doc = &Document{Format: "pdf"}
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return nil, errorf(KindTimeout, "%v", err)
		}
		var page Page
		if err := guard(func() error { page = readPage(r.Page(i)); return nil }); err != nil {
			return nil, errorf(KindDamaged, "page %d: %v", i, err)
		}
		page.Number = i
		doc.Pages = append(doc.Pages, page)
	}
	if doc.WordCount() == 0 {
		return nil, errorf(KindNoText, "%d pages, no text", n)
	}
	return doc, nil
}

// guard turns a panic inside the PDF library into an error.
func guard(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdf library: %v", p)
		}
	}()
	return f()
}

// readPage groups the page's glyphs into lines in drawing order, inserting a
// space where the gap between glyphs is wider than a fraction of the font size.
func readPage(p pdf.Page) Page {
	var pg Page
	if box := p.V.Key("MediaBox"); box.Len() == 4 {
		pg.Width = box.Index(2).Float64() - box.Index(0).Float64()
		pg.Height = box.Index(3).Float64() - box.Index(1).Float64()
	}
	glyphs := p.Content().Text
	var cur *Line
	var lastX, lastY, lastEnd float64
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			cur.Text = strings.TrimSpace(norm.NFKC.String(cur.Text))
			pg.Lines = append(pg.Lines, *cur)
		}
		cur = nil
	}
	for _, g := range glyphs {
		// Content() appends a junk glyph after every TJ array; in CID fonts it
		// decodes to U+FFFD. The full text layer replaces this reader.
		if g.S == "" || g.S == "\ufffd" {
			continue
		}
		size := math.Max(g.FontSize, 1)
		newLine := cur == nil || math.Abs(g.Y-lastY) > size*0.5 || g.X < lastX-size
		if newLine {
			flush()
			cur = &Line{X: g.X, Y: pg.Height - g.Y - size, Size: size}
		} else if g.X-lastEnd > size*0.15 && !strings.HasSuffix(cur.Text, " ") && g.S != " " {
			cur.Text += " "
		}
		if cur.Text == "" && strings.TrimSpace(g.S) == "" {
			continue
		}
		cur.Text += g.S
		cur.Size = math.Max(cur.Size, size)
		if isBold(g.Font) {
			cur.Bold = true
		}
		lastX, lastY, lastEnd = g.X, g.Y, g.X+g.W
	}
	flush()
	for i := range pg.Lines {
		pg.Lines[i].Number = i + 1
	}
	return pg
}

func isBold(font string) bool {
	f := strings.ToLower(font)
	return strings.Contains(f, "bold") || strings.Contains(f, "black") || strings.Contains(f, "heavy")
}
