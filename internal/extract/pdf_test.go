package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestWordsFromGaps(t *testing.T) {
	cases := []struct {
		name, content string
		want          []string
	}{
		{"TJ kerning makes the spaces",
			"BT /F1 12 Tf 72 700 Td [(Georgia)-333(Institute)-333(of)-333(Technology)] TJ ET",
			[]string{"Georgia Institute of Technology"}},
		{"small kerning stays inside a word",
			"BT /F1 12 Tf 72 700 Td [(W)40(ork)] TJ ET",
			[]string{"Work"}},
		{"Td moves between words",
			"BT /F1 12 Tf 72 700 Td (Atlanta,) Tj 45 0 Td (GA) Tj ET",
			[]string{"Atlanta, GA"}},
		{"explicit spaces",
			"BT /F1 12 Tf 72 700 Td (Hello world) Tj ET",
			[]string{"Hello world"}},
		{"T* and TL make lines",
			"BT /F1 12 Tf 14 TL 72 700 Td (one) Tj T* (two) Tj ET",
			[]string{"one", "two"}},
		{"text drawn right to left still reads left to right",
			"BT /F1 12 Tf 1 0 0 1 101 700 Tm (world) Tj 1 0 0 1 72 700 Tm (hello) Tj ET",
			[]string{"hello world"}},
		{"word spacing Tw widens code 32",
			"BT /F1 12 Tf 5 Tw 72 700 Td (a b) Tj ET",
			[]string{"a b"}},
		{"letter-spaced capitals read as one word",
			"BT /F1 10 Tf 3 Tc 72 700 Td [(C)-300(O)-300(N)-300(T)-300(A)-300(C)-300(T)] TJ ET",
			[]string{"CONTACT"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lines(mustRead(t, onePage(c.content)))
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestLigaturesAndJunkFolded(t *testing.T) {
	// Code 0xAE is "fi" in StandardEncoding; a TJ array's end adds nothing.
	p := newTestPDF()
	f := p.add("<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Differences [1 /f_f_i 2 /uniFB02] >> >>")
	p.page("BT /F1 12 Tf 72 700 Td [(o\\001ce)] TJ 0 -20 Td [(\\002ow)] TJ ET", fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f))
	got := lines(mustRead(t, p.bytes()))
	if strings.Join(got, "|") != "office|flow" {
		t.Errorf("got %q", got)
	}
}

func TestCIDFontWidthsAndToUnicode(t *testing.T) {
	// Identity-H codes 1..3 → "Ada", widths from /W; a gap made by TJ.
	p := newTestPDF()
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n" +
		"2 beginbfchar <0001> <0041> <0003> <0061> endbfchar\n1 beginbfrange <0002> <0002> <0064> endbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end"
	tu := p.stream(cmap, "")
	desc := p.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Lato-Bold /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [600 550 500]] >>")
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Lato-Bold /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", desc, tu))
	p.page("BT /F1 10 Tf 72 700 Td [<000100020003>-400<000100020003>] TJ ET", fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f))
	doc := mustRead(t, p.bytes())
	if got := lines(doc); len(got) != 1 || got[0] != "Ada Ada" {
		t.Fatalf("got %q", got)
	}
	l := doc.Pages[0].Lines[0]
	if !l.Bold || l.Spans[0].Font != "Lato-Bold" || l.Size != 10 {
		t.Errorf("span facts: %+v", l)
	}
}

func TestFormXObjectText(t *testing.T) {
	// Text two Form XObjects deep, placed by their matrices (Canva-style);
	// a form that draws itself must not loop.
	p := newTestPDF()
	f := p.helvetica()
	inner := p.stream("BT /F1 12 Tf 0 0 Td (Inside) Tj ET /Loop Do", fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Resources << /Font << /F1 %d 0 R >> /XObject << /Loop 4 0 R >> >>", f))
	if inner != 4 {
		t.Fatalf("object numbering changed: %d", inner)
	}
	outer := p.stream("/In Do", fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [1 0 0 1 100 0] /Resources << /XObject << /In %d 0 R >> >>", inner))
	p.page("q 1 0 0 1 0 600 cm /Out Do Q", fmt.Sprintf("<< /XObject << /Out %d 0 R >> >>", outer))
	doc := mustRead(t, p.bytes())
	got := lines(doc)
	if len(got) == 0 || got[0] != "Inside" {
		t.Fatalf("got %q", got)
	}
	if l := doc.Pages[0].Lines[0]; l.X < 99 || l.X > 101 {
		t.Errorf("form matrix not applied: x=%v", l.X)
	}
}

func TestHiddenTextFlagged(t *testing.T) {
	content := strings.Join([]string{
		"BT /F1 12 Tf 72 700 Td (Visible words here) Tj ET",
		"q BT 1 1 1 rg /F1 12 Tf 72 650 Td (white keywords) Tj ET Q",
		"BT /F1 0.5 Tf 72 600 Td (tiny keywords) Tj ET",
		"q BT 3 Tr /F1 12 Tf 72 550 Td (invisible keywords) Tj ET Q",
		"BT /F1 12 Tf 900 500 Td (offpage keywords) Tj ET",
		"q 0 0 10 10 re W n BT /F1 12 Tf 300 300 Td (clipped keywords) Tj ET Q",
		"q 0 0 1 rg 0 100 612 50 re f BT 1 g /F1 12 Tf 72 120 Td (White on blue) Tj ET Q",
	}, "\n")
	doc := mustRead(t, onePage(content))
	got := strings.Join(lines(doc), "|")
	if got != "Visible words here|White on blue" {
		t.Errorf("visible text: %q", got)
	}
	reasons := map[string]string{}
	for _, h := range doc.Hidden {
		reasons[h.Text] = h.Reason
	}
	for text, why := range map[string]string{
		"white keywords": "same color as background", "tiny keywords": "tiny", "invisible keywords": "invisible",
		"offpage keywords": "offpage", "clipped keywords": "clipped",
	} {
		if reasons[text] != why {
			t.Errorf("%q: reason %q, want %q (all: %v)", text, reasons[text], why, reasons)
		}
	}
}

func TestTwoColumnsStayTogether(t *testing.T) {
	// A sidebar at x=40 and a main column at x=250, lines interleaved in
	// height and drawn interleaved: each column must come out whole.
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf ")
	for i := 0; i < 24; i++ {
		y := 740 - i*14
		fmt.Fprintf(&b, "1 0 0 1 40 %d Tm (Side %c line) Tj ", y-3, 'a'+i)
		fmt.Fprintf(&b, "1 0 0 1 250 %d Tm (Main %c line of the body text) Tj ", y, 'a'+i)
	}
	b.WriteString("ET")
	doc := mustRead(t, onePage(b.String()))
	got := lines(doc)
	if len(got) != 48 || !strings.HasPrefix(got[0], "Side a") || !strings.HasPrefix(got[23], "Side ") || !strings.HasPrefix(got[24], "Main a") {
		t.Fatalf("order: %q", got)
	}
	cols := doc.Pages[0].Columns
	if len(cols) != 2 || cols[0].Role != "sidebar" || cols[1].Role != "main" {
		t.Errorf("columns: %+v", cols)
	}
	if l := doc.Pages[0].Lines[0]; l.Column != 1 {
		t.Errorf("sidebar line column %d", l.Column)
	}
}

func TestRowLayoutIsNotColumns(t *testing.T) {
	// Dates right of each entry share the entry's baselines: each goes on its
	// entry's line, after a tab.
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf ")
	for i := 0; i < 4; i++ {
		y := 700 - i*60
		fmt.Fprintf(&b, "1 0 0 1 40 %d Tm (Company %d, Title) Tj 1 0 0 1 480 %d Tm (2020 - 2021) Tj ", y, i, y)
		fmt.Fprintf(&b, "1 0 0 1 40 %d Tm (Built things that mattered a lot) Tj ", y-14)
		fmt.Fprintf(&b, "1 0 0 1 40 %d Tm (Shipped more things, measured) Tj ", y-28)
	}
	b.WriteString("ET")
	doc := mustRead(t, onePage(b.String()))
	got := lines(doc)
	if len(doc.Pages[0].Columns) != 0 {
		t.Errorf("row layout taken for columns: %+v", doc.Pages[0].Columns)
	}
	if len(got) != 12 || got[0] != "Company 0, Title\t2020 - 2021" || got[3] != "Company 1, Title\t2020 - 2021" {
		t.Errorf("order: %q", got)
	}
}

func TestHeaderFooterBands(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	res := fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f)
	for i := 1; i <= 2; i++ {
		p.page(fmt.Sprintf("BT /F1 9 Tf 72 770 Td (Jane Doe - Resume) Tj ET BT /F1 11 Tf 72 600 Td (Body text on page %d) Tj ET BT /F1 9 Tf 300 30 Td (Page %d of 2) Tj ET", i, i), res)
	}
	doc := mustRead(t, p.bytes())
	for _, pg := range doc.Pages {
		if n := len(pg.Lines); n != 3 || pg.Lines[0].Band != "header" || pg.Lines[1].Band != "" || pg.Lines[2].Band != "footer" {
			t.Errorf("page %d: %+v", pg.Number, pg.Lines)
		}
	}
}

func TestHyphenationJoined(t *testing.T) {
	doc := mustRead(t, onePage("BT /F1 10 Tf 12 TL 72 700 Td (We built the infra-) Tj T* (structure for payments.) Tj T* (Soft\\255) Tj T* (hyphen here.) Tj ET"))
	got := strings.Join(lines(doc), "|")
	if got != "We built the infrastructure|for payments.|Softhyphen|here." {
		t.Errorf("got %q", got)
	}
}

func TestLinksAttached(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	a := p.add("<< /Type /Annot /Subtype /Link /Rect [70 695 200 712] /A << /S /URI /URI (https://example.com/jane) >> >>")
	bad := p.add("<< /Type /Annot /Subtype /Link /Rect [70 595 200 612] /A << /S /URI /URI (javascript:alert(1)) >> >>")
	c := p.stream("BT /F1 12 Tf 72 700 Td (example.com/jane) Tj ET", "")
	p.pages = append(p.pages, p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> /Annots [%d 0 R %d 0 R] >>", c, f, a, bad)))
	doc := mustRead(t, p.bytes())
	if len(doc.Links) != 1 || doc.Links[0].URI != "https://example.com/jane" || doc.Links[0].Line != 1 || doc.Links[0].Text != "example.com/jane" {
		t.Fatalf("links: %+v", doc.Links)
	}
	if s := doc.Pages[0].Lines[0].Spans[0]; s.URI != "https://example.com/jane" {
		t.Errorf("span not linked: %+v", s)
	}
}

func TestType3Font(t *testing.T) {
	p := newTestPDF()
	proc := p.stream("500 0 d0", "")
	f := p.add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /H %d 0 R /i %d 0 R >> /Encoding << /Type /Encoding /Differences [72 /H 105 /i] >> /FirstChar 72 /LastChar 105 /Widths [600 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 300] /Resources << >> >>", proc, proc))
	p.page("BT /F1 12 Tf 72 700 Td [(Hi)-1000(Hi)] TJ ET", fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f))
	if got := lines(mustRead(t, p.bytes())); len(got) != 1 || got[0] != "Hi Hi" {
		t.Errorf("got %q", got)
	}
}

func TestScannedPageIsNoText(t *testing.T) {
	p := newTestPDF()
	img := p.stream("\xff\xd8\xff", "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode")
	p.page("q 612 0 0 792 0 0 cm /Im0 Do Q", fmt.Sprintf("<< /XObject << /Im0 %d 0 R >> >>", img))
	_, err := readPDFForTest(p.bytes())
	e, ok := err.(*Error)
	if !ok || e.Kind != KindNoText || !strings.Contains(e.Detail, "1 images") {
		t.Fatalf("err %#v", err)
	}
	if !strings.Contains(e.Error(), "OCR") {
		t.Errorf("message does not say what to do: %s", e.Error())
	}
}

func TestRotatedPage(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	c := p.stream("BT /F1 12 Tf 0 1 -1 0 300 72 Tm (Sideways page text) Tj ET", "")
	p.pages = append(p.pages, p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate 90 /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", c, f)))
	doc := mustRead(t, p.bytes())
	if got := lines(doc); len(got) != 1 || got[0] != "Sideways page text" {
		t.Errorf("got %q", got)
	}
	if pg := doc.Pages[0]; pg.Width != 792 || pg.Height != 612 {
		t.Errorf("rotated size %vx%v", pg.Width, pg.Height)
	}
}

func TestInlineImageSkipped(t *testing.T) {
	doc := mustRead(t, onePage("BI /W 2 /H 1 /CS /G /BPC 8 ID \x00)(\xff EI BT /F1 12 Tf 72 700 Td (After image) Tj ET"))
	if got := lines(doc); len(got) != 1 || got[0] != "After image" || doc.Pages[0].Images != 1 {
		t.Errorf("got %q, images %d", got, doc.Pages[0].Images)
	}
}

func TestFiltersInContent(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	hex := fmt.Sprintf("%x>", "BT /F1 12 Tf 72 700 Td (Hex encoded) Tj ET")
	c := p.add(fmt.Sprintf("<< /Length %d /Filter /ASCIIHexDecode >>\nstream\n%s\nendstream", len(hex), hex))
	p.pages = append(p.pages, p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", c, f)))
	if got := lines(mustRead(t, p.bytes())); len(got) != 1 || got[0] != "Hex encoded" {
		t.Errorf("got %q", got)
	}
}
