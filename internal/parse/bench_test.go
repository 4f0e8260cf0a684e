package parse

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
)

// BenchmarkParse times parsing alone, extraction done beforehand, on every
// résumé fixture; it reports the median per document (issue: ≤ 2 ms).
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob("../testdata/resumes/*")
	var docs []*extract.Document
	for _, f := range files {
		if filepath.Ext(f) == ".txt" && filepath.Ext(f[:len(f)-4]) == ".pdftotext" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if d, err := extract.Read(context.Background(), data, extract.Limits{}); err == nil {
			docs = append(docs, d)
		}
	}
	if len(docs) < 10 {
		b.Fatalf("only %d fixtures read", len(docs))
	}
	opt := Options{AsOf: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	per := make([][]time.Duration, len(docs))
	for b.Loop() {
		for i, d := range docs {
			t := time.Now()
			Parse(d, opt)
			per[i] = append(per[i], time.Since(t))
		}
	}
	var meds []float64
	for _, ts := range per {
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		meds = append(meds, float64(ts[len(ts)/2].Microseconds())/1000)
	}
	sort.Float64s(meds)
	b.ReportMetric(meds[len(meds)/2], "ms-median/doc")
	b.ReportMetric(meds[len(meds)-1], "ms-worst/doc")
}
