package engine

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
)

var asOf = time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)

func load(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestScoreGood(t *testing.T) {
	r, err := Score(context.Background(), Input{Data: load(t, "good.txt")}, Options{AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	if r.Schema != "resumescore.report/v1" || r.AsOf != "2026-01-15" || r.Engine.Version != Version {
		t.Errorf("header: %+v", r)
	}
	if r.Score < 90 {
		t.Errorf("a strong résumé scored %d", r.Score)
	}
	if r.Resume.Basics.Email != "jane.doe@example.com" || r.Resume.Basics.Name != "Jane Doe" {
		t.Errorf("basics: %+v", r.Resume.Basics)
	}
	if len(r.Bullets) != 5 {
		t.Errorf("bullets: got %d, want 5", len(r.Bullets))
	}
}

// A résumé degraded on purpose scores lower than the original.
func TestDegradedScoresLower(t *testing.T) {
	good := string(load(t, "good.txt"))
	base := mustScore(t, good)
	for name, bad := range map[string]string{
		"no email":      strings.Replace(good, "jane.doe@example.com · ", "", 1),
		"no phone":      strings.Replace(good, "+1 (312) 555-0123 · ", "", 1),
		"no experience": strings.Replace(good, "Experience\n", "Things\n", 1),
		"weak openers":  strings.NewReplacer("• Cut", "• Worked on", "• Designed", "• Was part of", "• Migrated", "• Helped with").Replace(good),
		"no numbers":    withoutNumbers(good),
		"no skills":     good[:strings.Index(good, "Skills\n")],
	} {
		if got := mustScore(t, bad); got >= base {
			t.Errorf("%s: scored %d, the original %d", name, got, base)
		}
	}
}

// withoutNumbers drops every figure from the bullets, keeping the dates.
func withoutNumbers(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "• ") {
			l = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' || r == '%' || r == '$' {
					return -1
				}
				return r
			}, l)
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func mustScore(t *testing.T, text string) int {
	t.Helper()
	r, err := Score(context.Background(), Input{Data: []byte(text)}, Options{AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	return r.Score
}

func TestScoreJSONDeterministic(t *testing.T) {
	in := Input{Data: load(t, "good.txt")}
	a, err := ScoreJSON(context.Background(), in, Options{AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, _ := ScoreJSON(context.Background(), in, Options{AsOf: asOf})
		if !bytes.Equal(a, b) {
			t.Fatal("two runs gave different JSON")
		}
	}
	if !bytes.HasPrefix(a, []byte(`{"schema":"resumescore.report/v1",`)) || !bytes.HasSuffix(a, []byte("}\n")) {
		t.Errorf("unexpected JSON framing: %.60s…", a)
	}
}

func TestScoreErrors(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":   {},
		"binary":  {0x00, 0x01, 0xff, 0xfe, 0x00},
		"pdfjunk": []byte("%PDF-1.7\nthis is not a pdf body"),
	} {
		_, err := Score(context.Background(), Input{Data: data}, Options{AsOf: asOf})
		var e *extract.Error
		if !errors.As(err, &e) {
			t.Errorf("%s: want *extract.Error, got %v", name, err)
		}
	}
}

func BenchmarkScoreText(b *testing.B) {
	data := load(b, "good.txt")
	for b.Loop() {
		if _, err := Score(context.Background(), Input{Data: data}, Options{AsOf: asOf}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestJSONResume(t *testing.T) {
	data := []byte(`{"basics":{"name":"Ana Silva","email":"ana@example.com","phone":"+55 11 91234-5678"},
"work":[{"name":"Acme","position":"Data Engineer","startDate":"2021-03-01","highlights":["Built Airflow pipelines loading 2TB/day."]}],
"skills":[{"name":"Languages","keywords":["Python","SQL"]}]}`)
	r, err := Score(context.Background(), Input{Data: data}, Options{AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	if r.Layout.Format != "json" || r.Resume.Basics.Name != "Ana Silva" || r.Resume.Work[0].StartDate != "2021-03" || r.Resume.Work[0].EndDate != "" {
		t.Errorf("resume %+v", r.Resume)
	}
	if len(r.Bullets) != 1 || r.Role.ID != "data-engineer" {
		t.Errorf("bullets %d role %s", len(r.Bullets), r.Role.ID)
	}
	for _, f := range r.Findings {
		for _, e := range f.Evidence {
			if e.Page != 1 || e.Line < 1 {
				t.Errorf("%s: evidence without a line: %+v", f.Check, e)
			}
		}
	}
	if _, err := Score(context.Background(), Input{Data: []byte(`{"basics": [}`)}, Options{AsOf: asOf}); err == nil {
		t.Error("broken JSON must be an error")
	}
}
