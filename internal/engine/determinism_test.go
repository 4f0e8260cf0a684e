package engine

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/jd"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/score"
)

// determinismJD exercises the job-description checks too.
const determinismJD = `Senior Accountant
Requirements: CPA required, 5+ years of experience in month-end close, GAAP, Excel and NetSuite.
Bachelor's degree in Accounting. Nice to have: SAP, SOX. Strong communication skills.`

// The checks keep what they work out per Input (check/facts.go). Whatever
// was worked out before, and in whatever order the checks run, a check's
// result and the whole report must be the same: a report depends on the
// résumé alone. Each fixture is parsed once, so that only checking, scoring
// and reporting are compared.
func TestReportsDoNotDependOnCaches(t *testing.T) {
	files, _ := filepath.Glob("../testdata/resumes/*")
	files = append(files, "testdata/good.txt")
	light := testing.Short() || runtime.GOOS == "js" // js/wasm runs it many times slower
	n := 0
	for i, f := range files {
		if light && i%6 != 0 && f != "testdata/good.txt" {
			continue
		}
		switch filepath.Ext(f) {
		case ".pdf", ".docx", ".txt", ".md":
		default:
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		opt := Options{AsOf: asOf}
		doc, err := Read(context.Background(), Input{Data: data}, opt)
		if err != nil {
			continue // a scan or an empty file: no report to compare
		}
		n++
		res := parse.Parse(doc, parse.Options{AsOf: opt.AsOf})
		role, err := pickRole("", &check.Input{Doc: doc, Resume: res, AsOf: opt.AsOf})
		if err != nil {
			t.Fatal(err)
		}
		for _, withJD := range []bool{false, true} {
			fresh := func() *check.Input {
				in := &check.Input{Doc: doc, Resume: res, AsOf: opt.AsOf, Role: role.Profile, Size: len(data)}
				if withJD {
					in.JD = jd.Parse(determinismJD, vocabulary{})
				}
				return in
			}
			name := f
			if withJD {
				name += " (with a job description)"
			}
			a := reportJSON(t, fresh(), role, opt.AsOf)
			if b := reportJSON(t, fresh(), role, opt.AsOf); !bytes.Equal(a, b) {
				t.Errorf("%s: two reports of one résumé differ", name)
			}
			shared := fresh()
			outs := check.Run(shared)
			byID := map[string]check.Result{}
			for _, o := range outs {
				byID[o.Check.ID] = o.Result
			}
			// Each check alone, on a fresh Input; then all of them backwards
			// on one Input.
			all := check.All()
			backwards := fresh()
			for i := len(all) - 1; i >= 0; i-- {
				c := all[i]
				r1, ok1 := c.Run(fresh())
				r2, ok2 := c.Run(backwards)
				want, ok := byID[c.ID]
				if ok1 != ok || ok2 != ok {
					t.Errorf("%s: %s applies alone %v, backwards %v, in a run %v", name, c.ID, ok1, ok2, ok)
					continue
				}
				if !ok {
					continue
				}
				for _, r := range []*check.Result{&r1, &r2} {
					if r.Evidence == nil {
						r.Evidence = []check.Evidence{}
					}
				}
				if !reflect.DeepEqual(r1, want) || !reflect.DeepEqual(r2, want) {
					t.Errorf("%s: %s gives another result alone or out of order:\n alone %+v\n order %+v\n run   %+v", name, c.ID, r1, r2, want)
				}
			}
		}
	}
	if n < 10 && !light || n < 2 {
		t.Errorf("only %d fixtures read", n)
	}
}

func reportJSON(t *testing.T, in *check.Input, role report.RoleChoice, asOf time.Time) []byte {
	t.Helper()
	outs := check.Run(in)
	b, err := report.JSON(report.Build(Version, asOf.Format(time.DateOnly), in, role, outs, score.Compute(outs)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
