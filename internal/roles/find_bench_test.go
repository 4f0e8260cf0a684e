package roles

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkFindLines(b *testing.B) {
	data, err := os.ReadFile("../testdata/resumes/lo-headerfooter-accountant.pdftotext.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	load()
	toks := 0
	for _, l := range lines {
		toks += len(tokenize(l))
	}
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			Find(l)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(toks), "ns/token")
}
