package check

import (
	"fmt"
	"strings"
)

// Test helper: a minimal PDF, so that the layout checks (font sizes, fonts,
// density) have real files to read in the shared pass/fail cases.

// pdfRun is one line of text drawn on a page: font 1 Helvetica, 2 Times,
// 3 Courier; x and y in points from the bottom left.
type pdfRun struct {
	Font       int
	Size, X, Y float64
	Text       string
}

// makePDF returns a PDF of letter-size pages holding the given runs.
func makePDF(pages ...[]pdfRun) string {
	var objs []string
	// 1 catalog, 2 pages, 3–5 fonts, then a page and its content per page.
	kids := make([]string, len(pages))
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 6+2*i)
	}
	objs = append(objs,
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
	for i, runs := range pages {
		var b strings.Builder
		for _, r := range runs {
			t := winAnsi(strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(r.Text))
			fmt.Fprintf(&b, "BT /F%d %g Tf %g %g Td (%s) Tj ET\n", r.Font, r.Size, r.X, r.Y, t)
		}
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>", 7+2*i),
			fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", b.Len(), b.String()))
	}
	var out strings.Builder
	out.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return out.String()
}

// pdfResume lays out a short résumé: a name, headings and body lines, one
// font and size for the body, from the top of the page down.
func pdfResume(font int, bodySize float64, body []string) []pdfRun {
	runs := []pdfRun{{Font: font, Size: 20, X: 72, Y: 740, Text: "Jane Doe"}}
	y := 710.0
	for _, t := range body {
		size := bodySize
		if t == strings.ToUpper(t) && len(t) < 20 {
			size = bodySize + 2 // a heading
		}
		runs = append(runs, pdfRun{Font: font, Size: size, X: 72, Y: y, Text: t})
		y -= size * 1.4
	}
	return runs
}

// winAnsi encodes text for a WinAnsiEncoding font: Latin-1 as is, and the
// typographic marks résumés use at their Windows-1252 codes.
func winAnsi(s string) string {
	special := map[rune]byte{'•': 0x95, '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94, '€': 0x80}
	var b []byte
	for _, r := range s {
		switch c, ok := special[r]; {
		case ok:
			b = append(b, c)
		case r < 256:
			b = append(b, byte(r))
		default:
			b = append(b, '?')
		}
	}
	return string(b)
}
