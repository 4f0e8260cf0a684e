package extract

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"time"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`

func buildDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, body := range parts {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	z.Close()
	return b.Bytes()
}

func para(inner string) string { return "<w:p>" + inner + "</w:p>" }
func run(text string) string   { return `<w:r><w:t xml:space="preserve">` + text + "</w:t></w:r>" }

func TestDOCX(t *testing.T) {
	body := strings.Join([]string{
		para(`<w:pPr><w:pStyle w:val="Title"/></w:pPr>` + run("Jane Doe")),
		para(run("jane@example.com | ") + `<w:hyperlink r:id="rId9">` + run("linkedin.com/in/jane") + `</w:hyperlink>`),
		para(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` + run("Led a team of 5")),
		para(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>` + run("First step")),
		para(`<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>` + run("Second step")),
		para(run("Line one") + `<w:r><w:br/><w:t>Line two</w:t></w:r>`),
		para(run("Visible") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden keywords</w:t></w:r>` + `<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>white keywords</w:t></w:r>`),
		para(`<w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r>` + run(" and ") + `<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>plain</w:t></w:r>`),
		"<w:tbl><w:tr><w:tc>" + para(run("Sidebar cell")) + "</w:tc><w:tc>" + para(run("Main cell with the most text of all")) + "</w:tc></w:tr></w:tbl>",
		para(run("Anchor") + `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` + para(run("In a text box")) +
			`</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + para(run("In a text box")) + `</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
		para(`<w:r><w:rPr><w:b/></w:rPr><w:t>Intern</w:t></w:r><w:r><w:br w:type="page"/></w:r>`),
		para(run("On page two")),
	}, "")
	numbering := `<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uf0b7" + `"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`
	styles := `<w:styles ` + wNS + `><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style></w:styles>`
	data := buildDOCX(t, map[string]string{
		"[Content_Types].xml":          `<Types/>`,
		"word/document.xml":            `<w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`,
		"word/numbering.xml":           numbering,
		"word/styles.xml":              styles,
		"word/header1.xml":             `<w:hdr ` + wNS + `>` + para(run("Jane Doe — Résumé")) + `</w:hdr>`,
		"word/footer1.xml":             `<w:ftr ` + wNS + `>` + para(run("Page 1")) + `</w:ftr>`,
		"word/_rels/document.xml.rels": `<Relationships><Relationship Id="rId9" Type="hyperlink" Target="https://linkedin.com/in/jane" TargetMode="External"/></Relationships>`,
	})
	doc := mustRead(t, data)
	if doc.Format != "docx" || len(doc.Pages) != 2 {
		t.Fatalf("format %s, %d pages", doc.Format, len(doc.Pages))
	}
	got := strings.Join(lines(doc), "|")
	want := "Jane Doe — Résumé|Jane Doe|jane@example.com | linkedin.com/in/jane|• Led a team of 5|1. First step|2. Second step|Line one|Line two|Visible|Bold and plain|Sidebar cell|Main cell with the most text of all|Anchor|In a text box|Intern|On page two|Page 1"
	if got != want {
		t.Errorf("text:\n got %q\nwant %q", got, want)
	}
	p1 := doc.Pages[0]
	if l := p1.Lines[0]; l.Band != "header" {
		t.Errorf("header not flagged: %+v", l)
	}
	if l := p1.Lines[1]; !l.Bold || l.Size != 24 {
		t.Errorf("title style not applied: %+v", l)
	}
	if len(doc.Links) != 1 || doc.Links[0].URI != "https://linkedin.com/in/jane" || doc.Links[0].Text != "linkedin.com/in/jane" {
		t.Errorf("links %+v", doc.Links)
	}
	if len(doc.Hidden) != 2 {
		t.Errorf("hidden %+v", doc.Hidden)
	}
	var side, box *Line
	for i := range p1.Lines {
		switch p1.Lines[i].Text {
		case "Sidebar cell":
			side = &p1.Lines[i]
		case "In a text box":
			box = &p1.Lines[i]
		}
	}
	if side == nil || side.In != "table" || side.Column != 1 || len(p1.Columns) != 2 || p1.Columns[1].Role != "main" {
		t.Errorf("table: %+v, columns %+v", side, p1.Columns)
	}
	if box == nil || box.In != "textbox" {
		t.Errorf("text box: %+v", box)
	}
	if l := doc.Pages[1].Lines; l[len(l)-1].Band != "footer" {
		t.Errorf("footer: %+v", l)
	}
}

func TestDOCXManyRuns(t *testing.T) {
	// Thousands of runs: the nesting cap must count only open elements.
	body := strings.Repeat(para(run("word")+`<w:r><w:instrText>PAGE</w:instrText></w:r>`), 3000)
	doc := mustRead(t, buildDOCX(t, map[string]string{"word/document.xml": `<w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`}))
	if n := doc.WordCount(); n != 3000 {
		t.Errorf("%d words", n)
	}
}

func TestDOCXGuards(t *testing.T) {
	if k := readKind(buildDOCX(t, map[string]string{"mimetype": "x"})); k != KindUnsupported {
		t.Errorf("zip without a document: %q", k)
	}
	if k := readKind([]byte("PK\x03\x04garbage")); k != KindDamaged {
		t.Errorf("broken zip: %q", k)
	}
	// A highly compressible part far over the cap: partial text or a typed
	// timeout, in time.
	huge := `<w:document ` + wNS + `><w:body>` + para(run("Start")) + strings.Repeat("<w:p/>", 2<<20) + `</w:body></w:document>`
	start := time.Now()
	doc, err := readDOCXForTest(buildDOCX(t, map[string]string{"word/document.xml": huge}))
	if e, ok := err.(*Error); err != nil && (!ok || e.Kind != KindTimeout) || err == nil && !strings.HasPrefix(doc.Text(), "Start") {
		t.Errorf("big part: %v", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("big part took %v", d) // the 1.5 s budget, with room for -race
	}
	enc := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...)
	if k := readKind(append(enc, make([]byte, 512)...)); k != KindEncrypted {
		t.Errorf("encrypted Office file: %q", k)
	}
}

func readDOCXForTest(data []byte) (*Document, error) { return readPDFForTest(data) }

func TestTextAndMarkdown(t *testing.T) {
	doc := mustRead(t, []byte("\ufeffJane Doe\r\n\r\n# Experience\r\n- Built\tthings\n"))
	// One heading is not Markdown; the tab stays, setting the fields apart.
	if got := strings.Join(lines(doc), "|"); got != "Jane Doe|# Experience|- Built\tthings" || doc.Format != "text" {
		t.Errorf("got %q (%s)", got, doc.Format)
	}
}
