package check

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/jd"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

// input builds a check Input from résumé text. A case may name its role on
// a first line "@role ID" (the general profile otherwise) and append a job
// description after a line "@jd".
func input(t *testing.T, text string) *Input {
	t.Helper()
	roleID := roles.Fallback
	if rest, ok := strings.CutPrefix(text, "@role "); ok {
		roleID, text, _ = strings.Cut(rest, "\n")
	}
	text, jdText, hasJD := strings.Cut(text, "\n@jd\n")
	doc, err := extract.Read(context.Background(), []byte(text), extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	role, ok := roles.Get(roleID)
	if !ok {
		t.Fatalf("no role %q", roleID)
	}
	asOf := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	in := &Input{Doc: doc, Resume: parse.Parse(doc, parse.Options{AsOf: asOf}), AsOf: asOf, Role: role}
	if hasJD {
		in.JD = jd.Parse(jdText, vocab{})
	}
	return in
}

type vocab struct{}

func (vocab) Canonical(t string) (string, bool) { return roles.Canonical(t) }

// cases holds, for every check, résumés it passes and fails. Each check's
// test file adds its own with addCase.
var cases = map[string]struct{ pass, fail []string }{}

func addCase(id string, pass, fail []string) bool {
	if _, dup := cases[id]; dup {
		panic("two case sets for " + id)
	}
	cases[id] = struct{ pass, fail []string }{pass, fail}
	return true
}

// docCases holds cases built as Documents, for checks about layout that
// plain text cannot show (columns, bands, hidden text, tables).
var docCases = map[string]struct{ pass, fail []*Input }{}

func addDocCase(id string, pass, fail []*Input) bool {
	if _, dup := docCases[id]; dup {
		panic("two doc case sets for " + id)
	}
	docCases[id] = struct{ pass, fail []*Input }{pass, fail}
	return true
}

// docInput makes an Input from a Document, as the engine would.
func docInput(doc *extract.Document, size int) *Input {
	asOf := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	general, _ := roles.Get(roles.Fallback)
	return &Input{Doc: doc, Resume: parse.Parse(doc, parse.Options{AsOf: asOf}), AsOf: asOf, Role: general, Size: size}
}

func TestDocCases(t *testing.T) {
	for id, tc := range docCases {
		c, ok := Lookup(id)
		if !ok {
			t.Errorf("no check %s", id)
			continue
		}
		for i, in := range tc.pass {
			if r, ok := c.Run(in); !ok || r.Status != Pass || r.Earned != 1 {
				t.Errorf("%s on passing doc %d: ok=%v %+v", id, i, ok, r)
			}
		}
		for i, in := range tc.fail {
			r, ok := c.Run(in)
			if !ok || r.Status == Pass || r.Earned >= 1 || r.Message == "" || len(r.Evidence) == 0 {
				t.Errorf("%s on failing doc %d: ok=%v %+v", id, i, ok, r)
			}
		}
	}
}

func TestEveryCheckHasCases(t *testing.T) {
	for _, c := range All() {
		_, ok1 := cases[c.ID]
		_, ok2 := docCases[c.ID]
		if ok := ok1 || ok2; !ok {
			t.Errorf("check %s has no pass/fail test case", c.ID)
		}
		if c.Title == "" || c.Why == "" || c.Fix == "" || c.Before == "" || c.After == "" || c.Since == "" || c.Weight <= 0 {
			t.Errorf("check %s is missing documentation or weight", c.ID)
		}
	}
}

func TestChecksPassAndFail(t *testing.T) {
	for id, tc := range cases {
		c, ok := Lookup(id)
		if !ok {
			t.Errorf("no check %s", id)
			continue
		}
		if len(tc.pass) == 0 || len(tc.fail) == 0 {
			t.Errorf("%s needs at least one passing and one failing case", id)
		}
		for _, text := range tc.pass {
			if r, ok := c.Run(input(t, text)); !ok || r.Status != Pass || r.Earned != 1 {
				t.Errorf("%s on passing input %.40q: ok=%v %+v", id, text, ok, r)
			}
		}
		for _, text := range tc.fail {
			r, ok := c.Run(input(t, text))
			if !ok || r.Status == Pass || r.Earned >= 1 {
				t.Errorf("%s on failing input %.40q: ok=%v %+v", id, text, ok, r)
			}
			if ok && r.Status != Pass && r.Message == "" {
				t.Errorf("%s: a warning or failure needs a message", id)
			}
		}
	}
}

func TestFailingBulletsCarryEvidence(t *testing.T) {
	in := input(t, "Experience\n• Worked on the backend services.\n• Built a cache that cut latency 40%.\n")
	r, _ := registry["impact.quantified"].Run(in)
	if len(r.Evidence) != 1 || r.Evidence[0].Text != "Worked on the backend services." || r.Evidence[0].Line != 2 {
		t.Errorf("evidence: %+v", r.Evidence)
	}
}

func TestHasMetric(t *testing.T) {
	for s, want := range map[string]bool{
		"Cut p99 latency from 1.4s to 280ms": true,
		"Grew revenue 30%":                   true,
		"Saved $2M":                          true,
		"Joined in 2019":                     false,
		"Worked on the backend services.":    false,
	} {
		if got := hasMetric(s); got != want {
			t.Errorf("hasMetric(%q) = %v", s, got)
		}
	}
}

// The guide's pairs: each "before" scores below its "after".
func TestScoreBulletOrder(t *testing.T) {
	pairs := [][2]string{
		{"Worked on the backend services.", "Cut p99 API latency from 1.4s to 280ms by adding read-through Redis caching across the 12 hottest endpoints."},
		{"Built a microservice.", "Designed a Go + Kafka order-processing service handling 80M events/day at sub-second tail latency and 99.98% uptime."},
	}
	for _, p := range pairs {
		if b, a := ScoreBullet(p[0]).Score, ScoreBullet(p[1]).Score; b >= a {
			t.Errorf("%q scored %d, %q scored %d", p[0], b, p[1], a)
		}
	}
}
