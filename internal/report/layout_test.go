package report

import (
	"testing"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
	"github.com/resumescore/resumescore/internal/score"
)

func TestLayoutCarriesColumnsFontsAndRisks(t *testing.T) {
	doc := &extract.Document{Format: "pdf", Pages: []extract.Page{{Number: 1}}}
	res := &parse.Resume{}
	res.Meta.ResumeScore.Layout = &parse.Layout{Columns: 2, Fonts: []string{"Lato", "Inter"}}
	risky := &check.Check{ID: "parseability.columns", Category: check.Parseability, Weight: 2}
	fine := &check.Check{ID: "parseability.text_layer", Category: check.Parseability, Weight: 2}
	other := &check.Check{ID: "impact.quantified", Category: check.Impact, Weight: 2}
	outs := []check.Outcome{
		{Check: risky, Result: check.Result{Status: check.Warn, Message: "Two columns."}},
		{Check: fine, Result: check.Result{Status: check.Pass, Message: "Text layer found."}},
		{Check: other, Result: check.Result{Status: check.Fail, Message: "No numbers."}},
	}
	general, _ := roles.Get(roles.Fallback)
	in := &check.Input{Doc: doc, Resume: res, Role: general}
	r := Build("9.9.9", "2026-01-15", in, RoleChoice{Profile: general}, outs, score.Compute(outs))
	l := r.Layout
	if l.Columns != 2 || len(l.Fonts) != 2 || l.Fonts[0] != "Lato" || len(l.Risks) != 1 || l.Risks[0] != "Two columns." {
		t.Errorf("layout %+v", l)
	}
}
