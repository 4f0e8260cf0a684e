package report_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/report"
)

// benchReports scores every fixture once (with a role and a job
// description, so that every part of a report is filled) for the JSON
// benchmarks, which then time only the encoding.
func benchReports(b *testing.B) []*report.Report {
	b.Helper()
	var files []string
	for _, dir := range []string{"../testdata/resumes", "../engine/testdata"} {
		names, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range names {
			if !strings.HasSuffix(n, ".pdftotext.txt") {
				files = append(files, n)
			}
		}
	}
	jd, err := os.ReadFile("../engine/testdata/good.txt")
	if err != nil {
		b.Fatal(err)
	}
	opt := engine.Options{AsOf: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), Role: "backend", JD: string(jd)}
	var out []*report.Report
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if r, err := engine.Score(context.Background(), engine.Input{Data: data}, opt); err == nil {
			out = append(out, r)
		}
	}
	if len(out) < 10 {
		b.Fatalf("only %d reports", len(out))
	}
	return out
}

// BenchmarkJSON encodes every fixture's report once per iteration.
func BenchmarkJSON(b *testing.B) {
	benchEncode(b, report.JSON)
}

// BenchmarkResumeJSON encodes every fixture's parsed résumé.
func BenchmarkResumeJSON(b *testing.B) {
	benchEncode(b, func(r *report.Report) ([]byte, error) { return report.ResumeJSON(r.Resume) })
}

// benchEncode runs encode over every fixture's report once per iteration.
func benchEncode(b *testing.B, encode func(*report.Report) ([]byte, error)) {
	reps := benchReports(b)
	size := 0
	for _, r := range reps {
		out, err := encode(r)
		if err != nil {
			b.Fatal(err)
		}
		size += len(out)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, r := range reps {
			if _, err := encode(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAppendJSONString quotes the text a report carries most of:
// résumé lines, mostly ASCII with some accents, dashes and bullets.
func BenchmarkAppendJSONString(b *testing.B) {
	ss := []string{
		"Reduced p99 latency of the checkout service from 480 ms to 120 ms by moving session state to Redis.",
		"Led a team of 6 engineers — shipped the new billing pipeline (Go, Kafka, Postgres) 3 weeks early.",
		"Müller & Söhne GmbH, München · 2019–2023 · <b>Senior</b> \"Engineer\"",
		"plain",
		"",
	}
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	b.SetBytes(int64(n))
	buf := make([]byte, 0, 1024)
	for b.Loop() {
		buf = buf[:0]
		for _, s := range ss {
			buf = report.AppendJSONString(buf, s)
		}
	}
}
