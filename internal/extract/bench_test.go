package extract

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// benchFiles are the résumés to time: the shared corpus when it is there
// (../shared/corpus/resumes), else the project's own fixtures.
func benchFiles(tb testing.TB) []string {
	for _, pat := range []string{
		"../../../shared/corpus/resumes/*.pdf",
		"../testdata/resumes/*.pdf",
	} {
		if m, _ := filepath.Glob(pat); len(m) > 0 {
			sort.Strings(m)
			return m
		}
	}
	tb.Skip("no résumé PDFs to time")
	return nil
}

// BenchmarkRead times one extraction per résumé, as a sub-benchmark each.
func BenchmarkRead(b *testing.B) {
	for _, f := range benchFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(context.Background(), data, Limits{}); err != nil && !isKind(err, KindNoText) {
					b.Fatal(err)
				}
			}
		})
	}
}

func isKind(err error, k Kind) bool {
	e, ok := err.(*Error)
	return ok && e.Kind == k
}
