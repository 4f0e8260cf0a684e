package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Fuzz targets for the PDF and DOCX readers. Seeds are built here (so the
// seed run passes on a fresh clone) plus the small hostile PDFs of
// ../shared/corpus/odd when that folder is present. Any result is fine but
// an untyped error or a panic; a hang or an abort fails the fuzzer itself.

func fuzzRead(t *testing.T, data []byte) {
	doc, err := Read(context.Background(), data, Limits{Timeout: 500 * time.Millisecond})
	if err != nil {
		if _, ok := err.(*Error); !ok {
			t.Fatalf("untyped error %v", err)
		}
		return
	}
	_ = doc.Text()
	_ = doc.LayoutText()
}

func FuzzReadPDF(f *testing.F) {
	f.Add(onePage("BT /F1 12 Tf 72 700 Td [(Hello)-333(world)] TJ ET"))
	f.Add(onePage("q 1 1 1 rg BT /F1 1 Tf 3 Tr 72 700 Td (hidden) Tj ET Q BI /W 1 /H 1 ID x EI"))
	f.Add(encryptedPDF(f, "aes256"))
	f.Add(encryptedPDF(f, "rc4"))
	odd, _ := filepath.Glob("../../../shared/corpus/odd/*.pdf")
	for _, p := range odd {
		if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Fuzz(fuzzRead)
}

func FuzzReadDOCX(f *testing.F) {
	f.Add(buildDOCX(f, map[string]string{
		"word/document.xml":  `<w:document ` + wNS + `><w:body>` + para(run("Jane")) + `<w:tbl><w:tr><w:tc>` + para(run("cell")) + `</w:tc></w:tr></w:tbl></w:body></w:document>`,
		"word/numbering.xml": `<w:numbering ` + wNS + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
	}))
	f.Fuzz(fuzzRead)
}
