package report

import (
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
	"github.com/resumescore/resumescore/internal/score"
)

func sample() *Report {
	doc := &extract.Document{Format: "text", Pages: []extract.Page{{Number: 1, Lines: []extract.Line{{Number: 1, Text: "<b>Jane</b>"}}}}}
	res := &parse.Resume{Bullets: []parse.Bullet{{Text: "Worked on the backend services."}}}
	pass := &check.Check{ID: "x.pass", Category: check.Contact, Title: "Passes", Fix: "nothing", Weight: 1}
	fail := &check.Check{ID: "x.fail", Category: check.Impact, Title: "Fails", Fix: "Do better.", Weight: 3}
	outs := []check.Outcome{
		{Check: pass, Result: check.Result{Status: check.Pass, Earned: 1, Evidence: []check.Evidence{}}},
		{Check: fail, Result: check.Result{Status: check.Fail, Message: "Bad.", Evidence: []check.Evidence{{Page: 1, Line: 1, Text: "<b>Jane</b>"}}}},
	}
	general, _ := roles.Get(roles.Fallback)
	in := &check.Input{Doc: doc, Resume: res, Role: general}
	return Build("9.9.9", "2026-01-15", in, RoleChoice{Profile: general, Detected: true, Confidence: 0.1}, outs, score.Compute(outs))
}

func TestBuildOrdersFindings(t *testing.T) {
	r := sample()
	if r.Score != 25 || r.Findings[0].Check != "x.fail" || r.Findings[0].Fix != "Do better." || r.Findings[1].Fix != "" {
		t.Errorf("report %+v", r.Findings)
	}
	if len(r.Bullets) != 1 || r.Bullets[0].Score >= 50 {
		t.Errorf("bullets %+v", r.Bullets)
	}
}

func TestJSONEscapesHTML(t *testing.T) {
	b, err := JSON(sample())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "<b>") || !strings.Contains(string(b), `\u003cb\u003eJane`) {
		t.Error("résumé text must be HTML-escaped in JSON")
	}
}

func TestWriteText(t *testing.T) {
	var b strings.Builder
	WriteText(&b, "cv.pdf", sample())
	out := b.String()
	for _, want := range []string{"cv.pdf: 25/100 (F)", "✗ Fails  (x.fail, +75.0 points)", "p1:1  <b>Jane</b>", "fix: Do better.", "1 checks passed, 1 to improve."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
