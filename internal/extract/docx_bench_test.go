package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// docxFixtures are the project's DOCX résumés plus any in ../shared/corpus.
func docxFixtures(tb testing.TB) []string {
	var out []string
	for _, pat := range []string{"../testdata/resumes/*.docx", "../../../shared/corpus/*/*.docx"} {
		m, _ := filepath.Glob(pat)
		out = append(out, m...)
	}
	sort.Strings(out)
	if len(out) == 0 {
		tb.Fatal("no DOCX fixtures")
	}
	return out
}

// BenchmarkDocx times Read on each DOCX fixture, then on a long synthetic
// one where unzipping weighs more. The time budget is lifted: on a busy
// machine a run must not fail for it.
type docxInput struct {
	name string
	data []byte
}

// docxInputs are the DOCX fixtures, then a long synthetic résumé where
// unzipping weighs more.
func docxInputs(b *testing.B) []docxInput {
	var in []docxInput
	for _, f := range docxFixtures(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		in = append(in, docxInput{filepath.Base(f), data})
	}
	var body strings.Builder
	for i := range 1000 {
		body.WriteString(para(run("Reduced the p99 latency of the billing service by 40% for 2 million users, item ") + run(strings.Repeat("x", i%7))))
	}
	return append(in, docxInput{"synthetic-1000-paragraphs", buildDOCX(b, map[string]string{
		"word/document.xml": `<w:document ` + wNS + `><w:body>` + body.String() + `</w:body></w:document>`,
	})})
}

// BenchmarkDocx times Read on each DOCX input. The time budget is lifted:
// on a busy machine a run must not fail for it.
func BenchmarkDocx(b *testing.B) {
	for _, x := range docxInputs(b) {
		b.Run(x.name, func(b *testing.B) {
			b.SetBytes(int64(len(x.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(context.Background(), x.data, Limits{Timeout: time.Minute}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDocxZip times unzipping alone: every member, through our reader
// and through archive/zip, side by side.
func BenchmarkDocxZip(b *testing.B) {
	for _, x := range docxInputs(b) {
		b.Run("ours/"+x.name, func(b *testing.B) {
			b.SetBytes(int64(len(x.data)))
			b.ReportAllocs()
			var buf []byte
			for b.Loop() {
				z, err := openZip(x.data, maxZipFiles)
				if err != nil {
					b.Fatal(err)
				}
				for name := range z.members {
					if buf, err = z.read(name, maxPartBytes, buf); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		b.Run("archive-zip/"+x.name, func(b *testing.B) {
			b.SetBytes(int64(len(x.data)))
			b.ReportAllocs()
			for b.Loop() {
				zr, err := zip.NewReader(bytes.NewReader(x.data), int64(len(x.data)))
				if err != nil {
					b.Fatal(err)
				}
				for _, f := range zr.File {
					rc, err := f.Open()
					if err != nil {
						b.Fatal(err)
					}
					if _, err := io.ReadAll(io.LimitReader(rc, maxPartBytes)); err != nil {
						b.Fatal(err)
					}
					rc.Close()
				}
			}
		})
	}
}
