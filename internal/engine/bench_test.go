package engine

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/score"
)

// benchInputs are the résumés the speed requirement is measured on: a small
// text résumé and a realistic two-page PDF.
var benchInputs = []struct{ name, path string }{
	{"text", "testdata/good.txt"},
	{"pdf2", "../testdata/resumes/lo-headerfooter-accountant.pdf"},
}

// BenchmarkCheckAndScore times what issue #5 calls "checking and scoring a
// parsed résumé": check.Run, score.Compute and report.Build. Reading,
// extracting, parsing and picking the role happen once, outside the timer;
// each iteration gets a fresh check.Input, as a real run would, with the
// keyword index that role detection built (Score shares it the same way).
func BenchmarkCheckAndScore(b *testing.B) {
	for _, bi := range benchInputs {
		b.Run(bi.name, func(b *testing.B) {
			data, err := os.ReadFile(bi.path)
			if err != nil {
				b.Fatal(err)
			}
			opt := Options{AsOf: asOf}
			doc, err := Read(context.Background(), Input{Data: data}, opt)
			if err != nil {
				b.Fatal(err)
			}
			res := parse.Parse(doc, parse.Options{AsOf: opt.AsOf})
			base := check.Input{Doc: doc, Resume: res, AsOf: opt.AsOf, Size: len(data)}
			role, err := pickRole("", &base)
			if err != nil {
				b.Fatal(err)
			}
			base.Role = role.Profile
			day := opt.AsOf.Format(time.DateOnly)
			b.ReportAllocs()
			for b.Loop() {
				ci := base // fresh caches but the keyword index role detection built, as in Score
				outs := check.Run(&ci)
				sc := score.Compute(outs)
				_ = report.Build(Version, day, &ci, role, outs, sc)
			}
		})
	}
}

// BenchmarkScoreFile times the whole engine.Score on the same inputs.
func BenchmarkScoreFile(b *testing.B) {
	for _, bi := range benchInputs {
		b.Run(bi.name, func(b *testing.B) {
			data, err := os.ReadFile(bi.path)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Score(context.Background(), Input{Data: data}, Options{AsOf: asOf}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckAndScoreCorpus times checking and scoring on every résumé
// fixture and reports the median per document (issue #5: ≤ 1 ms) and the
// slowest.
func BenchmarkCheckAndScoreCorpus(b *testing.B) {
	files, _ := filepath.Glob("../testdata/resumes/*")
	type parsed struct {
		ci   check.Input
		role report.RoleChoice
	}
	var docs []parsed
	for _, f := range files {
		if strings.HasSuffix(f, ".pdftotext.txt") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		doc, err := Read(context.Background(), Input{Data: data}, Options{AsOf: asOf})
		if err != nil {
			continue
		}
		res := parse.Parse(doc, parse.Options{AsOf: asOf})
		ci := check.Input{Doc: doc, Resume: res, AsOf: asOf, Size: len(data)}
		role, err := pickRole("", &ci)
		if err != nil {
			b.Fatal(err)
		}
		ci.Role = role.Profile
		docs = append(docs, parsed{ci, role})
	}
	if len(docs) < 20 {
		b.Fatalf("only %d fixtures read", len(docs))
	}
	day := asOf.Format(time.DateOnly)
	per := make([][]time.Duration, len(docs))
	b.ReportAllocs()
	for b.Loop() {
		for i := range docs {
			t := time.Now()
			ci := docs[i].ci // a fresh Input: its caches start empty but for the keyword index role detection built, as in Score
			outs := check.Run(&ci)
			sc := score.Compute(outs)
			_ = report.Build(Version, day, &ci, docs[i].role, outs, sc)
			per[i] = append(per[i], time.Since(t))
		}
	}
	var meds []float64
	for _, ts := range per {
		slices.Sort(ts)
		meds = append(meds, float64(ts[len(ts)/2].Microseconds())/1000)
	}
	slices.Sort(meds)
	b.ReportMetric(meds[len(meds)/2], "ms-median/doc")
	b.ReportMetric(meds[len(meds)-1], "ms-worst/doc")
}
