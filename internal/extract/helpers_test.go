package extract

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"strings"
	"testing"
)

// testPDF builds small PDFs for tests: objects are numbered from 1 in the
// order added; object 1 is the catalog, 2 the page tree.
type testPDF struct {
	objs    []string
	pages   []int
	trailer string // extra trailer entries
	noXref  bool   // write no cross-reference table (the reader must rebuild it)
}

func newTestPDF() *testPDF {
	p := &testPDF{}
	p.add("<< /Type /Catalog /Pages 2 0 R >>")
	p.add("") // the page tree, written last
	return p
}

func (p *testPDF) add(obj string) int {
	p.objs = append(p.objs, obj)
	return len(p.objs)
}

// stream adds a stream object; extra goes into its dictionary.
func (p *testPDF) stream(data, extra string) int {
	return p.add(fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), extra, data))
}

// flateStream adds a compressed stream.
func (p *testPDF) flateStream(data, extra string) int {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(data))
	w.Close()
	return p.add(fmt.Sprintf("<< /Length %d /Filter /FlateDecode %s >>\nstream\n%s\nendstream", b.Len(), extra, b.String()))
}

// helvetica adds a simple font with real widths for ASCII.
func (p *testPDF) helvetica() int {
	var w []string
	for c := 32; c < 127; c++ {
		w = append(w, fmt.Sprint(helveticaW[c-32]))
	}
	return p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + strings.Join(w, " ") + "] >>")
}

// page adds a page with the given content and resources.
func (p *testPDF) page(content, resources string) int {
	c := p.stream(content, "")
	id := p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources %s >>", c, resources))
	p.pages = append(p.pages, id)
	return id
}

func (p *testPDF) bytes() []byte {
	var kids []string
	for _, k := range p.pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", k))
	}
	p.objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(p.pages))
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(p.objs)+1)
	for i, o := range p.objs {
		offs[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	if !p.noXref {
		fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(p.objs)+1)
		for _, o := range offs[1:] {
			fmt.Fprintf(&b, "%010d 00000 n \n", o)
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(p.objs)+1, p.trailer, x)
	return b.Bytes()
}

// onePage builds a one-page PDF with Helvetica as /F1.
func onePage(content string) []byte {
	p := newTestPDF()
	f := p.helvetica()
	p.page(content, fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f))
	return p.bytes()
}

func mustRead(t *testing.T, data []byte) *Document {
	t.Helper()
	doc, err := Read(context.Background(), data, Limits{})
	if err != nil {
		t.Fatalf("Read: %v (%#v)", err, err)
	}
	return doc
}

func readKind(data []byte) Kind {
	_, err := Read(context.Background(), data, Limits{})
	if e, ok := err.(*Error); ok {
		return e.Kind
	}
	if err != nil {
		return "untyped"
	}
	return ""
}

func lines(d *Document) []string {
	var out []string
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			out = append(out, l.Text)
		}
	}
	return out
}

func readPDFForTest(data []byte) (*Document, error) {
	return Read(context.Background(), data, Limits{})
}
